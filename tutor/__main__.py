"""Process entry: `tutor` and `python -m tutor`.

The one place outside tutor.ui allowed to import it: with no command we start
the desktop app; with a command we stay headless and never load Qt. The GUI
path parses its few options with a small parser so start-up does not pay for
building every CLI subcommand.
"""

from __future__ import annotations

import sys
from typing import Sequence

GUI_FLAGS = {"-v", "--verbose", "--self-test"}


def _gui_only(argv: Sequence[str]) -> bool:
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token == "--data-dir":
            if not tokens:
                return False
            tokens.pop(0)
        elif token.startswith("--data-dir=") or token in GUI_FLAGS:
            continue
        else:
            return False  # a command, --help, --version or a typo: the full CLI handles it
    return True


def _gui_parser():
    import argparse

    parser = argparse.ArgumentParser(prog="tutor", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--llm-worker"]:
        # A frozen build has no `python -m`: the model worker process is this same executable.
        from tutor.local_llm.worker import main as worker_main

        return worker_main() or 0
    if _gui_only(argv):
        args = _gui_parser().parse_args(argv)
    else:
        from tutor.cli import build_parser, run_command

        args = build_parser().parse_args(argv)
        if args.command is not None:
            return run_command(args)
    if args.self_test:
        from tutor.ui.selftest import run_gui_self_test

        return run_gui_self_test(args)
    from tutor.ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
