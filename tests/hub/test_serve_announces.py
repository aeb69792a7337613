"""`tutor-hub serve` announces itself on the network unless told not to."""

from __future__ import annotations

import pytest

from tests.hub.serving import HubProcess
from tests.hub.test_discovery import needs_multicast
from tutor.sync.discovery import discover_hubs


@pytest.mark.slow
@needs_multicast
def test_a_served_hub_is_found_on_the_network(tmp_path):
    hub = HubProcess(f"sqlite:///{tmp_path / 'hub.sqlite3'}", serve_args=["--upstream-interval", "0"])
    try:
        port = f":{hub.port}"
        found = discover_hubs(15.0, until=lambda hubs: any(port in h.url for h in hubs))
        assert any(port in h.url for h in found), hub.log
    finally:
        hub.stop()


@pytest.mark.slow
@needs_multicast
def test_no_announce_keeps_the_hub_off_the_network(tmp_path):
    hub = HubProcess(f"sqlite:///{tmp_path / 'hub.sqlite3'}",
                     serve_args=["--upstream-interval", "0", "--no-announce"])
    try:
        port = f":{hub.port}"
        found = discover_hubs(3.0, until=lambda hubs: any(port in h.url for h in hubs))
        assert not any(port in h.url for h in found)
    finally:
        hub.stop()
