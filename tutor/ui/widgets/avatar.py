"""The bundled avatar pictures as icons."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

from tutor.avatars import AVATARS, DEFAULT_AVATAR

ICON_DIR = Path(__file__).resolve().parent.parent / "icons"


@lru_cache(maxsize=None)
def avatar_icon(name: str) -> QIcon:
    path = ICON_DIR / f"{name if name in AVATARS else DEFAULT_AVATAR}.svg"
    return QIcon(str(path))
