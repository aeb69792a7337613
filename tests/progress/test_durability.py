"""An answer acknowledged to the learner survives the process being killed (SIGKILL) mid-burst."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.progress.helpers import PACK, open_workspace

CHILD = "tests.progress.answer_burst"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.skipif(not PACK.exists(), reason="the bundled pack is not built (make pack)")
@pytest.mark.parametrize("kill_after", [1, 40, 150])
def test_sigkill_loses_no_acknowledged_answer(tmp_path, kill_after):
    data = tmp_path / "data"
    ws = open_workspace(data)
    learner, _ = ws.learners.create("Anh Lò Văn Páo", "rice")
    ws.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", CHILD, str(data), learner.learner_id],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    acked: list[int] = []
    assert proc.stdout.readline().strip() == "READY"
    for line in proc.stdout:
        if line.startswith("ACK "):
            acked.append(int(line.split()[1]))
        if len(acked) >= kill_after:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    # anything still in the pipe was acknowledged too: read it before checking
    acked += [int(l.split()[1]) for l in proc.stdout.read().splitlines() if l.startswith("ACK ")]
    assert proc.returncode == -signal.SIGKILL

    ws = open_workspace(data)
    try:
        conn = ws.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT seq FROM progress_attempts")}
        missing = [seq for seq in acked if seq not in stored]
        assert not missing, f"{len(missing)} acknowledged answers lost"
        # no half-written answer: every attempt has its event and its card, and every
        # answer event has its attempt row
        answer_events = {r[0] for r in conn.execute("SELECT seq FROM events WHERE kind IN ('attempt', 'review')")}
        assert answer_events == stored
        orphans = conn.execute(
            "SELECT count(*) FROM progress_attempts a LEFT JOIN progress_cards c"
            " ON c.learner_id = a.learner_id AND c.lesson_id = a.lesson_id AND c.question_id = a.question_id"
            " WHERE c.learner_id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        assert sum(r[0] for r in conn.execute("SELECT reviews FROM progress_cards")) == len(stored)
    finally:
        ws.close()
