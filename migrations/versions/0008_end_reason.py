"""a reject's or cancel's reason kept on the negotiation

`end_reason`, `end_reason_language` and `ended_by` on `negotiations`: the reason a side
gave for turning a deal down or withdrawing is shown and said to the other side
(`GET /api/negotiations/{id}`, the socket's `state` and `snapshot`). Three nullable
columns: no rewrite of the table.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("negotiations", sa.Column("end_reason", sa.Text(), nullable=True))
    op.add_column(
        "negotiations", sa.Column("end_reason_language", sa.String(length=8), nullable=True)
    )
    op.add_column(
        "negotiations",
        sa.Column(
            "ended_by",
            sa.Enum("customer", "vendor", name="side", native_enum=False),
            nullable=True,
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("negotiations") as batch:
        batch.drop_column("ended_by")
        batch.drop_column("end_reason_language")
        batch.drop_column("end_reason")
