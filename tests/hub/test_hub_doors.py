"""The hub's API doors: out-of-sequence events and absurd times are refused, a client that
hangs up mid-upload is an INFO line (issue 13 item 13)."""

from __future__ import annotations

import logging
import socket
import threading

import httpx
import pytest

from tests.sync.conftest import hub  # noqa: F401 - a real hub over HTTP
from tests.sync.keys import KeyedDevice


def ev(seq: int, prev: int, device_time: str = "2026-11-20T08:00:00.000+00:00") -> list:
    return [seq, prev, f"ev-{seq}", "learner-1", "attempt", 1, device_time, 0, {"correct": True}]


class SignedPC(httpx.Client):
    """A PC's HTTP client with its bearer token and its device key (hellos and pushes are signed)."""

    device: KeyedDevice


@pytest.fixture
def pc(hub):  # noqa: F811
    """A PC's client after enrollment and a hello."""
    device = KeyedDevice("pc-1")
    code = hub.new_site("Xã Cửa")
    token = httpx.post(hub.url + "/v1/enroll", json=device.enroll_body(code, "Máy 1"),
                       timeout=30).json()["device_token"]
    client = SignedPC(base_url=hub.url, timeout=30, headers={"authorization": f"Bearer {token}"})
    client.device = device
    assert client.post("/v1/hello", json=device.hello_body("2026-11-20T08:00:00+00:00")).status_code == 200
    yield client
    client.close()


def push(client: SignedPC, batch: list) -> httpx.Response:
    return client.post("/v1/events", json=client.device.push_body(batch))


@pytest.mark.parametrize("batch", [
    [ev(1, 0), ev(3, 2), ev(2, 1)],      # goes backwards
    [ev(1, 0), ev(2, 1), ev(5, 3)],      # names a predecessor that is not the event before it
    [ev(2, 1), ev(2, 1)],                # the same seq twice
])
def test_a_batch_out_of_sequence_is_refused_whole(hub, pc, batch):  # noqa: F811
    answer = push(pc, batch)
    assert answer.status_code == 422 and answer.json()["message_vi"]
    assert hub.storage.device_events("pc-1") == []


def test_an_event_forking_the_acknowledged_chain_is_refused(hub, pc):  # noqa: F811
    assert push(pc, [ev(1, 0), ev(2, 1), ev(3, 2)]).json() == {"acked_through": 3}
    forked = push(pc, [ev(4, 2)])          # claims to follow 2, but 3 follows 2 here
    assert forked.status_code == 409 and forked.json()["error"] == "out_of_sequence"
    assert [e["seq"] for e in hub.storage.device_events("pc-1")] == [1, 2, 3]
    assert push(pc, [ev(2, 1), ev(3, 2), ev(4, 3)]).json() == {"acked_through": 4}  # re-sends still fine


@pytest.mark.parametrize("device_time", ["1969-12-31T23:59:59+00:00", "2100-01-01T00:00:00+00:00",
                                         "9999-12-31T00:00:00+00:00", "0001-01-01T00:00:00+00:00"])
def test_absurd_times_are_refused(hub, pc, device_time):  # noqa: F811
    answer = push(pc, [ev(1, 0, device_time)])
    assert answer.status_code == 422
    assert hub.storage.device_events("pc-1") == []
    hello = pc.post("/v1/hello", json=pc.device.hello_body(device_time))
    assert hello.status_code == 422


def test_a_pc_clock_years_off_is_still_taken(hub, pc):  # noqa: F811
    """Wrong clocks are flagged and corrected, never refused: a dead clock battery reads 2000."""
    assert push(pc, [ev(1, 0, "2000-01-01T00:05:00+00:00")]).json() == {"acked_through": 1}


class _Seen(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.disconnect_logged = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        if "disconnected" in record.getMessage():
            self.disconnect_logged.set()


def test_a_client_hanging_up_mid_upload_is_an_info_line(hub, pc):  # noqa: F811
    seen = _Seen()
    watched = [logging.getLogger(name) for name in ("tutor.hub.app", "uvicorn.error")]
    old_levels = [logger.level for logger in watched]
    for logger in watched:
        logger.addHandler(seen)
        logger.setLevel(logging.INFO)
    try:
        host, port = hub.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"POST /v1/events HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                         + f"Authorization: {pc.headers['authorization']}\r\n".encode()
                         + b"Content-Length: 100000\r\n\r\n" + b'{"device_id": "pc-1", "batch": [')
        assert seen.disconnect_logged.wait(timeout=20)
    finally:
        for logger, level in zip(watched, old_levels, strict=True):
            logger.removeHandler(seen)
            logger.setLevel(level)
    line = next(r for r in seen.records if "disconnected" in r.getMessage())
    assert line.levelno == logging.INFO and line.name == "tutor.hub.app"
    assert not [r for r in seen.records if r.levelno >= logging.ERROR or "Exception in ASGI" in r.getMessage()]


def test_a_gzip_bomb_is_refused_while_it_streams_in(hub, pc):  # noqa: F811
    """The hub inflates as the body arrives and answers 413 before the sender has finished."""
    import gzip

    from tutor.sync.protocol import MAX_INFLATED_BYTES

    bomb = gzip.compress(b'{"device_id": "pc-1", "batch": [' + b" " * (MAX_INFLATED_BYTES * 3))
    host, port = hub.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        sock.sendall(b"POST /v1/events HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                     + f"Authorization: {pc.headers['authorization']}\r\n".encode()
                     + b"Content-Encoding: gzip\r\n"
                     + f"Content-Length: {len(bomb)}\r\n\r\n".encode() + bomb[:-64])  # the end held back
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")
