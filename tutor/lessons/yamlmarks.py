"""YAML loading that remembers the line of every value.

Authors fix problems by line number, so each loaded document keeps a map from
a value's path (keys and list indexes) to its line in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[Any, ...]


class YamlProblem(Exception):
    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class MarkedDoc:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)

    def line(self, *path: Any) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        probe = tuple(path)
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            probe = probe[:-1]
        return self.lines.get((), 1)


def load_marked(text: str, first_line: int = 1) -> MarkedDoc:
    """Parse one YAML document; lines are numbered from ``first_line``.

    Raises YamlProblem with the line of a syntax error.
    """
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        raise YamlProblem(f"YAML syntax: {exc.problem or exc}", line) from exc
    except yaml.YAMLError as exc:
        raise YamlProblem(f"YAML: {exc}", first_line) from exc
    finally:
        loader.dispose()
    doc = MarkedDoc(data)
    if node is not None:
        doc.lines[()] = first_line + node.start_mark.line
        _walk(node, (), first_line, doc)
    return doc


def _walk(node: yaml.Node, path: Path_, first_line: int, doc: MarkedDoc) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            line = first_line + key_node.start_mark.line
            if key in seen:
                doc.duplicate_keys.append((key, line))
            seen.add(key)
            # Problems with a value point at its key: that is the line the author looks for.
            doc.lines[path + (key,)] = line
            _walk(value_node, path + (key,), first_line, doc)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            doc.lines[path + (index,)] = first_line + item.start_mark.line
            _walk(item, path + (index,), first_line, doc)
