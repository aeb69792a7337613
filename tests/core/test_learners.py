import pytest

from tutor.errors import ProfileError, ProfileLocked, WrongPin
from tutor.learners import LOCK_SECONDS, MAX_PIN_TRIES


def test_create_and_list_profiles(workspace):
    a, changes = workspace.learners.create("Chị Hoa", "flower")
    b, _ = workspace.learners.create("Anh Tuấn", "fish", pin="1234")
    assert changes.learners and a.learner_id in changes.learner_ids
    listed = {l.learner_id: l for l in workspace.learners.list()}
    assert set(listed) == {a.learner_id, b.learner_id}
    assert listed[a.learner_id].display_name == "Chị Hoa"
    assert not listed[a.learner_id].has_pin and listed[b.learner_id].has_pin


def test_learner_ids_are_uuids_made_here(workspace):
    import uuid

    learner, _ = workspace.learners.create("Bác Sáu", "sun")
    assert uuid.UUID(learner.learner_id).version == 4


@pytest.mark.parametrize(
    "name",
    [
        "Bà Lò Thị Ún 👵🏽🌾",
        "x" * 200,
        'Anh "Ba" O\'Neil',
        "Robert'); DROP TABLE learners;--",
        "1 OR 1=1; SELECT * FROM learners",
        "Nguyễn Thị Thanh Hương",
    ],
)
def test_awkward_names_round_trip(workspace, name):
    learner, _ = workspace.learners.create(name, "star")
    assert workspace.learners.get(learner.learner_id).display_name == name
    assert any(l.display_name == name for l in workspace.learners.list())
    # the learners table is still there and intact
    assert workspace.conn.execute("SELECT count(*) FROM learners").fetchone()[0] == 1


def test_names_are_nfc_normalised(workspace):
    decomposed = "Nguye\u0302\u0303n"  # "Nguyễn" typed with combining marks
    learner, _ = workspace.learners.create(decomposed, "sun")
    assert learner.display_name == "Nguyễn"


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", "x" * 201])
def test_bad_names_refused_with_vietnamese_message(workspace, bad):
    with pytest.raises(ProfileError) as err:
        workspace.learners.create(bad, "sun")
    assert "tên" in err.value.user_message.lower() or "Tên" in err.value.user_message
    assert workspace.learners.list() == []


def test_bad_pin_and_avatar_refused(workspace):
    for pin in ("123", "12345", "abcd", "１２３４"):
        with pytest.raises(ProfileError):
            workspace.learners.create("Hoa", "sun", pin=pin)
    with pytest.raises(ProfileError):
        workspace.learners.create("Hoa", "dragon")
    assert workspace.learners.list() == []


def test_pin_is_hashed_with_salt(workspace):
    a, _ = workspace.learners.create("A", "sun", pin="1234")
    b, _ = workspace.learners.create("B", "sun", pin="1234")
    rows = workspace.conn.execute("SELECT pin_hash, pin_salt FROM learners").fetchall()
    assert all(r["pin_hash"] and b"1234" not in r["pin_hash"] for r in rows)
    assert rows[0]["pin_salt"] != rows[1]["pin_salt"]
    assert rows[0]["pin_hash"] != rows[1]["pin_hash"]


def test_sign_in_with_right_and_wrong_pin(workspace):
    learner, _ = workspace.learners.create("Hoa", "sun", pin="2468")
    with pytest.raises(WrongPin) as err:
        workspace.learners.sign_in(learner.learner_id, "1111")
    assert err.value.tries_left == MAX_PIN_TRIES - 1
    assert "PIN" in err.value.user_message
    assert workspace.learners.sign_in(learner.learner_id, "2468").learner_id == learner.learner_id
    # a right PIN resets the count
    with pytest.raises(WrongPin) as err:
        workspace.learners.sign_in(learner.learner_id, "0000")
    assert err.value.tries_left == MAX_PIN_TRIES - 1


def test_five_wrong_pins_lock_for_five_minutes(workspace, clock):
    learner, _ = workspace.learners.create("Hoa", "sun", pin="2468")
    for _ in range(MAX_PIN_TRIES - 1):
        with pytest.raises(WrongPin):
            workspace.learners.sign_in(learner.learner_id, "1111")
    with pytest.raises(ProfileLocked):
        workspace.learners.sign_in(learner.learner_id, "1111")
    # even the right PIN is refused while locked
    with pytest.raises(ProfileLocked) as err:
        workspace.learners.sign_in(learner.learner_id, "2468")
    assert 0 < err.value.seconds_left <= LOCK_SECONDS
    assert "5 phút" in err.value.user_message
    clock.advance(LOCK_SECONDS - 1)
    with pytest.raises(ProfileLocked):
        workspace.learners.sign_in(learner.learner_id, "2468")
    clock.advance(2)
    assert workspace.learners.sign_in(learner.learner_id, "2468").learner_id == learner.learner_id


def test_lock_survives_reopen(data_dir, clock):
    from tutor.workspace import Workspace

    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    learner, _ = ws.learners.create("Hoa", "sun", pin="2468")
    for _ in range(MAX_PIN_TRIES):
        with pytest.raises((WrongPin, ProfileLocked)):
            ws.learners.sign_in(learner.learner_id, "1111")
    ws.close()
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    with pytest.raises(ProfileLocked):
        ws.learners.sign_in(learner.learner_id, "2468")
    ws.close()


def test_clock_set_back_does_not_lock_forever(workspace, clock):
    from datetime import timedelta

    learner, _ = workspace.learners.create("Hoa", "sun", pin="2468")
    for _ in range(MAX_PIN_TRIES):
        with pytest.raises((WrongPin, ProfileLocked)):
            workspace.learners.sign_in(learner.learner_id, "1111")
    clock.set_wall(clock.now() - timedelta(days=3 * 365))  # someone set the PC clock to 2023
    with pytest.raises(ProfileLocked) as err:
        workspace.learners.sign_in(learner.learner_id, "2468")
    assert err.value.seconds_left <= LOCK_SECONDS
    clock.advance(LOCK_SECONDS + 1)
    assert workspace.learners.sign_in(learner.learner_id, "2468")


def test_profile_creation_writes_an_event_in_the_same_transaction(workspace):
    from tutor.events import events_for

    learner, _ = workspace.learners.create("Hoa", "sun", pin="1357")
    kinds = [e.kind for e in events_for(workspace.conn, learner.learner_id)]
    assert kinds == ["learner_created", "learner_pin_set"]


def test_prefs_are_per_learner(workspace):
    a, _ = workspace.learners.create("A", "sun")
    b, _ = workspace.learners.create("B", "moon")
    workspace.learners.set_prefs(a.learner_id, text_size=4, high_contrast=True)
    assert workspace.learners.get(a.learner_id).prefs == {"text_size": 4, "high_contrast": True}
    assert workspace.learners.get(b.learner_id).prefs == {}


def test_pc_settings(workspace):
    from tutor.settings import DisplayPrefs

    assert workspace.settings.pc().idle_signout_min == 10
    workspace.settings.set_idle_signout(2)
    workspace.settings.set_pc_display(DisplayPrefs(text_size=3, high_contrast=True, language="en"))
    pc = workspace.settings.pc()
    assert pc.idle_signout_min == 2
    assert pc.display == DisplayPrefs(text_size=3, high_contrast=True, language="en")
    with pytest.raises(ValueError):
        workspace.settings.set_idle_signout(-1)
