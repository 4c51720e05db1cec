"""Read models for the vendor console: the stall's QR code, and orders with their payments."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import select

from models import Product, Side
from server.api import paging
from server.api.deps import SessionDep, SettingsDep, VendorActor, rate_limit
from server.api.error_docs import error_responses
from server.api.payment_schemas import PaymentStatusOut
from server.api.routes.qr import qr_out
from server.api.schemas import Digits, OrderOut, QROut
from server.domain import accounts, qr
from server.domain import negotiation as negotiations
from server.domain.errors import NotFound
from server.domain.payments.views import orders_payments, pay_bys

router = APIRouter(tags=["console"], dependencies=[rate_limit("general")])


class StallQROut(BaseModel):
    business_name: str
    qr: QROut | None
    """The newest unexpired stall code, or None when the vendor has not printed one."""


class ConsoleOrderOut(BaseModel):
    order: OrderOut
    product_names: dict[str, str]
    unit: str
    payment: PaymentStatusOut


@router.get("/api/console/stall-qr", response_model=StallQROut, responses=error_responses(404))
async def stall_qr(session: SessionDep, actor: VendorActor, settings: SettingsDep) -> StallQROut:
    """What the QR flyer prints: the stall's name and its current stall code."""
    assert actor.user_id is not None
    async with session.begin():
        profile = await accounts.vendor_profile(session, actor.user_id)
        if profile is None:
            raise NotFound("This account has no stall yet.")
        row = await qr.stall_qr_for(session, actor.user_id)
    issued = qr.IssuedQR(row, qr.sign_token(row.nonce, settings.secret_key)) if row else None
    return StallQROut(
        business_name=profile.business_name,
        qr=qr_out(settings, issued) if issued else None,
    )


@router.get(
    "/api/console/orders",
    response_model=list[ConsoleOrderOut],
    responses={200: {"headers": paging.NEXT_LINK}},
    dependencies=[paging.STRICT],
)
async def console_orders(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: VendorActor,
    limit: Annotated[int, Query(ge=1, le=200), Digits] = 50,
    before: Annotated[
        paging.Cursor, paging.cursor("Orders older than this id."), paging.Digits
    ] = None,
) -> list[ConsoleOrderOut]:
    """The vendor's newest orders, each with what the product is and its payment state;
    the `Link: rel="next"` header pages to older ones."""
    out: list[ConsoleOrderOut] = []
    async with session.begin():
        orders = await negotiations.list_orders(
            session, actor, as_side=Side.VENDOR, before=before, limit=limit + 1
        )
        sold = paging.page(orders, limit, request, response, lambda o: {"before": o.id})
        ids = {o.product_id for o in sold}
        products: dict[int, Product] = {}
        if ids:
            products = {
                p.id: p for p in await session.scalars(select(Product).where(Product.id.in_(ids)))
            }
        views = await orders_payments(session, sold)
        deadlines = await pay_bys(session, sold)
        for order in sold:
            view = views[order.id]
            product = products.get(order.product_id)
            out.append(
                ConsoleOrderOut(
                    order=OrderOut.of(order),
                    product_names=product.names if product else {},
                    unit=product.unit if product else "",
                    payment=PaymentStatusOut.of(view, pay_by=deadlines[order.id]),
                )
            )
    return out
