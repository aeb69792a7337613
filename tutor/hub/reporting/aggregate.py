"""Pure folding of hub events into reporting counters; no SQL, no Qt.

Per (site, learner) the hub keeps a few *facts* folded from that learner's events. Every
fold is a min, a max, a set union or a latest-wins by (time, event id), so the facts do
not depend on the order events arrive in or on a batch being sent twice: a PC that syncs
directly and through its commune, a USB bundle imported twice or upstream forwarding all
end in the same facts. The counters are a pure function of the facts
(:func:`contributions`); an ingest adds ``contributions(new) - contributions(old)``, so the
counters always equal a recount from the raw events.

Metrics, each counted in the learner's group at a period (Vietnam time, UTC+7):

- ``registered`` (month of the learner's first event at the hub),
- ``level:N`` for N >= 2 (month the events first show the learner at level N or higher;
  every learner is at level 1),
- ``trained`` (month the learner first passed a level test, or got a certificate, or was
  opened level 2 by a teacher: the basic level of the programme is done),
- ``proficient`` (passed a level test AND later answered a review correctly: the knowledge
  stuck; counted in the month of the passed test),
- ``certificates`` (one per certificate, month it was issued),
- ``active`` (at the DAY of the learner's latest event; "active in the last 30 days" sums
  the last 30 days, so it needs no rewrite as time passes).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from tutor.hub.projections import CERTIFICATE_ID_CHARS, MAX_LEVEL, normalize_typed_code
from tutor.learner_groups import AGE_BANDS, GROUPS, UNKNOWN_GROUP

REPORT_TZ = timezone(timedelta(hours=7))   # the programme's months and quarters are Vietnamese ones
BASIC_LEVEL = 1
REGISTERED, TRAINED, PROFICIENT, CERTIFICATES, ACTIVE = (
    "registered", "trained", "proficient", "certificates", "active")
LEVEL_PREFIX = "level:"
PROFILE_KINDS = ("learner_created", "learner_renamed")

CountKey = tuple[str, str, str]   # (learner_group, period, metric)


@dataclass
class LearnerFacts:
    first_seen: str | None = None
    group: str = UNKNOWN_GROUP
    # (corrected time, device seq, event id) of the event that set it: one PC's events at the same
    # moment keep their order (seq); different PCs at the same moment tie-break on the event id.
    group_stamp: tuple[str, int, str] = ("", 0, "")
    age_band: str | None = None
    age_stamp: tuple[str, int, str] = ("", 0, "")   # each is its own latest-wins register
    levels: dict[int, str] = field(default_factory=dict)   # level -> earliest time shown at it
    first_pass: str | None = None               # earliest passed level test
    last_review_ok: str | None = None           # latest correctly answered review
    teacher_basic: str | None = None            # earliest teacher opening of level 2
    certificates: dict[str, tuple[str, int]] = field(default_factory=dict)  # number -> (time, level)
    last_active: str | None = None

    # -- JSON, compact: one row per learner ---------------------------------------------

    def to_json(self) -> str:
        return json.dumps({
            "f": self.first_seen, "g": self.group, "gs": list(self.group_stamp), "a": self.age_band,
            "as": list(self.age_stamp),
            "l": {str(k): v for k, v in self.levels.items()}, "p": self.first_pass, "r": self.last_review_ok,
            "t": self.teacher_basic, "c": {k: list(v) for k, v in self.certificates.items()},
            "x": self.last_active}, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> LearnerFacts:
        if not text:
            return cls()
        d = json.loads(text)
        return cls(d["f"], d["g"], tuple(d["gs"]), d["a"], tuple(d["as"]), {int(k): v for k, v in d["l"].items()}, d["p"],
                   d["r"], d["t"], {k: (v[0], int(v[1])) for k, v in d["c"].items()}, d["x"])


@dataclass(frozen=True)
class TimedEvent:
    """A stored event as the reporting fold needs it: the hub-corrected time is the one that counts."""
    event_id: str
    learner_id: str
    kind: str
    corrected_time: str
    payload: dict[str, Any]
    seq: int = 0              # the device's own sequence number: its order at the same moment


def _min(a: str | None, b: str) -> str:
    return b if a is None or b < a else a


def _max(a: str | None, b: str) -> str:
    return b if a is None or b > a else a


def _level(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_LEVEL:
        return None
    return value


def fold(facts: LearnerFacts, events: Iterable[TimedEvent]) -> LearnerFacts:
    """The facts after these events (a new object; ``facts`` is left as it was)."""
    f = LearnerFacts.from_json(facts.to_json())
    for e in events:
        t, p = e.corrected_time, e.payload if isinstance(e.payload, dict) else {}
        if not _readable(t):   # a hand-made or damaged hub file: the event stays out of the counts
            continue
        f.first_seen = _min(f.first_seen, t)
        f.last_active = _max(f.last_active, t)
        if e.kind in PROFILE_KINDS:
            stamp = (t, e.seq, e.event_id)
            # A missing key is "not told" (an older PC, a rename): it never overwrites.
            if "group" in p and stamp > f.group_stamp:
                f.group = p["group"] if p["group"] in GROUPS else UNKNOWN_GROUP
                f.group_stamp = stamp
            if "age_band" in p and stamp > f.age_stamp:
                f.age_band = p["age_band"] if p["age_band"] in AGE_BANDS else None
                f.age_stamp = stamp
        elif e.kind == "level_unlocked":
            level = _level(p.get("level"))
            if level:
                f.levels[level] = _min(f.levels.get(level), t)
                if level > BASIC_LEVEL:
                    f.teacher_basic = _min(f.teacher_basic, t)
        elif e.kind == "level_test":
            level = _level(p.get("level"))
            if level and p.get("phase") == "finished" and p.get("passed") is True:
                f.levels[level] = _min(f.levels.get(level), t)
                f.first_pass = _min(f.first_pass, t)
        elif e.kind == "certificate_issued":
            level = _level(p.get("level"))
            number = normalize_typed_code(p.get("certificate_id"))
            if level and len(number) == CERTIFICATE_ID_CHARS:
                f.levels[level] = _min(f.levels.get(level), t)
                old = f.certificates.get(number)
                if old is None or (t, level) < old:
                    f.certificates[number] = (t, level)
        elif e.kind == "review" and p.get("correct") is True:
            f.last_review_ok = _max(f.last_review_ok, t)
    return f


def _readable(text: Any) -> bool:
    try:
        datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return True


def listed_certificate(e: TimedEvent) -> bool:
    """A certificate event the quarter's list shows (the same test the fold counts it by)."""
    p = e.payload if isinstance(e.payload, dict) else {}
    return (e.kind == "certificate_issued" and _readable(e.corrected_time) and _level(p.get("level")) is not None
            and len(normalize_typed_code(p.get("certificate_id"))) == CERTIFICATE_ID_CHARS)


