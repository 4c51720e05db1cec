"""QR codes: vendors print them; shoppers scan them and join as guests."""

from __future__ import annotations

import io
import logging

import segno
from fastapi import APIRouter, Request, Response
from pydantic import BaseModel
from starlette.convertors import Convertor, register_url_convertor

from models import Product, QRKind, Role
from server.api.announce import announce_deal
from server.api.deps import (
    AnonymousActor,
    SessionDep,
    SettingsDep,
    TokensDep,
    VendorActor,
    bearer_token,
    client_ip,
    count_stall_deal,
    rate_limit,
)
from server.api.error_docs import error_responses
from server.api.errors import RateLimited
from server.api.schemas import NegotiationOut, QRIn, QRJoinIn, QRJoinOut, QROut, UserOut, VendorOut
from server.domain import accounts, negotiation, qr
from server.domain.context import Actor
from server.domain.errors import InvalidInput
from server.logs import request_id_var
from server.outages import log_failure
from server.security import TokenError
from server.settings import Settings

log = logging.getLogger("vyaparmitra.api")
router = APIRouter(tags=["qr"])


def shopper_url(settings: Settings, token: str) -> str:
    return f"{settings.public_base_url.rstrip('/')}/s/{token}"


def qr_out(settings: Settings, issued: qr.IssuedQR) -> QROut:
    base = settings.public_base_url.rstrip("/")
    return QROut(
        token=issued.token,
        kind=issued.session.kind.value,
        url=shopper_url(settings, issued.token),
        png_url=f"{base}/api/qr/{issued.token}.png",
        svg_url=f"{base}/api/qr/{issued.token}.svg",
        expires_at=issued.session.expires_at,
    )


@router.post(
    "/api/qr",
    status_code=201,
    response_model=QROut,
    dependencies=[rate_limit("general")],
    responses=error_responses(404, 409),
)
async def create_qr(
    body: QRIn, session: SessionDep, actor: VendorActor, settings: SettingsDep
) -> QROut:
    kind = QRKind(body.kind)
    ttl = body.ttl_seconds or (settings.qr_stall_ttl_seconds if kind is QRKind.STALL else 3600)
    async with session.begin():
        issued = await qr.issue_qr(
            session,
            actor,
            kind=kind,
            ttl_seconds=ttl,
            secret=settings.secret_keys,
            product_id=body.product_id,
        )
    return qr_out(settings, issued)


class _RevocableToken(Convertor[str]):
    """A QR token in the path of `DELETE /api/qr/{token}`: not one ending in `.png` or
    `.svg`, which names a code's picture (a token holds one dot, between its id and its
    signature). So those paths take GET and HEAD only, and `Allow` says so."""

    regex = r"[^/]+(?<!\.png)(?<!\.svg)"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("qr_token", _RevocableToken())


@router.delete(
    "/api/qr/{token:qr_token}",
    status_code=204,
    response_class=Response,
    dependencies=[rate_limit("general")],
    responses=error_responses(400, 404),
)
async def revoke_qr(
    token: str, session: SessionDep, actor: VendorActor, settings: SettingsDep
) -> Response:
    """Withdraw one of your QR codes (a lost or copied print): it admits no one from now
    on, and its pictures and stall page answer 410 `qr_withdrawn`. Safe to repeat."""
    async with session.begin():
        await qr.revoke_qr(session, actor, token, secret=settings.secret_keys)
    return Response(status_code=204)


async def _render(token: str, session: SessionDep, settings: Settings, kind: str) -> Response:
    """The picture of a code that still admits someone; else 410 as its page and stall
    API answer (`qr_expired`, `qr_withdrawn`, `qr_used`, `stall_closed`). A one-visit
    code's picture is not cached, so that it is not shown after its visit."""
    async with session.begin():
        row = await qr.find_qr(session, token, secret=settings.secret_keys)
        qr.check_unused(row)
        await qr.check_open(session, row)
    code = segno.make(shopper_url(settings, token), error="m")
    buffer = io.BytesIO()
    if kind == "png":
        code.save(buffer, kind="png", scale=8, border=4)
        media = "image/png"
    else:
        code.save(buffer, kind="svg", scale=8, border=4, xmldecl=True, title="VyaparMitra")
        media = "image/svg+xml"
    cache = "public, max-age=300" if row.max_uses is None else "no-store"
    return Response(buffer.getvalue(), media_type=media, headers={"Cache-Control": cache})


@router.get(
    "/api/qr/{token}.png",
    dependencies=[rate_limit("general")],
    response_class=Response,
    responses={200: {"content": {"image/png": {}}}, **error_responses(400, 404, 410)},
)
async def qr_png(token: str, session: SessionDep, settings: SettingsDep) -> Response:
    return await _render(token, session, settings, "png")


@router.get(
    "/api/qr/{token}.svg",
    dependencies=[rate_limit("general")],
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}}, **error_responses(400, 404, 410)},
)
async def qr_svg(token: str, session: SessionDep, settings: SettingsDep) -> Response:
    return await _render(token, session, settings, "svg")


