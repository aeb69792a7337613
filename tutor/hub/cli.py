"""`tutor-hub [--database sqlite:///PATH] COMMAND`: run the sync hub and manage sites and devices.

The enrollment code is the LAST line `site create` prints, so scripts can take it with tail -1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tutor.clock import SystemClock
from tutor.errors import TutorError
from tutor.hub.storage import HubError, HubStorage, SqliteHubStorage

DEFAULT_DATABASE = "sqlite:///tutor-hub.sqlite3"


def open_storage(url: str) -> HubStorage:
    """sqlite:///relative/path or sqlite:////absolute/path; other schemes come with their back-ends."""
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteHubStorage(path)
    raise SystemExit(f"error: unsupported database URL {url!r} (only sqlite:///PATH for now)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tutor-hub", description="Sync hub for Gia sư Bình dân học AI.")
    parser.add_argument("--database", default=DEFAULT_DATABASE, metavar="URL",
                        help=f"storage URL (default {DEFAULT_DATABASE})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = sub.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=8765)
    site = sub.add_parser("site", help="manage sites")
    site_sub = site.add_subparsers(dest="site_command", required=True)
    create = site_sub.add_parser("create", help="create a site and print its enrollment code (last line)")
    create.add_argument("name")
    device = sub.add_parser("device", help="manage devices")
    device_sub = device.add_subparsers(dest="device_command", required=True)
    revoke = device_sub.add_parser("revoke", help="stop a device's token from working")
    revoke.add_argument("device_id")
    imp = sub.add_parser("import-bundle", help="import a USB bundle written by `tutor sync export-bundle`")
    imp.add_argument("file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    clock = SystemClock()
    if args.command == "serve":
        import uvicorn

        from tutor.hub.app import create_app

        storage = open_storage(args.database)
        try:
            uvicorn.run(create_app(storage, clock), host=args.host, port=args.port, log_level="info")
        finally:
            storage.close()
        return 0
    storage = open_storage(args.database)
    try:
        if args.command == "site":
            site_id, code = storage.create_site(args.name, clock.now())
            print(f"site {site_id}: {' '.join(args.name.split())}")
            print("enrollment code (type it on each PC with `tutor sync enroll URL CODE`):")
            print(code)
        elif args.command == "device":
            if not storage.revoke_device(args.device_id, clock.now()):
                print(f"error: no device {args.device_id}", file=sys.stderr)
                return 1
            print(f"device {args.device_id} revoked")
        elif args.command == "import-bundle":
            from tutor.hub.bundles import import_bundle

            result = import_bundle(storage, args.file, clock.now())
            print(f"device {result.device_id}: {result.events_in_bundle} events in bundle,"
                  f" hub holds through seq {result.acked_through}")
        return 0
    except (TutorError, HubError) as exc:
        print(f"error: {getattr(exc, 'log_message', None) or getattr(exc, 'message', exc)}", file=sys.stderr)
        return 1
    finally:
        storage.close()


if __name__ == "__main__":
    raise SystemExit(main())
