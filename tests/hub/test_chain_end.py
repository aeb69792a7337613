"""The hub acknowledges a batch at a cost proportional to the batch (issue 21 item 1).

``chain_end`` predicts the chain from the batch's own sequence numbers and asks the
database once for every predicted point; it follows stored rows one by one only where
they run past the batch (a gap the batch filled).
"""

from __future__ import annotations

from tutor.hub.storage import chain_end
from tutor.sync.protocol import WireEvent


def ev(seq: int, prev: int) -> WireEvent:
    return WireEvent(seq, prev, f"e{seq}", None, "attempt", 1, "2026-01-01T00:00:00+00:00", 0, {})


class Stored:
    """A device's stored (seq, prev_seq) rows, counting the database round trips."""

    def __init__(self, rows: list[tuple[int, int]]):
        self.rows = rows
        self.successor_calls = 0
        self.walks = 0

    def successors(self, points: list[int]) -> dict[int, int]:
        self.successor_calls += 1
        found: dict[int, int] = {}
        for seq, prev in self.rows:
            if prev in points and seq < found.get(prev, seq + 1):
                found[prev] = seq
        return found

    def walk_on(self, start: int) -> int:
        self.walks += 1
        current = start
        while True:
            nxt = [seq for seq, prev in self.rows if prev == current]
            if not nxt:
                return current
            current = min(nxt)


def test_a_contiguous_batch_is_acknowledged_in_one_query():
    batch = [ev(s, s - 1) for s in range(101, 2101)]
    db = Stored([(s, s - 1) for s in range(1, 2101)])
    assert chain_end(100, batch, db.successors, db.walk_on) == 2100
    assert db.successor_calls == 1 and db.walks == 0


def test_the_chain_runs_on_through_events_stored_after_a_gap():
    db = Stored([(s, s - 1) for s in range(1, 21)])   # 11..20 came first, 1..10 fill the gap now
    assert chain_end(0, [ev(s, s - 1) for s in range(1, 11)], db.successors, db.walk_on) == 20


def test_the_chain_stops_at_a_gap_and_follows_prev_seq_not_arithmetic():
    db = Stored([(5, 0), (9, 5), (30, 12)])
    assert chain_end(0, [ev(5, 0), ev(9, 5), ev(30, 12)], db.successors, db.walk_on) == 9


def test_a_batch_event_not_stored_for_this_device_breaks_the_prediction():
    # seq 3 was refused (its event id belongs to another device): the chain ends at 2.
    db = Stored([(1, 0), (2, 1), (4, 3)])
    assert chain_end(0, [ev(1, 0), ev(2, 1), ev(3, 2), ev(4, 3)], db.successors, db.walk_on) == 2


def test_the_lowest_stored_successor_wins_as_before():
    db = Stored([(1, 0), (2, 1), (3, 1), (7, 3)])
    # The batch says 1 -> 3, but 2 is stored with the same predecessor and a lower seq.
    assert chain_end(0, [ev(1, 0), ev(3, 1), ev(7, 3)], db.successors, db.walk_on) == 2
