"""Payment commands of the CLI: the local Razorpay sandbox and reconciliation (the
operator's refund: `server.cli_refund`)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
from datetime import UTC, datetime, timedelta
from typing import Any

import click

from server.cli_numbers import ASCII_FLOAT
from server.cli_serve import PORT, _check_port
from server.settings import Settings

MAX_WINDOW_HOURS = 24 * 365
"""The longest look back `payments reconcile --window-hours` takes: a year."""


def _window_hours(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if not (math.isfinite(value) and 0 < value <= MAX_WINDOW_HOURS):
        raise click.BadParameter(
            f"{value} is not a number of hours above 0, at most {MAX_WINDOW_HOURS}"
        )
    return value


def _since(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """An ISO 8601 date or time (UTC unless it names an offset), in the past year."""
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date or time; write it as 2026-03-01 or 2026-03-01T14:30"
            " (UTC unless an offset such as +05:30 is given)"
        ) from None
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    now = datetime.now(UTC)
    if not now - timedelta(hours=MAX_WINDOW_HOURS) <= when <= now:
        raise click.BadParameter(f"{value} is not within the past year")
    return when


def webhook_url_problem(url: str) -> str | None:
    """Why `url` cannot take the sandbox's webhooks (None when it can): only an http(s)
    URL with a host can be delivered to."""
    from urllib.parse import urlsplit

    from server.domain.errors import as_typed

    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError as exc:
        return f"{as_typed(url)} is not a URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"{as_typed(url)} is not an http:// or https:// URL"
    if not parts.hostname:
        return f"{as_typed(url)} names no host"
    return None


def _webhook_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        problem = webhook_url_problem(value)
        if problem is not None:
            raise click.BadParameter(problem)
    return value


def register(main: click.Group, load: Any) -> None:
    """Attach `sandbox` and `payments …` to the CLI group; `load()` returns Settings."""

    @main.command()
    @click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
    @click.option("--port", default=9090, show_default=True, type=PORT, help="Port to listen on.")
    @click.option(
        "--webhook-url",
        default=None,
        callback=_webhook_url,
        help="Where to deliver signed webhooks "
        "(default VYAPAR_RAZORPAY_SANDBOX_WEBHOOK_URL; none: keep them at /sandbox/events).",
    )
    @click.option(
        "--events",
        default=None,
        help="The webhook's active events, comma-separated (default: all), as ticked in "
        "Razorpay's dashboard, e.g. order.paid,payment.failed,refund.processed.",
    )
    def sandbox(host: str, port: int, webhook_url: str | None, events: str | None) -> None:
        """Run a local Razorpay (REST API, checkout pages, signed webhooks).

        Keys come from VYAPAR_RAZORPAY_KEY_ID / _KEY_SECRET / _WEBHOOK_SECRET, so a
        server started with the same settings and VYAPAR_RAZORPAY_BASE_URL pointing here
        talks to it exactly as it would talk to Razorpay.
        """
        from server.payments.sandbox import SandboxServer, SandboxState, generate_keys

        settings: Settings = load()
        key_id, key_secret, webhook_secret = generate_keys()
        generated = not (settings.razorpay_key_id and settings.razorpay_key_secret)
        if not generated:
            assert settings.razorpay_key_id
            assert settings.razorpay_key_secret
            key_id, key_secret = settings.razorpay_key_id, settings.razorpay_key_secret
        webhook_secret = settings.razorpay_webhook_secret or webhook_secret
        state = SandboxState(key_id, key_secret, webhook_secret)
        state.max_amount = settings.payment_max_total_paise  # the server's, from the same settings
        if events is not None:  # an empty --events names none: a usage error
            from server.payments.sandbox.api import active_events
            from server.payments.sandbox.model import SandboxError

            named = [e.strip() for e in events.split(",") if e.strip()]
            if not named:
                raise click.BadParameter(
                    "name at least one event, or leave --events out for all",
                    param_hint="--events",
                )
            try:
                state.active_events = active_events(named)
            except SandboxError as exc:
                raise click.BadParameter(exc.description, param_hint="--events") from exc
        if not webhook_url and settings.razorpay_sandbox_webhook_url:
            problem = webhook_url_problem(settings.razorpay_sandbox_webhook_url)
            if problem is not None:
                raise click.ClickException(
                    f"invalid settings: VYAPAR_RAZORPAY_SANDBOX_WEBHOOK_URL: {problem}"
                )
        # A port in use (or not ours to take) is one line, status 1, as for `serve`,
        # before the sandbox says where it is.
        _check_port(host, port, choose="--port")
        server = SandboxServer(
            state,
            host=host,
            port=port,
            webhook_url=webhook_url or settings.razorpay_sandbox_webhook_url,
        )
        server.url = f"http://{host}:{port}"
        click.echo(
            f"Razorpay sandbox on {server.url} (orders page: {server.url}/sandbox)", err=True
        )
        if generated:
            click.echo(
                "generated test keys (set VYAPAR_RAZORPAY_KEY_ID, _KEY_SECRET and "
                "_WEBHOOK_SECRET to choose them):\n"
                f"  VYAPAR_RAZORPAY_KEY_ID={key_id}\n"
                f"  VYAPAR_RAZORPAY_KEY_SECRET={key_secret}\n"
                f"  VYAPAR_RAZORPAY_WEBHOOK_SECRET={webhook_secret}",
                err=True,
            )
        # uvicorn re-raises Ctrl+C once it has shut down cleanly; that is a normal exit.
        with contextlib.suppress(KeyboardInterrupt):
            server.run_forever()

    @main.group()
    def payments() -> None:
        """Payments with Razorpay."""

    from server import cli_refund

    cli_refund.register(payments, load)

    @payments.command("reconcile")
    @click.option(
        "--window-hours",
        default=72,
        show_default=True,
        type=ASCII_FLOAT,
        callback=_window_hours,
        help=f"Check checkouts opened this recently (above 0, at most {MAX_WINDOW_HOURS}).",
    )
    @click.option(
        "--payments-since",
        callback=_since,
        metavar="WHEN",
        help="Also ask Razorpay for every payment made since WHEN (ISO 8601, UTC unless "
        "an offset is given): after a restore from backup, the backup's time.",
    )
    def reconcile_command(window_hours: float, payments_since: datetime | None) -> None:
        """Ask Razorpay about every unfinished payment and apply what happened.

        After a restore from backup, pass `--payments-since` the backup's time: payments
        whose webhooks the server took before the restore come again from Razorpay's
        list of payments (those of orders the restore lost are reported, for a person).

        Prints a JSON report; exits 1 when the report lists errors another run may clear
        (Razorpay could not be reached for some checkout: run it again later), else 3 when
        captured payments match no order here (a person refunds or matches each). Needs
        the Razorpay keys (and VYAPAR_RAZORPAY_BASE_URL for a sandbox): the embedded
        sandbox lives inside a running server only.
        """
        from server.cli import require_migrated

        settings: Settings = load()
        if not (settings.razorpay_key_id and settings.razorpay_key_secret):
            raise click.ClickException(
                "Set VYAPAR_RAZORPAY_KEY_ID and VYAPAR_RAZORPAY_KEY_SECRET (and "
                "VYAPAR_RAZORPAY_BASE_URL for a sandbox) to reconcile."
            )
        require_migrated(settings)
        # The gateway and the payment rules, once the database is known to be there.
        from server.db import create_engine
        from server.domain import news
        from server.payments.gateway import RazorpayGateway
        from server.payments.reconcile import reconcile
        from server.payments.runtime import gateway_config
        from server.sessions import after_commit, session_factory

        async def _run() -> tuple[dict[str, Any], int]:
            engine = create_engine(
                settings.database_url, answer_timeout=settings.db_answer_timeout_seconds
            )
            gateway = RazorpayGateway(gateway_config(settings))
            sessions = session_factory(engine)
            moved: set[int] = set()
            after_commit(sessions, news.KEY, moved.update)
            try:
                report = await reconcile(
                    sessions,
                    gateway,
                    window=timedelta(hours=window_hours),
                    payments_since=payments_since,
                )
            finally:
                gateway.close()
                await engine.dispose()
            result = report.as_dict()
            result["rooms_told"] = await tell_rooms(settings, moved)
            return result, report.retryable

        result, retryable = asyncio.run(_run())
        click.echo(json.dumps(result, indent=2))
        unmatched = len(result["unmatched_payments"])
        if retryable:
            verb = "s also match" if unmatched > 1 else " also matches"
            more = (
                f"; {unmatched} captured payment{verb} no order here (`unmatched_payments`)"
                if unmatched
                else ""
            )
            raise click.ClickException(
                f"reconciliation left {retryable} error{'s' if retryable > 1 else ''} (listed "
                f"in the report); run it again later{more}"
            )
        if unmatched:
            raise NeedsAPerson(
                f"{unmatched} captured payment{'s match' if unmatched > 1 else ' matches'} no "
                "order here (`unmatched_payments` in the report): refund each from Razorpay's "
                "dashboard or match it by hand; running again will not clear "
                f"{'them' if unmatched > 1 else 'it'}"
            )


class NeedsAPerson(click.ClickException):
    """Exit 3: the pass itself went well, but money waits for a person's decision."""

    exit_code = 3


async def tell_rooms(settings: Settings, rooms: set[int]) -> int | None:
    """Deals a command changed (a payment it healed completes one): the servers' sockets
    in those rooms are told to resync over Redis, so both sides see the new state. None
    without Redis: rooms in memory belong to the server's own process, which a command
    cannot reach; their pages show the change when they next load it."""
    if not rooms or settings.redis_url is None:
        return None if settings.redis_url is None else 0
    from server.live.redis_rooms import RedisRoomBus
    from server.live.rooms import RESYNC
    from server.redisconn import redis_from_settings

    redis = redis_from_settings(settings)
    bus = RedisRoomBus(redis, seq_ttl_seconds=settings.live_seq_ttl_seconds)
    told = 0
    try:
        for room in sorted(rooms):
            try:
                await asyncio.wait_for(bus.publish(room, RESYNC, {}), timeout=5)
                told += 1
            except Exception as exc:  # Redis away: the room's pages are stale until reload
                click.echo(f"room {room} not told to resync: {exc}", err=True)
    finally:
        await bus.aclose()
        await redis.aclose()
    return told
