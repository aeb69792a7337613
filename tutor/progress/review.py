"""Spaced review with FSRS (the ``fsrs`` package, v6): one card per question met.

Every graded answer (quiz, review or level test) is a review of that question's
card: right -> Rating.Good, wrong -> Rating.Again. Times given here must come
from TrustedClock (never backwards, never years ahead) and are UTC.

Policy choices, for adults who study a few times a week:
- one learning step and one relearning step of 12 hours: a question answered
  wrong comes back the next day, not ten minutes later in the same sitting
  (the explanation has just been shown; recalling it straight away proves little);
- intervals capped at 180 days, so nothing learned disappears for years;
- no fuzz: the same review history always gives the same schedule, so cards
  can be rebuilt from the event log (Scheduler.reschedule_card) on any PC.

"Ôn tập hôm nay" holds cards in review whose due date falls on or before the
learner's day (LocalCalendar), plus learning cards whose due time has passed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterable

from fsrs import Card, Rating, ReviewLog, Scheduler, State

from tutor.clock import from_iso, to_iso
from tutor.progress.localday import LocalCalendar


@dataclass(frozen=True)
class ReviewPolicy:
    learning_step: timedelta = timedelta(hours=12)
    relearning_step: timedelta = timedelta(hours=12)
    maximum_interval_days: int = 180
    desired_retention: float = 0.9

    def scheduler(self) -> Scheduler:
        return Scheduler(
            desired_retention=self.desired_retention,
            learning_steps=(self.learning_step,),
            relearning_steps=(self.relearning_step,),
            maximum_interval=self.maximum_interval_days,
            enable_fuzzing=False,
        )


DEFAULT_POLICY = ReviewPolicy()


def rating_for(correct: bool) -> Rating:
    return Rating.Good if correct else Rating.Again


def card_id_for(learner_id: str, lesson_id: str, question_id: str) -> int:
    """A stable integer id (FSRS wants an int) derived from the content ids, same on every PC."""
    digest = hashlib.sha256(f"{learner_id}\n{lesson_id}#{question_id}".encode()).digest()
    return int.from_bytes(digest[:6], "big")


@dataclass(frozen=True)
class CardRecord:
    learner_id: str
    lesson_id: str
    question_id: str
    card: Card
    reviews: int
    lapses: int

    @property
    def due(self) -> datetime:
        return self.card.due


def load_card(conn: sqlite3.Connection, learner_id: str, lesson_id: str, question_id: str) -> CardRecord | None:
    row = conn.execute(
        "SELECT card, reviews, lapses FROM progress_cards"
        " WHERE learner_id = ? AND lesson_id = ? AND question_id = ?",
        (learner_id, lesson_id, question_id),
    ).fetchone()
    if row is None:
        return None
    return CardRecord(learner_id, lesson_id, question_id, Card.from_dict(json.loads(row["card"])),
                      row["reviews"], row["lapses"])


def review_card(
    existing: CardRecord | None,
    learner_id: str,
    lesson_id: str,
    question_id: str,
    correct: bool,
    at: datetime,
    scheduler: Scheduler,
) -> tuple[CardRecord, ReviewLog, datetime]:
    """The question's card after this answer (a new card on first meeting), and the review
    time used. Pure: the projector (tutor.progress.projector) stores it."""
    at = at.astimezone(timezone.utc)
    if existing is None:
        card = Card(card_id=card_id_for(learner_id, lesson_id, question_id), due=at)
        reviews = lapses = 0
    else:
        card, reviews, lapses = existing.card, existing.reviews, existing.lapses
        if card.last_review is not None and at < card.last_review:
            # A card synced from a PC whose clock ran ahead: review "at" its last review, not before.
            at = card.last_review.astimezone(timezone.utc)
    was_reviewing = card.state == State.Review
    rating = rating_for(correct)
    updated, log = scheduler.review_card(card, rating, review_datetime=at)
    record = CardRecord(
        learner_id, lesson_id, question_id, updated,
        reviews + 1, lapses + (1 if was_reviewing and rating == Rating.Again else 0),
    )
    return record, log, at


@dataclass(frozen=True)
class DueCard:
    lesson_id: str
    question_id: str
    due: datetime
    state: State


def due_cards(
    conn: sqlite3.Connection,
    learner_id: str,
    now: datetime,
    calendar: LocalCalendar,
) -> list[DueCard]:
    """Every card due for the learner now, oldest due first (not yet interleaved)."""
    cutoff = calendar.end_of_learning_day(now)
    rows = conn.execute(
        "SELECT lesson_id, question_id, due, state FROM progress_cards"
        " WHERE learner_id = ? AND due < ? ORDER BY due, lesson_id, question_id",
        (learner_id, to_iso(cutoff)),
    ).fetchall()
    found = []
    for r in rows:
        due, state = from_iso(r["due"]), State(r["state"])
        # Cards in review are due for the whole day; a 12-hour learning step is due at its time.
        if state == State.Review or due <= now:
            found.append(DueCard(r["lesson_id"], r["question_id"], due, state))
    return found


def next_due(conn: sqlite3.Connection, learner_id: str) -> datetime | None:
    row = conn.execute("SELECT min(due) FROM progress_cards WHERE learner_id = ?", (learner_id,)).fetchone()
    return from_iso(row[0]) if row and row[0] else None


def interleave_by_lesson(cards: Iterable[DueCard]) -> list[DueCard]:
    """Mix lessons: one card from each lesson in turn (lessons in order of their most
    overdue card), so a review session is a mixed review, not a lesson replayed."""
    groups: "OrderedDict[str, list[DueCard]]" = OrderedDict()
    for card in sorted(cards, key=lambda c: (c.due, c.lesson_id, c.question_id)):
        groups.setdefault(card.lesson_id, []).append(card)
    mixed: list[DueCard] = []
    queues = [list(g) for g in groups.values()]
    while queues:
        for queue in queues:
            mixed.append(queue.pop(0))
        queues = [q for q in queues if q]
    return mixed
