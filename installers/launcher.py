"""PyInstaller's entry script: the frozen `tutor` executable.

It only hands over to tutor.__main__.main(), which starts the desktop app, runs a
CLI command, or (``--llm-worker``) becomes the model worker process: a frozen app
has no ``python -m``, so the app starts its worker as ``sys.executable --llm-worker``.
"""

import sys

from tutor.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
