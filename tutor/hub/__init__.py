"""tutor-hub: the sync server a teacher laptop or a commune PC runs.

Modules: storage (HubStorage interface and the SQLite default), enroll (codes and
tokens), app (the FastAPI ASGI app), bundles (USB import), cli (`tutor-hub`).
"""
