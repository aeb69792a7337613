"""A commune hub fetches the catalogue items its upper hub offers it, with the PC's protocol.

The lower hub is enrolled at the upper hub like a PC (`tutor-hub upstream enroll`), so the
upper hub offers it what that site wants there. Each missing item is downloaded by the PC
downloader (tutor.sync.downloads: one .part file resumed by Range, SHA-256 from the signed
listing) into incoming/, then checked again by the store (a pack's signature, a model's
header) and renamed into blobs/ (one copy). Items from upstream are then wanted for every
site of this hub, so one upload at the province reaches every village PC that syncs.
"""

from __future__ import annotations

import logging
from typing import Any

from tutor.cancel import CancelToken, Progress, no_progress
from tutor.hub.catalogue.items import CatalogueItem, CatalogueRefused
from tutor.hub.catalogue.store import ALL_SITES, CatalogueStore
from tutor.hub.storage import HubStorage
from tutor.hub.upstream import upstream_link
from tutor.sync.downloads import DownloadReport, Downloader, HttpCatalogueSource

log = logging.getLogger(__name__)


class _Missing:
    """The upper hub's offers this hub does not hold yet (the rest needs no download)."""

    def __init__(self, source: HttpCatalogueSource, store: CatalogueStore):
        self._source, self._store = source, store
        self.offered: list[dict[str, Any]] = []

    def listing(self) -> list[dict[str, Any]]:
        self.offered = self._source.listing()
        held = {i.sha256 for i in self._store.items()}
        return [o for o in self.offered if o.get("sha256") not in held]

    def open_blob(self, url: str, offset: int):
        return self._source.open_blob(url, offset)

    def close(self) -> None:
        self._source.close()


def fetch_from_upstream(storage: HubStorage, store: CatalogueStore, cancel: CancelToken | None = None,
                        progress: Progress = no_progress) -> DownloadReport:
    link = upstream_link(storage)
    if link is None:
        return DownloadReport()
    source = _Missing(HttpCatalogueSource(link.url, link.token, link.hub_key), store)

    def adopt(offer: dict[str, Any], path) -> None:
        try:
            store.adopt(path, offer["sha256"], offer["kind"], expected_sha256=offer["sha256"], origin="upstream",
                        original_name=offer["name"], announced=CatalogueItem.from_json(offer))
        except CatalogueRefused as exc:
            path.unlink(missing_ok=True)
            log.warning("item %s from upstream refused: %s", offer.get("name"), exc.log_message)

    try:
        report = Downloader(store.root, source, target_for=lambda offer: store.incoming / offer["sha256"],
                            on_installed=adopt, free_ram=lambda: 2**62, cpu_flags=lambda: None,
                            status_dir=store.root / "upstream").run(cancel, progress)
        held = {i.sha256 for i in store.items()}
        arrived = [o["sha256"] for o in source.offered if o.get("sha256") in held]
        if arrived:
            store.want(ALL_SITES, arrived)
        return report
    finally:
        source.close()
