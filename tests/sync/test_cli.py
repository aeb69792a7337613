"""`tutor-hub site create / device revoke` and the `tutor sync ...` commands, end to end."""

from __future__ import annotations

import argparse
import re

from tests.sync.conftest import HUB_TIME
from tutor.clock import FakeClock
from tutor.hub.cli import main as hub_main
from tutor.sync.cli import register
from tutor.workspace import Workspace


def test_site_create_prints_the_code_last_and_revoke(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert hub_main(["--database", db, "site", "create", "Xã  Yên Lạc"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert "Xã Yên Lạc" in out[0]
    assert re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){2}", out[-1])
    assert hub_main(["--database", db, "device", "revoke", "no-such-device"]) == 1


def test_sync_commands_against_a_running_hub(hub, tmp_path, capsys):
    code = hub.new_site("Xã Yên Lạc")
    data = tmp_path / "pc"

    def open_workspace(args):
        return Workspace.open(data, clock=FakeClock(HUB_TIME), bundled_pack=None, backup=False)

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"), open_workspace)

    def run(*argv: str) -> int:
        args = parser.parse_args(list(argv))
        return args.func(args)

    assert run("sync", "now") == 1
    assert "chưa đăng ký" in capsys.readouterr().err
    assert run("sync", "enroll", hub.url, code, "--name", "Máy 1") == 0
    ws = open_workspace(None)
    ws.learners.create("Bà Lan", "sun")
    device = ws.device_id
    ws.close()
    assert run("sync", "now") == 0
    assert "pushed 1 events" in capsys.readouterr().out
    assert len(hub.storage.device_events(device)) == 1
    assert hub.storage.device(device).name == "Máy 1"
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("sync", "export-bundle", str(usb)) == 0
    assert len(list(usb.glob("*.tutorsync"))) == 1

    hub.storage.revoke_device(device, hub.clock.now())
    assert run("sync", "now") == 1
    assert "đăng ký lại" in capsys.readouterr().err


def test_tutor_hub_serve_answers_over_http(tmp_path):
    """The real `tutor-hub serve` process: starts, answers, refuses an old protocol with a message."""
    import os
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    code = subprocess.run([sys.executable, "-m", "tutor.hub.cli", "--database", db, "site", "create", "Xã Đông"],
                          capture_output=True, text=True, timeout=60, check=True).stdout.strip().splitlines()[-1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tutor.hub.cli", "--database", db, "serve", "--host", "127.0.0.1",
         "--port", str(port)], stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        for _ in range(200):  # bounded: uvicorn logs a handful of lines before it listens
            line = proc.stderr.readline()
            if not line or "Uvicorn running" in line:
                break
        assert proc.poll() is None
        r = httpx.post(f"http://127.0.0.1:{port}/v1/enroll",
                       json={"code": code, "device_id": "d1", "device_name": "PC"}, timeout=10)
        assert r.status_code == 200 and r.json()["site_name"] == "Xã Đông"
        r = httpx.post(f"http://127.0.0.1:{port}/v1/hello", timeout=10,
                       headers={"Authorization": "Bearer " + r.json()["device_token"]},
                       json={"protocol_version": 0, "device_id": "d1", "device_time": "2026-01-01T00:00:00Z"})
        assert r.status_code == 400 and r.json()["message_vi"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
