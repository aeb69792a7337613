"""Zip the one-folder bundle as the portable (USB stick) variant.

    python installers/make_portable_zip.py [--bundle dist/tutor] [--out dist]

The zip holds one folder, GiaSuBinhDanHocAI/: the bundle plus portable.txt. Unzipped
onto a USB stick and started from there, the app keeps all learner data in
GiaSuBinhDanHocAI/data on the stick and writes nothing to the PC (tutor/paths.py
looks for portable.txt beside the executable). Standard library only, plus the
working tree's tutor/__init__.py and tutor/paths.py (which import only the standard
library at module level): it runs with any Python 3 on the build machine, Windows included.
"""

from __future__ import annotations

import argparse
import platform
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The working tree's tutor package, ahead of any installed copy.
sys.path.insert(0, str(REPO))

from tutor import __version__  # noqa: E402
from tutor.paths import PORTABLE_MARKER  # noqa: E402

FOLDER = "GiaSuBinhDanHocAI"
# The marker's content is for the person who opens the folder; the app only checks it exists.
MARKER_TEXT = (
    "Bản chạy từ USB: dữ liệu học tập nằm trong thư mục data bên cạnh tệp này.\n"
    "Đừng xoá tệp này, nếu không chương trình sẽ lưu dữ liệu vào máy tính.\n"
    "\n"
    "Portable copy: learner data is kept in the data folder beside this file.\n"
    "Keep this file, or the program stores its data on the PC instead.\n"
)


def build(bundle: Path, out_dir: Path) -> Path:
    if not any((bundle / name).is_file() for name in ("tutor", "tutor.exe")):
        raise SystemExit(f"no bundle at {bundle}: build it first (installers/README.md)")
    system = "windows" if sys.platform == "win32" else sys.platform
    target = out_dir / f"{FOLDER}-Portable-{__version__}-{system}-{platform.machine().lower()}.zip"
    out_dir.mkdir(parents=True, exist_ok=True)
    # Deflate level 6: the model inside is already dense, stronger levels only cost time.
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, f"{FOLDER}/{path.relative_to(bundle).as_posix()}")
        archive.writestr(f"{FOLDER}/{PORTABLE_MARKER}", MARKER_TEXT.encode("utf-8"))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "tutor")
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    args = parser.parse_args(argv)
    target = build(args.bundle.resolve(), args.out.resolve())
    print(f"{target} {target.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
