"""The hub's HTTP API (FastAPI). Every refusal is a 4xx JSON body {error, message, message_vi}.

Bodies are read by hand, not by FastAPI models, so the size limits hold before any
parsing and a gzip bomb is stopped while inflating.

Hub-to-hub forwarding (tutor.hub.upstream) adds two optional fields to the protocol:
/v1/enroll takes ``relay: true`` (the enrolling device is another hub), and a relay's
/v1/hello may carry ``device_name`` and ``public_key`` of the PC it forwards for. A PC's
own hello carries its ``public_key`` too: a successor device id (a restored database)
has a new certificate key, which the hub records once and never replaces.
"""

from __future__ import annotations

import base64
import json
import logging
import zlib
from datetime import datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from tutor.clock import Clock, SystemClock
from tutor.hub.catalogue.routes import CatalogueServing, register_catalogue
from tutor.hub.dashboard import register_dashboard
from tutor.hub.device_auth import device_auth
from tutor.hub.freshness import stale_reason
from tutor.hub.storage import (
    Auth, HubError, HubStorage, check_batch_sequence, check_device_time, iso, parse_time, storable,
)
from tutor.hub.trust import EnrollGuard, SignedAnswers, checked_manifests, hub_private_key, implausible_time
from tutor.messages import CATALOGUE
from tutor.sync.protocol import (
    MAX_BATCH_EVENTS,
    MAX_INFLATED_BYTES,
    MAX_REQUEST_BYTES,
    PROTOCOL_VERSION,
    PULL_PAGE_EVENTS,
    SUPPORTED_VERSIONS,
    WireError,
    event_from_wire,
)
from tutor.sync.signing import (
    ENROLL_CONTEXT,
    HELLO_CONTEXT,
    MAX_NONCE_CHARS,
    body_message,
    public_key_b64,
    verify,
)

log = logging.getLogger(__name__)

# A refusal's Vietnamese for people: catalogued (tutor.messages "hub.<code>"), so the PC
# that shows it recognises it and puts it into its UI language.
MESSAGES_VI = {code.removeprefix("hub."): text for code, text in CATALOGUE.items() if code.startswith("hub.")}


def _refusal(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={
        "error": code, "message": message,
        "message_vi": MESSAGES_VI.get(code, CATALOGUE["sync.refused"]),
    })


async def _read_json(request: Request) -> Any:
    """The request body as JSON: size-limited, gunzipped when Content-Encoding says gzip.

    A gzip body is inflated chunk by chunk as it arrives, and refused the moment its
    inflated size passes MAX_INFLATED_BYTES: neither the compressed body nor more than the
    limit is ever held (issue 13: a small body that inflates to gigabytes).
    """
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_REQUEST_BYTES:
        raise HubError(413, "too_large", f"request body over {MAX_REQUEST_BYTES} bytes")
    gzipped = request.headers.get("content-encoding", "").lower() == "gzip"
    inflater = zlib.decompressobj(wbits=31) if gzipped else None
    body = bytearray()
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_REQUEST_BYTES:
            raise HubError(413, "too_large", f"request body over {MAX_REQUEST_BYTES} bytes")
        if inflater is None:
            body += chunk
            continue
        if inflater.eof:  # a second gzip member is never inflated (the old reader ignored it too)
            continue
        try:
            body += inflater.decompress(chunk, MAX_INFLATED_BYTES + 1 - len(body))
        except zlib.error:
            raise HubError(400, "bad_request", "body is not valid gzip") from None
        if len(body) > MAX_INFLATED_BYTES or inflater.unconsumed_tail:
            raise HubError(413, "too_large", f"inflated body over {MAX_INFLATED_BYTES} bytes")
    if inflater is not None and not inflater.eof:
        raise HubError(400, "bad_request", "gzip body is truncated")
    try:
        # NaN and Infinity are not JSON: accepted here they would break every later answer.
        return json.loads(body, parse_constant=_refuse_constant)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise HubError(400, "bad_request", "body is not JSON") from None


