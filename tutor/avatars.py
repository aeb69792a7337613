"""The bundled set of simple pictures a learner picks for their tile.

A picture lets someone who cannot read their own name find their tile. The
Vietnamese name is what a screen reader says and what the read-aloud speaks.
"""

from __future__ import annotations

AVATARS: dict[str, str] = {
    "sun": "Mặt trời",
    "moon": "Mặt trăng",
    "star": "Ngôi sao",
    "flower": "Bông hoa",
    "leaf": "Chiếc lá",
    "tree": "Cái cây",
    "rice": "Bông lúa",
    "fish": "Con cá",
    "bird": "Con chim",
    "house": "Ngôi nhà",
    "mountain": "Ngọn núi",
    "heart": "Trái tim",
    "drop": "Giọt nước",
    "bell": "Cái chuông",
    "boat": "Con thuyền",
    "cup": "Chén trà",
}

DEFAULT_AVATAR = "sun"


def is_avatar(icon: str) -> bool:
    return icon in AVATARS
