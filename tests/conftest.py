import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TUTOR_NO_CRASH_DIALOG", "1")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def clock():
    from tutor.clock import FakeClock

    return FakeClock()


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir, clock):
    """A workspace with no curriculum pack (tests that need content ask for it)."""
    from tutor.workspace import Workspace

    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    yield ws
    ws.close()


def run_tutor(*args: str, env: dict | None = None, timeout: float = 120):
    import subprocess

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tutor", *args], capture_output=True, text=True,
        timeout=timeout, env=full_env, cwd=ROOT,
    )


@pytest.fixture(autouse=True)
def _cheap_pin_hashing(monkeypatch):
    """PINs hash at N=2^17 (128 MiB, about a second) in the app; tests make hundreds of them.
    The format is the same, only the cost is lower (tests of the cost itself restore it)."""
    from tutor import pin

    monkeypatch.setattr(pin, "CURRENT", pin.PinCost(n_log2=10, r=8, p=1))
    from tutor.teacher import passwords

    monkeypatch.setattr(passwords, "SHARED", passwords.ScryptParams(n=2**10, r=8, p=1))
