"""Catalogue items a volunteer carries on a USB stick to PCs that never meet a network.

The hub writes ``tutor-catalogue/<site id>/`` on the stick (`tutor-hub catalogue export`):
``listing.json`` (what the site's PCs should hold, signed by the hub key) and each item's
bytes named by its SHA-256. On the PC, the listing must be signed by the hub this PC
enrolled with (its pinned key) and be for this PC's site; then the same Downloader as over
the network copies what is missing: RAM/CPU/disk checks, one ``.part`` file (a stick pulled
out half way goes on from there next time), SHA-256 and pack signature, rename into place.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tutor.errors import TutorError
from tutor.sync.signing import body_message, verify
from tutor.sync.transport import SyncUnavailable

CARRIED_CONTEXT = b"tutor-catalogue-carried-1\n"
FOLDER = "tutor-catalogue"
LISTING = "listing.json"
CHUNK = 1 << 20


class CarriedRefused(TutorError):
    def __init__(self, log_message: str, code: str):
        super().__init__(log_message, code=code)


def carried_dir(stick: Path | str, site_id: str) -> Path:
    return Path(stick) / FOLDER / site_id


class FolderSource:
    """A CatalogueSource over a folder on a USB stick, after its listing's signature is checked."""

    def __init__(self, stick: Path | str, site_id: str, hub_key: str | None):
        self.folder = carried_dir(stick, site_id)
        try:
            data = json.loads((self.folder / LISTING).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CarriedRefused(f"{self.folder}: no readable {LISTING}: {exc}",
                                 "carried.no_listing") from None
        if not isinstance(data, dict) or not hub_key or not verify(
                hub_key, body_message(CARRIED_CONTEXT, data), data.get("signature")):
            raise CarriedRefused(f"{self.folder}: listing not signed by this PC's hub",
                                 "carried.foreign_hub")
        if data.get("site_id") != site_id:
            raise CarriedRefused(f"{self.folder}: listing for site {data.get('site_id')!r}",
                                 "carried.other_site")
        items = data.get("items")
        self._items = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []

    def listing(self) -> list[dict[str, Any]]:
        # The url is the blob's name in this folder (a SHA-256: nothing to climb out with).
        return [{**i, "url": "/" + str(i.get("sha256", ""))} for i in self._items]

    @contextmanager
    def open_blob(self, url: str, offset: int) -> Iterator[tuple[int, Iterator[bytes]]]:
        path = self.folder / url.lstrip("/")
        try:
            handle = open(path, "rb")
        except OSError as exc:
            raise SyncUnavailable(f"{path}: {exc}") from exc
        with handle:
            handle.seek(offset)

            def chunks() -> Iterator[bytes]:
                while block := handle.read(CHUNK):
                    yield block

            yield offset, chunks()

    def close(self) -> None:
        pass
