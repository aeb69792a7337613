"""Issue 18: the reporting pages, the quarterly report files and `tutor-hub report/targets`,
on a real hub over HTTP. Higher levels see counts, never names; the report's numbers are
the dashboard's numbers; the XLSX opens with openpyxl and the PDF's text reads back."""

from __future__ import annotations

import html
import io
import re
import subprocess

import openpyxl
import pytest

from tests.hub.reporting_world import fill
from tests.hub.test_dashboard import sign_in
from tests.hub.test_operators import PASSWORD, make_operator
from tests.sync.conftest import hub  # noqa: F401 - fixture: a real hub on 127.0.0.1
from tutor.hub.cli import main as hub_cli


@pytest.fixture
def reporting_hub(hub):  # noqa: F811
    world = fill(hub.storage)
    make_operator(hub, "xa.phucxuan", "commune", ["Xã Phúc Xuân"])
    make_operator(hub, "huyen", "district", ["Xã Phúc Xuân", "Xã Tân Cương"])
    make_operator(hub, "tinh", "province", [])
    hub.world = world
    return hub


def _tables(page: str) -> dict[str, list[list[str]]]:
    """Each data table of the page as rows of cell texts."""
    out = {}
    for key, body in re.findall(r'<table class="list" data-table="([a-z]+)">(.*?)</table>', page, re.S):
        rows = []
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
            cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
            rows.append([html.unescape(c).strip() for c in cells])
        out[key] = rows
    return out


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_a_district_operator_sees_counts_but_no_learner_names(reporting_hub, tmp_path):
    client, _ = sign_in(reporting_hub, "huyen", PASSWORD)
    page = client.get("/bao-cao?quy=2026Q4")
    assert page.status_code == 200
    pdf = client.get("/bao-cao/tai-ve?quy=2026Q4&dang=pdf").content
    xlsx = client.get("/bao-cao/tai-ve?quy=2026Q4&dang=xlsx").content
    cells = " ".join(str(c.value) for ws in openpyxl.load_workbook(io.BytesIO(xlsx)) for row in ws for c in row)
    pdf_text = _pdf_text(pdf, tmp_path)
    for name in reporting_hub.world["names"]:
        assert name not in page.text and name not in cells and name not in pdf_text
    # ... yet the certificate numbers and the counts are there.
    numbers = [n for n, _name, _at in reporting_hub.world["certificates"]]
    assert any(n in page.text for n in numbers)
    assert "Họ tên chỉ hiện cho cán bộ xã" in page.text
    client.close()


def test_a_commune_operator_sees_the_names_of_their_own_site_only(reporting_hub):
    client, _ = sign_in(reporting_hub, "xa.phucxuan", PASSWORD)
    page = client.get("/bao-cao?quy=2026Q4").text
    tables = _tables(page)
    listed = {row[4] for row in tables["basic"][1:]}
    assert listed and all(not name.endswith(" B") for name in listed)   # " B": the other commune's learners
    assert "Xã Tân Cương" not in page
    client.close()


def test_the_report_files_carry_the_dashboards_numbers(reporting_hub, tmp_path):
    client, _ = sign_in(reporting_hub, "tinh", PASSWORD)
    page = client.get("/bao-cao?quy=2026Q4").text
    shown = _tables(page)
    assert int(shown["groups"][-1][2]) == 12          # every learner registered, in the "all groups" row
    book = openpyxl.load_workbook(io.BytesIO(client.get("/bao-cao/tai-ve?quy=2026Q4&dang=xlsx").content))
    for key, sheet in (("groups", "Theo nhóm"), ("sites", "Theo điểm học"), ("months", "Theo tháng"),
                       ("quarters", "Theo quý"), ("certificates", "Chứng nhận trong quý")):
        rows = [[("" if c is None else str(c)) for c in r] for r in book[sheet].iter_rows(values_only=True)]
        header_at = next(i for i, r in enumerate(rows) if r[:len(shown[key][0])] == shown[key][0])
        assert rows[header_at:] == shown[key], key
        if key == "certificates":   # the basic list: the same rows with level 1, written once
            level = rows[header_at].index("Cấp độ")
            assert [rows[header_at], *(r for r in rows[header_at + 1:] if r[level] == "1")] == shown["basic"]
    basic_sheet = " ".join(str(c) for r in book["Xác nhận cơ bản"].iter_rows(values_only=True) for c in r if c)
    assert f"{len(shown['basic']) - 1} chứng nhận cấp độ 1" in basic_sheet and "Chứng nhận trong quý" in basic_sheet
    pdf_text = _pdf_text(client.get("/bao-cao/tai-ve?quy=2026Q4&dang=pdf").content, tmp_path)
    assert "Báo cáo kết quả phong trào Bình dân học AI - Quý 4/2026" in pdf_text
    for label, value in re.findall(r"<dt>(.*?)</dt><dd[^>]*>(.*?)</dd>", page):
        assert re.search(rf"{re.escape(html.unescape(label))}\s+{re.escape(value)}", pdf_text), label
    client.close()


