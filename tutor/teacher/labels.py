"""Short names for lessons and levels as teachers read them: "Bài 1.3", "Bài kiểm tra Cấp 2"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tutor.teacher.api import LessonColumn


@dataclass(frozen=True)
class Curriculum:
    """The current lessons in teaching order, read once per dashboard call."""
    columns: tuple[LessonColumn, ...]
    level_titles: dict[int, str]
    by_id: dict[str, LessonColumn]

    @classmethod
    def read(cls, content: Any) -> Curriculum:
        columns: list[LessonColumn] = []
        titles: dict[int, str] = {}
        for level in content.levels():
            titles[level.number] = level.title
            for index, summary in enumerate(content.lessons(level=level.number), start=1):
                columns.append(LessonColumn(summary.lesson_id, level.number, f"{level.number}.{index}",
                                            summary.title))
        return cls(tuple(columns), titles, {c.lesson_id: c for c in columns})

    def columns_of(self, level: int | None) -> tuple[LessonColumn, ...]:
        return self.columns if level is None else tuple(c for c in self.columns if c.level == level)

    def column(self, lesson_id: str) -> LessonColumn | None:
        return self.by_id.get(lesson_id)

    def lesson_label(self, lesson_id: str, content: Any = None) -> str:
        """ "Bài 1.3" (or the lesson's title when the pack retired it)."""
        column = self.column(lesson_id)
        if column is not None:
            return f"bài {column.short_title}"
        lesson = content.lesson(lesson_id) if content is not None else None
        return f"bài “{lesson.title}”" if lesson else f"bài {lesson_id}"

    def lesson_title(self, lesson_id: str, content: Any = None) -> str:
        column = self.column(lesson_id)
        if column is not None:
            return f"Bài {column.short_title}: {column.title}"
        lesson = content.lesson(lesson_id) if content is not None else None
        return lesson.title if lesson else lesson_id

    def level_title(self, level: int) -> str:
        return self.level_titles.get(level, f"Cấp độ {level}")


def level_test_title(level: int) -> str:
    return f"Bài kiểm tra Cấp {level}"
