"""The learner groups of the national basic digital-skills framework, and age bands.

Both are optional on a profile (never required to learn). The codes travel in the
profile events (``learner_created``/``learner_renamed`` payloads ``group`` and
``age_band``) to the hub, which counts learners per group for the movement's reports.
Labels are Vietnamese data here; the UI shows them through tr() with its own strings.
"""

from __future__ import annotations

from typing import Any

# The framework's four groups, plus "other" for everyone it does not name.
GROUPS: dict[str, str] = {
    "student": "Học sinh, sinh viên",
    "citizen": "Người dân",
    "official": "Cán bộ, công chức, viên chức",
    "worker": "Người lao động trong doanh nghiệp",
    "other": "Khác",
}
UNKNOWN_GROUP = "unknown"      # a profile that has not said: counted apart, never guessed
UNKNOWN_LABEL = "Chưa chọn nhóm"

AGE_BANDS: dict[str, str] = {
    "under_18": "Dưới 18 tuổi",
    "18_34": "Từ 18 đến 34 tuổi",
    "35_59": "Từ 35 đến 59 tuổi",
    "60_plus": "Từ 60 tuổi trở lên",
}


def is_group(value: Any) -> bool:
    return isinstance(value, str) and value in GROUPS


def is_age_band(value: Any) -> bool:
    return isinstance(value, str) and value in AGE_BANDS


def group_label(code: str) -> str:
    return GROUPS.get(code, UNKNOWN_LABEL)
