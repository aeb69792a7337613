"""Fixtures: a real workspace with the bundled curriculum, a teacher logged in, learners."""

from __future__ import annotations

import pytest

# The same real workspace (bundled curriculum, copied from one template per test) as progress.
from tests.progress.conftest import template_dir, ws  # noqa: F401
from tutor.teacher import passwords


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch, request):
    """Real scrypt costs ~50 ms a hash; tests that are not about its cost use tiny parameters."""
    if "real_scrypt" not in request.fixturenames:
        monkeypatch.setattr(passwords, "CURRENT", passwords.ScryptParams(n=2**4, r=8, p=1))


@pytest.fixture
def real_scrypt():
    """Asked for by tests about the production scrypt parameters."""
    return passwords.CURRENT


@pytest.fixture
def area(ws):
    return ws.teacher


@pytest.fixture
def session(area):
    area.create_teacher("colan", "Cô Lan", "matkhau123", None)
    return area.login("colan", "matkhau123")


@pytest.fixture
def klass(area, session):
    info, _ = area.create_class(session, "Lớp tối thứ Ba")
    return info


def make_learner(ws, name: str, icon: str = "sun") -> str:
    learner, _ = ws.learners.create(name, icon)
    return learner.learner_id
