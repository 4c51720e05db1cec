"""negotiations by activity

`ix_negotiations_vendor_activity` on (vendor_id, updated_at, id): the vendor's console
lists its deals most recently active first (`GET /api/negotiations?order=activity`),
paged by (`active_before`, `before`). Without it a stall with many deals read and sorted
all of them for each page of 50.

Building the index holds writes to `negotiations` for as long as it takes (about a second
per million rows); run this step outside the busiest hour on a large table.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_negotiations_vendor_activity",
        "negotiations",
        ["vendor_id", "updated_at", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_negotiations_vendor_activity", table_name="negotiations")
