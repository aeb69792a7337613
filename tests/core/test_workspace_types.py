"""The facade names what it holds: Workspace.content and .progress carry their real types."""

from __future__ import annotations

import typing

from tutor.lessons.service import ContentService
from tutor.progress.service import ProgressService
from tutor.workspace import Workspace


def test_workspace_content_and_progress_are_typed():
    hints = typing.get_type_hints(Workspace, localns={"ContentService": ContentService,
                                                      "ProgressService": ProgressService})
    assert hints["content"] is ContentService
    assert hints["progress"] is ProgressService
