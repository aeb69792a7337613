"""Malformed requests against a PostgreSQL hub: 4xx with a message, never 5xx (NUL, surrogates, huge ints)."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hub.pg import fresh_schema, pg_base_url
from tests.sync.conftest import HUB_TIME, RunningHub
from tests.sync.keys import KeyedDevice
from tests.sync.test_malformed import ENDPOINTS, _check, bodies, events, json_values
from tutor.clock import FakeClock
from tutor.hub.open_storage import open_storage

# Text PostgreSQL cannot store (NUL) or UTF-8 cannot encode (lone surrogates), in every field.
awkward_text = st.sampled_from(["a\x00b", "\ud800", "\udfff x", "\x00", "é\u0000"]) | st.text(max_size=8)


@pytest.fixture(scope="module")
def pg_live(tmp_path_factory):
    with fresh_schema(pg_base_url()) as url:
        hub = RunningHub(tmp_path_factory.mktemp("pg") / "unused", FakeClock(HUB_TIME),
                         storage_factory=lambda: open_storage(url)).start()
        code = hub.new_site("Xã Thử PG")
        token = httpx.post(hub.url + "/v1/enroll", json={"code": code, "device_id": "dev-1",
                                                         "device_name": "PC"}).json()["device_token"]
        client = httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        yield hub, client
        client.close()
        hub.stop()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(ENDPOINTS), body=bodies)
def test_random_bodies_never_cause_5xx(pg_live, path, body):
    _, client = pg_live
    _check(client.post(path, json=body))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=events, device_id=json_values)
def test_random_batches_never_cause_5xx(pg_live, batch, device_id):
    _, client = pg_live
    _check(client.post("/v1/events", json={"device_id": device_id, "batch": batch}))


@pytest.fixture(scope="module")
def pg_keyed(pg_live):
    """A device with a key that said hello: its signed batches reach the storage."""
    hub, _ = pg_live
    keyed = KeyedDevice("dev-keyed")
    token = httpx.post(hub.url + "/v1/enroll", json=keyed.enroll_body(hub.new_site("Xã Khoá PG"))).json()["device_token"]
    client = httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert client.post("/v1/hello", json=keyed.hello_body("2026-11-21T08:00:00Z")).status_code == 200
    yield keyed, client
    client.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(event_id=awkward_text, learner=awkward_text, kind=awkward_text, device_time=awkward_text,
       payload=st.dictionaries(awkward_text, awkward_text, max_size=3), device_id=awkward_text,
       name=awkward_text, seq=st.integers(1, 2**62))
def test_awkward_text_never_causes_5xx(pg_live, pg_keyed, event_id, learner, kind, device_time, payload, device_id,
                                       name, seq):
    hub, client = pg_live
    import json

    keyed, keyed_client = pg_keyed
    event = [seq, 0, event_id, learner, kind, 1, device_time, 0, payload]
    try:
        signed = keyed.push_body([event])
    except ValueError:  # not an event at all: refused before any signature is checked
        signed = {"device_id": keyed.device_id, "batch": [event], "manifests": [{"signature": ""}]}
    _check(keyed_client.post("/v1/events", content=json.dumps(signed).encode()))
    raw = json.dumps({"device_id": device_id, "batch": [[seq, 0, event_id, learner, kind, 1, device_time, 0,
                                                         payload]]}).encode()  # \\u escapes survive as JSON
    _check(client.post("/v1/events", content=raw))
    _check(client.post("/v1/hello", content=json.dumps({
        "protocol_version": 1, "device_id": device_id, "device_time": device_time, "first_seq": seq}).encode()))
    _check(client.post("/v1/enroll", content=json.dumps({
        "code": name, "device_id": device_id, "device_name": name}).encode()))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(learner=awkward_text.filter(bool), after=st.integers(-5, 2**63), limit=st.integers(-5, 5000))
def test_awkward_pull_parameters_never_cause_5xx(pg_live, learner, after, limit):
    from urllib.parse import quote

    _, client = pg_live
    _check(client.get(f"/v1/learners/{quote(learner, safe='', errors='surrogatepass')}/events",
                      params={"after": after, "limit": limit}))
