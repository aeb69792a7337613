"""Finding a tutor-hub on the classroom network (mDNS / DNS-SD), so nobody types an address.

A hub announces the service type ``_tutorhub._tcp.local.`` (tutor.hub.announce) with TXT
records: ``protocol`` (the sync protocol version it speaks), ``name`` (what a teacher
reads in the list) and ``path`` (the API root, "/" unless behind a proxy). This module is
the PC side: :func:`discover_hubs` listens for a while and returns what answered.

Core code: no Qt. It never raises for lack of a network (a PC with no adapter, a
firewall that refuses multicast): it returns an empty list and logs why, because a typed
address always works too.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from tutor.cancel import CancelToken

log = logging.getLogger(__name__)

SERVICE_TYPE = "_tutorhub._tcp.local."
TXT_PROTOCOL = "protocol"
TXT_NAME = "name"
TXT_PATH = "path"

# How long one resolve request may block before the loop looks at the cancel token again.
_RESOLVE_SLICE_S = 0.25
# How often the waiting loop wakes to look at the cancel token when nothing arrives.
_CANCEL_POLL_S = 0.05


@dataclass(frozen=True)
class DiscoveredHub:
    name: str             # the hub's own name, for a person to pick from a list
    url: str              # base URL for HttpTransport, e.g. "http://192.168.1.10:8765"
    protocol_version: int  # the sync protocol the hub speaks (the app may be too old for it)


def _text(value: bytes | None) -> str:
    if not value:
        return ""
    return unicodedata.normalize("NFC", value.decode("utf-8", errors="replace")).strip()


def _api_path(raw: str) -> str:
    """The TXT path as a URL suffix: "" for the root; anything odd falls back to the root."""
    if not raw.startswith("/") or len(raw) > 200 or any(ch.isspace() or ch in "?#\\" for ch in raw):
        return ""
    return raw.rstrip("/")


def _address_rank(address: str, local_networks: Iterable[ipaddress.IPv4Network]) -> int:
    """Lower is better: an address on one of this PC's own networks is the one it can reach."""
    ip = ipaddress.IPv4Address(address)
    if ip.is_loopback:
        return 3
    if any(ip in network for network in local_networks):
        return 0
    if ip.is_link_local:  # 169.254.x.x: a classroom switch without a router still gives these
        return 2
    return 1


def local_ipv4_networks() -> list[ipaddress.IPv4Network]:
    """This machine's IPv4 networks other than loopback; [] when they cannot be listed."""
    try:
        import ifaddr

        networks = []
        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str) and not ip.ip.startswith("127."):
                    networks.append(ipaddress.IPv4Network(f"{ip.ip}/{ip.network_prefix}", strict=False))
        return networks
    except Exception as exc:  # noqa: BLE001 - listing adapters is a nicety, never a failure
        log.info("cannot list network adapters: %s", exc)
        return []


def hub_from_service(
    service_name: str, addresses: Iterable[str], port: int | None, properties: dict[Any, Any],
    local_networks: Iterable[ipaddress.IPv4Network] = (),
) -> DiscoveredHub | None:
    """Map one resolved DNS-SD service to a hub, or None when it is not a usable tutor-hub."""
    props = {(k.decode("utf-8", "replace") if isinstance(k, bytes) else str(k)): v for k, v in properties.items()}
    version_text = _text(props.get(TXT_PROTOCOL))
    if not version_text.isdigit() or not port or not 0 < port < 65536:
        return None
    usable = []
    for address in addresses:
        try:
            if isinstance(ipaddress.ip_address(address), ipaddress.IPv4Address):
                usable.append(address)
        except ValueError:
            continue
    if not usable:
        return None
    networks = list(local_networks)
    best = min(usable, key=lambda a: (_address_rank(a, networks), usable.index(a)))
    name = _text(props.get(TXT_NAME)) or service_name.removesuffix("." + SERVICE_TYPE)
    return DiscoveredHub(name=name[:200], url=f"http://{best}:{port}{_api_path(_text(props.get(TXT_PATH)))}",
                         protocol_version=int(version_text))


