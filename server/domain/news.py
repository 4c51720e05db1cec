"""Changes that no socket or route tells a room of itself. The domain marks them on the
session; once the caller commits, the live layer tells the rooms concerned
(`server.live.runtime`); a rollback forgets them.

- A negotiation's state changed with no party's move (the sweeper's expiries, a payment
  that completed the deal): its room is told the new state (`KEY`).
- A vendor edited a product (its names, unit, prices, stock, on sale or not): the room of
  every open negotiation of it is told the product as it now is (`PRODUCTS_KEY`)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

KEY = "vyapar.unseen_changes"
PRODUCTS_KEY = "vyapar.changed_products"


def mark_unseen(session: AsyncSession, negotiation_id: int) -> None:
    """The negotiation's state changed in this transaction without its room being told."""
    session.info.setdefault(KEY, set()).add(negotiation_id)


def mark_product_changed(session: AsyncSession, product_id: int) -> None:
    """The product was edited in this transaction: its open negotiations' rooms are told."""
    session.info.setdefault(PRODUCTS_KEY, set()).add(product_id)
