"""Issue 18: the new-profile screen offers the learner group with pictures and an age band,
both optional; the choice reaches the profile (and so its event to the hub)."""

from PySide6.QtCore import Qt

from tests.ui import waits
from tests.ui.test_profiles_ui import create_profile


def _learner(qtbot, window):
    qtbot.waitUntil(lambda: window.tasks.pending == 0)
    return window.tasks.run_db(lambda ws: ws.learners.list()).result(timeout=10)[0]


def test_a_group_and_age_band_chosen_with_pictures_reach_the_profile(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.start.add_tile, Qt.MouseButton.LeftButton)
    picker = window.create.group_picker
    assert set(picker.groups.buttons) == {"student", "citizen", "official", "worker", "other"}
    assert all(not b.icon().isNull() for b in picker.groups.buttons.values())
    picker.groups.buttons["citizen"].click()
    picker.groups.buttons["worker"].click()          # one group at most: the later press wins
    assert picker.group() == "worker" and not picker.groups.buttons["citizen"].isChecked()
    picker.ages.buttons["35_59"].click()
    window.create.name_edit.setText("Anh Tuấn")
    window.create.avatar_buttons["fish"].click()
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.create.save_button, Qt.MouseButton.LeftButton)
    learner = _learner(qtbot, window)
    assert (learner.group, learner.age_band) == ("worker", "35_59")


def test_the_group_is_optional_and_a_second_press_takes_it_back(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.start.add_tile, Qt.MouseButton.LeftButton)
    button = window.create.group_picker.groups.buttons["student"]
    button.click()
    button.click()
    assert window.create.group_picker.group() is None
    qtbot.mouseClick(window.create.cancel_button, Qt.MouseButton.LeftButton)
    create_profile(qtbot, window, "Chị Hoa", "flower")
    learner = _learner(qtbot, window)
    assert (learner.group, learner.age_band) == (None, None)
