"""`tutor teacher create USERNAME --name "Cô Lan"`, `tutor teacher list` (for technicians).

register(subparsers, open_workspace) adds the commands to the `tutor` CLI. The password
is read from a prompt (asked twice) or, when stdin is not a terminal, from the first line
of stdin, so a setup script can pipe it in. The first teacher on a PC needs nothing
else; later ones are created on behalf of an existing teacher (--as USERNAME, whose
password is asked next), as in the app.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any, TextIO

from tutor.errors import TutorError


def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    teacher = subparsers.add_parser("teacher", help="teacher accounts on this PC")
    actions = teacher.add_subparsers(dest="teacher_command", metavar="TEACHER_COMMAND", required=True)

    create = actions.add_parser("create", help="create a teacher account (password from a prompt or stdin)")
    create.add_argument("username", help="what the teacher types to log in, e.g. colan")
    create.add_argument("--name", required=True, help='the name learners see, e.g. "Cô Lan"')
    create.add_argument("--as", dest="as_user", metavar="USERNAME",
                        help="an existing teacher creating this account (needed once a teacher exists)")
    create.set_defaults(func=lambda args: cmd_create(args, open_workspace))

    listing = actions.add_parser("list", help="list the teacher accounts on this PC")
    listing.set_defaults(func=lambda args: cmd_list(args, open_workspace))


def cmd_create(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any],
               stdin: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    ws = open_workspace(args)
    try:
        area = ws.teacher
        session = None
        if area.has_teachers():
            if not args.as_user:
                print("error: teachers exist on this PC; add --as USERNAME of one of them", file=sys.stderr)
                return 2
            session = area.login(args.as_user, read_password(stdin, f"Password of {args.as_user}: ", confirm=False))
        password = read_password(stdin, f"Password for {args.username}: ", confirm=True)
        teacher, _ = area.create_teacher(args.username, args.name, password, session)
        if session is not None:
            area.logout(session)
        print(f"created teacher {teacher.username} ({teacher.display_name}) {teacher.teacher_id}")
        return 0
    except TutorError as exc:
        print(f"error: {exc.log_message}", file=sys.stderr)
        print(exc.user_message, file=sys.stderr)
        return 1
    finally:
        ws.close()


def cmd_list(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]) -> int:
    ws = open_workspace(args)
    try:
        teachers = ws.teacher.teachers()
        if not teachers:
            print("no teacher accounts on this PC")
        for teacher in teachers:
            print(f"{teacher.teacher_id}\t{teacher.username}\t{teacher.display_name}\t"
                  f"{teacher.created_at:%Y-%m-%d}")
        return 0
    finally:
        ws.close()


def read_password(stdin: TextIO, prompt: str, confirm: bool) -> str:
    if not stdin.isatty():
        line = stdin.readline()
        if not line:
            raise TutorError("no password on stdin", "Chưa nhập mật khẩu.")
        return line.rstrip("\r\n")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != password:
        raise TutorError("the two passwords differ", "Hai lần nhập mật khẩu không giống nhau.")
    return password
