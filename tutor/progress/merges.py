"""Merged profiles: which profile a learner's history counts for now.

A teacher merges two profiles of one person with a ``profiles_merged`` event
{keep, merge, by, at, op} (tutor.teacher.projection); it can be made on any PC and
reaches the others with a pull. The teacher tables (teacher_merges) and the progress
rebuild (tutor.progress.rebuild) both follow merges through :class:`Merges`, so they
always agree on where a profile went:

* merges apply in time order: the payload's trusted ``at``, then its ``op``, then seq
  (the order tutor.teacher.projection.rebuild folds teacher events in), never in the
  order the events arrived;
* a profile is merged away once: a later merge of the same profile is ignored;
* a merge that would make a cycle (two PCs merged one pair both ways, say) is ignored:
  the earlier merge stands.

:func:`read_merges` folds the events in the log (what a progress rebuild reads: the
teacher tables may not have folded a pulled merge yet); the teacher side folds its
table's rows, which were folded from the same events by the same rules.

Core code: no Qt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

MERGE_KIND = "profiles_merged"

# The kind is a literal in the SQL (not a bound parameter) so SQLite can use the partial
# index events_merges (migration 7) instead of scanning the whole event log.
MERGE_EVENTS_SQL = (
    f"SELECT payload FROM events WHERE kind = '{MERGE_KIND}'"
    " ORDER BY json_extract(payload, '$.at'), json_extract(payload, '$.op'), seq"
)


class Merges:
    """Merges folded by the rules of the module docstring, fed in time order."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._into: dict[str, str] = {}    # merged profile -> the profile it was merged into, in order
        for keep, merge in pairs:
            self.add(keep, merge)

    def add(self, keep: str, merge: str) -> bool:
        """Fold one merge (the next in time order); False when it is ignored."""
        if keep == merge or merge in self._into or self.final_keep(keep) == merge:
            return False
        self._into[merge] = keep
        return True

    def final_keep(self, learner_id: str) -> str:
        """The profile whose history now includes ``learner_id``'s (itself when never merged)."""
        seen = {learner_id}
        current = learner_id
        while True:
            keep = self._into.get(current)
            if keep is None or keep in seen:
                return current
            current = keep
            seen.add(current)

    def source_ids(self, learner_id: str) -> list[str]:
        """learner_id and every profile merged into it (directly or through another merge),
        nearest first, each level in merge order."""
        merged_into: dict[str, list[str]] = {}
        for merged, keep in self._into.items():
            merged_into.setdefault(keep, []).append(merged)
        found = [learner_id]
        for current in found:
            for merged in merged_into.get(current, ()):
                if merged not in found:
                    found.append(merged)
        return found


def merge_pair(payload: Any) -> tuple[str, str] | None:
    """(keep, merge) of a profiles_merged payload, or None when it names no two profiles."""
    if not isinstance(payload, dict):
        return None
    keep, merge = payload.get("keep"), payload.get("merge")
    if isinstance(keep, str) and isinstance(merge, str):
        return keep, merge
    return None


def read_merges(conn: sqlite3.Connection) -> Merges:
    """Every profiles_merged event in the log, folded in time order."""
    merges = Merges()
    for (payload_text,) in conn.execute(MERGE_EVENTS_SQL):
        try:
            pair = merge_pair(json.loads(payload_text))
        except ValueError:
            continue
        if pair is not None:
            merges.add(*pair)
    return merges


__all__ = ["MERGE_EVENTS_SQL", "MERGE_KIND", "Merges", "merge_pair", "read_merges"]
