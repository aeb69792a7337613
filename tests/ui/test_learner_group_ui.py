"""Issue 18: the new-profile screen offers the learner group with pictures and an age band,
both optional; the choice reaches the profile (and so its event to the hub)."""

from contextlib import closing

from PySide6.QtCore import Qt

from tests.sync.conftest import hub  # noqa: F401  (a real hub the teacher's change reaches)
from tests.ui import waits
from tutor.sync.engine import SyncEngine, enroll
from tutor.sync.state import hub_link
from tutor.sync.transport import HttpTransport
from tutor.teacher.sync_folds import TEACHER_FOLDS
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


def test_a_teacher_sets_the_group_with_the_same_pictures_on_the_learner_page(qtbot, make_window, hub):  # noqa: F811
    """'...chosen with pictures at profile creation OR BY A TEACHER': the learner page in the teacher
    area shows the profile's group, saves a new one through the core, and the profile event it
    writes carries the group the hub counts the learner in."""
    import json

    from tests.ui.test_teacher_area import BUNDLED, do, log_in, open_first_class, with_class
    from tutor.hub.reporting.aggregate import LearnerFacts, TimedEvent, fold

    holder = {}
    window = make_window(bundled_pack=BUNDLED,
                         prepare=lambda ws: holder.setdefault("r", with_class(ws, names=("Bà Năm",))))
    _class_id, ids = holder["r"]
    window.tasks.db.call(lambda ws: ws.learners.set_group(ids[0], "citizen", None))
    area = log_in(qtbot, window)
    open_first_class(qtbot, window)
    with qtbot.waitSignal(area.learner_shown, timeout=10_000):
        area.show_learner(ids[0])
    page = area.learner_page
    assert "Người dân" in page.group_label.text()                       # what the profile holds
    qtbot.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    dialog = page.group_dialog
    qtbot.waitUntil(dialog.isVisible)
    picker = dialog.picker
    assert picker.group() == "citizen" and picker.age_band() is None
    assert all(not b.icon().isNull() for b in picker.groups.buttons.values())
    picker.groups.buttons["official"].click()
    picker.ages.buttons["60_plus"].click()
    do(qtbot, area, "group_saved", dialog.save_button.click)
    assert "Đã lưu nhóm của Bà Năm" in page.notice.text()
    assert "Cán bộ, công chức, viên chức, từ 60 tuổi" in page.group_label.text()
    learner = window.tasks.db.call(lambda ws: ws.learners.get(ids[0]))
    assert (learner.group, learner.age_band) == ("official", "60_plus")
    kind, payload, seq = window.tasks.db.call(lambda ws: ws.conn.execute(
        "SELECT kind, payload, seq FROM events WHERE learner_id = ? ORDER BY seq DESC LIMIT 1", (ids[0],)).fetchone())
    assert kind == "learner_renamed"
    facts = fold(LearnerFacts(), [TimedEvent("e", ids[0], kind, "2026-11-02T03:00:00.000+00:00",
                                             json.loads(payload), seq)])
    assert (facts.group, facts.age_band) == ("official", "60_plus")
    # ... and it reaches a real hub by an ordinary sync: the hub counts the learner as an official.
    code = hub.new_site("Xã Phúc Xuân")

    def sync(ws):
        with closing(HttpTransport(hub.url)) as transport:
            enroll(ws.conn, transport, hub.url, code, "Máy lớp", ws.progress.public_key().public_key_b64)
        with closing(HttpTransport(hub.url, hub_link(ws.conn).token, timeout_s=10)) as transport:
            SyncEngine(ws.conn, transport, ws.clock, folds=TEACHER_FOLDS).sync_once()

    window.tasks.db.call(sync)
    counted = hub.storage.reporting.stored_counts()
    assert any(g == "official" and metric == "registered" for (_s, g, _p, metric) in counted)
    assert not any(g == "citizen" for (_s, g, _p, _m) in counted)
    # Taking the group back (a second press) saves "none"; Huỷ saves nothing.
    qtbot.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.group_dialog.isVisible)
    page.group_dialog.picker.groups.buttons["official"].click()
    do(qtbot, area, "group_saved", page.group_dialog.save_button.click)
    assert window.tasks.db.call(lambda ws: ws.learners.get(ids[0])).group is None
    assert "chưa chọn" not in page.group_label.text() and "từ 60 tuổi" in page.group_label.text()
    qtbot.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.group_dialog.isVisible)
    page.group_dialog.picker.groups.buttons["worker"].click()
    page.group_dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.tasks.pending == 0)      # a save would have queued its write by now
    assert page.group_dialog is None
    assert window.tasks.db.call(lambda ws: ws.learners.get(ids[0])).group is None
