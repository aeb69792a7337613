"""ProgressService: the learning journey over one database (exposed as Workspace.progress).

Every mutation validates, appends immutable events (tutor.events) and applies each
through the projector (tutor.progress.projector, the only writer of the derived
``progress_*`` rows) in ONE transaction, committed (and with synchronous=FULL,
fsynced) before the method returns: when the UI shows "saved", it is.
Mutations return a Changes value (progress=True, learner_ids={the learner}).

Event kinds and payloads (all times in payloads are the trusted UTC time,
``at``; the event's device_time keeps the raw PC clock for the hub):

- lesson_opened {lesson_id, at}
- section_read {lesson_id, section_index, heading, at}
- attempt {lesson_id, question_id, context: quiz|level_test, test_id, correct, response,
  rating, at, time_spent_s}: an answer in a lesson quiz or a level test
- review {same fields, context: review}: an answer in "Ôn tập hôm nay"
  (attempt and review events carry the FSRS rating and time, so cards can be
  rebuilt from the log with Scheduler.reschedule_card)
- mastery_reached {lesson_id, status: passed_quiz|mastered, criterion {m, n}, attempt_seq, at}
- level_test {phase: started, test_id, level, seed, questions [refs], at}
  and {phase: finished, test_id, level, correct, total, needed, passed, at}
- level_unlocked {level, by: level_test|teacher, test_id?, at}
- certificate_issued {certificate fields, code, key_id, public_key, test_id, at}

Use on the database thread only. Wrong input raises a ProgressError (Vietnamese
user_message) before anything is written.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from tutor.changes import Changes
from tutor.clock import Clock, from_iso, to_iso
from tutor.events import append_event, device_id
from tutor.lessons.model import AnyQuestion, Lesson, Level
from tutor.progress import level_test as tests
from tutor.progress import messages
from tutor.device_keys import PublicKeyExport, device_key, export_public_key, public_key_of
from tutor.progress.certificates import Certificate, CertificateFields, new_certificate_id, sign_certificate
from tutor.progress.errors import LevelLocked, ProgressError, UnknownItem
from tutor.progress.grading import grade, response_to_json
from tutor.progress.localday import LocalCalendar
from tutor.progress.mastery import (
    DEFAULT_CRITERION, AttemptFact, Criterion, MasteryState, Status, evaluate,
)
from tutor.progress.projector import AnswerProjected, Projector, ReplayEvent
from tutor.progress.results import (
    AnswerResult, Badge, ContinuePoint, DueItem, LessonProgress, LevelProgress, LevelTest,
    LevelTestResult, Streak,
)
from tutor.progress.review import (
    DEFAULT_POLICY, DueCard, ReviewPolicy, due_cards, interleave_by_lesson, rating_for,
)
from tutor.progress.streaks import count_streak
from tutor.progress.trusted_time import MAX_JUMP, TrustedClock, certificate_time
from tutor.store.db import transaction
from tutor.messages import render

if TYPE_CHECKING:
    from tutor.lessons.service import ContentService

CONTEXTS = ("quiz", "review", "level_test")
DEFAULT_DUE_LIMIT = 20


class ProgressService:
    def __init__(
        self,
        conn: sqlite3.Connection,
        clock: Clock,
        content: "ContentService",
        *,
        criterion: Criterion = DEFAULT_CRITERION,
        policy: ReviewPolicy = DEFAULT_POLICY,
        calendar: LocalCalendar = LocalCalendar(),
        max_clock_jump: timedelta = MAX_JUMP,
        clock_offset_s: Callable[[], float] = lambda: 0.0,
    ):
        """``clock_offset_s`` reads this PC's latest clock offset to the hub (the sync
        state's, given by the workspace; 0 before the first sync): a rebuild places local
        events among pulled ones with it."""
        self._conn = conn
        self._clock = clock
        self._content = content
        self._criterion = criterion
        self._scheduler = policy.scheduler()
        self._calendar = calendar
        self._time = TrustedClock(clock, conn, max_jump=max_clock_jump)
        self._clock_offset_s = clock_offset_s

    # --- time -----------------------------------------------------------------------------

    def now(self) -> datetime:
        """The UTC time progress is scheduled by (the PC clock, corrected: see trusted_time).

        Whole milliseconds, the precision events keep (to_iso): rows written from this
        time and rows rebuilt from the event log are then exactly equal."""
        trusted = self._time.now()
        return trusted.replace(microsecond=trusted.microsecond // 1000 * 1000)

    # --- rebuilding from the event log ------------------------------------------------------

    def rebuild_learner(self, learner_id: str, source_ids: Sequence[str] | None = None) -> Changes:
        """Recompute every progress row of ``learner_id`` from the events of ``source_ids``
        (default: the learner and profiles merged into it), from any device, in one
        transaction. ``rebuild_learner(keep, [keep, merged])`` folds ``merged``'s history
        into ``keep``'s. See tutor.progress.rebuild for the ordering rules."""
        from tutor.progress.rebuild import rebuild_learner

        stats = rebuild_learner(self._conn, learner_id, source_ids, now=self.now(), criterion=self._criterion,
                                scheduler=self._scheduler, calendar=self._calendar,
                                own_offset_s=self._clock_offset_s())
        return Changes(progress=True, learner_ids=frozenset({learner_id, stats.learner_id, *stats.sources}))

    # --- lessons ----------------------------------------------------------------------------

    def open_lesson(self, learner_id: str, lesson_id: str) -> Changes:
        self._require_learner(learner_id)
        lesson = self._require_lesson(lesson_id)
        self._require_open(learner_id, lesson.level)
        now = self.now()
        with self._recording(learner_id) as record:
            record("lesson_opened", {"lesson_id": lesson_id, "at": to_iso(now)})
        return _changes(learner_id)

    def section_read(self, learner_id: str, lesson_id: str, index: int) -> Changes:
        self._require_learner(learner_id)
        lesson = self._require_lesson(lesson_id)
        if not isinstance(index, int) or not 0 <= index < len(lesson.sections):
            raise UnknownItem(f"lesson {lesson_id} has no section {index!r}", render("progress.no_section"))
        now = self.now()
        with self._recording(learner_id) as record:
            record("section_read", {
                "lesson_id": lesson_id, "section_index": index,
                "heading": lesson.sections[index].heading, "at": to_iso(now),
            })
        return _changes(learner_id)

    # --- answers ----------------------------------------------------------------------------

    def answer(
        self,
        learner_id: str,
        lesson_id: str,
        question_id: str,
        response: Any,
        context: str = "quiz",
        *,
        test_id: str | None = None,
        time_spent_s: float | None = None,
    ) -> AnswerResult:
        """Grade one answer and record it durably (one transaction, committed on return).

        ``context`` is "quiz" (the lesson's own quiz), "review" (Ôn tập hôm nay) or
        "level_test" (then ``test_id`` from start_level_test is required). The
        response shapes per question kind are in tutor.progress.grading.
        """
        if context not in CONTEXTS:
            raise ValueError(f"unknown answer context {context!r}")
        self._require_learner(learner_id)
        question = self._content.question(lesson_id, question_id)
        if question is None:
            raise UnknownItem(f"no question {lesson_id}#{question_id}", render("progress.no_question"))
        if context == "level_test":
            self._require_test_question(learner_id, test_id, f"{lesson_id}#{question_id}")
        else:
            if test_id is not None:
                raise ValueError("test_id is only for level_test answers")
            if context == "quiz":
                self._require_open(learner_id, self._require_lesson(lesson_id).level)
        verdict = grade(question, response)  # raises InvalidResponse before anything is written
        stored_response = response_to_json(question, response)
        now = self.now()
        with self._recording(learner_id) as record:
            seq, projected = record("review" if context == "review" else "attempt", {
                "lesson_id": lesson_id, "question_id": question_id, "context": context, "test_id": test_id,
                "correct": verdict.correct, "response": stored_response,
                "rating": int(rating_for(verdict.correct)), "at": to_iso(now),
                "time_spent_s": None if time_spent_s is None else round(float(time_spent_s), 3),
            })
            assert isinstance(projected, AnswerProjected)
            card, state, new_mastery = projected.card, projected.state, projected.newly_reached
            if new_mastery:
                record("mastery_reached", {
                    "lesson_id": lesson_id, "status": state.status.value, "criterion": state.criterion.as_dict(),
                    "attempt_seq": seq, "at": to_iso(now),
                })
        message = messages.answer_message(verdict.correct, seq)
        if new_mastery:
            message += " " + messages.mastery_message(state.status is Status.MASTERED, seq)
        return AnswerResult(verdict, state.status, new_mastery, message, seq, card.due, _changes(learner_id))

    # --- reading progress -------------------------------------------------------------------

    def lesson_status(self, learner_id: str, lesson_id: str) -> LessonProgress:
        row = self._conn.execute(
            "SELECT sections_read FROM progress_lessons WHERE learner_id = ? AND lesson_id = ?",
            (learner_id, lesson_id),
        ).fetchone()
        stored = self._stored_mastery(learner_id, lesson_id)
        criterion = stored.criterion if stored else self._criterion
        state = _merge(stored, evaluate(self._attempt_facts(learner_id, lesson_id), criterion,
                                        started=row is not None))
        times = self._conn.execute(
            "SELECT passed_quiz_at, mastered_at FROM progress_mastery WHERE learner_id = ? AND lesson_id = ?",
            (learner_id, lesson_id),
        ).fetchone()
        return LessonProgress(
            lesson_id, state.status, state.criterion, state.recent_correct, state.recent_total,
            opened=row is not None,
            sections_read=tuple(json.loads(row["sections_read"])) if row else (),
            passed_quiz_at=from_iso(times["passed_quiz_at"]) if times else None,
            mastered_at=from_iso(times["mastered_at"]) if times and times["mastered_at"] else None,
        )

    def level_map(self, learner_id: str) -> list[LevelProgress]:
        levels = self._content.levels()
        opened = self._opened_levels(learner_id, levels)
        statuses = self._mastery_statuses(learner_id)
        best = {
            r["level"]: r for r in self._conn.execute(
                "SELECT level, max(passed) AS passed, max(correct) AS correct, max(total) AS total"
                " FROM progress_level_tests WHERE learner_id = ? AND finished_at IS NOT NULL GROUP BY level",
                (learner_id,),
            )
        }
        out = []
        for level in levels:
            lesson_ids = [s.lesson_id for s in self._content.lessons(level=level.number)]
            found = [statuses.get(i) for i in lesson_ids]
            test = best.get(level.number)
            out.append(LevelProgress(
                level=level.number, title=level.title,
                open=level.number in opened, opened_by=opened.get(level.number),
                lessons_total=len(lesson_ids),
                lessons_passed=sum(1 for s in found if s in (Status.PASSED_QUIZ, Status.MASTERED)),
                lessons_mastered=sum(1 for s in found if s is Status.MASTERED),
                test_passed=bool(test and test["passed"]),
                best_correct=test["correct"] if test else None,
                best_total=test["total"] if test else None,
            ))
        return out

    def continue_point(self, learner_id: str) -> ContinuePoint | None:
        """The lesson to resume: the latest one started and not yet passed; otherwise the
        first lesson, in teaching order, of an open level that is not passed yet."""
        levels = self._content.levels()
        opened = self._opened_levels(learner_id, levels)
        statuses = self._mastery_statuses(learner_id)
        current = {s.lesson_id: s for s in self._content.lessons() if s.level in opened}
        for row in self._conn.execute(
            "SELECT lesson_id FROM progress_lessons WHERE learner_id = ? ORDER BY last_active_seq DESC",
            (learner_id,),
        ):
            summary = current.get(row["lesson_id"])
            if summary is not None and row["lesson_id"] not in statuses:
                return ContinuePoint(summary.lesson_id, summary.title, summary.level, summary.module_id,
                                     Status.PRACTISING, "resume")
        for summary in current.values():  # lessons() is in teaching order
            if summary.lesson_id not in statuses:
                started = self._conn.execute(
                    "SELECT 1 FROM progress_lessons WHERE learner_id = ? AND lesson_id = ?",
                    (learner_id, summary.lesson_id),
                ).fetchone()
                return ContinuePoint(summary.lesson_id, summary.title, summary.level, summary.module_id,
                                     Status.PRACTISING if started else Status.NOT_STARTED, "next")
        return None

    # --- spaced review ------------------------------------------------------------------------

    def due_count(self, learner_id: str) -> int:
        return len(self._due(learner_id))

    def due_items(self, learner_id: str, limit: int | None = DEFAULT_DUE_LIMIT) -> list[DueItem]:
        """ "Ôn tập hôm nay": due questions from every lesson, mixed (one lesson after another)."""
        items = self._due(learner_id)
        return items if limit is None else items[:limit]

    # --- level tests ---------------------------------------------------------------------------

    def start_level_test(self, learner_id: str, level: int, limit: int | None = None) -> LevelTest:
        """Draw the level's test questions (shuffled; the seed is kept in the event)."""
        self._require_learner(learner_id)
        self._require_level(level)
        self._require_open(learner_id, level)
        refs = self._content.level_test_questions(level)
        if not refs:
            raise UnknownItem(f"level {level} has no test questions", render("progress.no_level_test"))
        seed = int.from_bytes(os.urandom(4), "big")
        drawn = tests.draw(refs, seed, limit)
        test_id = str(uuid.uuid4())
        now = self.now()
        ref_ids = [r.ref for r in drawn]
        with self._recording(learner_id) as record:
            record("level_test", {
                "phase": "started", "test_id": test_id, "level": level, "seed": seed,
                "questions": ref_ids, "at": to_iso(now),
            })
        return LevelTest(test_id, level, tuple(drawn), tests.needed(len(drawn)), seed, _changes(learner_id))

    def finish_level_test(self, learner_id: str, test_id: str) -> LevelTestResult:
        """Score the test (the last answer to each question counts; unanswered ones are wrong).

        Passing at 80% opens the next level and, the first time, issues a certificate
        and a badge. Finishing a test again returns the same result.
        """
        row = self._test_row(learner_id, test_id)
        level = row["level"]
        if row["finished_at"] is not None:
            return self._finished_result(row)
        refs = json.loads(row["question_refs"])
        answers = [
            (f"{a['lesson_id']}#{a['question_id']}", bool(a["correct"]))
            for a in self._conn.execute(
                "SELECT lesson_id, question_id, correct FROM progress_attempts WHERE test_id = ? ORDER BY seq",
                (test_id,),
            )
        ]
        correct, total = tests.score(refs, answers), len(refs)
        needed, passed = tests.needed(total), tests.passed(correct, total)
        now = self.now()
        certificate = badge = unlocked = None
        with self._recording(learner_id) as record:
            first_pass = passed and not self._level_passed(learner_id, level)
            seq, _ = record("level_test", {
                "phase": "finished", "test_id": test_id, "level": level, "correct": correct,
                "total": total, "needed": needed, "passed": passed, "at": to_iso(now),
            })
            if passed:
                unlocked = self._unlock_after(record, learner_id, level, test_id, now)
                # Never signed from an untrusted clock: without a trustworthy time the level
                # is passed and opened, and the certificate waits (certificates() issues it).
                when = certificate_time(self._conn, self._clock)
                if when is not None:
                    certificate = self._issue_certificate(record, learner_id, level, test_id, when)
            if first_pass:
                badge = Badge(level, _badge_title(self._level_title(level)), now)
        message = messages.level_test_message(passed, level, correct, total, needed, seq)
        if passed and certificate is None:
            message += " " + messages.CERTIFICATE_WAITS
        return LevelTestResult(
            test_id, level, correct, total, needed, passed, message,
            certificate, unlocked, badge, _changes(learner_id),
        )

    def practice_attempt(self, learner_id: str, lesson_id: str, summary: dict[str, Any]) -> Changes:
        """An AI practice-room attempt (prompt rubric or find-the-mistakes), kept as an event
        for teachers and sync. The prompt's text stays on the PC: it may hold what the
        learner typed about themselves."""
        self._require_learner(learner_id)
        self._require_lesson(lesson_id)
        allowed = {k: v for k, v in summary.items()
                   if k not in PRIVATE_PRACTICE_KEYS and isinstance(v, (str, int, float, bool, list, type(None)))}
        now = self.now()
        with self._recording(learner_id) as record:
            record("practice_attempt", {**allowed, "lesson_id": lesson_id, "at": to_iso(now)})
        return _changes(learner_id)

    def unlock_level(self, learner_id: str, level: int, by: str = "teacher") -> Changes:
        """Open a level for a learner without the previous test (a teacher's decision)."""
        self._require_learner(learner_id)
        levels = self._require_level(level)
        if level in self._opened_levels(learner_id, levels):
            return Changes()
        now = self.now()
        with self._recording(learner_id) as record:
            record("level_unlocked", {"level": level, "by": by, "at": to_iso(now)})
        return _changes(learner_id)

    # --- certificates, streak, badges ------------------------------------------------------

    def certificates(self, learner_id: str) -> list[Certificate]:
        """Every certificate the learner holds, to show or print again. A certificate that
        waited for a trustworthy time (finish_level_test) is issued here once there is one."""
        self._issue_waiting_certificates(learner_id)
        rows = self._conn.execute(
            "SELECT * FROM progress_certificates WHERE learner_id = ? ORDER BY level", (learner_id,)
        ).fetchall()
        return [_certificate_from_row(r) for r in rows]

    def public_key(self) -> PublicKeyExport:
        """This PC's certificate public key, for enrolling the PC at the hub."""
        return public_key_of(self._conn, device_id(self._conn), self.now())

    def streak(self, learner_id: str) -> Streak:
        today = self._calendar.learning_day(self.now())
        days = [
            datetime.fromisoformat(r["day"]).date() for r in self._conn.execute(
                "SELECT day FROM progress_days WHERE learner_id = ?", (learner_id,)
            )
        ]
        count = count_streak(days, today)
        return Streak(count.current, count.active_today, count.longest, today,
                      messages.streak_message(count.current, count.current, first_visit=not days))

    def badges(self, learner_id: str) -> list[Badge]:
        """One badge per level passed, earned at the first pass."""
        rows = self._conn.execute(
            "SELECT level, min(finished_at) AS earned FROM progress_level_tests"
            " WHERE learner_id = ? AND passed = 1 GROUP BY level ORDER BY level",
            (learner_id,),
        ).fetchall()
        return [Badge(r["level"], _badge_title(self._level_title(r["level"])), from_iso(r["earned"]))
                for r in rows]

    # --- internals: checks ---------------------------------------------------------------------

    def _require_learner(self, learner_id: str) -> None:
        row = self._conn.execute(
            "SELECT 1 FROM learners WHERE learner_id = ? AND archived = 0", (learner_id,)
        ).fetchone()
        if row is None:
            raise UnknownItem(f"no learner {learner_id}", render("profile.no_learner"))

    def _require_lesson(self, lesson_id: str) -> Lesson:
        lesson = self._content.lesson(lesson_id)
        if lesson is None:
            raise UnknownItem(f"no lesson {lesson_id}", render("progress.no_lesson"))
        return lesson

    def _require_level(self, level: int) -> list[Level]:
        levels = self._content.levels()
        if not any(lv.number == level for lv in levels):
            raise UnknownItem(f"no level {level!r}", render("progress.no_level"))
        return levels

    def _require_open(self, learner_id: str, level: int) -> None:
        if self._conn.execute(
            "SELECT 1 FROM progress_levels_open WHERE learner_id = ? AND level = ?", (learner_id, level)
        ).fetchone():
            return
        if level not in self._opened_levels(learner_id, self._content.levels()):
            raise LevelLocked(level)

    def _require_test_question(self, learner_id: str, test_id: str | None, ref: str) -> None:
        if test_id is None:
            raise ValueError("a level_test answer needs the test_id from start_level_test")
        row = self._test_row(learner_id, test_id)
        if row["finished_at"] is not None:
            raise ProgressError(f"level test {test_id} is already finished",
                                render("progress.test_submitted"))
        if ref not in json.loads(row["question_refs"]):
            raise UnknownItem(f"{ref} is not in level test {test_id}", render("progress.not_in_test"))

    def _test_row(self, learner_id: str, test_id: str) -> sqlite3.Row:
        row = self._conn.execute(
            "SELECT * FROM progress_level_tests WHERE test_id = ? AND learner_id = ?", (test_id, learner_id)
        ).fetchone()
        if row is None:
            raise UnknownItem(f"no level test {test_id} for {learner_id}", render("progress.no_test"))
        return row

    # --- internals: writes ----------------------------------------------------------------------

    @contextmanager
    def _recording(self, learner_id: str) -> Iterator["_Record"]:
        """One transaction in which each event recorded is appended and applied through the
        projector; the rows it holds in memory are written before the commit."""
        with transaction(self._conn):
            projector = Projector(self._conn, learner_id, criterion=self._criterion,
                                  scheduler=self._scheduler, calendar=self._calendar)
            device = device_id(self._conn)  # one device id per transaction

            def record(kind: str, payload: dict[str, Any]) -> tuple[int, AnswerProjected | None]:
                at = from_iso(payload["at"])
                seq = self._event(kind, learner_id, payload, at)
                return seq, projector.apply(ReplayEvent(seq, device, seq, kind, payload, at, at))

            yield record
            projector.flush()

    def _event(self, kind: str, learner_id: str, payload: dict[str, Any], at: datetime) -> int:
        seq = append_event(self._conn, self._clock, kind, learner_id, payload)
        # Every write moves the trusted-time mark: scheduling never goes back before it.
        self._time.mark(self._conn, at)
        return seq

    def _unlock_after(self, record: "_Record", learner_id: str, level: int, test_id: str,
                      now: datetime) -> int | None:
        numbers = [lv.number for lv in self._content.levels()]
        position = numbers.index(level)
        if position + 1 >= len(numbers):
            return None
        following = numbers[position + 1]
        if self._conn.execute(
            "SELECT 1 FROM progress_levels_open WHERE learner_id = ? AND level = ?", (learner_id, following)
        ).fetchone():
            return None
        record("level_unlocked", {"level": following, "by": "level_test", "test_id": test_id, "at": to_iso(now)})
        return following

    def certificates_waiting(self, learner_id: str) -> list[int]:
        """Levels passed whose certificate waits for a trustworthy time."""
        return [r[0] for r in self._conn.execute(
            "SELECT DISTINCT t.level FROM progress_level_tests t WHERE t.learner_id = ? AND t.passed = 1"
            " AND NOT EXISTS (SELECT 1 FROM progress_certificates c WHERE c.learner_id = t.learner_id"
            " AND c.level = t.level) ORDER BY t.level", (learner_id,))]

    def _issue_waiting_certificates(self, learner_id: str) -> None:
        levels = self.certificates_waiting(learner_id)
        if not levels:
            return
        when = certificate_time(self._conn, self._clock)
        if when is None:
            return
        with self._recording(learner_id) as record:
            for level in levels:
                test_id = self._conn.execute(
                    "SELECT test_id FROM progress_level_tests WHERE learner_id = ? AND level = ? AND passed = 1"
                    " ORDER BY finished_at LIMIT 1", (learner_id, level)).fetchone()[0]
                self._issue_certificate(record, learner_id, level, test_id, when)

    def _issue_certificate(self, record: "_Record", learner_id: str, level: int, test_id: str,
                           now: datetime) -> Certificate:
        existing = self._conn.execute(
            "SELECT * FROM progress_certificates WHERE learner_id = ? AND level = ?", (learner_id, level)
        ).fetchone()
        if existing is not None:
            return _certificate_from_row(existing)  # one certificate per level: reprint, never re-issue
        name = self._conn.execute(
            "SELECT display_name FROM learners WHERE learner_id = ?", (learner_id,)
        ).fetchone()["display_name"]
        device = device_id(self._conn)
        key = device_key(self._conn, device, now)
        fields = CertificateFields(
            certificate_id=new_certificate_id(), learner_name=name, level=level,
            level_title=self._level_title(level),
            issued_on=self._calendar.calendar_date(now).isoformat(), device_id=device,
        )
        certificate = sign_certificate(fields, key)
        record("certificate_issued", {
            "certificate_id": fields.certificate_id, "learner_name": fields.learner_name, "level": level,
            "level_title": fields.level_title, "issued_on": fields.issued_on, "device_id": device,
            "code": certificate.code, "key_id": key.key_id,
            "public_key": export_public_key(key).public_key_b64, "test_id": test_id, "at": to_iso(now),
        })
        return certificate

    # --- internals: reads ---------------------------------------------------------------------

    def _attempt_facts(self, learner_id: str, lesson_id: str) -> list[AttemptFact]:
        return [
            AttemptFact(r["seq"], bool(r["correct"]), r["context"])
            for r in self._conn.execute(
                "SELECT seq, correct, context FROM progress_attempts"
                " WHERE learner_id = ? AND lesson_id = ? ORDER BY seq",
                (learner_id, lesson_id),
            )
        ]

    def _stored_mastery(self, learner_id: str, lesson_id: str) -> MasteryState | None:
        row = self._conn.execute(
            "SELECT status, criterion, passed_quiz_seq, mastered_seq FROM progress_mastery"
            " WHERE learner_id = ? AND lesson_id = ?",
            (learner_id, lesson_id),
        ).fetchone()
        if row is None:
            return None
        return MasteryState(Status(row["status"]), Criterion.from_dict(json.loads(row["criterion"])),
                            row["passed_quiz_seq"], row["mastered_seq"])

    def _mastery_statuses(self, learner_id: str) -> dict[str, Status]:
        return {
            r["lesson_id"]: Status(r["status"]) for r in self._conn.execute(
                "SELECT lesson_id, status FROM progress_mastery WHERE learner_id = ?", (learner_id,)
            )
        }

    def _opened_levels(self, learner_id: str, levels: Iterable[Level]) -> dict[int, str]:
        """Open levels -> why: the first level always, others by a passed test or a teacher."""
        numbers = [lv.number for lv in levels]
        opened = {
            r["level"]: r["opened_by"] for r in self._conn.execute(
                "SELECT level, opened_by FROM progress_levels_open WHERE learner_id = ?", (learner_id,)
            )
        }
        if numbers:
            opened.setdefault(numbers[0], "always")
        return opened

    def _level_passed(self, learner_id: str, level: int) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM progress_level_tests WHERE learner_id = ? AND level = ? AND passed = 1",
            (learner_id, level),
        ).fetchone() is not None

    def _level_title(self, level: int) -> str:
        return next((lv.title for lv in self._content.levels() if lv.number == level), f"Cấp độ {level}")

    def _finished_result(self, row: sqlite3.Row) -> LevelTestResult:
        cert_row = self._conn.execute(
            "SELECT * FROM progress_certificates WHERE test_id = ?", (row["test_id"],)
        ).fetchone()
        passed = bool(row["passed"])
        needed = tests.needed(row["total"])
        return LevelTestResult(
            row["test_id"], row["level"], row["correct"], row["total"], needed, passed,
            messages.level_test_message(passed, row["level"], row["correct"], row["total"], needed, 0),
            _certificate_from_row(cert_row) if cert_row else None, None, None, Changes(),
        )

    def _due(self, learner_id: str) -> list[DueItem]:
        now = self.now()
        cards: list[DueCard] = due_cards(self._conn, learner_id, now, self._calendar)
        titles: dict[str, str | None] = {}
        items: list[DueItem] = []
        for card in interleave_by_lesson(cards):
            if card.lesson_id not in titles:
                titles[card.lesson_id] = self._current_lesson_title(card.lesson_id)
            title = titles[card.lesson_id]
            question: AnyQuestion | None = self._content.question(card.lesson_id, card.question_id)
            if title is None or question is None:
                continue  # the pack retired the lesson: its cards rest, and come back if it returns
            items.append(DueItem(card.lesson_id, title, question, card.due))
        return items

    def _current_lesson_title(self, lesson_id: str) -> str | None:
        if self._content.is_retired(lesson_id):
            return None
        lesson = self._content.lesson(lesson_id)
        return lesson.title if lesson else None


