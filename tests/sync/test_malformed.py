"""Malformed and oversized requests get a 4xx JSON answer, never a 5xx."""

from __future__ import annotations

import gzip
import json
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.conftest import HUB_TIME, RunningHub
from tests.sync.keys import KeyedDevice
from tutor.clock import FakeClock
from tutor.sync.protocol import MAX_BATCH_EVENTS, MAX_INFLATED_BYTES, MAX_REQUEST_BYTES


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    hub = RunningHub(tmp_path_factory.mktemp("hub") / "hub.sqlite3", FakeClock(HUB_TIME)).start()
    code = hub.new_site("Xã Thử")
    answer = httpx.post(hub.url + "/v1/enroll", json={"code": code, "device_id": "dev-1", "device_name": "PC"})
    token = answer.json()["device_token"]
    client = httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    yield hub, client
    client.close()
    hub.stop()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=20,
)
field_names = st.sampled_from(["code", "device_id", "device_name", "protocol_version", "device_time",
                               "first_seq", "batch", "public_key"])
bodies = st.dictionaries(field_names, json_values, max_size=6) | json_values
events = st.lists(st.lists(json_values, min_size=0, max_size=10), max_size=5)
ENDPOINTS = ["/v1/enroll", "/v1/hello", "/v1/events"]


def _check(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        body = response.json()
        assert body["error"] and body["message"] and body["message_vi"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(ENDPOINTS), body=bodies, zipped=st.booleans())
def test_random_json_bodies_never_cause_5xx(live, path, body, zipped):
    _, client = live
    raw = json.dumps(body).encode()
    headers = {"Content-Encoding": "gzip"} if zipped else {}
    _check(client.post(path, content=gzip.compress(raw) if zipped else raw, headers=headers))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=events, device_id=json_values)
def test_random_event_batches_never_cause_5xx(live, batch, device_id):
    _, client = live
    _check(client.post("/v1/events", json={"device_id": device_id, "batch": batch}))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300), path=st.sampled_from(ENDPOINTS), zipped=st.booleans())
def test_random_bytes_never_cause_5xx(live, raw, path, zipped):
    _, client = live
    _check(client.post(path, content=raw, headers={"Content-Encoding": "gzip"} if zipped else {}))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(learner=st.text(min_size=1, max_size=80),
       after=st.text(max_size=8), limit=st.text(max_size=8))
def test_random_pull_parameters_never_cause_5xx(live, learner, after, limit):
    _, client = live
    _check(client.get(f"/v1/learners/{quote(learner, safe='')}/events", params={"after": after, "limit": limit}))


def test_nan_and_infinity_are_refused(live):
    _, client = live
    for constant in ("NaN", "Infinity", "-Infinity"):
        r = client.post("/v1/events", content=b'{"device_id": "dev-1", "batch": [], "x": ' + constant.encode() + b"}")
        assert r.status_code == 400


def test_oversized_requests_get_413(live):
    _, client = live
    assert client.post("/v1/events", content=b"x" * (MAX_REQUEST_BYTES + 1)).status_code == 413
    bomb = gzip.compress(b" " * (MAX_INFLATED_BYTES + 1))
    assert client.post("/v1/events", content=bomb, headers={"Content-Encoding": "gzip"}).status_code == 413
    event = [1, 0, "e", None, "attempt", 1, "2026-11-21T08:00:00Z", 0, {}]
    too_many = {"device_id": "dev-1", "batch": [event] * (MAX_BATCH_EVENTS + 1)}
    r = client.post("/v1/events", json=too_many)
    assert r.status_code == 413 and r.json()["error"] == "too_large"


def test_missing_or_wrong_token_gets_401(live):
    hub, _ = live
    assert httpx.get(hub.url + "/v1/roster").status_code == 401
    r = httpx.get(hub.url + "/v1/roster", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and r.json()["error"] == "unauthorized"


def test_bad_device_time_is_422(live):
    _, client = live
    r = client.post("/v1/hello", json={"protocol_version": 1, "device_id": "dev-1",
                                       "device_time": "yesterday", "first_seq": 1})
    assert r.status_code == 422


def test_times_and_numbers_at_the_edges_are_4xx(live):
    hub, client = live
    edge = KeyedDevice("dev-edge")
    token = httpx.post(hub.url + "/v1/enroll", json=edge.enroll_body(hub.new_site("Xã Biên"))).json()["device_token"]
    auth = {"Authorization": f"Bearer {token}"}
    for device_time in ("2000-01-01T00:00:00+00:00", "2099-12-31T23:59:59+00:00"):
        r = client.post("/v1/hello", json=edge.hello_body(device_time), headers=auth)
        assert r.status_code == 200  # any clock a PC can have is accepted, and flagged
        assert r.json()["clock_flagged"] is True
    for device_time in ("0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00"):
        r = client.post("/v1/hello", json=edge.hello_body(device_time), headers=auth)
        assert r.status_code == 422  # no clock reads these: refused (issue 13)
        far = [1, 0, f"edge-{device_time}", None, "attempt", 1, "9999-12-31T23:59:59+00:00", 0, {}]
        _check(client.post("/v1/events", json=edge.push_body([far]), headers=auth))
    _check(client.get("/v1/learners/x/events", params={"after": 10**30}))


def test_enroll_refuses_a_bad_public_key(live):
    hub, _ = live
    code = hub.new_site("Xã Khoá")
    r = httpx.post(hub.url + "/v1/enroll", json={"code": code, "device_id": "dev-k", "device_name": "PC",
                                                  "public_key": "bm90IGEga2V5"})
    assert r.status_code == 422 and hub.storage.device("dev-k") is None
