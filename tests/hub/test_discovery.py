"""Classroom discovery: a hub announces itself over mDNS and a PC finds it without typing.

The round trips use real multicast on this machine. They are skipped only when a
zeroconf socket cannot even be opened here (multicast proven unavailable).
"""

from __future__ import annotations

import ipaddress
import shutil
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from tests.sync.conftest import hub, make_pc  # noqa: F401 - fixtures: a real hub over HTTP, tutor PCs
from tutor.cancel import CancelToken
from tutor.hub.announce import announce_addresses, announce_hub, instance_label, service_label
from tutor.sync import discovery
from tutor.sync.discovery import SERVICE_TYPE, DiscoveredHub, discover_hubs, hub_from_service
from tutor.sync.protocol import PROTOCOL_VERSION

ROOT = Path(__file__).resolve().parents[2]

# A safety net for a broken network stack, never a timing assertion: every wait below
# ends as soon as its condition holds.
PATIENCE_S = 20.0


def _multicast_unavailable() -> str | None:
    try:
        from zeroconf import IPVersion, Zeroconf

        Zeroconf(ip_version=IPVersion.V4Only).close()
    except Exception as exc:  # noqa: BLE001
        return f"cannot open an mDNS socket here: {type(exc).__name__}: {exc}"
    return None


_NO_MULTICAST = _multicast_unavailable()
needs_multicast = pytest.mark.skipif(_NO_MULTICAST is not None, reason=_NO_MULTICAST or "")


def _unique_name(label: str) -> str:
    # Other hubs may be announced on this machine by other test runs: ours must be told apart.
    return f"{label} {uuid.uuid4().hex[:6]}"


def _named(name: str):
    return lambda found: any(h.name == name for h in found)


# -- real round trips -----------------------------------------------------------------------
# Marked slow: zeroconf probes a service name (about 1-2 s) before it announces it.


@pytest.mark.slow
@needs_multicast
def test_a_pc_finds_the_announced_hub_and_enrolls_with_the_found_address(hub, make_pc):  # noqa: F811
    from tutor.sync.engine import enroll
    from tutor.sync.state import hub_link
    from tutor.sync.transport import HttpTransport

    port = int(hub.url.rsplit(":", 1)[1])
    name = _unique_name("Lớp cô Hoa – Xã Tân Cương")
    with announce_hub(port, name, addresses=["127.0.0.1"]) as announced:
        assert announced.active
        found = discover_hubs(PATIENCE_S, until=_named(name))
    ours = [h for h in found if h.name == name]
    assert ours == [DiscoveredHub(name=name, url=hub.url, protocol_version=PROTOCOL_VERSION)]

    pc = make_pc()
    transport = HttpTransport(ours[0].url)
    try:
        enroll(pc.conn, transport, ours[0].url, hub.new_site("Xã Tân Cương"), "PC 1",
               pc.ws.progress.public_key().public_key_b64)
    finally:
        transport.close()
    assert hub_link(pc.conn).hub_url == hub.url
    pc.add_events(3)
    assert pc.engine().sync_once().pushed == 3


@pytest.mark.slow
@needs_multicast
def test_the_hub_says_goodbye_when_it_stops():
    from zeroconf import IPVersion, ServiceBrowser, ServiceStateChange, Zeroconf

    hub_name = _unique_name("Máy chủ tạm")
    added, removed = threading.Event(), threading.Event()

    def on_change(zeroconf, service_type, name, state_change):  # zeroconf passes these by keyword
        if name.startswith(instance_label(hub_name)):
            (removed if state_change is ServiceStateChange.Removed else added).set()

    listener = Zeroconf(ip_version=IPVersion.V4Only)
    browser = ServiceBrowser(listener, SERVICE_TYPE, handlers=[on_change])
    try:
        with announce_hub(18765, hub_name, addresses=["127.0.0.1"]):
            assert added.wait(PATIENCE_S)
            assert not removed.is_set()
        assert removed.wait(PATIENCE_S)
    finally:
        browser.cancel()
        listener.close()


