"""The bundled avatar pictures as icons."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from tutor.avatars import AVATARS, DEFAULT_AVATAR

ICON_DIR = Path(__file__).resolve().parent.parent / "icons"


@lru_cache(maxsize=None)
def avatar_icon(name: str) -> QIcon:
    path = ICON_DIR / f"{name if name in AVATARS else DEFAULT_AVATAR}.svg"
    return QIcon(str(path))


def avatar_name(name: str) -> str:
    """The picture's name in the UI language (tutor.avatars keeps the Vietnamese one for the
    core); literal strings so that lupdate finds them, a test checks every picture is here."""
    names = {
        "sun": QCoreApplication.translate("AvatarNames", "Mặt trời"),
        "moon": QCoreApplication.translate("AvatarNames", "Mặt trăng"),
        "star": QCoreApplication.translate("AvatarNames", "Ngôi sao"),
        "flower": QCoreApplication.translate("AvatarNames", "Bông hoa"),
        "leaf": QCoreApplication.translate("AvatarNames", "Chiếc lá"),
        "tree": QCoreApplication.translate("AvatarNames", "Cái cây"),
        "rice": QCoreApplication.translate("AvatarNames", "Bông lúa"),
        "fish": QCoreApplication.translate("AvatarNames", "Con cá"),
        "bird": QCoreApplication.translate("AvatarNames", "Con chim"),
        "house": QCoreApplication.translate("AvatarNames", "Ngôi nhà"),
        "mountain": QCoreApplication.translate("AvatarNames", "Ngọn núi"),
        "heart": QCoreApplication.translate("AvatarNames", "Trái tim"),
        "drop": QCoreApplication.translate("AvatarNames", "Giọt nước"),
        "bell": QCoreApplication.translate("AvatarNames", "Cái chuông"),
        "boat": QCoreApplication.translate("AvatarNames", "Con thuyền"),
        "cup": QCoreApplication.translate("AvatarNames", "Chén trà"),
    }
    return names.get(name, AVATARS.get(name, ""))
