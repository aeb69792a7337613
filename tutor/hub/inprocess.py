"""A hub inside the calling process: the real app and storage, no sockets.

For UI tests and demos (house rule 6: every back-end has a fake). It goes through
the same HTTP app, so refusals and limits are exactly those of a real hub.
"""

from __future__ import annotations

from starlette.testclient import TestClient

from tutor.clock import Clock
from tutor.hub.app import create_app
from tutor.hub.storage import HubStorage
from tutor.sync.transport import HttpTransport

IN_PROCESS_URL = "http://hub.invalid"


def in_process_transport(storage: HubStorage, clock: Clock, token: str | None = None) -> HttpTransport:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    client = TestClient(create_app(storage, clock), base_url=IN_PROCESS_URL, headers=headers,
                        raise_server_exceptions=False)
    return HttpTransport(IN_PROCESS_URL, token, client=client)
