"""payments

Checkouts (Razorpay orders and payment links opened for our orders), payments, refunds,
raw webhook events and idempotency keys.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _timestamps() -> list[sa.Column[object]]:
    return [
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "checkouts",
        sa.Column("id", ID, nullable=False),
        sa.Column("order_id", ID, nullable=False),
        sa.Column(
            "kind",
            sa.Enum("order", "link", name="checkoutkind", native_enum=False, length=8),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "creating",
                "created",
                "attempted",
                "paid",
                "expired",
                "cancelled",
                name="checkoutstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("razorpay_order_id", sa.String(length=40), nullable=True),
        sa.Column("razorpay_payment_link_id", sa.String(length=40), nullable=True),
        sa.Column("short_url", sa.String(length=255), nullable=True),
        sa.Column("receipt", sa.String(length=40), nullable=False),
        sa.Column("amount_paise", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.CheckConstraint("amount_paise > 0", name=op.f("ck_checkouts_amount_positive")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_checkouts_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkouts")),
        sa.UniqueConstraint("order_id", "kind", name=op.f("uq_checkouts_order_id_kind")),
        sa.UniqueConstraint("razorpay_order_id", name=op.f("uq_checkouts_razorpay_order_id")),
        sa.UniqueConstraint(
            "razorpay_payment_link_id", name=op.f("uq_checkouts_razorpay_payment_link_id")
        ),
    )
    with op.batch_alter_table("checkouts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkouts_order_id"), ["order_id"], unique=False)
        batch_op.create_index(
            "ix_checkouts_status_created_at", ["status", "created_at"], unique=False
        )

    op.create_table(
        "payments",
        sa.Column("id", ID, nullable=False),
        sa.Column("order_id", ID, nullable=False),
        sa.Column("checkout_id", ID, nullable=False),
        sa.Column("razorpay_payment_id", sa.String(length=40), nullable=False),
        sa.Column("amount_paise", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "created",
                "authorized",
                "captured",
                "refunded",
                "failed",
                name="paymentstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "allocation",
            sa.Enum(
                "pending",
                "credited",
                "surplus",
                name="paymentallocation",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("credited_order_id", ID, nullable=True),
        sa.Column("amount_refunded_paise", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=24), nullable=True),
        sa.Column("error_code", sa.String(length=64), nullable=True),
        sa.Column("error_description", sa.String(length=255), nullable=True),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.CheckConstraint("amount_paise > 0", name=op.f("ck_payments_amount_positive")),
        sa.CheckConstraint(
            "amount_refunded_paise >= 0 AND amount_refunded_paise <= amount_paise",
            name=op.f("ck_payments_refunds_within_amount"),
        ),
        sa.ForeignKeyConstraint(
            ["checkout_id"], ["checkouts.id"], name=op.f("fk_payments_checkout_id_checkouts")
        ),
        sa.ForeignKeyConstraint(
            ["credited_order_id"],
            ["orders.id"],
            name=op.f("fk_payments_credited_order_id_orders"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_payments_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("razorpay_payment_id", name=op.f("uq_payments_razorpay_payment_id")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_checkout_id"), ["checkout_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_payments_credited_order_id"), ["credited_order_id"], unique=True
        )
        batch_op.create_index(batch_op.f("ix_payments_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payments_status"), ["status"], unique=False)

    op.create_table(
        "refunds",
        sa.Column("id", ID, nullable=False),
        sa.Column("payment_id", ID, nullable=False),
        sa.Column("order_id", ID, nullable=False),
        sa.Column("requested_by", ID, nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "vendor", "automatic", "external", name="refundkind", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "pending",
                "processed",
                "failed",
                name="refundstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("amount_paise", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=255), nullable=True),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("razorpay_refund_id", sa.String(length=40), nullable=True),
        sa.Column("error", sa.String(length=255), nullable=True),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.CheckConstraint("amount_paise > 0", name=op.f("ck_refunds_amount_positive")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_refunds_order_id_orders")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_refunds_payment_id_payments")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"],
            ["users.id"],
            name=op.f("fk_refunds_requested_by_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refunds")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_refunds_idempotency_key")),
        sa.UniqueConstraint("razorpay_refund_id", name=op.f("uq_refunds_razorpay_refund_id")),
    )
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refunds_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refunds_payment_id"), ["payment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refunds_requested_by"), ["requested_by"], unique=False)
        batch_op.create_index(
            "ix_refunds_status_created_at", ["status", "created_at"], unique=False
        )

    op.create_table(
        "webhook_events",
        sa.Column("id", ID, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("event", sa.String(length=48), nullable=False),
        sa.Column("business_key", sa.String(length=96), nullable=True),
        sa.Column("raw_body", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "processed",
                "duplicate",
                "ignored",
                "failed",
                name="webhookstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("deliveries", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_webhook_events_event_id")),
    )
    with op.batch_alter_table("webhook_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_webhook_events_business_key"), ["business_key"], unique=False
        )
        batch_op.create_index(
            "ix_webhook_events_status_created_at", ["status", "created_at"], unique=False
        )

    op.create_table(
        "idempotency_keys",
        sa.Column("id", ID, nullable=False),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "in_progress", "completed", name="idempotencystate", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("resource_type", sa.String(length=32), nullable=True),
        sa.Column("resource_id", sa.Integer(), nullable=True),
        sa.Column("response", sa.JSON(), nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_idempotency_keys_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_keys")),
        sa.UniqueConstraint(
            "user_id", "scope", "key", name=op.f("uq_idempotency_keys_user_id_scope_key")
        ),
    )


def downgrade() -> None:
    op.drop_table("idempotency_keys")
    with op.batch_alter_table("webhook_events", schema=None) as batch_op:
        batch_op.drop_index("ix_webhook_events_status_created_at")
        batch_op.drop_index(batch_op.f("ix_webhook_events_business_key"))

    op.drop_table("webhook_events")
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.drop_index("ix_refunds_status_created_at")
        batch_op.drop_index(batch_op.f("ix_refunds_requested_by"))
        batch_op.drop_index(batch_op.f("ix_refunds_payment_id"))
        batch_op.drop_index(batch_op.f("ix_refunds_order_id"))

    op.drop_table("refunds")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_status"))
        batch_op.drop_index(batch_op.f("ix_payments_order_id"))
        batch_op.drop_index(batch_op.f("ix_payments_credited_order_id"))
        batch_op.drop_index(batch_op.f("ix_payments_checkout_id"))

    op.drop_table("payments")
    with op.batch_alter_table("checkouts", schema=None) as batch_op:
        batch_op.drop_index("ix_checkouts_status_created_at")
        batch_op.drop_index(batch_op.f("ix_checkouts_order_id"))

    op.drop_table("checkouts")
