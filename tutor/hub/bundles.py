"""Importing a USB bundle into the hub: verify against the enrolled key, store like a push."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tutor.hub.storage import HubStorage
from tutor.sync.bundle import BundleError, read_bundle
from tutor.sync.protocol import MAX_BATCH_EVENTS


@dataclass(frozen=True)
class ImportResult:
    device_id: str
    events_in_bundle: int
    acked_through: int


def import_bundle(storage: HubStorage, path: Path | str, now: datetime) -> ImportResult:
    """Refuses (BundleError) a tampered or foreign bundle; importing twice changes nothing."""

    def public_key_for(device_id: str) -> str | None:
        info = storage.device(device_id)
        return info.public_key if info and not info.revoked else None

    bundle = read_bundle(path, public_key_for)
    acked = storage.acked_through(bundle.device_id)
    for start in range(0, len(bundle.events), MAX_BATCH_EVENTS):
        acked = storage.store_bundle_events(bundle.device_id, bundle.events[start:start + MAX_BATCH_EVENTS], now)
    return ImportResult(bundle.device_id, len(bundle.events), acked)


__all__ = ["BundleError", "ImportResult", "import_bundle"]
