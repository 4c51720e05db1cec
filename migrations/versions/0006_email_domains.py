"""email domains in lower case

Accounts 0004 left in the form they were registered with (another account held the
lower-case form) keep their local part as written but get their domain in lower case,
as the login form sends it (`Asha@Example.IN` → `Asha@example.in`): the domain of an
address has no case, and a login could not find such an account otherwise. A row is
rewritten only when no other account holds the new form.

Downgrade changes nothing: the same account logs in the same way.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _domain_lowered(email: str) -> str:
    """A frozen copy of `server.domain.accounts.as_registered` as of this revision."""
    local, at, domain = email.strip().rpartition("@")
    return f"{local}@{domain.lower()}" if at else email.strip()


def upgrade() -> None:
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("email", sa.String))
    conn = op.get_bind()
    # Only rows with a capital somewhere can change: 0004 lower-cased all the others.
    rows = conn.execute(
        sa.select(users.c.id, users.c.email)
        .where(users.c.email.is_not(None), users.c.email != sa.func.lower(users.c.email))
        .order_by(users.c.id)
    ).all()
    for user_id, email in rows:
        new = _domain_lowered(email)
        if new == email:
            continue
        held = conn.execute(sa.select(users.c.id).where(users.c.email == new)).first()
        if held is None:
            conn.execute(sa.update(users).where(users.c.id == user_id).values(email=new))


def downgrade() -> None:
    pass
