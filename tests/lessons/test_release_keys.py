"""Release builds ship only publisher keys and a pack they verify, or refuse to build; the
development key is trusted only in development runs (issue 13 item 5)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.lessons import keys as keys_module
from tutor.lessons.errors import PackError
from tutor.lessons.keys import bundled_trusted_keys
from tutor.lessons.pack_verify import verify_pack
from tutor.lessons.release import BUNDLED_PACK, TRUSTED_KEYS_DIR, release_bundle_problems, shipped_key_files

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installers" / "tutor.spec"


def test_the_repository_as_it_stands_cannot_make_a_release():
    # Only dev.pub and a dev-signed pack: the spec and `make release-check` refuse.
    assert shipped_key_files() == []
    assert any("no publisher key" in p for p in release_bundle_problems(shipped_key_files()))
    run = subprocess.run([sys.executable, "-m", "tutor.lessons.release"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1 and "release build refused" in run.stderr


def test_publisher_key_and_a_pack_it_signed_may_be_released(keypair, pack_file, tmp_path):
    assert release_bundle_problems([_pub(keypair, tmp_path)], pack_file) == []


def test_a_dev_signed_pack_beside_a_publisher_key_is_refused(keypair, tmp_path):
    problems = release_bundle_problems([_pub(keypair, tmp_path)], BUNDLED_PACK)
    assert any("not signed by a shipped publisher key" in p for p in problems)


def test_dev_pub_slipped_into_a_release_is_refused(keypair, pack_file, tmp_path):
    problems = release_bundle_problems([_pub(keypair, tmp_path), TRUSTED_KEYS_DIR / "dev.pub"], pack_file)
    assert any("development key" in p for p in problems)


def _pub(keypair, tmp_path) -> Path:
    return keypair[0].with_suffix(".pub")


def _spec_function(name: str, **globals_):
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    scope = {"os": __import__("os"), "Path": Path, **globals_}
    exec(compile(ast.Module(body=[node], type_ignores=[]), str(SPEC), "exec"), scope)
    return scope[name]


def test_the_spec_refuses_a_release_with_only_the_dev_key(monkeypatch, tmp_path):
    monkeypatch.delenv("TUTOR_DEV_BUNDLE", raising=False)
    release_keys_only = _spec_function("release_keys_only", PACK=BUNDLED_PACK, DISTPATH=str(tmp_path / "dist"))
    found = [(str(TRUSTED_KEYS_DIR / "dev.pub"), "tutor/lessons/trusted_keys"), (str(BUNDLED_PACK), "tutor/data")]
    with pytest.raises(SystemExit) as refused:
        release_keys_only(found)
    assert "Release build refused" in str(refused.value)


def test_the_spec_ships_only_publisher_keys(monkeypatch, tmp_path, keypair, pack_file):
    monkeypatch.delenv("TUTOR_DEV_BUNDLE", raising=False)
    release_keys_only = _spec_function("release_keys_only", PACK=pack_file, DISTPATH=str(tmp_path / "dist"))
    publisher = str(_pub(keypair, tmp_path))
    found = [(str(TRUSTED_KEYS_DIR / "dev.pub"), "k"), (publisher, "k"), (str(pack_file), "d")]
    assert release_keys_only(found) == [(publisher, "k"), (str(pack_file), "d")]


def test_a_development_bundle_is_marked_as_one(monkeypatch, tmp_path):
    monkeypatch.setenv("TUTOR_DEV_BUNDLE", "1")
    release_keys_only = _spec_function("release_keys_only", PACK=BUNDLED_PACK, DISTPATH=str(tmp_path / "dist"))
    found = release_keys_only([(str(TRUSTED_KEYS_DIR / "dev.pub"), "tutor/lessons/trusted_keys")])
    assert any(src.endswith(keys_module.DEVELOPMENT_BUILD_MARKER) for src, _ in found)


def test_a_frozen_release_run_does_not_trust_the_dev_key(monkeypatch):
    assert any(k.development for k in bundled_trusted_keys())  # from source: a development run
    verify_pack(BUNDLED_PACK)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not keys_module.development_run()
    assert not any(k.development for k in bundled_trusted_keys())
    with pytest.raises(PackError):
        verify_pack(BUNDLED_PACK)  # a dev-signed pack is refused by a release build
