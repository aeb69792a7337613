"""`--database URL` picks the back-end; anything else is a clear error, never a stack trace."""

from __future__ import annotations

import pytest

from tests.hub.pg import fresh_schema, pg_base_url
from tutor.hub.cli import main as hub_main
from tutor.hub.dialect_sqlite import SqliteDialect
from tutor.hub.migrations import LATEST_VERSION
from tutor.hub.open_storage import UnsupportedDatabase, open_storage


def test_sqlite_urls_and_plain_paths(tmp_path):
    for url in (f"sqlite:///{tmp_path / 'a' / 'hub.sqlite3'}", str(tmp_path / "b" / "hub.sqlite3")):
        storage = open_storage(url)
        assert isinstance(storage.dialect, SqliteDialect)
        storage.close()
    assert (tmp_path / "a" / "hub.sqlite3").exists() and (tmp_path / "b" / "hub.sqlite3").exists()


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite:relative.db", "", "http://hub"])
def test_unknown_urls_are_refused(url):
    with pytest.raises(UnsupportedDatabase):
        open_storage(url)


def test_cli_says_what_is_wrong(capsys):
    with pytest.raises(SystemExit) as exit_:
        hub_main(["--database", "mysql://x/y", "site", "create", "Xã A"])
    assert "unsupported database URL" in str(exit_.value)
    pytest.importorskip("psycopg")
    with pytest.raises(SystemExit) as exit_:  # nothing listens on port 1
        hub_main(["--database", "postgresql://nobody@127.0.0.1:1/none", "site", "create", "Xã A"])
    assert "cannot connect to PostgreSQL" in str(exit_.value)


def test_postgres_url_opens_the_postgres_backend_and_migrates_once():
    from tutor.hub.dialect_postgres import PostgresDialect

    with fresh_schema(pg_base_url()) as url:
        first = open_storage(url + "&pool_max=2")
        second = open_storage(url)  # a second hub process on the same database
        assert isinstance(first.dialect, PostgresDialect)
        assert first.schema_version() == second.schema_version() == LATEST_VERSION
        first.close()
        second.close()
