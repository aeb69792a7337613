"""Real `tutor-hub serve` processes for tests: a free port, started and stopped without sleeping."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Sequence


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class HubProcess:
    """`python -m tutor.hub.cli --database URL serve` on 127.0.0.1; its log is drained by a thread
    (a full stderr pipe would stall the server) and kept for failure messages."""

    def __init__(self, database: str, extra: Sequence[str] = (), serve_args: Sequence[str] = ()):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log: list[str] = []
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tutor.hub.cli", "--database", database, *extra, "serve",
             "--host", "127.0.0.1", "--port", str(self.port), *serve_args],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        for _ in range(500):  # bounded: uvicorn logs a handful of lines before it listens
            line = self._proc.stderr.readline()
            if not line:
                break
            self.log.append(line)
            if "Uvicorn running" in line:
                break
        if self._proc.poll() is not None or not any("Uvicorn running" in line for line in self.log):
            self.stop()
            raise RuntimeError("tutor-hub serve did not start:\n" + "".join(self.log))
        self._drain = threading.Thread(target=self._read_log, daemon=True)
        self._drain.start()

    def _read_log(self) -> None:
        for line in self._proc.stderr:
            if len(self.log) < 5000:
                self.log.append(line)

    def stop(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=30)

    def errors(self) -> str:
        return "".join(line for line in self.log if "Traceback" in line or "ERROR" in line or "Error" in line)
