"""An acknowledged write survives the process being killed (SIGKILL) mid-burst."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tutor.workspace import Workspace

WRITER = Path(__file__).with_name("burst_writer.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("kill_after", [1, 37, 150])
def test_sigkill_loses_no_acknowledged_profile(tmp_path, kill_after):
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(data)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    acked = []
    assert proc.stdout.readline().strip() == "READY"
    for line in proc.stdout:
        if line.startswith("ACK "):
            acked.append(line.split()[1])
        if len(acked) >= kill_after:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    # anything still in the pipe was acknowledged too: read it before checking
    acked += [l.split()[1] for l in proc.stdout.read().splitlines() if l.startswith("ACK ")]
    assert proc.returncode == -signal.SIGKILL
    ws = Workspace.open(data, bundled_pack=None, backup=False)
    try:
        stored = {l.learner_id for l in ws.learners.list()}
        missing = [a for a in acked if a not in stored]
        assert not missing, f"{len(missing)} acknowledged profiles lost"
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every stored profile has its creation event: no half-written operation
        n_events = ws.conn.execute("SELECT count(*) FROM events WHERE kind='learner_created'").fetchone()[0]
        assert n_events == len(stored)
    finally:
        ws.close()
