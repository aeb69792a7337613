"""What the dashboard shows, folded from stored events; shared by every hub back-end.

The hub keeps three small projections beside the event log, updated in the same
transaction as the events they come from, so the dashboard never scans the log:

- learner levels (site_id, learner_id, level): a learner counts at the HIGHEST level
  the events show them reaching: the level of a ``level_unlocked`` event (by a passed
  test or a teacher), of a ``level_test`` event with ``phase: finished, passed: true``,
  or of a ``certificate_issued`` event. A learner with none of these (only a profile,
  lessons, attempts) is at the first level, :data:`FIRST_LEVEL`, which every learner
  has open. Any event of a learner's profile or progress makes them known to the hub.
- lessons completed (site_id, learner_id, lesson_id): a ``mastery_reached`` event with
  status ``passed_quiz`` or ``mastered``. One learner x lesson counts once.
- certificates: every ``certificate_issued`` event, keyed by its certificate number and
  its verification code (both normalised), so a teacher may type either.

The folding is plain Python over wire events, so both back-ends count the same way
and a malformed payload (a device is not trusted to send well-formed progress) is
skipped, never a failed batch. :func:`store_projection` writes the folded rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tutor.progress.certificates import CertificateFields, verify_certificate
from tutor.sync.protocol import WireEvent

FIRST_LEVEL = 1
MAX_LEVEL = 1000  # a level number past this is a corrupt payload, not a curriculum

PROFILE_EVENT = "learner_created"
LEVEL_KINDS = ("level_unlocked", "level_test", "certificate_issued")
LESSON_DONE_KIND = "mastery_reached"
LESSON_DONE_STATUSES = ("passed_quiz", "mastered")
CERTIFICATE_KIND = "certificate_issued"
# Kinds whose events feed a projection; every other kind only goes into the log.
PROJECTED_KINDS = frozenset({PROFILE_EVENT, LESSON_DONE_KIND, *LEVEL_KINDS})

CERTIFICATE_ID_CHARS = 8     # 5 random bytes in Crockford base32
CERTIFICATE_CODE_CHARS = 103  # a 64-byte Ed25519 signature in Crockford base32


# --- what the storage answers ------------------------------------------------------------


@dataclass(frozen=True)
class SiteSummary:
    site_id: str
    name: str
    created_at: datetime
    device_count: int        # PCs of the site (a relay hub's own entry is not a PC)
    learner_count: int
    learners_per_level: dict[int, int]  # level -> learners whose highest level it is
    lessons_completed: int   # distinct learner x lesson passed or mastered
    certificates_issued: int


@dataclass(frozen=True)
class DeviceSummary:
    device_id: str
    site_id: str
    site_name: str
    device_name: str
    enrolled_at: datetime
    last_sync_at: datetime | None   # hub time of the last hello or batch
    last_clock_offset_s: float | None  # hub minus device clock at the last hello
    clock_flagged: bool
    revoked: bool
    events_held: int
    is_relay: bool = False          # another hub forwarding its devices' events here


@dataclass(frozen=True)
class HubOverview:
    sites: list[SiteSummary]
    devices: list[DeviceSummary]   # one page of them when the caller asked for a page
    device_total: int = 0          # PCs (and relays) of the sites shown, over every page
    flagged_total: int = 0         # of those, PCs whose clock is flagged


@dataclass(frozen=True)
class CertificateRecord:
    certificate_id: str
    learner_name: str
    level: int
    level_title: str
    issued_on: str            # the date printed on the certificate (signed)
    issued_at: datetime       # hub-corrected time of the issuing event
    device_id: str
    site_name: str
    code: str                 # the full verification code, grouped
    genuine: bool             # the code is the issuing PC's signature over these fields


# --- folding events into projection rows -----------------------------------------------------


@dataclass
class ProjectionRows:
    """Rows to upsert for one batch. Upserts are idempotent, so a re-sent batch changes nothing."""

    learners: dict[str, int] = field(default_factory=dict)   # learner_id -> highest level seen
    lessons: set[tuple[str, str]] = field(default_factory=set)  # (learner_id, lesson_id)
    certificates: list[CertificateRow] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.learners or self.lessons or self.certificates)


@dataclass(frozen=True)
class CertificateRow:
    event_id: str
    learner_id: str
    certificate_key: str
    code_key: str
    level: int


def projected(events: Iterable[WireEvent]) -> list[WireEvent]:
    """The events of a batch that feed a projection (usually none or a few)."""
    return [e for e in events if e.kind in PROJECTED_KINDS and e.learner_id]


def fold(events: Iterable[WireEvent]) -> ProjectionRows:
    rows = ProjectionRows()
    for e in events:
        if not e.learner_id or e.kind not in PROJECTED_KINDS:
            continue
        p = e.payload
        level = FIRST_LEVEL
        if e.kind == "level_unlocked" or (e.kind == "level_test" and p.get("phase") == "finished"
                                          and p.get("passed") is True):
            level = _level(p.get("level")) or FIRST_LEVEL
        elif e.kind == CERTIFICATE_KIND:
            level = _level(p.get("level")) or FIRST_LEVEL
            cert_key = normalize_typed_code(p.get("certificate_id"))
            code_key = normalize_typed_code(p.get("code"))
            if len(cert_key) == CERTIFICATE_ID_CHARS and len(code_key) == CERTIFICATE_CODE_CHARS:
                rows.certificates.append(CertificateRow(e.event_id, e.learner_id, cert_key, code_key, level))
        elif e.kind == LESSON_DONE_KIND:
            lesson = p.get("lesson_id")
            if p.get("status") in LESSON_DONE_STATUSES and isinstance(lesson, str) and 0 < len(lesson) <= 200:
                rows.lessons.add((e.learner_id, lesson))
        rows.learners[e.learner_id] = max(rows.learners.get(e.learner_id, FIRST_LEVEL), level)
    return rows


def store_projection(c: Any, site_id: str, device_id: str, rows: ProjectionRows) -> None:
    """Upsert folded rows through a storage handle (tutor.hub.dialect.Handle): a learner's
    level only ever rises, a lesson and a certificate count once."""
    c.executemany(
        "INSERT INTO learner_levels(site_id, learner_id, level) VALUES (%s, %s, %s)"
        " ON CONFLICT (site_id, learner_id) DO UPDATE SET level = excluded.level"
        " WHERE excluded.level > learner_levels.level",
        [(site_id, learner, level) for learner, level in rows.learners.items()])
    c.executemany("INSERT INTO lessons_done(site_id, learner_id, lesson_id) VALUES (%s, %s, %s)"
                  " ON CONFLICT DO NOTHING", [(site_id, learner, lesson) for learner, lesson in rows.lessons])
    c.executemany(
        "INSERT INTO certificates(event_id, site_id, device_id, learner_id, certificate_key, code_key, level)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
        [(r.event_id, site_id, device_id, r.learner_id, r.certificate_key, r.code_key, r.level)
         for r in rows.certificates])


def _level(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not FIRST_LEVEL <= value <= MAX_LEVEL:
        return None
    return value


# --- certificates ----------------------------------------------------------------------------

_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalize_typed_code(text: Any) -> str:
    """What a person typed, as stored keys: no spaces or dashes, capitals, O/I/L read as 0/1/1."""
    if not isinstance(text, str):
        return ""
    return re.sub(r"[\s\-_.]", "", text).upper().translate(_CROCKFORD_ALIASES)


def certificate_record(payload: dict[str, Any], issued_at: datetime, site_name: str,
                       public_key: str | None) -> CertificateRecord | None:
    """The record a teacher sees; ``genuine`` checks the signature against the enrolled key."""
    try:
        fields = CertificateFields(
            certificate_id=_need_str(payload["certificate_id"]), learner_name=_need_str(payload["learner_name"]),
            level=_need_int(payload["level"]), level_title=_need_str(payload.get("level_title", "")),
            issued_on=_need_str(payload["issued_on"]), device_id=_need_str(payload["device_id"]))
        code = _need_str(payload["code"])
    except (KeyError, TypeError):
        return None
    genuine = bool(public_key) and verify_certificate(fields, code, public_key)
    return CertificateRecord(fields.certificate_id, fields.learner_name, fields.level, fields.level_title,
                             fields.issued_on, issued_at, fields.device_id, site_name, code, genuine)


def _need_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _need_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected an integer")
    return value


def per_level(levels: Iterable[tuple[int, int]]) -> dict[int, int]:
    """(level, count) rows as a dict in level order."""
    return {level: count for level, count in sorted(levels)}
