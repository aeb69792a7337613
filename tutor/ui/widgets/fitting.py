"""Keeping every screen on a small PC screen (1024x768, or 1366x768 with a taskbar) at every
text size: the window scrolls instead of growing, and it is sized from the screen it is on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QStackedWidget, QWidget

# Room a window manager takes around the window: title bar and borders.
FRAME_ALLOWANCE = QSize(16, 48)
PREFERRED = QSize(1100, 720)


class PageStack(QStackedWidget):
    """A stack whose size hints are those of the page on show.

    QStackedWidget asks for the largest page's size, so one long screen (Settings at the
    largest text) used to push every other screen, and the window, off the screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # By default the stack's layout also sets the stack's minimum size to the largest
        # page's: a long page then made every page taller than the window.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.refit = None  # set by scrolling(): fits this stack to its scroll area again
        self.currentChanged.connect(lambda _index: self._changed())

    def _changed(self) -> None:
        self.updateGeometry()
        if self.refit is not None:
            QTimer.singleShot(0, self.refit)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._changed()  # a page's needs changed (text size, content): fit again
        return super().event(event)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        # QStackedLayout answers with the tallest page's height for this width; the scroll
        # area asks it, and every page was as tall as the longest (Settings at large text).
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        if page.hasHeightForWidth():
            return page.heightForWidth(width)
        return page.minimumSizeHint().height()


def scrolling(content: QWidget) -> QScrollArea:
    """Content that fits the window's width and scrolls up and down when it is too tall."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Tab moves focus through the page; the scroll area keeps the focused control in view.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if isinstance(content, PageStack):
        # A scroll area grows its widget for a long page but never shrinks it back for a
        # short one: the next pages would scroll for nothing.
        def refit() -> None:
            view = area.viewport().size()
            need = content.minimumSizeHint()
            content.resize(view.width(), max(view.height(), need.height()))

        content.refit = refit
    return area


def initial_window_size(available: QSize) -> QSize:
    """The window's first size: the preferred size, or less on a small screen."""
    return QSize(min(PREFERRED.width(), available.width() - FRAME_ALLOWANCE.width()),
                 min(PREFERRED.height(), available.height() - FRAME_ALLOWANCE.height()))
