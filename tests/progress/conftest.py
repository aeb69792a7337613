from __future__ import annotations

import shutil

import pytest

from tests.progress.helpers import PACK, open_workspace, progress_for
from tutor.clock import FakeClock


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory):
    """One data dir with the real pack imported and the progress tables, copied per test
    (importing the pack for every test would cost a fifth of a second each)."""
    if not PACK.exists():
        pytest.skip("the bundled pack is not built (make pack)")
    folder = tmp_path_factory.mktemp("progress-template") / "data"
    ws = open_workspace(folder, FakeClock())
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    return folder


@pytest.fixture
def ws(template_dir, tmp_path, clock):
    data = tmp_path / "data"
    shutil.copytree(template_dir, data)
    workspace = open_workspace(data, clock)
    yield workspace
    workspace.close()


@pytest.fixture
def progress(ws):
    return progress_for(ws)


@pytest.fixture
def learner(ws):
    created, _ = ws.learners.create("Bà Nguyễn Thị Hoa", "rice")
    return created.learner_id
