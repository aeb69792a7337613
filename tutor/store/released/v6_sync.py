"""DDL of migration 6: pulled events keep an honest origin.

Before it, an event pulled from another PC got this database's own seq and nothing
more, so its origin order and the hub's corrected time were lost, and a pulled event
carrying one of this database's retired device ids (a stale copy whose twin went on
writing) could be mistaken for an unsent local one.

- ``origin_seq``: the seq the event had on the device that wrote it; NULL for events
  written by this database. It is what "pulled" means, so the outbox reads only rows
  where it is NULL, and progress rebuilds order one device's events by it.
- ``corrected_time``: the hub's estimate of when the event happened (device_time plus
  the device's clock offset at sync); NULL for local events. Rebuilds order events of
  different devices by it (tutor.progress.rebuild).

Rows pulled before this migration are recognised by their device id (not one of this
database's current or retired ids) and get their local seq as origin order: they
were inserted in the hub's order, which follows each device's seq.
"""

from __future__ import annotations

SYNC_V6_STATEMENTS: list[str] = [
    "ALTER TABLE events ADD COLUMN origin_seq INTEGER",
    "ALTER TABLE events ADD COLUMN corrected_time TEXT",
    """UPDATE events SET origin_seq = seq
        WHERE device_id IS NOT (SELECT value FROM meta WHERE key = 'device_id')
          AND instr(',' || COALESCE((SELECT value FROM meta WHERE key = 'retired_device_ids'), '') || ',',
                    ',' || device_id || ',') = 0""",
    # The outbox reads "this device's own events after seq N": without this it scans the log.
    "CREATE INDEX events_own ON events(device_id, seq) WHERE origin_seq IS NULL",
]

STATEMENTS = SYNC_V6_STATEMENTS
