"""Which shoppers wait for a stall line: the vendor's live negotiations whose shopper has
not left and whose vendor is on no other device, oldest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from models import Negotiation, NegotiationStatus, Product
from server.live.rooms import Member
from server.live.vendors import announce_waiting

if TYPE_CHECKING:
    from server.live.service import LiveService

LIVE_STATES = ("OPEN", "COUNTERED")
"""A negotiation still haggled over; any other state ends the deal on the line."""
WAITING_LOOKBACK = 20
"""At most this many negotiations already waiting are queued (oldest first) when the call
starts or a deal ends; the rest are found when those are done."""
WAITING_SCAN = 500
"""The newest live negotiations looked at to find them: shoppers who scanned and left
stay live until they expire, and must not hide one waiting now."""


async def already_waiting(live: LiveService, vendor_id: int, absent: set[int]) -> list[int]:
    """The shoppers waiting now, oldest first: the newest live negotiations, less those
    whose shopper has left or whose vendor holds them on another device."""
    live_states = [NegotiationStatus(s) for s in LIVE_STATES]
    async with live.unit() as session:
        found = list(
            await session.scalars(
                select(Negotiation.id)
                .where(Negotiation.vendor_id == vendor_id, Negotiation.status.in_(live_states))
                .order_by(Negotiation.id.desc())
                .limit(WAITING_SCAN)
            )
        )
    waiting: list[int] = []
    for nid in reversed(found):  # oldest first
        if await present(live, nid, absent):
            waiting.append(nid)
            if len(waiting) == WAITING_LOOKBACK:
                break
    return waiting


async def present(live: LiveService, nid: int, absent: set[int]) -> bool:
    """The presence half of a line's check that a deal is open: the shopper has not left,
    the vendor is not here. `absent`: deals a line left because their shopper never came,
    not offered again until the shopper is in the room."""
    members = await live.bus.members(nid)
    vendor, customer = members.get("vendor"), members.get("customer")
    if customer is not None and customer.state != "here":
        return False
    if nid in absent and customer is None:
        return False
    return vendor is None or vendor.state != "here"


async def announce_if_line_died(live: LiveService, negotiation_id: int, member: Member) -> None:
    """A vendor's phone leg whose server process died mid-deal (found gone by another
    process, `RedisMembers.on_gone`): the harshest hang-up. As on an orderly one
    (`StallLine.close`), the vendor's other lines and consoles are told the shopper
    waits again, while the deal is still live."""
    if member.side != "vendor" or member.client != "phone":
        return
    found = await live_deal(live, negotiation_id)
    if found is None:
        return
    vendor_id, names = found
    await announce_waiting(
        live.vendors, vendor_id=vendor_id, negotiation_id=negotiation_id, product_names=names
    )


async def live_deal(live: LiveService, negotiation_id: int) -> tuple[int, dict[str, str]] | None:
    """(the vendor's id, the product's names as they are now) of a negotiation still
    haggled over; None when it is over or does not exist."""
    async with live.unit() as session:
        row = (
            await session.execute(
                select(Negotiation.status, Negotiation.vendor_id, Product.names)
                .join(Product, Product.id == Negotiation.product_id)
                .where(Negotiation.id == negotiation_id)
            )
        ).first()
    if row is None or row[0].value not in LIVE_STATES:
        return None
    return row[1], dict(row[2])
