"""`tutor-hub targets ...` and `tutor-hub report --quarter 2026Q4 --out DIR`."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tutor.hub.reporting.figures import ALL, BadQuarter, Quarter
from tutor.learner_groups import GROUPS, UNKNOWN_GROUP

TARGET_GROUPS = [*GROUPS, UNKNOWN_GROUP]
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

TARGETS_HELP = f"""\
Targets the dashboard and the quarterly report measure progress against.

  tutor-hub targets population "Xã Phúc Xuân" citizen 3200     (the commune's own figure)
  tutor-hub targets goal all --trained 80 --proficient 50 --by 2026-12-31
  tutor-hub targets goal official --trained 100 --proficient 50 --by 2026-12-31
  tutor-hub targets list

Groups: {", ".join(TARGET_GROUPS)}; a goal may also name "all". --proficient is the per cent
of those trained who are proficient.
"""


def add_parsers(sub: Any) -> None:
    targets = sub.add_parser("targets", help="target population per site and group; the province's goals",
                             description=TARGETS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    t_sub = targets.add_subparsers(dest="targets_command", required=True)
    pop = t_sub.add_parser("population", help="a site's target population for one learner group")
    pop.add_argument("site")
    pop.add_argument("group", choices=TARGET_GROUPS)
    pop.add_argument("population", type=int)
    goal = t_sub.add_parser("goal", help="the province's goal for a group (or all)")
    goal.add_argument("group", choices=[*TARGET_GROUPS, ALL])
    goal.add_argument("--trained", type=float, required=True, help="per cent of the population trained")
    goal.add_argument("--proficient", type=float, required=True, help="per cent of those trained, proficient")
    goal.add_argument("--by", required=True, help="the date, YYYY-MM-DD")
    t_sub.add_parser("list", help="print the populations and goals")
    report = sub.add_parser("report", help="write the quarterly report (PDF and XLSX, Vietnamese)")
    report.add_argument("--quarter", required=True, help="e.g. 2026Q4")
    report.add_argument("--out", required=True, type=Path, help="folder for the two files")
    report.add_argument("--site", help="one site's own report (its operators may add --names)")
    report.add_argument("--names", action="store_true", help="with --site: list learners' names on certificates")
    report.add_argument("--title", default="Máy chủ đồng bộ", help="the hub's name printed on the report")


def run(args: argparse.Namespace, storage: Any, clock: Any, find_site: Callable[[Any, str, Any], str]) -> int:
    if args.command == "report":
        return _report(args, storage, clock, find_site)
    now = clock.now()
    if args.targets_command == "population":
        if args.population < 0:
            print("error: a population is a count, 0 or more", file=sys.stderr)
            return 2
        site_id = find_site(storage, args.site, clock)
        storage.reporting.set_population(site_id, args.group, args.population, now)
        print(f"site {site_id}: {args.group} population {args.population}")
    elif args.targets_command == "goal":
        if not _DAY.match(args.by) or not (0 <= args.trained <= 100 and 0 <= args.proficient <= 100):
            print("error: --by is YYYY-MM-DD; per cents are 0 to 100", file=sys.stderr)
            return 2
        date.fromisoformat(args.by)
        storage.reporting.set_goal(args.group, args.trained, args.proficient, args.by, now)
        print(f"goal for {args.group}: {args.trained:g}% trained, {args.proficient:g}% of them proficient,"
              f" by {args.by}")
    else:
        targets = storage.reporting.targets()
        for site_id, group, population in targets["populations"]:
            print(f"population\t{site_id}\t{group}\t{population}")
        for group, (trained, proficient, due) in sorted(targets["goals"].items()):
            print(f"goal\t{group}\t{trained:g}%\t{proficient:g}%\t{due}")
    return 0


def _report(args: argparse.Namespace, storage: Any, clock: Any, find_site: Callable[[Any, str, Any], str]) -> int:
    from tutor.hub.reporting.pdf import NoFont
    from tutor.hub.reporting.report import write_report

    try:
        quarter = Quarter.parse(args.quarter)
    except BadQuarter as exc:
        print(f"error: {exc.user_message}", file=sys.stderr)
        return 2
    if args.names and not args.site:
        print("error: --names only with --site (higher levels see counts, not names)", file=sys.stderr)
        return 2
    sites = [find_site(storage, args.site, clock)] if args.site else None
    try:
        files = write_report(storage, quarter, clock.now().astimezone().date(), args.out, args.title, sites,
                             names_shown=args.names)
    except NoFont as exc:
        print(f"error: {exc.user_message}", file=sys.stderr)
        return 1
    print(files.pdf)
    print(files.xlsx)
    return 0
