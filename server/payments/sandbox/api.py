"""The sandbox's Razorpay REST API (`/v1/…`, Basic auth with the key pair, Razorpay's JSON
shapes and errors) and its script controls (`/sandbox/…`: pay, expire, events, config)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from server.payments.sandbox.delivery import Dispatcher
from server.payments.sandbox.model import (
    MIN_AMOUNT,
    DeliveryPlan,
    PayResult,
    RetrySchedule,
    SandboxError,
)
from server.payments.sandbox.state import SandboxState
from server.payments.sandbox.web import basic_auth, error_response, json_body, path_param

EVENT_NAME = re.compile(r"[a-z_]{1,24}(\.[a-z_]{1,23}){1,2}")


WEBHOOK_EVENTS = frozenset(
    {
        "order.paid", "payment.authorized", "payment.captured", "payment.failed",
        "payment_link.cancelled", "payment_link.expired", "payment_link.paid",
        "refund.created", "refund.failed", "refund.processed",
    }
)  # fmt: skip
"""The events this sandbox's webhooks carry."""


def active_events(names: Any) -> frozenset[str] | None:
    """The webhook's active events from a list of names (null: every event). A name no
    webhook carries is refused: a typo would otherwise stop every delivery silently."""
    if names is None:
        return None
    if not isinstance(names, list) or not all(
        isinstance(n, str) and EVENT_NAME.fullmatch(n) for n in names
    ):
        raise SandboxError("events is a list of event names (or null for all)", field="events")
    unknown = sorted(set(names) - WEBHOOK_EVENTS)
    if unknown:
        raise SandboxError(
            f"no webhook carries {', '.join(unknown)}; "
            f"the events are {', '.join(sorted(WEBHOOK_EVENTS))}",
            field="events",
        )
    return frozenset(names)


