"""`vyaparmitra sandbox` and `vyaparmitra payments reconcile`, run as real processes."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio.to_thread
import httpx
import razorpay
import sqlalchemy as sa

from models import User, utcnow
from server.live.redis_rooms import RedisRoomBus
from server.live.rooms import RESYNC
from server.redisconn import redis_from_settings
from tests.cli_process import run_vyaparmitra
from tests.conftest import REDIS_URL, make_settings, need
from tests.integration.test_payment_sandbox import Receiver
from tests.integration.test_payment_support import KEY_ID, KEY_SECRET, WEBHOOK_SECRET, payment_world
from tests.ports import free_port

VYAPARMITRA = Path(sys.executable).parent / "vyaparmitra"


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")}
    env.update(
        {
            "VYAPAR_ENV": "development",
            "VYAPAR_SECRET_KEY": "cli-payments-secret-" + "p" * 40,
            "VYAPAR_RAZORPAY_KEY_ID": KEY_ID,
            "VYAPAR_RAZORPAY_KEY_SECRET": KEY_SECRET,
            "VYAPAR_RAZORPAY_WEBHOOK_SECRET": WEBHOOK_SECRET,
            **extra,
        }
    )
    return env


def wait_for_port(port: int, process: subprocess.Popen[str], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the sandbox exited: {process.communicate()}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError("the sandbox did not start listening")


def test_sandbox_command_serves_razorpay_and_signs_webhooks(tmp_path: Path) -> None:
    port = free_port()
    with Receiver() as receiver:
        process = subprocess.Popen(
            [str(VYAPARMITRA), "sandbox", "--port", str(port), "--webhook-url", receiver.url],
            env=cli_env(),
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for_port(port, process)
            url = f"http://127.0.0.1:{port}"
            client = razorpay.Client(auth=(KEY_ID, KEY_SECRET), base_url=url)
            try:
                order = client.order.create({"amount": 4200, "currency": "INR", "receipt": "5"})
                paid = httpx.post(
                    f"{url}/sandbox/orders/{order['id']}/pay", json={"outcome": "success"}
                ).json()
                assert client.utility.verify_payment_signature(paid) is True
                deadline = time.monotonic() + 10
                while len(receiver.received) < 3 and time.monotonic() < deadline:
                    time.sleep(0.05)
                for headers, body in receiver.received:
                    assert client.utility.verify_webhook_signature(
                        body.decode(), headers["x-razorpay-signature"], WEBHOOK_SECRET
                    )
                assert receiver.events() == ["payment.authorized", "payment.captured", "order.paid"]
            finally:
                client.session.close()
        finally:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert f"Razorpay sandbox on http://127.0.0.1:{port}" in err


def test_sandbox_command_generates_keys_when_none_are_set(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in cli_env().items() if not k.startswith("VYAPAR_RAZORPAY")}
    process = subprocess.Popen(
        [str(VYAPARMITRA), "sandbox", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_port(port, process)
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    assert "VYAPAR_RAZORPAY_KEY_ID=rzp_test_" in err


async def test_reconcile_command_heals_a_lost_webhook(database_url: str, tmp_path: Path) -> None:
    async with payment_world(database_url) as world:
        m = await world.market()
        order = await world.deal(m)
        co = await world.checkout(m["c"], order["id"])
        await world.pay(co["razorpay_order_id"], drop=True)
        assert (await world.status(m["c"], order["id"]))["paid"] is False

        def run() -> subprocess.CompletedProcess[str]:
            return run_vyaparmitra(
                ["payments", "reconcile"],
                env=cli_env(
                    VYAPAR_DATABASE_URL=database_url,
                    VYAPAR_RAZORPAY_BASE_URL=world.sandbox.url,
                ),
                cwd=tmp_path,
                timeout=60,
            )

        done = await anyio.to_thread.run_sync(run)
        assert done.returncode == 0, done.stderr
        report: dict[str, Any] = json.loads(done.stdout)
        assert report["orders_paid"] == [order["id"]]
        assert report["errors"] == []
        status = await world.status(m["c"], order["id"])
        assert status["paid"] is True
        neg = (await world.api.get(m["c"], f"/api/negotiations/{order['negotiation_id']}")).json()
        assert neg["status"] == "COMPLETED"
        assert report["rooms_told"] is None  # no Redis here: no server's rooms to reach


async def test_reconcile_command_tells_the_servers_rooms_to_resync(
    database_url: str, tmp_path: Path
) -> None:
    """The command is not the server: the deal it completed is told to the servers' room
    sockets as a `resync` over Redis, so both pages reload and show it paid."""
    redis_url = need(REDIS_URL, "Redis")
    async with payment_world(database_url) as world:
        m = await world.market()
        order = await world.deal(m)
        co = await world.checkout(m["c"], order["id"])
        await world.pay(co["razorpay_order_id"], drop=True)
        redis = redis_from_settings(make_settings(database_url, redis_url=redis_url))
        bus = RedisRoomBus(redis)
        try:
            async with bus.listen(order["negotiation_id"]) as heard:

                def run() -> subprocess.CompletedProcess[str]:
                    return run_vyaparmitra(
                        ["payments", "reconcile"],
                        env=cli_env(
                            VYAPAR_DATABASE_URL=database_url,
                            VYAPAR_RAZORPAY_BASE_URL=world.sandbox.url,
                            VYAPAR_REDIS_URL=redis_url,
                        ),
                        cwd=tmp_path,
                        timeout=60,
                    )

                done = await anyio.to_thread.run_sync(run)
                assert done.returncode == 0, done.stderr
                assert json.loads(done.stdout)["rooms_told"] == 1
                event = await asyncio.wait_for(heard.get(), timeout=5)
                assert event is not None and event.type == RESYNC
        finally:
            await bus.aclose()
            await redis.aclose()


def test_reconcile_command_needs_keys(tmp_path: Path) -> None:
    env = {k: v for k, v in cli_env().items() if not k.startswith("VYAPAR_RAZORPAY")}
    env["VYAPAR_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"
    done = run_vyaparmitra(
        ["payments", "reconcile"],
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 1
    assert "VYAPAR_RAZORPAY_KEY_ID" in done.stderr


async def test_reconcile_command_that_leaves_errors_exits_1(
    database_url: str, tmp_path: Path
) -> None:
    """A cron job or a runbook reads the status: a pass that could not reach Razorpay for
    a checkout used to print its report with the error listed and exit 0."""
    async with payment_world(database_url) as world:
        m = await world.market()
        order = await world.deal(m)
        await world.checkout(m["c"], order["id"])

        def run() -> subprocess.CompletedProcess[str]:
            return run_vyaparmitra(
                ["payments", "reconcile"],
                env=cli_env(
                    VYAPAR_DATABASE_URL=database_url,
                    VYAPAR_RAZORPAY_BASE_URL=f"http://127.0.0.1:{free_port()}",
                ),
                cwd=tmp_path,
                timeout=120,
            )

        done = await anyio.to_thread.run_sync(run)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.strip(), done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    assert report["errors"], report
    assert "Traceback" not in done.stderr
    # One line on stderr, as docs/payments.md says: the report itself is on stdout.
    (line,) = done.stderr.strip().splitlines()
    # Each step that could not reach Razorpay (the open checkout, the window's refunds).
    count = len(report["errors"])
    assert count >= 2, report
    assert line.startswith(f"Error: reconciliation left {count} errors (listed in the report)"), (
        line
    )


def _assert_reconcile_refuses(tmp_path: Path, option: str, values: tuple[str, ...]) -> None:
    env = cli_env(VYAPAR_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    for value in values:
        done = run_vyaparmitra(
            ["payments", "reconcile", option, value], env=env, cwd=tmp_path, timeout=60
        )
        assert done.returncode == 2, (value, done.stdout, done.stderr)
        assert f"Invalid value for '{option}'" in done.stderr, (value, done.stderr)
        assert "Traceback" not in done.stderr


def test_reconcile_command_refuses_a_window_that_is_not_hours(tmp_path: Path) -> None:
    _assert_reconcile_refuses(tmp_path, "--window-hours", ("nan", "inf", "1e308", "0", "-5"))


def test_reconcile_command_refuses_a_since_that_is_not_a_recent_time(tmp_path: Path) -> None:
    _assert_reconcile_refuses(
        tmp_path,
        "--payments-since",
        ("yesterday", "2026-13-01", "1999-01-01", "2999-01-01T00:00+05:30", ""),
    )


async def test_reconcile_command_asks_for_the_payments_since_a_time(
    database_url: str, tmp_path: Path
) -> None:
    """`--payments-since` also reads Razorpay's list of payments made since then (the
    restore case itself is in test_restore.py)."""
    async with payment_world(database_url) as world:
        m = await world.market()
        order = await world.deal(m)
        co = await world.checkout(m["c"], order["id"])
        await world.pay(co["razorpay_order_id"], drop=True)
        since = (utcnow() - timedelta(minutes=5)).isoformat(timespec="seconds")

        def run() -> subprocess.CompletedProcess[str]:
            return run_vyaparmitra(
                ["payments", "reconcile", "--payments-since", since],
                env=cli_env(
                    VYAPAR_DATABASE_URL=database_url,
                    VYAPAR_RAZORPAY_BASE_URL=world.sandbox.url,
                ),
                cwd=tmp_path,
                timeout=60,
            )

        done = await anyio.to_thread.run_sync(run)
        assert done.returncode == 0, done.stderr
        report: dict[str, Any] = json.loads(done.stdout)
        assert report["payments_listed"] == 1
        assert report["orders_paid"] == [order["id"]]
        assert (await world.status(m["c"], order["id"]))["paid"] is True


async def test_reconcile_command_that_leaves_only_unmatched_money_exits_3(
    database_url: str, tmp_path: Path
) -> None:
    """Money captured for a Razorpay order no order here has (after a restore, say) waits
    for a person: the pass went well, so not 1 ("run it again later"), but not 0."""
    async with payment_world(database_url) as world:
        client = razorpay.Client(auth=(KEY_ID, KEY_SECRET), base_url=world.sandbox.url)
        stray = await anyio.to_thread.run_sync(
            lambda: client.order.create({"amount": 9100, "currency": "INR", "receipt": "lost-1"})
        )
        paid = await world.pay(stray["id"], drop=True)
        since = (utcnow() - timedelta(minutes=5)).isoformat(timespec="seconds")

        def run() -> subprocess.CompletedProcess[str]:
            return run_vyaparmitra(
                ["payments", "reconcile", "--payments-since", since],
                env=cli_env(
                    VYAPAR_DATABASE_URL=database_url,
                    VYAPAR_RAZORPAY_BASE_URL=world.sandbox.url,
                ),
                cwd=tmp_path,
                timeout=60,
            )

        done = await anyio.to_thread.run_sync(run)
    assert done.returncode == 3, done.stdout + done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    assert report["unmatched_payments"] == [paid["razorpay_payment_id"]], report
    assert len(report["errors"]) == 1
    # The last line on stderr (each unmatched payment is also logged as a warning).
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith("Error: 1 captured payment matches no order here"), line
    assert "running again will not clear it" in line


async def test_the_operator_refunds_a_closed_stalls_paid_order_once(
    database_url: str, tmp_path: Path
) -> None:
    """A vendor whose account is deactivated cannot refund their paid orders; the
    operator can, and the same command again makes no second refund."""
    async with payment_world(database_url) as world:
        m = await world.market()
        order = await world.deal(m)
        co = await world.checkout(m["c"], order["id"])
        await world.pay(co["razorpay_order_id"])
        await world.settle()
        async with world.app.state.sessions() as session, session.begin():
            await session.execute(
                sa.update(User).where(User.id == m["vendor"]["user"]["id"]).values(is_active=False)
            )
        env = cli_env(VYAPAR_DATABASE_URL=database_url, VYAPAR_RAZORPAY_BASE_URL=world.sandbox.url)

        def refund(*args: str) -> subprocess.CompletedProcess[str]:
            return run_vyaparmitra(["payments", "refund", *args], env=env, cwd=tmp_path, timeout=60)

        asked = await anyio.to_thread.run_sync(refund, str(order["id"]), "--reason", "stall closed")
        assert asked.returncode == 2 and "pass --yes to send it" in asked.stderr, asked.stderr
        args = (str(order["id"]), "--paise", "3000", "--reason", "stall closed", "--yes")
        first = await anyio.to_thread.run_sync(refund, *args)
        assert first.returncode == 0, first.stdout + first.stderr
        made = json.loads(first.stdout)
        assert made["status"] in ("pending", "processed"), made  # the bank's part may follow
        assert (made["amount_paise"], made["new"]) == (3000, True)
        again = await anyio.to_thread.run_sync(refund, *args)
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["refund_id"] == made["refund_id"]
        assert json.loads(again.stdout)["new"] is False
        await world.settle()
        status = await world.status(m["c"], order["id"])
        assert status["refunded_paise"] == 3000
        [rzp_payment] = [
            p
            for p in world.sandbox.state.payments.values()
            if p["order_id"] == co["razorpay_order_id"]
        ]
        assert rzp_payment["amount_refunded"] == 3000
        # More than is left, or an order that does not exist: one line each.
        too_much = await anyio.to_thread.run_sync(
            refund, str(order["id"]), "--paise", "5000", "--reason", "rest", "--yes"
        )
        assert too_much.returncode == 1 and "Traceback" not in too_much.stderr
        assert too_much.stderr.strip().splitlines()[-1].startswith("Error: Only ₹40 of the ₹70")
        missing = await anyio.to_thread.run_sync(refund, "999999", "--reason", "x", "--yes")
        assert missing.returncode == 1
        assert missing.stderr.strip().splitlines()[-1] == "Error: Order 999999 does not exist."
        await world.check_money_invariants()
