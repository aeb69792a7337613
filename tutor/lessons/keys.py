"""Ed25519 signing keys for curriculum packs.

Key files are PEM with a few `field: value` header lines, so a person can see
whose key a file is. Public keys the app trusts ship in trusted_keys/*.pub;
a release build leaves out dev.pub (see keys/README.md).
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tutor.lessons.errors import SigningKeyError

_PEM = re.compile(r"-----BEGIN ([A-Z ]+)-----.*?-----END \1-----\s*", re.S)
_HEADER = re.compile(r"^([a-z_]+):\s*(.*?)\s*$")


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class TrustedKey:
    name: str
    key_id: str
    public_key: Ed25519PublicKey
    development: bool = False

    def verifies(self, signature: bytes, data: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature

        try:
            self.public_key.verify(signature, data)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class SigningKey:
    name: str
    key_id: str
    private_key: Ed25519PrivateKey

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def _split(text: str, path: Path) -> tuple[dict[str, str], bytes]:
    match = _PEM.search(text)
    if not match:
        raise SigningKeyError(f"{path}: no PEM block found")
    headers: dict[str, str] = {}
    for line in text[: match.start()].splitlines():
        found = _HEADER.match(line.strip())
        if found:
            headers[found.group(1)] = found.group(2)
    return headers, match.group(0).encode("ascii")


def load_signing_key(path: Path | str, passphrase: bytes | None = None) -> SigningKey:
    path = Path(path)
    try:
        headers, pem = _split(path.read_text(encoding="utf-8"), path)
        key = serialization.load_pem_private_key(pem, password=passphrase)
    except FileNotFoundError as exc:
        raise SigningKeyError(f"signing key {path} does not exist") from exc
    except TypeError as exc:  # encrypted key without passphrase, or the reverse
        raise SigningKeyError(f"{path}: {exc}") from exc
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise SigningKeyError(f"{path}: cannot read the private key ({exc}); wrong passphrase?") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{path}: not an Ed25519 private key")
    kid = key_id(key.public_key())
    return SigningKey(headers.get("name") or f"key {kid}", kid, key)


def is_encrypted_key(path: Path | str) -> bool:
    return "ENCRYPTED PRIVATE KEY" in Path(path).read_text(encoding="utf-8", errors="replace")


def parse_trusted_key(text: str, origin: str) -> TrustedKey:
    headers, pem = _split(text, Path(origin))
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise SigningKeyError(f"{origin}: cannot read the public key ({exc})") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise SigningKeyError(f"{origin}: not an Ed25519 public key")
    kid = key_id(key)
    if headers.get("key_id") and headers["key_id"] != kid:
        raise SigningKeyError(f"{origin}: key_id header {headers['key_id']} does not match the key ({kid})")
    return TrustedKey(
        name=headers.get("name") or f"key {kid}", key_id=kid, public_key=key,
        development=headers.get("development", "").lower() in ("true", "yes", "1"),
    )


def load_trusted_key(path: Path | str) -> TrustedKey:
    return parse_trusted_key(Path(path).read_text(encoding="utf-8"), str(path))


# Shipped only in a development bundle (TUTOR_DEV_BUNDLE=1 at `make package`): it lets that
# bundle trust the development key. Release bundles never carry it.
DEVELOPMENT_BUILD_MARKER = "DEVELOPMENT-BUILD"


def development_run() -> bool:
    """True when running from a source checkout, or from a bundle built as a development
    bundle. A release bundle (frozen, no marker) never trusts a development key, even if a
    dev.pub were slipped into it: its private half is public in the repository."""
    if not getattr(sys, "frozen", False):
        return True
    return resources.files("tutor.lessons").joinpath("trusted_keys").joinpath(DEVELOPMENT_BUILD_MARKER).is_file()


def bundled_trusted_keys(include_development: bool | None = None) -> list[TrustedKey]:
    """The public keys shipped in tutor/lessons/trusted_keys/ (package data). Development
    keys only in a development run (or when asked, for build checks)."""
    if include_development is None:
        include_development = development_run()
    folder = resources.files("tutor.lessons").joinpath("trusted_keys")
    keys = []
    if folder.is_dir():
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".pub"):
                key = parse_trusted_key(entry.read_text(encoding="utf-8"), f"trusted_keys/{entry.name}")
                if include_development or not key.development:
                    keys.append(key)
    return keys


def generate_key_pair(private_path: Path | str, public_path: Path | str, name: str,
                      development: bool = False, passphrase: bytes | None = None) -> TrustedKey:
    """Write a new key pair; refuses to overwrite, since losing a key strands every pack it signed."""
    private_path, public_path = Path(private_path), Path(public_path)
    for path in (private_path, public_path):
        if path.exists():
            raise SigningKeyError(f"{path} already exists; not overwriting a key")
    key = Ed25519PrivateKey.generate()
    kid = key_id(key.public_key())
    encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    warning = ("# DEVELOPMENT ONLY. This private key is public in the repository: never sign a pack\n"
               "# for learners with it. Release builds do not trust it.\n") if development else (
               "# PRIVATE curriculum signing key. Keep it offline; anyone holding it can publish lessons.\n")
    header = f"name: {name}\nkey_id: {kid}\n" + ("development: true\n" if development else "")
    private_path.parent.mkdir(parents=True, exist_ok=True)
    public_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(warning + header + private_pem.decode("ascii"))
    public_path.write_text(
        "# Public key trusted to sign curriculum packs (safe to publish).\n" + header + public_pem.decode("ascii"),
        encoding="utf-8",
    )
    return TrustedKey(name, kid, key.public_key(), development)


def release_key_problems(keys: list[TrustedKey] | None = None) -> list[str]:
    """What is wrong with the trusted keys for a release build (empty list: fine).
    Installer recipes run this on the bundle they are about to ship."""
    keys = bundled_trusted_keys(include_development=True) if keys is None else keys
    problems = [f"development key {k.key_id} ({k.name}) is trusted; remove trusted_keys/dev.pub"
                for k in keys if k.development]
    if not any(not k.development for k in keys):
        problems.append("no publisher key is trusted; add trusted_keys/publisher.pub")
    return problems
