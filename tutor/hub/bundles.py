"""Importing a USB bundle into the hub: verify against the enrolled key, store like a push."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from tutor.hub.storage import HubError, HubStorage, parse_time
from tutor.hub.trust import checked_manifests, implausible_time
from tutor.sync.bundle import MANIFEST_EVENTS, BundleError, read_bundle
from tutor.sync.protocol import CLOCK_FLAG_SECONDS, MAX_BATCH_EVENTS, WireError, WireEvent


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
    device = storage.device(bundle.device_id)
    # The device's manifests are kept, so this hub can forward the events upstream.
    for index, signature in enumerate(bundle.manifest_signatures):
        chunk = bundle.events[index * MANIFEST_EVENTS:(index + 1) * MANIFEST_EVENTS]
        try:
            kept, links = checked_manifests(bundle.device_id, device.public_key if device else None, chunk,
                                            [{"signature": signature}])
        except (HubError, WireError):
            continue  # the bundle itself verified; only forwarding these events upstream is lost
        storage.keep_manifests(bundle.device_id, kept, links)
    acked = storage.acked_through(bundle.device_id)
    flags: list[str] = []
    for run in _runs(bundle.events):
        # Events of one clock setting of the PC, with that setting's offset when the PC knew it,
        # else the one this hub measured for that setting at a hello.
        offset_s = bundle.clock_offsets.get(run[0].clock_epoch)
        if offset_s is None:
            offset_s = storage.epoch_offset(bundle.device_id, run[0].clock_epoch)
        for start in range(0, len(run), MAX_BATCH_EVENTS):
            acked = storage.store_bundle_events(bundle.device_id, run[start:start + MAX_BATCH_EVENTS], now, offset_s)
        why = implausible_time(run, device.clock_offset_s if offset_s is None and device else offset_s or 0.0, now)
        if why:
            flags.append(why)
    # A PC that never met a hub has no measured offset: a clock years fast shows here, flagged.
    made = _bundle_time(bundle.created_at)
    if made is not None and made > now + timedelta(seconds=CLOCK_FLAG_SECONDS):
        flags.insert(0, f"bundle written at {bundle.created_at} by the PC's clock, after the hub's {now.isoformat()}")
    if flags:
        storage.flag_time(bundle.device_id, "USB bundle: " + flags[0], now)
    return ImportResult(bundle.device_id, len(bundle.events), acked)


def _bundle_time(text: str) -> datetime | None:
    try:
        return parse_time(text)
    except WireError:
        return None


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
