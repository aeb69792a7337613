"""What a mutation changed, so the UI broadcasts it once and each screen decides to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    learners: bool = False
    settings: bool = False
    content: bool = False
    progress: bool = False
    learner_ids: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            learners=self.learners or other.learners,
            settings=self.settings or other.settings,
            content=self.content or other.content,
            progress=self.progress or other.progress,
            learner_ids=self.learner_ids | other.learner_ids,
        )

    @property
    def empty(self) -> bool:
        return not (self.learners or self.settings or self.content or self.progress)


@dataclass(frozen=True)
class WithChanges(Generic[T]):
    """A mutation's result together with what it changed: the one shape besides a bare
    Changes that the UI's task manager accepts from a write, so nothing has to guess."""

    value: T
    changes: Changes

    @classmethod
    def pair(cls, result: "tuple[T, Changes]") -> "WithChanges[T]":
        """For core calls that return ``(value, changes)`` (learners.create, classes.create)."""
        value, changes = result
        return cls(value, changes)

    @classmethod
    def carried(cls, result: T) -> "WithChanges[T]":
        """For core results that carry their own ``changes`` field (answer, level test, import)."""
        return cls(result, result.changes)  # type: ignore[attr-defined]
