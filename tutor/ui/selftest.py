"""`tutor --self-test` with the checks that need Qt: the runtime and Vietnamese fonts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from tutor.paths import resolve_data_dir
from tutor.selftest import run_self_test
from tutor.ui.qtcheck import check_qt_runtime

VIETNAMESE_SAMPLE = "Tiếng Việt: ăâđêôơư ĂÂĐÊÔƠƯ áàảãạ ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ýỳỷỹỵ"


def vietnamese_font_check() -> dict[str, Any]:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    default = QGuiApplication.font().family()
    capable = []
    for family in QFontDatabase.families():
        metrics = QFontMetrics(QFont(family))
        if all(metrics.inFontUcs4(ord(ch)) for ch in VIETNAMESE_SAMPLE if not ch.isspace()):
            capable.append(family)
    default_ok = default in capable
    _ = app
    return {
        "ok": bool(capable),
        "default_family": default,
        "default_renders_vietnamese": default_ok,
        "families": capable[:10],
        "problem": None if capable else "no installed font can render Vietnamese (install fonts-dejavu-core)",
    }


def qt_runtime_check() -> dict[str, Any]:
    problem = check_qt_runtime()
    return {"ok": problem is None, "problem": problem}


def run_gui_self_test(args: argparse.Namespace) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report, healthy = run_self_test(
        resolve_data_dir(args.data_dir),
        extra_checks={"qt": qt_runtime_check, "fonts": vietnamese_font_check},
    )
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0 if healthy else 1
