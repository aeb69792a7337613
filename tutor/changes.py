"""What a mutation changed, so the UI broadcasts it once and each screen decides to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


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
