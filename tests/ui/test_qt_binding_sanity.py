"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops a reference to None on every call of a void Qt method; a
commune PC left on the tutor for an afternoon would crash with "deallocating
None". pyproject.toml pins PySide6 below 6.12 for this; this test fails if a
broken version comes back.
"""

import sys


def test_void_qt_calls_keep_none_alive(qtbot):
    from PySide6.QtWidgets import QApplication, QLabel

    label = QLabel()
    qtbot.addWidget(label)
    app = QApplication.instance()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.update()
        app.sendPostedEvents()
    assert abs(sys.getrefcount(None) - before) < 100
