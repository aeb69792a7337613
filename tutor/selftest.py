"""`tutor --self-test`: a JSON health report of this install."""

from __future__ import annotations

import importlib.metadata
import platform
import shutil
import sys
from pathlib import Path
from typing import Any, Callable

import psutil

import tutor
from tutor.paths import DataDir
from tutor.store.recovery import check_integrity

MIN_FREE_DISK_MB = 200
MIN_FREE_RAM_MB = 300


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def run_self_test(
    data_root: Path, extra_checks: dict[str, Callable[[], dict[str, Any]]] | None = None
) -> tuple[dict[str, Any], bool]:
    data = DataDir(data_root)
    problems: list[str] = []
    report: dict[str, Any] = {
        "app_version": tutor.__version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "versions": {
            name: _version(name)
            for name in ("PySide6-Essentials", "platformdirs", "cryptography", "PyYAML", "sqlite-utils")
        },
        "sqlite": __import__("sqlite3").sqlite_version,
        "data_dir": str(data.root),
    }
    if data.database.exists():
        damage = check_integrity(data.database)
        report["database"] = {"path": str(data.database), "ok": damage is None, "problem": damage}
        if damage:
            problems.append(f"database damaged: {damage}")
    else:
        report["database"] = {"path": str(data.database), "ok": True, "problem": None, "exists": False}
    probe = data.root if data.root.exists() else Path(data.root.anchor or "/")
    free_disk_mb = shutil.disk_usage(probe).free // 2**20
    free_ram_mb = psutil.virtual_memory().available // 2**20
    report["free_disk_mb"] = free_disk_mb
    report["free_ram_mb"] = free_ram_mb
    if free_disk_mb < MIN_FREE_DISK_MB:
        problems.append(f"only {free_disk_mb} MB free disk in the data dir")
    if free_ram_mb < MIN_FREE_RAM_MB:
        problems.append(f"only {free_ram_mb} MB free RAM")
    for name, check in (extra_checks or {}).items():
        try:
            result = check()
        except Exception as exc:  # a failing probe is itself a finding
            result = {"ok": False, "problem": f"{type(exc).__name__}: {exc}"}
        report[name] = result
        if not result.get("ok", False):
            problems.append(f"{name}: {result.get('problem')}")
    report["healthy"] = not problems
    report["problems"] = problems
    return report, not problems
