"""A lesson as text: objectives, every section, key takeaways.

The learning journey (step-by-step reader, read-aloud, quiz) builds on this;
search results open here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from tutor.ui.widgets.common import big_button, title_label


@dataclass(frozen=True)
class LessonView:
    lesson_id: str
    title: str
    minutes: int
    level: int
    objectives: list[str] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)   # (heading, markdown)
    takeaways: list[str] = field(default_factory=list)
    focus_section: int | None = None


def lesson_markdown(view: LessonView, objectives_title: str, takeaways_title: str) -> str:
    parts = [f"**{objectives_title}**", ""]
    parts += [f"- {line}" for line in view.objectives]
    for heading, body in view.sections:
        parts += ["", f"## {heading}", "", body.strip()]
    parts += ["", f"## {takeaways_title}", ""]
    parts += [f"- {line}" for line in view.takeaways]
    return "\n".join(parts) + "\n"


class LessonScreen(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: LessonView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        top = QHBoxLayout()
        self.title = title_label()
        top.addWidget(self.title, 1)
        self.back_button = big_button()
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.meta = QLabel()
        outer.addWidget(self.meta)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer.addWidget(self.text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Quay lại"))
        self.back_button.setAccessibleName(self.tr("Quay lại trang trước"))
        self.text.setAccessibleName(self.tr("Nội dung bài học"))
        if self.view:
            self.show_lesson(self.view)

    def show_lesson(self, view: LessonView) -> None:
        self.view = view
        self.title.setText(view.title)
        self.title.setAccessibleName(view.title)
        self.meta.setText(self.tr("Cấp %d · khoảng %d phút") % (view.level, view.minutes))
        self.text.setMarkdown(lesson_markdown(view, self.tr("Học xong bài này, bạn sẽ:"), self.tr("Điều cần nhớ")))
        if view.focus_section is not None and 0 <= view.focus_section < len(view.sections):
            # Land on the section the search matched, with its heading at the top.
            cursor = self.text.document().find(view.sections[view.focus_section][0])
            if not cursor.isNull():
                self.text.moveCursor(QTextCursor.MoveOperation.End)
                self.text.setTextCursor(cursor)
                self.text.ensureCursorVisible()
        else:
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.setFocus()