def api_routes(state: SandboxState, dispatcher: Dispatcher) -> list[Route]:
    """The REST and control routes over `state`; webhooks go out through `dispatcher`."""

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
                state.authenticate(*basic_auth(request))
                result = await handler(request)
            except SandboxError as exc:
                return error_response(exc)
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
                return error_response(exc)
            return result if isinstance(result, Response) else JSONResponse(result)

        return endpoint

    async def orders(request: Request) -> Any:
        if request.method == "POST":
            return state.create_order(await json_body(request))
        return state.list_orders(dict(request.query_params))

    async def order(request: Request) -> Any:
        return state.get_order(path_param(request, "id"))

    async def order_payments(request: Request) -> Any:
        return state.order_payments(path_param(request, "id"))

    async def payments(request: Request) -> Any:
        return state.list_payments(dict(request.query_params))

    async def payment(request: Request) -> Any:
        return state.get_payment(path_param(request, "id"))

    async def capture(request: Request) -> Any:
        entity, events = state.capture(path_param(request, "id"), await json_body(request))
        dispatcher.dispatch(events)
        return entity

    async def refund(request: Request) -> Any:
        key = request.headers.get("x-refund-idempotency")
        entity, events = state.refund(path_param(request, "id"), await json_body(request), key)
        if events:
            refund_id = entity["id"]
            dispatcher.dispatch(events, then=lambda: state.process_refund(refund_id))
        return entity

    async def payment_refunds(request: Request) -> Any:
        return state.payment_refunds(path_param(request, "id"))

    async def refunds(request: Request) -> Any:
        return state.list_refunds(dict(request.query_params))

    async def refund_one(request: Request) -> Any:
        return state.get_refund(path_param(request, "id"))

    async def links(request: Request) -> Any:
        if request.method == "POST":
            return state.create_link(await json_body(request))
        return state.list_links(dict(request.query_params))

    async def link(request: Request) -> Any:
        return state.get_link(path_param(request, "id"))

    async def cancel_link(request: Request) -> Any:
        entity, events = state.cancel_link(path_param(request, "id"))
        dispatcher.dispatch(events)
        return entity

    def scripted_payment(
        pay: Callable[[str, str, str], PayResult],
    ) -> Callable[[Request], Awaitable[Any]]:
        """A control that pays the order or link named in the path as the body says
        (`outcome`, `method`, `webhooks`: how its events are delivered)."""

        async def endpoint(request: Request) -> Any:
            data = await json_body(request)
            plan = DeliveryPlan.parse(data.get("webhooks"), state.plan)
            result = pay(
                path_param(request, "id"),
                str(data.get("outcome", "")),
                str(data.get("method", "upi")),
            )
            dispatcher.dispatch(result.events, plan)
            return result.answer

        return endpoint

    script_pay_order = scripted_payment(state.pay_order)
    script_pay_link = scripted_payment(state.pay_link)

    async def script_expire_link(request: Request) -> Any:
        events = state.expire_link(path_param(request, "id"))
        dispatcher.dispatch(events, DeliveryPlan.parse(await json_body(request), state.plan))
        return state.links[path_param(request, "id")]

    async def list_events(request: Request) -> Any:
        name = request.query_params.get("event")
        items = [e.describe() for e in state.events if name is None or e.event == name]
        return {"count": len(items), "items": items}

    async def redeliver(request: Request) -> Any:
        event = state.event(path_param(request, "id"))
        plan = DeliveryPlan.parse(await json_body(request), DeliveryPlan())
        dispatcher.dispatch([event], plan)
        return {"id": event.id, "queued": plan.duplicates}

    async def config(request: Request) -> Any:
        if request.method == "POST":
            data = await json_body(request)
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
            if "max_amount" in data:
                most = data["max_amount"]
                if isinstance(most, bool) or not isinstance(most, int) or most < MIN_AMOUNT:
                    raise SandboxError(
                        f"max_amount is an amount in paise, at least {MIN_AMOUNT}",
                        field="max_amount",
                    )
                state.max_amount = most
            if "webhooks" in data:
                state.plan = DeliveryPlan.parse(data["webhooks"], DeliveryPlan())
            if "retries" in data:
                if not isinstance(data["retries"], dict):
                    raise SandboxError("retries is an object", field="retries")
                state.retries = RetrySchedule.parse(data["retries"], RetrySchedule())
            if "events" in data:
                state.active_events = active_events(data["events"])
        return {
            "events": None if state.active_events is None else sorted(state.active_events),
            "latency": state.latency,
            "max_amount": state.max_amount,
            "refund_outcome": state.refund_outcome,
            "webhooks": vars(state.plan),
            "retries": vars(state.retries),
            "key_id": state.key_id,
        }

    return [
        Route("/v1/orders", api("/v1/orders", orders), methods=["GET", "POST"]),
        Route("/v1/orders/{id}", api("/v1/orders/{id}", order)),
        Route("/v1/orders/{id}/payments", api("/v1/orders/{id}/payments", order_payments)),
        Route("/v1/payments", api("/v1/payments", payments)),
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
        Route("/v1/refunds", api("/v1/refunds", refunds)),
        Route("/v1/refunds/{id}", api("/v1/refunds/{id}", refund_one)),
        Route("/v1/payment_links", api("/v1/payment_links", links), methods=["GET", "POST"]),
        Route("/v1/payment_links/{id}", api("/v1/payment_links/{id}", link)),
        Route(
            "/v1/payment_links/{id}/cancel",
            api("/v1/payment_links/{id}/cancel", cancel_link),
            methods=["POST"],
        ),
        Route("/sandbox/orders/{id}/pay", control(script_pay_order), methods=["POST"]),
        Route("/sandbox/payment_links/{id}/pay", control(script_pay_link), methods=["POST"]),
        Route("/sandbox/payment_links/{id}/expire", control(script_expire_link), methods=["POST"]),
        Route("/sandbox/events", control(list_events)),
        Route("/sandbox/events/{id}/deliver", control(redeliver), methods=["POST"]),
        Route("/sandbox/config", control(config), methods=["GET", "POST"]),
    ]
