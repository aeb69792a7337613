"""The hub tells the classroom network it is here (mDNS / DNS-SD), for tutor.sync.discovery.

``with announce_hub(port, name):`` registers ``_tutorhub._tcp.local.`` on this machine's
IPv4 addresses for as long as the hub serves, and says goodbye on the way out so PCs drop
it from their lists at once. Announcing is a convenience: when the network refuses
multicast the hub still serves (PCs type the address) and the failure is only logged.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from tutor.sync.discovery import SERVICE_TYPE, TXT_NAME, TXT_PATH, TXT_PROTOCOL
from tutor.sync.protocol import PROTOCOL_VERSION

log = logging.getLogger(__name__)

# DNS labels are at most 63 bytes; a TXT string (key=value) at most 255.
_MAX_LABEL_BYTES = 63
_MAX_TXT_NAME_BYTES = 200
_WILDCARD_HOSTS = {"", "0.0.0.0", "::", "*"}


@dataclass(frozen=True)
class Announcement:
    """What was announced; ``active`` is False when the network refused (the hub serves anyway)."""

    active: bool
    service_name: str = ""
    addresses: list[str] = field(default_factory=list)
    port: int = 0
    error: str = ""


def _truncate_utf8(text: str, max_bytes: int) -> str:
    data = text.encode("utf-8")[:max_bytes]
    return data.decode("utf-8", errors="ignore")  # drops a character cut in half


def instance_label(name: str) -> str:
    """The service instance label: the hub name, NFC, one line, no dots, at most 63 bytes."""
    clean = " ".join(unicodedata.normalize("NFC", name).replace(".", " ").split()) or "tutor-hub"
    return _truncate_utf8(clean, _MAX_LABEL_BYTES).strip() or "tutor-hub"


def _host_slug(max_len: int) -> str:
    """This machine's name as DNS letters, digits and dashes."""
    return re.sub(r"[^a-z0-9-]+", "-", socket.gethostname().lower()).strip("-")[:max_len] or "hub"


def _host_label(port: int) -> str:
    """A host name for the A records, unique per machine and port (two hubs on one machine differ)."""
    return f"{_host_slug(40)}-tutorhub-{port}.local."


def default_hub_name() -> str:
    """What a teacher sees in the PCs' list when the hub was given no name: the machine's name."""
    host = socket.gethostname().split(".")[0].strip()
    return f"Máy chủ lớp học {host}" if host else "Máy chủ lớp học"


def announce_addresses(bind_host: str = "0.0.0.0", include_loopback: bool = False) -> list[str]:
    """The IPv4 addresses PCs can reach the hub on.

    A hub bound to one address announces only that one. Otherwise every non-loopback
    IPv4 address of the machine (link-local 169.254.x.x included: a classroom switch
    without a router gives those); loopback only when asked or when there is nothing
    else (then only PCs on this same machine can use it, which is still correct).
    """
    if bind_host not in _WILDCARD_HOSTS:
        try:
            return [str(ipaddress.IPv4Address(bind_host))]
        except ValueError:
            return []  # a host name or IPv6 bind: not announced rather than announced wrongly
    found: list[str] = []
    try:
        import ifaddr

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str) and not ipaddress.IPv4Address(ip.ip).is_loopback and ip.ip not in found:
                    found.append(ip.ip)
    except Exception as exc:  # noqa: BLE001 - an unlistable adapter means "announce less", not fail
        log.info("cannot list network adapters: %s", exc)
    if include_loopback or not found:
        found.append("127.0.0.1")
    return found


def service_label(name: str, port: int) -> str:
    """The DNS-SD instance label: the hub's name tagged with this machine and port.

    PCs show the TXT name, never this label, so the tag costs nothing and keeps two hubs
    that share a name ("Lớp học" on two teachers' laptops) apart. zeroconf's own
    allow_name_change cannot be relied on for that: it looks only in its cache, which is
    empty in a hub that has just started, so both would claim the same name.
    """
    tag = f" [{_host_slug(20)}:{port}]"
    room = _MAX_LABEL_BYTES - len(tag.encode("utf-8"))
    return _truncate_utf8(instance_label(name), room).rstrip() + tag


@contextmanager
def announce_hub(port: int, name: str, *, bind_host: str = "0.0.0.0", include_loopback: bool = False,
                 path: str = "/", addresses: Sequence[str] | None = None) -> Iterator[Announcement]:
    """Announce the hub on the local network while the ``with`` block runs.

    ``addresses`` overrides the automatic choice (tests pass ["127.0.0.1"]). Two hubs with
    the same name get different service names (see service_label) and are both listed.
    """
    try:
        from zeroconf import IPVersion, ServiceInfo, Zeroconf
    except ImportError as exc:
        log.warning("not announcing the hub: %s", exc)
        yield Announcement(active=False, port=port, error=str(exc))
        return
    chosen = list(addresses) if addresses is not None else announce_addresses(bind_host, include_loopback)
    if not chosen:
        yield Announcement(active=False, port=port, error=f"no IPv4 address to announce for {bind_host!r}")
        return
    display_name = _truncate_utf8(" ".join(unicodedata.normalize("NFC", name).split()), _MAX_TXT_NAME_BYTES)
    zc = None
    try:
        zc = Zeroconf(ip_version=IPVersion.V4Only)
        info = ServiceInfo(
            SERVICE_TYPE, f"{service_label(name, port)}.{SERVICE_TYPE}", port=port,
            properties={TXT_PROTOCOL: str(PROTOCOL_VERSION), TXT_NAME: display_name, TXT_PATH: path},
            server=_host_label(port), addresses=[socket.inet_aton(a) for a in chosen],
        )
        zc.register_service(info, allow_name_change=True)
    except Exception as exc:  # noqa: BLE001 - no multicast here: serve without announcing
        log.warning("not announcing the hub on the network (%s: %s); PCs can still type its address",
                    type(exc).__name__, exc)
        if zc is not None:
            zc.close()
        yield Announcement(active=False, port=port, addresses=chosen, error=f"{type(exc).__name__}: {exc}")
        return
    log.info("announcing tutor-hub %r on %s port %d", info.name, ", ".join(chosen), port)
    try:
        yield Announcement(active=True, service_name=info.name, addresses=chosen, port=port)
    finally:
        try:
            zc.unregister_service(info)  # the goodbye packet: PCs drop the hub from their lists
        except Exception as exc:  # noqa: BLE001 - shutting down: log, never mask the real exit
            log.info("hub announcement goodbye failed: %s", exc)
        finally:
            zc.close()


__all__ = ["Announcement", "announce_addresses", "announce_hub", "default_hub_name", "instance_label", "service_label"]
