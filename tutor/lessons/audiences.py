"""content/audiences.yaml: the course mapped to the four learner groups of the
national basic digital-skills framework (Quyết định 757/QĐ-BKHCN, 2025).

A trainer choosing lessons for pupils, villagers, commune officials or a
co-operative's workers reads this map, so it must name the framework's four
groups, only modules that exist, and leave no module without a group. The file
is optional for a draft source; the bundled curriculum ships one.
"""

from __future__ import annotations

from pathlib import Path

from tutor.lessons.problems import Problem, ProblemLog
from tutor.lessons.schemas import checked_yaml

AUDIENCES_FILE = "audiences.yaml"

# The framework's four groups, in its own order.
FRAMEWORK_GROUPS = (
    "hoc-sinh-sinh-vien",
    "nguoi-dan",
    "can-bo-cong-chuc-vien-chuc",
    "nguoi-lao-dong-doanh-nghiep",
)


def check_audiences(root: Path, schema_dir: Path, problems: list[Problem], module_ids: list[str]) -> None:
    """Check audiences.yaml against the framework's groups and the source's modules."""
    path = root / AUDIENCES_FILE
    if not path.is_file():
        return
    log = ProblemLog(problems, str(path))
    doc = checked_yaml(path, log, schema_dir, "audiences")
    if doc is None:
        return
    known = set(module_ids)
    covered: set[str] = set()
    seen: set[str] = set()
    for i, group in enumerate(doc.data["groups"]):
        ident = group["id"]
        if ident not in FRAMEWORK_GROUPS:
            log.error(doc.line("groups", i, "id"), f"group {ident!r} is not one of the framework's four groups "
                                                  f"({', '.join(FRAMEWORK_GROUPS)})")
        if ident in seen:
            log.error(doc.line("groups", i, "id"), f"group {ident!r} appears twice")
        seen.add(ident)
        for j, module in enumerate(group["modules"]):
            if module not in known:
                log.error(doc.line("groups", i, "modules", j), f"group {ident!r} names unknown module {module!r}")
            covered.add(module)
    for ident in FRAMEWORK_GROUPS:
        if ident not in seen:
            log.error(doc.line("groups"), f"the framework's group {ident!r} has no modules")
    for module in module_ids:
        if module not in covered:
            log.error(doc.line("groups"), f"module {module!r} serves none of the framework's groups")
