"""The DDL of every released migration of the tutor database, frozen.

One module per schema version (vN_*.py, its statements in ``STATEMENTS``), applied by
tutor.store.migrations. A released migration is never edited: PCs already ran it, and
a fixture database made by the released app (tests/fixtures/pc_schema_vN.sqlite3) is
upgraded by the tests. tests/core/test_released_migrations.py holds a hash of each;
a change to the schema is a NEW migration with its own module here.
"""
