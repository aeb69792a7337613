"""The dashboard's catalogue page for signed-in operators: what the catalogue holds, and an
upload form. An uploaded file goes through the same checks as `tutor-hub catalogue add`
(SHA-256 when given, a pack's signature, a model's header) and is then wanted for the
operator's own sites (every site for a province operator)."""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from tutor.clock import Clock
from tutor.hub.catalogue.items import CatalogueItem, CatalogueRefused
from tutor.hub.catalogue.store import ALL_SITES, CatalogueStore
from tutor.hub.dashboard import SESSION_COOKIE, TEMPLATES
from tutor.hub.storage import HubStorage

log = logging.getLogger(__name__)

PAGE = "/danh-muc"
KIND_NAMES = {"pack": "Gói bài học", "model": "Mô hình AI", "voice": "Giọng đọc"}


@dataclass(frozen=True)
class Outcome:
    """What the catalogue page tells the operator after an upload."""

    ok: bool
    title: str
    message: str


def _size_text(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{max(1, n // 2**20)} MB"


def _voice_config(upload: UploadFile) -> dict[str, Any]:
    """The uploaded NAME.onnx.json, checked like `catalogue add` checks the file beside a voice."""
    import tempfile
    from pathlib import Path

    from tutor.hub.catalogue.items import MAX_VOICE_CONFIG, read_voice_config

    raw = upload.file.read(MAX_VOICE_CONFIG + 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "voice.onnx.json"
        path.write_bytes(raw)
        return read_voice_config(path)


def register_upload(app: FastAPI, storage: HubStorage, store: CatalogueStore, clock: Clock) -> None:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)

    async def session_of(request: Request):
        token = request.cookies.get(SESSION_COOKIE, "")
        return await run_in_threadpool(storage.operators.session, token, clock.now()) if token else None

    def page(session: Any, status: int = 200, outcome: Outcome | None = None) -> HTMLResponse:
        items = [{**i.to_json(), "label": i.label, "size_text": _size_text(i.size)} for i in store.items()]
        html = env.get_template("catalogue.html").render(items=items, kind_names=KIND_NAMES, outcome=outcome,
                                                          csrf=session.csrf_token)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    @app.get(PAGE, response_class=HTMLResponse, include_in_schema=False)
    async def catalogue_page(request: Request) -> Response:
        session = await session_of(request)
        if session is None:
            return RedirectResponse("/dang-nhap", status_code=303)
        return page(session)

    @app.post(PAGE, response_class=HTMLResponse, include_in_schema=False)
    async def catalogue_upload(request: Request) -> Response:
        session = await session_of(request)
        if session is None:
            return RedirectResponse("/dang-nhap", status_code=303)
        try:
            form = await request.form(max_files=2, max_fields=8)
        except (StarletteHTTPException, ValueError, KeyError) as exc:
            log.info("catalogue upload: unreadable form: %s", exc)
            return page(session, 400, Outcome(False, "Chưa có tệp", "Không đọc được tệp gửi lên. Hãy chọn lại tệp."))
        try:
            if not hmac.compare_digest(str(form.get("csrf") or "").encode(), session.csrf_token.encode()):
                return page(session, 403, Outcome(False, "Không nhận được tệp",
                                                  "Trang đã cũ. Hãy tải lại trang rồi gửi tệp lại."))
            upload = form.get("item")
            if not isinstance(upload, UploadFile) or not upload.filename:
                return page(session, 400, Outcome(False, "Chưa có tệp", "Hãy chọn một tệp rồi bấm Thêm vào danh mục."))
            sha = str(form.get("sha256") or "").strip().lower() or None
            licence = str(form.get("licence") or "").strip()[:100] or None
            try:
                config = None
                companion = form.get("config")
                if isinstance(companion, UploadFile) and companion.filename:
                    config = await run_in_threadpool(_voice_config, companion)
                item: CatalogueItem = await run_in_threadpool(
                    store.add_stream, upload.file, upload.filename, None, sha, licence, "operator",
                    clock.now, config)
            except CatalogueRefused as exc:
                log.info("catalogue upload refused: %s", exc.log_message)
                return page(session, 422, Outcome(False, "Không nhận tệp này", exc.user_message))
            operator = session.operator
            sites = [ALL_SITES] if operator.site_ids is None else sorted(operator.site_ids)
            for site in sites:
                await run_in_threadpool(store.want, site, [item.sha256])
            log.info("operator %s added %s %s to the catalogue", operator.username, item.kind, item.label)
            return page(session, 200, Outcome(True, "Đã nhận tệp", f"{item.label} sẽ được gửi về các máy tính "
                                              "sau lần đồng bộ tới."))
        finally:
            await form.close()
