"""A problem found in the curriculum source, pointing at a file and line."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str  # English: read by authors and in CI logs
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.message}"


class ProblemLog:
    """Collects problems for one file so each check needs only a line and a message."""

    def __init__(self, sink: list[Problem], file: str):
        self.sink = sink
        self.file = file

    def error(self, line: int, message: str) -> None:
        self.sink.append(Problem(self.file, line, message, ERROR))

    def warning(self, line: int, message: str) -> None:
        self.sink.append(Problem(self.file, line, message, WARNING))
