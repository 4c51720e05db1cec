"""The set-up (vendors, shoppers, accepted deals; not timed) and the paying phase: each
payment created, paid in the sandbox and polled until the webhooks mark it paid."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import httpx

PASSWORD = "bench-password-1"


@dataclass
class Results:
    create: list[float] = field(default_factory=list)
    end_to_end: list[float] = field(default_factory=list)
    status_polls: int = 0
    shed: int = 0
    """Creates the server refused for load (503/429 with `Retry-After`), each tried again
    after the wait it asked for (the page tells the shopper to wait that long)."""
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1


async def setup_orders(
    api: httpx.AsyncClient, shoppers: int, orders: int, concurrency: int
) -> list[tuple[int, dict[str, str]]]:
    """Vendors with stock, shoppers, and `orders` accepted deals waiting for payment."""

    async def register(role: str, i: int) -> dict[str, str]:
        body = {
            "name": f"{role} {i}",
            "phone": "+91" + str(7_000_000_000 + secrets.randbelow(2_999_999_999)),
            "password": PASSWORD,
            "role": role,
            "language": "hi",
        }
        if role == "vendor":
            body["business_name"] = f"Stall {i}"
        r = await api.post("/api/auth/register", json=body)
        r.raise_for_status()
        return {"Authorization": f"Bearer {r.json()['token']}"}

    vendor = await register("vendor", 0)
    r = await api.post(
        "/api/products",
        json={
            "names": {"en": "Onion"},
            "list_price_paise": 4000,
            "floor_price_paise": 3000,
            "stock": 10_000_000,
        },
        headers=vendor,
    )
    r.raise_for_status()
    product = r.json()["id"]
    customers = [await register("customer", i) for i in range(shoppers)]
    gate = asyncio.Semaphore(concurrency)
    made: list[tuple[int, dict[str, str]]] = []
    skipped: list[str] = []

    async def post(path: str, headers: dict[str, str], body: Any = None) -> httpx.Response:
        """A set-up request, sent again while the server sheds load (503/429): on a
        machine shared with other work a durable commit can stall for seconds."""
        for attempt in range(6):
            r = await api.post(path, json=body, headers=headers)
            if r.status_code not in (429, 503):
                break
            await asyncio.sleep(min(float(r.headers.get("retry-after") or 1), 5) * (attempt + 1))
        return r

    async def deal(i: int) -> None:
        who = customers[i % len(customers)]
        async with gate:
            r = await post(
                "/api/negotiations",
                who,
                {"product_id": product, "quantity": 1 + i % 3, "amount_paise": 3500},
            )
            if r.status_code >= 400:
                skipped.append(f"open {r.status_code}")
                return
            r = await post(f"/api/negotiations/{r.json()['id']}/accept", vendor)
            if r.status_code >= 400:  # e.g. accepted by a try whose answer was lost
                skipped.append(f"accept {r.status_code}")
                return
            made.append((r.json()["order"]["id"], who))

    await asyncio.gather(*(deal(i) for i in range(orders)))
    if skipped:
        print(f"  {len(skipped)} deals not set up ({', '.join(sorted(set(skipped)))})")
    return made


class LeanClient:
    """The paying phase's HTTP client: aiohttp (installed with the project, through
    twilio) costs this process about a third of httpx's CPU per request, and the client
    shares the machine with what it measures."""

    def __init__(self, base_url: str, connections: int) -> None:
        self.base_url = base_url
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=connections),
            timeout=aiohttp.ClientTimeout(total=30.0),
        )

    async def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any]:
        """(status, decoded JSON body or None)."""
        status, decoded, _ = await self.call_full(method, path, body=body, headers=headers)
        return status, decoded

    async def call_full(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any, float | None]:
        """(status, decoded JSON body or None, the `Retry-After` seconds or None)."""
        async with self.session.request(
            method, self.base_url + path, json=body, headers=headers
        ) as r:
            raw = await r.read()
            try:
                wait = float(r.headers["Retry-After"]) if "Retry-After" in r.headers else None
            except ValueError:
                wait = None
            try:
                return r.status, json.loads(raw) if raw else None, wait
            except ValueError:
                return r.status, None, wait

    async def aclose(self) -> None:
        await self.session.close()


async def pay_all(
    api: LeanClient,
    rzp: LeanClient,
    orders: list[tuple[int, dict[str, str]]],
    concurrency: int,
    results: Results,
    per_payment_s: float,
    poll_s: float,
) -> float:
    queue: asyncio.Queue[tuple[int, dict[str, str]]] = asyncio.Queue()
    for item in orders:
        queue.put_nowait(item)

    async def one(order_id: int, headers: dict[str, str]) -> None:
        start = time.perf_counter()
        deadline = start + per_payment_s
        while True:
            asked = time.perf_counter()
            status, body, wait = await api.call_full(
                "POST", "/api/payment/create", body={"order_id": order_id}, headers=headers
            )
            results.create.append(time.perf_counter() - asked)
            if status not in (429, 503) or wait is None:
                break
            results.shed += 1  # refused for load: asked again after the wait it names
            if time.perf_counter() + wait >= deadline:
                break
            await asyncio.sleep(wait)
        if status != 200:
            results.error(f"create {status}")
            return
        rzp_order = body["razorpay_order_id"]
        status, _ = await rzp.call(
            "POST", f"/sandbox/orders/{rzp_order}/pay", body={"outcome": "success"}
        )
        if status != 200:
            results.error(f"pay {status}")
            return
        delay = poll_s
        while time.perf_counter() < deadline:
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.25)
            results.status_polls += 1
            # The shopper's page polls its order (one row), not the full payment view.
            status, order = await api.call("GET", f"/api/orders/{order_id}", headers=headers)
            if status == 200 and order["status"] == "paid":
                results.end_to_end.append(time.perf_counter() - start)
                return
        results.error("not paid in time")

    async def worker() -> None:
        while not queue.empty():
            order_id, headers = queue.get_nowait()
            try:
                await one(order_id, headers)
            except (aiohttp.ClientError, TimeoutError) as exc:
                results.error(type(exc).__name__)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - began
