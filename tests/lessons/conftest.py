from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tutor.lessons.keys import generate_key_pair
from tutor.lessons.pack_build import build_pack
from tutor.store.released.v3_content import CONTENT_SCHEMA_STATEMENTS

ROOT = Path(__file__).resolve().parents[2]
VALID_SOURCE = ROOT / "tests" / "fixtures" / "content_valid"
BROKEN_SOURCE = ROOT / "tests" / "fixtures" / "content_broken"
DEV_KEY = ROOT / "keys" / "dev" / "dev-signing.key"
CONTENT_TABLES = ("content_packs", "content_competences", "content_levels", "content_modules",
                  "content_lessons", "content_sections", "content_questions", "content_practice",
                  "content_media", "content_search")


def open_content_db(path: str | Path = ":memory:") -> sqlite3.Connection:
    """Opened the way tutor.store opens it; the schema applied in one transaction, as migration does."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN IMMEDIATE")
    for statement in CONTENT_SCHEMA_STATEMENTS:
        conn.execute(statement)
    conn.execute("COMMIT")
    return conn


def snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in CONTENT_TABLES}


@pytest.fixture
def db():
    conn = open_content_db()
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def keypair(tmp_path_factory):
    """A test signing key (private path, trusted public key)."""
    folder = tmp_path_factory.mktemp("keys")
    trusted = generate_key_pair(folder / "test.key", folder / "test.pub", "Nhóm kiểm thử")
    return folder / "test.key", trusted


@pytest.fixture(scope="session")
def other_keypair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other-keys")
    trusted = generate_key_pair(folder / "other.key", folder / "other.pub", "Người lạ")
    return folder / "other.key", trusted


@pytest.fixture(scope="session")
def pack_file(tmp_path_factory, keypair) -> Path:
    """The valid fixture built once; tests copy it before altering anything."""
    out = tmp_path_factory.mktemp("packs") / "fixture.bdpack"
    build_pack(VALID_SOURCE, keypair[0], out)
    return out


@pytest.fixture
def trusted(keypair):
    return [keypair[1]]


@pytest.fixture
def source(tmp_path) -> Path:
    """A writable copy of the valid fixture source."""
    target = tmp_path / "content"
    shutil.copytree(VALID_SOURCE, target)
    return target
