"""Importing a USB bundle into the hub: verify against the enrolled key, store like a push."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tutor.hub.storage import HubStorage
from tutor.sync.bundle import BundleError, read_bundle
from tutor.sync.protocol import MAX_BATCH_EVENTS, WireEvent


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
    for run in _runs(bundle.events):
        # Events of one clock setting of the PC, with that setting's offset when the PC knew it.
        offset_s = bundle.clock_offsets.get(run[0].clock_epoch)
        for start in range(0, len(run), MAX_BATCH_EVENTS):
            acked = storage.store_bundle_events(bundle.device_id, run[start:start + MAX_BATCH_EVENTS], now, offset_s)
    return ImportResult(bundle.device_id, len(bundle.events), acked)


def _runs(events: Sequence[WireEvent]) -> list[list[WireEvent]]:
    """Consecutive events of one clock epoch."""
    runs: list[list[WireEvent]] = []
    for event in events:
        if runs and runs[-1][0].clock_epoch == event.clock_epoch:
            runs[-1].append(event)
        else:
            runs.append([event])
    return runs


__all__ = ["BundleError", "ImportResult", "import_bundle"]
