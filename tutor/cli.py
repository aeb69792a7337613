"""The command line: `tutor [--data-dir DIR] COMMAND ...`.

Without a command, ``tutor`` starts the desktop app (see tutor/__main__.py).
Messages here are English: the CLI is for teachers, volunteers and technicians.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from typing import Sequence

import tutor
from tutor.paths import DataDir, resolve_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="Gia sư Bình dân học AI. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"tutor {tutor.__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help="keep all data in DIR (portable install); default: $TUTOR_DATA_DIR or the user data dir",
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="print a JSON health report and exit 0 when healthy, 1 otherwise",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr as well")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from tutor.lessons.cli import register as register_content

    register_content(sub, open_connection)

    from tutor.sync.cli import register as register_sync

    register_sync(sub, open_workspace)

    from tutor.teacher.cli import register as register_teacher

    register_teacher(sub, open_workspace)

    from tutor.audio.cli import register as register_audio

    register_audio(sub)

    learners = sub.add_parser("learners", help="list the learner profiles on this PC")
    learners.set_defaults(func=cmd_learners)

    unlock = sub.add_parser("unlock-level", help="teacher: open a level for a learner without its test")
    unlock.add_argument("learner_id")
    unlock.add_argument("level", type=int)
    unlock.set_defaults(func=cmd_unlock_level)

    from tutor.learner_groups import AGE_BANDS, GROUPS

    group = sub.add_parser("learner-group", help="teacher: set or clear a learner's group and age band (optional;"
                                                 " for the movement's reports)")
    group.add_argument("learner_id")
    group.add_argument("group", choices=[*GROUPS, "none"])
    group.add_argument("age_band", nargs="?", choices=[*AGE_BANDS, "none"], default="none")
    group.set_defaults(func=cmd_learner_group)
    return parser


def open_workspace(args: argparse.Namespace):
    from tutor.workspace import Workspace

    ws = Workspace.open(resolve_data_dir(args.data_dir))
    for notice in ws.notices:
        print(f"warning: {notice.log_message}", file=sys.stderr)
    return ws


def open_connection(args: argparse.Namespace) -> sqlite3.Connection:
    """For content commands: the migrated database of the data dir (bundled pack imported)."""
    return open_workspace(args).conn


def cmd_learners(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        for learner in ws.learners.list():
            pin = "PIN" if learner.has_pin else "-"
            print(f"{learner.learner_id}\t{learner.icon}\t{pin}\t{learner.display_name}")
    finally:
        ws.close()
    return 0


def cmd_unlock_level(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        ws.progress.unlock_level(args.learner_id, args.level, by="teacher")
        print(f"level {args.level} is open for {ws.learners.get(args.learner_id).display_name}")
    finally:
        ws.close()
    return 0


def cmd_learner_group(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        group = None if args.group == "none" else args.group
        age_band = None if args.age_band == "none" else args.age_band
        ws.learners.set_group(args.learner_id, group, age_band)
        print(f"{ws.learners.get(args.learner_id).display_name}: group {group or '-'}, age band {age_band or '-'}")
    finally:
        ws.close()
    return 0


def run_command(args: argparse.Namespace) -> int:
    from tutor.logsetup import setup_logging

    setup_logging(DataDir(resolve_data_dir(args.data_dir)).logs, to_stderr=args.verbose)
    try:
        return int(args.func(args) or 0)
    except Exception as exc:  # English for the terminal, details in the log
        message = getattr(exc, "log_message", None) or f"{type(exc).__name__}: {exc}"
        logging.getLogger("tutor.cli").exception("command failed")
        print(f"error: {message}", file=sys.stderr)
        return 1


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    """CLI-only entry (never starts the GUI)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 2
    return run_command(args)
