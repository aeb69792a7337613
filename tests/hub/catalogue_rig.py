"""A real hub process with a catalogue, PCs enrolled over HTTP, and a TCP proxy that cuts
connections at random points: the pieces of the catalogue tests and benchmark."""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import httpx

from tests.hub.serving import HubProcess

ROOT = Path(__file__).resolve().parents[2]


def hub_cli(db: Path, data_dir: Path, *args: str, stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, "-m", "tutor.hub.cli", "--database", str(db), "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=300, input=stdin,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        raise AssertionError(f"tutor-hub {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def hub_cli_refused(db: Path, data_dir: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "tutor.hub.cli", "--database", str(db), "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode != 0, done.stdout
    return done.stderr


def random_file(path: Path, size: int, seed: int = 7) -> Path:
    """Random bytes with zero holes (sparse-ish), every MiB different so a misplaced resume shows."""
    rng = random.Random(seed)
    with open(path, "wb") as out:
        left = size
        while left > 0:
            n = min(left, 2**20)
            out.write(rng.randbytes(n) if rng.random() < 0.75 else bytes(n))
            left -= n
    return path


PIPER_CONFIG = {"audio": {"sample_rate": 22050, "quality": "low"}, "espeak": {"voice": "vi"},
                "phoneme_id_map": {"a": [1], "b": [2]}}


def voice_file(path: Path, size: int, seed: int = 7) -> Path:
    """Random bytes as a voice's weights, with the Piper config beside them (NAME.onnx.json)."""
    import json

    random_file(path, size, seed)
    Path(f"{path}.json").write_text(json.dumps(PIPER_CONFIG), encoding="utf-8")
    return path


def enroll_pc(url: str, code: str, name: str) -> tuple[str, str]:
    """(device token, hub key) for a fresh device id, as a PC without a certificate key enrolls."""
    answer = httpx.post(f"{url}/v1/enroll", json={"code": code, "device_id": str(uuid.uuid4()), "device_name": name},
                        timeout=30).json()
    return answer["device_token"], answer["hub_key"]


def start_hub(db: Path, data_dir: Path, *serve_args: str) -> HubProcess:
    return HubProcess(str(db), extra=["--data-dir", str(data_dir)],
                      serve_args=["--no-announce", "--upstream-interval", "0", *serve_args])


class CuttingProxy:
    """Forwards 127.0.0.1:port to the hub and closes each connection after a random number of
    bytes came back (between ``low`` and ``high``): a village link that drops mid-download."""

    def __init__(self, target_port: int, low: int, high: int, seed: int = 1):
        self.target_port = target_port
        self.low, self.high = low, high
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()
        self.cuts = 0
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            with self._rng_lock:
                budget = self._rng.randint(self.low, self.high)
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, args=(client, upstream, None), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, budget), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, budget: int | None) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if budget is not None and len(data) >= budget:
                    dst.sendall(data[:budget])
                    with self._rng_lock:
                        self.cuts += 1
                    break
                if budget is not None:
                    budget -= len(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self._stop = True
        self._server.close()
