"""`verify_pack`: prove a pack file came, byte for byte, from a trusted publisher.

Nothing touches the disk: the file is read once into memory (so what is
hashed is what is parsed), sizes are checked from the zip directory before
any member is decompressed, and every read is bounded.
"""

from __future__ import annotations

import hashlib
import io
import logging
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from tutor.lessons.codec import ContentFormatError
from tutor.lessons.errors import (
    PackBadSignature,
    PackContentInvalid,
    PackMembersMismatch,
    PackTampered,
    PackTooLarge,
    PackUnknownSigner,
    PackUnreadable,
    PackUnsafe,
    PackUnsupportedSchema,
)
from tutor.lessons.keys import TrustedKey, bundled_trusted_keys
from tutor.lessons.model import Curriculum
from tutor.lessons.pack_format import (
    MANIFEST_NAME,
    PACK_FORMAT,
    PACK_FORMAT_VERSION,
    RESERVED_NAMES,
    SIGNATURE_NAME,
    SIGNATURE_SIZE,
    Manifest,
    PackLimits,
    parse_manifest,
    unsafe_name_reason,
)
from tutor.lessons.pack_layout import LAYOUTS

log = logging.getLogger(__name__)

SUPPORTED_SCHEMA_VERSIONS = frozenset(LAYOUTS)


@dataclass(frozen=True)
class VerifiedPack:
    path: Path
    file_sha256: str
    manifest: Manifest
    signer: TrustedKey
    curriculum: Curriculum
    media: Mapping[str, bytes] = field(repr=False)
    member_sha256: Mapping[str, str] = field(repr=False)

    @property
    def pack_id(self) -> str:
        return self.manifest.pack_id

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def schema_version(self) -> int:
        return self.manifest.schema_version

    @property
    def content_sha256(self) -> str:
        return self.manifest.content_sha256

    @property
    def signer_name(self) -> str:
        """The name the app's trusted key file gives, not the name the pack claims."""
        return self.signer.name

    @property
    def key_id(self) -> str:
        return self.signer.key_id


def verify_pack(path: Path | str, trusted_keys: Iterable[TrustedKey] | None = None,
                limits: PackLimits = PackLimits()) -> VerifiedPack:
    path = Path(path)
    keys = list(bundled_trusted_keys() if trusted_keys is None else trusted_keys)
    data = _read_file(path, limits)
    file_sha256 = hashlib.sha256(data).hexdigest()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise PackUnreadable(f"{path}: not a readable zip ({exc})") from exc
    with zf:
        infos = _checked_directory(zf, path, limits)
        if MANIFEST_NAME not in infos or SIGNATURE_NAME not in infos:
            raise PackUnreadable(f"{path}: no {MANIFEST_NAME}/{SIGNATURE_NAME}: not a curriculum pack")
        manifest_bytes = _read_member(zf, infos[MANIFEST_NAME], limits.max_manifest_bytes, path)
        signature = _read_member(zf, infos[SIGNATURE_NAME], SIGNATURE_SIZE, path)
        signer = _check_signature(manifest_bytes, signature, keys, path)
        manifest = _checked_manifest(manifest_bytes, signer, path)
        members = _read_members(zf, infos, manifest, limits, path)
    _, decode = LAYOUTS[manifest.schema_version]
    try:
        curriculum, media = decode(members)
    except ContentFormatError as exc:
        raise PackContentInvalid(f"{path}: signed content is malformed: {exc}") from exc
    if curriculum.info.id != manifest.pack_id or curriculum.info.version != manifest.version:
        raise PackContentInvalid(f"{path}: pack.json and manifest disagree on id or version")
    log.info("verified pack %s %s signed by %s (%s)", manifest.pack_id, manifest.version,
             signer.name, signer.key_id)
    return VerifiedPack(
        path=path, file_sha256=file_sha256, manifest=manifest, signer=signer,
        curriculum=curriculum, media=media,
        member_sha256={m.name: m.sha256 for m in manifest.members},
    )


def _read_file(path: Path, limits: PackLimits) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise PackUnreadable(f"{path}: cannot read ({exc})", code="pack.file_unreadable") from exc
    if len(data) > limits.max_file_bytes:
        raise PackTooLarge(f"{path}: file larger than {limits.max_file_bytes} bytes")
    return data


