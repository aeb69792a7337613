"""Text size and high-contrast theme, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from tutor.display import DisplayPrefs
from tutor.ui.widgets.avatar import ICON_DIR

BASE_STYLE = """
QWidget { font-size: %(pt)dpt; }
QPushButton, QToolButton {
    padding: 0.4em 0.9em; border-radius: 8px;
    border: 2px solid %(button_border)s; background: %(button_bg)s; color: %(button_fg)s;
}
QPushButton:hover, QToolButton:hover { background: %(tile_hover)s; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {
    background: %(checked_bg)s; border: 4px solid %(focus)s;
}
QPushButton:checked { background: %(checked_bg)s; border: 4px solid %(focus)s; }
QPushButton:disabled, QToolButton:disabled { color: %(disabled_fg)s; border-color: %(disabled_fg)s; }
QCheckBox::indicator, QRadioButton::indicator {
    width: %(indicator)dpx; height: %(indicator)dpx;
    border: 3px solid %(indicator_border)s; background: %(input_bg)s;
}
QRadioButton::indicator { border-radius: %(indicator_radius)dpx; }
QCheckBox::indicator { border-radius: 4px; }
QCheckBox::indicator:checked { background: %(indicator_on)s; image: url(%(check_icon)s); }
QRadioButton::indicator:checked { background: %(indicator_on)s; border: 3px solid %(indicator_border)s; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: %(disabled_fg)s; }
QComboBox::drop-down { border: none; width: 1.6em; }
QComboBox::down-arrow { image: url(%(arrow_icon)s); width: 0.9em; height: 0.9em; }
QComboBox QAbstractItemView { background: %(input_bg)s; color: %(button_fg)s;
    selection-background-color: %(indicator_on)s; selection-color: %(indicator_on_fg)s; }
QCheckBox, QRadioButton { spacing: 10px; padding: 4px; }
QLineEdit, QComboBox { padding: 6px; border: 2px solid %(button_border)s; border-radius: 6px;
    background: %(input_bg)s; color: %(button_fg)s; }
QPlainTextEdit, QTextEdit { border: 2px solid %(button_border)s; border-radius: 6px;
    background: %(input_bg)s; color: %(button_fg)s; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QCheckBox:focus,
QRadioButton:focus, QTextBrowser:focus, QListWidget:focus {
    outline: none; border: 3px solid %(focus)s;
}
QLabel[role="title"] { font-size: %(title_pt)dpt; font-weight: bold; }
QLabel[role="notice"] { background: %(notice_bg)s; color: %(notice_fg)s; padding: 0.6em; border-radius: 8px; }
QLabel[role="error"] { color: %(error)s; font-weight: bold; }
QPushButton[role="primary"] { background: %(primary_bg)s; color: %(primary_fg)s; font-weight: bold; }
QPushButton[role="primary"]:disabled { background: %(button_bg)s; color: %(disabled_fg)s;
    border-color: %(disabled_fg)s; font-weight: normal; }
QPushButton[role="right"] { border: 4px solid %(right)s; }
QPushButton[role="wrong"] { border: 4px solid %(error)s; }
QPushButton[role="right"]:disabled, QPushButton[role="wrong"]:disabled { color: %(button_fg)s; }
QLabel[role="subtitle"] { font-weight: bold; }
QFrame[role="card"] { border: 2px solid %(tile_border)s; border-radius: 10px; background: %(tile_bg)s; }
QToolButton[role="tile"] {
    border: 2px solid %(tile_border)s; background: %(tile_bg)s; padding: 6px;
    qproperty-toolButtonStyle: ToolButtonTextUnderIcon;
}
QToolButton[role="tile"]:hover { background: %(tile_hover)s; }
QToolButton[role="avatar"] { padding: 4px; }
QPushButton QLabel { color: %(button_fg)s; background: transparent; }
QPushButton[role="primary"] QLabel { color: %(primary_fg)s; }
QPushButton QLabel:disabled { color: %(disabled_fg)s; }
"""

NORMAL = dict(
    button_border="#78909C", button_bg="#FFFFFF", button_fg="#102027", checked_bg="#BBDEFB",
    disabled_fg="#9E9E9E", input_bg="#FFFFFF",
    right="#2E7D32", focus="#1565C0", notice_bg="#FFF3CD", notice_fg="#4A3A00", error="#B00020",
    primary_bg="#1565C0", primary_fg="#FFFFFF", tile_border="#B0BEC5", tile_bg="#FFFFFF",
    tile_hover="#E3F2FD", indicator_border="#37474F", indicator_on="#1565C0", indicator_on_fg="#FFFFFF",
    check_icon="check_white.svg", arrow_icon="arrow_dark.svg",
)
HIGH_CONTRAST = dict(
    button_border="#FFFFFF", button_bg="#000000", button_fg="#FFFFFF", checked_bg="#333300",
    disabled_fg="#808080", input_bg="#000000",
    right="#00FF00", focus="#FFFF00", notice_bg="#000000", notice_fg="#FFFF00", error="#FF8080",
    primary_bg="#FFFF00", primary_fg="#000000", tile_border="#FFFFFF", tile_bg="#000000",
    tile_hover="#303030", indicator_border="#FFFFFF", indicator_on="#FFFF00", indicator_on_fg="#000000",
    check_icon="check_black.svg", arrow_icon="arrow_light.svg",
)


def apply_display(app: QApplication, prefs: DisplayPrefs) -> None:
    font = QFont(app.font())
    font.setPointSize(prefs.point_size)
    app.setFont(font)
    colours = HIGH_CONTRAST if prefs.high_contrast else NORMAL
    app.setPalette(_high_contrast_palette() if prefs.high_contrast else app.style().standardPalette())
    indicator = round(prefs.point_size * 1.6)
    icons = {key: (ICON_DIR / colours[key]).as_posix() for key in ("check_icon", "arrow_icon")}
    app.setStyleSheet(BASE_STYLE % dict(
        colours, **icons, pt=prefs.point_size, title_pt=round(prefs.point_size * 1.5),
        indicator=indicator, indicator_radius=indicator // 2 + 3,
    ))


def _high_contrast_palette() -> QPalette:
    pal = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#FFFFFF"), QColor("#FFFF00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                 QPalette.ColorRole.AlternateBase, QPalette.ColorRole.ToolTipBase):
        pal.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.ToolTipText, QPalette.ColorRole.PlaceholderText):
        pal.setColor(role, white)
    pal.setColor(QPalette.ColorRole.Highlight, yellow)
    pal.setColor(QPalette.ColorRole.HighlightedText, black)
    pal.setColor(QPalette.ColorRole.Link, yellow)
    return pal
