"""Hub operators: the dashboard needs a sign-in, each role sees its sites, every form has a
CSRF token, and the public certificate check never names anyone from a number alone
(issue 13 items 10 and 13; issue 21 item 5: the PC list comes in pages)."""

from __future__ import annotations

import io
import re

import httpx
import pytest

from tests.hub.test_dashboard import (  # noqa: F401 - fixtures: a real hub, a real learning PC
    LearningPc,
    device_rows,
    enroll_pc,
    pass_first_lesson_and_level_one,
    sign_in,
    site_cards,
)
from tests.progress.helpers import PACK
from tests.sync.conftest import HUB_TIME, hub, make_pc  # noqa: F401
from tutor.clock import FakeClock
from tutor.hub.cli import main as hub_cli
from tutor.teacher.passwords import hash_password

PASSWORD = "mật khẩu đủ dài"


def make_operator(running, username: str, role: str, sites: list[str]) -> None:
    running.storage.operators.create(username, username, role, hash_password(PASSWORD), sites, running.clock.now())


@pytest.fixture
def two_sites(hub):  # noqa: F811
    """Xã Yên Lạc with PC "Máy Yên Lạc", Xã Đồng Tâm with PC "Máy Đồng Tâm"."""
    now = hub.clock.now()
    for site, pc in (("Xã Yên Lạc", "Máy Yên Lạc"), ("Xã Đồng Tâm", "Máy Đồng Tâm")):
        code = hub.new_site(site)
        hub.storage.enroll(code, f"dev-{pc}", pc, None, now)
    make_operator(hub, "xa.yenlac", "commune", ["Xã Yên Lạc"])
    make_operator(hub, "tinh", "province", [])
    return hub


def test_the_dashboard_needs_a_sign_in_and_shows_nothing_before(two_sites):
    answer = httpx.get(two_sites.url + "/", timeout=30)
    assert answer.status_code == 303 and answer.headers["location"] == "/dang-nhap"
    login = httpx.get(two_sites.url + "/", timeout=30, follow_redirects=True)
    assert login.status_code == 200 and "Đăng nhập" in login.text
    for secret in ("Yên Lạc", "Đồng Tâm", "dev-Máy"):
        assert secret not in login.text


def test_an_upload_without_a_session_stores_nothing(two_sites):
    answer = httpx.post(two_sites.url + "/bundles", files={"bundle": ("a.tutorsync", b"x")}, timeout=30)
    assert answer.status_code == 303 and answer.headers["location"] == "/dang-nhap"


def test_a_commune_operator_sees_only_their_site(two_sites):
    client, _csrf = sign_in(two_sites, "xa.yenlac", PASSWORD)
    page = client.get("/").text
    assert set(site_cards(page)) == {"Xã Yên Lạc"}
    assert [r["Máy tính"].split()[0:3] for r in device_rows(page)] == [["Máy", "Yên", "Lạc"]]
    assert "Đồng Tâm" not in page
    client.close()


def test_a_province_operator_sees_every_site(two_sites):
    client, _csrf = sign_in(two_sites, "tinh", PASSWORD)
    assert set(site_cards(client.get("/").text)) == {"Xã Yên Lạc", "Xã Đồng Tâm"}
    client.close()


def _login_csrf(client: httpx.Client) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/dang-nhap").text).group(1)


def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(two_sites):
    answers = []
    for username in ("xa.yenlac", "khong.co.ai"):
        with httpx.Client(base_url=two_sites.url, timeout=30) as client:
            answer = client.post("/dang-nhap", data={"csrf": _login_csrf(client), "username": username,
                                                      "password": "sai mật khẩu"})
            assert "hub_session" not in client.cookies
            answers.append((answer.status_code, "Tên đăng nhập hoặc mật khẩu không đúng." in answer.text))
    assert answers == [(401, True), (401, True)]


def test_sign_in_without_the_forms_csrf_token_is_refused(two_sites):
    with httpx.Client(base_url=two_sites.url, timeout=30) as client:
        _login_csrf(client)  # the cookie is set, but the form below does not echo it
        answer = client.post("/dang-nhap", data={"csrf": "forged", "username": "tinh", "password": PASSWORD})
        assert answer.status_code == 403 and "hub_session" not in client.cookies


def test_the_session_cookie_is_http_only_and_same_site_strict(two_sites):
    with httpx.Client(base_url=two_sites.url, timeout=30) as client:
        answer = client.post("/dang-nhap", data={"csrf": _login_csrf(client), "username": "tinh",
                                                  "password": PASSWORD})
        cookie = answer.headers["set-cookie"].lower()
        assert "hub_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_sign_out_needs_the_csrf_token_and_ends_the_session(two_sites):
    client, csrf = sign_in(two_sites, "tinh", PASSWORD)
    assert client.post("/dang-xuat", data={"csrf": "forged"}).status_code == 403
    assert client.get("/").status_code == 200          # a forged sign-out changed nothing
    assert client.post("/dang-xuat", data={"csrf": csrf}).status_code == 303
    assert client.get("/").status_code == 303          # back to the sign-in page
    client.close()


def test_an_upload_with_a_forged_csrf_token_is_refused(two_sites):
    client, _csrf = sign_in(two_sites, "tinh", PASSWORD)
    answer = client.post("/bundles", files={"bundle": ("a.tutorsync", b"x" * 100)}, data={"csrf": "forged"})
    assert answer.status_code == 403 and "Trang đã cũ" in answer.text
    client.close()


