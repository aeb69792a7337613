"""The hub's web pages for operators: the dashboard at ``/``, the certificate check, the USB upload.

Server-rendered HTML (Jinja2, autoescaped: learner and PC names come from villagers'
PCs and may hold anything), no JavaScript, one small stylesheet that reads on a phone,
a laptop and on paper. The pages only read through HubStorage (overview,
find_certificate) and import bundles through tutor.hub.bundles, exactly like
``tutor-hub import-bundle``; they add no state of their own.

Routes (kept out of the OpenAPI description, which documents the sync API):
  GET  /?trang=N                   the dashboard, 50 PCs a page (an operator's session)
  GET/POST /dang-nhap, POST /dang-xuat   operators sign in and out (tutor.hub.operators)
  GET  /certificates?code=C&name=N is this certificate genuine? (public, rate-limited; the
                                   number alone never names anyone: the holder's name must match)
  POST /bundles                    a USB sync bundle (multipart "bundle" + "csrf"; an operator's session)
  POST /v1/bundles                 the same for programs (JSON answer; the bundle's signature suffices)
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from tutor import __version__
from tutor.clock import Clock
from tutor.errors import TutorError
from tutor.hub.bundles import MAX_INFLATED_BUNDLE_BYTES, BundleError, BundleTooLarge, import_bundle
from tutor.hub.operators import ROLE_NAMES_VI, SESSION_TTL, Operator, Session
from tutor.hub.projections import normalize_typed_code
from tutor.hub.ratelimit import RateLimiter
from tutor.hub.reporting.web import register_reporting
from tutor.hub.storage import CertificateRecord, DeviceSummary, HubError, HubOverview, HubStorage, SiteSummary
from tutor.hub.trust import hub_private_key
from tutor.progress.certificates import CROCKFORD
from tutor.sync.bundle import BUNDLE_SUFFIX
from tutor.sync.protocol import CLOCK_FLAG_SECONDS, PROTOCOL_VERSION, WireError
from tutor.sync.signing import public_key_b64
from tutor.teacher.passwords import burn_time, verify_password

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).with_name("templates")

# A classroom's bundle is a few MB; a volunteer's stick after months of many PCs can be
# large. Past this the upload is refused while it streams in, before it fills the disk.
MAX_UPLOAD_BYTES = 200 * 1024 * 1024
# Room for the multipart envelope around the file (boundaries, part headers).
_FORM_OVERHEAD_BYTES = 64 * 1024
# A bundle is gzip'd JSON: tutor.hub.bundles inflates it in bounded chunks and parses it
# incrementally, so a small file that inflates to gigabytes (a "zip bomb") is refused early.
_COPY_CHUNK = 1024 * 1024

MAX_NAME_CHARS = 200
MAX_CODE_CHARS = 200  # a verification code is 103 characters plus the dashes a person types
_CODE_LENGTHS = (8, 103)  # the certificate number, the full verification code

NEVER_SYNCED = "chưa đồng bộ"

# --- Vietnamese wording ---------------------------------------------------------------------

_UNITS = (
    ("năm", 365.25 * 86400), ("tháng", 30.44 * 86400), ("ngày", 86400),
    ("giờ", 3600), ("phút", 60), ("giây", 1),
)


def humanize_duration(seconds: float) -> str:
    """ "2 năm", "3 tháng", "5 phút": the largest unit that fits, rounded; never a fraction."""
    span = abs(seconds)
    for unit, size in _UNITS:
        if span >= size:
            return f"{round(span / size)} {unit}"
    return "0 giây"


def clock_warning(offset_s: float) -> str:
    """What a teacher reads for a PC whose clock is off. offset = hub time - PC time."""
    side = "chậm hơn" if offset_s > 0 else "nhanh hơn"
    return f"Đồng hồ máy lệch {humanize_duration(offset_s)} ({side} máy chủ)"


def format_count(n: int) -> str:
    """12345 -> "12.345": Vietnamese groups thousands with dots."""
    return f"{n:,}".replace(",", ".")


def format_time(moment: datetime, tz: tzinfo | None) -> str:
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return local.strftime("%d/%m/%Y %H:%M")


def time_ago(moment: datetime, now: datetime) -> str:
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "vừa xong"
    return f"{humanize_duration(seconds)} trước"


# --- what the templates show ---------------------------------------------------------------


@dataclass(frozen=True)
class LevelBar:
    level: int
    learners: int
    percent: int  # of the site's largest level, for the bar's width


@dataclass(frozen=True)
class SiteView:
    name: str
    created: str
    devices: str
    learners: str
    levels: list[LevelBar]
    lessons_completed: str
    certificates_issued: str


@dataclass(frozen=True)
class DeviceView:
    name: str
    device_id: str
    site: str
    is_relay: bool
    last_sync: str
    last_sync_ago: str
    clock: str
    clock_flagged: bool
    revoked: bool
    events_held: str


def site_view(site: SiteSummary, tz: tzinfo | None) -> SiteView:
    widest = max(site.learners_per_level.values(), default=0)
    bars = [LevelBar(level, count, round(100 * count / widest) if widest else 0)
            for level, count in sorted(site.learners_per_level.items())]
    return SiteView(site.name, format_time(site.created_at, tz), format_count(site.device_count),
                    format_count(site.learner_count), bars, format_count(site.lessons_completed),
                    format_count(site.certificates_issued))


def device_view(device: DeviceSummary, now: datetime, tz: tzinfo | None) -> DeviceView:
    offset = device.last_clock_offset_s
    if offset is None:
        clock = "—"
    elif device.clock_flagged:
        clock = clock_warning(offset)
    elif abs(offset) >= 60:
        clock = f"Lệch {humanize_duration(offset)}"
    else:
        clock = "Đúng giờ"
    synced = device.last_sync_at
    return DeviceView(
        name=device.device_name, device_id=device.device_id, site=device.site_name,
        is_relay=device.is_relay,
        last_sync=format_time(synced, tz) if synced else NEVER_SYNCED,
        last_sync_ago=time_ago(synced, now) if synced else "",
        clock=clock, clock_flagged=device.clock_flagged, revoked=device.revoked,
        events_held=format_count(device.events_held))


@dataclass(frozen=True)
class CertificateView:
    verdict: str         # "genuine" | "tampered" | "not_found" | "bad_code"
    message: str
    record: CertificateRecord | None = None
    issued_on: str = ""


def _issued_on(record: CertificateRecord) -> str:
    """The signed calendar date (YYYY-MM-DD) as printed in Vietnam: 21/11/2026."""
    try:
        return datetime.strptime(record.issued_on, "%Y-%m-%d").strftime("%d/%m/%Y")
    except ValueError:
        return record.issued_on


def certificate_code_problem(code: str) -> str | None:
    """None when ``code`` could be a certificate number or code; else why not, in Vietnamese."""
    if len(code) > MAX_CODE_CHARS:
        return "Mã quá dài. Hãy gõ số chứng nhận (8 ký tự, ví dụ AB12-CD34)."
    cleaned = normalize_typed_code(code)
    if any(ch not in CROCKFORD for ch in cleaned) or len(cleaned) not in _CODE_LENGTHS:
        return ("Mã này không đúng dạng. Số chứng nhận có 8 ký tự (chữ in hoa và chữ số, ví dụ AB12-CD34);"
                " mã kiểm tra dài có 103 ký tự.")
    return None


# --- the routes ----------------------------------------------------------------------------


class _UploadTooLarge(Exception):
    pass


def _capped_receive(receive: Any, limit: int) -> Any:
    """The ASGI receive channel, refusing once more than ``limit`` body bytes have come in."""
    seen = 0

    async def capped() -> dict[str, Any]:
        nonlocal seen
        message = await receive()
        if message.get("type") == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _UploadTooLarge()
        return message

    return capped


@dataclass(frozen=True)
class UploadOutcome:
    status: int
    title: str
    message: str
    detail: str = ""
    ok: bool = False
    new_events: int = 0


# The first bundle of a PC enrolled offline (tutor.sync.offline_enrollment) can be refused for these.
OFFLINE_REFUSALS = {
    "offline_token_used": "Tệp đăng ký mà máy này dùng đã được một máy khác dùng rồi. Mỗi tệp chỉ dùng cho một máy.",
    "offline_token_expired": "Tệp đăng ký mà máy này dùng đã hết hạn.",
    "bad_offline_token": "Máy chủ không biết tệp đăng ký mà máy này dùng.",
    "device_exists": "Mã của máy này đã được một máy khác đăng ký.",
}


def _bundle_refusal(exc: Exception) -> UploadOutcome:
    if isinstance(exc, BundleError):
        return UploadOutcome(422, "Không nhận được tệp", exc.user_message,
                             "Không có dữ liệu nào được lưu. Hãy ghi lại tệp từ máy tính đó rồi thử lại.")
    if isinstance(exc, HubError) and exc.code == "not_your_site":
        return UploadOutcome(403, "Không nhận được tệp",
                             "Tệp này của một điểm học mà tài khoản của bạn không quản lý.",
                             "Không có dữ liệu nào được lưu. Hãy nhờ cán bộ quản lý điểm học đó gửi tệp.")
    if isinstance(exc, HubError) and exc.code == "unknown_device":
        return UploadOutcome(403, "Không nhận được tệp",
                             "Máy tính làm ra tệp này chưa đăng ký với máy chủ này.",
                             "Hãy đăng ký máy đó với máy chủ (mã đăng ký của điểm học) rồi thử lại.")
    if isinstance(exc, HubError) and exc.code in OFFLINE_REFUSALS:
        return UploadOutcome(exc.status, "Không nhận được tệp", OFFLINE_REFUSALS[exc.code],
                             "Không có dữ liệu nào được lưu. Hãy làm tệp đăng ký mới cho máy đó"
                             " (tutor-hub site offline-enrollment).")
    if isinstance(exc, HubError):
        return UploadOutcome(exc.status if 400 <= exc.status < 500 else 422, "Không nhận được tệp",
                             "Máy chủ không nhận tệp này.", "Không có dữ liệu nào được lưu.")
    return UploadOutcome(422, "Không nhận được tệp", "Tệp dữ liệu USB bị hỏng. Không nhập tệp này.",
                         "Không có dữ liệu nào được lưu.")


DEVICES_PER_PAGE = 50
SESSION_COOKIE = "hub_session"
LOGIN_CSRF_COOKIE = "hub_login_csrf"
# Slowing guessing down: a certificate number with a name, an operator's password.
CERTIFICATE_LOOKUPS_PER_MINUTE = 10
LOGIN_FAILURES_PER_15_MIN = 10


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def _secure(request: Request) -> bool:
    """Cookies get Secure where the hub is reached over HTTPS (directly or behind a proxy that says so)."""
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "").lower() == "https"


def _set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict", secure=_secure(request),
                        path="/")


def fold_name(name: str) -> str:
    """How a typed holder's name is compared: no accents, no case, single spaces ("Đỗ  Thị Lan" = "do thi lan")."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def register_dashboard(app: FastAPI, storage: HubStorage, clock: Clock, tz: tzinfo | None = None) -> None:
    """Add the operators' pages to the hub's app. ``tz``: how times are shown (None: the hub machine's zone).

    Every page but the certificate check needs an operator's session; each operator sees
    only the sites of their role (tutor.hub.operators). Every form carries a CSRF token.
    """
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    # Globals, so the form macros (imported without context) see them too.
    env.globals.update({
        "hub_version": __version__, "protocol_version": PROTOCOL_VERSION,
        "max_upload": humanize_bytes(MAX_UPLOAD_BYTES), "bundle_suffix": BUNDLE_SUFFIX,
        "clock_flag": humanize_duration(CLOCK_FLAG_SECONDS), "role_names": ROLE_NAMES_VI,
    })
    certificate_limit = RateLimiter(CERTIFICATE_LOOKUPS_PER_MINUTE, 60.0, clock.monotonic)
    login_limit = RateLimiter(LOGIN_FAILURES_PER_15_MIN, 15 * 60.0, clock.monotonic)

    def page(template: str, status: int = 200, **values: Any) -> HTMLResponse:
        html = env.get_template(template).render(**values)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    async def current_session(request: Request) -> Session | None:
        token = request.cookies.get(SESSION_COOKIE, "")
        return await run_in_threadpool(storage.operators.session, token, clock.now()) if token else None

    def to_login() -> RedirectResponse:
        return RedirectResponse("/dang-nhap", status_code=303, headers={"Cache-Control": "no-store"})

    def csrf_ok(session: Session, sent: Any) -> bool:
        return isinstance(sent, str) and hmac.compare_digest(sent.encode(), session.csrf_token.encode())

    async def overview_views(session: Session, page_no: int) -> dict[str, Any]:
        now = clock.now()
        scope = session.operator.site_ids
        overview: HubOverview = await run_in_threadpool(
            storage.overview, now, scope, (page_no - 1) * DEVICES_PER_PAGE, DEVICES_PER_PAGE)
        pages = max(1, -(-overview.device_total // DEVICES_PER_PAGE))
        if page_no > pages:  # past the end (PCs were removed, or a typed URL): the last page
            return await overview_views(session, pages)
        devices = [device_view(d, now, tz) for d in overview.devices]
        return {
            "sites": [site_view(s, tz) for s in overview.sites], "devices": devices,
            "any_flagged": overview.flagged_total > 0, "device_total": format_count(overview.device_total),
            "page_no": page_no, "pages": pages, "generated_at": format_time(now, tz),
            "operator": session.operator, "csrf": session.csrf_token,
        }

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def dashboard(request: Request, trang: str = "1") -> Response:
        session = await current_session(request)
        if session is None:
            return to_login()
        page_no = int(trang) if trang.isdigit() and len(trang) < 7 else 1  # a typed-over URL shows page 1
        return page("dashboard.html", **await overview_views(session, max(1, page_no)))

    # -- signing in and out ----------------------------------------------------------------

    @app.get("/dang-nhap", response_class=HTMLResponse, include_in_schema=False)
    async def login_form(request: Request) -> Response:
        if await current_session(request) is not None:
            return RedirectResponse("/", status_code=303)
        return _login_page(request, page, 200, "")

    @app.post("/dang-nhap", response_class=HTMLResponse, include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=8)
        sent, expected = form.get("csrf"), request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not expected or not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), expected.encode()):
            return _login_page(request, page, 403, "Trang đăng nhập đã cũ. Hãy đăng nhập lại.")
        client = _client(request)
        if not login_limit.allow(client):
            log.info("dashboard sign-in refused: too many failures from %s", client)
            return _login_page(request, page, 429, "Đăng nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại.")
        username, password = str(form.get("username") or "")[:200], str(form.get("password") or "")[:1000]
        operator = await run_in_threadpool(_check_password, storage, username, password)
        if operator is None:
            log.info("dashboard sign-in failed for %r from %s", username, client)
            return _login_page(request, page, 401, "Tên đăng nhập hoặc mật khẩu không đúng.", username)
        token, _csrf = await run_in_threadpool(storage.operators.start_session, operator, clock.now())
        log.info("dashboard sign-in: %s (%s) from %s", operator.username, operator.role, client)
        response = RedirectResponse("/", status_code=303)
        _set_cookie(response, request, SESSION_COOKIE, token, int(SESSION_TTL.total_seconds()))
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
        return response

    @app.post("/dang-xuat", include_in_schema=False)
    async def logout(request: Request) -> Response:
        session = await current_session(request)
        if session is None:
            return to_login()
        form = await request.form(max_files=0, max_fields=4)
        if not csrf_ok(session, form.get("csrf")):
            return page("message.html", status=403, title="Không đăng xuất được",
                        message="Trang đã cũ. Hãy tải lại trang rồi bấm Đăng xuất.")
        await run_in_threadpool(storage.operators.end_session, request.cookies.get(SESSION_COOKIE, ""))
        response = to_login()
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # -- the public certificate check -------------------------------------------------------

    @app.get("/certificates", response_class=HTMLResponse, include_in_schema=False)
    async def certificate_check(request: Request, code: str = "", name: str = "") -> HTMLResponse:
        typed, typed_name = code.strip(), " ".join(name.split())[:MAX_NAME_CHARS]
        if not typed and not typed_name:
            return page("certificate.html", code="", name="", result=None)
        problem = certificate_code_problem(typed) if typed else "Hãy gõ số chứng nhận in trên giấy."
        if problem is None and not fold_name(typed_name):
            problem = "Hãy gõ cả họ và tên người được cấp, như in trên giấy chứng nhận."
        if problem:
            return page("certificate.html", status=400, code=typed[:MAX_CODE_CHARS], name=typed_name,
                        result=CertificateView("bad_code", problem))
        client = _client(request)
        if not certificate_limit.allow(client):
            log.info("certificate check refused: too many lookups from %s", client)
            wait = max(1, round(certificate_limit.retry_after_s(client)))
            return page("certificate.html", status=429, code=typed, name=typed_name, result=CertificateView(
                "bad_code", f"Bạn đã kiểm tra quá nhiều lần. Hãy đợi {humanize_duration(wait)} rồi thử lại."))
        record = await run_in_threadpool(storage.find_certificate, typed)
        # The number alone never tells whose it is: without the holder's name, "not found".
        if record is None or fold_name(record.learner_name) != fold_name(typed_name):
            result = CertificateView("not_found", "Không tìm thấy chứng nhận khớp với số và họ tên này.")
            return page("certificate.html", status=404, code=typed, name=typed_name, result=result)
        if record.genuine:
            result = CertificateView("genuine", "Chứng nhận thật", record, _issued_on(record))
        else:
            result = CertificateView("tampered", "Mã này không khớp: chứng nhận có thể đã bị sửa.", record,
                                     _issued_on(record))
        return page("certificate.html", code=typed, name=typed_name, result=result)

    # Issue 18: the reporting pages (/bao-cao), with this dashboard's sessions and CSRF.
    register_reporting(app, storage, clock, page, current_session, to_login, csrf_ok, tz)

    # -- USB bundles ---------------------------------------------------------------------

    @app.post("/bundles", response_class=HTMLResponse, include_in_schema=False)
    async def upload_bundle(request: Request) -> Response:
        session = await current_session(request)
        if session is None:
            return to_login()
        outcome = await _receive_bundle(request, storage, clock, session)
        return page("upload.html", status=outcome.status, outcome=outcome, csrf=session.csrf_token)

    @app.post("/v1/bundles")
    async def upload_bundle_api(request: Request) -> JSONResponse:
        """The same upload for programs (a volunteer's laptop delivering what it carries):
        multipart field "bundle"; the answer is JSON with the Vietnamese message. Open like
        the sync API's enrollment: only a bundle signed by an enrolled PC's own key is taken."""
        outcome = await _receive_bundle(request, storage, clock, None)
        return JSONResponse({"ok": outcome.ok, "title": outcome.title, "message": outcome.message,
                             "detail": outcome.detail, "new_events": outcome.new_events},
                            status_code=outcome.status)


