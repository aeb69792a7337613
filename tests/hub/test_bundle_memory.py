"""A gzip bomb uploaded as a USB bundle keeps the hub's memory bounded (issue 13 item 11).

The import runs in a child process so its peak resident memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

CHILD = r"""
import resource, sys
from datetime import UTC, datetime
from tutor.hub.bundles import BundleError, import_bundle
from tutor.hub.open_storage import open_storage

storage = open_storage(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    import_bundle(storage, sys.argv[1], datetime(2026, 12, 1, tzinfo=UTC))
    outcome = "imported"
except BundleError as exc:
    outcome = type(exc).__name__ + ": " + exc.log_message
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(outcome)
print((after - before) // 1024)
"""


def _bomb(path: Path, inflated_mb: int) -> None:
    """A bundle-shaped gzip whose body string inflates to ``inflated_mb`` MB (about 1/1000 on disk)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"a" * (16 * 1024 * 1024)
    with open(path, "wb") as out:
        out.write(packer.compress(b'{"format": "tutor-sync-bundle-1", "body": "'))
        for _ in range(inflated_mb // 16):
            out.write(packer.compress(block))
        out.write(packer.compress(b'", "signature": ""}'))
        out.write(packer.flush())


@pytest.mark.slow
def test_a_gzip_bomb_upload_keeps_memory_bounded(tmp_path):
    bomb = tmp_path / "bomb.tutorsync"
    _bomb(bomb, 768)
    assert bomb.stat().st_size < 2 * 1024 * 1024  # under 2 MB on disk, 768 MB inflated
    run = subprocess.run([sys.executable, "-c", CHILD, str(bomb), f"sqlite:///{tmp_path / 'hub.sqlite3'}"],
                         capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stderr
    outcome, grew_mb = run.stdout.split("\n")[:2]
    assert outcome.startswith("BundleTooLarge"), outcome
    assert int(grew_mb) < 64, f"importing the bomb grew the hub by {grew_mb} MB"


def test_a_bundle_at_the_limit_is_refused_without_holding_it(tmp_path, monkeypatch):
    """The limit is what a real bundle needs, not 1 GiB; checked while inflating."""
    from tutor.hub import bundles

    assert bundles.MAX_INFLATED_BUNDLE_BYTES <= 128 * 1024 * 1024
    monkeypatch.setattr(bundles, "_CHUNK", 4096)
    bomb = tmp_path / "small-bomb.tutorsync"
    _bomb(bomb, 32)
    with pytest.raises(bundles.BundleTooLarge):
        bundles.open_bundle(bomb, lambda device: None, max_inflated=1024 * 1024)


def test_events_are_parsed_one_at_a_time(tmp_path):
    """The body's events come from an incremental parser, not a list built whole."""
    from tutor.hub.bundles import VerifiedBundle

    body = json.dumps({"device_id": "d", "events": [[1, 0, "e1", None, "k", 1, "2026-01-01T00:00:00Z", 0, {}],
                                                     "not an event"]}).encode()
    events = VerifiedBundle("d", "", "", {}, body).events()
    assert next(events).event_id == "e1"   # the first event arrives before the bad one is read
    from tutor.sync.bundle import BundleError

    with pytest.raises(BundleError):
        next(events)


def test_a_deeply_nested_bundle_is_refused_before_any_prefix_parse(tmp_path):
    """ijson's prefix paths cost memory ~ depth squared: 100,000 levels would take gigabytes."""
    import gzip

    from tutor.hub import bundles

    deep = tmp_path / "deep.tutorsync"
    deep.write_bytes(gzip.compress(b'{"format": "tutor-sync-bundle-1", "junk": ' + b"[" * 100_000 + b"]" * 100_000
                                   + b', "body": "{}", "signature": ""}'))
    with pytest.raises(bundles.BundleError, match="deeper"):
        bundles.open_bundle(deep, lambda device: "key")
