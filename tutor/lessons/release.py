"""The release build's key check: ship only publisher keys and a pack they sign.

installers/tutor.spec (and `make release-check`) call release_bundle_problems on
what the bundle is about to carry and refuse to build when it returns anything:
a development key among the public keys, no publisher key, or a bundled pack
that the shipped keys do not verify (a dev-signed pack cannot slip in).

    python -m tutor.lessons.release [--pack PATH] [PUB ...]
exits 1 and prints the problems; with no PUB, the repository's trusted_keys/*.pub
less the development ones (what the spec would ship).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tutor.lessons.errors import PackError, SigningKeyError
from tutor.lessons.keys import load_trusted_key, release_key_problems

TRUSTED_KEYS_DIR = Path(__file__).resolve().parent / "trusted_keys"
BUNDLED_PACK = Path(__file__).resolve().parents[1] / "data" / "curriculum.bdpack"


def is_development_key_file(path: Path | str) -> bool:
    try:
        return load_trusted_key(path).development
    except SigningKeyError:
        return False


def shipped_key_files(folder: Path = TRUSTED_KEYS_DIR) -> list[Path]:
    """The .pub files a release bundle carries: every one but the development keys."""
    return [p for p in sorted(folder.glob("*.pub")) if not is_development_key_file(p)]


def release_bundle_problems(pub_files: list[Path], pack: Path = BUNDLED_PACK) -> list[str]:
    """Empty when a bundle shipping exactly ``pub_files`` and ``pack`` may be released."""
    from tutor.lessons.pack_verify import verify_pack

    problems: list[str] = []
    keys = []
    for path in pub_files:
        try:
            keys.append(load_trusted_key(path))
        except SigningKeyError as exc:
            problems.append(str(exc))
    problems += release_key_problems(keys)
    if not Path(pack).exists():
        problems.append(f"bundled pack {pack} is missing")
    elif keys and not any(k.development for k in keys):
        try:
            verified = verify_pack(pack, keys)
        except PackError as exc:
            problems.append(f"the bundled pack {pack} is not signed by a shipped publisher key: {exc}")
        else:
            if verified.signer.development:
                problems.append(f"the bundled pack {pack} is signed by a development key")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pub", nargs="*", type=Path)
    parser.add_argument("--pack", type=Path, default=BUNDLED_PACK)
    args = parser.parse_args(argv)
    problems = release_bundle_problems(args.pub or shipped_key_files(), args.pack)
    for problem in problems:
        print(f"release build refused: {problem}", file=sys.stderr)
    if problems:
        print("See keys/README.md (signing a release pack). A development bundle: TUTOR_DEV_BUNDLE=1.",
              file=sys.stderr)
        return 1
    print("release keys: only publisher keys, and they verify the bundled pack")
    return 0


if __name__ == "__main__":
    sys.exit(main())
