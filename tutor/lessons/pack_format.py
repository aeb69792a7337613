"""The pack file: a zip holding manifest.json, its Ed25519 signature and the members.

manifest.json lists every member with its SHA-256 and size, and the signature
covers the manifest's exact bytes, so one signature check plus one hash per
member proves every byte came from the publisher.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from tutor.lessons.codec import ContentFormatError, Reader, dumps

PACK_FORMAT = "bdpack"
PACK_FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
SIGNATURE_SIZE = 64  # Ed25519
RESERVED_NAMES = frozenset({MANIFEST_NAME, SIGNATURE_NAME})

VERSION_PATTERN = re.compile(r"[0-9]+(\.[0-9]+){0,3}")

_MiB = 1024 * 1024


@dataclass(frozen=True)
class PackLimits:
    """Bounds checked before anything is decompressed (zip bombs, huge files)."""

    max_file_bytes: int = 512 * _MiB
    max_members: int = 10_000
    max_member_bytes: int = 32 * _MiB
    max_total_bytes: int = 512 * _MiB
    max_manifest_bytes: int = 8 * _MiB


_DRIVE = re.compile(r"^[A-Za-z]:")
_SAFE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name is unsafe, or None. Members are never written to disk,
    but a name that could escape a folder is a sign of a crafted file."""
    if not name:
        return "empty name"
    if "\\" in name:
        return "backslash in name"
    if name.startswith("/"):
        return "absolute path"
    if _DRIVE.match(name):
        return "drive letter"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return "control character in name"
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "empty, '.' or '..' path segment"
    if not all(_SAFE_PART.match(part) for part in parts):
        return "characters outside A-Z a-z 0-9 . _ -"
    return None


@dataclass(frozen=True)
class MemberEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    pack_id: str
    version: str
    schema_version: int
    title: str
    created: str
    signer_name: str
    key_id: str
    members: tuple[MemberEntry, ...]
    format: str = PACK_FORMAT
    format_version: int = PACK_FORMAT_VERSION

    def to_bytes(self) -> bytes:
        return dumps({
            "format": self.format, "format_version": self.format_version,
            "pack_id": self.pack_id, "version": self.version, "schema_version": self.schema_version,
            "title": self.title, "created": self.created,
            "signer": {"name": self.signer_name, "key_id": self.key_id},
            "members": [{"name": m.name, "sha256": m.sha256, "size": m.size} for m in self.members],
        })

    @property
    def content_sha256(self) -> str:
        """Identity of the content alone: a rebuild of the same source gives the same value."""
        return hashlib.sha256(dumps(sorted([m.name, m.sha256] for m in self.members))).hexdigest()


def parse_manifest(raw: bytes) -> Manifest:
    """Raises ContentFormatError on anything unexpected."""
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ContentFormatError("manifest", f"not JSON: {exc}") from exc
    r = Reader(data, "manifest")
    signer = Reader(r.get("signer", dict), "manifest.signer")
    members = []
    for i, m in enumerate(r.get("members", list)):
        mr = Reader(m, f"manifest.members[{i}]")
        sha = mr.text("sha256")
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise ContentFormatError(mr.where("sha256"), "not a SHA-256 hex digest")
        size = mr.integer("size")
        if size < 0:
            raise ContentFormatError(mr.where("size"), "negative size")
        members.append(MemberEntry(mr.text("name"), sha, size))
    version = r.text("version")
    if not VERSION_PATTERN.fullmatch(version):
        raise ContentFormatError("manifest.version", f"{version!r} is not dotted numbers")
    return Manifest(
        format=r.text("format"), format_version=r.integer("format_version"),
        pack_id=r.text("pack_id"), version=version, schema_version=r.integer("schema_version"),
        title=r.text("title"), created=r.text("created"),
        signer_name=signer.text("name"), key_id=signer.text("key_id"), members=tuple(members),
    )


def version_key(version: str) -> tuple[int, ...]:
    """"2026.11.1" -> (2026, 11, 1); trailing zeros do not matter (1.0 == 1)."""
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)
