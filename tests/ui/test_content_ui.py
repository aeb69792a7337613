"""The curriculum in the window: levels on the home screen, search, lessons, pack install."""

import shutil

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tests.ui import waits

BUNDLED = ROOT / "tutor" / "data" / "curriculum.bdpack"

pytestmark = pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack` (make test does)")


@pytest.fixture
def signed_in(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=lambda ws: ws.learners.create("Chị Hoa", "flower"))
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.snapshot is not None, timeout=10_000)
    return window


def test_home_lists_the_five_levels(signed_in):
    cards = signed_in.home.level_cards
    assert [c.level.number for c in cards] == [1, 2, 3, 4, 5]
    assert cards[0].level.title == "Xử lý văn bản cơ bản"
    assert cards[4].level.title == "Sáng tạo và đổi mới"
    assert cards[0].open_button.text() == "Vào học cấp 1"
    assert "chưa có gói" not in signed_in.home.status.text()


def test_search_without_accents_opens_the_lesson(qtbot, signed_in):
    window = signed_in
    qtbot.keyClicks(window.home.search_edit, "lua dao video gia")
    with waits.search_done(qtbot, window, timeout=10_000):
        qtbot.keyClick(window.home.search_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.search
    first = window.search.list.item(0)
    assert "Lừa đảo bằng video giả" in first.text()
    with waits.lesson_opened(qtbot, window, timeout=10_000) as opened:
        window.search.list.itemActivated.emit(first)
    assert opened.lesson_id == "l2.lua-dao-deepfake"
    assert window.stack.currentWidget() is window.lesson
    assert window.lesson.title.text() == "Lừa đảo bằng video giả và giọng nói giả"
    # the reader opens at the section the search matched
    from tutor.lessons.textnorm import fold

    assert "video gia" in fold(window.lesson.text.toPlainText())
    window.lesson.back_button.click()
    assert window.stack.currentWidget() is window.search


def test_search_with_nothing_found_says_so(qtbot, signed_in):
    window = signed_in
    window.home.search_edit.setText("xyzzy qwerty")
    with waits.search_done(qtbot, window, timeout=10_000):
        window.home.search_button.click()
    assert window.search.list.count() == 0
    assert "Không tìm thấy" in window.search.status.text()


def test_level_lists_modules_and_opens_a_lesson(qtbot, signed_in):
    window = signed_in
    window.home.level_buttons[0].click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.level, timeout=10_000)
    items = [window.level.list.item(i).text() for i in range(window.level.list.count())]
    assert items[0] == "Làm quen"
    assert any("AI là gì và không là gì" in t for t in items)
    with waits.lesson_opened(qtbot, window, timeout=10_000) as opened:
        qtbot.keyClick(window.level.list, Qt.Key.Key_Return)
    assert opened.lesson_id == "l1.ai-la-gi"


def test_settings_show_who_signed_the_pack(qtbot, signed_in):
    window = signed_in
    window.home.settings_button.click()
    qtbot.waitUntil(lambda: "Người ký" in window.settings.pack_info.text(), timeout=10_000)
    info = window.settings.pack_info.text()
    # The bundled pack is built from content/: count its lessons there, so a new lesson needs no edit here.
    lessons = len(list((ROOT / "content" / "levels").glob("*/*/[0-9][0-9]-*.md")))
    assert "Bình dân học AI" in info and "khoá thử nghiệm" in info and f"{lessons} bài học" in info


def test_tampered_pack_is_refused_and_nothing_changes(qtbot, signed_in, tmp_path):
    window = signed_in
    window.home.settings_button.click()
    bad = tmp_path / "bad.bdpack"
    data = bytearray(BUNDLED.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    before = window.tasks.db.call(lambda ws: ws.content.installed_pack())
    with waits.pack_imported(qtbot, window, timeout=20_000) as result:
        window.features.packs.import_pack_file(str(bad))
    assert result.ok is False
    message = window.settings.pack_result.text()
    assert message and "gói" in message.lower()
    assert window.tasks.db.call(lambda ws: ws.content.installed_pack()) == before


def test_importing_the_same_pack_again_changes_nothing(qtbot, signed_in, tmp_path):
    window = signed_in
    window.home.settings_button.click()
    copy = tmp_path / "same.bdpack"
    shutil.copy(BUNDLED, copy)
    with waits.pack_imported(qtbot, window, timeout=20_000) as result:
        window.features.packs.import_pack_file(str(copy))
    assert result.ok is True
    assert "đã có trên máy" in window.settings.pack_result.text()


def test_reader_steps_from_objectives_to_takeaways(qtbot, signed_in):
    window = signed_in
    window.home.level_buttons[0].click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.level, timeout=10_000)
    shown = []
    window.lesson.step_shown.connect(lambda lesson_id, index: shown.append(index))
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        qtbot.keyClick(window.level.list, Qt.Key.Key_Return)
    reader = window.lesson
    assert "Học xong bài này, bạn sẽ" in reader.text.toPlainText()
    assert reader.progress_label.text() == f"Phần 1/{len(reader.steps())}"
    assert not reader.prev_button.isEnabled()
    while reader.next_button.isVisible():
        qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    assert "Điều cần nhớ" in reader.text.toPlainText()
    assert shown == reader.steps()
    qtbot.keyClick(reader, Qt.Key.Key_Left)
    assert reader.step == len(reader.steps()) - 2
    # the table of the first section renders as a table, not as pipes
    reader.step = 1
    reader._render()
    assert "|---" not in reader.text.toPlainText()
