"""The sandbox's pages for people: the order list, a checkout, a payment link's page."""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from server.payments.sandbox.delivery import Dispatcher
from server.payments.sandbox.model import SandboxError
from server.payments.sandbox.state import SandboxState
from server.payments.sandbox.web import form_body, path_param


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


def _back(url: str, params: dict[str, str]) -> RedirectResponse:
    return RedirectResponse(f"{url}{'&' if '?' in url else '?'}{urlencode(params)}", 303)


def failure_params(error: dict[str, Any]) -> dict[str, str]:
    """A failed payment as Razorpay's checkout hands it back to the merchant's callback:
    `error[code]`, `error[description]`, `error[source]`, `error[step]`, `error[reason]`,
    and `error[metadata]`, a JSON object naming the payment and the order."""
    params = {
        f"error[{key}]": str(error[key] or "")
        for key in ("code", "description", "source", "step", "reason")
    }
    params["error[metadata]"] = json.dumps(error["metadata"], separators=(",", ":"))
    return params


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


def page_routes(state: SandboxState, dispatcher: Dispatcher) -> list[Route]:
    """The pages over `state`; a payment made on one sends its webhooks through `dispatcher`."""

    async def index(request: Request) -> Response:
        rows = "".join(
            f'<li><a href="/sandbox/checkout/{o["id"]}">{o["id"]}</a> '
            f"{_rupees(o['amount'])} — {o['status']}</li>"
            for o in sorted(state.orders.values(), key=lambda o: -o["created_at"])[:50]
        )
        return _page("Razorpay sandbox", f"<h1>Orders</h1><ul>{rows or '<li>none yet</li>'}</ul>")

    async def checkout_page(request: Request) -> Response:
        order_id = path_param(request, "id")
        if order_id not in state.orders:
            return _page("Not found", "<h1>No such order</h1>", 404)
        o = state.orders[order_id]
        if request.method == "POST":
            form = await form_body(request)
            try:
                result = state.pay_order(order_id, form.get("outcome", ""))
            except SandboxError as exc:
                return _page("Not paid", f"<h1>{html.escape(exc.description)}</h1>", 400)
            dispatcher.dispatch(result.events)
            back = request.query_params.get("return_url")
            error = result.answer.get("error")
            if error is not None:
                # As Razorpay's checkout does: the failure goes back to the merchant's
                # page (which offers another try); without one, it is said here.
                if back:
                    return _back(back, failure_params(error))
                again = html.escape(request.url.path)
                return _page(
                    "Payment failed",
                    f"<h1>Payment failed</h1><p>{html.escape(error['description'])}</p>"
                    f"<p><small>reason {html.escape(error['reason'])} · order "
                    f"{html.escape(order_id)}</small></p>"
                    f'<p><a href="{again}">Try again</a></p>',
                )
            signed = {
                k: str(result.answer[k])
                for k in ("razorpay_payment_id", "razorpay_order_id", "razorpay_signature")
            }
            if back:
                return _back(back, signed)
            shown = "".join(
                f"<p>{html.escape(k)}<br><code>{html.escape(v)}</code></p>"
                for k, v in signed.items()
            )
            return _page("Payment successful", f"<h1>Payment successful</h1>{shown}")
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
        link_id = path_param(request, "id")
        if link_id not in state.links:
            return _page("Not found", "<h1>No such payment link</h1>", 404)
        lk = state.get_link(link_id)
        if request.method == "POST":
            form = await form_body(request)
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

    return [
        Route("/sandbox", index),
        Route("/sandbox/checkout/{id}", checkout_page, methods=["GET", "POST"]),
        Route("/sandbox/pay/{id}", link_page, methods=["GET", "POST"]),
    ]
