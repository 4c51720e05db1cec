"""`vyaparmitra payments refund`: the operator refunds a paid order, for a vendor who
cannot (a closed stall: their account deactivated) or on their behalf."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import click

from server.cli_confirm import NeedsYes
from server.settings import Settings

ANSWERED = ("processed", "pending")
"""A refund Razorpay took: `processed`, or `pending` at the bank (a webhook finishes it)."""


def register(payments: click.Group, load: Any) -> None:
    @payments.command("refund")
    @click.argument("order_id", type=click.IntRange(1, 2**63 - 1))
    @click.option(
        "--paise",
        type=click.IntRange(1, 2**63 - 1),
        default=None,
        help="How much to refund, in paise (default: all that is left of the payment).",
    )
    @click.option("--reason", required=True, help="Why (kept with the refund, shown to both).")
    @click.option("--yes", is_flag=True, help="Send it (refused without: money moves).")
    def refund_command(order_id: int, paise: int | None, reason: str, yes: bool) -> None:
        """Refund a paid order through Razorpay, whoever its vendor is (one whose stall is
        closed can refund nothing themselves).

        The same order, amount and reason name the same refund: run the command again
        after a timeout and it asks Razorpay for that refund again (never a second one).
        Prints the refund as JSON; exits 1 when Razorpay has not taken it (run it again)."""
        reason = reason.strip()
        if not reason:
            raise click.BadParameter("say why the order is refunded", param_hint="--reason")
        if not yes:
            amount = "all that is left" if paise is None else f"{paise} paise"
            raise NeedsYes(
                f"This refunds {amount} of order {order_id} through Razorpay; pass --yes to "
                "send it."
            )
        from server.cli import require_migrated

        settings: Settings = load()
        if not (settings.razorpay_key_id and settings.razorpay_key_secret):
            raise click.ClickException(
                "Set VYAPAR_RAZORPAY_KEY_ID and VYAPAR_RAZORPAY_KEY_SECRET (and "
                "VYAPAR_RAZORPAY_BASE_URL for a sandbox) to refund."
            )
        require_migrated(settings)
        result = asyncio.run(_refund(settings, order_id, paise, reason))
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        if result["status"] not in ANSWERED:
            raise click.ClickException(
                f"Razorpay has not taken refund {result['refund_id']} ({result['status']}"
                f"{': ' + result['error'] if result.get('error') else ''}); run the same "
                "command again later: it asks for this refund again, never a second one"
            )


async def _refund(
    settings: Settings, order_id: int, paise: int | None, reason: str
) -> dict[str, Any]:
    import uuid

    from server.db import create_engine
    from server.domain.context import Actor
    from server.domain.errors import DomainError
    from server.domain.payments.refunds import reserve_operator_refund
    from server.payments.gateway import RazorpayGateway
    from server.payments.refunds import send_refund
    from server.payments.runtime import gateway_config
    from server.sessions import session_factory

    engine = create_engine(settings.database_url, answer_timeout=settings.db_answer_timeout_seconds)
    gateway = RazorpayGateway(gateway_config(settings))
    actor = Actor.system(request_id=f"cli-refund-{uuid.uuid4().hex[:12]}")
    try:
        async with session_factory(engine)() as session:
            try:
                async with session.begin():
                    refund, new = await reserve_operator_refund(
                        session, actor, order_id, amount_paise=paise, reason=reason
                    )
            except DomainError as exc:
                raise click.ClickException(exc.message) from None
            refund = await send_refund(session, gateway, actor, refund.id)
            return {
                "refund_id": refund.id,
                "order_id": refund.order_id,
                "amount_paise": refund.amount_paise,
                "status": refund.status.value,
                "razorpay_refund_id": refund.razorpay_refund_id,
                "new": new,
                "error": refund.error,
            }
    finally:
        gateway.close()
        await engine.dispose()
