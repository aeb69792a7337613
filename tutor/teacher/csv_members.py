"""A class's learner list as a CSV file teachers open in Excel, and reading one back.

Written: UTF-8 with a BOM (Excel then shows Vietnamese names correctly), comma
separated, CRLF line ends, a header row and one learner per row:

    Họ tên, Mã người học, Lớp, Ngày vào lớp (dd/mm/yyyy, Vietnam's calendar day)

Read: UTF-8 with or without a BOM, comma or semicolon separated (Excel in a
Vietnamese locale saves with ';'), names normalised to NFC. The name column is
found by its header ("Họ tên", "Họ và tên", "Tên", "Name"; accents and case do not
matter); "Mã người học" (or "Mã", "ID") is optional; other columns are ignored. A
file with no header row is read as one name per line (first column). Files in
another encoding (Windows-1252/1258, UTF-16) are refused, never guessed: a wrong
guess would create profiles with garbled names.

A cell that Excel would run as a formula (starting with = + - @) is written with a
leading apostrophe, which Excel hides and which the reader removes again.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tutor.messages import render
from tutor.lessons.textnorm import fold
from tutor.teacher.errors import CsvRefused

HEADER = ("Họ tên", "Mã người học", "Lớp", "Ngày vào lớp")
MAX_CSV_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@")

NAME_HEADERS = {"ho ten", "ho va ten", "ten", "name", "full name", "ho ten hoc vien", "ten hoc vien",
                "ho ten nguoi hoc", "ten nguoi hoc"}
ID_HEADERS = {"ma nguoi hoc", "ma", "id", "learner id", "ma hoc vien", "ma so"}


@dataclass(frozen=True)
class CsvRow:
    line: int            # 1-based line number in the file, as Excel shows it
    name: str            # NFC, single spaces; may be empty
    learner_id: str      # may be empty


def write_table(header: Sequence[str], rows: Iterable[Sequence[object]], delimiter: str = ",") -> bytes:
    return write_rows([[str(h) for h in header], *rows], delimiter)


def write_rows(rows: Iterable[Sequence[object]], delimiter: str = ",") -> bytes:
    """Rows as a CSV file for Excel: UTF-8 with a BOM, CRLF, formula-like cells made safe,
    None written as an empty cell (an empty row is an empty line)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([excel_safe("" if v is None else str(v)) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")


def excel_safe(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def parse_members(data: bytes) -> list[CsvRow]:
    """The rows of a learner list; raises CsvRefused (Vietnamese message) for a file it cannot read."""
    text = decode(data)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        table = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise CsvRefused(f"CSV not readable: {exc}", render("teacher.csv_unreadable")) from exc
    if len(table) > MAX_ROWS + 1:
        raise CsvRefused("CSV has too many rows", code="teacher.csv_too_many_rows", params={"limit": MAX_ROWS})
    table = [(line, row) for line, row in table if any(cell.strip() for cell in row)]
    if not table:
        raise CsvRefused("CSV is empty", render("teacher.csv_no_names"))
    name_col, id_col, has_header = _columns(table[0][1])
    rows = table[1:] if has_header else table
    out = []
    for line, cells in rows:
        name = clean_cell(cells[name_col]) if name_col < len(cells) else ""
        learner_id = clean_cell(cells[id_col]) if id_col is not None and id_col < len(cells) else ""
        out.append(CsvRow(line, name, learner_id))
    return out


def decode(data: bytes) -> str:
    if len(data) > MAX_CSV_BYTES:
        raise CsvRefused("CSV larger than the limit", render("teacher.csv_too_large"))
    not_utf8 = CsvRefused("CSV is not UTF-8", code="teacher.csv_not_utf8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise not_utf8  # UTF-16 ("Unicode Text" in Excel)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise not_utf8 from exc
    if "\x00" in text:
        raise not_utf8
    return unicodedata.normalize("NFC", text)


def clean_cell(cell: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", cell).split())
    if text.startswith("'") and text[1:2] in FORMULA_START and len(text) > 1:
        text = text[1:]
    return text


def looks_double_encoded(name: str) -> bool:
    """ "Nguyá»…n": UTF-8 bytes once read as Windows-1252 and saved again as UTF-8."""
    try:
        repaired = name.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return repaired != name


def _sniff_delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if first.count(";") > first.count(",") else ","


def _columns(first_row: list[str]) -> tuple[int, int | None, bool]:
    keys = [fold(clean_cell(cell)).strip(" :*") for cell in first_row]
    name_col = next((i for i, k in enumerate(keys) if k in NAME_HEADERS), None)
    id_col = next((i for i, k in enumerate(keys) if k in ID_HEADERS), None)
    if name_col is not None:
        return name_col, id_col, True
    if id_col is not None or any(k in ("lop", "ngay vao lop", "stt") for k in keys):
        raise CsvRefused("CSV has a header without a name column",
                         render("teacher.csv_no_name_column"))
    return 0, None, False
