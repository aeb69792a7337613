"""Turn the one-folder PyInstaller bundle (dist/tutor) into a .deb.

    python installers/linux/build_deb.py --bundle dist/tutor --out dist

Layout inside the package:
  /opt/gia-su-binh-dan-hoc-ai/                 the bundle, untouched
  /usr/bin/gia-su-binh-dan-hoc-ai              a launcher that execs it
  /usr/share/applications/gia-su-binh-dan-hoc-ai.desktop
  /usr/share/icons/hicolor/scalable/apps/gia-su-binh-dan-hoc-ai.svg
  /usr/share/doc/gia-su-binh-dan-hoc-ai/copyright

Only the standard library, plus tutor/__init__.py from this working tree for the
version (it imports nothing): it runs with any python3 on the build machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = "gia-su-binh-dan-hoc-ai"
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_MAINTAINER_EMAIL = "phat-trien@binhdanhocai.example.invalid"

# The working tree's tutor package, ahead of any installed copy: tutor/__init__.py
# holds only constants, so this imports nothing of the app.
sys.path.insert(0, str(REPO))
from tutor import __version__  # noqa: E402


def debian_arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def tree_size_kb(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return (total + 1023) // 1024


def fill_control(template: str, **values: str) -> str:
    text = template
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        raise SystemExit(f"control template has unfilled fields: {leftover}")
    return text


def copyright_text() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Gia sư Bình dân học AI\n\n"
        "Files: *\n"
        "License: GPL-3.0-or-later\n"
        " The application is GPL-3.0-or-later (it links espeak-ng, GPL-3.0-or-later).\n"
        " Bundled components keep their own licences: Qt/PySide6 (LGPL-3.0), FFmpeg as\n"
        " shipped by Qt (LGPL-2.1-or-later), llama.cpp (MIT), Python (PSF-2.0) and the\n"
        " Gemma 3 270M model (Gemma Terms of Use). The texts and notices are in\n"
        f" /opt/{PACKAGE}/licenses (NOTICE.txt lists them).\n"
        " On Debian systems the GPL-3 text is also in /usr/share/common-licenses/GPL-3.\n"
    )


def stage(bundle: Path, root: Path) -> None:
    opt = root / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    shutil.copy2(HERE / f"{PACKAGE}.sh", usr_bin / PACKAGE)
    (usr_bin / PACKAGE).chmod(0o755)
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / f"{PACKAGE}.desktop", apps / f"{PACKAGE}.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(HERE / f"{PACKAGE}.svg", icons / f"{PACKAGE}.svg")
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    # dpkg wants sane modes whatever the build machine's umask was.
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)


def build(bundle: Path, out_dir: Path, compression: str, level: int) -> Path:
    if not (bundle / "tutor").is_file():
        raise SystemExit(f"no bundle at {bundle}: run PyInstaller first (make package)")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is not installed (apt-get install dpkg)")
    version, arch = __version__, debian_arch()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="deb-", dir=out_dir) as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root)
        (root / "DEBIAN").mkdir(mode=0o755)
        control = fill_control(
            (HERE / "control.in").read_text(encoding="utf-8"),
            VERSION=version, ARCH=arch, INSTALLED_SIZE_KB=str(tree_size_kb(root)),
            MAINTAINER_EMAIL=os.environ.get("DEB_MAINTAINER_EMAIL", DEFAULT_MAINTAINER_EMAIL),
        )
        (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", f"-z{level}",
                        "--build", str(root), str(target)], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "tutor")
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    parser.add_argument("--compression", default="xz", choices=["xz", "gzip", "zstd", "none"])
    # dpkg's default. -9 saves about 1% here (the model does not compress at all) and
    # takes several times as long.
    parser.add_argument("--level", type=int, default=6, choices=range(10))
    args = parser.parse_args(argv)
    target = build(args.bundle.resolve(), args.out.resolve(), args.compression, args.level)
    print(f"{target} {target.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
