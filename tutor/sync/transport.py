"""How the engine reaches a hub: a small Protocol, and the HTTP implementation over httpx.

Tests wrap a transport to cut connections at chosen points; a USB bundle is the
offline path (tutor.sync.bundle), not a transport, because it has no answers.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from tutor.errors import TutorError
from tutor.sync.signing import NONCE_HEADER, SIGNATURE_HEADER, answer_message, new_nonce, verify


class SyncUnavailable(TutorError):
    """The hub could not be reached, or the exchange broke off. Nothing is lost: try again later."""

    def __init__(self, log_message: str):
        super().__init__(
            log_message,
            code="sync.unavailable",
        )


class HubNotTrusted(SyncUnavailable):
    """An answer not signed by the hub this PC enrolled with (a replayed answer, or another
    machine answering in its place). Nothing is taken from it; nothing is lost."""

    def __init__(self, log_message: str):
        TutorError.__init__(
            self, log_message, code="sync.hub_not_trusted")


class SyncRefused(TutorError):
    """The hub answered with a refusal (4xx); its Vietnamese message is shown as is."""

    def __init__(self, status: int, code: str, log_message: str, user_message: str | None):
        super().__init__(f"hub refused ({status} {code}): {log_message}",
                         user_message or None, code=None if user_message else "sync.refused")
        self.status = status
        self.code = code


class SyncTransport(Protocol):
    def enroll(self, body: dict[str, Any]) -> dict[str, Any]: ...
    def hello(self, body: dict[str, Any]) -> dict[str, Any]: ...
    def push(self, body: dict[str, Any]) -> dict[str, Any]: ...
    def roster(self) -> dict[str, Any]: ...
    def learner_events(self, learner_id: str, after: int, limit: int) -> dict[str, Any]: ...
    def site_devices(self) -> dict[str, Any]: ...
    def close(self) -> None: ...


def encode_body(body: dict[str, Any]) -> bytes:
    """Compact JSON, gzip'd: most of a batch is repeated keys and kinds, which gzip folds away."""
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=6, mtime=0)


class HttpTransport:
    def __init__(self, base_url: str, token: str | None = None, timeout_s: float = 30.0,
                 client: httpx.Client | None = None, hub_key: str | None = None):
        """``hub_key``: the hub's public key pinned at enrollment; every successful answer
        must then carry its signature over this request (tutor.sync.signing)."""
        self.base_url = base_url.rstrip("/")
        self.hub_key = hub_key
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._client = client or httpx.Client(
            base_url=self.base_url, headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)))
        self.bytes_sent = 0

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None,
                 params: dict[str, Any] | None = None) -> dict[str, Any]:
        content = encode_body(body) if body is not None else None
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"} if content else {}
        nonce = new_nonce()
        headers[NONCE_HEADER] = nonce
        try:
            response = self._client.request(method, path, content=content, headers=headers, params=params)
        except httpx.HTTPError as exc:  # connect, read, write, timeout, protocol errors
            raise SyncUnavailable(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
        self.bytes_sent += len(content or b"")
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status_code >= 500 or (response.is_success and not isinstance(data, dict)):
            raise SyncUnavailable(f"{method} {path}: HTTP {response.status_code}")
        if not response.is_success:
            data = data if isinstance(data, dict) else {}
            raise SyncRefused(response.status_code, str(data.get("error", "")),
                              str(data.get("message", response.reason_phrase)), data.get("message_vi"))
        if self.hub_key:
            signed = answer_message(nonce, method, response.request.url.raw_path,
                                    hashlib.sha256(content or b"").hexdigest(), response.content)
            if not verify(self.hub_key, signed, response.headers.get(SIGNATURE_HEADER)):
                raise HubNotTrusted(f"{method} {path}: the answer is not signed by the pinned hub key")
        return data

    def pin_hub_key(self, hub_key: str | None) -> None:
        """From now on, accept only answers signed by ``hub_key`` (a transport made with a key keeps it)."""
        self.hub_key = self.hub_key or hub_key

    def enroll(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._request("POST", "/v1/enroll", body)

    def hello(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._request("POST", "/v1/hello", body)

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._request("POST", "/v1/events", body)

    def roster(self) -> dict[str, Any]:
        return self._request("GET", "/v1/roster")

    def learner_events(self, learner_id: str, after: int, limit: int) -> dict[str, Any]:
        return self._request("GET", f"/v1/learners/{quote(learner_id, safe='')}/events", params={"after": after, "limit": limit})

    def site_devices(self) -> dict[str, Any]:
        return self._request("GET", "/v1/site/devices")

    def catalogue(self) -> dict[str, Any]:
        """The packs, models and voices the hub offers this PC's site (tutor.sync.downloads)."""
        return self._request("GET", "/v1/catalogue")

    def close(self) -> None:
        self._client.close()


# The app's background rounds: short enough that quitting never waits long on a dead hub.
APP_TIMEOUT_S = 20.0
PROBE_TIMEOUT_S = 3.0


def app_transport(base_url: str, token: str | None = None, hub_key: str | None = None) -> HttpTransport:
    return HttpTransport(base_url, token, timeout_s=APP_TIMEOUT_S, hub_key=hub_key)


def probe_hub(base_url: str, timeout_s: float = PROBE_TIMEOUT_S) -> bool:
    """A cheap "is the hub there?" before a round: any HTTP answer from its root counts
    (the dashboard, or a 404 from an older hub); a refused or silent address does not."""
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout_s)) as client:
            client.get(base_url.rstrip("/") + "/")
        return True
    except httpx.HTTPError:
        return False
