"""Baseline for benchmarks/startup.py: the smallest PySide6 window, same exit protocol."""

import os
import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Xin chào"))
window.resize(1100, 760)
window.show()


def first_frame():
    print(f"FIRST_FRAME {time.perf_counter() - START:.4f}", flush=True)
    QTimer.singleShot(int(os.environ.get("TUTOR_IDLE_MS", "0")), app.quit)


QTimer.singleShot(0, first_frame)
sys.exit(app.exec())
