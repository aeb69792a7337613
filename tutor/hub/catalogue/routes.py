"""The catalogue's HTTP doors on the hub.

GET /v1/catalogue            the caller's site's desired items (signed like every /v1 answer)
GET /catalogue/blobs/SHA256  an item's bytes, with Range (206) so a cut download resumes

Both need a device token (a PC of the site, or a lower hub enrolled at it). Blobs sit
outside /v1/ on purpose: the answer-signing middleware holds a whole answer to sign it, and
a 1 GB model must stream from disk in chunks (memory stays flat); its integrity comes from
the SHA-256 in the signed listing, which the downloader checks before anything uses the file.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from tutor.clock import Clock
from tutor.hub.catalogue.items import SHA256_RE
from tutor.hub.catalogue.store import CatalogueStore
from tutor.hub.catalogue.throttle import TokenBucket, bucket_for_kbps
from tutor.hub.device_auth import device_auth
from tutor.hub.storage import Auth, HubError, HubStorage

log = logging.getLogger(__name__)

CHUNK = 256 * 1024
BLOB_PATH = "/catalogue/blobs/{sha256}"
_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


class CatalogueServing:
    """What create_app needs to serve the catalogue: the store and the hub-wide bandwidth limit."""

    def __init__(self, store: CatalogueStore, max_download_kbps: float | None = None):
        self.store = store
        self.bucket: TokenBucket | None = bucket_for_kbps(max_download_kbps, CHUNK)


def _byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(first, last) inclusive for a single "bytes=a-b" / "bytes=a-" range; None: the whole file."""
    if not header:
        return None
    match = _RANGE.fullmatch(header.strip())
    if match is None:
        return None  # suffix ranges or several ranges: RFC 9110 lets a server send the whole file
    first = int(match.group(1))
    last = int(match.group(2)) if match.group(2) else size - 1
    if first >= size or last < first:
        raise HubError(416, "range_not_satisfiable", f"range {header!r} outside 0..{size - 1}")
    return first, min(last, size - 1)


async def _stream(path: Path, first: int, length: int, bucket: TokenBucket | None) -> AsyncIterator[bytes]:
    handle = await anyio.to_thread.run_sync(open, path, "rb")
    try:
        await anyio.to_thread.run_sync(handle.seek, first)
        left = length
        while left > 0:
            block = await anyio.to_thread.run_sync(handle.read, min(CHUNK, left))
            if not block:
                break  # the blob shrank under us: the client sees a short body and resumes later
            if bucket is not None:
                await bucket.take(len(block))
            left -= len(block)
            yield block
    finally:
        handle.close()  # not awaited: a PC hanging up cancels this generator, and the file must still close


def register_catalogue(app: FastAPI, storage: HubStorage, serving: CatalogueServing, clock: Clock) -> None:
    from tutor.hub.catalogue.upload import register_upload

    store = serving.store
    register_upload(app, storage, store, clock)

    async def authenticate(request: Request) -> Auth:
        return await device_auth(storage, request)

    @app.get("/v1/catalogue")
    async def listing(request: Request) -> dict[str, Any]:
        auth = await authenticate(request)
        items = await run_in_threadpool(store.desired_for, auth.site_id)
        return {"items": [{**i.to_json(), "url": BLOB_PATH.format(sha256=i.sha256)} for i in items]}

    @app.get(BLOB_PATH)
    async def blob(request: Request, sha256: str) -> Response:
        auth = await authenticate(request)
        if not SHA256_RE.fullmatch(sha256):
            raise HubError(404, "unknown_item", "no such catalogue item")
        offered = await run_in_threadpool(store.desired_for, auth.site_id)
        path = store.blob_path(sha256)
        # Only what the caller's site is offered: another site's items are simply unknown here.
        if sha256 not in {i.sha256 for i in offered} or not path.exists():
            raise HubError(404, "unknown_item", "no such catalogue item for this site")
        size = path.stat().st_size
        wanted = _byte_range(request.headers.get("range"), size)
        first, last = wanted if wanted is not None else (0, size - 1)
        headers = {"Accept-Ranges": "bytes", "Content-Length": str(max(0, last - first + 1)),
                   "ETag": f'"{sha256}"', "Content-Type": "application/octet-stream"}
        if wanted is not None:
            headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        return StreamingResponse(_stream(path, first, last - first + 1, serving.bucket),
                                 status_code=206 if wanted is not None else 200, headers=headers)
