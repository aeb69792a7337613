"""The reporting pages of the hub's dashboard (issue 18).

  GET  /bao-cao?quy=2026Q4           figures per group and site, progress against targets,
                                     monthly and quarterly trend (inline SVG), certificates
  GET  /bao-cao/tai-ve?quy=…&dang=pdf|xlsx   the same quarter as a file
  POST /bao-cao/dan-so               a site's target population for a group (csrf)
  POST /bao-cao/muc-tieu             the province's goal for a group (csrf; province operators)

Each operator sees the sites of their role. Names of learners (on certificate lists) are
shown to a commune operator only; district and province operators see counts and numbers.
"""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from tutor.hub.operators import Operator
from tutor.hub.reporting.figures import ALL, GROUP_ORDER, BadQuarter, Quarter, group_name, quarter_figures
from tutor.hub.reporting.tables import headline, report_charts, report_tables

MAX_POPULATION = 100_000_000
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def names_shown(operator: Operator) -> bool:
    """Names stay with the site's teachers and operators: a commune operator's own sites."""
    return operator.role == "commune" and operator.site_ids is not None


def register_reporting(app: FastAPI, storage: Any, clock: Any, page: Any, current_session: Any, to_login: Any,
                       csrf_ok: Any, tz: Any = None) -> None:

    def today() -> date:
        now = clock.now()
        return (now.astimezone(tz) if tz is not None else now.astimezone()).date()

    def scope(operator: Operator) -> list[str] | None:
        return None if operator.site_ids is None else sorted(operator.site_ids)

    async def view(request: Request, quy: str, message: str = "", status: int = 200) -> Response:
        session = await current_session(request)
        if session is None:
            return to_login()
        try:
            quarter = Quarter.parse(quy) if quy else Quarter.containing(today())
        except BadQuarter as exc:
            quarter, message, status = Quarter.containing(today()), exc.user_message, 400
        operator = session.operator
        fig = await run_in_threadpool(quarter_figures, storage, quarter, today(), scope(operator),
                                      names_shown(operator))
        return page("report.html", status=status, fig=fig, quarter=quarter, tables=report_tables(fig),
                    headline=headline(fig), charts=[(t, Markup(svg)) for t, svg in report_charts(fig)],
                    previous=quarter.previous(), operator=operator, csrf=session.csrf_token, message=message,
                    sites=fig.sites(), groups=[(g, group_name(g)) for g in GROUP_ORDER],
                    goal_groups=[(g, group_name(g)) for g in [ALL, *GROUP_ORDER]],
                    may_set_goals=operator.site_ids is None)

    @app.get("/bao-cao", response_class=HTMLResponse, include_in_schema=False)
    async def report_page(request: Request, quy: str = "") -> Response:
        return await view(request, quy)

    @app.get("/bao-cao/tai-ve", include_in_schema=False)
    async def report_file(request: Request, quy: str = "", dang: str = "pdf") -> Response:
        from tutor.hub.reporting.pdf import NoFont, write_pdf
        from tutor.hub.reporting.report import file_stem
        from tutor.hub.reporting.xlsx import write_xlsx

        session = await current_session(request)
        if session is None:
            return to_login()
        try:
            quarter = Quarter.parse(quy)
        except BadQuarter as exc:
            return await view(request, "", exc.user_message, 400)
        operator = session.operator
        fig = await run_in_threadpool(quarter_figures, storage, quarter, today(), scope(operator),
                                      names_shown(operator))
        kind = "xlsx" if dang == "xlsx" else "pdf"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{file_stem(quarter)}.{kind}"
            writer = write_xlsx if kind == "xlsx" else write_pdf
            try:
                await run_in_threadpool(writer, fig, "Máy chủ đồng bộ", path)
            except NoFont as exc:   # the spreadsheet still works; the page says what to install
                return await view(request, str(quarter), exc.user_message, 500)
            body = path.read_bytes()
        media = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" if kind == "xlsx"
                 else "application/pdf")
        return Response(body, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="{path.name}"', "Cache-Control": "no-store"})

    async def signed_form(request: Request) -> tuple[Any, Any, str, Response | None]:
        """The signed-in operator's session and form, the quarter the page showed, and the
        answer to give instead when the session is gone or the form's CSRF token is stale."""
        session = await current_session(request)
        if session is None:
            return None, None, "", to_login()
        form = await request.form()
        quy = str(form.get("quy", ""))
        if not csrf_ok(session, form.get("csrf")):
            return session, form, quy, await view(
                request, quy, "Phiên làm việc đã hết hạn. Hãy tải lại trang rồi gửi lại.", 403)
        return session, form, quy, None

    @app.post("/bao-cao/dan-so", response_class=HTMLResponse, include_in_schema=False)
    async def set_population(request: Request) -> Response:
        session, form, quy, refused = await signed_form(request)
        if refused is not None:
            return refused
        site_id, group = str(form.get("site", "")), str(form.get("group", ""))
        text = str(form.get("population", "")).strip().replace(".", "").replace(" ", "")
        if not session.operator.sees(site_id) or group not in GROUP_ORDER:
            return await view(request, quy, "Hãy chọn một điểm học và một nhóm trong danh sách.", 400)
        if not text.isdigit() or int(text) > MAX_POPULATION:
            return await view(request, quy, f"“{text[:40]}” không phải là một số người. Hãy nhập một số, ví dụ 3200.",
                              400)
        await run_in_threadpool(storage.reporting.set_population, site_id, group, int(text), clock.now())
        return await view(request, quy, "Đã lưu dân số mục tiêu.")

    @app.post("/bao-cao/muc-tieu", response_class=HTMLResponse, include_in_schema=False)
    async def set_goal(request: Request) -> Response:
        session, form, quy, refused = await signed_form(request)
        if refused is not None:
            return refused
        if session.operator.site_ids is not None:
            return await view(request, quy, "Chỉ cán bộ tỉnh đặt mục tiêu của tỉnh.", 403)
        group, due = str(form.get("group", "")), str(form.get("due_on", "")).strip()
        try:
            trained = float(str(form.get("trained", "")).replace(",", "."))
            proficient = float(str(form.get("proficient", "")).replace(",", "."))
            date.fromisoformat(due)
            ok = group in (ALL, *GROUP_ORDER) and 0 <= trained <= 100 and 0 <= proficient <= 100 and _DAY.match(due)
        except ValueError:
            ok = False
        if not ok:
            return await view(request, quy, "Hãy nhập tỉ lệ từ 0 đến 100 và ngày theo dạng năm-tháng-ngày, "
                                            "ví dụ 2026-12-31.", 400)
        await run_in_threadpool(storage.reporting.set_goal, group, trained, proficient, due, clock.now())
        return await view(request, quy, "Đã lưu mục tiêu.")
