"""What the app shows about sync: enrolled or not, last success, records not sent yet.

Read on the database thread in one go (cheap: a few meta rows and one count per
device id of this PC). Core code: no Qt.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from tutor.sync import offline_enrollment, outbox, state


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str = ""
    site_name: str = ""
    last_success_at: datetime | None = None   # this PC's clock, UTC
    pending: int = 0                          # events written here the hub has not acknowledged
    # Joined a site from an enrollment file, with no network (tutor.sync.offline_enrollment):
    # the site's name. Such a PC writes USB bundles but has no hub to sync with.
    offline_site: str = ""

    @property
    def can_write_usb(self) -> bool:
        return self.enrolled or bool(self.offline_site)


def read_status(conn: sqlite3.Connection) -> SyncStatus:
    link = state.hub_link(conn)
    acked = state.acked_map(conn)
    pending = sum(outbox.pending_count(conn, device, acked.get(device, 0)) for device in outbox.own_device_ids(conn))
    if link is None:
        offline = offline_enrollment.current(conn)
        return SyncStatus(False, pending=pending,
                          offline_site=(offline.site_name or offline.site_id) if offline else "")
    return SyncStatus(True, link.hub_url, link.site_name, state.last_success_at(conn), pending)
