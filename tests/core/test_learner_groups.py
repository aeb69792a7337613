"""Issue 18: an optional learner group and age band on the profile, carried in profile events."""

import json
import sqlite3

import pytest

from tutor.errors import ProfileError
from tutor.store.migrations import LATEST_VERSION, apply_migrations
from tutor.sync.apply import rebuild_learner


def _events(workspace, learner_id):
    return [(r[0], json.loads(r[1])) for r in workspace.conn.execute(
        "SELECT kind, payload FROM events WHERE learner_id = ? ORDER BY seq", (learner_id,))]


def test_group_and_age_band_are_optional_and_travel_in_the_profile_event(workspace):
    plain, _ = workspace.learners.create("Chị Hoa", "flower")
    worker, _ = workspace.learners.create("Anh Tuấn", "fish", group="worker", age_band="18_34")
    assert (plain.group, plain.age_band) == (None, None)
    assert (worker.group, worker.age_band) == ("worker", "18_34")
    assert _events(workspace, plain.learner_id) == [("learner_created", {"display_name": "Chị Hoa", "icon": "flower"})]
    kind, payload = _events(workspace, worker.learner_id)[0]
    assert kind == "learner_created" and payload["group"] == "worker" and payload["age_band"] == "18_34"


def test_a_teacher_sets_or_clears_the_group_later(workspace):
    learner, _ = workspace.learners.create("Bác Sáu", "sun")
    changes = workspace.learners.set_group(learner.learner_id, "official", "35_59")
    assert changes.learners
    assert workspace.learners.get(learner.learner_id).group == "official"
    workspace.learners.set_group(learner.learner_id, None, None)
    assert workspace.learners.get(learner.learner_id).group is None
    kinds = _events(workspace, learner.learner_id)
    assert kinds[-1] == ("learner_renamed", {"display_name": "Bác Sáu", "icon": "sun", "group": None,
                                             "age_band": None})


def test_an_unknown_group_is_refused_in_vietnamese_and_nothing_is_written(workspace):
    with pytest.raises(ProfileError) as err:
        workspace.learners.create("Cô Lan", "star", group="farmer")
    assert "Nhóm người học" in err.value.user_message
    assert workspace.conn.execute("SELECT count(*) FROM learners").fetchone()[0] == 0


def test_a_pulled_profile_keeps_its_group(workspace):
    learner, _ = workspace.learners.create("Chị Mai", "flower", group="student", age_band="under_18")
    workspace.conn.execute("UPDATE learners SET learner_group = NULL, age_band = NULL")
    rebuild_learner(workspace.conn, learner.learner_id, "2026-11-01T00:00:00.000+00:00")
    assert workspace.learners.get(learner.learner_id).group == "student"


def test_migration_10_adds_the_columns_to_a_version_9_database(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    apply_migrations(conn, upto=9)
    conn.execute("INSERT INTO learners(learner_id, display_name, icon, created_at) VALUES ('a', 'Hoa', 'sun', 'x')")
    assert apply_migrations(conn) == LATEST_VERSION
    assert conn.execute("SELECT learner_group, age_band FROM learners").fetchone() == (None, None)


def test_a_teacher_sets_the_group_from_the_command_line(tmp_path):
    from tests.core.test_cli_selftest import run_tutor
    from tutor.workspace import Workspace

    data = tmp_path / "d"
    ws = Workspace.open(data)
    learner, _ = ws.learners.create("Cô Lan", "star")
    ws.close()
    result = run_tutor("--data-dir", str(data), "learner-group", learner.learner_id, "official", "35_59")
    assert result.returncode == 0, result.stderr
    ws = Workspace.open(data)
    try:
        got = ws.learners.get(learner.learner_id)
        assert (got.group, got.age_band) == ("official", "35_59")
    finally:
        ws.close()
    assert run_tutor("--data-dir", str(data), "learner-group", learner.learner_id, "farmer").returncode == 2
