"""The smaller things a first-time learner met: the greeting on a first visit, Tiếp tục
reopening the lesson where the learner stopped, big avatar pictures at every text size."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.screens_tour import BUNDLED, LESSON, prepare_learner
from tutor.display import DisplayPrefs
from tests.ui import waits


def _sign_in(qtbot, window):
    learner_id = window.tasks.db.call(lambda ws: ws.learners.list()[0].learner_id)
    with waits.signed_in(qtbot, window, timeout=10_000):
        window.features.session.choose(learner_id)
    qtbot.waitUntil(lambda: window.home.snapshot is not None, timeout=10_000)
    return learner_id


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_first_visit_is_welcomed_not_welcomed_back(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    _sign_in(qtbot, window)
    assert window.home.streak.text()
    assert "quay lại" not in window.home.streak.text()


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_continue_reopens_the_lesson_where_the_learner_stopped(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    _sign_in(qtbot, window)
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        window.features.lessons.open_lesson(LESSON, None, "home")
    for _ in range(3):
        window.lesson.next_step()
    reached = window.lesson.step
    qtbot.waitUntil(lambda: LESSON in window.tasks.db.call(
        lambda ws: {LESSON} if len(ws.progress.lesson_status(window.features.session.current.learner_id, LESSON).sections_read) >= 3
        else set()), timeout=10_000)
    window.lesson.back_button.click()
    qtbot.waitUntil(lambda: window.home.continue_button.isVisible(), timeout=10_000)
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        window.home.continue_button.click()
    assert window.lesson.step == reached  # not part 1


def test_avatar_pictures_stay_big_at_the_largest_text(qtbot, make_window):
    """A tile with a PIN has two lines of text: the fixed tile squeezed its picture to ~32 px."""
    window = make_window(prepare=lambda ws: ws.learners.create("Bác Năm", "sun", pin="1234"))
    window.features.session.pc = replace(window.features.session.pc, display=DisplayPrefs(text_size=4))  # this PC's text size
    with qtbot.waitSignal(window.features.session.learners_loaded, timeout=10_000):
        window.show_start()
    for _ in range(8):
        QApplication.processEvents()
    tile = window.start.tiles[0]
    # the size the style needs for a 96-px picture, the name and "(có mã PIN)" under it
    qtbot.waitUntil(lambda: tile.height() >= tile.sizeHint().height()
                    and tile.width() >= tile.sizeHint().width(), timeout=3000)
    assert tile.iconSize().height() >= 96


def test_lessons_done_are_ticked_on_the_level_screen(qtbot):
    from PySide6.QtCore import Qt

    from tutor.ui.screens.level import LevelScreen, LevelView, ModuleEntry

    screen = LevelScreen()
    qtbot.addWidget(screen)
    screen.show_level(LevelView(number=1, title="Cấp 1", summary="", modules=[ModuleEntry(
        "Làm quen", [("a", "Bài A", 7), ("b", "Bài B", 9)], done=frozenset({"a"}))]))
    texts = [screen.list.item(i).text() for i in range(screen.list.count())]
    assert texts[1].startswith("✓ ") and "Bài A" in texts[1]
    assert not texts[2].startswith("✓")
    assert "Đã học xong" in screen.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_the_level_screen_reads_what_the_learner_has_done(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    _sign_in(qtbot, window)
    window.features.lessons.show_level(1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.level, timeout=10_000)
    assert window.level.view.modules and all(not m.done for m in window.level.view.modules)


def test_level_cards_show_progress_as_a_picture(qtbot):
    from tutor.learners import Learner  # noqa: F401  (the snapshot's type)
    from tutor.ui.screens.home import HomeScreen, LevelCard, LevelSummary

    home = HomeScreen()
    qtbot.addWidget(home)
    card = LevelCard(LevelSummary(1, "Xử lý văn bản cơ bản", "", 12, lessons_passed=3), home)
    qtbot.addWidget(card)
    card.resize(600, 300)
    card.show()
    assert (card.steps.done, card.steps.total) == (3, 12)
    assert "3/12" in card.steps.accessibleName()
    image = card.steps.grab().toImage()
    assert not image.isNull() and card.steps.height() >= card.steps.heightForWidth(card.steps.width())


def test_screen_pdf_and_csv_give_the_same_date_on_a_pc_set_to_utc(monkeypatch):
    import time
    from datetime import datetime, timezone

    from tutor.teacher.reports import local_date
    from tutor.ui.screens.teacher.format import date_text, datetime_text

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        late_evening = datetime(2026, 12, 6, 20, 30, tzinfo=timezone.utc)  # 03:30 on the 7th in Vietnam
        assert date_text(late_evening) == local_date(late_evening) == "07/12/2026"
        assert datetime_text(late_evening) == "07/12/2026 03:30"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_levels_and_main_actions_have_pictures(qtbot):
    from tutor.ui.screens.home import HomeScreen, LevelCard, LevelSummary

    home = HomeScreen()
    qtbot.addWidget(home)
    for number in range(1, 6):
        card = LevelCard(LevelSummary(number, f"Cấp {number}", "", 10), home)
        qtbot.addWidget(card)
        assert not card.picture.pixmap().isNull() and card.picture.pixmap().width() >= 48
    for button in (home.continue_button, home.review_button, home.search_button, home.ask_button):
        assert not button.icon().isNull()