def test_targets_from_the_form_show_as_progress_and_bad_input_is_refused(reporting_hub):
    client, csrf = sign_in(reporting_hub, "tinh", PASSWORD)
    site_id = reporting_hub.world["Xã Phúc Xuân"]
    bad = client.post("/bao-cao/dan-so", data={"csrf": csrf, "quy": "2026Q4", "site": site_id,
                                                "group": "student", "population": "ba nghìn"})
    assert bad.status_code == 400 and "không phải là một số người" in bad.text
    assert reporting_hub.storage.reporting.targets()["populations"] == []
    ok = client.post("/bao-cao/dan-so", data={"csrf": csrf, "quy": "2026Q4", "site": site_id,
                                               "group": "student", "population": "1.000"})
    assert ok.status_code == 200 and "Đã lưu dân số mục tiêu" in ok.text
    goal = client.post("/bao-cao/muc-tieu", data={"csrf": csrf, "quy": "2026Q4", "group": "all", "trained": "80",
                                                   "proficient": "50", "due_on": "2026-12-31"})
    assert "Đã lưu mục tiêu" in goal.text
    row = next(r for r in _tables(goal.text)["groups"] if r[0] == "Học sinh, sinh viên")
    assert row[1] == "1000" and "đạt 80%" in row[-1]
    assert "Mục tiêu 80%" in goal.text                                    # the goal line on the progress chart
    forged = client.post("/bao-cao/dan-so", data={"csrf": "x", "quy": "2026Q4", "site": site_id,
                                                   "group": "student", "population": "5"})
    assert forged.status_code == 403
    client.close()
    district, csrf = sign_in(reporting_hub, "huyen", PASSWORD)
    refused = district.post("/bao-cao/muc-tieu", data={"csrf": csrf, "quy": "2026Q4", "group": "all",
                                                        "trained": "1", "proficient": "1", "due_on": "2027-01-01"})
    assert refused.status_code == 403
    district.close()


def test_a_bad_quarter_gets_a_vietnamese_message(reporting_hub):
    client, _ = sign_in(reporting_hub, "tinh", PASSWORD)
    answer = client.get("/bao-cao?quy=quy-bon")
    assert answer.status_code == 400 and "không phải là một quý" in answer.text
    client.close()


