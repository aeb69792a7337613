"""Content rows damaged on disk (quick_check does not see a flipped bit inside a row) are
re-imported from the signed bundled pack when a read fails to decode (issue 13 item 3)."""

import pytest

from tutor.lessons.service import ContentDamaged
from tutor.workspace import BUNDLED_PACK, Workspace


@pytest.fixture
def ws(data_dir, clock):
    ws = Workspace.open(data_dir, clock=clock)  # with the bundled pack
    yield ws
    ws.close()


def _first(ws):
    return ws.content.lessons()[0].lesson_id


@pytest.mark.parametrize("damage", [
    "UPDATE content_lessons SET lesson_json = substr(lesson_json, 1, 40) WHERE lesson_id = ?",  # JSON cut
    "UPDATE content_lessons SET lesson_json = CAST(X'7B22FF22' AS TEXT) WHERE lesson_id = ?",  # bad UTF-8
])
def test_lesson_row_that_fails_to_decode_is_reimported(ws, damage):
    lesson_id = _first(ws)
    good = ws.content.lesson(lesson_id)
    ws.conn.execute(damage, (lesson_id,))
    assert ws.content.lesson(lesson_id) == good
    stored = ws.conn.execute("SELECT lesson_json FROM content_lessons WHERE lesson_id = ?", (lesson_id,)).fetchone()
    assert stored[0].startswith("{") and len(stored[0]) > 40


def test_damaged_question_and_level_test_rows_are_reimported(ws):
    row = ws.conn.execute("SELECT lesson_id, question_id FROM content_questions LIMIT 1").fetchone()
    good = ws.content.question(row[0], row[1])
    ws.conn.execute("UPDATE content_questions SET question_json = '{\"kind\": ' WHERE lesson_id = ?", (row[0],))
    assert ws.content.question(row[0], row[1]) == good


def test_without_the_pack_the_person_is_told_in_vietnamese(data_dir, clock):
    ws = Workspace.open(data_dir, clock=clock)
    lesson_id = _first(ws)
    ws.close()
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    try:
        ws.conn.execute("UPDATE content_lessons SET lesson_json = '{' WHERE lesson_id = ?", (lesson_id,))
        with pytest.raises(ContentDamaged) as caught:
            ws.content.lesson(lesson_id)
        assert "nạp lại gói bài học" in caught.value.user_message
    finally:
        ws.close()


def test_bundled_pack_is_the_one_shipped():
    assert BUNDLED_PACK.exists()
