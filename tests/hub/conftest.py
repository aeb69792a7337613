"""Hub storage back-ends for contract tests: SQLite always, PostgreSQL when the test server is there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.hub.pg import fresh_schema, pg_base_url
from tutor.hub.open_storage import open_storage
from tutor.hub.storage import HubStorage

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def backend_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    with fresh_schema(pg_base_url()) as url:
        yield url


@pytest.fixture
def hub_storage(backend_url) -> Iterator[HubStorage]:
    storage = open_storage(backend_url)
    yield storage
    storage.close()
