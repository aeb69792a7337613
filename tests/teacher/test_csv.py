"""The learner list as CSV: Vietnamese names survive Excel, bad files are refused clearly."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest

from tests.teacher.conftest import make_learner
from tutor.teacher.errors import CsvRefused

NAMES = ["Nguyễn Thị Ánh Tuyết", "Đặng Văn Ơn", "Hà Thị Ngọc Diệp"]


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_round_trip_with_vietnamese_names(ws, area, session, klass):
    ids = [make_learner(ws, name) for name in NAMES]
    area.enroll(session, klass.class_id, ids)
    exported = area.export_members_csv(klass.class_id)
    assert exported.startswith(b"\xef\xbb\xbf")          # the BOM Excel needs
    rows = read_csv(exported)
    assert rows[0] == ["Họ tên", "Mã người học", "Lớp", "Ngày vào lớp"]
    assert sorted(r[0] for r in rows[1:]) == sorted(NAMES)
    assert {r[2] for r in rows[1:]} == {klass.name} and {r[3] for r in rows[1:]} == {"21/11/2026"}

    # Into another class of the same PC: every row matches its profile, nothing is created.
    other, _ = area.create_class(session, "Lớp sáng Chủ nhật")
    result, _ = area.import_members_csv(session, other.class_id, exported)
    assert (result.added, result.already_enrolled, result.created, result.problems) == (3, 0, 0, ())
    assert sorted(m.learner_id for m in area.members(other.class_id)) == sorted(ids)
    # Importing again changes nothing.
    again, changes = area.import_members_csv(session, other.class_id, exported)
    assert (again.added, again.already_enrolled) == (0, 3) and changes.empty


def test_a_list_from_excel_in_a_vietnamese_locale_creates_profiles(ws, area, session, klass):
    # Excel in a Vietnamese locale: semicolons, no BOM, names in NFD as some keyboards type them.
    text = "STT;Họ và tên;Ghi chú\r\n" + "".join(
        f"{i};{unicodedata.normalize('NFD', n)};\r\n" for i, n in enumerate(NAMES, 1))
    result, changes = area.import_members_csv(session, klass.class_id, text.encode("utf-8"))
    assert (result.added, result.created, result.problems) == (3, 3, ())
    members = area.members(klass.class_id)
    assert sorted(m.display_name for m in members) == sorted(NAMES)
    assert all(unicodedata.is_normalized("NFC", m.display_name) for m in members)
    # Three pictures, not three suns: people who cannot read find their tile by its picture.
    assert len({m.icon for m in members}) == 3
    assert changes.learners and len(changes.learner_ids) == 3
    assert sorted(read_csv(area.export_members_csv(klass.class_id))[1:][i][0] for i in range(3)) == sorted(NAMES)


def test_rows_match_by_learner_id_first_then_by_name(ws, area, session, klass):
    an = make_learner(ws, "Nguyễn Văn An")
    make_learner(ws, "Trần Thị Bình")
    make_learner(ws, "Trần Thị Bình")
    data = ("Họ tên,Mã người học\n"
            f"Tên cũ của An,{an}\n"         # the id wins over a changed name
            "nguyễn  văn AN,\n"             # case and spaces do not matter
            "Trần Thị Bình,\n"              # two profiles with this name: ask for the id
            ",\n"
            "Lê Văn Mới,không-có-mã-này\n"  # an unknown id falls back to the name: a new profile
            ",chỉ-có-mã\n").encode()
    result, _ = area.import_members_csv(session, klass.class_id, data)
    assert result.added == 2 and result.already_enrolled == 0 and result.created == 1
    assert result.problems == (
        "Dòng 3: trùng người với dòng 2.",
        "Dòng 4: có 2 người tên “Trần Thị Bình”. Hãy ghi thêm mã người học.",
        "Dòng 7: thiếu tên.",
    )
    assert sorted(m.display_name for m in area.members(klass.class_id)) == ["Lê Văn Mới", "Nguyễn Văn An"]


@pytest.mark.parametrize("encoding", ["cp1258", "cp1252", "utf-16"])
def test_another_encoding_is_refused_not_imported_as_mojibake(ws, area, session, klass, encoding):
    names = {"cp1258": "Lê Văn Tám", "cp1252": "José Müller", "utf-16": "Nguyễn Thị Ánh Tuyết"}
    data = f"Ho ten\r\n{names[encoding]}\r\n".encode(encoding)
    before = ws.conn.execute("SELECT count(*) FROM learners").fetchone()[0]
    with pytest.raises(CsvRefused) as err:
        area.import_members_csv(session, klass.class_id, data)
    assert "UTF-8" in err.value.user_message and "CSV UTF-8" in err.value.user_message
    assert ws.conn.execute("SELECT count(*) FROM learners").fetchone()[0] == before
    assert area.members(klass.class_id) == []


def test_names_garbled_by_an_earlier_wrong_encoding_are_listed_not_imported(area, session, klass):
    garbled = "Nguyễn Văn Hùng".encode().decode("cp1252", errors="replace")
    data = f"Họ tên\n{garbled}\nPhạm Thị Lan\n".encode()
    result, _ = area.import_members_csv(session, klass.class_id, data)
    assert result.added == 1 and len(result.problems) == 1
    assert result.problems[0].startswith("Dòng 2: tên") and "lỗi phông chữ" in result.problems[0]


def test_a_name_excel_would_run_as_a_formula_is_escaped_and_comes_back(ws, area, session, klass):
    learner = make_learner(ws, "=HYPERLINK(\"x\")")
    area.enroll(session, klass.class_id, [learner])
    exported = area.export_members_csv(klass.class_id)
    assert read_csv(exported)[1][0] == "'=HYPERLINK(\"x\")"
    other, _ = area.create_class(session, "Lớp khác")
    result, _ = area.import_members_csv(session, other.class_id, exported)
    assert result.added == 1 and result.created == 0


def test_a_file_without_a_name_column_or_empty_is_refused(area, session, klass):
    with pytest.raises(CsvRefused) as err:
        area.import_members_csv(session, klass.class_id, "Mã người học,Lớp\nabc,Lớp 1\n".encode())
    assert "Họ tên" in err.value.user_message
    with pytest.raises(CsvRefused):
        area.import_members_csv(session, klass.class_id, b"\xef\xbb\xbf\r\n\r\n")


def test_a_headerless_list_is_one_name_per_line(area, session, klass):
    result, _ = area.import_members_csv(session, klass.class_id, "Hoàng Văn Nam\nLý Thị Hoa\n".encode())
    assert result.added == 2
