"""The sandbox over HTTP: Razorpay's REST API, checkout pages, and webhook delivery.

`SandboxServer` runs it with uvicorn on loopback in a thread of its own (its own event
loop), so the app's blocking SDK calls reach it over real sockets, exactly as they would
reach Razorpay. Endpoints:

- `/v1/orders`, `/v1/orders/{id}`, `/v1/orders/{id}/payments`, `/v1/payments/{id}`,
  `/v1/payments/{id}/capture`, `/v1/payments/{id}/refund`, `/v1/payments/{id}/refunds`,
  `/v1/refunds/{id}`, `/v1/payment_links`, `/v1/payment_links/{id}`,
  `/v1/payment_links/{id}/cancel` — HTTP Basic auth with the key pair;
- `GET /sandbox/checkout/{order_id}` and `GET /sandbox/pay/{plink_id}`: pages where a
  person pays or fails a payment;
- `POST /sandbox/orders/{order_id}/pay`, `POST /sandbox/payment_links/{id}/pay`: the same
  for scripts, `{"outcome": "success"|"failure", "webhooks": {…delivery plan…}}`;
- `GET /sandbox/events`, `POST /sandbox/events/{id}/deliver`: every webhook sent, and
  redelivery on request; `POST /sandbox/payment_links/{id}/expire`;
- `GET|POST /sandbox/config`: answer latency per endpoint, refund outcome, default
  delivery plan.

The `/sandbox/*` endpoints need no key: the sandbox listens on loopback only.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import html
import json
import logging
import random
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from server.payments.sandbox import DeliveryPlan, SandboxError, SandboxEvent, SandboxState

log = logging.getLogger("vyaparmitra.sandbox")

WebhookSender = Callable[[bytes, dict[str, str]], Awaitable[int]]
"""Delivers one webhook (body, headers) and returns the HTTP status it got."""


class Dispatcher:
    """Delivers webhooks in the background, following each batch's `DeliveryPlan`."""

    def __init__(
        self, state: SandboxState, sender: WebhookSender | None, *, retries: int = 3
    ) -> None:
        self.state = state
        self.sender = sender
        self.retries = retries
        self._tasks: set[asyncio.Task[None]] = set()

    def dispatch(
        self,
        events: list[SandboxEvent],
        plan: DeliveryPlan | None = None,
        *,
        then: Callable[[], list[SandboxEvent]] | None = None,
    ) -> None:
        """Deliver `events`; afterwards run `then` (the bank settling a refund, say) and
        deliver what it produces, so cause and effect arrive in that order."""
        if not events and then is None:
            return
        task = asyncio.create_task(self._run_then(list(events), plan or self.state.plan, then))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_then(
        self,
        events: list[SandboxEvent],
        plan: DeliveryPlan,
        then: Callable[[], list[SandboxEvent]] | None,
    ) -> None:
        await self._run(events, plan)
        if then is not None:
            await self._run(then(), self.state.plan)

    async def _run(self, events: list[SandboxEvent], plan: DeliveryPlan) -> None:
        if plan.drop or self.sender is None:
            for event in events:
                event.deliveries.append({"at": time.time(), "dropped": True})
            return
        if plan.delay_seconds:
            await asyncio.sleep(plan.delay_seconds)
        if plan.order == "reverse":
            events.reverse()
        elif plan.order == "shuffle":
            random.shuffle(events)
        for event in events:
            await asyncio.gather(*(self.deliver(event) for _ in range(plan.duplicates)))

    async def deliver(self, event: SandboxEvent) -> None:
        """One delivery, retried with backoff until a 2xx (like Razorpay, but briefly)."""
        assert self.sender is not None
        for attempt in range(self.retries + 1):
            record: dict[str, Any] = {"at": time.time(), "attempt": attempt + 1}
            try:
                status = await self.sender(event.body, event.headers())
                record["status"] = status
            except Exception as exc:  # a refused connection, a timeout…
                record["error"] = repr(exc)[:200]
                status = 0
            event.deliveries.append(record)
            if 200 <= status < 300:
                return
            await asyncio.sleep(0.1 * 2**attempt)

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)


