"""The start screen of a shared PC: one big tile per learner, and "add me"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from typing import TYPE_CHECKING

from tutor.ui.screens.refresh import RefreshOnChanges
from tutor.ui.widgets.avatar import ICON_DIR, avatar_icon, avatar_name
from tutor.ui.widgets.common import big_button, notice_label, show_notice, title_label

if TYPE_CHECKING:
    from tutor.learners import Learner

COLUMNS = 4
TILE_MIN = QSize(230, 190)
TILE_SPACING = 20


def fit_tile(tile: QToolButton) -> None:
    """At least the usual tile, larger when the text size needs it (the name is never cut)."""
    from PySide6.QtWidgets import QSizePolicy

    # No explicit minimum size: it would override the size hint as the layout's minimum.
    tile.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class Tile(QToolButton):
    """A big picture button that Enter presses too (a tool button answers only Space).

    Its size comes from its own text and picture: the tool button's cached size hint lagged
    behind a text-size change, and a fixed tile squeezed the picture to a thumbnail."""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        lines = self.text().split("\n")
        text_w = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        pad = metrics.height()  # room for the style's padding and border
        return QSize(max(TILE_MIN.width(), text_w + 2 * pad),
                     max(TILE_MIN.height(), self.iconSize().height() + len(lines) * metrics.lineSpacing() + 2 * pad))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


class LearnerTile(Tile):
    def __init__(self, learner: "Learner", parent: QWidget | None = None):
        super().__init__(parent)
        self.learner = learner
        from PySide6.QtCore import Qt  # tiles are built after the first frame

        self.setProperty("role", "tile")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIcon(avatar_icon(learner.icon))
        self.setIconSize(QSize(96, 96))
        fit_tile(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def retranslate(self) -> None:
        name = self.learner.display_name
        shown = name if len(name) <= 40 else name[:38] + "…"
        # A text mark, not an emoji: commune PCs often have no colour-emoji font.
        self.setText(shown + ("\n" + self.tr("(có mã PIN)") if self.learner.has_pin else ""))
        picture = avatar_name(self.learner.icon)
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            self.tr("Hình %s. Có mã PIN.") % picture if self.learner.has_pin
            else self.tr("Hình %s.") % picture
        )
        self.setToolTip(name)


class StartScreen(RefreshOnChanges, QWidget):
    learner_chosen = Signal(str)
    add_requested = Signal()
    settings_requested = Signal()
    teacher_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._learners: list = []
        self._loading = False
        self.tiles: list[LearnerTile] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        top = QHBoxLayout()
        self.title = title_label()
        top.addWidget(self.title, 1)
        self.settings_button = big_button()
        self.settings_button.clicked.connect(self.settings_requested)
        top.addWidget(self.settings_button)
        outer.addLayout(top)
        self.notice = notice_label()
        outer.addWidget(self.notice)
        self.restore_button: QPushButton | None = None  # made only when learners can be taken back
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tile_host = QWidget()
        # Tiles sit top-left: stretches after the grid instead of an alignment flag, which
        # would pull in the Qt namespace (~20 ms) before the first frame.
        host_rows = QVBoxLayout(self.tile_host)
        host_cols = QHBoxLayout()
        self.grid = QGridLayout()
        self.grid.setSpacing(TILE_SPACING)
        self._columns = COLUMNS
        host_cols.addLayout(self.grid)
        host_cols.addStretch(1)
        host_rows.addLayout(host_cols)
        host_rows.addStretch(1)
        self.scroll.setWidget(self.tile_host)
        outer.addWidget(self.scroll, 1)
        # The teacher area's door: small and at the bottom, so learners are not drawn to it
        # (it asks for a password anyway).
        teacher_row = QHBoxLayout()
        teacher_row.addStretch(1)
        self.teacher_button = QPushButton()
        self.teacher_button.setMinimumHeight(44)
        self.teacher_button.clicked.connect(self.teacher_requested)
        teacher_row.addWidget(self.teacher_button)
        outer.addLayout(teacher_row)
        self.add_tile = Tile()
        self.add_tile.setProperty("role", "tile")  # the style sheet puts its text under the icon
        fit_tile(self.add_tile)
        self.add_tile.setIcon(QIcon(str(ICON_DIR / "add.svg")))
        self.add_tile.setIconSize(QSize(96, 96))
        self.add_tile.clicked.connect(self.add_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ai đang học hôm nay?"))
        self.set_loading(self._loading)
        self.settings_button.setText(self.tr("Cài đặt"))
        self.settings_button.setAccessibleName(self.tr("Cài đặt của máy này"))
        self.add_tile.setText(self.tr("Thêm người học"))
        self.add_tile.setAccessibleName(self.tr("Thêm người học mới"))
        self.teacher_button.setText(self.tr("Dành cho giáo viên"))
        self.teacher_button.setAccessibleName(self.tr("Dành cho giáo viên: quản lý lớp học, cần mật khẩu"))
        if self.restore_button is not None:
            self.restore_button.setText(self.tr("Lấy lại dữ liệu cũ"))
        for tile in self.tiles:
            tile.retranslate()

    def show_notice(self, text: str) -> None:
        show_notice(self.notice, text)

    def offer_restore(self, offered: bool) -> None:
        """Shows the “take the old data back” button under the notice (recovery offers it
        when this database has no learners but a backup or a kept file has)."""
        if offered and self.restore_button is None:
            self.restore_button = big_button()
            self.restore_button.clicked.connect(self.restore_requested)
            self.layout().insertWidget(self.layout().indexOf(self.notice) + 1, self.restore_button)
            self.retranslate()
            self._order_tabs()
        if self.restore_button is not None:
            self.restore_button.setVisible(offered)

    def set_loading(self, loading: bool) -> None:
        """Before the database is open: the frame shows, tiles arrive a moment later."""
        self._loading = loading
        self.add_tile.setEnabled(not loading)
        self.settings_button.setEnabled(not loading)
        self.teacher_button.setEnabled(not loading)
        if loading:
            self.hint.setText(self.tr("Đang mở dữ liệu…"))
        else:
            self.hint.setText(self.tr("Bấm vào hình của bạn. Nếu chưa có, bấm “Thêm người học”."))

    def set_learners(self, learners: list) -> None:
        self._learners = list(learners)
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.grid.removeWidget(self.add_tile)
        self.tiles = []
        for learner in self._learners:
            tile = LearnerTile(learner)
            tile.clicked.connect(lambda _=False, lid=learner.learner_id: self.learner_chosen.emit(lid))
            self.tiles.append(tile)
        self._columns = self._fitting_columns()
        self._place_tiles()
        self._order_tabs()
        (self.tiles[0] if self.tiles else self.add_tile).setFocus()

    def _order_tabs(self) -> None:
        """Tab follows the screen: Settings at the top, the restore offer under the notice,
        the tiles row by row ("add me" last, as it is drawn), then the teacher's door at the
        bottom. The tile area itself is no stop: it scrolls to the tile that has the focus."""
        from PySide6.QtCore import Qt  # tiles are built after the first frame

        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chain = [self.settings_button, self.restore_button, *self.tiles, self.add_tile, self.teacher_button]
        chain = [widget for widget in chain if widget is not None]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _fitting_columns(self) -> int:
        """As many tiles a row as the window's width holds (fewer at large text sizes)."""
        tile = max((t.sizeHint().width() for t in (*self.tiles, self.add_tile)), default=TILE_MIN.width())
        room = self.scroll.viewport().width() - 2 * TILE_SPACING
        return max(1, min(COLUMNS, (room + TILE_SPACING) // (tile + TILE_SPACING)))

    def _place_tiles(self) -> None:
        for tile in (*self.tiles, self.add_tile):
            self.grid.removeWidget(tile)
        for index, tile in enumerate((*self.tiles, self.add_tile)):
            self.grid.addWidget(tile, index // self._columns, index % self._columns)
            tile.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # The tiles are re-styled after this screen: measure them once they are done.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        for tile in (*self.tiles, self.add_tile):
            tile.updateGeometry()
        self.grid.invalidate()
        self._columns = self._fitting_columns()
        self._place_tiles()

    def _reflow(self) -> None:
        columns = self._fitting_columns()
        if columns != self._columns:
            self._columns = columns
            self._place_tiles()

    def set_sync_bar(self, bar: QWidget) -> None:
        """The sync status line (tutor.ui.sync_controller), at the bottom; it hides itself
        on a PC that is not enrolled."""
        self.layout().addWidget(bar)

    def tile_for(self, learner_id: str) -> LearnerTile | None:
        return next((t for t in self.tiles if t.learner.learner_id == learner_id), None)
