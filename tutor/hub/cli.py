"""`tutor-hub [--database URL] COMMAND`: run the sync hub and manage sites, devices and forwarding.

--database takes sqlite:///PATH (or a plain file path; the default is tutor-hub.sqlite3 in
the current folder) or postgresql://user:password@host:port/dbname for district and province
hubs, where several `tutor-hub serve` processes may share one database.

The enrollment code is the LAST line `site create` prints, so scripts can take it with tail -1.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from tutor.clock import SystemClock
from tutor.errors import TutorError
from tutor.hub.storage import HubError, HubStorage, UnsupportedDatabase
from tutor.hub.storage import open_storage as _open_storage
from tutor.hub.upstream import (
    DEFAULT_INTERVAL_S, ForwardingLoop, enroll_upstream, forward_now, hub_id, upstream_link,
)

DEFAULT_DATABASE = "sqlite:///tutor-hub.sqlite3"


def open_storage(url: str) -> HubStorage:
    try:
        return _open_storage(url)
    except (UnsupportedDatabase, ConnectionError) as exc:
        raise SystemExit(f"error: {exc}") from None


UPSTREAM_HELP = """\
Forward everything this hub holds to a bigger hub (commune -> district) with the same
protocol. Enroll once with a site code of the upper hub:

  tutor-hub upstream enroll http://district:8765 ABCD-EFGH-JKLM

then `tutor-hub serve` forwards every --upstream-interval seconds by itself, and
`tutor-hub upstream push` forwards now. (Or in one step: serve --upstream URL --upstream-code CODE.)
Each event keeps its origin device id, seq and event id, so a PC that also syncs directly
to the upper hub is never counted twice; the upper hub accepts relayed PCs new to it or of
the relay's site, never another site's.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tutor-hub", description="Sync hub for Gia sư Bình dân học AI.")
    parser.add_argument("--database", default=DEFAULT_DATABASE, metavar="URL",
                        help=f"sqlite:///PATH, a file path, or postgresql://... (default {DEFAULT_DATABASE})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = sub.add_parser("serve", help="run the HTTP API (and forward upstream when linked)")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    serve.add_argument("--upstream", metavar="URL", help="enroll at this upper hub first (with --upstream-code)")
    serve.add_argument("--upstream-code", metavar="CODE", help="a site code of the upper hub")
    serve.add_argument("--no-announce", action="store_true",
                       help="do not announce this hub on the local network (mDNS); for district servers")
    serve.add_argument("--upstream-interval", type=float, default=DEFAULT_INTERVAL_S, metavar="SECONDS",
                       help=f"seconds between forwarding rounds (default {DEFAULT_INTERVAL_S:.0f}; 0: never)")
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
    upstream = sub.add_parser("upstream", help="forward to an upper hub (commune -> district)",
                              description=UPSTREAM_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    up_sub = upstream.add_subparsers(dest="upstream_command", required=True)
    up_enroll = up_sub.add_parser("enroll", help="link this hub to an upper hub with one of its site codes")
    up_enroll.add_argument("url")
    up_enroll.add_argument("code")
    up_enroll.add_argument("--name", default=None, help="how the upper hub lists this hub")
    up_push = up_sub.add_parser("push", help="forward now what the upper hub has not acknowledged")
    up_push.add_argument("--full", action="store_true",
                         help="ask the upper hub about every device, not only those with new events")
    up_sub.add_parser("status", help="show the upstream link")
    return parser


def serve(args: argparse.Namespace, clock: SystemClock) -> int:
    import uvicorn

    from tutor.hub.announce import announce_hub, default_hub_name
    from tutor.hub.app import create_app

    storage = open_storage(args.database)
    loop = None
    try:
        if args.upstream or args.upstream_code:
            if not (args.upstream and args.upstream_code):
                print("error: --upstream and --upstream-code go together", file=sys.stderr)
                return 2
            link = upstream_link(storage)
            if link is None or link.url != args.upstream.rstrip("/"):
                link = enroll_upstream(storage, args.upstream, args.upstream_code)
                print(f"linked upstream to {link.url} (site {link.site_name})", file=sys.stderr)
        if args.upstream_interval > 0 and upstream_link(storage) is not None:
            loop = ForwardingLoop(lambda: forward_now(storage, clock), args.upstream_interval).start()
        # Announced on the classroom network (mDNS), so PCs find this hub without a typed address.
        with contextlib.nullcontext() if args.no_announce else announce_hub(
                args.port, default_hub_name(), bind_host=args.host):
            uvicorn.run(create_app(storage, clock), host=args.host, port=args.port, log_level=args.log_level)
        return 0
    except TutorError as exc:
        print(f"error: {exc.log_message}", file=sys.stderr)
        return 1
    finally:
        if loop is not None:
            loop.stop()
        storage.close()


def upstream_command(args: argparse.Namespace, storage: HubStorage, clock: SystemClock) -> int:
    if args.upstream_command == "enroll":
        link = enroll_upstream(storage, args.url, args.code, args.name)
        print(f"linked to {link.url}, site {link.site_name} ({link.site_id}); this hub is {hub_id(storage)}")
        return 0
    link = upstream_link(storage)
    if link is None:
        print("error: no upstream hub; run `tutor-hub upstream enroll URL CODE` first", file=sys.stderr)
        return 1
    if args.upstream_command == "status":
        print(f"upstream {link.url}, site {link.site_name} ({link.site_id}); this hub is {hub_id(storage)}")
        return 0
    report = forward_now(storage, clock, full=args.full)
    print(f"forwarded {report.events_sent} events for {report.devices} devices")
    for device_id, reason in report.refused.items():
        print(f"refused upstream: device {device_id}: {reason}", file=sys.stderr)
    return 0 if not report.refused else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    clock = SystemClock()
    if args.command == "serve":
        return serve(args, clock)
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
        elif args.command == "upstream":
            return upstream_command(args, storage, clock)
        return 0
    except (TutorError, HubError) as exc:
        print(f"error: {getattr(exc, 'log_message', None) or getattr(exc, 'message', exc)}", file=sys.stderr)
        return 1
    finally:
        storage.close()

if __name__ == "__main__":
    raise SystemExit(main())