def http_sender(client: httpx.AsyncClient, url: str) -> WebhookSender:
    async def send(body: bytes, headers: dict[str, str]) -> int:
        response = await client.post(url, content=body, headers=headers)
        return response.status_code

    return send


# -- the HTTP app ---------------------------------------------------------------------


def _error(exc: SandboxError) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status)


def _basic_auth(request: Request) -> tuple[str | None, str | None]:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None, None
    try:
        user, _, password = base64.b64decode(encoded).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None, None
    return user, password


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SandboxError("The request body is not valid JSON.") from exc
    if not isinstance(data, dict):
        raise SandboxError("The request body must be a JSON object.")
    return data


async def _form(request: Request) -> dict[str, str]:
    raw = (await request.body()).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(raw).items()}


def _rupees(paise: int) -> str:
    return f"₹{paise // 100}.{paise % 100:02d}"


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}}
.box{{border:1px solid #ccc;border-radius:.6rem;padding:1rem 1.2rem}}
.amount{{font-size:2rem;font-weight:700;margin:.4rem 0}}
button{{font-size:1.1rem;padding:.7rem 1.2rem;margin:.4rem .4rem 0 0;border-radius:.4rem;
border:0;cursor:pointer}}
.pay{{background:#0b8a3e;color:#fff}} .fail{{background:#b3261e;color:#fff}}
code{{word-break:break-all}} small{{color:#666}}
</style></head><body>
<p><small>Razorpay sandbox — test mode, no real money moves.</small></p>
<div class="box">{body}</div>
</body></html>"""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(PAGE.format(title=html.escape(title), body=body), status_code=status)


def _pay_form(action: str, amount: int, what: str, extra: str = "") -> str:
    return (
        f"<h1>Pay {html.escape(what)}</h1>"
        f'<div class="amount">{_rupees(amount)}</div>{extra}'
        f'<form method="post" action="{html.escape(action)}">'
        '<button class="pay" name="outcome" value="success">Pay</button>'
        '<button class="fail" name="outcome" value="failure">Fail</button>'
        "</form>"
    )


def create_sandbox_app(state: SandboxState, dispatcher: Dispatcher) -> Starlette:
    """The sandbox's routes over `state`; webhooks go out through `dispatcher`."""

    async def delayed(key: str) -> None:
        delay = state.latency.get(key, 0.0)
        if delay > 0:
            await asyncio.sleep(delay)

    def api(
        template: str, handler: Callable[[Request], Awaitable[Any]]
    ) -> Callable[[Request], Awaitable[Response]]:
        """An authenticated REST endpoint; `METHOD template` names it for latency."""

        async def endpoint(request: Request) -> Response:
            try:
                state.authenticate(*_basic_auth(request))
                result = await handler(request)
            except SandboxError as exc:
                return _error(exc)
            # The work is done; a slow answer models a reply lost on the way back.
            await delayed(f"{request.method} {template}")
            return JSONResponse(result)

        return endpoint

    def control(
        handler: Callable[[Request], Awaitable[Any]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                result = await handler(request)
            except SandboxError as exc:
                return _error(exc)
            return result if isinstance(result, Response) else JSONResponse(result)

        return endpoint

    def path(request: Request, name: str) -> str:
        value: str = request.path_params[name]
        return value

    # -- REST -------------------------------------------------------------------------

    async def orders(request: Request) -> Any:
        if request.method == "POST":
            return state.create_order(await _json_body(request))
        return state.list_orders(dict(request.query_params))

    async def order(request: Request) -> Any:
        return state.get_order(path(request, "id"))

    async def order_payments(request: Request) -> Any:
        return state.order_payments(path(request, "id"))

    async def payment(request: Request) -> Any:
        return state.get_payment(path(request, "id"))

    async def capture(request: Request) -> Any:
        entity, events = state.capture(path(request, "id"), await _json_body(request))
        dispatcher.dispatch(events)
        return entity

    async def refund(request: Request) -> Any:
        key = request.headers.get("x-refund-idempotency")
        entity, events = state.refund(path(request, "id"), await _json_body(request), key)
        if events:
            refund_id = entity["id"]
            dispatcher.dispatch(events, then=lambda: state.process_refund(refund_id))
        return entity

    async def payment_refunds(request: Request) -> Any:
        return state.payment_refunds(path(request, "id"))

    async def refund_one(request: Request) -> Any:
        return state.get_refund(path(request, "id"))

    async def links(request: Request) -> Any:
        if request.method == "POST":
            return state.create_link(await _json_body(request))
        return state.list_links(dict(request.query_params))

    async def link(request: Request) -> Any:
        return state.get_link(path(request, "id"))

    async def cancel_link(request: Request) -> Any:
        entity, events = state.cancel_link(path(request, "id"))
        dispatcher.dispatch(events)
        return entity

    # -- for scripts ------------------------------------------------------------------

    async def script_pay_order(request: Request) -> Any:
        data = await _json_body(request)
        plan = DeliveryPlan.parse(data.get("webhooks"), state.plan)
        result = state.pay_order(
            path(request, "id"), str(data.get("outcome", "")), str(data.get("method", "upi"))
        )
        dispatcher.dispatch(result.events, plan)
        return result.answer

    async def script_pay_link(request: Request) -> Any:
        data = await _json_body(request)
        plan = DeliveryPlan.parse(data.get("webhooks"), state.plan)
        result = state.pay_link(
            path(request, "id"), str(data.get("outcome", "")), str(data.get("method", "upi"))
        )
        dispatcher.dispatch(result.events, plan)
        return result.answer

    async def script_expire_link(request: Request) -> Any:
        events = state.expire_link(path(request, "id"))
        dispatcher.dispatch(events, DeliveryPlan.parse(await _json_body(request), state.plan))
        return state.links[path(request, "id")]

    async def list_events(request: Request) -> Any:
        name = request.query_params.get("event")
        items = [e.describe() for e in state.events if name is None or e.event == name]
        return {"count": len(items), "items": items}

    async def redeliver(request: Request) -> Any:
        event = state.event(path(request, "id"))
        plan = DeliveryPlan.parse(await _json_body(request), DeliveryPlan())
        dispatcher.dispatch([event], plan)
        return {"id": event.id, "queued": plan.duplicates}

    async def config(request: Request) -> Any:
        if request.method == "POST":
            data = await _json_body(request)
            if "latency" in data:
                latency = data["latency"]
                if not isinstance(latency, dict) or not all(
                    isinstance(v, int | float) and v >= 0 for v in latency.values()
                ):
                    raise SandboxError("latency maps endpoint names to seconds", field="latency")
                state.latency = {str(k): float(v) for k, v in latency.items()}
            if "refund_outcome" in data:
                if data["refund_outcome"] not in ("processed", "pending", "failed"):
                    raise SandboxError(
                        "refund_outcome is processed, pending or failed", field="refund_outcome"
                    )
                state.refund_outcome = data["refund_outcome"]
            if "webhooks" in data:
                state.plan = DeliveryPlan.parse(data["webhooks"], DeliveryPlan())
        return {
            "latency": state.latency,
            "refund_outcome": state.refund_outcome,
            "webhooks": vars(state.plan),
            "key_id": state.key_id,
        }

    # -- for people -------------------------------------------------------------------

    async def index(request: Request) -> Response:
        rows = "".join(
            f'<li><a href="/sandbox/checkout/{o["id"]}">{o["id"]}</a> '
            f"{_rupees(o['amount'])} — {o['status']}</li>"
            for o in sorted(state.orders.values(), key=lambda o: -o["created_at"])[:50]
        )
        return _page("Razorpay sandbox", f"<h1>Orders</h1><ul>{rows or '<li>none yet</li>'}</ul>")

    async def checkout_page(request: Request) -> Response:
        order_id = path(request, "id")
        if order_id not in state.orders:
            return _page("Not found", "<h1>No such order</h1>", 404)
        o = state.orders[order_id]
        if request.method == "POST":
            form = await _form(request)
            try:
                result = state.pay_order(order_id, form.get("outcome", ""))
            except SandboxError as exc:
                return _page("Not paid", f"<h1>{html.escape(exc.description)}</h1>", 400)
            dispatcher.dispatch(result.events)
            back = request.query_params.get("return_url")
            if back and result.answer["razorpay_signature"]:
                params = "&".join(
                    f"{k}={result.answer[k]}"
                    for k in ("razorpay_payment_id", "razorpay_order_id", "razorpay_signature")
                )
                return RedirectResponse(f"{back}{'&' if '?' in back else '?'}{params}", 303)
            shown = "".join(
                f"<p>{html.escape(k)}<br><code>{html.escape(str(v))}</code></p>"
                for k, v in result.answer.items()
                if k != "error"
            )
            ok = result.answer["razorpay_signature"] is not None
            title = "Payment successful" if ok else "Payment failed"
            return _page(title, f"<h1>{title}</h1>{shown}")
        receipt = html.escape(str(o.get("receipt") or ""))
        extra = f"<p><small>order {html.escape(order_id)} · receipt {receipt}</small></p>"
        if o["status"] == "paid":
            return _page("Paid", f"<h1>Already paid</h1>{extra}")
        # The form posts back to this URL with its query, so `return_url` survives the POST.
        action = (
            f"{request.url.path}?{request.url.query}" if request.url.query else request.url.path
        )
        return _page("Checkout", _pay_form(action, o["amount"], "the shopkeeper", extra))

    async def link_page(request: Request) -> Response:
        link_id = path(request, "id")
        if link_id not in state.links:
            return _page("Not found", "<h1>No such payment link</h1>", 404)
        lk = state.get_link(link_id)
        if request.method == "POST":
            form = await _form(request)
            try:
                result = state.pay_link(link_id, form.get("outcome", ""))
            except SandboxError as exc:
                return _page("Not paid", f"<h1>{html.escape(exc.description)}</h1>", 400)
            dispatcher.dispatch(result.events)
            if result.answer["callback_url"]:
                return RedirectResponse(result.answer["callback_url"], 303)
            ok = result.answer["razorpay_signature"] is not None
            return _page("Payment", f"<h1>{'Paid' if ok else 'Payment failed'}</h1>")
        if lk["status"] != "created":
            return _page("Payment link", f"<h1>This link is {html.escape(lk['status'])}</h1>")
        what = lk["description"] or "by UPI"
        return _page("Pay", _pay_form(request.url.path, lk["amount"], what))

    routes = [
        Route("/v1/orders", api("/v1/orders", orders), methods=["GET", "POST"]),
        Route("/v1/orders/{id}", api("/v1/orders/{id}", order)),
        Route("/v1/orders/{id}/payments", api("/v1/orders/{id}/payments", order_payments)),
        Route("/v1/payments/{id}", api("/v1/payments/{id}", payment)),
        Route(
            "/v1/payments/{id}/capture",
            api("/v1/payments/{id}/capture", capture),
            methods=["POST"],
        ),
        Route(
            "/v1/payments/{id}/refund",
            api("/v1/payments/{id}/refund", refund),
            methods=["POST"],
        ),
        Route("/v1/payments/{id}/refunds", api("/v1/payments/{id}/refunds", payment_refunds)),
        Route("/v1/refunds/{id}", api("/v1/refunds/{id}", refund_one)),
        Route("/v1/payment_links", api("/v1/payment_links", links), methods=["GET", "POST"]),
        Route("/v1/payment_links/{id}", api("/v1/payment_links/{id}", link)),
        Route(
            "/v1/payment_links/{id}/cancel",
            api("/v1/payment_links/{id}/cancel", cancel_link),
            methods=["POST"],
        ),
        Route("/sandbox", index),
        Route("/sandbox/checkout/{id}", checkout_page, methods=["GET", "POST"]),
        Route("/sandbox/pay/{id}", link_page, methods=["GET", "POST"]),
        Route("/sandbox/orders/{id}/pay", control(script_pay_order), methods=["POST"]),
        Route("/sandbox/payment_links/{id}/pay", control(script_pay_link), methods=["POST"]),
        Route("/sandbox/payment_links/{id}/expire", control(script_expire_link), methods=["POST"]),
        Route("/sandbox/events", control(list_events)),
        Route("/sandbox/events/{id}/deliver", control(redeliver), methods=["POST"]),
        Route("/sandbox/config", control(config), methods=["GET", "POST"]),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(
            SandboxError("The requested URL was not found on the server.", status=404, reason="NA")
        )

    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})


# -- running it -----------------------------------------------------------------------


class SandboxServer:
    """The sandbox on loopback, in a thread with its own event loop."""

    def __init__(
        self,
        state: SandboxState,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        webhook_url: str | None = None,
        sender: WebhookSender | None = None,
    ) -> None:
        self.state = state
        self.host = host
        self.port = port
        self.webhook_url = webhook_url
        self.sender = sender
        self.url = ""
        self.dispatcher: Dispatcher | None = None
        self._server: uvicorn.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    def _config(self, app: Starlette) -> uvicorn.Config:
        return uvicorn.Config(
            app,
            host=self.host,
            port=self.port,
            log_config=None,
            log_level=None,
            access_log=False,
            lifespan="off",
            ws="none",
            http="h11",
            timeout_graceful_shutdown=2,
            server_header=False,
        )

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        client = httpx.AsyncClient(timeout=10.0) if self.webhook_url else None
        sender = self.sender
        if sender is None and client is not None and self.webhook_url:
            sender = http_sender(client, self.webhook_url)
        self.dispatcher = Dispatcher(self.state, sender)
        self._server = uvicorn.Server(self._config(create_sandbox_app(self.state, self.dispatcher)))
        try:
            await self._server.serve()
        finally:
            await self.dispatcher.aclose()
            if client is not None:
                await client.aclose()

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported by start(); a thread must not raise
            self._failure = exc

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; returns the base URL (`http://127.0.0.1:PORT`)."""
        self._thread = threading.Thread(target=self._main, name="razorpay-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not (self._server is not None and self._server.started):
            if self._failure is not None or not self._thread.is_alive():
                raise RuntimeError(f"the Razorpay sandbox did not start: {self._failure!r}")
            if time.monotonic() > deadline:
                raise RuntimeError("the Razorpay sandbox did not start in time")
            time.sleep(0.002)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://{self.host}:{port}"
        self.state.base_url = self.url
        return self.url

    def run_forever(self) -> None:
        """Serve in this thread until interrupted (`vyaparmitra sandbox`)."""
        asyncio.run(self._serve_forever())

    async def _serve_forever(self) -> None:
        self.state.base_url = self.url or f"http://{self.host}:{self.port}"
        await self._serve()

    def set_sender(self, sender: WebhookSender | None) -> None:
        self.sender = sender
        if self.dispatcher is not None:
            self.dispatcher.sender = sender

    def drain(self, timeout: float = 10.0) -> None:
        """Wait until every queued webhook was delivered (or given up on)."""
        if self._loop is None or self.dispatcher is None:
            return
        future = asyncio.run_coroutine_threadsafe(self.dispatcher.drain(), self._loop)
        future.result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
