"""The sandbox speaks Razorpay: the official SDK against it over loopback, the checkout
pages a person clicks, and signed webhooks delivered to a real HTTP endpoint."""

from __future__ import annotations

import base64
import email.utils
import json
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import anyio.to_thread
import httpx
import pytest
import razorpay
from razorpay.errors import BadRequestError

from server.payments.errors import GatewayRejected, GatewayUnavailable
from server.payments.gateway import GatewayConfig, RazorpayGateway
from server.payments.sandbox import RetrySchedule, SandboxServer
from server.payments.sandbox.delivery import retry_after_seconds
from server.payments.signatures import checkout_signature
from tests.integration.test_payment_support import (
    DELIVERY_WAIT,
    KEY_ID,
    KEY_SECRET,
    QUICK_RETRIES,
    WEBHOOK_SECRET,
    running_sandbox,
)


class Receiver:
    """A plain HTTP server that records what it is sent (a merchant's webhook URL)."""

    def __init__(
        self, fail_first: int = 0, *, fail_status: int = 500, retry_after: str | None = None
    ) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.fail_first = fail_first
        receiver = self
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with lock:
                    receiver.received.append(
                        ({k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    failing = len(receiver.received) <= receiver.fail_first
                self.send_response(fail_status if failing else 200)
                if failing and retry_after is not None:
                    self.send_header("Retry-After", retry_after)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    def events(self) -> list[str]:
        return [json.loads(body)["event"] for _, body in self.received]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as r:
        yield r


@pytest.fixture
async def sandbox(receiver: Receiver) -> AsyncIterator[SandboxServer]:
    async with running_sandbox(webhook_url=receiver.url) as s:
        yield s


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[razorpay.Client]:
    """The SDK, exactly as an app would use it, pointed at the sandbox."""
    c = razorpay.Client(auth=(KEY_ID, KEY_SECRET), base_url=sandbox.url)
    yield c
    c.session.close()


def gateway(sandbox: SandboxServer, **config: Any) -> RazorpayGateway:
    return RazorpayGateway(
        GatewayConfig(
            key_id=KEY_ID,
            key_secret=KEY_SECRET,
            base_url=sandbox.url,
            webhook_secrets=(WEBHOOK_SECRET,),
            **config,
        )
    )


async def call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    return await anyio.to_thread.run_sync(lambda: fn(*args, **kwargs))


async def script_pay(http: httpx.AsyncClient, order_id: str, outcome: str) -> dict[str, Any]:
    r = await http.post(f"/sandbox/orders/{order_id}/pay", json={"outcome": outcome})
    return dict(r.json())


async def drain(sandbox: SandboxServer) -> None:
    await anyio.to_thread.run_sync(sandbox.drain, DELIVERY_WAIT)


async def test_orders_have_razorpays_shape_and_states(
    sandbox: SandboxServer, client: razorpay.Client
) -> None:
    order = await call(
        client.order.create,
        {"amount": 5000, "currency": "INR", "receipt": "42", "notes": {"negotiation_id": "7"}},
    )
    assert order["id"].startswith("order_") and len(order["id"]) == len("order_") + 14
    assert order["entity"] == "order"
    assert (order["amount"], order["amount_paid"], order["amount_due"]) == (5000, 0, 5000)
    assert order["status"] == "created"
    assert order["attempts"] == 0
    assert order["notes"] == {"negotiation_id": "7"}
    assert isinstance(order["created_at"], int)
    assert await call(client.order.fetch, order["id"]) == order
    listed = await call(client.order.all, {"receipt": "42"})
    assert listed["entity"] == "collection"
    assert [o["id"] for o in listed["items"]] == [order["id"]]

    async with httpx.AsyncClient(base_url=sandbox.url) as http:
        failed = (
            await http.post(f"/sandbox/orders/{order['id']}/pay", json={"outcome": "failure"})
        ).json()
        assert failed["razorpay_signature"] is None
        assert failed["error"]["metadata"]["order_id"] == order["id"]
        assert (await call(client.order.fetch, order["id"]))["status"] == "attempted"
        paid = (
            await http.post(f"/sandbox/orders/{order['id']}/pay", json={"outcome": "success"})
        ).json()
    assert paid["razorpay_order_id"] == order["id"]
    assert paid["razorpay_signature"] == checkout_signature(
        order["id"], paid["razorpay_payment_id"], KEY_SECRET
    )
    assert client.utility.verify_payment_signature(paid) is True
    fetched = await call(client.order.fetch, order["id"])
    assert (fetched["status"], fetched["amount_paid"], fetched["amount_due"]) == ("paid", 5000, 0)
    assert fetched["attempts"] == 2
    payments = (await call(client.order.payments, order["id"]))["items"]
    assert sorted(p["status"] for p in payments) == ["captured", "failed"]
    payment = await call(client.payment.fetch, paid["razorpay_payment_id"])
    assert payment["entity"] == "payment"
    assert payment["captured"] is True
    assert payment["order_id"] == order["id"]
    assert payment["fee"] == 100 and payment["tax"] == 15


async def test_errors_come_back_as_razorpays(
    sandbox: SandboxServer, client: razorpay.Client
) -> None:
    with pytest.raises(BadRequestError, match=r"atleast INR 1\.00"):
        await call(client.order.create, {"amount": 99, "currency": "INR"})
    with pytest.raises(BadRequestError, match="does not exist"):
        await call(client.payment.fetch, "pay_DoesNotExist00")
    stranger = razorpay.Client(auth=(KEY_ID, "wrong-secret"), base_url=sandbox.url)
    try:
        with pytest.raises(BadRequestError, match="api key provided is invalid"):
            await call(stranger.order.fetch, "order_Anything000000")
    finally:
        stranger.session.close()
    async with httpx.AsyncClient(base_url=sandbox.url) as http:
        r = await http.get("/v1/orders")
        assert r.status_code == 401
        assert r.json()["error"]["code"] == "BAD_REQUEST_ERROR"
        assert r.json()["error"]["description"].startswith("Please provide your api key")
        creds = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
        r = await http.post(
            "/v1/orders",
            json={"amount": "lots"},
            headers={"Authorization": f"Basic {creds}"},
        )
        assert r.status_code == 400
        error = r.json()["error"]
        assert set(error) >= {"code", "description", "source", "step", "reason", "metadata"}
        assert error["field"] == "amount"
        assert (await http.get("/v1/nowhere")).status_code == 404


async def test_an_amount_over_the_accounts_maximum_is_refused_as_razorpay_refuses_it(
    sandbox: SandboxServer, client: razorpay.Client
) -> None:
    """₹5,00,000 is taken, a paisa more is not, for orders and payment links alike; the
    maximum is a sandbox setting (`max_amount`), as Razorpay's is the account's."""
    top = 50_000_000
    order = await call(client.order.create, {"amount": top, "currency": "INR"})
    assert order["amount"] == top
    creds = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
    auth = {"Authorization": f"Basic {creds}"}
    async with httpx.AsyncClient(base_url=sandbox.url, headers=auth) as http:
        for path in ("/v1/orders", "/v1/payment_links"):
            r = await http.post(path, json={"amount": top + 1, "currency": "INR"})
            assert r.status_code == 400, r.text
            error = r.json()["error"]
            assert error["code"] == "BAD_REQUEST_ERROR"
            assert error["description"] == "Amount exceeds maximum amount allowed."
            assert error["field"] == "amount"
        r = await http.post("/v1/orders", json={"amount": 10**20, "currency": "INR"})
        assert r.status_code == 400 and r.json()["error"]["field"] == "amount"
        assert (await http.get("/sandbox/config")).json()["max_amount"] == top
        for wrong in (99, "lots", True, None):
            r = await http.post("/sandbox/config", json={"max_amount": wrong})
            assert r.status_code == 400 and r.json()["error"]["field"] == "max_amount"
        r = await http.post("/sandbox/config", json={"max_amount": 10_000})
        assert r.status_code == 200 and r.json()["max_amount"] == 10_000
    with pytest.raises(BadRequestError, match="exceeds maximum amount allowed"):
        await call(client.order.create, {"amount": 10_001, "currency": "INR"})
    assert (await call(client.order.create, {"amount": 10_000}))["status"] == "created"


async def test_refunds_are_idempotent_by_key(
    sandbox: SandboxServer, client: razorpay.Client
) -> None:
    order = await call(client.order.create, {"amount": 10000, "currency": "INR"})
    async with httpx.AsyncClient(base_url=sandbox.url) as http:
        paid = (
            await http.post(f"/sandbox/orders/{order['id']}/pay", json={"outcome": "success"})
        ).json()
    pid = paid["razorpay_payment_id"]
    key = {"headers": {"X-Refund-Idempotency": "refund-key-0000000001"}}
    first = await call(client.payment.refund, pid, {"amount": 4000}, **key)
    again = await call(client.payment.refund, pid, {"amount": 4000}, **key)
    assert first["id"] == again["id"]
    assert first["entity"] == "refund"
    assert first["status"] == "pending"
    with pytest.raises(BadRequestError, match="Different request with the same idempotency key"):
        await call(client.payment.refund, pid, {"amount": 1000}, **key)
    with pytest.raises(BadRequestError, match="greater than amount captured"):
        await call(client.payment.refund, pid, {"amount": 7000})
    await drain(sandbox)
    assert (await call(client.refund.fetch, first["id"]))["status"] == "processed"
    rest = await call(client.payment.refund, pid, {})
    assert rest["amount"] == 6000
    payment = await call(client.payment.fetch, pid)
    assert (payment["status"], payment["amount_refunded"], payment["refund_status"]) == (
        "refunded",
        10000,
        "full",
    )
    refunds = await call(client.payment.fetch_multiple_refund, pid, {})
    assert sorted(r["amount"] for r in refunds["items"]) == [4000, 6000]


async def test_payment_links(sandbox: SandboxServer, client: razorpay.Client) -> None:
    link = await call(
        client.payment_link.create,
        {
            "amount": 2500,
            "currency": "INR",
            "upi_link": True,
            "reference_id": "77-link",
            "callback_url": "http://shop.test/back",
            "callback_method": "get",
        },
    )
    assert link["id"].startswith("plink_")
    assert link["status"] == "created"
    assert link["short_url"] == f"{sandbox.url}/sandbox/pay/{link['id']}"
    with pytest.raises(BadRequestError, match="already exists"):
        await call(client.payment_link.create, {"amount": 2500, "reference_id": "77-link"})
    listed = await call(client.payment_link.all, {"reference_id": "77-link"})
    assert [x["id"] for x in listed["payment_links"]] == [link["id"]]
    async with httpx.AsyncClient(base_url=sandbox.url) as http:
        paid = (
            await http.post(f"/sandbox/payment_links/{link['id']}/pay", json={"outcome": "success"})
        ).json()
    assert paid["razorpay_payment_link_status"] == "paid"
    assert client.utility.verify_payment_link_signature(
        {
            "payment_link_id": paid["razorpay_payment_link_id"],
            "payment_link_reference_id": paid["razorpay_payment_link_reference_id"],
            "payment_link_status": paid["razorpay_payment_link_status"],
            "razorpay_payment_id": paid["razorpay_payment_id"],
            "razorpay_signature": paid["razorpay_signature"],
        }
    )
    assert paid["callback_url"].startswith("http://shop.test/back?razorpay_payment_id=")
    fetched = await call(client.payment_link.fetch, link["id"])
    assert (fetched["status"], fetched["amount_paid"]) == ("paid", 2500)
    assert fetched["payments"][0]["payment_id"] == paid["razorpay_payment_id"]

    other = await call(client.payment_link.create, {"amount": 2500, "reference_id": "78-link"})
    cancelled = await call(client.payment_link.cancel, other["id"])
    assert cancelled["status"] == "cancelled"


async def test_a_person_pays_on_the_checkout_page(
    sandbox: SandboxServer, client: razorpay.Client
) -> None:
    order = await call(client.order.create, {"amount": 12345, "currency": "INR", "receipt": "9"})
    async with httpx.AsyncClient(base_url=sandbox.url) as http:
        page = await http.get(f"/sandbox/checkout/{order['id']}")
        assert page.status_code == 200
        assert "₹123.45" in page.text
        assert 'value="success"' in page.text and 'value="failure"' in page.text
        index = await http.get("/sandbox")
        assert order["id"] in index.text
        done = await http.post(
            f"/sandbox/checkout/{order['id']}?return_url=http://shop.test/paid",
            content="outcome=success",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert done.status_code == 303
        location = httpx.URL(done.headers["location"])
        assert location.host == "shop.test"
        params = dict(location.params)
        assert params["razorpay_order_id"] == order["id"]
        assert client.utility.verify_payment_signature(params) is True
        again = await http.get(f"/sandbox/checkout/{order['id']}")
        assert "Already paid" in again.text


async def test_a_failed_checkout_goes_back_to_the_shop_with_razorpays_error(
    sandbox: SandboxServer, client: razorpay.Client
) -> None:
    """A payment that fails on the checkout page is handed back to the shop's page with
    Razorpay's `error[…]` fields (code, description, source, step, reason, metadata);
    the order stays payable. Without a page to go back to, the reason is said here."""
    order = await call(client.order.create, {"amount": 25000, "currency": "INR"})
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    async with httpx.AsyncClient(base_url=sandbox.url) as http:
        failed = await http.post(
            f"/sandbox/checkout/{order['id']}?return_url=http://shop.test/shop",
            content="outcome=failure",
            headers=form,
        )
        assert failed.status_code == 303
        location = httpx.URL(failed.headers["location"])
        assert (location.host, location.path) == ("shop.test", "/shop")
        params = dict(location.params)
        assert set(params) == {
            f"error[{k}]" for k in ("code", "description", "source", "step", "reason", "metadata")
        }
        assert params["error[code]"] == "BAD_REQUEST_ERROR"
        assert params["error[reason]"] == "payment_cancelled"
        assert "cancelled" in params["error[description]"]
        metadata = json.loads(params["error[metadata]"])
        assert metadata["order_id"] == order["id"]
        assert (await call(client.payment.fetch, metadata["payment_id"]))["status"] == "failed"

        here = await http.post(
            f"/sandbox/checkout/{order['id']}", content="outcome=failure", headers=form
        )
        assert here.status_code == 200
        assert "Payment failed because the customer cancelled it." in here.text
        assert "None" not in here.text
        assert f'href="/sandbox/checkout/{order["id"]}"' in here.text
        assert (await call(client.order.fetch, order["id"]))["status"] == "attempted"
        paid = await http.post(
            f"/sandbox/checkout/{order['id']}", content="outcome=success", headers=form
        )
        assert paid.status_code == 200 and "None" not in paid.text
        assert (await call(client.order.fetch, order["id"]))["status"] == "paid"


async def test_webhooks_are_signed_and_delivered_as_asked(
    sandbox: SandboxServer, client: razorpay.Client, receiver: Receiver
) -> None:
    async with httpx.AsyncClient(base_url=sandbox.url) as http:

        async def pay(**plan: Any) -> dict[str, Any]:
            order = await call(client.order.create, {"amount": 5000, "currency": "INR"})
            r = await http.post(
                f"/sandbox/orders/{order['id']}/pay", json={"outcome": "success", "webhooks": plan}
            )
            return dict(r.json())

        await pay()
        await drain(sandbox)
        assert receiver.events() == ["payment.authorized", "payment.captured", "order.paid"]
        for headers, body in receiver.received:
            assert client.utility.verify_webhook_signature(
                body.decode(), headers["x-razorpay-signature"], WEBHOOK_SECRET
            )
            assert headers["x-razorpay-event-id"].startswith("evt_")
            event = json.loads(body)
            assert event["entity"] == "event"
            assert set(event["payload"]) == set(event["contains"])
        paid_event = json.loads(receiver.received[2][1])
        assert paid_event["payload"]["order"]["entity"]["status"] == "paid"
        assert paid_event["payload"]["payment"]["entity"]["status"] == "captured"

        receiver.received.clear()
        await pay(order="reverse")
        await drain(sandbox)
        assert receiver.events() == ["order.paid", "payment.captured", "payment.authorized"]

        receiver.received.clear()
        await pay(duplicates=3)
        await drain(sandbox)
        assert len(receiver.received) == 9
        assert len({h["x-razorpay-event-id"] for h, _ in receiver.received}) == 3

        receiver.received.clear()
        await pay(drop=True)
        await drain(sandbox)
        assert receiver.received == []
        dropped = (await http.get("/sandbox/events")).json()["items"][-1]
        assert dropped["deliveries"][0]["dropped"] is True
        # Redelivered on request.
        r = await http.post(f"/sandbox/events/{dropped['id']}/deliver", json={"duplicates": 2})
        assert r.json() == {"id": dropped["id"], "queued": 2}
        await drain(sandbox)
        assert len(receiver.received) == 2

        receiver.received.clear()
        await pay(delay_seconds=0.2)
        assert receiver.received == []
        await drain(sandbox)
        assert len(receiver.received) == 3


async def test_failed_deliveries_are_retried() -> None:
    with Receiver(fail_first=2) as receiver:
        async with running_sandbox(webhook_url=receiver.url) as sandbox:
            c = razorpay.Client(auth=(KEY_ID, KEY_SECRET), base_url=sandbox.url)
            try:
                order = await call(c.order.create, {"amount": 5000, "currency": "INR"})
                async with httpx.AsyncClient(base_url=sandbox.url) as http:
                    await http.post(
                        f"/sandbox/orders/{order['id']}/pay",
                        json={"outcome": "failure"},
                    )
                    await drain(sandbox)
                    [event] = (await http.get("/sandbox/events")).json()["items"]
            finally:
                c.session.close()
        assert [d.get("status") for d in event["deliveries"]] == [500, 500, 200]
        assert receiver.events() == ["payment.failed"] * 3


async def failed_payment_event(
    receiver: Receiver, retries: dict[str, float] | None = None
) -> dict[str, Any]:
    """A failed payment's webhook, delivered to `receiver` until it stops; its record."""
    async with running_sandbox(webhook_url=receiver.url) as sandbox:
        c = razorpay.Client(auth=(KEY_ID, KEY_SECRET), base_url=sandbox.url)
        try:
            order = await call(c.order.create, {"amount": 5000, "currency": "INR"})
            async with httpx.AsyncClient(base_url=sandbox.url) as http:
                if retries is not None:
                    r = await http.post("/sandbox/config", json={"retries": retries})
                    assert r.status_code == 200, r.text
                    assert r.json()["retries"] == {
                        **vars(RetrySchedule()),
                        **{k: float(v) for k, v in retries.items()},
                    }
                await http.post(f"/sandbox/orders/{order['id']}/pay", json={"outcome": "failure"})
                await drain(sandbox)
                [event] = (await http.get("/sandbox/events")).json()["items"]
                return cast(dict[str, Any], event)
        finally:
            c.session.close()


async def test_a_webhook_is_retried_with_growing_waits_until_the_schedule_ends() -> None:
    # Razorpay retries for 24 hours; a server down for a while still gets the event.
    # The waits of the quick schedule, over a window long enough for a loaded machine.
    roomy = {"first_seconds": 0.05, "most_seconds": 0.2, "for_seconds": 30}
    with Receiver(fail_first=6) as receiver:
        event = await failed_payment_event(receiver, roomy)
    assert [d.get("status") for d in event["deliveries"]] == [500] * 6 + [200]
    waits = [d["retry_in"] for d in event["deliveries"][:-1]]
    assert waits == [0.05, 0.1, 0.2, 0.2, 0.2, 0.2]
    # A server that never answers 2xx is given up on when the schedule (1 s) ends: a
    # few tries, the last marked, none long after the window (a loaded machine's
    # deliveries take time of their own).
    with Receiver(fail_first=1000) as receiver:
        event = await failed_payment_event(receiver)
    tries = event["deliveries"]
    assert tries[-1]["gave_up"] is True
    assert 2 < len(tries) < 12
    assert tries[-1]["at"] - tries[0]["at"] <= 3.0


async def test_a_webhook_waits_as_long_as_a_503_or_429_asks() -> None:
    quick = {"first_seconds": 0.01, "most_seconds": 5, "for_seconds": 10}
    for status in (503, 429):
        with Receiver(fail_first=1, fail_status=status, retry_after="1") as receiver:
            event = await failed_payment_event(receiver, quick)
        first, second = event["deliveries"]
        assert (first["status"], first["retry_in"], second["status"]) == (status, 1.0, 200)
        assert second["at"] - first["at"] >= 0.95
    # Retry-After on any other status is not a request to wait: the schedule decides.
    with Receiver(fail_first=1, fail_status=500, retry_after="1") as receiver:
        event = await failed_payment_event(receiver, quick)
    assert event["deliveries"][0]["retry_in"] == 0.01


async def test_the_retry_schedule_is_checked() -> None:
    async with running_sandbox() as sandbox, httpx.AsyncClient(base_url=sandbox.url) as http:
        for wrong, field in [
            ([], "retries"),
            ({"first_seconds": -1}, "retries.first_seconds"),
            ({"factor": 0.5}, "retries.factor"),
            ({"for_seconds": True}, "retries.for_seconds"),
            ({"most_seconds": "5"}, "retries.most_seconds"),
            ({"tries": 3}, "retries"),
        ]:
            r = await http.post("/sandbox/config", json={"retries": wrong})
            assert r.status_code == 400, wrong
            assert r.json()["error"]["field"] == field
        assert (await http.get("/sandbox/config")).json()["retries"] == vars(QUICK_RETRIES)


def test_retry_waits_and_retry_after() -> None:
    schedule = RetrySchedule()
    assert [schedule.wait(n) for n in (1, 2, 3, 4)] == [5.0, 10.0, 20.0, 40.0]
    assert schedule.wait(20) == 3600.0  # waits stop growing at an hour
    assert schedule.wait(1, retry_after=30.0) == 30.0
    assert schedule.wait(1, retry_after=86400.0) == 3600.0
    now = 1_700_000_000.0
    assert retry_after_seconds("5", now) == 5.0
    assert retry_after_seconds(" 120 ", now) == 120.0
    assert retry_after_seconds(email.utils.formatdate(now + 90, usegmt=True), now) == 90.0
    assert retry_after_seconds(email.utils.formatdate(now - 90, usegmt=True), now) == 0.0
    for unreadable in (None, "", "-1", "soon", "1.5", "٥"):
        assert retry_after_seconds(unreadable, now) is None


@pytest.mark.serial  # a 0.3 s timeout that a loaded machine can miss
async def test_the_gateway_wrapper_times_out_and_types_errors(sandbox: SandboxServer) -> None:
    gw = gateway(sandbox, timeout_seconds=0.3)
    try:
        async with httpx.AsyncClient(base_url=sandbox.url) as http:
            await http.post("/sandbox/config", json={"latency": {"GET /v1/orders/{id}": 1.0}})
        order = await gw.create_order(
            amount_paise=5000, currency="INR", receipt="1", notes={"order_id": "1"}
        )
        with pytest.raises(GatewayUnavailable, match=r"within 0\.3 s"):
            await gw.fetch_order(order["id"])
        with pytest.raises(GatewayRejected, match="does not exist"):
            await gw.fetch_payment("pay_Missing0000000")
    finally:
        gw.close()
    # Nobody listening at all.
    dead = RazorpayGateway(
        GatewayConfig(key_id=KEY_ID, key_secret=KEY_SECRET, base_url="http://127.0.0.1:9")
    )
    try:
        with pytest.raises(GatewayUnavailable):
            await dead.fetch_order("order_X")
    finally:
        dead.close()


async def test_an_unreachable_razorpay_prints_nothing_to_stdout(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """stdout is the server's JSON log stream and a command's JSON report; the SDK printed
    "Connection failed." there on every call Razorpay did not answer."""
    dead = RazorpayGateway(
        GatewayConfig(key_id=KEY_ID, key_secret=KEY_SECRET, base_url="http://127.0.0.1:9")
    )
    try:
        with pytest.raises(GatewayUnavailable):
            await dead.create_order(
                amount_paise=5000, currency="INR", receipt="1", notes={"order_id": "1"}
            )
    finally:
        dead.close()
    assert capfd.readouterr().out == ""


async def test_only_the_webhooks_active_events_are_sent(
    sandbox: SandboxServer, client: razorpay.Client, receiver: Receiver
) -> None:
    async with httpx.AsyncClient(base_url=sandbox.url) as http:
        r = await http.post("/sandbox/config", json={"events": ["order.paid", "payment.failed"]})
        assert r.json()["events"] == ["order.paid", "payment.failed"]
        order = await call(client.order.create, {"amount": 5000, "currency": "INR"})
        await http.post(f"/sandbox/orders/{order['id']}/pay", json={"outcome": "success"})
        await drain(sandbox)
        assert receiver.events() == ["order.paid"]
        # The others are recorded, signed, and marked as never sent.
        items = (await http.get("/sandbox/events")).json()["items"]
        skipped = {e["event"]: e["deliveries"] for e in items if e["event"] != "order.paid"}
        assert set(skipped) == {"payment.authorized", "payment.captured"}
        assert all(
            d == [{"at": d[0]["at"], "skipped": "not an active event"}] for d in skipped.values()
        )

        bad = await http.post("/sandbox/config", json={"events": ["Order Paid"]})
        assert bad.status_code == 400
        assert bad.json()["error"]["field"] == "events"
        # A name of the right shape that no webhook carries (a typo) would silently stop
        # every delivery: it is refused, naming it, and the events set before stay.
        typo = await http.post("/sandbox/config", json={"events": ["order.payd"]})
        assert typo.status_code == 400 and "order.payd" in typo.json()["error"]["description"]
        assert (await http.get("/sandbox/config")).json()["events"] == [
            "order.paid",
            "payment.failed",
        ]
        r = await http.post("/sandbox/config", json={"events": None})
        assert r.json()["events"] is None
