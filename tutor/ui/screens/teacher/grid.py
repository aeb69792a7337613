"""Bảng theo dõi: learners by lessons, each cell coloured AND marked by mastery.

The model is fed snapshots (set_rows) computed on the database thread; data()
only reads them. Colour is never the only signal: every state has a symbol and
a spoken description, so the grid works in high contrast and for colour-blind
teachers.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView,
    QVBoxLayout, QWidget,
)

from tutor.ui.widgets.avatar import avatar_icon

STATUSES = ("not_started", "started", "passed_quiz", "mastered")
SYMBOL = {"not_started": "", "started": "◔", "passed_quiz": "✓", "mastered": "★"}
# Light fills with dark text (normal theme); the high-contrast theme keeps black cells and
# colours only the symbol, since the theme's palette is black/white/yellow.
FILL = {"not_started": None, "started": "#FFF3C4", "passed_quiz": "#C8E6C9", "mastered": "#2E7D32"}
TEXT = {"not_started": "#102027", "started": "#5D4037", "passed_quiz": "#1B5E20", "mastered": "#FFFFFF"}
HC_TEXT = {"not_started": "#FFFFFF", "started": "#FFFF00", "passed_quiz": "#00FFFF", "mastered": "#00FF00"}

LEARNER_ID_ROLE = Qt.ItemDataRole.UserRole


def high_contrast_now() -> bool:
    app = QApplication.instance()
    return app is not None and app.palette().color(app.palette().ColorRole.Window).lightness() < 128


def status_name(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if status == "started":
        return QCoreApplication.translate("ClassGrid", "Đang học")
    if status == "passed_quiz":
        return QCoreApplication.translate("ClassGrid", "Đạt bài tập")
    if status == "mastered":
        return QCoreApplication.translate("ClassGrid", "Đã thuộc")
    return QCoreApplication.translate("ClassGrid", "Chưa học")


class GridModel(QAbstractTableModel):
    """Rows are learners, column 0 is the name, then one column per lesson."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lessons: tuple = ()
        self.rows: tuple = ()
        self._high_contrast = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, lessons, rows, high_contrast: bool | None = None) -> None:
        self.beginResetModel()
        self.lessons = tuple(lessons)
        self.rows = tuple(rows)
        self._high_contrast = high_contrast_now() if high_contrast is None else high_contrast
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.lessons)

    def learner_id(self, row: int) -> str:
        return self.rows[row].learner_id

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return self._name_data(row, role)
        lesson = self.lessons[index.column() - 1]
        cell = row.cells[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOL[cell.status]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.tr("%s — Bài %s: %s — %s") % (row.display_name, lesson.short_title, lesson.title,
                                                       status_name(cell.status))
            if cell.attempts:
                text += self.tr(" (đúng %d/%d câu)") % (cell.correct, cell.attempts)
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            fill = None if self._high_contrast else FILL[cell.status]
            return QBrush(QColor(fill)) if fill else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor((HC_TEXT if self._high_contrast else TEXT)[cell.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and cell.status == "mastered":
            return self._bold
        if role == LEARNER_ID_ROLE:
            return row.learner_id
        return None

    def _name_data(self, row, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display_name + ("  ⚑" if row.needs_help else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return avatar_icon(row.icon)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.needs_help:
                return self.tr("%s. Cần giúp đỡ: %s") % (row.display_name, "; ".join(row.needs_help))
            return row.display_name
        if role == LEARNER_ID_ROLE:
            return row.learner_id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.tr("Người học")
            return None
        lesson = self.lessons[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return lesson.short_title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Bài %s: %s") % (lesson.short_title, lesson.title)
        return None


def filter_grid(grid, level: int | None):
    """The grid's lessons (and each row's cells) of one level, or all of them."""
    if level is None:
        return grid.lessons, grid.rows
    keep = [i for i, lesson in enumerate(grid.lessons) if lesson.level == level]
    from dataclasses import replace

    lessons = tuple(grid.lessons[i] for i in keep)
    rows = tuple(replace(row, cells=tuple(row.cells[i] for i in keep)) for row in grid.rows)
    return lessons, rows


class GridTab(QWidget):
    learner_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = None
        self.levels: list[tuple[int, str]] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.level_label = QLabel()
        top.addWidget(self.level_label)
        self.level_combo = QComboBox()
        self.level_combo.setMinimumHeight(44)
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.level_combo.setMinimumContentsLength(22)
        self.level_combo.currentIndexChanged.connect(lambda _i: self._refill())
        self.level_label.setBuddy(self.level_combo)
        top.addWidget(self.level_combo)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        layout.addLayout(top)
        # One wrapping line of rich text, so the legend never widens the window at large text sizes.
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        self.model = GridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(44)
        self.view.horizontalHeader().setMinimumSectionSize(52)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(lambda index: index.column() == 0 and self._activated(index))
        layout.addWidget(self.view, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.level_label.setText(self.tr("Xem cấp:"))
        self.level_combo.setAccessibleName(self.tr("Chọn cấp để xem"))
        self.view.setAccessibleName(self.tr("Bảng theo dõi: người học theo từng bài"))
        self.hint.setText(self.tr("Bấm vào tên (hoặc bấm Enter ở một ô) để xem trang của người học đó. "
                                  "⚑ là người cần giúp đỡ."))
        self._fill_levels()
        self._paint_legend()
        self._refill()

    def _paint_legend(self) -> None:
        from html import escape

        high_contrast = high_contrast_now()
        parts, spoken = [], []
        for status in STATUSES:
            symbol = SYMBOL[status] or "□"
            fill = None if high_contrast else FILL[status]
            colour = (HC_TEXT if high_contrast else TEXT)[status]
            style = f"color: {colour};" + (f" background-color: {fill};" if fill else "")
            name = escape(status_name(status)).replace(" ", "&nbsp;")   # an item never breaks in two
            parts.append(f'<span style="{style}">&nbsp;{symbol}&nbsp;{name}&nbsp;</span>')
            spoken.append(f"{symbol} {status_name(status)}")
        self.legend.setText(self.tr("Chú thích:") + " " + " &nbsp; ".join(parts))
        self.legend.setAccessibleName(self.tr("Chú thích:") + " " + ", ".join(spoken))

    def set_levels(self, levels: list[tuple[int, str]]) -> None:
        self.levels = list(levels)
        self._fill_levels()

    def _fill_levels(self) -> None:
        chosen = self.level_combo.currentData()
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        self.level_combo.addItem(self.tr("Tất cả các cấp"), None)
        for number, title in self.levels:
            self.level_combo.addItem(self.tr("Cấp %d: %s") % (number, title), number)
        index = self.level_combo.findData(chosen) if chosen is not None else 0
        self.level_combo.setCurrentIndex(max(0, index))
        self.level_combo.blockSignals(False)

    def show_grid(self, grid) -> None:
        self.grid = grid
        self._paint_legend()
        self._refill()

    def _refill(self) -> None:
        if self.grid is None:
            self.model.set_rows((), ())
            self.summary.clear()
            return
        lessons, rows = filter_grid(self.grid, self.level_combo.currentData())
        self.model.set_rows(lessons, rows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, 1 + len(lessons)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 64)
        self.summary.setText(self.tr("%d người học × %d bài") % (len(rows), len(lessons)))

    def _activated(self, index) -> None:
        if index.isValid():
            self.learner_chosen.emit(self.model.learner_id(index.row()))