def hub_from_service_info(info: Any, local_networks: Iterable[ipaddress.IPv4Network] = ()) -> DiscoveredHub | None:
    """The same, from a zeroconf ServiceInfo."""
    return hub_from_service(info.name, info.parsed_addresses(), info.port, info.properties or {}, local_networks)


def _dedup(hubs: Iterable[DiscoveredHub]) -> list[DiscoveredHub]:
    """One entry per URL: a hub heard on two adapters, or renamed mid-listen, shows once."""
    by_url: dict[str, DiscoveredHub] = {}
    for hub in hubs:
        by_url.setdefault(hub.url, hub)
    return sorted(by_url.values(), key=lambda h: (h.name.casefold(), h.url))


def discover_hubs(
    timeout_s: float,
    cancel: CancelToken | None = None,
    *,
    until: Callable[[list[DiscoveredHub]], bool] | None = None,
) -> list[DiscoveredHub]:
    """Listen for hubs for up to ``timeout_s`` seconds; returns them deduplicated, sorted by name.

    Returns early when ``cancel`` is cancelled (with what was found so far) or when
    ``until(found)`` is true (e.g. ``until=bool`` to stop at the first hub). Blocking:
    run it off the UI thread. Never raises for network trouble: it returns [].
    """
    try:
        from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf
    except ImportError as exc:
        log.warning("hub discovery unavailable: %s", exc)
        return []
    deadline = time.monotonic() + max(0.0, timeout_s)
    try:
        zc = Zeroconf(ip_version=IPVersion.V4Only)
    except Exception as exc:  # noqa: BLE001 - no adapter, no multicast, a refused socket: no hubs
        log.info("hub discovery: no multicast network (%s: %s)", type(exc).__name__, exc)
        return []

    heard = threading.Event()
    lock = threading.Lock()
    pending: set[str] = set()
    gone: set[str] = set()

    def on_change(zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        # Called on zeroconf's thread: note the name only; resolving happens in the loop below.
        with lock:
            if state_change is ServiceStateChange.Removed:
                gone.add(name)
                pending.discard(name)
            else:
                gone.discard(name)
                pending.add(name)
        heard.set()

    found: dict[str, DiscoveredHub] = {}
    networks = local_ipv4_networks()
    browser = None
    try:
        browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[on_change])
        while True:
            if cancel is not None and cancel.cancelled:
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            with lock:
                names = sorted(pending)
                for name in gone:
                    found.pop(name, None)
                gone.clear()
            if until is not None and until(_dedup(found.values())):
                break
            if not names:
                heard.wait(min(remaining, _CANCEL_POLL_S))
                heard.clear()
                continue
            for name in names:
                if cancel is not None and cancel.cancelled:
                    break
                info = ServiceInfo(SERVICE_TYPE, name)
                slice_ms = max(1.0, min(deadline - time.monotonic(), _RESOLVE_SLICE_S) * 1000)
                if info.load_from_cache(zc) or info.request(zc, slice_ms):
                    with lock:
                        pending.discard(name)
                    hub = hub_from_service_info(info, networks)
                    if hub is not None:
                        found[name] = hub
    except Exception as exc:  # noqa: BLE001 - a network that vanishes mid-listen ends the listen
        log.info("hub discovery stopped early (%s: %s)", type(exc).__name__, exc)
    finally:
        # Closing must not raise either: the answer so far is still good.
        if browser is not None:
            try:
                browser.cancel()
            except Exception as exc:  # noqa: BLE001
                log.debug("hub discovery: browser cancel failed: %s", exc)
        try:
            zc.close()
        except Exception as exc:  # noqa: BLE001
            log.debug("hub discovery: zeroconf close failed: %s", exc)
    return _dedup(found.values())


__all__ = ["SERVICE_TYPE", "DiscoveredHub", "discover_hubs", "hub_from_service", "hub_from_service_info",
           "local_ipv4_networks"]
