"""Gia sư Bình dân học AI: an offline-first desktop tutor.

Everything under ``tutor`` except ``tutor.ui`` and ``tutor.__main__`` is the
headless core and never imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "gia-su-binh-dan-hoc-ai"
APP_AUTHOR = "BinhDanHocAI"