def test_revoking_or_a_new_password_ends_the_operators_sessions(two_sites):
    client, _csrf = sign_in(two_sites, "tinh", PASSWORD)
    two_sites.storage.operators.set_password("tinh", hash_password("mật khẩu mới hơn"))
    assert client.get("/").status_code == 303
    client, _csrf = sign_in(two_sites, "tinh", "mật khẩu mới hơn")
    two_sites.storage.operators.revoke("tinh", two_sites.clock.now())
    assert client.get("/").status_code == 303
    client.close()


def test_an_expired_session_signs_out(two_sites):
    from datetime import timedelta

    client, _csrf = sign_in(two_sites, "tinh", PASSWORD)
    two_sites.clock.advance(timedelta(hours=9).total_seconds())
    assert client.get("/").status_code == 303
    client.close()


# -- the PC list in pages ---------------------------------------------------------------------


def test_the_pc_list_comes_in_pages_of_50(two_sites):
    now = two_sites.clock.now()
    code = two_sites.new_site("Huyện Nhiều Máy")
    for n in range(118):
        two_sites.storage.enroll(code, f"many-{n:03d}", f"Máy {n:03d}", None, now)
    client, _csrf = sign_in(two_sites, "tinh", PASSWORD)
    pages = [device_rows(client.get("/", params={"trang": n}).text) for n in (1, 2, 3)]
    assert [len(p) for p in pages] == [50, 50, 20]
    names = [r["Máy tính"] for p in pages for r in p]
    assert len(set(names)) == 120
    first = client.get("/").text
    assert "trang 1/3" in first and 'href="/?trang=2#may-tinh"' in first
    assert len(first.encode()) < 120 * 1024
    for odd in ("0", "abc", "99999999", "-1"):
        assert client.get("/", params={"trang": odd}).status_code == 200
    assert len(device_rows(client.get("/", params={"trang": "7"}).text)) == 20   # past the end: the last page
    client.close()


# -- the public certificate check -------------------------------------------------------------


@pytest.fixture
def certified(hub, tmp_path):  # noqa: F811
    if not PACK.exists():
        pytest.skip("the bundled pack is not built (make pack)")
    pc = LearningPc(tmp_path / "learning", FakeClock(HUB_TIME))
    enroll_pc(pc, hub.url, hub.new_site("Xã Tân Cương"), "Máy 1")
    hoa, _ = pc.ws.learners.create("Bà Nguyễn Thị Hoa", "rice")
    certificate = pass_first_lesson_and_level_one(pc, hoa.learner_id)
    pc.engine().sync_once()
    yield hub, certificate
    pc.close()


def test_a_number_alone_never_shows_the_holders_name(certified):
    running, certificate = certified
    number = certificate.fields.certificate_id
    alone = httpx.get(running.url + "/certificates", params={"code": number}, timeout=30)
    assert alone.status_code == 400 and "Hãy gõ cả họ và tên" in alone.text
    wrong = httpx.get(running.url + "/certificates", params={"code": number, "name": "Trần Văn Nam"}, timeout=30)
    assert wrong.status_code == 404
    for answer in (alone, wrong):
        assert "Hoa" not in answer.text and "Chứng nhận thật" not in answer.text
    right = httpx.get(running.url + "/certificates", params={"code": number, "name": "ba nguyen thi hoa"},
                      timeout=30)
    assert right.status_code == 200 and "Chứng nhận thật" in right.text


def test_certificate_lookups_are_rate_limited(certified):
    running, certificate = certified
    params = {"code": certificate.fields.certificate_id, "name": "Người Đoán"}
    codes = [httpx.get(running.url + "/certificates", params=params, timeout=30).status_code for _ in range(11)]
    assert codes == [404] * 10 + [429]
    running.clock.advance(61)
    assert httpx.get(running.url + "/certificates", params=params, timeout=30).status_code == 404


# -- the command line -------------------------------------------------------------------------


def test_operator_commands(tmp_path, capsys):
    database = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert hub_cli(["--database", database, "site", "create", "Xã Yên Lạc"]) == 0
    stdin = io.StringIO(PASSWORD + "\n")
    from tutor.hub import cli

    from tutor.clock import SystemClock

    args = cli.build_parser().parse_args(["--database", database, "operator", "create", "xa.yenlac",
                                          "--role", "commune", "--site", "xã yên lạc", "--name", "Anh Hùng"])
    storage = cli.open_storage(database)
    try:
        assert cli.operator_command(args, storage, SystemClock(), stdin) == 0
        refused = cli.build_parser().parse_args(["--database", database, "operator", "create", "huyen",
                                                 "--role", "district"])
        assert cli.operator_command(refused, storage, SystemClock(), io.StringIO(PASSWORD + "\n")) == 2
    finally:
        storage.close()
    capsys.readouterr()
    assert hub_cli(["--database", database, "operator", "list"]) == 0
    listed = capsys.readouterr().out
    assert "xa.yenlac\tcommune\tAnh Hùng\tXã Yên Lạc" in listed and "active" in listed
    assert hub_cli(["--database", database, "operator", "revoke", "xa.yenlac"]) == 0
    assert hub_cli(["--database", database, "operator", "list"]) == 0
    assert "revoked" in capsys.readouterr().out
    assert hub_cli(["--database", database, "operator", "revoke", "xa.yenlac"]) == 1
