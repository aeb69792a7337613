"""An unhandled exception writes a crash report, logs, and leaves the data intact."""

import json
import sys

from tutor.ui.app import install_crash_handler


def test_unhandled_exception_writes_report_and_keeps_running(tmp_path, workspace, monkeypatch):
    learner, _ = workspace.learners.create("Chị Hoa", "flower")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_handler(tmp_path / "crash-reports")
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    (report,) = (tmp_path / "crash-reports").glob("crash-*.json")
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["exception"] == "ValueError: boom in a slot"
    assert any("boom in a slot" in line for line in data["traceback"])
    assert workspace.learners.get(learner.learner_id).display_name == "Chị Hoa"