def _is_ed25519_b64(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        return len(base64.b64decode(value, validate=True)) == 32
    except ValueError:
        return False


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise WireError("body must be a JSON object")
    return data


def _text(data: dict[str, Any], key: str, max_len: int = 200) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > max_len:
        raise WireError(f"{key} must be a non-empty string of at most {max_len} characters")
    return value


def _nonce(data: dict[str, Any]) -> str:
    nonce = data.get("nonce")
    if not isinstance(nonce, str) or not 16 <= len(nonce) <= MAX_NONCE_CHARS or not nonce.isascii():
        raise WireError(f"nonce must be a string of 16 to {MAX_NONCE_CHARS} ASCII characters")
    return nonce


def _signature_checked(key: str | None, message: bytes, signature: Any) -> None:
    if not key or not verify(key, message, signature):
        raise HubError(403, "bad_signature", "the signature does not match the device's key")


def _clock_epoch(data: dict[str, Any]) -> int | None:
    epoch = data.get("clock_epoch")
    if epoch is None:
        return None
    if isinstance(epoch, bool) or not isinstance(epoch, int) or not 0 <= epoch <= 2**62:
        raise WireError("clock_epoch must be a non-negative integer or null")
    return epoch


def create_app(storage: HubStorage, clock: Clock | None = None,
               enroll_guard: EnrollGuard | None = None, catalogue: CatalogueServing | None = None) -> FastAPI:
    clock = clock or SystemClock()
    enroll_guard = enroll_guard or EnrollGuard()
    hub_key = hub_private_key(storage)
    hub_public_key = public_key_b64(hub_key)
    app = FastAPI(title="tutor-hub", docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.add_middleware(SignedAnswers, key=hub_key)

    @app.exception_handler(HubError)
    async def _hub_error(request: Request, exc: HubError) -> JSONResponse:
        return _refusal(exc.status, exc.code, exc.message)

    @app.exception_handler(WireError)
    async def _wire_error(request: Request, exc: WireError) -> JSONResponse:
        return _refusal(422, "bad_request", str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _refusal(422, "bad_request", "invalid parameters")

    @app.exception_handler(ClientDisconnect)
    async def _client_gone(request: Request, exc: ClientDisconnect) -> Response:
        # A PC losing its connection mid-upload is everyday life in a village, not a hub fault:
        # nothing was stored (a batch is one transaction) and the PC sends it again.
        client = request.client.host if request.client else "?"
        log.info("client %s disconnected during %s %s; nothing stored", client, request.method, request.url.path)
        return Response(status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _refusal(exc.status_code, "http_error", str(exc.detail))

    async def authenticate(request: Request) -> Auth:
        return await device_auth(storage, request)

    @app.post("/v1/enroll")
    async def enroll(request: Request) -> dict[str, Any]:
        """A device with a key proves it holds it (a signature over the request and a fresh
        nonce), so a device id read off a screen cannot be enrolled again by someone else.
        ``relay: true`` only asks for the relay right: the hub operator grants it."""
        client = request.client.host if request.client else "?"
        enroll_guard.check(client, clock.now())
        data = _object(await _read_json(request))
        public_key = data.get("public_key")
        if public_key is not None and not _is_ed25519_b64(public_key):
            raise WireError("public_key must be a base64 raw Ed25519 public key (32 bytes)")
        relay = data.get("relay", False)
        if not isinstance(relay, bool):
            raise WireError("relay must be true or false")
        code, device_id = _text(data, "code", 64), _text(data, "device_id", 64)
        device_name = _text(data, "device_name", 200)
        try:
            if public_key is not None:
                nonce = _nonce(data)
                _signature_checked(public_key, body_message(ENROLL_CONTEXT, data), data.get("signature"))
                storable(device_id, nonce)
                if not await run_in_threadpool(storage.use_nonce, device_id, nonce, clock.now(), True):
                    raise HubError(409, "replayed", "this enrollment request was seen before")
            result = await run_in_threadpool(
                storage.enroll, code, device_id, device_name, public_key, clock.now(), relay)
        except HubError as exc:
            if exc.status in (403, 409):
                enroll_guard.failed(client, clock.now())
            raise
        return {"device_token": result.device_token, "site_id": result.site_id, "site_name": result.site_name,
                "hub_key": hub_public_key}

    @app.post("/v1/hello")
    async def hello(request: Request) -> dict[str, Any]:
        auth = await authenticate(request)
        data = _object(await _read_json(request))
        version = data.get("protocol_version")
        if isinstance(version, bool) or not isinstance(version, int) or version not in SUPPORTED_VERSIONS:
            raise HubError(400, "unsupported_protocol_version",
                           f"protocol_version {version!r} is not supported; this hub speaks "
                           f"{sorted(SUPPORTED_VERSIONS)}")
        first_seq = data.get("first_seq")
        if first_seq is not None and (isinstance(first_seq, bool) or not isinstance(first_seq, int)
                                      or first_seq < 1):
            raise WireError("first_seq must be a positive integer or null")
        device_now = check_device_time(_text(data, "device_time", 40))
        # A relay hub introduces the PCs it forwards for: their name and certificate key.
        device_name = _text(data, "device_name", 200) if auth.relay and data.get("device_name") else None
        # A PC sends its certificate key too: a successor device id (restored database) has a new
        # key the hub must learn to check certificates. Storage fills a missing key, never replaces.
        public_key = data.get("public_key")
        if public_key is not None and not _is_ed25519_b64(public_key):
            raise WireError("public_key must be a base64 raw Ed25519 public key (32 bytes)")
        device_id = _text(data, "device_id", 64)
        epoch = _clock_epoch(data)
        storable(device_id)
        await _check_hello_signature(auth, device_id, data, public_key, device_now, epoch)
        hub_now = clock.now()
        result = await run_in_threadpool(
            storage.hello, auth, device_id, device_now, hub_now, first_seq, device_name, public_key)
        if epoch is not None:
            # The first offset measured for a clock epoch stays: a later hello (the clock was
            # reset since) never moves the events read off an earlier setting.
            await run_in_threadpool(storage.remember_epoch_offset, device_id, epoch, result.clock_offset_s, hub_now)
        return {
            "protocol_version": PROTOCOL_VERSION, "hub_time": iso(hub_now),
            "clock_offset_s": result.clock_offset_s, "clock_flagged": result.clock_flagged,
            "acked_through": result.acked_through, "first_seq": result.first_seq,
            "max_batch": MAX_BATCH_EVENTS, "hub_key": hub_public_key,
        }

    async def _check_hello_signature(auth: Auth, device_id: str, data: dict[str, Any],
                                     public_key: str | None, device_now: datetime, epoch: int | None) -> None:
        """A hello is signed by its device (a relay's: by the relay) with a nonce never used before,
        so a replayed old hello, or one made with a stolen token, changes nothing. A hello must
        also be recent by its clock as the hub last measured it (tutor.hub.freshness): nonces
        are forgotten after a while."""
        nonce = _nonce(data)
        storable(nonce)
        if auth.relay:
            signer_id = auth.enrolled_device_id
            signer = await run_in_threadpool(storage.device, signer_id)
            key = signer.public_key if signer else None
        else:
            signer_id = device_id
            found = await run_in_threadpool(storage.device, device_id)
            # A device id new here (a PC's successor) brings its first key in this hello.
            key = found.public_key if found and found.public_key else public_key
            if device_id != auth.enrolled_device_id and (found is None or found.site_id == auth.site_id):
                enrolled = await run_in_threadpool(storage.device, auth.enrolled_device_id)
                if enrolled is not None and enrolled.requested_role == "relay":
                    raise HubError(403, "relay_not_granted", "this hub asked for the relay right; the hub"
                                   f" operator grants it with `tutor-hub device grant {auth.enrolled_device_id} relay`")
        _signature_checked(key, body_message(HELLO_CONTEXT, data), data.get("signature"))
        if epoch is not None:
            measured = await run_in_threadpool(storage.latest_epoch_offset, device_id, epoch)
            why = stale_reason(device_now, measured, clock.now())
            if why is not None:
                raise HubError(409, "stale_request", f"this hello is too old to be new: {why}")
        # A hello without a clock epoch (a relay's) cannot be judged by its time: its nonce is kept.
        if not await run_in_threadpool(storage.use_nonce, signer_id, nonce, clock.now(), epoch is None):
            raise HubError(409, "replayed", "this hello was seen before")

    @app.post("/v1/events")
    async def push_events(request: Request) -> dict[str, Any]:
        auth = await authenticate(request)
        data = _object(await _read_json(request))
        batch = data.get("batch")
        if not isinstance(batch, list):
            raise WireError("batch must be a list")
        if len(batch) > MAX_BATCH_EVENTS:
            raise HubError(413, "too_large", f"batch over {MAX_BATCH_EVENTS} events")
        events = [event_from_wire(item) for item in batch]
        check_batch_sequence(events)
        device_id = _text(data, "device_id", 64)
        storable(device_id)
        device = await run_in_threadpool(storage.device, device_id)
        if device is None or not device.public_key:
            raise HubError(403, "unsigned_device", "say hello with the device's key before pushing")
        # Every event must be signed by the device that wrote it (a manifest of its batch):
        # not by a token, not by a relay, which forwards the device's own manifests.
        manifests, links = await run_in_threadpool(
            checked_manifests, device_id, device.public_key, events, data.get("manifests"))
        await run_in_threadpool(storage.keep_manifests, device_id, manifests, links)
        offset_s = None
        epochs = {e.clock_epoch for e in events}
        if len(epochs) == 1:
            offset_s = await run_in_threadpool(storage.epoch_offset, device_id, epochs.pop())
        now = clock.now()
        acked = await run_in_threadpool(storage.store_batch, auth, device_id, events, now, offset_s)
        why = implausible_time(events, device.clock_offset_s if offset_s is None else offset_s, now)
        if why is not None:
            await run_in_threadpool(storage.flag_time, device_id, why, now)
        return {"acked_through": acked}

    @app.get("/v1/roster")
    async def roster(request: Request) -> dict[str, Any]:
        auth = await authenticate(request)
        learners = await run_in_threadpool(storage.roster, auth.site_id)
        return {"learners": learners, "teachers": await run_in_threadpool(storage.site_teachers, auth.site_id)}

    @app.get("/v1/site/devices")
    async def site_devices(request: Request) -> dict[str, Any]:
        """The caller's site's PCs and their public keys: a volunteer's laptop enrolled at the
        site checks the USB bundles it collects with them."""
        auth = await authenticate(request)
        return {"devices": await run_in_threadpool(storage.site_devices, auth.site_id)}

    @app.get("/v1/learners/{learner_id}/events")
    async def learner_events(request: Request, learner_id: str, after: int = 0,
                             limit: int = PULL_PAGE_EVENTS) -> dict[str, Any]:
        auth = await authenticate(request)
        if not 0 <= after <= 2**62 or not 1 <= limit <= PULL_PAGE_EVENTS or len(learner_id) > 64:
            raise WireError(f"after must be >= 0 and limit within 1..{PULL_PAGE_EVENTS}")
        storable(learner_id)
        # Another site's learner is simply unknown here: 404, never their data.
        if not await run_in_threadpool(storage.learner_known, auth.site_id, learner_id):
            raise HubError(404, "unknown_learner", "no such learner at this site")
        events = await run_in_threadpool(storage.learner_events, auth.site_id, learner_id, after, limit)
        return {"events": events, "next_after": events[-1]["hub_seq"] if events else after,
                "more": len(events) == limit}

    if catalogue is not None:
        register_catalogue(app, storage, catalogue, clock)
    register_dashboard(app, storage, clock)
    return app
