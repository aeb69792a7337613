"""`tutor teacher create` and `tutor teacher list`, run through the parser the CLI registers."""

from __future__ import annotations

import argparse
import io
import shutil
import sys

from tests.progress.helpers import open_workspace
from tutor.clock import FakeClock
from tutor.teacher.cli import register


def run(data_dir, argv, stdin_text, monkeypatch, capsys):
    parser = argparse.ArgumentParser(prog="tutor")
    sub = parser.add_subparsers(dest="command")
    register(sub, lambda args: open_workspace(data_dir, FakeClock()))
    args = parser.parse_args(argv)
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin_text))
    code = args.func(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_create_the_first_teacher_then_another_on_their_behalf(template_dir, tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    shutil.copytree(template_dir, data)
    code, out, _ = run(data, ["teacher", "create", "colan", "--name", "Cô Lan"], "matkhau123\n", monkeypatch, capsys)
    assert code == 0 and "created teacher colan (Cô Lan)" in out

    code, _, err = run(data, ["teacher", "create", "thaybinh", "--name", "Thầy Bình"], "matkhau456\n",
                       monkeypatch, capsys)
    assert code == 2 and "--as USERNAME" in err
    code, _, err = run(data, ["teacher", "create", "thaybinh", "--name", "Thầy Bình", "--as", "colan"],
                       "sai-mat-khau\nmatkhau456\n", monkeypatch, capsys)
    assert code == 1 and "Tên đăng nhập hoặc mật khẩu chưa đúng" in err
    code, out, _ = run(data, ["teacher", "create", "thaybinh", "--name", "Thầy Bình", "--as", "colan"],
                       "matkhau123\nmatkhau456\n", monkeypatch, capsys)
    assert code == 0

    code, out, _ = run(data, ["teacher", "list"], "", monkeypatch, capsys)
    lines = out.strip().splitlines()
    assert code == 0 and [line.split("\t")[1:3] for line in lines] == [["colan", "Cô Lan"], ["thaybinh", "Thầy Bình"]]
    ws = open_workspace(data, FakeClock())
    try:
        assert ws.teacher.login("thaybinh", "matkhau456")
    finally:
        ws.close()


def test_a_short_password_is_refused_with_the_reason(template_dir, tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    shutil.copytree(template_dir, data)
    code, _, err = run(data, ["teacher", "create", "colan", "--name", "Cô Lan"], "123\n", monkeypatch, capsys)
    assert code == 1 and "Mật khẩu cần ít nhất 6 ký tự." in err