@pytest.mark.slow
@needs_multicast
def test_two_hubs_with_the_same_name_are_both_listed():
    name = _unique_name("Điểm trường")
    with announce_hub(18001, name, addresses=["127.0.0.1"]) as first, \
            announce_hub(18002, name, addresses=["127.0.0.1"]) as second:
        assert first.service_name != second.service_name  # the port tag keeps them apart
        found = discover_hubs(PATIENCE_S, until=lambda f: sum(h.name == name for h in f) == 2)
    assert sorted(h.url for h in found if h.name == name) == ["http://127.0.0.1:18001", "http://127.0.0.1:18002"]


@needs_multicast
def test_cancel_from_another_thread_ends_a_long_listen():
    token = CancelToken()
    started = threading.Event()
    result: list[list[DiscoveredHub]] = []

    def still_listening(found):
        started.set()      # the listen loop is running: now cancel it from here
        return False

    listening = threading.Thread(target=lambda: result.append(discover_hubs(600, token, until=still_listening)))
    listening.start()
    assert started.wait(PATIENCE_S)
    token.cancel()
    listening.join(PATIENCE_S)
    assert not listening.is_alive()
    assert isinstance(result[0], list)


def test_an_already_cancelled_listen_returns_nothing():
    token = CancelToken()
    token.cancel()
    assert discover_hubs(600, token) == []


# -- no network -----------------------------------------------------------------------------


def test_no_network_means_no_hubs_and_no_exception(monkeypatch):
    import zeroconf

    def no_multicast(*args, **kwargs):
        raise OSError(101, "Network is unreachable")

    monkeypatch.setattr(zeroconf, "Zeroconf", no_multicast)
    assert discover_hubs(600) == []
    with announce_hub(8765, "Lớp học", addresses=["127.0.0.1"]) as announced:
        assert not announced.active and "unreachable" in announced.error


def test_a_browser_that_cannot_start_means_no_hubs(monkeypatch):
    import zeroconf

    class BrokenBrowser:
        def __init__(self, *args, **kwargs):
            raise OSError(19, "No such device")

    monkeypatch.setattr(zeroconf, "ServiceBrowser", BrokenBrowser)
    assert discover_hubs(600) == []


