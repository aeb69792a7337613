"""Shared-PC profile flows through the real window (no sleeps: waitSignal/waitUntil)."""

from PySide6.QtCore import Qt

from tutor.learners import MAX_PIN_TRIES
from tests.ui import waits


def create_profile(qtbot, window, name, icon, pin=""):
    qtbot.mouseClick(window.start.add_tile, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.create
    window.create.name_edit.setText(name)
    window.create.avatar_buttons[icon].click()
    if pin:
        window.create.pin_check.setChecked(True)
        for digit in pin:
            qtbot.mouseClick(window.create.pin_pad.buttons[digit], Qt.MouseButton.LeftButton)
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.create.save_button, Qt.MouseButton.LeftButton)


def test_first_start_shows_empty_start_screen(make_window):
    window = make_window()
    assert window.stack.currentWidget() is window.start
    assert window.start.tiles == []
    assert window.start.add_tile.isVisible()
    assert window.windowTitle() == "Gia sư Bình dân học AI"


def test_create_profile_lands_on_home_then_tile_appears(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window, "Chị Hoa 🌸", "flower")
    assert window.stack.currentWidget() is window.home
    assert "Chị Hoa 🌸" in window.home.greeting.text()
    with qtbot.waitSignal(window.features.session.learners_loaded):
        window.home.switch_button.click()
    assert window.stack.currentWidget() is window.start
    assert [t.learner.display_name for t in window.start.tiles] == ["Chị Hoa 🌸"]
    assert window.start.tiles[0].accessibleName() == "Chị Hoa 🌸"


def test_home_without_pack_says_no_lessons_installed(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window, "Anh Tuấn", "fish")
    qtbot.waitUntil(lambda: window.home.snapshot is not None)
    assert "chưa có gói bài học" in window.home.status.text()
    assert window.home.level_buttons == []


def test_create_profile_validation_messages(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.start.add_tile, Qt.MouseButton.LeftButton)
    window.create.save_button.click()
    assert "nhập tên" in window.create.error.text()
    window.create.name_edit.setText("Bác Sáu")
    window.create.save_button.click()
    assert "chọn một hình" in window.create.error.text()
    window.create.avatar_buttons["sun"].click()
    window.create.pin_check.setChecked(True)
    for digit in "12":
        window.create.pin_pad.buttons[digit].click()
    window.create.save_button.click()
    assert "cần đủ 4 số" in window.create.error.text() and "2 số" in window.create.error.text()
    assert window.stack.currentWidget() is window.create


def test_new_pin_is_entered_on_the_big_pad(qtbot, make_window):
    """The empty PIN shows four empty circles; pad taps and typed digits both go in."""
    window = make_window()
    qtbot.mouseClick(window.start.add_tile, Qt.MouseButton.LeftButton)
    create = window.create
    create.name_edit.setText("Cô Tư")
    create.avatar_buttons["moon"].click()
    qtbot.mouseClick(create.pin_check, Qt.MouseButton.LeftButton)
    assert create.pin_pad.isVisible()
    assert create.pin_pad.display.text().count("○") == 4
    qtbot.mouseClick(create.pin_pad.buttons["1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(create.pin_pad.buttons["9"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(create.pin_pad, "75")
    assert create.pin_pad.value == "1975"
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(create.save_button, Qt.MouseButton.LeftButton)
    assert window.features.session.current.has_pin


def test_select_profile_without_pin(qtbot, make_window):
    window = make_window(prepare=lambda ws: ws.learners.create("Bà Ún", "rice"))
    (tile,) = window.start.tiles
    with waits.signed_in(qtbot, window, timeout=10_000) as blocker:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert blocker.learner_id == tile.learner.learner_id
    assert window.features.session.current.display_name == "Bà Ún"


def test_pin_flow_wrong_then_right(qtbot, make_window):
    window = make_window(prepare=lambda ws: ws.learners.create("Chị Lan", "leaf", pin="2580"))
    (tile,) = window.start.tiles
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pin)
    for digit in "1111":
        qtbot.keyClick(window.pin.pad, digit)
    qtbot.waitUntil(lambda: "chưa đúng" in window.pin.error.text())
    assert "4 lần" in window.pin.error.text()
    assert window.features.session.current is None
    with waits.signed_in(qtbot, window, timeout=10_000):
        for digit in "2580":
            window.pin.pad.buttons[digit].click()
    assert window.stack.currentWidget() is window.home


def test_pin_lockout_after_five_wrong_tries(qtbot, make_window):
    window = make_window(prepare=lambda ws: ws.learners.create("Chị Lan", "leaf", pin="2580"))
    qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pin)
    for attempt in range(MAX_PIN_TRIES):
        before = window.pin.error.text()
        for digit in "0000":
            qtbot.keyClick(window.pin.pad, digit)
        qtbot.waitUntil(lambda: window.pin.error.text() != before or attempt == MAX_PIN_TRIES - 1)
    qtbot.waitUntil(lambda: "5 phút" in window.pin.error.text())
    # the right PIN is refused while locked
    for digit in "2580":
        qtbot.keyClick(window.pin.pad, digit)
    qtbot.waitUntil(lambda: window.tasks.pending == 0)
    assert window.features.session.current is None
    assert "đợi" in window.pin.error.text()