def _login_page(request: Request, page: Callable[..., HTMLResponse], status: int, message: str,
                username: str = "") -> HTMLResponse:
    """The sign-in form with a fresh CSRF token, also set as a cookie (no session exists yet)."""
    token = secrets.token_urlsafe(24)
    response = page("login.html", status=status, message=message, username=username, csrf=token)
    _set_cookie(response, request, LOGIN_CSRF_COOKIE, token, 3600)
    return response


def _check_password(storage: HubStorage, username: str, password: str) -> Operator | None:
    found = storage.operators.for_login(username) if username.strip() else None
    if found is None:
        burn_time(password)  # an unknown name answers as slowly as a wrong password
        return None
    operator, stored = found
    return operator if verify_password(password, stored) else None


def humanize_bytes(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


async def _receive_bundle(request: Request, storage: HubStorage, clock: Clock,
                          session: Session | None) -> UploadOutcome:
    """``session``: the signed-in operator (the HTML form, which must echo the CSRF token and
    may bring only their sites' bundles), or None for the program upload (any enrolled PC)."""
    too_large = UploadOutcome(413, "Tệp quá lớn",
                              f"Tệp lớn hơn {humanize_bytes(MAX_UPLOAD_BYTES)}. Máy chủ không nhận tệp này.",
                              "Hãy ghi tệp riêng cho từng máy tính, rồi gửi từng tệp.")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + _FORM_OVERHEAD_BYTES:
        return too_large
    capped = Request(request.scope, _capped_receive(request.receive, MAX_UPLOAD_BYTES + _FORM_OVERHEAD_BYTES))
    try:
        try:
            form = await capped.form(max_files=1, max_fields=8)
        except _UploadTooLarge:
            return too_large
        except (StarletteHTTPException, ValueError, KeyError) as exc:
            log.info("bundle upload: unreadable form: %s", exc)
            return UploadOutcome(400, "Chưa có tệp", "Không đọc được tệp gửi lên. Hãy chọn tệp rồi bấm Gửi tệp.")
        upload = form.get("bundle")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return UploadOutcome(400, "Chưa có tệp",
                                 f"Hãy chọn một tệp dữ liệu USB (tên kết thúc bằng {BUNDLE_SUFFIX}) rồi bấm Gửi tệp.")
        if session is not None and not hmac.compare_digest(
                str(form.get("csrf") or "").encode(), session.csrf_token.encode()):
            return UploadOutcome(403, "Không nhận được tệp", "Trang đã cũ. Hãy tải lại trang rồi gửi tệp lại.")
        fd, name = tempfile.mkstemp(prefix="tutor-hub-upload-", suffix=BUNDLE_SUFFIX)
        path = Path(name)
        try:
            try:
                with os.fdopen(fd, "wb") as out:
                    await run_in_threadpool(shutil.copyfileobj, upload.file, out, _COPY_CHUNK)
            except OSError as exc:  # the hub's disk is full: the sender did nothing wrong
                log.warning("bundle upload: cannot keep the file: %s", exc)
                return UploadOutcome(507, "Máy chủ hết chỗ trống",
                                     "Máy chủ không còn đủ chỗ trống để nhận tệp này.",
                                     "Không có dữ liệu nào được lưu. Hãy dọn bớt ổ đĩa của máy chủ rồi thử lại.")
            return await run_in_threadpool(_import_file, storage, clock, path,
                                           session.operator if session is not None else None)
        finally:
            path.unlink(missing_ok=True)
    finally:
        await capped.close()


def _import_file(storage: HubStorage, clock: Clock, path: Path, operator: Operator | None) -> UploadOutcome:
    """Import through the same path as ``tutor-hub import-bundle``; count what was new."""
    now = clock.now()
    held_before: dict[str, int] = {}

    def before_store(device_id: str, site_id: str) -> None:
        if operator is not None and not operator.sees(site_id):
            raise HubError(403, "not_your_site", "this bundle's PC belongs to a site this operator does not manage")
        held_before.update({d.device_id: d.events_held for d in storage.overview(now, device_id=device_id).devices})

    try:
        result = import_bundle(storage, path, now, MAX_INFLATED_BUNDLE_BYTES, before_store,
                               hub_key=public_key_b64(hub_private_key(storage)))
    except BundleTooLarge:
        return UploadOutcome(413, "Tệp quá lớn", "Dữ liệu trong tệp quá lớn. Máy chủ không nhận tệp này.",
                             "Không có dữ liệu nào được lưu.")
    except (TutorError, HubError, WireError) as exc:
        log.info("bundle upload refused: %s", getattr(exc, "log_message", None) or exc)
        return _bundle_refusal(exc)
    device = next(iter(storage.overview(clock.now(), device_id=result.device_id).devices), None)
    new = (device.events_held if device else 0) - held_before.get(result.device_id, 0)
    who = f"{device.device_name} ({device.site_name})" if device else result.device_id
    if new > 0:
        detail = f"Tệp có {format_count(result.events_in_bundle)} bản ghi."
    elif result.events_in_bundle:
        detail = "Máy chủ đã có đủ các bản ghi trong tệp này (tệp đã được nhập trước đây)."
    else:
        detail = "Tệp không có bản ghi nào: máy đó đã đồng bộ hết trước khi ghi tệp."
    return UploadOutcome(200, "Đã nhận tệp", f"Đã nhận {format_count(max(new, 0))} bản ghi mới từ máy {who}.",
                         detail, ok=True, new_events=max(new, 0))


__all__ = [
    "MAX_UPLOAD_BYTES", "NEVER_SYNCED", "certificate_code_problem", "clock_warning", "format_count",
    "humanize_duration", "register_dashboard",
]
