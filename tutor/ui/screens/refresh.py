"""Screens that show stored state listen to the Changes broadcast instead of being told to
refresh: a Changes they care about marks them stale, and a stale screen reloads when it is
shown (at once when it is on show already)."""

from __future__ import annotations

from typing import Callable

from tutor.changes import Changes


class RefreshOnChanges:
    """Mixin for a QWidget screen. The feature controller that fills the screen gives it a
    ``reload`` (start the read, show the result) and says which Changes concern it."""

    _reload: Callable[[], None] | None = None
    _concerns: Callable[[Changes], bool] | None = None
    stale: bool = False

    def set_reload(self, reload: Callable[[], None], concerns: Callable[[Changes], bool]) -> None:
        self._reload, self._concerns = reload, concerns

    def on_changes(self, changes: Changes) -> None:
        if self._reload is None or not self._concerns(changes):
            return
        self.stale = True
        if self.isVisible():  # on show now: the person sees the new state without leaving
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        """Called by the window each time the screen comes on show."""
        if self.stale and self._reload is not None:
            self.stale = False
            self._reload()
