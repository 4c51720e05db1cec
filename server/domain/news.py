"""Changes to a negotiation that no party made — the sweeper's expiries, a payment that
completed the deal — and so no socket or route tells its room. The domain marks them on
the session; once the caller commits, the live layer tells each room its new state
(`server.live.runtime`); a rollback forgets them."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

KEY = "vyapar.unseen_changes"


def mark_unseen(session: AsyncSession, negotiation_id: int) -> None:
    """The negotiation's state changed in this transaction without its room being told."""
    session.info.setdefault(KEY, set()).add(negotiation_id)
