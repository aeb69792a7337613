"""tutor-hub: the sync server a teacher laptop or a commune PC runs.

Modules: storage (the HubStorage interface and its rules), storage_sql (the one SQL
storage) over dialect_sqlite or dialect_postgres, migrations (the schema, one numbered list),
open_storage (a --database URL to a storage), projections (dashboard figures folded from events), enroll
(codes and tokens), app (the FastAPI ASGI app), upstream (forwarding to an upper hub),
bundles (USB import), cli (`tutor-hub`).
"""
