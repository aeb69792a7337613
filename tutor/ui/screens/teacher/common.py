"""Small helpers the teacher controller and its action mixins share."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tutor.errors import TutorError


class TeacherAreaUnavailable(TutorError):
    def __init__(self) -> None:
        super().__init__("Workspace has no teacher area", "Khu vực giáo viên chưa có trên máy này.")


def teacher_of(ws):
    teacher = getattr(ws, "teacher", None)
    if teacher is None:
        raise TeacherAreaUnavailable()
    return teacher


def file_stem(text: str) -> str:
    """A file name a USB stick and Windows both accept: "Lớp Bản Lìm" -> "lop-ban-lim"."""
    from tutor.lessons.textnorm import fold

    stem = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return stem[:60] or "lop"


def write_atomically(path: Path | str, write: Callable[[Path], object]) -> Path:
    """``write(partial)`` fills a file next to the target, then it is renamed: a full disk or
    a pulled USB stick never leaves half a file under the real name (nor the partial one)."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        write(partial)
        partial.replace(target)
    finally:
        if partial.exists():
            partial.unlink()
    return target
