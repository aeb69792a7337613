"""`tutor --self-test` and the CLI entry, run as real subprocesses."""

import json
import sqlite3

from tests.conftest import run_tutor


def test_self_test_healthy_on_a_fresh_data_dir(tmp_path):
    result = run_tutor("--data-dir", str(tmp_path / "d"), "--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert report["healthy"] is True
    assert report["data_dir"] == str((tmp_path / "d").resolve())
    assert report["fonts"]["ok"] is True and report["fonts"]["families"]
    assert report["free_ram_mb"] > 0 and report["free_disk_mb"] > 0
    assert report["versions"]["PySide6-Essentials"]


def test_self_test_reports_a_damaged_database(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "tutor.sqlite3").write_bytes(b"definitely not sqlite" * 100)
    result = run_tutor("--data-dir", str(data), "--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert report["healthy"] is False
    assert any("database damaged" in p for p in report["problems"])
    # the self-test only looks: it never moves or repairs the file
    assert (data / "tutor.sqlite3").read_bytes().startswith(b"definitely not sqlite")


def test_data_dir_from_environment(tmp_path):
    data = tmp_path / "usb" / "data"
    result = run_tutor("learners", env={"TUTOR_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "tutor.sqlite3").exists()
    conn = sqlite3.connect(data / "tutor.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_unknown_command_is_an_error_in_english(tmp_path):
    result = run_tutor("--data-dir", str(tmp_path), "frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_teacher_opens_a_level_from_the_command_line(tmp_path):
    from tutor.workspace import Workspace

    data = tmp_path / "d"
    ws = Workspace.open(data)
    learner, _ = ws.learners.create("Anh Tuấn", "fish")
    ws.close()
    result = run_tutor("--data-dir", str(data), "unlock-level", learner.learner_id, "3")
    assert result.returncode == 0, result.stderr
    ws = Workspace.open(data)
    try:
        opened = {lp.level: lp.opened_by for lp in ws.progress.level_map(learner.learner_id) if lp.open}
        assert opened.get(3) == "teacher" and 2 not in opened
    finally:
        ws.close()
    bad = run_tutor("--data-dir", str(data), "unlock-level", "no-such-learner", "2")
    assert bad.returncode == 1 and "error:" in bad.stderr