# --- helpers -------------------------------------------------------------------------------------


PRIVATE_PRACTICE_KEYS = frozenset({"prompt", "answer", "ai_answer", "text"})

# Records one event inside ProgressService._recording: (kind, payload) -> (seq, what it projected).
_Record = Callable[[str, dict[str, Any]], tuple[int, AnswerProjected | None]]


def _changes(learner_id: str) -> Changes:
    return Changes(progress=True, learner_ids=frozenset({learner_id}))


def _merge(stored: MasteryState | None, evaluated: MasteryState) -> MasteryState:
    """Mastery never goes down: a stored result outranks a re-evaluation that falls short
    (history partly pulled from another PC, or a changed criterion)."""
    if stored is None or evaluated.status.rank >= stored.status.rank:
        return evaluated
    return MasteryState(stored.status, stored.criterion, stored.passed_quiz_seq, stored.mastered_seq,
                        evaluated.recent_correct, evaluated.recent_total)


def _badge_title(level_title: str) -> str:
    return f"Huy hiệu: {level_title}"


def _certificate_from_row(row: sqlite3.Row) -> Certificate:
    fields = CertificateFields(row["certificate_id"], row["learner_name"], row["level"], row["level_title"],
                               row["issued_on"], row["device_id"])
    return Certificate(fields, row["code"], row["key_id"])


__all__ = ["ProgressService", "CONTEXTS"]