def test_the_report_command_writes_the_same_report(tmp_path, capsys):
    from tutor.hub.open_storage import open_storage

    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    storage = open_storage(db)
    world = fill(storage)
    storage.close()
    assert hub_cli(["--database", db, "targets", "population", "Xã Phúc Xuân", "citizen", "3200"]) == 0
    assert hub_cli(["--database", db, "targets", "goal", "all", "--trained", "80", "--proficient", "50",
                    "--by", "2026-12-31"]) == 0
    assert hub_cli(["--database", db, "report", "--quarter", "2026Q4", "--out", str(tmp_path / "out")]) == 0
    book = openpyxl.load_workbook(tmp_path / "out" / "bao-cao-2026-quy-4.xlsx")
    groups = [r for r in book["Theo nhóm"].iter_rows(values_only=True)]
    assert ("Người dân", 3200) == groups[-5][:2] or any(r[:2] == ("Người dân", 3200) for r in groups)
    text = subprocess.run(["pdftotext", str(tmp_path / "out" / "bao-cao-2026-quy-4.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Danh sách xác nhận đạt trình độ cơ bản" in text
    assert not any(name in text for name in world["names"])            # the province's terminal: no names
    capsys.readouterr()
    assert hub_cli(["--database", db, "report", "--quarter", "2026-4", "--out", str(tmp_path)]) == 2
    assert "không phải là một quý" in capsys.readouterr().err


def test_a_long_certificate_list_is_cut_on_the_page_and_pdf_but_whole_in_the_spreadsheet(tmp_path):
    from datetime import date

    from tutor.hub.reporting.figures import CertificateLine, Quarter, QuarterFigures
    from tutor.hub.reporting.pdf import write_pdf
    from tutor.hub.reporting.tables import SHOWN_ROWS, report_tables
    from tutor.hub.reporting.xlsx import write_xlsx

    lines = [CertificateLine("Xã A", f"C{i:07d}", 1, "Cấp độ 1", "2026-11-01", None, None) for i in range(450)]
    fig = QuarterFigures(Quarter(2026, 4), date(2026, 12, 1), False, {"s": "Xã A"}, {}, {}, {}, lines, {})
    table = next(t for t in report_tables(fig) if t.key == "certificates")
    assert len(table.shown_rows()) == SHOWN_ROWS and "450" in table.cut_note
    write_xlsx(fig, "Huyện", tmp_path / "r.xlsx")
    assert openpyxl.load_workbook(tmp_path / "r.xlsx")["Chứng nhận trong quý"].max_row >= 450
    write_pdf(fig, "Huyện", tmp_path / "r.pdf")
    text = _pdf_text((tmp_path / "r.pdf").read_bytes(), tmp_path)
    assert "C0000199" in text and "C0000200" not in text and "tệp bảng tính (XLSX) có đủ" in text
    assert text.count("Số chứng nhận") >= 4          # the header again on every page of a long table


def test_a_pdf_cell_wider_than_its_column_wraps_inside_it(tmp_path):
    from datetime import date

    from tutor.hub.reporting.figures import ALL, Cell, Quarter, QuarterFigures
    from tutor.hub.reporting.pdf import write_pdf

    long_name = "Thị trấn Quân Chu huyện Đại Từ tỉnh Thái Nguyên điểm học số hai mươi"
    fig = QuarterFigures(Quarter(2026, 4), date(2026, 12, 1), False, {"s": long_name},
                         {("s", ALL): Cell(registered=3)}, {ALL: Cell(registered=3)}, {}, [], {})
    write_pdf(fig, "Huyện", tmp_path / "r.pdf")
    text = _pdf_text((tmp_path / "r.pdf").read_bytes(), tmp_path)
    assert all(word in text for word in long_name.split())
    assert not any(long_name in line for line in text.splitlines())   # wrapped inside its column


def test_a_hub_without_a_vietnamese_font_says_what_to_install(reporting_hub, monkeypatch):
    from tutor.hub.reporting import pdf

    monkeypatch.setattr(pdf, "_FONT_CANDIDATES", [("/nonexistent/a.ttf", "/nonexistent/b.ttf")])
    monkeypatch.setattr(pdf, "_bundled_fonts", lambda: None)   # a broken install: font-roboto gone
    monkeypatch.delenv("TUTOR_HUB_FONT", raising=False)
    client, _ = sign_in(reporting_hub, "tinh", PASSWORD)
    answer = client.get("/bao-cao/tai-ve?quy=2026Q4&dang=pdf")
    assert answer.status_code == 500 and "fonts-dejavu-core" in answer.text
    assert client.get("/bao-cao/tai-ve?quy=2026Q4&dang=xlsx").status_code == 200
    client.close()


def test_the_pdf_uses_the_bundled_vietnamese_font_with_no_system_font(monkeypatch):
    """Every hub writes the same PDF: Roboto from the font-roboto package comes first."""
    from fontTools.ttLib import TTFont

    from tutor.hub.reporting import pdf

    monkeypatch.setattr(pdf, "_FONT_CANDIDATES", [])
    monkeypatch.delenv("TUTOR_HUB_FONT", raising=False)
    regular, bold = pdf._fonts()
    assert regular.endswith("Roboto-Regular.ttf") and bold.endswith("Roboto-Bold.ttf")
    letters = TTFont(regular).getBestCmap()
    assert all(ord(c) in letters for c in "ăâđêôơưằẳẵắặệữựỹĐƯỢ")


def test_the_report_builds_its_tables_once_and_writes_each_certificate_row_once(tmp_path, monkeypatch):
    """A province's report writes tens of thousands of certificate rows: the rows are built once for
    both files; the spreadsheet holds every table cell for cell (numbers as numbers, certificate
    numbers as text) and the basic-level list points to the certificate rows of level 1 instead of
    writing them a second time."""
    from datetime import date

    from tutor.hub.reporting import pdf, report, tables, xlsx
    from tutor.hub.reporting.figures import ALL, Cell, CertificateLine, Quarter, QuarterFigures

    lines = [CertificateLine(f"Xã {i % 3}", f"{i:08d}", 1 + i % 2, "Cấp độ", "2026-11-01", None, None)
             for i in range(300)]
    fig = QuarterFigures(Quarter(2026, 4), date(2026, 12, 1), False, {"s": "Xã A"},
                         {("s", ALL): Cell(registered=7, trained=3, levels={2: 2})}, {ALL: Cell(registered=7)},
                         {"2026-11": {"registered": 7}}, lines, {}, 2)
    built = []

    def counted(f):
        built.append(1)
        return tables.report_tables(f)

    for module in (report, pdf, xlsx):
        monkeypatch.setattr(module, "report_tables", counted)
    files = report.write_report_from_figures(fig, tmp_path, "Huyện")
    assert len(built) == 1
    book = openpyxl.load_workbook(files.xlsx, read_only=True)
    for table in tables.report_tables(fig):
        if table.key == "basic":
            continue   # checked below: the certificate rows are written once
        rows = [list(r) for r in book[xlsx.SHEET_NAMES[table.key]].iter_rows(values_only=True)]
        body = rows[-len(table.rows):] if table.rows else []
        assert [r[:len(table.header)] for r in body] == [[*v, *[None] * (len(table.header) - len(v))]
                                                         for v in table.rows], table.key
    certificates = [r for r in book["Chứng nhận trong quý"].iter_rows(values_only=True)][-300:]
    assert certificates[0][1] == "00000000" and certificates[5][2] == 2
    basic = next(t for t in tables.report_tables(fig) if t.key == "basic")
    assert [list(r) for r in certificates if r[2] == 1] == basic.rows and len(basic.rows) == 150
    assert "150 chứng nhận cấp độ 1" in " ".join(
        str(c) for r in book["Xác nhận cơ bản"].iter_rows(values_only=True) for c in r if c)
    assert len(list(book["Xác nhận cơ bản"].iter_rows())) < 10          # a pointer, not 150 rows again


def test_the_all_groups_share_sets_only_groups_with_a_population_against_it(reporting_hub):
    """A group with no target population entered adds its learners to the count, never to the share
    of another group's population (6 trained of whom 0 are citizens is not 6/40)."""
    from datetime import date

    from tutor.hub.reporting.figures import ALL, Quarter, quarter_figures

    storage = reporting_hub.storage
    site = reporting_hub.world["Xã Phúc Xuân"]
    storage.reporting.set_population(site, "citizen", 40, reporting_hub.clock.now())
    fig = quarter_figures(storage, Quarter(2026, 4), date(2026, 12, 31), None, False)
    citizens, everyone = fig.totals["citizen"], fig.totals[ALL]
    assert everyone.trained > citizens.trained        # other groups have trained learners too
    assert everyone.population == 40
    assert everyone.trained_pct == pytest.approx(100.0 * citizens.trained / 40)
