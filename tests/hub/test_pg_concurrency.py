"""Two `tutor-hub serve` processes on one PostgreSQL: 50 devices push 1000 events each at once.

While they push, a reader per site pages the history of a learner who uses every PC of
that site; once the pushes are done it reads on to the end and must have seen every event
of that learner exactly once (hub_seq must grow in commit order within a site).

Each device alternates between the two hubs from batch to batch. Now and then it sends two
batches at the same moment, one to each hub (batch k and k+1, or the same batch twice: a
client that retried on the other process after a lost answer), so two processes store
batches of one device concurrently: whichever commits second must see the other's events
and acknowledge through both. The hub must end with the exact union: every device's seqs
1..1000 once each, acked_through 1000, no duplicates.
"""

from __future__ import annotations

import random
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.hub.pg import fresh_schema, pg_base_url
from tests.hub.serving import HubProcess
from tests.sync.keys import KeyedDevice
from tutor.sync.protocol import PROTOCOL_VERSION, WireEvent
from tutor.sync.transport import encode_body

DEVICES = 50
EVENTS_PER_DEVICE = 1000
SITES = 3

pytestmark = pytest.mark.slow


def _post(client: httpx.Client, url: str, path: str, token: str, body: dict) -> dict:
    headers = {"Content-Encoding": "gzip"} | ({"Authorization": f"Bearer {token}"} if token else {})
    response = client.post(url + path, content=encode_body(body), timeout=60, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


SITE_LEARNERS = [str(uuid.uuid4()) for _ in range(SITES)]


class Device:
    def __init__(self, index: int, rng: random.Random):
        self.device_id = f"dev-{index:02d}-{uuid.uuid4().hex[:8]}"
        self.keys = KeyedDevice(self.device_id)
        # One learner per site, on every PC of the site: their history grows from many devices
        # at once, which is what a reader paging it by hub_seq must not step past.
        self.learner_id = SITE_LEARNERS[index % SITES]
        self.events = [
            WireEvent(seq, seq - 1, str(uuid.uuid4()), self.learner_id, "attempt", 1,
                      "2026-11-21T08:00:00.000+00:00", 0, {"i": seq, "correct": seq % 3 != 0})
            for seq in range(1, EVENTS_PER_DEVICE + 1)]
        batches = []
        start = 0
        while start < len(self.events):
            size = rng.randint(40, 160)
            batches.append(self.events[start:start + size])
            start += size
        # Waves of batches sent at once, one per hub: alone, next-and-following, or the same twice.
        self.waves: list[list[list[WireEvent]]] = []
        k = 0
        while k < len(batches):
            roll = rng.random()
            if roll < 0.3 and k + 1 < len(batches):
                self.waves.append([batches[k], batches[k + 1]])
                k += 2
                continue
            self.waves.append([batches[k], batches[k]] if roll < 0.5 else [batches[k]])
            k += 1
        self.token = ""


def test_two_hub_processes_fifty_devices_exact_union(capsys):
    import psycopg

    from tutor.hub.cli import main as hub_main

    rng = random.Random(20261121)
    with fresh_schema(pg_base_url()) as url:
        codes = []
        for n in range(SITES):  # the real CLI on PostgreSQL; the code is its last line
            assert hub_main(["--database", url, "site", "create", f"Xã số {n + 1}"]) == 0
            codes.append(capsys.readouterr().out.strip().splitlines()[-1])
        hubs = [HubProcess(url), HubProcess(url)]
        try:
            devices = [Device(i, rng) for i in range(DEVICES)]
            with httpx.Client() as client:
                for i, device in enumerate(devices):
                    device.token = _post(client, hubs[i % 2].url, "/v1/enroll", "",
                                         device.keys.enroll_body(codes[i % SITES], f"Máy {i}"))["device_token"]

            senders = ThreadPoolExecutor(max_workers=2 * DEVICES)

            def run_device(index: int, device: Device) -> int:
                with httpx.Client() as client:
                    hello = _post(client, hubs[index % 2].url, "/v1/hello", device.token,
                                  device.keys.hello_body("2026-11-21T08:00:00Z", 1))
                    acked = hello["acked_through"]
                    for k, wave in enumerate(device.waves):
                        sends = [(hubs[(index + k + j) % 2], device.keys.push_body([e.to_wire() for e in batch]))
                                 for j, batch in enumerate(wave)]
                        answers = list(senders.map(
                            lambda send: _post(client, send[0].url, "/v1/events", device.token, send[1]), sends))
                        acked = max(a["acked_through"] for a in answers)
                        assert acked == wave[-1][-1].seq, (device.device_id, k, answers)
                    return acked

            pushing_done = threading.Event()

            def read_history(site: int) -> list[str]:
                token = devices[site].token  # device i is at site i % SITES
                seen, after = [], 0
                with httpx.Client(headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
                    for page_no in range(100_000):  # bounded
                        finished = pushing_done.is_set()
                        page = client.get(f"{hubs[page_no % 2].url}/v1/learners/{SITE_LEARNERS[site]}/events",
                                          params={"after": after, "limit": 1000})
                        if page.status_code == 404:  # nothing of this learner stored yet
                            continue
                        answer = page.json()
                        seen += [e["event_id"] for e in answer["events"]]
                        after = answer["next_after"]
                        if finished and not answer["more"]:
                            return seen
                raise AssertionError("reader never reached the end")

            with ThreadPoolExecutor(max_workers=SITES) as readers:
                histories = [readers.submit(read_history, site) for site in range(SITES)]
                with ThreadPoolExecutor(max_workers=DEVICES) as pool:
                    results = list(pool.map(run_device, range(DEVICES), devices))
                pushing_done.set()
                histories = [h.result() for h in histories]
            senders.shutdown()
            assert results == [EVENTS_PER_DEVICE] * DEVICES
            for site, history in enumerate(histories):
                expected_ids = {e.event_id for i, d in enumerate(devices) if i % SITES == site for e in d.events}
                assert len(history) == len(set(history)) and set(history) == expected_ids
        finally:
            for hub in hubs:
                hub.stop()
        assert not any(hub.errors() for hub in hubs), "".join(hub.errors() for hub in hubs)

        with psycopg.connect(url) as conn:
            held = conn.execute("SELECT device_id, seq, event_id FROM events").fetchall()
            acked = dict(conn.execute("SELECT device_id, acked_through FROM devices").fetchall())
            counted = dict(conn.execute("SELECT device_id, events_held FROM devices").fetchall())
        expected = {(d.device_id, e.seq, e.event_id) for d in devices for e in d.events}
        assert len(held) == DEVICES * EVENTS_PER_DEVICE == len(set(held))
        assert set(held) == expected
        assert len({event_id for _, _, event_id in held}) == len(held)
        assert all(acked[d.device_id] == EVENTS_PER_DEVICE for d in devices)
        assert all(counted[d.device_id] == EVENTS_PER_DEVICE for d in devices)

