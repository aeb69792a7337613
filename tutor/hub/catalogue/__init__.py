"""The hub's catalogue: content packs, GGUF models and voice packs it serves to PCs and lower hubs.

Kept apart from the hub's SQL storage on purpose: blobs are files on the hub's disk
(<data dir>/catalogue/blobs/<sha256>) and the metadata is two small JSON files written
by one module (tutor.hub.catalogue.store), so no database migration is needed and a
district server with PostgreSQL keeps its large files beside it, not inside it.
"""
