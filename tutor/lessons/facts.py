"""content/facts.yaml: the legal and administrative facts lessons rely on, each dated.

Laws, decrees and administrative units change; a lesson that states one names
its fact id (front matter `facts: [...]`), and the fact says where it was
checked, when, and by when it must be checked again. The checker warns once the
review date has passed, so an outdated rule is found before a learner trusts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tutor.lessons.problems import Problem, ProblemLog
from tutor.lessons.schemas import checked_yaml

FACTS_FILE = "facts.yaml"


@dataclass(frozen=True)
class FactsFile:
    ids: frozenset[str]
    referenced_line: dict[str, int]


def check_facts(root: Path, schema_dir: Path, problems: list[Problem], today: date,
                referenced: dict[str, list[tuple[ProblemLog, int]]]) -> None:
    """Check facts.yaml and the lessons' references to it.

    ``referenced`` maps a fact id to the (lesson log, line) of each reference.
    """
    path = root / FACTS_FILE
    log = ProblemLog(problems, str(path))
    if not path.is_file():
        if referenced:
            log.error(1, f"lessons reference facts but {FACTS_FILE} is missing")
        return
    doc = checked_yaml(path, log, schema_dir, "facts")
    if doc is None:
        return
    seen: set[str] = set()
    for i, fact in enumerate(doc.data["facts"]):
        ident = fact["id"]
        if ident in seen:
            log.error(doc.line("facts", i, "id"), f"fact id {ident!r} appears twice")
        seen.add(ident)
        checked = date.fromisoformat(fact["checked"])
        review_by = date.fromisoformat(fact["review_by"])
        if checked > today:
            log.error(doc.line("facts", i, "checked"), f"fact {ident!r} says it was checked on {checked}, "
                                                      f"after today ({today})")
        if review_by <= checked:
            log.error(doc.line("facts", i, "review_by"), f"fact {ident!r}: review_by {review_by} "
                                                        f"must come after checked {checked}")
        elif review_by < today:
            log.warning(doc.line("facts", i, "review_by"),
                        f"fact {ident!r} was due for review on {review_by}: check it against its source "
                        "again and update checked/review_by (and the lessons that use it)")
        if ident not in referenced:
            log.warning(doc.line("facts", i, "id"), f"fact {ident!r} is not used by any lesson")
    for ident, refs in referenced.items():
        if ident not in seen:
            for lesson_log, line in refs:
                lesson_log.error(line, f"fact {ident!r} is not in {FACTS_FILE}")
