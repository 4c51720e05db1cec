"""Telling the vendor of a deal just opened, by whatever route it was opened: the
`customer_joined` notice on their channel (consoles, and a stall line on standby offers
the shopper) and a ring to their phone when neither is open. Called once per new
negotiation, after its transaction committed."""

from __future__ import annotations

from starlette.requests import Request

from models import Negotiation, Product, User
from server.live.vendors import announce_customer
from server.telephony.outbound import dialer_of


async def announce_deal(
    request: Request, opened: Negotiation, product: Product, customer: User, *, via: str
) -> None:
    """Never raises for the notice (it is only logged): the deal is open either way."""
    live = getattr(request.app.state, "live", None)
    if live is None:
        return
    await announce_customer(
        live.vendors,
        vendor_id=opened.vendor_id,
        negotiation_id=opened.id,
        product_id=product.id,
        product_names=dict(product.names),
        unit=product.unit,
        quantity=opened.quantity,
        customer_id=customer.id,
        customer_name=customer.name,
        customer_language=customer.language,
        via=via,
    )
    dialer_of(request.app).ring_later(request.app, opened.vendor_id)
