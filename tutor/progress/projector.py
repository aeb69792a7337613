"""The ONE writer of a learner's progress projection rows (the ``progress_*`` tables).

Progress is an append-only event log (tutor.events); the progress_* tables are its
projection. Both paths that write them go through ``Projector.apply``:

  * the live path (tutor.progress.service): each mutation validates, appends its
    event and applies that event here, in the same transaction;
  * a rebuild (tutor.progress.rebuild): deletes a learner's rows (``clear_learners``)
    and applies the learner's merged event stream here, one event after another.

So a rebuild of a learner whose events are all local writes exactly the rows the live
path wrote (tests/sync/test_rebuild.py checks it row for row with random sessions), and
a rule changed here changes both paths at once. tests/progress/test_one_writer.py fails
if anything outside this module writes a projection table during a service call.

Rows kept per lesson (progress_lessons, progress_mastery) and the learning days are
held in memory while events are applied and written by ``flush`` (the caller's
transaction is still open): a rebuild of thousands of events writes each once. The
rest (attempts, review cards, level tests, open levels, certificates) is written as each
event is applied, because later events read it back.

Mastery folds a lesson's attempts in the order they were applied, after the ones the
table already held (in seq order): for the live path that is seq order, for a rebuild
the replay order (tutor.progress.rebuild explains it), with the criterion snapshotted by
the learner's first mastery_reached event for the lesson. A mastery_reached event is a
floor: what a learner was once told they reached, they keep.

Core code: no Qt. Use inside the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fsrs import Scheduler

from tutor.clock import from_iso, to_iso
from tutor.progress.localday import LocalCalendar
from tutor.progress.mastery import AttemptFact, Criterion, MasteryState, Status, evaluate
from tutor.progress.review import CardRecord, load_card, review_card

# Per-learner projection tables: written only here, cleared and rewritten by a rebuild.
# progress_signing_keys and progress_clock belong to the PC, not to a learner.
LEARNER_TABLES = (
    "progress_lessons", "progress_attempts", "progress_mastery", "progress_cards",
    "progress_level_tests", "progress_levels_open", "progress_certificates", "progress_days",
)
ANSWER_CONTEXTS = ("quiz", "review", "level_test")
KINDS_THAT_MARK_A_DAY = frozenset({"lesson_opened", "section_read", "attempt", "review", "level_test",
                                   "practice_attempt"})


@dataclass(frozen=True)
class ReplayEvent:
    """One progress event as the projector sees it."""

    seq: int                 # local seq: what projection rows store
    device_id: str
    device_seq: int          # order within the device (the local seq for an event written here)
    kind: str
    payload: dict[str, Any]
    at: datetime             # the time the rows get, in this PC's frame
    hub_time: datetime       # the time devices are merged by (a rebuild's concern)


@dataclass(frozen=True)
class AnswerProjected:
    """What applying an attempt/review event did: the answer's card and the lesson's
    mastery (``newly_reached``: it went up with this answer)."""

    card: CardRecord
    state: MasteryState
    newly_reached: bool


@dataclass
class _LessonRow:
    first_opened_at: datetime    # written only when the row is new
    last_active_at: datetime
    last_active_seq: int
    sections_read: set[int] | None = None   # None: not read from the table, left as it is


@dataclass
class _MasteryRow:
    status: Status
    criterion: Criterion
    passed_quiz_at: datetime
    passed_quiz_seq: int
    mastered_at: datetime | None = None
    mastered_seq: int | None = None


@dataclass(frozen=True)
class _Fact:
    seq: int        # local seq of the attempt
    correct: bool
    context: str


def clear_learners(conn: sqlite3.Connection, learner_ids: Sequence[str]) -> None:
    """Delete every projection row of ``learner_ids`` (a rebuild's first step)."""
    marks = ",".join("?" * len(learner_ids))
    for table in LEARNER_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE learner_id IN ({marks})", list(learner_ids))


class Projector:
    """Applies progress events to the projection rows of ``learner_id``.

    ``snapshots``: lesson -> the criterion of its first mastery_reached event in the
    stream about to be applied (a rebuild knows them up front; the live path has none
    and uses the stored row's criterion, else ``criterion``)."""

    def __init__(self, conn: sqlite3.Connection, learner_id: str, *, criterion: Criterion,
                 scheduler: Scheduler, calendar: LocalCalendar,
                 snapshots: Mapping[str, Criterion] | None = None):
        self.conn = conn
        self.learner_id = learner_id
        self.criterion = criterion
        self.scheduler = scheduler
        self.calendar = calendar
        self.snapshots = dict(snapshots or {})
        self._lessons: dict[str, _LessonRow] = {}
        self._mastery: dict[str, _MasteryRow | None] = {}
        self._facts: dict[str, list[_Fact]] = {}
        self._dirty_lessons: set[str] = set()
        self._dirty_mastery: set[str] = set()
        self._days: set[str] = set()
        self._attempt_seq_by_origin: dict[tuple[str, int], int] = {}

    # --- entry points ------------------------------------------------------------------------

    def apply(self, event: ReplayEvent) -> AnswerProjected | None:
        """Project one event. Raises KeyError/TypeError/ValueError for a payload it cannot
        read, before anything is written (every handler reads its fields first)."""
        handler = getattr(self, "_on_" + event.kind, None)
        result = handler(event) if handler is not None else None
        if event.kind in KINDS_THAT_MARK_A_DAY:
            self._days.add(self.calendar.learning_day(event.at).isoformat())
        return result

    def flush(self) -> None:
        """Write the rows held in memory (lessons, mastery, days). Inside the transaction."""
        if self._dirty_lessons:
            self.conn.executemany(
                "INSERT INTO progress_lessons(learner_id, lesson_id, first_opened_at, last_active_at,"
                " last_active_seq, sections_read) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(learner_id, lesson_id) DO UPDATE SET last_active_at = excluded.last_active_at,"
                " last_active_seq = excluded.last_active_seq,"
                " sections_read = CASE WHEN ? THEN excluded.sections_read ELSE sections_read END",
                [(self.learner_id, lesson_id, to_iso(r.first_opened_at), to_iso(r.last_active_at),
                  r.last_active_seq, json.dumps(sorted(r.sections_read or ())), r.sections_read is not None)
                 for lesson_id in sorted(self._dirty_lessons) if (r := self._lessons[lesson_id])],
            )
        if self._dirty_mastery:
            self.conn.executemany(
                "INSERT INTO progress_mastery(learner_id, lesson_id, status, criterion, passed_quiz_at,"
                " passed_quiz_seq, mastered_at, mastered_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(learner_id, lesson_id) DO UPDATE SET status = excluded.status,"
                " mastered_at = excluded.mastered_at, mastered_seq = excluded.mastered_seq",
                [(self.learner_id, lesson_id, r.status.value, json.dumps(r.criterion.as_dict()),
                  to_iso(r.passed_quiz_at), r.passed_quiz_seq,
                  to_iso(r.mastered_at) if r.mastered_at else None, r.mastered_seq)
                 for lesson_id in sorted(self._dirty_mastery) if (r := self._mastery[lesson_id]) is not None],
            )
        if self._days:
            self.conn.executemany("INSERT OR IGNORE INTO progress_days(learner_id, day) VALUES (?, ?)",
                                  [(self.learner_id, day) for day in sorted(self._days)])
        self._dirty_lessons.clear()
        self._dirty_mastery.clear()
        self._days.clear()

    # --- rows held in memory, read once from the table -----------------------------------------

    def _sections_read(self, lesson_id: str) -> set[int]:
        row = self._lessons.get(lesson_id)
        if row is not None and row.sections_read is not None:
            return row.sections_read
        stored = self.conn.execute(
            "SELECT sections_read FROM progress_lessons WHERE learner_id = ? AND lesson_id = ?",
            (self.learner_id, lesson_id)).fetchone()
        sections = set(json.loads(stored[0])) if stored else set()
        if row is not None:
            row.sections_read = sections
        return sections

    def _stored_mastery(self, lesson_id: str) -> _MasteryRow | None:
        if lesson_id not in self._mastery:
            row = self.conn.execute(
                "SELECT status, criterion, passed_quiz_at, passed_quiz_seq, mastered_at, mastered_seq"
                " FROM progress_mastery WHERE learner_id = ? AND lesson_id = ?",
                (self.learner_id, lesson_id)).fetchone()
            self._mastery[lesson_id] = None if row is None else _MasteryRow(
                Status(row[0]), Criterion.from_dict(json.loads(row[1])), from_iso(row[2]), row[3],
                from_iso(row[4]) if row[4] else None, row[5])
        return self._mastery[lesson_id]

    def _lesson_facts(self, lesson_id: str) -> list[_Fact]:
        if lesson_id not in self._facts:
            self._facts[lesson_id] = [
                _Fact(int(r[0]), bool(r[1]), r[2]) for r in self.conn.execute(
                    "SELECT seq, correct, context FROM progress_attempts"
                    " WHERE learner_id = ? AND lesson_id = ? ORDER BY seq", (self.learner_id, lesson_id))
            ]
        return self._facts[lesson_id]

    # --- lessons -------------------------------------------------------------------------------

    def _touch(self, lesson_id: str, event: ReplayEvent, sections: set[int] | None = None) -> None:
        """The lesson was active at ``event`` (and, if given, these sections are read). An
        existing row keeps its first_opened_at: the upsert in flush never changes it."""
        row = self._lessons.get(lesson_id)
        if row is None:
            row = self._lessons[lesson_id] = _LessonRow(event.at, event.at, event.seq)
        row.last_active_at, row.last_active_seq = event.at, event.seq
        if sections is not None:
            row.sections_read = sections
        self._dirty_lessons.add(lesson_id)

    def _on_lesson_opened(self, event: ReplayEvent) -> None:
        self._touch(str(event.payload["lesson_id"]), event)

    def _on_section_read(self, event: ReplayEvent) -> None:
        lesson_id = str(event.payload["lesson_id"])
        index = int(event.payload["section_index"])
        self._touch(lesson_id, event, self._sections_read(lesson_id) | {index})

    # --- answers -------------------------------------------------------------------------------

    def _on_attempt(self, event: ReplayEvent) -> AnswerProjected:
        p = event.payload
        lesson_id, question_id, context = str(p["lesson_id"]), str(p["question_id"]), str(p["context"])
        correct = bool(p["correct"])
        if context not in ANSWER_CONTEXTS:
            raise ValueError(f"unknown answer context {context!r}")
        facts = self._lesson_facts(lesson_id)  # read before this attempt's row is written
        self.conn.execute(
            "INSERT INTO progress_attempts(seq, learner_id, lesson_id, question_id, context, test_id,"
            " correct, response, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event.seq, self.learner_id, lesson_id, question_id, context, p.get("test_id"), int(correct),
             json.dumps(p.get("response"), ensure_ascii=False), to_iso(event.at)),
        )
        card = self._review(lesson_id, question_id, correct, event.at)
        self._attempt_seq_by_origin[(event.device_id, event.device_seq)] = event.seq
        facts.append(_Fact(event.seq, correct, context))
        state, newly = self._fold_mastery(lesson_id, event)
        if context == "quiz":
            self._touch(lesson_id, event)
        return AnswerProjected(card, state, newly)

    _on_review = _on_attempt

    def _review(self, lesson_id: str, question_id: str, correct: bool, at: datetime) -> CardRecord:
        existing = load_card(self.conn, self.learner_id, lesson_id, question_id)
        card, _log, reviewed_at = review_card(existing, self.learner_id, lesson_id, question_id, correct, at,
                                              self.scheduler)
        self.conn.execute(
            "INSERT INTO progress_cards(learner_id, lesson_id, question_id, card, state, due, last_review,"
            " reviews, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(learner_id, lesson_id, question_id) DO UPDATE SET card = excluded.card,"
            " state = excluded.state, due = excluded.due, last_review = excluded.last_review,"
            " reviews = excluded.reviews, lapses = excluded.lapses",
            (self.learner_id, lesson_id, question_id, json.dumps(card.card.to_dict()), int(card.card.state),
             to_iso(card.card.due), to_iso(reviewed_at), card.reviews, card.lapses),
        )
        return card

    def _fold_mastery(self, lesson_id: str, event: ReplayEvent) -> tuple[MasteryState, bool]:
        facts = self._lesson_facts(lesson_id)
        stored = self._stored_mastery(lesson_id)
        criterion = stored.criterion if stored else self.snapshots.get(lesson_id, self.criterion)
        # Folded in the order applied: positions stand in for seqs, mapped back below.
        folded = evaluate([AttemptFact(i, f.correct, f.context) for i, f in enumerate(facts)],
                          criterion, started=True)
        state = MasteryState(
            folded.status, folded.criterion,
            None if folded.passed_quiz_seq is None else facts[folded.passed_quiz_seq].seq,
            None if folded.mastered_seq is None else facts[folded.mastered_seq].seq,
            folded.recent_correct, folded.recent_total,
        )
        before = stored.status if stored else Status.PRACTISING
        if state.status.rank <= before.rank:
            # Mastery never goes down: a stored result outranks a fold that falls short.
            if stored is not None and stored.status.rank > state.status.rank:
                state = MasteryState(stored.status, stored.criterion, stored.passed_quiz_seq,
                                     stored.mastered_seq, state.recent_correct, state.recent_total)
            return state, False
        if stored is None:
            stored = self._mastery[lesson_id] = _MasteryRow(
                Status.PASSED_QUIZ, criterion, event.at, state.passed_quiz_seq)  # type: ignore[arg-type]
        if state.status is Status.MASTERED:
            stored.status = Status.MASTERED
            stored.mastered_at = event.at
            stored.mastered_seq = state.mastered_seq
        self._dirty_mastery.add(lesson_id)
        return state, True

    def _on_mastery_reached(self, event: ReplayEvent) -> None:
        """A floor: what the learner was told they reached stays reached."""
        p = event.payload
        try:
            status = Status(p["status"])
        except (KeyError, ValueError):
            return
        lesson_id = str(p["lesson_id"])
        stored = self._stored_mastery(lesson_id)
        if stored is not None and stored.status.rank >= status.rank:
            return
        attempt_seq = p.get("attempt_seq")
        seq = self._attempt_seq_by_origin.get((event.device_id, attempt_seq), event.seq) \
            if isinstance(attempt_seq, int) else event.seq
        if stored is None:
            criterion = criterion_of(p) or self.criterion
            stored = self._mastery[lesson_id] = _MasteryRow(Status.PASSED_QUIZ, criterion, event.at, seq)
        if status is Status.MASTERED:
            stored.status = Status.MASTERED
            stored.mastered_at = event.at
            stored.mastered_seq = seq
        self._dirty_mastery.add(lesson_id)

    # --- level tests, levels, certificates -------------------------------------------------------

    def _on_level_test(self, event: ReplayEvent) -> None:
        p = event.payload
        test_id = str(p["test_id"])
        if p.get("phase") == "started":
            self.conn.execute(
                "INSERT OR IGNORE INTO progress_level_tests(test_id, learner_id, level, seed, question_refs,"
                " started_at) VALUES (?, ?, ?, ?, ?, ?)",
                (test_id, self.learner_id, int(p["level"]), int(p["seed"]), json.dumps(list(p["questions"])),
                 to_iso(event.at)),
            )
        elif p.get("phase") == "finished":
            # The score its PC computed is the result of record (the answers may be spread
            # over devices, but the test was taken and finished on one).
            values = (to_iso(event.at), int(p["correct"]), int(p["total"]), int(bool(p["passed"])))
            updated = self.conn.execute(
                "UPDATE progress_level_tests SET finished_at = ?, correct = ?, total = ?, passed = ?"
                " WHERE test_id = ? AND finished_at IS NULL", (*values, test_id)).rowcount
            if not updated and not self.conn.execute(
                    "SELECT 1 FROM progress_level_tests WHERE test_id = ?", (test_id,)).fetchone():
                # Its "started" event is missing (not pulled yet): keep the result anyway.
                self.conn.execute(
                    "INSERT INTO progress_level_tests(test_id, learner_id, level, seed, question_refs, started_at,"
                    " finished_at, correct, total, passed) VALUES (?, ?, ?, 0, '[]', ?, ?, ?, ?, ?)",
                    (test_id, self.learner_id, int(p["level"]), to_iso(event.at), *values))

    def _on_level_unlocked(self, event: ReplayEvent) -> None:
        p = event.payload
        self.conn.execute(
            "INSERT OR IGNORE INTO progress_levels_open(learner_id, level, opened_by, opened_at) VALUES (?, ?, ?, ?)",
            (self.learner_id, int(p["level"]), str(p.get("by") or "level_test"), to_iso(event.at)),
        )

    def _on_certificate_issued(self, event: ReplayEvent) -> None:
        """Certificates keep their codes (signed once, on the issuing PC). One per level:
        the first applied."""
        p = event.payload
        values = (str(p["certificate_id"]), self.learner_id, int(p["level"]), str(p["learner_name"]),
                  str(p["level_title"]), str(p["issued_on"]), str(p["device_id"]), str(p["key_id"]),
                  str(p["code"]), str(p.get("test_id") or ""), to_iso(event.at))
        if self.conn.execute(
            "SELECT 1 FROM progress_certificates WHERE (learner_id = ? AND level = ?) OR certificate_id = ?",
            (self.learner_id, values[2], values[0]),
        ).fetchone():
            return
        self.conn.execute(
            "INSERT INTO progress_certificates(certificate_id, learner_id, level, learner_name, level_title,"
            " issued_on, device_id, key_id, code, test_id, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )


def criterion_of(payload: Mapping[str, Any]) -> Criterion | None:
    """The criterion a mastery_reached payload snapshotted, if readable."""
    try:
        return Criterion.from_dict(payload["criterion"])
    except (KeyError, TypeError, ValueError):
        return None


__all__ = [
    "ANSWER_CONTEXTS", "AnswerProjected", "KINDS_THAT_MARK_A_DAY", "LEARNER_TABLES", "Projector",
    "ReplayEvent", "clear_learners", "criterion_of",
]