def _run_without_network(code: str) -> subprocess.CompletedProcess | None:
    """Run ``code`` in a fresh network namespace (no adapters at all), or None where that is not allowed."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        return None
    return subprocess.run([unshare, "-n", sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, check=False)


def test_a_machine_without_any_network_finds_nothing_and_still_serves():
    done = _run_without_network(
        "from tutor.sync.discovery import discover_hubs\n"
        "from tutor.hub.announce import announce_hub\n"
        "print('found', discover_hubs(600))\n"
        "with announce_hub(8765, 'Lớp học') as a:\n"
        "    print('announced', a.active)\n")
    if done is None:
        pytest.skip("cannot make a network namespace here (unshare -n refused)")
    assert done.returncode == 0, done.stderr
    assert "found []" in done.stdout and "announced False" in done.stdout


# -- service record <-> DiscoveredHub -------------------------------------------------------


def _props(extra: dict[bytes, bytes] | None = None) -> dict[bytes, bytes]:
    return {b"protocol": b"1", b"name": "Lớp cô Hoa".encode(), b"path": b"/", **(extra or {})}


def test_service_maps_to_a_hub_with_a_usable_url():
    hub_ = hub_from_service(f"Lớp cô Hoa.{SERVICE_TYPE}", ["192.168.1.10"], 8765, _props())
    assert hub_ == DiscoveredHub("Lớp cô Hoa", "http://192.168.1.10:8765", 1)


def test_the_address_on_the_pcs_own_network_is_preferred():
    local = [ipaddress.IPv4Network("10.0.5.0/24")]
    addresses = ["127.0.0.1", "169.254.3.4", "192.168.1.10", "10.0.5.7"]
    assert hub_from_service("x", addresses, 8765, _props(), local).url == "http://10.0.5.7:8765"
    # Not on our network: a routable address beats link-local, which beats loopback.
    assert hub_from_service("x", addresses, 8765, _props()).url == "http://192.168.1.10:8765"
    assert hub_from_service("x", ["127.0.0.1", "169.254.3.4"], 8765, _props()).url == "http://169.254.3.4:8765"
    assert hub_from_service("x", ["127.0.0.1"], 8765, _props()).url == "http://127.0.0.1:8765"


def test_path_and_name_fall_back_sensibly():
    assert hub_from_service("x", ["10.0.0.2"], 80, _props({b"path": b"/hub/"})).url == "http://10.0.0.2:80/hub"
    assert hub_from_service("x", ["10.0.0.2"], 80, _props({b"path": b"/a b?c"})).url == "http://10.0.0.2:80"
    nameless = {b"protocol": b"2"}
    found = hub_from_service(f"Trường Tiểu học.{SERVICE_TYPE}", ["10.0.0.2"], 80, nameless)
    assert (found.name, found.protocol_version) == ("Trường Tiểu học", 2)


@pytest.mark.parametrize("addresses, port, props", [
    (["10.0.0.2"], 8765, {b"name": b"no version"}),
    (["10.0.0.2"], 8765, {b"protocol": b"one"}),
    (["10.0.0.2"], 0, {b"protocol": b"1"}),
    (["fe80::1", "not an address"], 8765, {b"protocol": b"1"}),
    ([], 8765, {b"protocol": b"1"}),
])
def test_services_that_are_not_usable_hubs_are_ignored(addresses, port, props):
    assert hub_from_service("x", addresses, port, props) is None


def test_the_same_hub_heard_twice_is_listed_once():
    a = DiscoveredHub("B lớp", "http://10.0.0.2:8765", 1)
    renamed = DiscoveredHub("B lớp (2)", "http://10.0.0.2:8765", 1)
    other = DiscoveredHub("a lớp", "http://10.0.0.3:8765", 1)
    assert discovery._dedup([a, renamed, other, a]) == [other, a]


# -- what the hub announces -----------------------------------------------------------------


def test_instance_label_fits_a_dns_label_and_keeps_whole_characters():
    label = instance_label("Trung tâm học tập cộng đồng xã Tân Cương. Thành phố Thái Nguyên")
    assert "." not in label
    assert len(label.encode("utf-8")) <= 63
    assert label.startswith("Trung tâm học tập cộng đồng")
    assert label.encode("utf-8").decode("utf-8") == label
    assert instance_label("   ") == "tutor-hub"


def test_hubs_sharing_a_name_get_different_service_labels_within_a_dns_label():
    long_name = "Trung tâm học tập cộng đồng xã Tân Cương, Thành phố Thái Nguyên, tỉnh Thái Nguyên"
    first, second = service_label(long_name, 8765), service_label(long_name, 8766)
    assert first != second
    assert all(len(label.encode("utf-8")) <= 63 and "." not in label for label in (first, second))
    assert first.startswith("Trung tâm học tập") and first.endswith(":8765]")
    assert service_label("Lớp học", 8765).startswith("Lớp học [")


def test_announced_addresses_follow_the_bind_host():
    assert announce_addresses("127.0.0.1") == ["127.0.0.1"]
    assert announce_addresses("192.168.1.10") == ["192.168.1.10"]
    assert announce_addresses("hub.example") == []
    everywhere = announce_addresses("0.0.0.0")
    assert everywhere and all(ipaddress.IPv4Address(a) for a in everywhere)
    non_loopback = [a for a in everywhere if not a.startswith("127.")]
    assert non_loopback == everywhere or everywhere == ["127.0.0.1"]
    assert "127.0.0.1" in announce_addresses("0.0.0.0", include_loopback=True)
