"""Offers and counter-offers: the caps and floors, and the write (one statement on
PostgreSQL: compare-and-set, bid and audit row; three on SQLite).

Sides need not alternate, as people haggling do not ("forty? okay, forty-five"): a side
may make a new offer before the other answers, and it supersedes their previous one.
What stands is the latest bid; an accept applies only to it, and only when the accepter
names the bid they saw (`expected_seq`, see `closing.accept_offer`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from models import (
    Base,
    Bid,
    BidSource,
    Negotiation,
    Product,
    Side,
    User,
    utcnow,
)
from server.domain import audit
from server.domain.context import Actor
from server.domain.errors import (
    BelowFloorNeedsConfirmation,
    ConcurrentUpdate,
    CustomerGone,
    InvalidOffer,
    NotFound,
    StallClosed,
)
from server.domain.negotiation.bid_write import write_bid_in_one_statement
from server.domain.negotiation.moves import _compare_and_set
from server.domain.negotiation.rules import (
    ACTIVE,
    CUSTOMER_GONE,
    MAX_TOTAL_PAISE,
    MIN_TOTAL_PAISE,
    S,
    _check_not_idle,
    _check_on_sale,
    check_deal_size,
    check_stock,
    check_total_payable,
    check_transition,
    rupees,
    side_of,
)
from server.driver_statements import DriverStatement, attribute_keys, loaded


@dataclass(frozen=True)
class BidOutcome:
    bid: Bid
    negotiation: Negotiation
    product: Product
    capped: bool
    note: str | None


def _dialect(session: AsyncSession) -> str:
    bind = session.bind
    return bind.dialect.name if bind is not None else ""


_CUSTOMER = aliased(User)
_BID_READ = (
    select(Negotiation, Product, User.is_active, _CUSTOMER.is_active)
    .join(Product, Product.id == Negotiation.product_id)
    .outerjoin(User, User.id == Negotiation.vendor_id)
    .outerjoin(_CUSTOMER, _CUSTOMER.id == Negotiation.customer_id)
    .where(Negotiation.id == bindparam("negotiation_id"))
    .execution_options(populate_existing=True)
)
"""The negotiation, its product, whether its vendor is trading and whether its customer
is still active, as `place_bid` reads them (built once, one query: hot path)."""


async def place_bid(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    *,
    amount_paise: int,
    idle_seconds: int,
    quantity: int | None = None,
    source: BidSource = BidSource.TEXT,
    transcript: str | None = None,
    language: str | None = None,
    utterance_id: str | None = None,
    confirm_below_floor: bool = False,
    now: datetime | None = None,
    lean: bool = False,
    min_total_paise: int = MIN_TOTAL_PAISE,
    max_total_paise: int = MAX_TOTAL_PAISE,
) -> BidOutcome:
    """An offer (first bid) or counter-offer. A side's new offer before the other has
    answered supersedes its previous one: a new bid, which becomes the latest.

    A customer offer above the list price is capped to it (the outcome says so). A
    vendor offer below their floor price needs `confirm_below_floor`.

    `lean` (a caller that only reads the outcome, as the HTTP API's bid route): on
    PostgreSQL the read and the write run on the driver connection (`DriverStatement`),
    and the outcome's negotiation and product are objects outside the session.

    Offers made at the same moment (one person's two tabs and a phone, or both sides at
    once) are taken one after another, as SQLite's single writer takes them: an offer
    whose compare-and-set lost to another is read and checked again against the row
    that won and written after it (`BID_ATTEMPTS` tries; each round one writer wins).
    An offer names no version it was made against, unlike an accept (`expected_seq`),
    so nothing the bidder saw is overtaken. A race lost to a move that ended the deal
    is refused as before (`IllegalTransition`, saying who acted first).
    """
    for attempt in range(1, BID_ATTEMPTS + 1):
        try:
            return await _place_bid_once(
                session,
                actor,
                negotiation_id,
                amount_paise=amount_paise,
                idle_seconds=idle_seconds,
                quantity=quantity,
                source=source,
                transcript=transcript,
                language=language,
                utterance_id=utterance_id,
                confirm_below_floor=confirm_below_floor,
                now=now or utcnow(),
                lean=lean,
                min_total_paise=min_total_paise,
                max_total_paise=max_total_paise,
            )
        except ConcurrentUpdate:
            if attempt == BID_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


BID_ATTEMPTS = 16
"""Tries of one offer against offers written at the same moment. Each round at least
one of the racing writers wins, so up to this many offers made at once on one
negotiation are all recorded; more than that (beyond any person's hands, and the bids
rate limit) may still be told `concurrent_update`."""


async def _place_bid_once(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    *,
    amount_paise: int,
    idle_seconds: int,
    quantity: int | None,
    source: BidSource,
    transcript: str | None,
    language: str | None,
    utterance_id: str | None,
    confirm_below_floor: bool,
    now: datetime,
    lean: bool,
    min_total_paise: int,
    max_total_paise: int,
) -> BidOutcome:
    """One try of `place_bid`: read, check, write (a lost race raises)."""
    lean = lean and _dialect(session) == "postgresql"
    if lean:
        negotiation, product, trading, customer_active = await _read_lean(session, negotiation_id)
    else:
        row = (await session.execute(_BID_READ, {"negotiation_id": negotiation_id})).first()
        if row is None:
            raise NotFound(f"Negotiation {negotiation_id} does not exist.")
        negotiation, product, trading, customer_active = row[0], row[1], row[2], row[3]
    side = side_of(negotiation, actor)
    if negotiation.status not in ACTIVE:
        check_transition(negotiation.status, S.COUNTERED)
    _check_not_idle(negotiation, now)
    if not trading:
        raise StallClosed("This vendor is not trading now; no offer can be made here.")
    if not customer_active:
        raise CustomerGone(CUSTOMER_GONE)
    _check_on_sale(product)
    if isinstance(amount_paise, bool) or amount_paise <= 0:
        raise InvalidOffer("An offer must be a positive amount of paise.")
    quantity = negotiation.quantity if quantity is None else quantity
    if quantity <= 0:
        raise InvalidOffer("Quantity must be at least 1.")
    check_deal_size(amount_paise, quantity, InvalidOffer)
    # A customer's offer above the list price is taken at the list price (below).
    offered = min(amount_paise, product.list_price_paise) if side is Side.CUSTOMER else amount_paise
    check_total_payable(offered, quantity, min_total_paise, max_total_paise)
    if quantity != negotiation.quantity:
        check_stock(product, quantity)
    capped = False
    below_floor = False
    note: str | None = None
    if side is Side.CUSTOMER:
        if amount_paise > product.list_price_paise:
            note = (
                f"Your offer of {rupees(amount_paise)} is above the list price; "
                f"it was capped to {rupees(product.list_price_paise)}."
            )
            amount_paise = product.list_price_paise
            capped = True
        elif not product.negotiable and amount_paise < product.list_price_paise:
            raise InvalidOffer(
                f"This product has a fixed price of {rupees(product.list_price_paise)}/"
                f"{product.unit}."
            )
    else:
        if amount_paise > product.list_price_paise:
            raise InvalidOffer(
                f"{rupees(amount_paise)} is above your list price of "
                f"{rupees(product.list_price_paise)}; raise the list price first."
            )
        if amount_paise < product.floor_price_paise:
            if not confirm_below_floor:
                raise BelowFloorNeedsConfirmation(
                    f"{rupees(amount_paise)} is below your floor price of "
                    f"{rupees(product.floor_price_paise)}; confirm to offer it anyway.",
                    floor_price_paise=product.floor_price_paise,
                )
            below_floor = True
    old = negotiation.status
    new = S.OPEN if negotiation.bid_count == 0 else S.COUNTERED
    if new is not old:
        check_transition(old, new)
    seq = negotiation.bid_count + 1
    values: dict[str, object] = {
        "status": new,
        "bid_count": seq,
        "quantity": quantity,
        "last_bid_side": side,
        "last_bid_amount_paise": amount_paise,
        "expires_at": now + timedelta(seconds=idle_seconds),
    }
    bid = Bid(
        negotiation_id=negotiation.id,
        seq=seq,
        bidder_id=actor.user_id,
        side=side,
        amount_paise=amount_paise,
        quantity=quantity,
        source=source,
        transcript=transcript,
        language=language,
        utterance_id=utterance_id,
        capped=capped,
        below_floor=below_floor,
    )
    detail: dict[str, object] = {
        "seq": seq,
        "side": side.value,
        "amount_paise": amount_paise,
        "quantity": quantity,
        "capped": capped,
        "source": source.value,
    }
    if _dialect(session) == "postgresql":
        outcome = BidOutcome(
            bid=bid, negotiation=negotiation, product=product, capped=capped, note=note
        )
        await write_bid_in_one_statement(session, actor, outcome, values, old, detail, lean=lean)
        return outcome
    await _compare_and_set(session, negotiation, **values)
    session.add(bid)
    await session.flush()
    audit.record(
        session,
        actor,
        action="bid.placed",
        entity_type="negotiation",
        entity_id=negotiation.id,
        old_state=old.value,
        new_state=new.value,
        detail={"bid_id": bid.id, **detail},
    )
    return BidOutcome(bid=bid, negotiation=negotiation, product=product, capped=capped, note=note)


_NEGOTIATIONS = Base.metadata.tables["negotiations"]
_PRODUCTS = Base.metadata.tables["products"]
_USERS = Base.metadata.tables["users"]
_CUSTOMERS = _USERS.alias("customers")
_BID_READ_LEAN = DriverStatement(
    select(*_NEGOTIATIONS.c, *_PRODUCTS.c, _USERS.c.is_active, _CUSTOMERS.c.is_active)
    .join(_PRODUCTS, _PRODUCTS.c.id == _NEGOTIATIONS.c.product_id)
    .outerjoin(_USERS, _USERS.c.id == _NEGOTIATIONS.c.vendor_id)
    .outerjoin(_CUSTOMERS, _CUSTOMERS.c.id == _NEGOTIATIONS.c.customer_id)
    .where(_NEGOTIATIONS.c.id == bindparam("negotiation_id"))
)
_NEGOTIATION_KEYS = attribute_keys(Negotiation, _NEGOTIATIONS)
_PRODUCT_KEYS = attribute_keys(Product, _PRODUCTS)


async def _read_lean(
    session: AsyncSession, negotiation_id: int
) -> tuple[Negotiation, Product, bool, bool]:
    """`_BID_READ` on the driver connection: the two rows as objects outside the session,
    every column loaded (as a read outside the identity map would give them), whether
    the vendor is trading and whether the customer is still active."""
    rows = await _BID_READ_LEAN.rows(session, {"negotiation_id": negotiation_id})
    if not rows:
        raise NotFound(f"Negotiation {negotiation_id} does not exist.")
    row = rows[0]
    split = len(_NEGOTIATION_KEYS)
    end = split + len(_PRODUCT_KEYS)
    return (
        loaded(Negotiation, _NEGOTIATION_KEYS, row[:split]),
        loaded(Product, _PRODUCT_KEYS, row[split:end]),
        bool(row[end]),
        bool(row[end + 1]),
    )
