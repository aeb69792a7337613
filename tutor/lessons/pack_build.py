"""`build_pack`: checked curriculum source -> one signed pack file."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping

from tutor.lessons.checker import Limits, load_checked
from tutor.lessons.keys import SigningKey, load_signing_key
from tutor.lessons.model import SCHEMA_VERSION
from tutor.lessons.pack_format import MANIFEST_NAME, SIGNATURE_NAME, Manifest, MemberEntry
from tutor.lessons.pack_layout import LAYOUTS
from tutor.lessons.problems import Problem

# A fixed timestamp inside the zip keeps builds of the same source byte-identical
# (apart from manifest.created), which makes packs easy to compare.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_ALREADY_COMPRESSED = (".png", ".jpg", ".jpeg", ".gif", ".webp")


@dataclass(frozen=True)
class BuiltPack:
    path: Path
    pack_id: str
    version: str
    member_count: int
    sha256: str  # of the whole file
    warnings: tuple[Problem, ...] = ()


def build_pack(source_dir: Path | str, private_key_path: Path | str, out_path: Path | str, *,
               passphrase: bytes | None = None, created: datetime | None = None,
               limits: Limits = Limits()) -> BuiltPack:
    """Refuses (SourceHasErrors) when check_source reports any error; writes nothing then."""
    source_dir = Path(source_dir)
    curriculum, problems = load_checked(source_dir, limits)
    key = load_signing_key(private_key_path, passphrase)
    media = {name: (source_dir / name).read_bytes() for name in curriculum.media}
    encode, _ = LAYOUTS[SCHEMA_VERSION]
    members = encode(curriculum, media)
    manifest_fields = {
        "pack_id": curriculum.info.id, "version": curriculum.info.version,
        "schema_version": curriculum.info.schema_version, "title": curriculum.info.title,
    }
    digest = write_pack(members, manifest_fields, key, out_path, created=created)
    return BuiltPack(Path(out_path), curriculum.info.id, curriculum.info.version, len(members), digest,
                     tuple(p for p in problems if not p.is_error))


def write_pack(members: Mapping[str, bytes], fields: Mapping[str, object], key: SigningKey,
               out_path: Path | str, *, created: datetime | None = None) -> str:
    """Sign and write members; returns the file's SHA-256. The file appears complete or not at all."""
    created = (created or datetime.now(timezone.utc)).astimezone(timezone.utc)
    manifest = Manifest(
        pack_id=str(fields["pack_id"]), version=str(fields["version"]),
        schema_version=int(fields["schema_version"]),  # type: ignore[call-overload]
        title=str(fields["title"]), created=created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        signer_name=key.name, key_id=key.key_id,
        members=tuple(
            MemberEntry(name, hashlib.sha256(data).hexdigest(), len(data))
            for name, data in sorted(members.items())
        ),
    )
    manifest_bytes = manifest.to_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        _add(zf, MANIFEST_NAME, manifest_bytes)
        _add(zf, SIGNATURE_NAME, key.sign(manifest_bytes))
        for name, data in sorted(members.items()):
            _add(zf, name, data)
    payload = buffer.getvalue()
    _atomic_write(Path(out_path), payload)
    return hashlib.sha256(payload).hexdigest()


def _add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.external_attr = 0o644 << 16
    info.compress_type = zipfile.ZIP_STORED if name.lower().endswith(_ALREADY_COMPRESSED) else zipfile.ZIP_DEFLATED
    zf.writestr(info, data)


def _atomic_write(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a pack is meant to be copied and shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
