"""The idle sign-out's application-wide event filter is not on the first-frame path
(issue 21 item 6: it cost ~0.1 s of PySide enum creation before the first frame)."""


def test_idle_filter_waits_until_after_the_first_frame_then_watches(qtbot):
    from PySide6.QtWidgets import QApplication

    from tutor.ui.idle import IdleWatcher

    watcher = IdleWatcher()
    watcher.watch(QApplication.instance())
    assert not watcher.watching  # nothing filters the first frame's events
    qtbot.waitUntil(lambda: watcher.watching, timeout=5_000)
    early = IdleWatcher()
    early.watch(QApplication.instance())
    early.set_timeout_ms(60_000)  # someone signed in at once: watched from then on
    assert early.watching
    for w in (watcher, early):
        QApplication.instance().removeEventFilter(w)
