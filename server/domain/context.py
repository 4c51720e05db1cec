"""Who is acting, and from where: carried into every audit row."""

from __future__ import annotations

from dataclasses import dataclass

from models import Role


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: int | None
    role: Role | None
    request_id: str | None = None
    ip: str | None = None

    @classmethod
    def system(cls, request_id: str | None = None) -> Actor:
        """The server itself (sweepers, the demo loader)."""
        return cls(user_id=None, role=None, request_id=request_id, ip=None)


TRANSACTION_ID = "vyapar_transaction_id"
"""`session.info` key: the PostgreSQL transaction id a write learnt in passing (the bid
write returns it with the bid), so that whoever commits need not ask for it again."""

PENDING_OUTCOME = "vyapar_pending_outcome"
"""`session.info` key: what a write is about to make of a move (a bid's `BidOutcome`, its
`bid.id` not yet known), set just before the write and taken away once it has answered.
Where each statement commits alone (`server.sessions.single_statement`) that write is the
commit, so when its answer is lost, whoever commits follows it up from this
(`server/live/settling.py`)."""