async def _count_stall_use(request: Request, qr_id: int, renew_seconds: int) -> None:
    """Count a stall code's scan and renew it, in a short transaction of its own after the
    join committed: many joins at one stall then hold the code's row lock one statement
    each, not a whole join each. The join stands if this fails (the count is for the
    vendor's list; the next scan renews the code): logged, not raised. A session of its
    own: a failure here rolls back nothing the answer is made from."""
    try:
        async with request.app.state.sessions() as session, session.begin():
            await qr.count_stall_use(session, qr_id, renew_seconds=renew_seconds)
    except Exception as exc:
        log_failure(log, "a stall code's scan was not counted", exc, qr_id=qr_id)


@router.post(
    "/api/qr/{token}/join",
    response_model=QRJoinOut,
    dependencies=[rate_limit("joins")],
    responses=error_responses(400, 404, 409, 410),
)
async def join_qr(
    token: str,
    body: QRJoinIn,
    request: Request,
    session: SessionDep,
    anonymous: AnonymousActor,
    settings: SettingsDep,
    tokens: TokensDep,
) -> QRJoinOut:
    """A shopper scanned a code: they become a guest, optionally with a negotiation open.
    With a negotiation, the vendor is told (`customer_joined` on their notice channel,
    spoken on their phone leg)."""
    async with session.begin():
        row, profile = await qr.open_stall(
            session,
            token,
            secret=settings.secret_keys,
            redeem=True,
        )
        guest = await accounts.create_guest(
            session, anonymous, language=body.language, name=body.name
        )
        opened = None
        product: Product | None = None
        product_id = body.product_id or row.product_id
        if product_id is not None:
            product = await session.get(Product, product_id)
            if product is None or product.vendor_id != row.vendor_id:
                raise InvalidInput("That product is not sold at this stall.")
            guest_actor = Actor(guest.id, Role.GUEST, anonymous.request_id, anonymous.ip)
            opened = await negotiation.open_negotiation(
                session,
                guest_actor,
                product_id=product_id,
                quantity=body.quantity or 1,
                idle_seconds=settings.negotiation_idle_seconds,
                max_open=settings.max_open_negotiations_per_stall,
            )
            await count_stall_deal(request, anonymous, row.vendor_id)
    if row.max_uses is None:
        await _count_stall_use(request, row.id, settings.qr_stall_ttl_seconds)
    if opened is not None and product is not None:
        await announce_deal(request, opened, product, guest, via="qr")
    return QRJoinOut(
        user=UserOut.of(guest),
        token=tokens.issue(
            guest.id, Role.GUEST, settings.guest_token_ttl_seconds, version=guest.token_version
        ),
        vendor=VendorOut(id=row.vendor_id, business_name=profile.business_name),
        negotiation=NegotiationOut.of(opened, []) if opened else None,
    )


class GuestRenewOut(BaseModel):
    user: UserOut
    token: str


@router.post(
    "/api/guest/renew",
    response_model=GuestRenewOut,
    responses=error_responses(401, 410, 429),
)
async def renew_guest(
    request: Request, session: SessionDep, settings: SettingsDep, tokens: TokensDep
) -> GuestRenewOut:
    """A QR guest's sign-in lapsed (a day after the scan) while their page still keeps
    their deal: the page sends the lapsed token itself, which only that phone holds, and
    gets a fresh one for the same guest, so their deals and orders stay theirs. The token
    must have lapsed within `VYAPAR_GUEST_RENEW_GRACE_SECONDS`, be the guest's latest
    (each renewal ends every earlier one, so a copy renews at most once, and never after
    its owner renewed), and the guest must be active; otherwise 410 `visit_ended`: the
    shopper scans the stall code again and starts afresh."""
    # The joins' limit, by address (the lapsed token names no caller yet): a market's
    # shoppers share one address, and come back the next morning together.
    verdict = await request.app.state.limiter.hit("joins", ip=client_ip(request), user_id=None)
    if not verdict.allowed:
        raise RateLimited("joins", verdict.retry_after)
    token = bearer_token(request)
    if token is None:
        raise TokenError("Send the guest's sign-in: `Authorization: Bearer <token>`.")
    claims = tokens.verify_lapsed(token, settings.guest_renew_grace_seconds)
    if claims.role is not Role.GUEST:
        raise TokenError("Only a QR guest's sign-in is renewed here; log in again.")
    actor = Actor(claims.user_id, Role.GUEST, request_id_var.get(), client_ip(request))
    async with session.begin():
        guest = await accounts.renew_guest(session, actor, claims.user_id, claims.version)
    request.app.state.accounts.forget(guest.id)
    return GuestRenewOut(
        user=UserOut.of(guest),
        token=tokens.issue(
            guest.id, Role.GUEST, settings.guest_token_ttl_seconds, version=guest.token_version
        ),
    )
