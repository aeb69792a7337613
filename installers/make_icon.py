"""Render the app icon (linux/gia-su-binh-dan-hoc-ai.svg) to windows/tutor.ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installers/make_icon.py

Run again after changing the SVG; PyInstaller and Inno Setup use the .ico when present.
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "linux" / "gia-su-binh-dan-hoc-ai.svg"
TARGET = HERE / "windows" / "tutor.ico"
SIZE = 256  # Windows scales it down for menus and the taskbar


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    if not image.save(str(TARGET), "ICO"):
        print(f"could not write {TARGET} (is Qt's ico image plugin installed?)", file=sys.stderr)
        return 1
    _ = app
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
