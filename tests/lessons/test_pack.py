"""Pack build and verification, and every way a pack file can be refused.

Each refusal must be a specific PackError carrying a Vietnamese message for
the learner and an English one for the log, and must change nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tutor.lessons.errors import (
    PackBadSignature,
    PackError,
    PackMembersMismatch,
    PackTampered,
    PackTooLarge,
    PackUnknownSigner,
    PackUnreadable,
    PackUnsafe,
    PackUnsupportedSchema,
    SourceHasErrors,
)
from tutor.lessons.keys import SigningKey, bundled_trusted_keys, load_signing_key
from tutor.lessons.pack_build import build_pack, write_pack
from tutor.lessons.pack_format import PackLimits, unsafe_name_reason
from tutor.lessons.pack_verify import verify_pack
from tutor.lessons.service import ContentService

from .conftest import DEV_KEY, VALID_SOURCE, snapshot
from .packtools import entries, flip_byte_in_member, rezip, set_declared_size


def test_build_and_verify(pack_file, keypair):
    pack = verify_pack(pack_file, [keypair[1]])
    assert pack.pack_id == "fixture-pack" and pack.version == "1.0.0" and pack.schema_version == 1
    assert pack.signer_name == "Nhóm kiểm thử" and pack.key_id == keypair[1].key_id
    assert not pack.signer.development
    assert len(pack.curriculum.lessons) == 10
    assert pack.media["media/so-do.png"].startswith(b"\x89PNG")
    names = set(entries(pack_file))
    assert {"manifest.json", "manifest.sig", "pack.json", "levels/1.json",
            "lessons/l1.ban-hang.json", "media/so-do.png"} <= names
    manifest = json.loads(entries(pack_file)["manifest.json"])
    assert manifest["signer"] == {"name": "Nhóm kiểm thử", "key_id": keypair[1].key_id}
    assert all(len(m["sha256"]) == 64 and m["size"] >= 0 for m in manifest["members"])


def test_build_is_reproducible_apart_from_the_date(tmp_path, keypair):
    when = datetime(2026, 1, 2, tzinfo=timezone.utc)
    a = build_pack(VALID_SOURCE, keypair[0], tmp_path / "a.bdpack", created=when)
    b = build_pack(VALID_SOURCE, keypair[0], tmp_path / "b.bdpack", created=when)
    assert a.sha256 == b.sha256
    assert a.member_count == 13


def test_content_hash_ignores_build_date(tmp_path, keypair):
    a = build_pack(VALID_SOURCE, keypair[0], tmp_path / "a.bdpack", created=datetime(2026, 1, 1, tzinfo=timezone.utc))
    b = build_pack(VALID_SOURCE, keypair[0], tmp_path / "b.bdpack", created=datetime(2026, 2, 1, tzinfo=timezone.utc))
    assert a.sha256 != b.sha256
    assert verify_pack(a.path, [keypair[1]]).content_sha256 == verify_pack(b.path, [keypair[1]]).content_sha256


def test_build_refuses_a_source_with_errors(source, tmp_path, keypair):
    lesson = source / "levels/1/m1-an-toan/02-ban-hang.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("minutes: 12", "minutes: 60"), encoding="utf-8")
    out = tmp_path / "out.bdpack"
    with pytest.raises(SourceHasErrors) as caught:
        build_pack(source, keypair[0], out)
    assert any("maximum of 20" in p.message for p in caught.value.problems)
    assert not out.exists() and not list(tmp_path.glob(".out.bdpack*"))


def test_dev_key_is_trusted_by_default_and_marked(tmp_path):
    out = tmp_path / "dev.bdpack"
    build_pack(VALID_SOURCE, DEV_KEY, out)
    pack = verify_pack(out)
    assert pack.signer.development
    assert pack.key_id in {k.key_id for k in bundled_trusted_keys()}


# --- refusals -------------------------------------------------------------------


@pytest.fixture
def installed_db(db, pack_file, trusted):
    """A database with the fixture pack installed; refusals must leave it exactly so."""
    ContentService(db).import_pack_file(pack_file, trusted)
    return db


def assert_refused(path: Path, trusted, db, kind: type[PackError], **kwargs) -> PackError:
    before = snapshot(db)
    with pytest.raises(kind) as caught:
        verify_pack(path, trusted, **kwargs)
    error = caught.value
    assert error.user_message and error.user_message.isascii() is False, "Vietnamese message for people"
    assert error.log_message.isascii() or str(path) in error.log_message
    if not kwargs:
        with pytest.raises(kind):
            ContentService(db).import_pack_file(path, trusted)
    assert snapshot(db) == before
    return error


def member_names(pack_file: Path) -> list[str]:
    return list(entries(pack_file))


@pytest.mark.parametrize("index", range(15))
def test_one_flipped_byte_in_any_member_is_refused(pack_file, trusted, installed_db, tmp_path, index):
    names = member_names(pack_file)
    assert len(names) == 15  # manifest + signature + 13 members: each is covered by one case
    name = names[index]
    bad = flip_byte_in_member(pack_file, name, tmp_path / "flipped.bdpack")
    assert_refused(bad, trusted, installed_db, PackError)


@pytest.mark.parametrize("name", ["lessons/l1.ban-hang.json", "pack.json", "levels/1.json", "media/so-do.png"])
def test_altered_member_with_valid_zip_checksums(pack_file, trusted, installed_db, tmp_path, name):
    content = entries(pack_file)
    content[name] = content[name].replace(b"a", b"b", 1) if name != "media/so-do.png" else content[name] + b"\0"
    bad = rezip(content, tmp_path / "altered.bdpack")
    assert_refused(bad, trusted, installed_db, PackTampered)


def test_altered_manifest_breaks_the_signature(pack_file, trusted, installed_db, tmp_path):
    content = entries(pack_file)
    manifest = json.loads(content["manifest.json"])
    manifest["version"] = "9.9.9"
    content["manifest.json"] = json.dumps(manifest).encode()
    assert_refused(rezip(content, tmp_path / "m.bdpack"), trusted, installed_db, PackBadSignature)


def test_altered_signature(pack_file, trusted, installed_db, tmp_path):
    content = entries(pack_file)
    content["manifest.sig"] = bytes([content["manifest.sig"][0] ^ 1]) + content["manifest.sig"][1:]
    assert_refused(rezip(content, tmp_path / "s.bdpack"), trusted, installed_db, PackBadSignature)


def test_unknown_signer(tmp_path, trusted, installed_db, other_keypair):
    out = tmp_path / "other.bdpack"
    build_pack(VALID_SOURCE, other_keypair[0], out)
    error = assert_refused(out, trusted, installed_db, PackUnknownSigner)
    assert other_keypair[1].key_id in error.log_message


def test_wrong_key_claiming_a_trusted_id(pack_file, tmp_path, keypair, other_keypair, trusted, installed_db):
    impostor = load_signing_key(other_keypair[0])
    impostor = SigningKey(impostor.name, keypair[1].key_id, impostor.private_key)
    content = entries(pack_file)
    fields = {"pack_id": "fixture-pack", "version": "2.0", "schema_version": 1, "title": "x"}
    members = {k: v for k, v in content.items() if k not in ("manifest.json", "manifest.sig")}
    out = tmp_path / "impostor.bdpack"
    write_pack(members, fields, impostor, out)
    assert_refused(out, trusted, installed_db, PackBadSignature)


def test_unknown_schema_version(pack_file, tmp_path, keypair, trusted, installed_db):
    members = {k: v for k, v in entries(pack_file).items() if k not in ("manifest.json", "manifest.sig")}
    out = tmp_path / "future.bdpack"
    write_pack(members, {"pack_id": "fixture-pack", "version": "3.0", "schema_version": 99, "title": "x"},
               load_signing_key(keypair[0]), out)
    error = assert_refused(out, trusted, installed_db, PackUnsupportedSchema)
    assert "cập nhật ứng dụng" in error.user_message


@pytest.mark.parametrize("name", ["../x", "/abs", "a/../../x", "C:/x", "c:x", "a\\b", "lessons//x", "./x", "a\x01b"])
def test_unsafe_member_names(pack_file, trusted, installed_db, tmp_path, name):
    content = entries(pack_file)
    content[name] = b"{}"
    assert_refused(rezip(content, tmp_path / "names.bdpack"), trusted, installed_db, PackUnsafe)


def test_unsafe_names_are_recognised():
    for name in ["../x", "/abs", "C:/x", "a\\b", "x/..", "", "a//b"]:
        assert unsafe_name_reason(name), name
    for name in ["pack.json", "lessons/l1.ai-la-gi.json", "media/so-do.png"]:
        assert unsafe_name_reason(name) is None


def test_duplicate_member_name(pack_file, trusted, installed_db, tmp_path):
    items = list(entries(pack_file).items())
    items.append(items[-1])
    with pytest.warns(UserWarning):
        bad = rezip(items, tmp_path / "dup.bdpack")
    assert_refused(bad, trusted, installed_db, PackUnsafe)


def test_missing_member(pack_file, trusted, installed_db, tmp_path):
    content = entries(pack_file)
    del content["lessons/l1.tom-tat.json"]
    error = assert_refused(rezip(content, tmp_path / "missing.bdpack"), trusted, installed_db, PackMembersMismatch)
    assert "l1.tom-tat" in error.log_message


def test_extra_member(pack_file, trusted, installed_db, tmp_path):
    content = entries(pack_file)
    content["lessons/l1.chen-them.json"] = b"{}"
    assert_refused(rezip(content, tmp_path / "extra.bdpack"), trusted, installed_db, PackMembersMismatch)


def test_no_manifest(pack_file, trusted, installed_db, tmp_path):
    content = entries(pack_file)
    del content["manifest.json"]
    assert_refused(rezip(content, tmp_path / "nomanifest.bdpack"), trusted, installed_db, PackUnreadable)


@pytest.mark.parametrize("cut", [0, 1, 100, 0.5, -1])
def test_truncated_file(pack_file, trusted, installed_db, tmp_path, cut):
    raw = pack_file.read_bytes()
    size = int(len(raw) * cut) if isinstance(cut, float) else (len(raw) + cut if cut < 0 else cut)
    bad = tmp_path / "truncated.bdpack"
    bad.write_bytes(raw[:size])
    assert_refused(bad, trusted, installed_db, PackError)


def test_not_a_zip(trusted, installed_db, tmp_path):
    bad = tmp_path / "notes.bdpack"
    bad.write_text("Đây không phải gói bài học", encoding="utf-8")
    assert_refused(bad, trusted, installed_db, PackUnreadable)


def test_missing_file(trusted, installed_db, tmp_path):
    assert_refused(tmp_path / "nowhere.bdpack", trusted, installed_db, PackUnreadable)


def test_declared_size_over_the_limit(pack_file, trusted, installed_db, tmp_path):
    bad = set_declared_size(pack_file, "lessons/l1.ban-hang.json", 3 * 1024**3, tmp_path / "bomb.bdpack")
    error = assert_refused(bad, trusted, installed_db, PackTooLarge)
    assert "declares" in error.log_message


def test_actual_size_over_the_declared_size(tmp_path, keypair, trusted, installed_db):
    """A member that inflates to far more than its header says is stopped early."""
    zeros = b"\0" * (4 * 1024 * 1024)
    out = tmp_path / "liar.bdpack"
    write_pack({"pack.json": zeros}, {"pack_id": "p", "version": "1", "schema_version": 1, "title": "t"},
               load_signing_key(keypair[0]), out)
    bad = set_declared_size(out, "pack.json", 1000, tmp_path / "liar2.bdpack")
    assert_refused(bad, trusted, installed_db, PackError)


def test_zip_bomb_against_limits(tmp_path, keypair, trusted, db):
    zeros = b"\0" * (3 * 1024 * 1024)  # compresses to a few KB
    out = tmp_path / "bomb.bdpack"
    write_pack({"pack.json": zeros, "media/a.svg": zeros},
               {"pack_id": "p", "version": "1", "schema_version": 1, "title": "t"},
               load_signing_key(keypair[0]), out)
    assert out.stat().st_size < 100_000
    assert_refused(out, trusted, db, PackTooLarge, limits=PackLimits(max_member_bytes=1024 * 1024))
    assert_refused(out, trusted, db, PackTooLarge, limits=PackLimits(max_total_bytes=5 * 1024 * 1024))
    assert_refused(out, trusted, db, PackTooLarge, limits=PackLimits(max_file_bytes=1000))
    assert_refused(out, trusted, db, PackTooLarge, limits=PackLimits(max_members=1))


def test_signed_but_malformed_content_is_refused(pack_file, tmp_path, keypair, trusted, installed_db):
    from tutor.lessons.errors import PackContentInvalid

    members = {k: v for k, v in entries(pack_file).items() if k not in ("manifest.json", "manifest.sig")}
    lesson = json.loads(members["lessons/l1.ban-hang.json"])
    del lesson["quiz"][0]["prompt"]
    members["lessons/l1.ban-hang.json"] = json.dumps(lesson).encode()
    out = tmp_path / "malformed.bdpack"
    write_pack(members, {"pack_id": "fixture-pack", "version": "2.0", "schema_version": 1, "title": "t"},
               load_signing_key(keypair[0]), out)
    error = assert_refused(out, trusted, installed_db, PackContentInvalid)
    assert "prompt" in error.log_message


def test_verified_pack_is_not_written_anywhere(pack_file, trusted, tmp_path, monkeypatch):
    """Members are read in memory: verifying from a read-only folder leaves it empty."""
    monkeypatch.chdir(tmp_path)
    verify_pack(pack_file, trusted)
    assert list(tmp_path.iterdir()) == []


def test_signer_facts_for_the_ui(pack_file, keypair):
    pack = verify_pack(pack_file, [replace(keypair[1], name="Sở Giáo dục (tên trong ứng dụng)")])
    assert pack.signer_name == "Sở Giáo dục (tên trong ứng dụng)"  # the app's name for the key wins
    assert pack.manifest.signer_name == "Nhóm kiểm thử"


def test_release_key_check(keypair):
    dev = bundled_trusted_keys()
    from tutor.lessons.keys import release_key_problems

    assert any("development key" in p for p in release_key_problems(dev))
    assert any("no publisher key" in p for p in release_key_problems(dev))
    assert release_key_problems([keypair[1]]) == []
