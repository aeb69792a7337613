"""A class: its dashboard and everything a teacher does with it, one page each.

The pages are chosen from a list on the left rather than tabs: eight names in big
text do not fit one tab row, and a list reads top-down and works with the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QScrollArea, QSizePolicy, QStackedWidget, QWidget

from tutor.ui.screens.teacher.assign import AssignTab
from tutor.ui.screens.teacher.chart import ChartTab
from tutor.ui.screens.teacher.frame import TeacherScreen
from tutor.ui.screens.teacher.grid import GridTab
from tutor.ui.screens.teacher.lists import DifficultTab, HelpTab
from tutor.ui.screens.teacher.members import MembersTab
from tutor.ui.screens.teacher.merge import MergeTab
from tutor.ui.screens.teacher.reports import ReportsTab
from tutor.ui.widgets.common import big_button, set_text


class SectionList(QListWidget):
    """The list of a class's pages: exactly as wide as its longest name, in any language,
    text size or theme."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSpacing(3)
        self.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 2 * self.spacing() + 24
        return QSize(max(width, 120), super().sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()


def scrolling(page: QWidget) -> QScrollArea:
    """A page of forms and cards scrolls rather than clipping at large text sizes."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class ClassPage(TeacherScreen):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.snapshot = None
        self.refresh_button = big_button()
        self.sub_row.addWidget(self.refresh_button)
        body = QHBoxLayout()
        self.sections = SectionList()
        body.addWidget(self.sections)
        self.pages = QStackedWidget()
        self.grid_tab = GridTab()
        self.help_tab = HelpTab()
        self.difficult_tab = DifficultTab()
        self.chart_tab = ChartTab()
        self.assign_tab = AssignTab()
        self.members_tab = MembersTab()
        self.merge_tab = MergeTab()
        self.reports_tab = ReportsTab()
        self._holders: dict[int, QWidget] = {}
        for tab in self._pages():
            holder = scrolling(tab) if tab in (self.merge_tab, self.reports_tab) else tab
            self._holders[id(tab)] = holder
            self.pages.addWidget(holder)
            self.sections.addItem("")
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        body.addWidget(self.pages, 1)
        self.outer.addLayout(body, 1)
        self._retranslate_own()

    def _pages(self):
        return (self.grid_tab, self.help_tab, self.difficult_tab, self.chart_tab, self.assign_tab,
                self.members_tab, self.merge_tab, self.reports_tab)

    def retranslate(self) -> None:
        self._retranslate_own()
        for tab in self._pages():
            tab.retranslate()

    def _retranslate_own(self) -> None:
        super().retranslate()
        set_text(self.back_button, self.tr("Danh sách lớp"), self.tr("Quay lại danh sách lớp"))
        set_text(self.refresh_button, self.tr("Cập nhật"), self.tr("Đọc lại số liệu mới nhất của lớp"))
        help_count = len(self.snapshot.help) if self.snapshot is not None else 0
        names = (
            self.tr("Bảng theo dõi"),
            self.tr("Cần giúp đỡ (%d)") % help_count if help_count else self.tr("Cần giúp đỡ"),
            self.tr("Câu hỏi khó"), self.tr("Biểu đồ"), self.tr("Giao bài"), self.tr("Học viên"),
            self.tr("Gộp hồ sơ"), self.tr("Báo cáo"),
        )
        for index, name in enumerate(names):
            item = self.sections.item(index)
            item.setText(name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.sections.setAccessibleName(self.tr("Các mục của lớp"))
        self.sections.updateGeometry()
        self._set_title()

    def _set_title(self) -> None:
        if self.snapshot is None:
            self.title.setText(self.tr("Lớp học"))
            return
        info = self.snapshot.info
        title = info.name
        if info.archived:
            title += self.tr(" (đã lưu trữ)")
        self.title.setText(title)
        self.title.setAccessibleName(title)

    def show_section(self, tab: QWidget) -> None:
        self.sections.setCurrentRow(self.pages.indexOf(self._holders[id(tab)]))

    @property
    def class_id(self) -> str | None:
        return self.snapshot.info.class_id if self.snapshot is not None else None

    def show_snapshot(self, snapshot) -> None:
        same_class = self.snapshot is not None and self.snapshot.info.class_id == snapshot.info.class_id
        self.snapshot = snapshot
        self.grid_tab.set_levels([(level.number, level.title) for level in snapshot.curriculum])
        self.grid_tab.show_grid(snapshot.grid)
        self.help_tab.show_items(snapshot.help)
        self.difficult_tab.show_items(snapshot.difficult, snapshot.lesson_titles)
        self.chart_tab.show_levels(snapshot.levels)
        self.assign_tab.set_curriculum(snapshot.curriculum)
        if snapshot.today is not None:
            self.assign_tab.set_today(snapshot.today)
        self.assign_tab.show_assignments(snapshot.assignments, snapshot.lesson_titles)
        self.members_tab.show_learners(snapshot.members, snapshot.others)
        self.merge_tab.reports.clear()   # progress may have changed (a merge, new answers)
        self.merge_tab.show_learners(snapshot.everyone)
        self.reports_tab.set_certificate_count(snapshot.certificate_count)
        if not same_class:
            self.members_tab.show_result("")
            self.reports_tab.show_status("")
            self.show_notice("")
            self.show_section(self.grid_tab)
        self._retranslate_own()

    def clear(self) -> None:
        """On logout or lock: nothing of the class stays behind in the widgets."""
        self.snapshot = None
        self.grid_tab.show_grid(None)
        self.help_tab.show_items(())
        self.difficult_tab.show_items((), {})
        self.chart_tab.show_levels(())
        self.assign_tab.show_assignments((), {})
        self.members_tab.show_learners((), ())
        self.members_tab.show_result("")
        self.merge_tab.reports.clear()
        self.merge_tab.show_learners(())
        self.reports_tab.show_status("")
        self._retranslate_own()
