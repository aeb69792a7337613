"""`tutor sync enroll URL CODE`, `tutor sync now`, `tutor sync export-bundle DIR`.

register(subparsers, open_workspace) adds the commands to the `tutor` CLI. Messages are English
(the CLI is for teachers and technicians); refusals also print the hub's Vietnamese text.
"""

from __future__ import annotations

import argparse
import platform
from collections.abc import Callable
from typing import Any

from tutor.errors import TutorError


def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    sync = subparsers.add_parser("sync", help="send progress to a tutor-hub and fetch learners")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND", required=True)

    enroll = sync_sub.add_parser("enroll", help="register this PC with a hub using the site's code")
    enroll.add_argument("url", help="the hub address, e.g. http://192.168.1.10:8765")
    enroll.add_argument("code", help="the enrollment code printed by `tutor-hub site create`")
    enroll.add_argument("--name", default=None, help="a name for this PC (default: its host name)")
    enroll.set_defaults(func=lambda args: cmd_enroll(args, open_workspace))

    now = sync_sub.add_parser("now", help="sync once now")
    now.set_defaults(func=lambda args: cmd_now(args, open_workspace))

    export = sync_sub.add_parser("export-bundle", help="write unsent progress to a USB folder")
    export.add_argument("dir")
    export.set_defaults(func=lambda args: cmd_export(args, open_workspace))

    carried = sync_sub.add_parser("import-catalogue", help="take the packs, models and voices a volunteer"
                                  " carries on a USB stick (`tutor-hub catalogue export`)")
    carried.add_argument("dir", help="the USB stick's folder")
    carried.set_defaults(func=lambda args: cmd_import_catalogue(args, open_workspace))


def cmd_enroll(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]) -> int:
    from tutor.sync.engine import enroll
    from tutor.sync.transport import HttpTransport

    ws = open_workspace(args)
    transport = HttpTransport(args.url)
    try:
        link = enroll(ws.conn, transport, args.url, args.code, args.name or platform.node() or "PC",
                      ws.progress.public_key().public_key_b64)
        print(f"enrolled at site {link.site_name} ({link.site_id})")
        return 0
    except TutorError as exc:
        return _fail(exc)
    finally:
        transport.close()
        ws.close()


def cmd_now(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]) -> int:
    from tutor.sync.engine import SyncEngine, SyncNotEnrolled
    from tutor.sync.state import hub_link
    from tutor.sync.transport import HttpTransport

    ws = open_workspace(args)
    try:
        link = hub_link(ws.conn)
        if link is None:
            return _fail(SyncNotEnrolled())
        transport = HttpTransport(link.hub_url, link.token)
        try:
            report = SyncEngine(ws.conn, transport, ws.clock, rebuild=ws.progress.rebuild_learner,
                                folds=ws.sync_folds).sync_once()
        except TutorError as exc:
            return _fail(exc)
        finally:
            transport.close()
        print(f"pushed {report.pushed} events; pulled {report.pulled} events;"
              f" new learners: {len(report.learners_added)}")
        if report.clock_flagged:
            print(f"warning: this PC's clock is off by {report.clock_offset_s:.0f} s (the hub corrects it)")
        return 0
    finally:
        ws.close()


def cmd_export(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]) -> int:
    from tutor.sync.bundle import export_bundle

    ws = open_workspace(args)
    try:
        path = export_bundle(ws, args.dir)
        print(f"wrote {path}")
        return 0
    except OSError as exc:
        print(f"error: cannot write the bundle: {exc}")
        return 1
    finally:
        ws.close()


def cmd_import_catalogue(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]) -> int:
    from tutor.sync.background import run_downloads

    ws = open_workspace(args)
    try:
        report = run_downloads(ws.data.database, stick=args.dir)
    except TutorError as exc:
        return _fail(exc)
    finally:
        ws.close()
    for status in report.items:
        print(f"{status.state}\t{status.name}\t{status.message}")
    return 0 if all(s.state in ("done", "skipped") for s in report.items) else 1


def _fail(exc: TutorError) -> int:
    import sys

    print(f"error: {exc.log_message}", file=sys.stderr)
    print(exc.user_message, file=sys.stderr)
    return 1