def _checked_directory(zf: zipfile.ZipFile, path: Path, limits: PackLimits) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    entries = zf.infolist()
    if len(entries) > limits.max_members + len(RESERVED_NAMES):
        raise PackTooLarge(f"{path}: {len(entries)} members, limit {limits.max_members}")
    total = 0
    for info in entries:
        reason = unsafe_name_reason(info.filename)
        if reason or info.is_dir():
            raise PackUnsafe(f"{path}: member {info.filename!r} refused: {reason or 'directory entry'}")
        if info.filename in infos:
            raise PackUnsafe(f"{path}: member {info.filename!r} appears twice")
        if info.flag_bits & 0x1:
            raise PackUnreadable(f"{path}: member {info.filename!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackUnreadable(f"{path}: member {info.filename!r} uses compression {info.compress_type}")
        if info.file_size > limits.max_member_bytes:
            raise PackTooLarge(f"{path}: member {info.filename!r} declares {info.file_size} bytes, "
                               f"limit {limits.max_member_bytes}")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise PackTooLarge(f"{path}: members declare more than {limits.max_total_bytes} bytes in total")
        infos[info.filename] = info
    return infos


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path) -> bytes:
    """Decompress at most ``limit`` bytes, whatever the zip directory claims."""
    if info.file_size > limit:
        raise PackTooLarge(f"{path}: member {info.filename!r} declares {info.file_size} bytes, limit {limit}")
    try:
        with zf.open(info) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise PackTampered(f"{path}: member {info.filename!r} is damaged or altered ({exc})") from exc
    if len(data) > limit:
        raise PackTooLarge(f"{path}: member {info.filename!r} inflates beyond {limit} bytes")
    return data


def _check_signature(manifest_bytes: bytes, signature: bytes, keys: list[TrustedKey], path: Path) -> TrustedKey:
    if len(signature) == SIGNATURE_SIZE:
        for key in keys:
            if key.verifies(signature, manifest_bytes):
                return key
    try:
        claimed = parse_manifest(manifest_bytes).key_id
    except ContentFormatError:
        claimed = None
    if claimed is not None and claimed not in {k.key_id for k in keys}:
        raise PackUnknownSigner(f"{path}: signed by key {claimed}, which this app does not trust")
    raise PackBadSignature(f"{path}: signature does not match the manifest (claimed key {claimed})")


def _checked_manifest(manifest_bytes: bytes, signer: TrustedKey, path: Path) -> Manifest:
    try:
        manifest = parse_manifest(manifest_bytes)
    except ContentFormatError as exc:
        raise PackContentInvalid(f"{path}: signed manifest is malformed: {exc}") from exc
    if manifest.format != PACK_FORMAT or manifest.format_version != PACK_FORMAT_VERSION:
        raise PackUnsupportedSchema(f"{path}: pack format {manifest.format} v{manifest.format_version} unknown")
    if manifest.schema_version not in SUPPORTED_SCHEMA_VERSIONS:
        raise PackUnsupportedSchema(f"{path}: schema_version {manifest.schema_version} unknown "
                                    f"(this app reads {sorted(SUPPORTED_SCHEMA_VERSIONS)})")
    if manifest.key_id != signer.key_id:
        raise PackContentInvalid(f"{path}: manifest names key {manifest.key_id} but {signer.key_id} signed it")
    for entry in manifest.members:
        reason = unsafe_name_reason(entry.name)
        if reason or entry.name in RESERVED_NAMES:
            raise PackUnsafe(f"{path}: manifest member {entry.name!r} refused: {reason or 'reserved name'}")
    if len({m.name for m in manifest.members}) != len(manifest.members):
        raise PackUnsafe(f"{path}: manifest lists a member twice")
    return manifest


def _read_members(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], manifest: Manifest,
                  limits: PackLimits, path: Path) -> dict[str, bytes]:
    listed = {m.name for m in manifest.members}
    present = set(infos) - RESERVED_NAMES
    if listed != present:
        missing, extra = sorted(listed - present), sorted(present - listed)
        raise PackMembersMismatch(f"{path}: missing members {missing[:5]}, extra members {extra[:5]}")
    members: dict[str, bytes] = {}
    for entry in manifest.members:
        info = infos[entry.name]
        if info.file_size != entry.size:
            raise PackTampered(f"{path}: member {entry.name!r} is {info.file_size} bytes, manifest says {entry.size}")
        data = _read_member(zf, info, min(entry.size, limits.max_member_bytes), path)
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise PackTampered(f"{path}: member {entry.name!r} does not match its SHA-256 in the manifest")
        members[entry.name] = data
    return members
