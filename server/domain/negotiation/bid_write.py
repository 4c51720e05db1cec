"""The bid write on PostgreSQL in one statement: the negotiation's compare-and-set, the
bid and its audit row as data-modifying CTEs, built once (`bids.place_bid` takes it;
SQLite takes the three-statement path there)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Select, Text, bindparam, cast, func, insert, literal, select, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from models import Base, NegotiationStatus, utcnow
from server.domain.context import PENDING_OUTCOME, TRANSACTION_ID, Actor
from server.domain.negotiation.moves import _lost_race
from server.driver_statements import DriverStatement

if TYPE_CHECKING:
    from server.domain.negotiation.bids import BidOutcome

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


def _build_bid_statement() -> Select[int, int]:
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
    # The transaction's id comes back with the bid: whoever commits needs it to follow up
    # a COMMIT whose answer is lost (`server/live/settling.py`), and asking apart would
    # be one more round trip.
    return select(inserted.c.id, func.txid_current()).add_cte(cas, audited)


_BID_STATEMENT: Select[int, int] = _build_bid_statement()
_BID_WRITE_LEAN = DriverStatement(_BID_STATEMENT)


async def write_bid_in_one_statement(
    session: AsyncSession,
    actor: Actor,
    outcome: BidOutcome,
    values: dict[str, object],
    old: NegotiationStatus,
    detail: dict[str, object],
    *,
    lean: bool = False,
) -> None:
    """PostgreSQL: the compare-and-set, the bid and its audit row in one round trip.

    Data-modifying CTEs: the bid is inserted only from the row the compare-and-set
    updated, and the audit row only from the inserted bid, so a lost race writes
    nothing. This is the hot path of the bid API: one statement instead of three, no
    unit-of-work flush, and a statement built once. SQLite has no data-modifying CTEs
    and takes the three-statement path, with the same rows as the outcome.

    Until the write answers, `outcome` (its bid stamped, its id unknown) is the
    session's `PENDING_OUTCOME`: where the write is the commit (`single_statement`), a
    lost answer is followed up from it (the negotiation still holds the version the
    compare-and-set expected).
    """
    bid, negotiation = outcome.bid, outcome.negotiation
    version = negotiation.version + 1
    stamp = utcnow()
    set_committed_value(bid, "created_at", stamp)
    set_committed_value(bid, "updated_at", stamp)
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
    session.info[PENDING_OUTCOME] = outcome
    if lean:
        rows = await _BID_WRITE_LEAN.rows(session, params)
        written = rows[0] if rows else None
    else:
        written = (await session.execute(_BID_STATEMENT, params)).first()
    del session.info[PENDING_OUTCOME]
    if written is None:
        await _lost_race(session, negotiation.id)
    bid_id, xid = written
    session.info[TRANSACTION_ID] = int(xid)
    set_committed_value(bid, "id", bid_id)
    for key, value in {"version": version, "updated_at": stamp, **values}.items():
        set_committed_value(negotiation, key, value)
