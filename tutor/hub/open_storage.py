"""Choosing the hub's database from a ``--database`` URL: the one SQL storage over a dialect."""

from __future__ import annotations

from pathlib import Path

from tutor.hub.dialect_sqlite import SqliteDialect
from tutor.hub.storage import HubStorage
from tutor.hub.storage_sql import SqlHubStorage


class UnsupportedDatabase(ValueError):
    """A --database URL no dialect understands."""


def open_storage(url: str) -> HubStorage:
    """``sqlite:///relative/path``, ``sqlite:////absolute/path`` or a plain file path -> SQLite;
    ``postgresql://user@host:port/db`` (or ``postgres://``) -> PostgreSQL (needs psycopg)."""
    text = str(url).strip()
    if text.startswith(("postgresql://", "postgres://")):
        try:  # psycopg is needed only here: a SQLite hub runs without it
            from tutor.hub.dialect_postgres import PostgresDialect
        except ImportError as exc:
            raise UnsupportedDatabase(f"PostgreSQL needs psycopg (pip install 'psycopg[binary]' psycopg_pool):"
                                      f" {exc}") from exc
        return SqlHubStorage(PostgresDialect(text))
    if text.startswith("sqlite:///"):
        path = Path(text[len("sqlite:///"):])
    elif "://" in text or text.startswith("sqlite:") or not text:
        raise UnsupportedDatabase(
            f"unsupported database URL {url!r}: use sqlite:///PATH, a file path, or postgresql://...")
    else:
        path = Path(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqlHubStorage(SqliteDialect(path))


def open_sqlite(path: Path | str) -> HubStorage:
    """A SQLite hub file at ``path`` (tests, benchmarks, the in-process hub)."""
    return open_storage(str(path))
