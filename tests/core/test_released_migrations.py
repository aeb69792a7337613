"""Released migrations are frozen: their DDL text never changes.

PCs in the field already ran them; a fixture database per released schema
(tests/fixtures/pc_schema_vN.sqlite3) is upgraded by tests/core/test_upgrade_fixtures.py.
A change to the schema is a new migration with its own module in tutor/store/released/.
"""

from __future__ import annotations

import hashlib

from tutor.store import released
from tutor.store.migrations import MIGRATIONS

# sha256 of "\n;\n".join(statements), per released version.
RELEASED = {
    1: "22ffe55541ec92d1a43d955c344036061a00b8d426493ce8b73bb8098702b723",
    2: "4c9a43397929931b32f3d9bf77805a2be3b6146bd840d5986c349e96ebee7677",
    3: "97a6fc791d1fb792251f50621f7779fc5d7fb63381f915173d84d1918e4e701d",
    4: "bea73f67d837a2bd2305be30abf4468ffe7af91dac6271c6373ff591d739fdd0",
    5: "fd7bb00b25f28836b2d57a69348736acd3e506455b1cf3e73965bf426ad61783",
    6: "ce3e78bf7479e409de03e37650dcbeaff83b85ec7c84a9e0b8f4afcb7e434f0f",
    7: "55bde8bb1e486fd550415b84913f5f69230628c77521a4bc9d3a30b6f0c61ec7",
    8: "8e33d2cf659dc9e750c695c46c533c8bb3cc1ec351cf2978d4033e463ae56fb1",
    9: "0017999a8e98c836209c424c4199dabc1511077b2c7ce286e40a2067f0456e6f",
    10: "2271489027b0f6194f2ce0d7e22f36d43820bc529e79f593dc3cc20f0a530c1b",
    11: "87ffd9c92370c92701f928183b92c098e28022c4e5952532628f3c76912d95d3",
}


def digest(statements, guarded=()) -> str:
    """Guarded statements (run only when their guard query finds a row) count with their guard."""
    parts = [*statements, *(f"{guard}\n?\n{statement}" for guard, statement in guarded)]
    return hashlib.sha256("\n;\n".join(parts).encode("utf-8")).hexdigest()


def test_released_migration_ddl_has_not_changed():
    found = {m.version: digest(m.sql(), m.guarded) for m in MIGRATIONS if m.version in RELEASED}
    assert found == RELEASED


def test_every_migration_keeps_its_ddl_in_the_frozen_store_package():
    for migration in MIGRATIONS:
        statements = migration.statements
        assert not callable(statements), f"migration {migration.version} builds its DDL at run time"
        modules = [m for m in vars(released).values() if getattr(m, "STATEMENTS", None) is statements]
        assert modules, f"migration {migration.version}'s DDL is not in tutor/store/released/"
        assert modules[0].__name__.startswith(f"tutor.store.released.v{migration.version}_")
        if migration.guarded:
            assert getattr(modules[0], "GUARDED", None) is migration.guarded, \
                f"migration {migration.version}'s guarded DDL is not in its frozen module"
