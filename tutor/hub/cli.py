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
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from tutor.cancel import CancelToken
from tutor.clock import SystemClock
from tutor.errors import TutorError
from tutor.hub.catalogue import cli as catalogue_cli
from tutor.hub.open_storage import UnsupportedDatabase
from tutor.hub.open_storage import open_storage as _open_storage
from tutor.hub.reporting import cli as reporting_cli
from tutor.hub.storage import HubError, HubStorage
from tutor.hub.storage_trust import DEFAULT_CODE_DAYS
from tutor.sync.signing import key_fingerprint, public_key_b64
from tutor.hub.upstream import (
    DEFAULT_INTERVAL_S, ForwardingLoop, enroll_upstream, forward_now, hub_id, hub_key_fingerprint, upstream_link,
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


TEACHER_HELP = """\
Teacher accounts made here belong to one site. Its enrolled PCs receive them with the
site's roster at their next sync (the scrypt hash travels, never the password) and let
the teacher log in offline. An enrolled PC offers no "create the first teacher" step of
its own, so a learner cannot make one: accounts come from the hub.

  tutor-hub teacher create "Xã Yên Lạc" colan --name "Cô Lan"
"""


GRANT_HELP = """\
Only the hub operator gives the relay right (forwarding other PCs' events, signed by those
PCs). A lower hub asks for it when it enrolls (`tutor-hub upstream enroll URL CODE`, which
prints its id and key fingerprint); compare the fingerprint `tutor-hub device list` shows here
with the one the lower hub's operator reads to you, then:

  tutor-hub device grant hub-1234... relay
"""


OPERATOR_HELP = """\
Operators sign in to the hub's dashboard (http://HUB:8765/). A province operator sees every
site of this hub; a district or commune operator sees only the sites given with --site. The
certificate check needs no account. Passwords are kept as scrypt hashes.

  tutor-hub operator create canbo.yenlac --role commune --site "Xã Yên Lạc" --name "Anh Hùng"
  tutor-hub operator create sogd --role province --name "Sở Giáo dục"
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tutor-hub", description="Sync hub for Gia sư Bình dân học AI.")
    parser.add_argument("--database", default=DEFAULT_DATABASE, metavar="URL",
                        help=f"sqlite:///PATH, a file path, or postgresql://... (default {DEFAULT_DATABASE})")
    parser.add_argument("--data-dir", default=None, metavar="DIR",
                        help="where the catalogue's files live (default: beside the SQLite file;"
                             " the current folder for PostgreSQL)")
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
    serve.add_argument("--max-download-kbps", type=float, default=None, metavar="KBPS",
                       help="cap on all catalogue downloads together, in kilobits per second (default: none)")
    site = sub.add_parser("site", help="manage sites")
    site_sub = site.add_subparsers(dest="site_command", required=True)
    create = site_sub.add_parser("create", help="create a site and print its enrollment code (last line)")
    create.add_argument("name")
    create.add_argument("--code-days", type=float, default=None, metavar="DAYS",
                        help=f"days the code works (default {DEFAULT_CODE_DAYS})")
    site_sub.add_parser("list", help="list the sites: id, name, PCs, learners")
    rotate = site_sub.add_parser("rotate-code", help="a new enrollment code (last line); the old one stops working."
                                 " Enrolled PCs keep working")
    rotate.add_argument("site", help="the site's id or name")
    rotate.add_argument("--days", type=float, default=None, help=f"days the code works (default {DEFAULT_CODE_DAYS})")
    offline = site_sub.add_parser("offline-enrollment", help="write an enrollment file for a PC with no network;"
                                  " a volunteer carries it on a USB stick. One PC, one file")
    offline.add_argument("site", help="the site's id or name")
    offline.add_argument("--out", required=True, help="the file to write (on the USB stick)")
    offline.add_argument("--days", type=float, default=None,
                         help="days the file can be taken in and its PC's first bundle arrive (default 30)")
    teacher = sub.add_parser("teacher", help="teacher accounts of a site (they reach its PCs at the next sync)",
                             description=TEACHER_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    teacher_sub = teacher.add_subparsers(dest="teacher_command", required=True)
    t_create = teacher_sub.add_parser("create", help="make a teacher account (password from a prompt or stdin)")
    t_create.add_argument("site", help="the site's id or name")
    t_create.add_argument("username", help="what the teacher types to log in, e.g. colan")
    t_create.add_argument("--name", required=True, help='the name learners see, e.g. "Cô Lan"')
    t_password = teacher_sub.add_parser("password", help="set a new password (from a prompt or stdin)")
    t_password.add_argument("site", help="the site's id or name")
    t_password.add_argument("username")
    t_revoke = teacher_sub.add_parser("revoke", help="close an account; the site's PCs drop it at their next sync")
    t_revoke.add_argument("site", help="the site's id or name")
    t_revoke.add_argument("username")
    t_list = teacher_sub.add_parser("list", help="list a site's teacher accounts")
    t_list.add_argument("site", help="the site's id or name")
    operator = sub.add_parser("operator", help="dashboard accounts: commune, district and province officers",
                              description=OPERATOR_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    op_sub = operator.add_subparsers(dest="operator_command", required=True)
    o_create = op_sub.add_parser("create", help="make an operator account (password from a prompt or stdin)")
    o_create.add_argument("username", help="what the operator types to sign in, e.g. canbo.yenlac")
    o_create.add_argument("--role", required=True, choices=["commune", "district", "province"])
    o_create.add_argument("--site", action="append", default=[], metavar="SITE",
                          help="a site (id or name) this operator sees; repeat for several (not for province)")
    o_create.add_argument("--name", default="", help='the name shown when signed in, e.g. "Anh Hùng (xã Yên Lạc)"')
    o_password = op_sub.add_parser("password", help="set a new password (from a prompt or stdin); ends sessions")
    o_password.add_argument("username")
    o_revoke = op_sub.add_parser("revoke", help="close an account; its sessions end at once")
    o_revoke.add_argument("username")
    op_sub.add_parser("list", help="list the operator accounts, their roles and sites")
    device = sub.add_parser("device", help="manage devices")
    device_sub = device.add_subparsers(dest="device_command", required=True)
    revoke = device_sub.add_parser("revoke", help="stop a device's token from working; its id never enrolls again")
    revoke.add_argument("device_id")
    grant = device_sub.add_parser("grant", help="give a device (another hub) the relay right, or take it back (pc)",
                                  description=GRANT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    grant.add_argument("device_id")
    grant.add_argument("role", choices=["relay", "pc"])
    device_sub.add_parser("list", help="list devices: id, site, name, key fingerprint, rights")
    hub_key = sub.add_parser("hub-key", help="this hub's own key, which PCs pin when they enroll")
    hub_key_sub = hub_key.add_subparsers(dest="hub_key_command", required=True)
    hub_key_sub.add_parser("show", help="print the key's fingerprint")
    hub_key_sub.add_parser("rotate", help="make a new key; every PC must then enroll again")
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
    catalogue_cli.add_parser(sub)
    reporting_cli.add_parsers(sub)  # issue 18: targets and the quarterly report
    return parser


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else catalogue_cli.default_data_dir(args.database)


def serve(args: argparse.Namespace, clock: SystemClock) -> int:
    import uvicorn

    from tutor.hub.announce import announce_hub, default_hub_name
    from tutor.hub.app import create_app
    from tutor.hub.catalogue.routes import CatalogueServing

    storage = open_storage(args.database)
    loop = fetch_loop = None
    fetch_cancel = CancelToken()
    try:
        if args.upstream or args.upstream_code:
            if not (args.upstream and args.upstream_code):
                print("error: --upstream and --upstream-code go together", file=sys.stderr)
                return 2
            link = upstream_link(storage)
            if link is None or link.url != args.upstream.rstrip("/"):
                link = enroll_upstream(storage, args.upstream, args.upstream_code)
                print(f"linked upstream to {link.url} (site {link.site_name})", file=sys.stderr)
        store = catalogue_cli.open_store(data_dir(args))
        if args.upstream_interval > 0 and upstream_link(storage) is not None:
            loop = ForwardingLoop(lambda: forward_now(storage, clock), args.upstream_interval).start()
            # Catalogue items the upper hub offers come down on their own loop: a 1 GB model
            # must not hold back the forwarding of events.
            fetch_loop = ForwardingLoop(lambda: _fetch_catalogue(storage, store, fetch_cancel),
                                        args.upstream_interval).start()
        # Announced on the classroom network (mDNS), so PCs find this hub without a typed address.
        with contextlib.nullcontext() if args.no_announce else announce_hub(
                args.port, default_hub_name(), bind_host=args.host):
            serving = CatalogueServing(store, args.max_download_kbps)
            uvicorn.run(create_app(storage, clock, catalogue=serving), host=args.host, port=args.port,
                        log_level=args.log_level)
        return 0
    except TutorError as exc:
        print(f"error: {exc.log_message}", file=sys.stderr)
        return 1
    finally:
        fetch_cancel.cancel()
        for running in (loop, fetch_loop):
            if running is not None:
                running.stop()
        storage.close()


def _fetch_catalogue(storage: HubStorage, store, cancel: CancelToken):
    from tutor.hub.catalogue.upstream import fetch_from_upstream
    from tutor.hub.upstream import ForwardReport

    fetch_from_upstream(storage, store, cancel)
    return ForwardReport()


def upstream_command(args: argparse.Namespace, storage: HubStorage, clock: SystemClock) -> int:
    if args.upstream_command == "enroll":
        link = enroll_upstream(storage, args.url, args.code, args.name)
        print(f"linked to {link.url}, site {link.site_name} ({link.site_id}); this hub is {hub_id(storage)}")
        print(f"key fingerprint {hub_key_fingerprint(storage)}: the upper hub's operator grants the relay right with"
              f" `tutor-hub device grant {hub_id(storage)} relay` after comparing it")
        return 0
    link = upstream_link(storage)
    if link is None:
        print("error: no upstream hub; run `tutor-hub upstream enroll URL CODE` first", file=sys.stderr)
        return 1
    if args.upstream_command == "status":
        print(f"upstream {link.url}, site {link.site_name} ({link.site_id}); this hub is {hub_id(storage)},"
              f" key fingerprint {hub_key_fingerprint(storage)}")
        return 0
    report = forward_now(storage, clock, full=args.full)
    print(f"forwarded {report.events_sent} events for {report.devices} devices")
    for device_id, reason in report.refused.items():
        print(f"refused upstream: device {device_id}: {reason}", file=sys.stderr)
    return 0 if not report.refused else 1


def teacher_command(args: argparse.Namespace, storage: HubStorage, clock: SystemClock,
                    stdin: TextIO | None = None) -> int:
    from tutor.teacher.accounts import check_new_password, clean_name, clean_username
    from tutor.teacher.cli import read_password
    from tutor.teacher import passwords

    site_id = find_site(storage, args.site, clock)
    stdin = stdin or sys.stdin
    if args.teacher_command == "list":
        for t in storage.site_teachers(site_id):
            state = "revoked" if t["revoked"] else "active"
            print(f"{t['teacher_id']}\t{t['username']}\t{t['display_name']}\t{t['created_at'][:10]}\t{state}")
        return 0
    if args.teacher_command == "revoke":
        if not storage.revoke_teacher(site_id, args.username, clock.now()):
            print(f"error: no active teacher {args.username!r} at this site", file=sys.stderr)
            return 1
        print(f"teacher {args.username} revoked; the site's PCs drop the account at their next sync")
        return 0
    password = read_password(stdin, "Password: ", confirm=True)
    check_new_password(password)
    if args.teacher_command == "password":
        if not storage.set_teacher_password(site_id, args.username,
                                            passwords.hash_password(password, passwords.SHARED)):
            print(f"error: no active teacher {args.username!r} at this site", file=sys.stderr)
            return 1
        print(f"new password for {args.username}; the site's PCs take it at their next sync")
        return 0
    username = clean_username(args.username)
    teacher_id = storage.create_teacher(site_id, username, clean_name(args.name),
                                        passwords.hash_password(password, passwords.SHARED), clock.now())
    print(f"teacher {teacher_id}: {username}; the site's PCs receive the account at their next sync")
    return 0


def hub_key_command(args: argparse.Namespace, storage: HubStorage) -> int:
    from tutor.hub.trust import hub_private_key, rotate_hub_key

    if args.hub_key_command == "rotate":
        rotate_hub_key(storage)
        print("new hub key; every PC must enroll again (rotate the site codes and hand out the new ones)")
    print(f"hub key fingerprint {key_fingerprint(public_key_b64(hub_private_key(storage)))}")
    return 0


def _day(moment: object) -> str:
    return moment.date().isoformat() if hasattr(moment, "date") else "?"


def operator_command(args: argparse.Namespace, storage: HubStorage, clock: SystemClock,
                     stdin: TextIO | None = None) -> int:
    from tutor.teacher.accounts import check_new_password
    from tutor.teacher.cli import read_password
    from tutor.teacher.passwords import hash_password

    operators = storage.operators
    if args.operator_command == "list":
        names = {s.site_id: s.name for s in storage.overview(clock.now()).sites}
        for o in operators.list():
            scope = "every site" if o.site_ids is None else ", ".join(sorted(names.get(s, s) for s in o.site_ids))
            state = "revoked" if o.revoked else "active"
            print(f"{o.username}\t{o.role}\t{o.display_name}\t{scope}\t{o.created_at.date().isoformat()}\t{state}")
        return 0
    if args.operator_command == "revoke":
        if not operators.revoke(args.username, clock.now()):
            print(f"error: no active operator {args.username!r}", file=sys.stderr)
            return 1
        print(f"operator {args.username} revoked; their dashboard sessions have ended")
        return 0
    if args.operator_command == "create" and args.role == "province" and args.site:
        print("error: a province operator sees every site; give no --site", file=sys.stderr)
        return 2
    if args.operator_command == "create" and args.role != "province" and not args.site:
        print(f"error: a {args.role} operator needs at least one --site", file=sys.stderr)
        return 2
    password = read_password(stdin or sys.stdin, "Password: ", confirm=True)
    check_new_password(password)
    if args.operator_command == "password":
        if not operators.set_password(args.username, hash_password(password)):
            print(f"error: no active operator {args.username!r}", file=sys.stderr)
            return 1
        print(f"new password for {args.username}; their dashboard sessions have ended")
        return 0
    sites = [find_site(storage, text, clock) for text in args.site]
    made = operators.create(args.username, args.name or args.username, args.role, hash_password(password),
                            sites, clock.now())
    print(f"operator {made.username} ({made.role}) created")
    return 0


def offline_enrollment_command(storage: HubStorage, site_id: str, out: str, days: float | None,
                               clock: SystemClock) -> int:
    from datetime import timedelta

    from tutor.hub.enroll import new_token
    from tutor.hub.trust import hub_private_key
    from tutor.sync import offline_enrollment

    token = new_token()
    expires = clock.now() + timedelta(days=offline_enrollment.DEFAULT_DAYS if days is None else days)
    name = storage.add_offline_enrollment(site_id, token, expires)
    path = offline_enrollment.write_file(hub_private_key(storage), site_id, name, token, expires, out)
    print(f"site {site_id}: enrollment file for ONE PC written to {path}, valid until {_day(expires)}")
    print("on the PC: Cài đặt › Đồng bộ › Nhận tệp đăng ký từ USB…; the hub checks it at the PC's first bundle")
    return 0


def find_site(storage: HubStorage, text: str, clock: SystemClock) -> str:
    """A site by its id, or by its name however it is spaced or cased."""
    wanted = unicodedata.normalize("NFC", " ".join(text.split())).casefold()
    sites = storage.overview(clock.now()).sites
    found = [s for s in sites if s.site_id == text.strip()] or \
        [s for s in sites if unicodedata.normalize("NFC", s.name).casefold() == wanted]
    if len(found) != 1:
        raise SystemExit(f"error: {'no' if not found else 'more than one'} site {text!r}"
                         " (`tutor-hub site list` shows them; give the id)")
    return found[0].site_id


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    clock = SystemClock()
    if args.command == "serve":
        return serve(args, clock)
    storage = open_storage(args.database)
    try:
        if args.command == "site" and args.site_command == "list":
            for found in storage.overview(clock.now()).sites:
                print(f"{found.site_id}\t{found.name}\t{found.device_count} PCs\t{found.learner_count} learners")
        elif args.command == "site" and args.site_command == "rotate-code":
            site_id = find_site(storage, args.site, clock)
            code = storage.rotate_code(site_id, clock.now(), args.days)
            print(f"site {site_id}: the old code no longer works; enrolled PCs keep working")
            print(f"new enrollment code, valid until {_day(storage.code_expires_at(site_id))}:")
            print(code)
        elif args.command == "site" and args.site_command == "offline-enrollment":
            return offline_enrollment_command(storage, find_site(storage, args.site, clock), args.out, args.days, clock)
        elif args.command == "site":
            site_id, code = storage.create_site(args.name, clock.now(), args.code_days)
            print(f"site {site_id}: {' '.join(args.name.split())}")
            print(f"enrollment code, valid until {_day(storage.code_expires_at(site_id))}"
                  " (type it on each PC with `tutor sync enroll URL CODE`):")
            print(code)
        elif args.command == "hub-key":
            return hub_key_command(args, storage)
        elif args.command == "device" and args.device_command == "list":
            for d in storage.device_roles():
                key = key_fingerprint(d["public_key"]) if d["public_key"] else "no key"
                rights = "relay" if d["relay"] else (f"pc (asks: {d['requested_role']})" if d["requested_role"] else "pc")
                state = "revoked" if d["revoked_at"] else "active"
                print(f"{d['device_id']}\t{d['site_name']}\t{d['name']}\t{key}\t{rights}\t{state}")
        elif args.command == "device" and args.device_command == "grant":
            if not storage.grant_role(args.device_id, args.role):
                print(f"error: no device {args.device_id}", file=sys.stderr)
                return 1
            print(f"device {args.device_id} is now a {args.role}")
        elif args.command == "teacher":
            return teacher_command(args, storage, clock)
        elif args.command == "operator":
            return operator_command(args, storage, clock)
        elif args.command == "device":
            if not storage.revoke_device(args.device_id, clock.now()):
                print(f"error: no device {args.device_id}", file=sys.stderr)
                return 1
            print(f"device {args.device_id} revoked")
        elif args.command == "import-bundle":
            from tutor.hub.bundles import import_bundle

            from tutor.hub.trust import hub_private_key
            from tutor.sync.signing import public_key_b64

            result = import_bundle(storage, args.file, clock.now(), hub_key=public_key_b64(hub_private_key(storage)))
            print(f"device {result.device_id}: {result.events_in_bundle} events in bundle,"
                  f" hub holds through seq {result.acked_through}")
        elif args.command == "upstream":
            return upstream_command(args, storage, clock)
        elif args.command == "catalogue":
            return catalogue_cli.run(args, catalogue_cli.open_store(data_dir(args)),
                                     lambda text: find_site(storage, text, clock), storage)
        elif args.command in ("targets", "report"):
            return reporting_cli.run(args, storage, clock, find_site)
        return 0
    except (TutorError, HubError) as exc:
        print(f"error: {getattr(exc, 'log_message', None) or getattr(exc, 'message', exc)}", file=sys.stderr)
        return 1
    finally:
        storage.close()

if __name__ == "__main__":
    raise SystemExit(main())
