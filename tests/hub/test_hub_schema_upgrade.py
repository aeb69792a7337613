"""Every released hub schema upgrades in place with today's code, on both dialects, and one
migration list numbers the schema alike for both.

The fixtures (tests/fixtures/hub_schema_vN.*) were made ONCE by the released code of each
version (tests/fixtures/make_hub_schema_fixture.py says how) and are never regenerated.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from tests.hub.pg import fresh_schema, pg_base_url, with_search_path
from tests.sync.conftest import HUB_TIME, RunningHub, make_pc  # noqa: F401 - fixtures
from tutor.clock import FakeClock
from tutor.hub.migrations import LATEST_VERSION, MIGRATIONS
from tutor.hub.open_storage import open_storage
from tutor.sync.protocol import WireEvent

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PG_FIXTURE_SCHEMA = "hub_schema_fixture"
# Released hub schemas, in the one numbering of tutor.hub.migrations.
RELEASED = [("sqlite", 1), ("sqlite", 3), ("sqlite", 5), ("postgres", 3), ("postgres", 5)]


def fixture_path(dialect: str, version: int) -> Path:
    return FIXTURES / (f"hub_schema_v{version}.sqlite3" if dialect == "sqlite" else
                       f"hub_schema_v{version}.postgres.sql")


@contextmanager
def released_database(dialect: str, version: int, tmp_path: Path) -> Iterator[str]:
    """A URL to a copy of the frozen fixture (the fixture itself is never written)."""
    path = fixture_path(dialect, version)
    if dialect == "sqlite":
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        yield f"sqlite:///{copy}"
        return
    import psycopg

    base = pg_base_url()
    schema = "t_" + uuid.uuid4().hex[:16]
    # psql's meta-commands (\restrict) are not SQL; everything else of the dump is.
    dump = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("\\"))
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(dump.replace(PG_FIXTURE_SCHEMA, schema))
    try:
        yield with_search_path(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def fresh_database(dialect: str, tmp_path: Path) -> Iterator[str]:
    if dialect == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        return
    with fresh_schema(pg_base_url()) as url:
        yield url


def schema_of(storage) -> dict[str, set]:
    """Tables, columns (types, NOT NULL, defaults, keys) and indexes, whatever order they were made in."""
    with storage.dialect.read() as c:
        if storage.dialect.name == "sqlite":
            tables = [r["name"] for r in c.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN"
                " ('sqlite_sequence', 'schema_migrations', 'hub_migrations')").fetchall()]
            columns = {(t, r["name"], r["type"], r["notnull"], r["dflt_value"], r["pk"])
                       for t in tables for r in c.execute(f"PRAGMA table_info({t})").fetchall()}
            indexes = {(r["tbl_name"], _plain(r["sql"])) for r in c.execute(
                "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()}
            keys = {(t, r["name"], r["unique"], r["origin"], r["partial"]) for t in tables
                    for r in c.execute(f"PRAGMA index_list({t})").fetchall() if r["origin"] != "c"}
            return {"tables": set(tables), "columns": columns, "indexes": indexes, "keys": keys}
        where = "table_schema = current_schema() AND table_name NOT IN ('schema_migrations', 'hub_migrations')"
        columns = {(r["table_name"], r["column_name"], r["data_type"], r["is_nullable"], r["column_default"],
                    r["is_identity"], r["identity_generation"])
                   for r in c.execute(f"SELECT * FROM information_schema.columns WHERE {where}").fetchall()}
        indexes = {(r["tablename"], re.sub(r"ON \S+\.", "ON ", r["indexdef"])) for r in c.execute(
            "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            " AND tablename NOT IN ('schema_migrations', 'hub_migrations')").fetchall()}
        keys = {(r["table"], r["def"]) for r in c.execute(
            "SELECT conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS def FROM pg_constraint"
            " WHERE connamespace = current_schema()::regnamespace"
            " AND conrelid::regclass::text NOT IN ('schema_migrations', 'hub_migrations')").fetchall()}
        return {"tables": {t for t, *_ in columns}, "columns": columns, "indexes": indexes, "keys": keys}


def _plain(sql: str) -> str:
    return " ".join(sql.replace("IF NOT EXISTS ", "").split())


@pytest.mark.parametrize("dialect,version", RELEASED, ids=[f"{d}-v{v}" for d, v in RELEASED])
def test_a_released_hub_database_upgrades_to_the_schema_a_fresh_one_gets(dialect, version, tmp_path):
    with fresh_database(dialect, tmp_path) as url:
        fresh = open_storage(url)
        expected = schema_of(fresh)
        fresh.close()
    with released_database(dialect, version, tmp_path) as url:
        upgraded = open_storage(url)
        try:
            assert upgraded.schema_version() == LATEST_VERSION
            assert schema_of(upgraded) == expected
        finally:
            upgraded.close()
        again = open_storage(url)  # opening again applies nothing twice
        assert again.schema_version() == LATEST_VERSION
        again.close()


@pytest.mark.parametrize("dialect,version", RELEASED, ids=[f"{d}-v{v}" for d, v in RELEASED])
def test_sites_devices_events_and_certificates_survive_the_upgrade_and_sync_goes_on(
        dialect, version, tmp_path, make_pc):  # noqa: F811
    facts = json.loads(Path(str(fixture_path(dialect, version)) + ".json").read_text(encoding="utf-8"))
    with released_database(dialect, version, tmp_path) as url:
        storage = open_storage(url)
        try:
            overview = storage.overview(HUB_TIME)
            site = next(s for s in overview.sites if s.site_id == facts["site_id"])
            assert (site.name, site.device_count, site.learner_count, site.learners_per_level,
                    site.lessons_completed, site.certificates_issued) == (facts["site_name"], 1, 1, {2: 1}, 1, 1)
            assert {s.site_id for s in overview.sites} == {facts["site_id"], facts["other_site_id"]}
            devices = {d.device_id: d for d in overview.devices}
            pc = devices[facts["device_id"]]
            assert (pc.events_held, pc.clock_flagged, pc.revoked) == (facts["events"], True, False)
            assert devices[facts["revoked_device_id"]].revoked
            info = storage.device(facts["device_id"])
            assert (info.public_key, info.acked_through) == (facts["public_key"], facts["acked_through"])
            assert [e["seq"] for e in storage.device_events(facts["device_id"])] == list(range(1, facts["events"] + 1))
            certificate = storage.find_certificate(facts["certificate_id"])
            assert certificate is not None and certificate.genuine
            assert certificate.learner_name == "Bà Nguyễn Thị Hoa" and certificate.site_name == facts["site_name"]
            assert storage.find_certificate(facts["certificate_code"]).genuine
            [learner] = storage.roster(facts["site_id"])
            assert (learner["learner_id"], learner["display_name"]) == (facts["learner_id"], "Bà Nguyễn Thị Hoa")
            if facts["teacher"]:
                assert [t["username"] for t in storage.site_teachers(facts["site_id"])] == [facts["teacher"]]
            if facts["operator"]:
                assert storage.operators.for_login(facts["operator"]) is not None

            # The PC enrolled under the released hub pushes on from where it stopped.
            auth = storage.authenticate(facts["device_token"])
            assert auth is not None and auth.site_id == facts["site_id"]
            device_time = (HUB_TIME - timedelta(hours=1)).isoformat(timespec="milliseconds")
            more = [WireEvent(seq, seq - 1, str(uuid.uuid4()), facts["learner_id"], "attempt", 1, device_time, 0,
                              {"lesson_id": "l1-02", "correct": True})
                    for seq in range(facts["acked_through"] + 1, facts["acked_through"] + 3)]
            storage.hello(auth, facts["device_id"], HUB_TIME - timedelta(hours=1), HUB_TIME, 1)
            assert storage.store_batch(auth, facts["device_id"], more, HUB_TIME) == facts["acked_through"] + 2
        finally:
            storage.close()

        # A new PC of the site, over real HTTP, takes the learner and her whole history down.
        hub = RunningHub(tmp_path / "unused", FakeClock(HUB_TIME), lambda: open_storage(url)).start()
        try:
            code = hub.storage.rotate_code(facts["site_id"], HUB_TIME)
            newcomer = make_pc("newcomer")
            newcomer.enroll(hub, code)
            report = newcomer.engine().sync_once()
            assert report.learners_added == [facts["learner_id"]]
            assert report.pulled == facts["events"] + 2
            assert newcomer.ws.learners.get(facts["learner_id"]).display_name == "Bà Nguyễn Thị Hoa"
        finally:
            hub.stop()


def test_both_dialects_number_the_schema_with_one_list(tmp_path):
    """Before issue 19 a new SQLite hub said version 5 and a new PostgreSQL hub 4 for the same schema."""
    versions = []
    for dialect in ("sqlite", "postgres"):
        with fresh_database(dialect, tmp_path) as url:
            storage = open_storage(url)
            with storage.dialect.read() as c:
                versions.append(sorted(r["version"] for r in c.execute("SELECT version FROM hub_migrations")))
            storage.close()
    assert versions[0] == versions[1] == [m.version for m in MIGRATIONS]
