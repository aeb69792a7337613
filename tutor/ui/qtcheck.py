"""Says clearly which system library the Qt window needs, instead of a cryptic crash."""

from __future__ import annotations

import os
import sys

# Debian/Ubuntu package for each shared library the xcb platform plugin and QtMultimedia load.
# Sonames are opened directly: ctypes.util.find_library spawns ldconfig and costs 150 ms at start.
LINUX_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpulse.so.0": "libpulse0",
}


def _loadable(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_linux_packages() -> list[str]:
    return sorted({pkg for lib, pkg in LINUX_LIBS.items() if not _loadable(lib)})


def check_qt_runtime() -> str | None:
    """None when Qt can start here, otherwise an English message with the fix."""
    if sys.platform.startswith("linux"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        if platform not in ("offscreen", "minimal") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            return ("error: no display found (DISPLAY is not set). Run the app in a desktop session, "
                    "under Xvfb (xvfb-run make run), or set QT_QPA_PLATFORM=offscreen.")
        missing = missing_linux_packages() if platform not in ("offscreen", "minimal") else []
        if missing:
            return ("error: the Qt window needs system libraries that are missing. Install them with:\n"
                    f"  sudo apt-get install {' '.join(missing)}")
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        return f"error: PySide6 cannot load ({exc}). Reinstall with: make clean run"
    return None
