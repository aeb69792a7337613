"""House rule 1: the core never imports Qt."""

import pkgutil
import subprocess
import sys

import tutor

UI_SIDE = {"tutor.ui", "tutor.__main__"}


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(tutor.__path__, "tutor."):
        if any(info.name == s or info.name.startswith(s + ".") for s in UI_SIDE):
            continue
        names.append(info.name)
    return names


def test_there_is_a_core_to_check():
    names = core_modules()
    assert "tutor.workspace" in names and "tutor.store.db" in names and "tutor.learners" in names


def test_importing_every_core_module_loads_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') or m.startswith('tutor.ui'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_command_does_not_load_qt(tmp_path):
    code = (
        "import sys\n"
        "from tutor.__main__ import main\n"
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'learners'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
