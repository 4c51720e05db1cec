"""normalise contacts

Phone numbers to E.164 (`+917308157172`, however the number was written) and email
addresses to lower case, as the server now stores them. A row is rewritten only when
no other account already holds its canonical form (the oldest account wins); the rest
keep the form they were registered with and are still found by it at login.

Downgrade changes nothing: the forms the rows had before are not kept.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEPARATORS = str.maketrans("", "", " -().")


def _phone(phone: str) -> str:
    """A frozen copy of `server.domain.accounts.canonical_phone` as of this revision."""
    raw = phone.strip().translate(_SEPARATORS)
    if raw.startswith("+"):
        return "+" + raw[1:]
    if raw.startswith("00"):
        return "+" + raw[2:]
    if raw.startswith("0"):  # the trunk prefix of a number dialled within India
        return "+91" + raw[1:]
    if len(raw) == 10:
        return "+91" + raw
    return "+" + raw


def _email(email: str) -> str:
    return email.strip().lower()


def _normalise(column: str, canonical: object) -> None:
    users = sa.table("users", sa.column("id", sa.Integer), sa.column(column, sa.String))
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(users.c.id, users.c[column])
        .where(users.c[column].is_not(None))
        .order_by(users.c.id)
    ).all()
    taken = {value for _, value in rows}
    for user_id, value in rows:
        new = canonical(value)  # type: ignore[operator]
        if new == value or new in taken:
            continue
        conn.execute(sa.update(users).where(users.c.id == user_id).values({column: new}))
        taken.discard(value)
        taken.add(new)


def upgrade() -> None:
    _normalise("phone", _phone)
    _normalise("email", _email)


def downgrade() -> None:
    pass
