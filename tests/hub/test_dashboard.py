"""The hub's web dashboard against a real hub over HTTP, fed through the real sync protocol.

Two sites: PCs that learn for real (lesson quiz, level test, certificate from the
ProgressService), a PC whose clock is five years behind and whose names try to inject
HTML, and a PC that enrolled but never synced. What the dashboard shows is checked
against what the PCs themselves hold, on the SQLite hub and (when TUTOR_TEST_PG_URL names
a server) on the PostgreSQL hub.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import timedelta

import httpx
import pytest
from markupsafe import escape

from tests.hub.pg import fresh_schema, pg_base_url
from tests.progress.helpers import PACK, first_lesson, open_workspace, right_response
from tests.sync.conftest import HUB_TIME, Pc, RunningHub, hub, make_pc  # noqa: F401 - fixtures: a real hub, PCs
from tutor import __version__
from tutor.clock import FakeClock
from tutor.hub import dashboard
from tutor.hub.dashboard import clock_warning, format_count, format_time, humanize_duration
from tutor.hub.open_storage import open_storage
from tutor.store.db import transaction
from tutor.sync.engine import enroll
from tutor.sync.protocol import PROTOCOL_VERSION
from tutor.sync.transport import HttpTransport

FIVE_YEARS = timedelta(days=5 * 365.25)
EVIL_PC = '<script>alert("pc")</script>'
EVIL_LEARNER = "<img src=x onerror=alert(1)> Tâm"
EVIL_SITE = "Thôn <b>Bản</b> & Mường"


class LearningPc(Pc):
    """A PC with the real curriculum, so lessons, level tests and certificates are real."""

    def __init__(self, root, clock):
        self.clock = clock
        self.ws = open_workspace(root, clock)
        self.transport = None


def enroll_pc(pc: Pc, hub_url: str, code: str, device_name: str) -> None:
    transport = HttpTransport(hub_url)
    try:
        enroll(pc.conn, transport, hub_url, code, device_name, pc.ws.progress.public_key().public_key_b64)
    finally:
        transport.close()


def pass_first_lesson_and_level_one(pc: Pc, learner_id: str):
    progress = pc.ws.progress
    lesson = first_lesson(pc.ws)
    progress.open_lesson(learner_id, lesson.id)
    for question in lesson.quiz:
        progress.answer(learner_id, lesson.id, question.id, right_response(question))
    test = progress.start_level_test(learner_id, 1)
    for ref in test.questions:
        progress.answer(learner_id, ref.lesson_id, ref.question.id, right_response(ref.question), "level_test",
                        test_id=test.test_id)
    result = progress.finish_level_test(learner_id, test.test_id)
    assert result.passed and result.certificate is not None
    return result.certificate


@dataclass
class Classroom:
    hub_url: str
    learning: Pc
    late: Pc
    silent: Pc
    certificate: object


@pytest.fixture(params=["sqlite", "postgres"])
def any_hub(request, tmp_path):
    """A real hub over HTTP on each storage back-end: the dashboard must read the same from both."""
    if request.param == "sqlite":
        running = RunningHub(tmp_path / "hub.sqlite3", FakeClock(HUB_TIME)).start()
        yield running
        running.stop()
        return
    with fresh_schema(pg_base_url()) as url:
        running = RunningHub(tmp_path / "unused", FakeClock(HUB_TIME), lambda: open_storage(url)).start()
        yield running
        running.stop()


@pytest.fixture
def classroom(any_hub, make_pc, tmp_path):  # noqa: F811
    hub = any_hub  # noqa: F811 - the same name as in the single-back-end tests
    if not PACK.exists():
        pytest.skip("the bundled pack is not built (make pack)")
    code_a, code_b = hub.new_site("Xã Tân Cương"), hub.new_site(EVIL_SITE)

    learning = LearningPc(tmp_path / "learning", FakeClock(HUB_TIME))
    enroll_pc(learning, hub.url, code_a, "Máy 1 – phòng học")
    hoa, _ = learning.ws.learners.create("Bà Nguyễn Thị Hoa", "rice")
    learning.ws.learners.create("Ông Lò Văn Ba", "sun")
    certificate = pass_first_lesson_and_level_one(learning, hoa.learner_id)
    assert learning.engine().sync_once().pushed == len(learning.own_events())

    late = make_pc("late", FakeClock(HUB_TIME - FIVE_YEARS))
    enroll_pc(late, hub.url, code_b, EVIL_PC)
    late.ws.learners.create(EVIL_LEARNER, "moon")
    late.add_events(4)
    report = late.engine().sync_once()
    assert report.clock_flagged

    silent = make_pc("silent")
    enroll_pc(silent, hub.url, code_a, "Máy 2 (chưa dùng)")
    room = Classroom(hub.url, learning, late, silent, certificate)
    yield room
    learning.close()


# -- reading the page back ------------------------------------------------------------------


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def site_cards(page: str) -> dict[str, dict[str, str]]:
    """{site name: {fact label: value, "Cấp N": learners}} from the dashboard's site cards."""
    cards = {}
    for chunk in page.split('<div class="card">')[1:]:
        heading = re.search(r"<h3>(.*?)</h3>", chunk, re.S)
        if not heading:
            continue
        facts = {_text(k): _text(v) for k, v in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", chunk, re.S)}
        for label, count in re.findall(r'<td class="label">(.*?)</td>.*?<td class="count">(.*?)</td>', chunk, re.S):
            facts[_text(label)] = _text(count)
        cards[html.unescape(heading.group(1))] = facts
    return cards


def device_rows(page: str) -> list[dict[str, str]]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        rows.append({label: _text(cell) for label, cell in
                     re.findall(r'<td data-label="(.*?)"[^>]*>(.*?)</td>', row, re.S)})
    return rows


def row_for(rows: list[dict[str, str]], device_id: str) -> dict[str, str]:
    return next(r for r in rows if device_id in r["Máy tính"])


# -- an operator signed in to each hub a test uses -------------------------------------------

OPERATOR, OPERATOR_PASSWORD = "canbo.tinh", "mật khẩu của tỉnh"
_SIGNED_IN: dict[str, tuple[httpx.Client, str]] = {}   # hub URL -> (client with the session cookie, CSRF)


def sign_in(running: RunningHub, username: str = OPERATOR, password: str = OPERATOR_PASSWORD) -> tuple[httpx.Client, str]:
    """Sign in through the real form; returns the client (session cookie) and the session's CSRF token."""
    client = httpx.Client(base_url=running.url, timeout=60)
    form = client.get("/dang-nhap")
    login_csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    answer = client.post("/dang-nhap", data={"csrf": login_csrf, "username": username, "password": password})
    assert answer.status_code == 303 and answer.headers["location"] == "/", answer.text
    page = client.get("/")
    return client, re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


@pytest.fixture(autouse=True)
def _operator_sessions(request):
    """Every hub of a test gets a province operator (sees every site), signed in."""
    from tutor.teacher.passwords import hash_password

    for name in ("any_hub", "hub"):
        if name in request.fixturenames:
            running = request.getfixturevalue(name)
            running.storage.operators.create(OPERATOR, "Cán bộ tỉnh", "province", hash_password(OPERATOR_PASSWORD),
                                             [], running.clock.now())
            _SIGNED_IN[running.url] = sign_in(running)
    yield
    for client, _csrf in _SIGNED_IN.values():
        client.close()
    _SIGNED_IN.clear()


def get(url: str, path: str, **params) -> httpx.Response:
    """The dashboard as the signed-in operator sees it; other pages (the certificate check) as anyone."""
    if path == "/" and url in _SIGNED_IN:
        return _SIGNED_IN[url][0].get(path, params=params)
    return httpx.get(url + path, params=params, timeout=30)


def operator_post(url: str, path: str, **kwargs) -> httpx.Response:
    return _SIGNED_IN[url][0].post(path, **kwargs)


# -- the dashboard --------------------------------------------------------------------------


def test_site_figures_equal_what_the_pcs_hold(classroom):
    page = get(classroom.hub_url, "/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    cards = site_cards(page.text)
    conn = classroom.learning.conn
    lessons_done = conn.execute("SELECT COUNT(*) FROM progress_mastery").fetchone()[0]
    certificates = conn.execute("SELECT COUNT(*) FROM progress_certificates").fetchone()[0]
    assert lessons_done >= 1 and certificates == 1
    assert cards["Xã Tân Cương"] == {
        "Máy tính": "2", "Học viên": "2", "Bài đã học xong": str(lessons_done),
        "Chứng nhận đã cấp": "1",
        "Cấp 1": "1",   # Ông Ba has only started
        "Cấp 2": "1",   # Bà Hoa passed the level 1 test, which opened level 2
    }
    assert cards[EVIL_SITE] == {"Máy tính": "1", "Học viên": "1", "Bài đã học xong": "0",
                                "Chứng nhận đã cấp": "0", "Cấp 1": "1"}


def test_devices_show_last_sync_events_and_clock(classroom):
    rows = device_rows(get(classroom.hub_url, "/").text)
    assert len(rows) == 3
    learning = row_for(rows, classroom.learning.ws.device_id)
    assert learning["Điểm học"] == "Xã Tân Cương"
    assert learning["Lần đồng bộ cuối"] == f"{format_time(HUB_TIME, None)} vừa xong"
    assert learning["Đồng hồ"] == "Đúng giờ"
    assert learning["Trạng thái"] == "Đang dùng"
    assert learning["Bản ghi đã nhận"] == format_count(len(classroom.learning.own_events()))

    late = row_for(rows, classroom.late.ws.device_id)
    assert late["Đồng hồ"] == "⚠ Đồng hồ máy lệch 5 năm (chậm hơn máy chủ)"
    assert late["Bản ghi đã nhận"] == str(len(classroom.late.own_events()))

    silent = row_for(rows, classroom.silent.ws.device_id)
    assert silent["Lần đồng bộ cuối"] == "chưa đồng bộ"
    assert silent["Bản ghi đã nhận"] == "0"


def test_the_clock_note_appears_only_when_a_pc_is_flagged(hub, make_pc):  # noqa: F811
    code = hub.new_site("Xã Xa")
    pc = make_pc("ahead", FakeClock(HUB_TIME + FIVE_YEARS))
    enroll_pc(pc, hub.url, code, "Máy nhanh")
    pc.add_events(1)
    before = get(hub.url, "/").text
    assert "đồng hồ lệch hơn" not in before
    pc.engine().sync_once()
    after = get(hub.url, "/").text
    assert "Máy có đồng hồ lệch hơn 10 phút được đánh dấu" in after
    assert row_for(device_rows(after), pc.ws.device_id)["Đồng hồ"] == \
        "⚠ Đồng hồ máy lệch 5 năm (nhanh hơn máy chủ)"


def test_a_revoked_pc_is_shown_as_revoked(hub, make_pc):  # noqa: F811
    pc = make_pc()
    enroll_pc(pc, hub.url, hub.new_site("Xã Xa"), "Máy cũ")
    hub.storage.revoke_device(pc.ws.device_id, hub.clock.now())
    assert row_for(device_rows(get(hub.url, "/").text), pc.ws.device_id)["Trạng thái"] == "Đã thu hồi"


def test_names_from_pcs_are_escaped(classroom):
    page = get(classroom.hub_url, "/").text
    for evil in (EVIL_PC, EVIL_LEARNER, EVIL_SITE):
        assert evil not in page
    assert str(escape(EVIL_PC)) in page      # shown, as text
    assert str(escape(EVIL_SITE)) in page
    assert "<script" not in page.lower()
    assert "<img" not in page


def test_an_empty_hub_explains_what_to_do(hub):  # noqa: F811
    page = get(hub.url, "/").text
    assert "Chưa có điểm học nào" in page and "tutor-hub site create" in page
    assert "Chưa có máy tính nào đăng ký" in page


def test_footer_names_versions_and_links_the_api_docs(hub):  # noqa: F811
    footer = get(hub.url, "/").text.split("<footer>", 1)[1]
    assert f"tutor-hub phiên bản {__version__}" in footer
    assert f"giao thức đồng bộ phiên bản {PROTOCOL_VERSION}" in footer
    assert 'href="/openapi.json"' in footer
    api = get(hub.url, "/openapi.json").json()
    assert {"/v1/enroll", "/v1/hello", "/v1/events", "/v1/roster"} <= set(api["paths"])


def test_the_page_works_without_javascript_and_has_a_phone_viewport(hub):  # noqa: F811
    page = get(hub.url, "/").text
    assert "<script" not in page
    assert 'name="viewport"' in page and "@media print" in page and "@media (max-width" in page
    assert '<form method="get" action="/certificates">' in page
    assert '<form method="post" action="/bundles" enctype="multipart/form-data">' in page


# -- certificate check ----------------------------------------------------------------------


def test_a_genuine_certificate_by_number_or_full_code(classroom):
    cert = classroom.certificate
    typed_number = " " + cert.fields.certificate_id.lower().replace("-", " ") + " "
    for code in (typed_number, cert.code):
        answer = get(classroom.hub_url, "/certificates", code=code, name="  ba nguyen THI hoa ")
        assert answer.status_code == 200
        text = _text(answer.text)
        assert "Chứng nhận thật" in text
        assert "Bà Nguyễn Thị Hoa" in text
        assert f"Cấp 1: {cert.fields.level_title}" in text
        year, month, day = cert.fields.issued_on.split("-")
        assert f"Ngày cấp {day}/{month}/{year}" in text
        assert "Điểm học Xã Tân Cương" in text


def test_a_certificate_whose_signature_does_not_match_is_called_out(hub, make_pc):  # noqa: F811
    from tutor.events import append_event
    from tutor.progress.certificates import (
        CertificateFields,
        device_key,
        export_public_key,
        new_certificate_id,
        sign_certificate,
    )

    pc = make_pc()
    enroll_pc(pc, hub.url, hub.new_site("Xã Xa"), "Máy 1")
    learner, _ = pc.ws.learners.create("Chị Mai", "sun")
    now = pc.clock.now()
    with transaction(pc.conn):
        key = device_key(pc.conn, pc.ws.device_id, now)
        fields = CertificateFields(new_certificate_id(), "Chị Mai", 1, "Xử lý văn bản cơ bản", "2026-11-21",
                                   pc.ws.device_id)
        signed = sign_certificate(fields, key)
        # Someone edits the name on a certificate the PC really signed.
        append_event(pc.conn, pc.clock, "certificate_issued", learner.learner_id, {
            "certificate_id": fields.certificate_id, "learner_name": "Anh Tuấn", "level": 1,
            "level_title": fields.level_title, "issued_on": fields.issued_on, "device_id": pc.ws.device_id,
            "code": signed.code, "key_id": key.key_id, "public_key": export_public_key(key).public_key_b64,
            "test_id": "t", "at": "2026-11-21T08:00:00.000+00:00"})
    pc.engine().sync_once()
    answer = get(hub.url, "/certificates", code=fields.certificate_id, name="Anh Tuấn")
    assert answer.status_code == 200
    text = _text(answer.text)
    assert "Mã này không khớp: chứng nhận có thể đã bị sửa" in text
    assert "Chứng nhận thật" not in text


def test_an_unknown_certificate_is_not_found(hub):  # noqa: F811
    answer = get(hub.url, "/certificates", code="ABCD-EFGH", name="Nguyễn Văn An")
    assert answer.status_code == 404
    assert "Không tìm thấy chứng nhận khớp với số và họ tên này" in answer.text


def test_an_empty_code_shows_the_form(hub):  # noqa: F811
    answer = get(hub.url, "/certificates")
    assert answer.status_code == 200 and 'name="code"' in answer.text and 'class="verdict' not in answer.text


@pytest.mark.parametrize("code", [
    "x" * 5000, "<script>alert(1)</script>", "ABCD-EFG", "ABCD-EFGH-J", "ÀBCD-EFGH", "\x00\x01",
    "' OR 1=1 --", "%", "🙂🙂🙂🙂🙂🙂🙂🙂", "U" * 8,
])
def test_bad_codes_get_a_friendly_4xx_page(hub, code):  # noqa: F811
    answer = get(hub.url, "/certificates", code=code)
    assert 400 <= answer.status_code < 500
    assert answer.headers["content-type"].startswith("text/html")
    assert "Mã" in answer.text
    assert "<script>alert" not in answer.text
    assert len(answer.text) < 20_000  # a 5000-character code is not echoed back whole


def test_the_page_section_links_the_check(hub):  # noqa: F811
    assert 'action="/certificates"' in get(hub.url, "/").text


# -- USB bundle upload ----------------------------------------------------------------------


def _upload(hub_url: str, data: bytes, filename: str = "may1.tutorsync") -> httpx.Response:
    client, csrf = _SIGNED_IN[hub_url]
    return client.post("/bundles", files={"bundle": (filename, data, "application/octet-stream")},
                       data={"csrf": csrf})


def pc_with_usb_events(hub, make_pc) -> Pc:  # noqa: F811 - plain arguments, not the fixtures
    """A PC that synced 5 events over the network and has 7 more waiting for the USB stick."""
    pc = make_pc("usb")
    enroll_pc(pc, hub.url, hub.new_site("Xã Vùng Cao"), "Máy <i>3</i>")
    pc.add_events(5)
    pc.engine().sync_once()
    pc.add_events(7)
    return pc


@pytest.fixture
def usb_pc(hub, make_pc):  # noqa: F811
    return pc_with_usb_events(hub, make_pc)


def _bundle(pc, tmp_path) -> bytes:
    from tutor.sync.bundle import export_bundle

    return export_bundle(pc.ws, tmp_path / "b.tutorsync").read_bytes()


def test_upload_round_trip_then_twice(any_hub, make_pc, tmp_path):  # noqa: F811
    hub = any_hub  # noqa: F811 - the same name as in the single-back-end tests
    usb_pc = pc_with_usb_events(hub, make_pc)
    from tests.sync.conftest import hub_rows

    data = _bundle(usb_pc, tmp_path)
    first = _upload(hub.url, data)
    assert first.status_code == 200
    text = _text(first.text)
    assert "Đã nhận 7 bản ghi mới từ máy Máy <i>3</i> (Xã Vùng Cao)." in text
    assert "<i>3</i>" not in first.text  # the PC's name is shown as text, not markup
    assert hub_rows(hub, usb_pc.ws.device_id) == usb_pc.own_events()

    again = _upload(hub.url, data)
    assert again.status_code == 200
    assert "Đã nhận 0 bản ghi mới" in _text(again.text)
    assert "đã được nhập trước đây" in again.text
    assert hub_rows(hub, usb_pc.ws.device_id) == usb_pc.own_events()


def test_a_tampered_bundle_is_refused_and_nothing_is_stored(hub, usb_pc, tmp_path):  # noqa: F811
    import gzip
    import json

    outer = json.loads(gzip.decompress(_bundle(usb_pc, tmp_path)))
    outer["body"] = outer["body"].replace('"correct":false', '"correct":true')
    held = len(hub.storage.device_events(usb_pc.ws.device_id))
    answer = _upload(hub.url, gzip.compress(json.dumps(outer).encode()))
    assert answer.status_code == 422
    assert "Tệp dữ liệu USB bị hỏng hoặc đã bị sửa" in answer.text
    assert "Không có dữ liệu nào được lưu" in answer.text
    assert len(hub.storage.device_events(usb_pc.ws.device_id)) == held


@pytest.mark.parametrize("data", [b"", b"not a bundle at all", b"\x1f\x8b\x08\x00garbage", b"\x00" * 5000])
def test_garbage_files_are_refused_kindly(hub, data):  # noqa: F811
    answer = _upload(hub.url, data)
    assert 400 <= answer.status_code < 500
    assert "Không nhận được tệp" in answer.text or "Chưa có tệp" in answer.text


def test_a_post_without_a_file_asks_for_one(hub):  # noqa: F811
    for answer in (operator_post(hub.url, "/bundles", timeout=30),
                   operator_post(hub.url, "/bundles", data={"other": "x"}, timeout=30),
                   operator_post(hub.url, "/bundles", content=b"--x\r\nbroken", timeout=30,
                              headers={"content-type": "multipart/form-data; boundary=x"})):
        assert answer.status_code == 400
        assert "Hãy chọn" in answer.text


def test_an_oversized_upload_is_refused_while_streaming(hub, usb_pc, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(dashboard, "MAX_UPLOAD_BYTES", 1000)
    monkeypatch.setattr(dashboard, "_FORM_OVERHEAD_BYTES", 0)
    held = len(hub.storage.device_events(usb_pc.ws.device_id))
    declared = _upload(hub.url, b"\x00" * 5000)           # refused on its Content-Length
    assert declared.status_code == 413 and "Tệp quá lớn" in declared.text

    def chunks():                                        # no Content-Length: counted as it arrives
        yield b"--b\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"x.tutorsync\"\r\n\r\n"
        for _ in range(100):
            yield b"\x00" * 1000
        yield b"\r\n--b--\r\n"

    streamed = operator_post(hub.url, "/bundles", content=chunks(), timeout=30,
                          headers={"content-type": "multipart/form-data; boundary=b"})
    assert streamed.status_code == 413 and "Tệp quá lớn" in streamed.text
    assert len(hub.storage.device_events(usb_pc.ws.device_id)) == held


def test_a_bundle_that_inflates_too_far_is_refused(hub, usb_pc, tmp_path, monkeypatch):  # noqa: F811
    data = _bundle(usb_pc, tmp_path)
    monkeypatch.setattr(dashboard, "MAX_INFLATED_BUNDLE_BYTES", 100)
    held = len(hub.storage.device_events(usb_pc.ws.device_id))
    answer = _upload(hub.url, data)
    assert answer.status_code == 413
    assert len(hub.storage.device_events(usb_pc.ws.device_id)) == held


def test_a_bomb_hidden_in_a_second_gzip_member_is_refused(hub, usb_pc, tmp_path, monkeypatch):  # noqa: F811
    import gzip

    monkeypatch.setattr(dashboard, "MAX_INFLATED_BUNDLE_BYTES", 200_000)
    data = _bundle(usb_pc, tmp_path) + gzip.compress(b"\x00" * 1_000_000)
    answer = _upload(hub.url, data)
    assert answer.status_code == 413 and "quá lớn" in answer.text


def test_a_form_with_two_files_is_refused(hub):  # noqa: F811
    answer = operator_post(hub.url, "/bundles", timeout=30, files=[
        ("bundle", ("a.tutorsync", b"a", "application/octet-stream")),
        ("bundle", ("b.tutorsync", b"b", "application/octet-stream"))])
    assert answer.status_code == 400


def test_a_bundle_from_an_unenrolled_pc_is_refused(hub, make_pc, tmp_path):  # noqa: F811
    stranger = make_pc("stranger")
    stranger.add_events(2)
    answer = _upload(hub.url, _bundle(stranger, tmp_path))
    assert answer.status_code == 422
    assert hub.storage.device_events(stranger.ws.device_id) == []


# -- wording --------------------------------------------------------------------------------


@pytest.mark.parametrize("seconds, words", [
    (0, "0 giây"), (59, "59 giây"), (60, "1 phút"), (-90, "2 phút"), (3 * 3600, "3 giờ"),
    (86400 * 2, "2 ngày"), (86400 * 45, "1 tháng"), (FIVE_YEARS.total_seconds(), "5 năm"),
    (-2 * 365.25 * 86400, "2 năm"),
])
def test_durations_read_naturally(seconds, words):
    assert humanize_duration(seconds) == words


def test_clock_warning_says_which_way():
    assert clock_warning(2 * 365.25 * 86400) == "Đồng hồ máy lệch 2 năm (chậm hơn máy chủ)"
    assert clock_warning(-3 * 3600) == "Đồng hồ máy lệch 3 giờ (nhanh hơn máy chủ)"


def test_counts_group_thousands_with_dots():
    assert [format_count(n) for n in (0, 999, 1000, 1234567)] == ["0", "999", "1.000", "1.234.567"]


def test_the_program_upload_answers_json_with_the_vietnamese_message(hub, usb_pc, tmp_path):  # noqa: F811
    import httpx

    data = _bundle(usb_pc, tmp_path)
    first = httpx.post(hub.url + "/v1/bundles", files={"bundle": ("b.tutorsync", data)})
    assert first.status_code == 200
    assert first.json()["ok"] is True and first.json()["new_events"] == 7   # 5 of its 12 went by network
    again = httpx.post(hub.url + "/v1/bundles", files={"bundle": ("b.tutorsync", data)})
    assert again.json()["new_events"] == 0
    garbage = httpx.post(hub.url + "/v1/bundles", files={"bundle": ("b.tutorsync", b"not a bundle")})
    assert garbage.status_code == 422 and garbage.json()["ok"] is False and "hỏng" in garbage.json()["message"]
