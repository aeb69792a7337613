"""`tutor content ...` and `tutor search` through the functions the lead's CLI registers."""

from __future__ import annotations

import argparse
import sqlite3

import pytest

from tutor.lessons.cli import register

from .conftest import DEV_KEY, VALID_SOURCE, open_content_db


@pytest.fixture
def run(tmp_path, capsys):
    database = tmp_path / "tutor.sqlite3"
    open_content_db(database).close()

    def open_connection(args: argparse.Namespace) -> sqlite3.Connection:
        conn = sqlite3.connect(database, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _run(*argv: str) -> tuple[int, str, str]:
        parser = argparse.ArgumentParser(prog="tutor")
        register(parser.add_subparsers(dest="command"), open_connection)
        args = parser.parse_args(argv)
        code = args.func(args)
        out = capsys.readouterr()
        return code, out.out, out.err
    return _run


def test_check_valid_source(run):
    code, out, _ = run("content", "check", str(VALID_SOURCE))
    assert code == 0 and "no problems found" in out


def test_check_prints_file_line_and_fails_on_errors(run, source):
    lesson = source / "levels/1/m1-an-toan/02-ban-hang.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("minutes: 12", "minutes: 70"), encoding="utf-8")
    code, out, _ = run("content", "check", str(source))
    assert code == 1
    assert f"{lesson}:4: error: minutes: 70 is greater than the maximum of 20" in out
    assert "1 error(s), 0 warning(s)" in out


def test_check_warnings_only_exit_zero(run, source):
    (source / "media" / "thua.png").write_bytes(b"x")
    code, out, _ = run("content", "check", str(source))
    assert code == 0 and "0 error(s), 1 warning(s)" in out


def test_build_verify_import_search(run, tmp_path):
    out_file = tmp_path / "cur.bdpack"
    code, out, _ = run("content", "build", str(VALID_SOURCE), "--key", str(DEV_KEY), "--out", str(out_file))
    assert code == 0
    assert f"pack: {out_file}" in out and "id: fixture-pack" in out and "version: 1.0.0" in out
    assert "members: 13" in out and "sha256: " in out

    code, out, _ = run("content", "verify", str(out_file))
    assert code == 0
    assert "signed by: Khoá phát triển — DEVELOPMENT ONLY" in out and "DEVELOPMENT key" in out
    assert "lessons: 10" in out and "questions: 60" in out

    code, out, _ = run("content", "import", str(out_file))
    assert code == 0 and "10 lessons added" in out
    code, out, _ = run("content", "import", str(out_file))
    assert code == 0 and "nothing changed" in out

    code, out, _ = run("search", "lua", "dao")
    assert out.splitlines()[0] == "l1.lua-dao-video\tCuộc gọi video giả mạo để lừa đảo"
    code, out, _ = run("search", "bán", "--limit", "1")
    assert out.splitlines() == ["l1.ban-hang\tNhờ AI viết bài bán hàng"]


def test_build_refuses_source_with_errors(run, source, tmp_path):
    (source / "levels/1/m2-doc-va-kiem-tra/03-thoi-tiet.md").unlink()
    code, _, err = run("content", "build", str(source), "--key", str(DEV_KEY), "--out", str(tmp_path / "x.bdpack"))
    assert code == 1 and "module has 2 lessons" in err and "not built" in err
    assert not (tmp_path / "x.bdpack").exists()


def test_verify_and_import_refusals(run, tmp_path, pack_file, keypair):
    bad = tmp_path / "bad.bdpack"
    bad.write_bytes(pack_file.read_bytes()[:-10])
    code, _, err = run("content", "verify", str(bad))
    assert code == 1 and err.startswith("refused: ") and "not a readable zip" in err
    code, _, err = run("content", "import", str(bad))
    assert code == 1 and "refused:" in err
    # signed by a key the app does not ship: unknown, unless trusted explicitly for verification
    code, _, err = run("content", "verify", str(pack_file))
    assert code == 1 and "does not trust" in err
    pub = keypair[0].with_suffix(".pub")
    code, out, _ = run("content", "verify", str(pack_file), "--trusted-key", str(pub))
    assert code == 0 and "signed by: Nhóm kiểm thử" in out


def test_keygen(run, tmp_path):
    code, out, _ = run("content", "keygen", "--name", "Nhà xuất bản", "--private", str(tmp_path / "p.key"),
                       "--public", str(tmp_path / "p.pub"))
    assert code == 0 and "key id:" in out
    assert (tmp_path / "p.key").stat().st_mode & 0o077 == 0
    assert "name: Nhà xuất bản" in (tmp_path / "p.pub").read_text(encoding="utf-8")
    from tutor.lessons.errors import SigningKeyError
    with pytest.raises(SigningKeyError):  # never overwrite a key
        run("content", "keygen", "--name", "x", "--private", str(tmp_path / "p.key"), "--public", str(tmp_path / "q.pub"))
