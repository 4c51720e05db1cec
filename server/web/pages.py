"""The web pages: the shopper page behind a QR code, the vendor console, the QR flyer.

No build step: small HTML shells rendered here, plain ES modules and CSS under
`static/`. The strings of the page chrome live in `static/i18n.json`, one table for the
pages and for the error page rendered here. A page's data comes from the JSON API; the
shell carries only what the page needs to start (`<script type="application/json">`).
"""

from __future__ import annotations

import html
import json
import logging
import secrets
from functools import cache
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from server.api.deps import DEVICE_COOKIE, device_of
from server.api.errors import Outage, outage, status_for
from server.domain import qr
from server.domain.errors import (
    DomainError,
    NotFound,
    QRTokenExpired,
    QRTokenUsed,
    QRTokenWithdrawn,
    StallClosed,
)
from server.domain.languages import SPOKEN
from server.settings import Settings

log = logging.getLogger("vyaparmitra.web")

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
CHROME_LANGUAGES = SPOKEN
"""Languages the page chrome is written in: every language the product speaks."""

router = APIRouter(include_in_schema=False)


def mount(app: FastAPI) -> None:
    """Serve the pages and their static files from `app`."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")


@cache
def strings() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = json.loads((STATIC / "i18n.json").read_text("utf-8"))
    return table


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text("utf-8"))


def chrome_language(
    accept_language: str | None, languages: tuple[str, ...] = CHROME_LANGUAGES
) -> str:
    """The first language of an `Accept-Language` header written in `languages` (the
    chrome's by default), else English. `q=0` refuses a language (RFC 9110), as does a
    weight that is not a number."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if not q > 0:  # q=0, or NaN
            continue
        ranked.append((-q, i, tag.strip().lower().split("-")[0]))
    for _, _, language in sorted(ranked):
        if language in languages:
            return language
    return "en"


NOTICES = HERE / "notices"
"""The short pages a shopper may land on outside the shopper page (after paying, an
unknown address): one table per language the product speaks (`notices/<code>.json`)."""


@cache
def notices(language: str) -> dict[str, Any]:
    """The notices' strings in `language` (one of `languages.SPOKEN`)."""
    table: dict[str, Any] = json.loads((NOTICES / f"{language}.json").read_text("utf-8"))
    return table


def notice_language(request: Request, known: str | None = None) -> str:
    """The language to tell a shopper something in: `known` (their account's, where the
    server knows whose page it is) if the product speaks it, else the browser's
    `Accept-Language`, else English."""
    if known in SPOKEN:
        return known
    return chrome_language(request.headers.get("accept-language"), SPOKEN)


def notice_page(
    request: Request, key: str, *, lang: str, status: int = 200, extra: str = ""
) -> HTMLResponse:
    """A small page (title and one line from the `key` notice in `lang`, then `extra`,
    already escaped HTML) with the pages' stylesheet and security headers."""
    title, text = notices(lang)[key]
    page = (
        f'<!doctype html><html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title>"
        '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
        '<link rel="stylesheet" href="/static/app.css"></head>'
        '<body class="error-page"><main id="main">'
        f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>{extra}</main></body></html>"
    )
    settings: Settings = request.app.state.settings
    return HTMLResponse(page, status_code=status, headers=security_headers(settings))


def _boot_json(data: dict[str, Any]) -> str:
    # Inside <script type="application/json">: no "</" may close the element early.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def security_headers(settings: Settings) -> dict[str, str]:
    """What every HTML page is served with (these pages, their error pages, and
    `/payment/result` on the payments router): only the server's own scripts and styles
    (no inline `style=` or `<script>`), never framed, no referrer, never cached."""
    public = urlsplit(settings.public_base_url)
    public_origin = f"{public.scheme}://{public.netloc}" if public.netloc else ""
    return {
        "Content-Security-Policy": (
            "default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src 'self' data: {public_origin}; connect-src 'self'; media-src 'self'; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
        ),
        "Referrer-Policy": "no-referrer",  # the shopper URL carries the QR token
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
    }


def _page(
    request: Request, template: str, *, lang: str, title: str, boot: dict[str, Any], status: int
) -> HTMLResponse:
    settings: Settings = request.app.state.settings
    body = _template(template).substitute(
        lang=html.escape(lang), title=html.escape(title), boot=_boot_json(boot)
    )
    return HTMLResponse(body, status_code=status, headers=security_headers(settings))


def error_page(request: Request, exc: Exception, unavailable: Outage | None = None) -> HTMLResponse:
    """A QR code that cannot be used, told plainly in the reader's language; a database
    or Redis outage (or a full pool) as the API answers it: 503 with `Retry-After`, a
    page saying to try again shortly, one warning line logged, no traceback (`unavailable`:
    the outage already told apart and logged)."""
    lang = chrome_language(request.headers.get("accept-language"))
    table = strings()[lang]
    headers = security_headers(request.app.state.settings)
    if unavailable is None and not isinstance(exc, DomainError):
        unavailable = outage(request, exc)
    if unavailable is not None:
        key, hint, code, status = "err_unavailable", "err_retry", unavailable.code, 503
        headers["Retry-After"] = str(unavailable.retry_after)
    elif isinstance(exc, DomainError):
        if isinstance(exc, QRTokenWithdrawn):  # before its parent: withdrawn is not expired
            key = "err_withdrawn"
        elif isinstance(exc, QRTokenExpired):
            key = "err_expired"
        elif isinstance(exc, QRTokenUsed):
            key = "err_used"
        elif isinstance(exc, StallClosed):
            key = "err_closed"
        elif isinstance(exc, NotFound):
            key = "err_gone"
        else:
            key = "err_invalid"
        hint, code, status = "err_hint", exc.code, status_for(exc)
        if status == 503:  # a DomainError may be an outage too (Razorpay): say when
            key, hint = "err_unavailable", "err_retry"
            headers["Retry-After"] = str(_retry_after(request))
    else:
        log.error("page failed", exc_info=exc)
        key, hint, code, status = "err_server", "err_retry", "internal_error", 500
    body = _template("error.html").substitute(
        lang=html.escape(lang),
        title=html.escape(table[key]),
        hint=html.escape(table[hint]),
        code=html.escape(code),
        app=html.escape(table["app_name"]),
    )
    return HTMLResponse(body, status_code=status, headers=headers)


def _retry_after(request: Request) -> int:
    settings: Settings = request.app.state.settings
    return int(settings.unavailable_retry_after_seconds)


DEVICE_COOKIE_SECONDS = 365 * 24 * 3600


@router.api_route("/s/{token}", methods=["GET", "HEAD"], response_class=HTMLResponse)
async def shopper_page(token: str, request: Request) -> HTMLResponse:
    """The page a scanned QR code opens, tied to the vendor behind it."""
    settings: Settings = request.app.state.settings
    try:
        async with request.app.state.sessions() as session, session.begin():
            _row, profile = await qr.open_stall(session, token, secret=settings.secret_keys)
            business_name = profile.business_name
    except Exception as exc:  # each told as a page: gone, closed, an outage (503), a fault
        return error_page(request, exc)
    lang = chrome_language(request.headers.get("accept-language"))
    page = _page(
        request,
        "shopper.html",
        lang=lang,
        title=business_name,
        boot={"token": token, "business_name": business_name},
        status=200,
    )
    if device_of(request) is None:
        # A random name for this phone, so that shoppers behind one market address are
        # counted apart at a stall (`stall_deals`); it names no one and holds nothing.
        page.set_cookie(
            DEVICE_COOKIE,
            secrets.token_urlsafe(16),
            max_age=DEVICE_COOKIE_SECONDS,
            path="/",
            secure=settings.public_base_url.startswith("https:"),
            httponly=True,
            samesite="lax",
        )
    return page


@router.api_route("/", methods=["GET", "HEAD"])
async def home() -> RedirectResponse:
    """The bare address, as typed or printed: the vendor's console (shoppers arrive by a
    stall's QR code, `/s/…`)."""
    return RedirectResponse("/vendor", status_code=307)


@router.api_route("/shop", methods=["GET", "HEAD"], response_class=HTMLResponse)
async def shopper_resume(request: Request) -> HTMLResponse:
    """The shopper page without a code: it resumes the visit this tab already started
    (after a reload, or back from the payment page)."""
    lang = chrome_language(request.headers.get("accept-language"))
    return _page(request, "shopper.html", lang=lang, title="VyaparMitra", boot={}, status=200)


@router.api_route("/vendor", methods=["GET", "HEAD"], response_class=HTMLResponse)
async def vendor_console(request: Request) -> HTMLResponse:
    lang = chrome_language(request.headers.get("accept-language"))
    return _page(request, "vendor.html", lang=lang, title="VyaparMitra", boot={}, status=200)


@router.api_route("/vendor/flyer", methods=["GET", "HEAD"], response_class=HTMLResponse)
async def qr_flyer(request: Request) -> HTMLResponse:
    lang = chrome_language(request.headers.get("accept-language"))
    return _page(request, "flyer.html", lang=lang, title="VyaparMitra", boot={}, status=200)
