"""JSON Schema validation of the source files (content/schema/*.schema.json).

The schemas belong to the curriculum source, so they are read from the
source directory being checked; the repository's content/schema is the
fallback for a source tree without its own copy (test fixtures, drafts).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from jsonschema import Draft202012Validator

if TYPE_CHECKING:
    from tutor.lessons.problems import ProblemLog
    from tutor.lessons.yamlmarks import MarkedDoc

SCHEMA_NAMES = ("pack", "competences", "level", "module", "lesson")

_REPO_SCHEMA_DIR = Path(__file__).resolve().parents[2] / "content" / "schema"


class SchemaMissing(FileNotFoundError):
    pass


def schema_dir_for(source_dir: Path) -> Path:
    for candidate in (source_dir / "schema", _REPO_SCHEMA_DIR):
        if (candidate / "lesson.schema.json").is_file():
            return candidate
    raise SchemaMissing(f"no JSON schemas in {source_dir / 'schema'} or {_REPO_SCHEMA_DIR}")


@lru_cache(maxsize=16)
def _validator(schema_path: Path, mtime_ns: int) -> Draft202012Validator:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validator(schema_dir: Path, name: str) -> Draft202012Validator:
    path = (schema_dir / f"{name}.schema.json").resolve()
    if not path.is_file():
        raise SchemaMissing(f"schema file {path} is missing")
    return _validator(path, path.stat().st_mtime_ns)


def schema_errors(schema_dir: Path, name: str, data: Any) -> Iterator[tuple[tuple[Any, ...], str]]:
    """(path inside the document, English message) for every violation, in document order."""
    errors = sorted(validator(schema_dir, name).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        path = tuple(error.absolute_path)
        where = dotted(path)
        yield path, f"{where}: {error.message}" if where else error.message


def dotted(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def checked_yaml(path: Path, log: "ProblemLog", schema_dir: Path, name: str) -> "MarkedDoc | None":
    """A YAML file of the source read, parsed and checked against its schema: None (with the
    problems logged) when it cannot be read, parsed, or does not match the schema."""
    from tutor.lessons.source import _parse, _read_text

    text = _read_text(path, log)
    doc = _parse(text, 1, log) if text is not None else None
    if doc is None:
        return None
    errors = list(schema_errors(schema_dir, name, doc.data))
    for where, message in errors:
        log.error(doc.line(*where), message)
    return None if errors else doc
