"""Negotiations: open, offer and counter in turn, accept into an order, or end.

States and the moves between them are an enum plus the table below; every move is a
compare-and-set on `negotiations.version`, so two racing requests can never both win.
Accepting creates the order and reserves stock in the caller's transaction: the stock
update is itself guarded (`stock >= quantity`), so stock never goes negative.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import (
    JSON,
    Select,
    Text,
    bindparam,
    cast,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from models import (
    Base,
    Bid,
    BidSource,
    Negotiation,
    NegotiationStatus,
    Order,
    OrderStatus,
    Product,
    ReservationStatus,
    Role,
    Side,
    StockReservation,
    utcnow,
)
from server.domain import accounts, audit, transitions
from server.domain.context import Actor
from server.domain.errors import (
    BelowFloorNeedsConfirmation,
    ConcurrentUpdate,
    DomainError,
    Forbidden,
    IllegalTransition,
    InvalidInput,
    InvalidOffer,
    NegotiationExpired,
    NotFound,
    NotYourTurn,
    OutOfStock,
    ProductWithdrawn,
    StallClosed,
)

S = NegotiationStatus

TRANSITIONS: dict[NegotiationStatus, frozenset[NegotiationStatus]] = {
    S.OPEN: frozenset({S.COUNTERED, S.ACCEPTED, S.REJECTED, S.EXPIRED, S.CANCELLED}),
    S.COUNTERED: frozenset({S.COUNTERED, S.ACCEPTED, S.REJECTED, S.EXPIRED, S.CANCELLED}),
    S.ACCEPTED: frozenset({S.LOCKED, S.EXPIRED, S.CANCELLED}),
    S.LOCKED: frozenset({S.COMPLETED, S.EXPIRED}),
    S.COMPLETED: frozenset(),
    S.REJECTED: frozenset(),
    S.EXPIRED: frozenset(),
    S.CANCELLED: frozenset(),
}
"""Every legal move. Anything not listed raises `IllegalTransition`."""

ACTIVE = frozenset({S.OPEN, S.COUNTERED})
"""States in which offers can still be made."""

MAX_QUANTITY = 100_000
"""The most units one negotiation can be about."""
MAX_DEAL_PAISE = 1_000_000_000
"""₹1 crore: the largest price or order total a negotiation can reach. The money columns
are 32-bit, and a deal above this at a stall is a slip of the tongue, not a sale."""


def check_deal_size(amount_paise: int, quantity: int, error: type[DomainError]) -> None:
    """A price and quantity the order can hold, or `error` saying what is allowed."""
    if quantity > MAX_QUANTITY:
        raise error(f"A negotiation is for at most {MAX_QUANTITY:,} units.")
    if amount_paise > MAX_DEAL_PAISE or amount_paise * quantity > MAX_DEAL_PAISE:
        raise error(
            f"{rupees(amount_paise)} for {quantity} makes a deal above "
            f"{rupees(MAX_DEAL_PAISE)}, the most one negotiation can be for."
        )


_WHY_NOT: dict[NegotiationStatus, str] = {
    S.ACCEPTED: "an offer was already accepted and an order is waiting for payment",
    S.LOCKED: "the deal is locked while payment is in progress",
    S.COMPLETED: "the deal is done and paid",
    S.REJECTED: "it was rejected",
    S.EXPIRED: "it expired",
    S.CANCELLED: "it was cancelled",
    S.OPEN: "no offer has been accepted yet",
    S.COUNTERED: "no offer has been accepted yet",
}

_VERB: dict[NegotiationStatus, str] = {
    S.COUNTERED: "take a counter-offer",
    S.ACCEPTED: "be accepted",
    S.LOCKED: "be locked for payment",
    S.COMPLETED: "be completed",
    S.REJECTED: "be rejected",
    S.EXPIRED: "expire",
    S.CANCELLED: "be cancelled",
    S.OPEN: "reopen",
}


def can_transition(current: NegotiationStatus, target: NegotiationStatus) -> bool:
    return target in TRANSITIONS[current]


def check_transition(current: NegotiationStatus, target: NegotiationStatus) -> None:
    if not can_transition(current, target):
        raise IllegalTransition(
            f"This negotiation cannot {_VERB[target]}: {_WHY_NOT[current]} "
            f"(state {current.value}).",
            state=current.value,
            target=target.value,
        )


def rupees(paise: int) -> str:
    return f"₹{paise // 100}" if paise % 100 == 0 else f"₹{paise / 100:.2f}"


@dataclass(frozen=True)
class BidOutcome:
    bid: Bid
    negotiation: Negotiation
    capped: bool
    note: str | None


@dataclass(frozen=True)
class AcceptOutcome:
    negotiation: Negotiation
    order: Order
    below_floor: bool


def side_of(negotiation: Negotiation, actor: Actor) -> Side:
    if actor.user_id is not None:
        if actor.user_id == negotiation.customer_id:
            return Side.CUSTOMER
        if actor.user_id == negotiation.vendor_id:
            return Side.VENDOR
    raise Forbidden("You are not a party to this negotiation.")


def _check_on_sale(product: Product) -> None:
    if not product.is_active:
        raise ProductWithdrawn(
            f"The vendor has taken {product.name_in('en')} off sale; this deal cannot go on.",
            product_id=product.id,
        )


async def _load(session: AsyncSession, negotiation_id: int) -> Negotiation:
    negotiation = await session.get(Negotiation, negotiation_id, populate_existing=True)
    if negotiation is None:
        raise NotFound(f"Negotiation {negotiation_id} does not exist.")
    return negotiation


def _check_not_idle(negotiation: Negotiation, now: datetime) -> None:
    if negotiation.status in ACTIVE and negotiation.expires_at <= now:
        raise NegotiationExpired(
            "This negotiation expired after a quiet spell; start a new one.",
            state=S.EXPIRED.value,
        )


async def _compare_and_set(
    session: AsyncSession, negotiation: Negotiation, **values: object
) -> None:
    """Write `values` only if nobody changed the row since we read it."""
    if not await transitions.compare_and_set(session, negotiation, values):
        await _lost_race(session, negotiation.id)


async def _move(
    session: AsyncSession,
    actor: Actor,
    negotiation: Negotiation,
    target: NegotiationStatus,
    detail: dict[str, object] | None,
    **values: object,
) -> None:
    """A checked move of the whole deal, audited; losing a race says who won."""
    check_transition(negotiation.status, target)
    await transitions.transition(
        session,
        actor,
        negotiation,
        target,
        moves=TRANSITIONS,
        entity_type="negotiation",
        action=f"negotiation.{target.value.lower()}",
        values=values,
        detail=lambda _: detail,
        attempts=1,
        lost=lambda: _lost_race(session, negotiation.id),
    )


async def _lost_race(session: AsyncSession, negotiation_id: int) -> NoReturn:
    """The compare-and-set matched no row: say who won, in words a person can act on."""
    current = await session.scalar(
        select(Negotiation.status)
        .where(Negotiation.id == negotiation_id)
        .execution_options(populate_existing=True)
    )
    if current is not None and current not in ACTIVE:
        raise IllegalTransition(
            f"Someone else acted first: {_WHY_NOT[current]} (state {current.value}).",
            state=current.value,
        )
    raise ConcurrentUpdate(
        "The other side acted at the same moment; reload the negotiation and try again."
    )


def _dialect(session: AsyncSession) -> str:
    bind = session.bind
    return bind.dialect.name if bind is not None else ""


_BID_COLUMNS = (
    "seq",
    "bidder_id",
    "side",
    "amount_paise",
    "quantity",
    "source",
    "transcript",
    "language",
    "utterance_id",
    "capped",
    "below_floor",
)
_BID_MOVES = (
    "status",
    "bid_count",
    "quantity",
    "last_bid_side",
    "last_bid_amount_paise",
    "expires_at",
)
_AUDIT_COLUMNS = ("actor_id", "entity_id", "old_state", "new_state", "request_id", "ip")


def _build_bid_statement() -> Select[tuple[int]]:
    """The one-statement bid write, built once with named parameters (see below)."""
    n = Base.metadata.tables["negotiations"]
    b = Base.metadata.tables["bids"]
    a = Base.metadata.tables["audit_log"]
    cas = (
        update(n)
        .where(n.c.id == bindparam("negotiation_id"), n.c.version == bindparam("version"))
        .values(
            version=bindparam("new_version"),
            updated_at=bindparam("stamp", type_=n.c.updated_at.type),
            **{k: bindparam(f"n_{k}", type_=n.c[k].type) for k in _BID_MOVES},
        )
        .returning(n.c.id)
        .cte("cas")
    )
    inserted = (
        insert(b)
        .from_select(
            ["negotiation_id", *_BID_COLUMNS, "created_at", "updated_at"],
            select(
                cas.c.id,
                *(bindparam(f"b_{k}", type_=b.c[k].type) for k in _BID_COLUMNS),
                bindparam("stamp", type_=b.c.created_at.type),
                bindparam("stamp", type_=b.c.updated_at.type),
            ),
        )
        .returning(b.c.id)
        .cte("inserted")
    )
    detail = cast(
        func.jsonb_build_object("bid_id", inserted.c.id).op("||")(
            cast(bindparam("detail", type_=Text()), JSONB)
        ),
        JSON,
    )
    audited = (
        insert(a)
        .from_select(
            [*_AUDIT_COLUMNS, "action", "entity_type", "detail", "created_at", "updated_at"],
            select(
                *(bindparam(f"a_{k}", type_=a.c[k].type) for k in _AUDIT_COLUMNS),
                literal("bid.placed"),
                literal("negotiation"),
                detail,
                bindparam("stamp", type_=a.c.created_at.type),
                bindparam("stamp", type_=a.c.updated_at.type),
            ),
        )
        .cte("audited")
    )
    return select(inserted.c.id).add_cte(cas, audited)


_BID_STATEMENT = _build_bid_statement()


async def _write_bid_in_one_statement(
    session: AsyncSession,
    actor: Actor,
    negotiation: Negotiation,
    bid: Bid,
    values: dict[str, object],
    old: NegotiationStatus,
    detail: dict[str, object],
) -> None:
    """PostgreSQL: the compare-and-set, the bid and its audit row in one round trip.

    Data-modifying CTEs: the bid is inserted only from the row the compare-and-set
    updated, and the audit row only from the inserted bid, so a lost race writes
    nothing. This is the hot path of the bid API: one statement instead of three, no
    unit-of-work flush, and a statement built once. SQLite has no data-modifying CTEs
    and takes the three-statement path, with the same rows as the outcome.
    """
    version = negotiation.version + 1
    stamp = utcnow()
    params: dict[str, object] = {
        "negotiation_id": negotiation.id,
        "version": negotiation.version,
        "new_version": version,
        "stamp": stamp,
        "detail": json.dumps(detail),
        "a_actor_id": actor.user_id,
        "a_entity_id": negotiation.id,
        "a_old_state": old.value,
        "a_new_state": values["status"].value,  # type: ignore[attr-defined]
        "a_request_id": actor.request_id,
        "a_ip": actor.ip,
    }
    params.update({f"n_{k}": values[k] for k in _BID_MOVES})
    params.update({f"b_{k}": getattr(bid, k) for k in _BID_COLUMNS})
    bid_id = await session.scalar(_BID_STATEMENT, params)
    if bid_id is None:
        await _lost_race(session, negotiation.id)
    set_committed_value(bid, "id", bid_id)
    set_committed_value(bid, "created_at", stamp)
    set_committed_value(bid, "updated_at", stamp)
    for key, value in {"version": version, "updated_at": stamp, **values}.items():
        set_committed_value(negotiation, key, value)


_BID_READ = (
    select(Negotiation, Product)
    .join(Product, Product.id == Negotiation.product_id)
    .where(Negotiation.id == bindparam("negotiation_id"))
    .execution_options(populate_existing=True)
)
"""The negotiation and its product, as `place_bid` reads them (built once: hot path)."""


async def open_negotiation(
    session: AsyncSession,
    actor: Actor,
    *,
    product_id: int,
    quantity: int,
    idle_seconds: int,
    now: datetime | None = None,
) -> Negotiation:
    """A customer (or QR guest) starts haggling over a product and quantity."""
    if actor.role not in (Role.CUSTOMER, Role.GUEST) or actor.user_id is None:
        raise Forbidden("Only customers can start a negotiation.")
    if quantity <= 0:
        raise InvalidInput("Quantity must be at least 1.")
    product = await session.get(Product, product_id)
    if product is None or not product.is_active:
        raise NotFound(f"Product {product_id} does not exist.")
    if not await accounts.is_trading(session, product.vendor_id):
        raise StallClosed("This vendor is not trading now; nothing can be bought here.")
    check_deal_size(product.list_price_paise, quantity, InvalidInput)
    if product.stock < quantity:
        raise OutOfStock(
            f"Only {product.stock} {product.unit} left; ask for that many or fewer.",
            stock=product.stock,
        )
    now = now or utcnow()
    negotiation = Negotiation(
        product_id=product.id,
        customer_id=actor.user_id,
        vendor_id=product.vendor_id,
        quantity=quantity,
        status=S.OPEN,
        version=0,
        bid_count=0,
        expires_at=now + timedelta(seconds=idle_seconds),
    )
    session.add(negotiation)
    await session.flush()
    audit.record(
        session,
        actor,
        action="negotiation.opened",
        entity_type="negotiation",
        entity_id=negotiation.id,
        new_state=S.OPEN.value,
        detail={"product_id": product.id, "quantity": quantity},
    )
    return negotiation


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
) -> BidOutcome:
    """An offer (first bid) or counter-offer; sides must take turns.

    A customer offer above the list price is capped to it (the outcome says so). A
    vendor offer below their floor price needs `confirm_below_floor`.
    """
    now = now or utcnow()
    row = (await session.execute(_BID_READ, {"negotiation_id": negotiation_id})).first()
    if row is None:
        raise NotFound(f"Negotiation {negotiation_id} does not exist.")
    negotiation, product = row[0], row[1]
    side = side_of(negotiation, actor)
    if negotiation.status not in ACTIVE:
        check_transition(negotiation.status, S.COUNTERED)
    _check_not_idle(negotiation, now)
    _check_on_sale(product)
    if negotiation.last_bid_side is side:
        raise NotYourTurn(
            f"You made the last offer ({rupees(negotiation.last_bid_amount_paise or 0)}); "
            f"wait for the {side.other.value} to answer, or accept/reject theirs.",
        )
    if isinstance(amount_paise, bool) or amount_paise <= 0:
        raise InvalidOffer("An offer must be a positive amount of paise.")
    quantity = negotiation.quantity if quantity is None else quantity
    if quantity <= 0:
        raise InvalidOffer("Quantity must be at least 1.")
    check_deal_size(amount_paise, quantity, InvalidOffer)
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
        await _write_bid_in_one_statement(session, actor, negotiation, bid, values, old, detail)
        return BidOutcome(bid=bid, negotiation=negotiation, capped=capped, note=note)
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
    return BidOutcome(bid=bid, negotiation=negotiation, capped=capped, note=note)


async def accept_offer(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    *,
    reservation_seconds: int,
    confirm_below_floor: bool = False,
    expected_seq: int | None = None,
    now: datetime | None = None,
) -> AcceptOutcome:
    """Accept the other side's latest offer: order created, stock reserved, atomically."""
    now = now or utcnow()
    negotiation = await _load(session, negotiation_id)
    side = side_of(negotiation, actor)
    check_transition(negotiation.status, S.ACCEPTED)
    _check_not_idle(negotiation, now)
    if negotiation.last_bid_side is None or negotiation.last_bid_amount_paise is None:
        raise NotYourTurn("There is no offer to accept yet; make one first.")
    if negotiation.last_bid_side is side:
        raise NotYourTurn(
            "The latest offer is your own; wait for the other side to accept or counter it."
        )
    if expected_seq is not None and expected_seq != negotiation.bid_count:
        raise IllegalTransition(
            "The offer changed since you looked at it; review the latest offer first.",
            latest_seq=negotiation.bid_count,
        )
    if not await accounts.is_trading(session, negotiation.vendor_id):
        raise StallClosed("This vendor is not trading now; the deal cannot be closed.")
    product = await session.get(Product, negotiation.product_id, populate_existing=True)
    assert product is not None
    _check_on_sale(product)
    price = negotiation.last_bid_amount_paise
    below_floor = price < product.floor_price_paise
    if side is Side.VENDOR and below_floor and not confirm_below_floor:
        raise BelowFloorNeedsConfirmation(
            f"Accepting {rupees(price)} sells below your floor price of "
            f"{rupees(product.floor_price_paise)}; confirm to accept anyway.",
            floor_price_paise=product.floor_price_paise,
        )
    old = negotiation.status
    await _compare_and_set(session, negotiation, status=S.ACCEPTED, closed_at=now)
    quantity = negotiation.quantity
    check_deal_size(price, quantity, InvalidOffer)
    reserved = await session.execute(
        update(Product)
        .where(Product.id == product.id, Product.is_active, Product.stock >= quantity)
        .values(stock=Product.stock - quantity, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if reserved.rowcount != 1:  # type: ignore[attr-defined]
        await session.refresh(product)
        _check_on_sale(product)  # withdrawn since we read it
        raise OutOfStock(
            f"Sorry, not enough {product.name_in('en')} left for {quantity} {product.unit}; "
            "the deal could not be closed.",
        )
    order = Order(
        negotiation_id=negotiation.id,
        customer_id=negotiation.customer_id,
        vendor_id=negotiation.vendor_id,
        product_id=product.id,
        quantity=quantity,
        unit_price_paise=price,
        total_paise=price * quantity,
        currency="INR",
        status=OrderStatus.PENDING_PAYMENT,
    )
    session.add(order)
    await session.flush()
    session.add(
        StockReservation(
            product_id=product.id,
            order_id=order.id,
            quantity=quantity,
            status=ReservationStatus.HELD,
            expires_at=now + timedelta(seconds=reservation_seconds),
        )
    )
    audit.record(
        session,
        actor,
        action="negotiation.accepted",
        entity_type="negotiation",
        entity_id=negotiation.id,
        old_state=old.value,
        new_state=S.ACCEPTED.value,
        detail={
            "order_id": order.id,
            "unit_price_paise": price,
            "quantity": quantity,
            "below_floor": below_floor,
        },
    )
    audit.record(
        session,
        actor,
        action="order.created",
        entity_type="order",
        entity_id=order.id,
        new_state=OrderStatus.PENDING_PAYMENT.value,
        detail={"total_paise": order.total_paise, "reserved": quantity},
    )
    return AcceptOutcome(negotiation=negotiation, order=order, below_floor=below_floor)


async def reject_negotiation(
    session: AsyncSession, actor: Actor, negotiation_id: int, *, reason: str | None = None
) -> Negotiation:
    """Either side turns the deal down; the negotiation ends."""
    negotiation = await _load(session, negotiation_id)
    side_of(negotiation, actor)
    detail: dict[str, object] | None = {"reason": reason} if reason else None
    await _move(session, actor, negotiation, S.REJECTED, detail, closed_at=utcnow())
    return negotiation


async def cancel_negotiation(
    session: AsyncSession, actor: Actor, negotiation_id: int, *, reason: str | None = None
) -> Negotiation:
    """Withdraw. After acceptance (before payment starts) this also frees the stock."""
    negotiation = await _load(session, negotiation_id)
    side_of(negotiation, actor)
    old = negotiation.status
    check_transition(old, S.CANCELLED)
    await _compare_and_set(session, negotiation, status=S.CANCELLED, closed_at=utcnow())
    if old is S.ACCEPTED:
        order = await session.scalar(select(Order).where(Order.negotiation_id == negotiation.id))
        if order is not None:
            await _release_order(session, actor, order, OrderStatus.CANCELLED)
    audit.record(
        session,
        actor,
        action="negotiation.cancelled",
        entity_type="negotiation",
        entity_id=negotiation.id,
        old_state=old.value,
        new_state=S.CANCELLED.value,
        detail={"reason": reason} if reason else None,
    )
    return negotiation


async def _release_order(
    session: AsyncSession, actor: Actor, order: Order, new_status: OrderStatus
) -> bool:
    """Give an unpaid order's stock back, exactly once (compare-and-set on the hold)."""
    released = await session.execute(
        update(StockReservation)
        .where(
            StockReservation.order_id == order.id,
            StockReservation.status == ReservationStatus.HELD,
        )
        .values(status=ReservationStatus.RELEASED, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if released.rowcount != 1:  # type: ignore[attr-defined]
        return False
    await session.execute(
        update(Product)
        .where(Product.id == order.product_id)
        .values(stock=Product.stock + order.quantity, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    old = order.status
    await session.execute(
        update(Order)
        .where(Order.id == order.id, Order.status == OrderStatus.PENDING_PAYMENT)
        .values(status=new_status, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    await session.refresh(order)
    audit.record(
        session,
        actor,
        action=f"order.{new_status.value}",
        entity_type="order",
        entity_id=order.id,
        old_state=old.value,
        new_state=new_status.value,
        detail={"released": order.quantity},
    )
    return True


async def lock_for_payment(session: AsyncSession, actor: Actor, order: Order) -> Negotiation:
    """Payment has started: the accepted deal can no longer be cancelled."""
    negotiation = await _load(session, order.negotiation_id)
    if negotiation.status is S.LOCKED:
        return negotiation
    await _move(session, actor, negotiation, S.LOCKED, {"order_id": order.id})
    return negotiation


async def complete_payment(
    session: AsyncSession, actor: Actor, order: Order, *, now: datetime | None = None
) -> Order:
    """The order is paid: stock hold consumed, negotiation completed. Idempotent."""
    now = now or utcnow()
    if order.status is OrderStatus.PAID:
        return order
    if order.status is not OrderStatus.PENDING_PAYMENT:
        raise IllegalTransition(
            f"Order {order.id} is {order.status.value} and can no longer be paid.",
            state=order.status.value,
        )
    await lock_for_payment(session, actor, order)
    negotiation = await _load(session, order.negotiation_id)
    paid = await session.execute(
        update(Order)
        .where(Order.id == order.id, Order.status == OrderStatus.PENDING_PAYMENT)
        .values(status=OrderStatus.PAID, paid_at=now, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if paid.rowcount != 1:  # type: ignore[attr-defined]
        raise ConcurrentUpdate(f"Order {order.id} changed while being marked paid.")
    await session.execute(
        update(StockReservation)
        .where(
            StockReservation.order_id == order.id,
            StockReservation.status == ReservationStatus.HELD,
        )
        .values(status=ReservationStatus.CONSUMED, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    await _compare_and_set(session, negotiation, status=S.COMPLETED)
    await session.refresh(order)
    audit.record(
        session,
        actor,
        action="order.paid",
        entity_type="order",
        entity_id=order.id,
        old_state=OrderStatus.PENDING_PAYMENT.value,
        new_state=OrderStatus.PAID.value,
    )
    audit.record(
        session,
        actor,
        action="negotiation.completed",
        entity_type="negotiation",
        entity_id=negotiation.id,
        old_state=S.LOCKED.value,
        new_state=S.COMPLETED.value,
    )
    return order


async def expire_idle(
    session: AsyncSession, actor: Actor, *, now: datetime | None = None, limit: int = 500
) -> list[int]:
    """Expire negotiations nobody touched for the idle time. Returns their ids."""
    now = now or utcnow()
    stale = list(
        await session.scalars(
            select(Negotiation)
            .where(Negotiation.status.in_(ACTIVE), Negotiation.expires_at <= now)
            .order_by(Negotiation.id)
            .limit(limit)
        )
    )
    expired: list[int] = []
    for negotiation in stale:
        old = negotiation.status
        result = await session.execute(
            update(Negotiation)
            .where(
                Negotiation.id == negotiation.id,
                Negotiation.version == negotiation.version,
                Negotiation.expires_at <= now,
            )
            .values(
                status=S.EXPIRED,
                version=negotiation.version + 1,
                closed_at=now,
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            expired.append(negotiation.id)
            audit.record(
                session,
                actor,
                action="negotiation.expired",
                entity_type="negotiation",
                entity_id=negotiation.id,
                old_state=old.value,
                new_state=S.EXPIRED.value,
            )
    return expired


async def release_unpaid(
    session: AsyncSession, actor: Actor, *, now: datetime | None = None, limit: int = 500
) -> list[int]:
    """Release stock held by orders unpaid past the reservation time. Returns order ids."""
    now = now or utcnow()
    holds = list(
        await session.scalars(
            select(StockReservation)
            .where(
                StockReservation.status == ReservationStatus.HELD,
                StockReservation.expires_at <= now,
            )
            .order_by(StockReservation.id)
            .limit(limit)
        )
    )
    released: list[int] = []
    for hold in holds:
        order = await session.get(Order, hold.order_id)
        if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
            continue
        if not await _release_order(session, actor, order, OrderStatus.EXPIRED):
            continue
        negotiation = await _load(session, order.negotiation_id)
        if can_transition(negotiation.status, S.EXPIRED):
            detail: dict[str, object] = {"reason": "reservation lapsed", "order_id": order.id}
            await _move(session, actor, negotiation, S.EXPIRED, detail, closed_at=now)
        released.append(order.id)
    return released


async def get_negotiation(
    session: AsyncSession, actor: Actor, negotiation_id: int, *, latest_bids: int | None = None
) -> tuple[Negotiation, list[Bid]]:
    """A negotiation and its bids in order (only the latest `latest_bids` of them, when
    given), for one of its parties."""
    negotiation = await _load(session, negotiation_id)
    side_of(negotiation, actor)
    if latest_bids is None:
        bids = await _bids(session, negotiation.id)
    else:
        bids = await _bids(session, negotiation.id, limit=latest_bids)
    return negotiation, bids


async def list_bids(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    *,
    before_seq: int | None = None,
    limit: int = 50,
) -> list[Bid]:
    """A page of a negotiation's bids, oldest first: the `limit` bids just before bid
    `before_seq` (or the latest ones), for one of its parties."""
    negotiation = await _load(session, negotiation_id)
    side_of(negotiation, actor)
    return await _bids(session, negotiation.id, before_seq=before_seq, limit=limit)


async def _bids(
    session: AsyncSession,
    negotiation_id: int,
    *,
    before_seq: int | None = None,
    limit: int | None = None,
) -> list[Bid]:
    query = select(Bid).where(Bid.negotiation_id == negotiation_id)
    if before_seq is not None:
        query = query.where(Bid.seq < before_seq)
    if limit is None:
        return list(await session.scalars(query.order_by(Bid.seq)))
    newest_first = await session.scalars(query.order_by(Bid.seq.desc()).limit(limit))
    return list(reversed(list(newest_first)))


async def list_negotiations(
    session: AsyncSession,
    actor: Actor,
    *,
    as_side: Side | None = None,
    status: NegotiationStatus | None = None,
    before: int | None = None,
    limit: int = 100,
) -> list[Negotiation]:
    """The actor's negotiations, newest first; `before` (an id) pages to older ones."""
    if actor.user_id is None:
        raise Forbidden("Log in to see negotiations.")
    query: Select[tuple[Negotiation]] = select(Negotiation)
    if as_side is Side.CUSTOMER:
        query = query.where(Negotiation.customer_id == actor.user_id)
    elif as_side is Side.VENDOR:
        query = query.where(Negotiation.vendor_id == actor.user_id)
    else:
        query = query.where(
            (Negotiation.customer_id == actor.user_id) | (Negotiation.vendor_id == actor.user_id)
        )
    if status is not None:
        query = query.where(Negotiation.status == status)
    if before is not None:
        query = query.where(Negotiation.id < before)
    return list(await session.scalars(query.order_by(Negotiation.id.desc()).limit(limit)))


async def get_order(session: AsyncSession, actor: Actor, order_id: int) -> Order:
    order = await session.get(Order, order_id)
    if order is None:
        raise NotFound(f"Order {order_id} does not exist.")
    if actor.user_id not in (order.customer_id, order.vendor_id):
        raise Forbidden("Only the buyer and the seller can see this order.")
    return order


async def list_orders(
    session: AsyncSession,
    actor: Actor,
    *,
    as_side: Side | None = None,
    before: int | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[Order]:
    """The actor's orders (bought, sold, or both), newest first; `before` (an id) and
    `offset` page to older ones."""
    if actor.user_id is None:
        raise Forbidden("Log in to see orders.")
    query = select(Order)
    if as_side is Side.CUSTOMER:
        query = query.where(Order.customer_id == actor.user_id)
    elif as_side is Side.VENDOR:
        query = query.where(Order.vendor_id == actor.user_id)
    else:
        query = query.where(
            (Order.customer_id == actor.user_id) | (Order.vendor_id == actor.user_id)
        )
    if before is not None:
        query = query.where(Order.id < before)
    return list(await session.scalars(query.order_by(Order.id.desc()).offset(offset).limit(limit)))
