"""Who is asking: the bearer token a PC or lower hub got at enrollment, checked against storage.

Every device route (sync, catalogue) asks the same way, so the rule lives here once.
"""

from __future__ import annotations

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from tutor.hub.storage import Auth, HubError, HubStorage


async def device_auth(storage: HubStorage, request: Request) -> Auth:
    """The site and device behind the request's ``Authorization: Bearer`` token; a missing,
    unknown or revoked token is a 401 refusal."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HubError(401, "unauthorized", "missing bearer token")
    auth = await run_in_threadpool(storage.authenticate, token.strip())
    if auth is None:
        raise HubError(401, "unauthorized", "unknown or revoked token")
    return auth