def test_idle_sign_out_returns_to_start(qtbot, make_window):
    window = make_window(idle_ms=150, prepare=lambda ws: ws.learners.create("Bà Ún", "rice"))
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    with waits.signed_out(qtbot, window, timeout=10_000):
        pass  # nobody touches the PC
    assert window.stack.currentWidget() is window.start
    assert window.features.session.current is None
    assert "tự đăng xuất" in window.start.notice.text()


def test_activity_postpones_idle_sign_out(qtbot, make_window):
    window = make_window(idle_ms=400, prepare=lambda ws: ws.learners.create("Bà Ún", "rice"))
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    remaining_before = window.features.session.idle._timer.remainingTime()
    qtbot.wait(0)
    qtbot.keyClick(window.home.switch_button, Qt.Key.Key_Shift)
    assert window.features.session.idle._timer.remainingTime() >= remaining_before - 5
    assert window.features.session.current is not None


def test_other_learners_progress_not_visible_after_switch(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window, "Người A", "sun")
    with qtbot.waitSignal(window.features.session.learners_loaded):
        window.home.switch_button.click()
    create_profile(qtbot, window, "Người B", "moon")
    assert "Người B" in window.home.greeting.text()
    assert "Người A" not in window.home.greeting.text()


def test_settings_text_size_and_contrast_apply_and_persist(qtbot, make_window):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    create_profile(qtbot, window, "Chị Hoa", "flower")
    window.home.settings_button.click()
    assert window.stack.currentWidget() is window.settings
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        window.settings.size_buttons[4].click()
    assert QApplication.instance().font().pointSize() == 28
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        window.settings.contrast.setChecked(True)
    assert "#FFFF00" in QApplication.instance().styleSheet()
    learner_id = window.features.session.current.learner_id
    prefs = window.tasks.db.call(lambda ws: ws.learners.get(learner_id).prefs)
    assert prefs["text_size"] == 4 and prefs["high_contrast"] is True
    # the next person on the start screen gets the PC's default size back
    window.settings.close_button.click()
    with qtbot.waitSignal(window.features.session.learners_loaded):
        window.home.switch_button.click()
    assert QApplication.instance().font().pointSize() == 17


def test_idle_setting_saved_for_the_pc(qtbot, make_window):
    window = make_window()
    window.start.settings_button.click()
    index = window.settings.idle.findData(2)
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        window.settings.idle.setCurrentIndex(index)
    assert window.tasks.db.call(lambda ws: ws.settings.pc().idle_signout_min) == 2


def test_switch_to_english_and_back(qtbot, make_window):
    window = make_window()
    window.start.settings_button.click()
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        window.settings.language.setCurrentIndex(window.settings.language.findData("en"))
    qtbot.waitUntil(lambda: window.settings.close_button.text() == "Done")
    assert window.windowTitle() == "AI Tutor for Everyone (Bình dân học AI)"
    assert window.start.title.text() == "Who is learning today?"
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        window.settings.language.setCurrentIndex(window.settings.language.findData("vi"))
    qtbot.waitUntil(lambda: window.settings.close_button.text() == "Xong")
    assert window.windowTitle() == "Gia sư Bình dân học AI"


def test_keyboard_only_profile_creation(qtbot, make_window):
    window = make_window()
    window.start.add_tile.setFocus()
    qtbot.keyClick(window.start.add_tile, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.create
    qtbot.keyClicks(window.create.name_edit, "Bac Sau")
    window.create.avatar_buttons["tree"].setFocus()
    qtbot.keyClick(window.create.avatar_buttons["tree"], Qt.Key.Key_Space)
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.keyClick(window.create.name_edit, Qt.Key.Key_Return)


def test_every_visible_control_has_an_accessible_name(qtbot, make_window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    window = make_window(prepare=lambda ws: ws.learners.create("Bà Ún", "rice", pin="1234"))
    for screen in (window.start, window.create, window.pin, window.home, window.settings):
        window.stack.setCurrentWidget(screen)
        for widget in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit) + screen.findChildren(QComboBox):
            if widget.isVisibleTo(screen):
                assert widget.accessibleName() or widget.text(), f"{type(widget).__name__} in {type(screen).__name__}"
