"""Settings of this PC (shared by everyone who uses it) and display preferences.

Display preferences (text size, contrast, language) belong to each learner;
the PC's defaults apply on the start screen and to new profiles.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, replace
from typing import Any

from tutor.changes import Changes
from tutor.display import IDLE_CHOICES_MIN, LANGUAGES, TEXT_SIZE_NAMES_VI, TEXT_SIZES_PT, DisplayPrefs
from tutor.store.db import transaction

@dataclass(frozen=True)
class PcSettings:
    idle_signout_min: int = 10   # 0 means never
    display: DisplayPrefs = DisplayPrefs()
    teacher_recording: bool = False  # teachers may record their own narration on this PC
    model_file: str | None = None    # the local AI model chosen on this PC (a file name in models/)


class Settings:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def _get(self, key: str) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def pc(self) -> PcSettings:
        idle = self._get("idle_signout_min")
        display = self._get("display") or {}
        return PcSettings(
            idle_signout_min=idle if isinstance(idle, int) and idle >= 0 else PcSettings.idle_signout_min,
            display=DisplayPrefs.from_dict(display),
            teacher_recording=self._get("teacher_recording") is True,
            model_file=self._get("model_file") if isinstance(self._get("model_file"), str) else None,
        )

    def set_model(self, file_name: str | None) -> Changes:
        self._put("model_file", file_name)
        return Changes(settings=True)

    def set_teacher_recording(self, allowed: bool) -> Changes:
        self._put("teacher_recording", bool(allowed))
        return Changes(settings=True)

    def set_idle_signout(self, minutes: int) -> Changes:
        if minutes < 0 or minutes > 24 * 60:
            raise ValueError("idle sign-out must be 0..1440 minutes")
        self._put("idle_signout_min", minutes)
        return Changes(settings=True)

    def set_pc_display(self, prefs: DisplayPrefs) -> Changes:
        self._put("display", asdict(prefs))
        return Changes(settings=True)

    def _put(self, key: str, value: Any) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )


__all__ = [
    "DisplayPrefs", "IDLE_CHOICES_MIN", "LANGUAGES", "PcSettings", "Settings", "TEXT_SIZES_PT",
    "TEXT_SIZE_NAMES_VI", "replace",
]
