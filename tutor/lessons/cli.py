"""`tutor content ...` and `tutor search` (English output: for authors and technicians).

register() receives open_connection from the top-level CLI so this package
never reaches into the store itself.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from pathlib import Path
from typing import Callable

from tutor.lessons.checker import check_source
from tutor.lessons.errors import PackError, SourceHasErrors
from tutor.lessons.keys import generate_key_pair, is_encrypted_key, load_trusted_key
from tutor.lessons.pack_build import build_pack
from tutor.lessons.pack_verify import verify_pack
from tutor.lessons.service import ContentService

OpenConnection = Callable[[argparse.Namespace], sqlite3.Connection]
PASSPHRASE_ENV = "TUTOR_SIGNING_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction, open_connection: OpenConnection) -> None:
    content = subparsers.add_parser("content", help="check, build, verify and import curriculum packs")
    actions = content.add_subparsers(dest="content_action", metavar="ACTION", required=True)

    check = actions.add_parser("check", help="validate a curriculum source directory")
    check.add_argument("dir", metavar="DIR")
    check.set_defaults(func=cmd_check)

    build = actions.add_parser("build", help="build and sign a pack from a curriculum source directory")
    build.add_argument("dir", metavar="DIR")
    build.add_argument("--key", required=True, metavar="KEY", help="private signing key file")
    build.add_argument("--out", required=True, metavar="FILE", help="pack file to write")
    build.set_defaults(func=cmd_build)

    verify = actions.add_parser("verify", help="verify a pack's signature and contents")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--trusted-key", action="append", metavar="PUB",
                        help="trust only these public keys (repeatable); default: the app's keys")
    verify.set_defaults(func=cmd_verify)

    imp = actions.add_parser("import", help="verify a pack and install it into the data dir")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--force", action="store_true",
                     help="install even if older than, or different from, the installed pack")
    imp.set_defaults(func=lambda args: cmd_import(args, open_connection))

    keygen = actions.add_parser("keygen", help="make a new signing key pair (see keys/README.md)")
    keygen.add_argument("--name", required=True, help="signer name shown to learners")
    keygen.add_argument("--private", required=True, metavar="FILE")
    keygen.add_argument("--public", required=True, metavar="FILE")
    keygen.add_argument("--development", action="store_true", help="mark the key as a development key")
    keygen.add_argument("--encrypt", action="store_true", help="protect the private key with a passphrase")
    keygen.set_defaults(func=cmd_keygen)

    search = subparsers.add_parser("search", help="search the installed lessons")
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--limit", type=int, default=10, metavar="N")
    search.set_defaults(func=lambda args: cmd_search(args, open_connection))


def cmd_check(args: argparse.Namespace) -> int:
    problems = check_source(args.dir)
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    print(f"{errors} error(s), {warnings} warning(s)" if problems else "no problems found")
    return 1 if errors else 0


def cmd_build(args: argparse.Namespace) -> int:
    passphrase = _passphrase(args.key)
    try:
        built = build_pack(args.dir, args.key, args.out, passphrase=passphrase)
    except SourceHasErrors as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"not built: {sum(1 for p in exc.problems if p.is_error)} error(s) in {args.dir}", file=sys.stderr)
        return 1
    print(f"pack: {built.path}")
    print(f"id: {built.pack_id}")
    print(f"version: {built.version}")
    print(f"members: {built.member_count}")
    print(f"sha256: {built.sha256}")
    if built.warnings:
        print(f"warnings: {len(built.warnings)} (run `content check` to see them)")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    keys = [load_trusted_key(p) for p in args.trusted_key] if args.trusted_key else None
    try:
        pack = verify_pack(args.file, keys)
    except PackError as exc:
        print(f"refused: {exc.log_message}", file=sys.stderr)
        return 1
    c = pack.curriculum
    development = " — DEVELOPMENT key" if pack.signer.development else ""
    print(f"ok: {pack.path}")
    print(f"pack: {pack.pack_id} {pack.version} (schema_version {pack.schema_version})")
    print(f"signed by: {pack.signer_name} (key {pack.key_id}){development}")
    print(f"created: {pack.manifest.created}")
    print(f"levels: {len(c.levels)}, modules: {len(c.modules)}, lessons: {len(c.lessons)}, "
          f"questions: {sum(len(ls.quiz) for ls in c.lessons)}, media: {len(pack.media)}")
    print(f"sha256: {pack.file_sha256}")
    return 0


def cmd_import(args: argparse.Namespace, open_connection: OpenConnection) -> int:
    conn = open_connection(args)
    try:
        result = ContentService(conn).import_pack_file(args.file, force=args.force)
    except PackError as exc:
        print(f"refused: {exc.log_message}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    print(result.summary())
    return 0


def cmd_search(args: argparse.Namespace, open_connection: OpenConnection) -> int:
    conn = open_connection(args)
    try:
        hits = ContentService(conn).search(" ".join(args.query), limit=max(1, args.limit))
    finally:
        conn.close()
    for hit in hits:
        print(f"{hit.lesson_id}\t{hit.title}")
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    passphrase = None
    if args.encrypt:
        passphrase = getpass.getpass("passphrase for the new key: ").encode("utf-8")
        if passphrase != getpass.getpass("again: ").encode("utf-8"):
            print("error: passphrases differ", file=sys.stderr)
            return 1
    key = generate_key_pair(args.private, args.public, args.name, args.development, passphrase)
    print(f"key id: {key.key_id}")
    print(f"private key: {Path(args.private)} (keep it secret and backed up)")
    print(f"public key: {Path(args.public)}")
    return 0


def _passphrase(key_path: str) -> bytes | None:
    if not Path(key_path).is_file() or not is_encrypted_key(key_path):
        return None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV].encode("utf-8")
    return getpass.getpass(f"passphrase for {key_path}: ").encode("utf-8")
