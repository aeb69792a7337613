"""Helpers that craft damaged or hostile pack files for the tests."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path


def entries(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def rezip(entries_: dict[str, bytes] | list[tuple[str, bytes]], out: Path) -> Path:
    """Write entries as a well-formed zip (valid CRCs), names taken literally."""
    items = entries_.items() if isinstance(entries_, dict) else entries_
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return out


def data_offset(raw: bytes, info: zipfile.ZipInfo) -> int:
    name_len, extra_len = struct.unpack_from("<HH", raw, info.header_offset + 26)
    return info.header_offset + 30 + name_len + extra_len


def flip_byte_in_member(pack: Path, name: str, out: Path) -> Path:
    raw = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as zf:
        info = zf.getinfo(name)
    at = data_offset(bytes(raw), info) + info.compress_size // 2
    raw[at] ^= 0x01
    out.write_bytes(bytes(raw))
    return out


def set_declared_size(pack: Path, name: str, size: int, out: Path) -> Path:
    """Rewrite the uncompressed size a member declares, in both its local and central headers."""
    raw = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as zf:
        info = zf.getinfo(name)
    struct.pack_into("<I", raw, info.header_offset + 22, size)
    encoded = name.encode("utf-8")
    central = raw.find(b"PK\x01\x02", 0)
    while central != -1:
        name_len = struct.unpack_from("<H", raw, central + 28)[0]
        if bytes(raw[central + 46: central + 46 + name_len]) == encoded:
            struct.pack_into("<I", raw, central + 24, size)
            break
        central = raw.find(b"PK\x01\x02", central + 4)
    out.write_bytes(bytes(raw))
    return out