def month_of(corrected_time: str) -> str:
    return _local(corrected_time).strftime("%Y-%m")


def day_of(corrected_time: str) -> str:
    return _local(corrected_time).strftime("%Y-%m-%d")


def _local(text: str) -> datetime:
    dt = datetime.fromisoformat(text)
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(REPORT_TZ)


def trained_at(f: LearnerFacts) -> str | None:
    times = [t for t in (f.first_pass, f.teacher_basic, *(v[0] for v in f.certificates.values())) if t]
    return min(times) if times else None


def is_proficient(f: LearnerFacts) -> bool:
    return bool(f.first_pass and f.last_review_ok and f.last_review_ok > f.first_pass)


def contributions(f: LearnerFacts) -> Counter[CountKey]:
    """What one learner adds to the counters (nothing for a learner with no event yet)."""
    out: Counter[CountKey] = Counter()
    if f.first_seen is None:
        return out
    g = f.group
    out[(g, month_of(f.first_seen), REGISTERED)] += 1
    top = max(f.levels, default=1)
    for level in range(2, top + 1):
        reached = min(t for k, t in f.levels.items() if k >= level)
        out[(g, month_of(reached), f"{LEVEL_PREFIX}{level}")] += 1
    trained = trained_at(f)
    if trained:
        out[(g, month_of(trained), TRAINED)] += 1
    if is_proficient(f):
        out[(g, month_of(f.first_pass), PROFICIENT)] += 1
    for t, _level_ in f.certificates.values():
        out[(g, month_of(t), CERTIFICATES)] += 1
    if f.last_active:
        out[(g, day_of(f.last_active), ACTIVE)] += 1
    return out


def delta(old: LearnerFacts, new: LearnerFacts) -> Counter[CountKey]:
    """new - old, keeping negative entries (a learner moving group or month leaves the old cell)."""
    d: Counter[CountKey] = Counter(contributions(new))
    d.subtract(contributions(old))
    return Counter({k: v for k, v in d.items() if v})


def group_by_learner(events: Iterable[TimedEvent]) -> dict[str, list[TimedEvent]]:
    out: dict[str, list[TimedEvent]] = {}
    for e in events:
        if e.learner_id:
            out.setdefault(e.learner_id, []).append(e)
    return out
