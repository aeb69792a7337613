"""PostgreSQL for tests: the server .ci/run starts, a fresh schema per test.

TUTOR_TEST_PG_URL names a database (``.ci/pg-throwaway`` prints one). Without it the
PostgreSQL tests are skipped on a developer's machine, but FAIL when CI=1 or
TUTOR_REQUIRE_PG=1, so CI can never pass by silently skipping them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

PG_ENV = "TUTOR_TEST_PG_URL"


def pg_required() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get("TUTOR_REQUIRE_PG") == "1"


def pg_base_url() -> str:
    """The test server's URL, or skip (fail when PostgreSQL is required)."""
    url = os.environ.get(PG_ENV, "").strip()
    problem = None if url else f"{PG_ENV} is not set"
    if url:
        try:
            import psycopg  # noqa: F401
            import psycopg_pool  # noqa: F401
        except ImportError as exc:
            problem = f"psycopg is not installed ({exc})"
    if problem is None:
        return url
    if pg_required():
        pytest.fail(f"PostgreSQL tests are required here (CI=1 or TUTOR_REQUIRE_PG=1) but {problem}")
    pytest.skip(f"PostgreSQL tests skipped: {problem}")


def with_search_path(url: str, schema: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query)))


@contextmanager
def fresh_schema(base_url: str | None = None) -> Iterator[str]:
    """A URL whose connections work in a new, empty schema, dropped afterwards."""
    import psycopg

    base_url = base_url or pg_base_url()
    schema = "t_" + uuid.uuid4().hex[:16]
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_search_path(base_url, schema)
    finally:
        with psycopg.connect(base_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
