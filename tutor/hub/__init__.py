"""tutor-hub: the sync server a teacher laptop or a commune PC runs.

Modules: storage (the HubStorage interface, open_storage(url)), storage_sqlite and
storage_pg (the back-ends), projections (dashboard figures folded from events), enroll
(codes and tokens), app (the FastAPI ASGI app), upstream (forwarding to an upper hub),
bundles (USB import), cli (`tutor-hub`).
"""
