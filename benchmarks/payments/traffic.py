"""The set-up (vendors, shoppers, accepted deals; not timed) and the paying phase: each
payment created, paid in the sandbox and polled until the webhooks mark it paid."""

from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass, field

import httpx

PASSWORD = "bench-password-1"


@dataclass
class Results:
    create: list[float] = field(default_factory=list)
    end_to_end: list[float] = field(default_factory=list)
    status_polls: int = 0
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

    async def deal(i: int) -> None:
        who = customers[i % len(customers)]
        async with gate:
            r = await api.post(
                "/api/negotiations",
                json={"product_id": product, "quantity": 1 + i % 3, "amount_paise": 3500},
                headers=who,
            )
            r.raise_for_status()
            r = await api.post(f"/api/negotiations/{r.json()['id']}/accept", headers=vendor)
            r.raise_for_status()
            made.append((r.json()["order"]["id"], who))

    await asyncio.gather(*(deal(i) for i in range(orders)))
    return made


async def pay_all(
    api: httpx.AsyncClient,
    rzp: httpx.AsyncClient,
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
        r = await api.post("/api/payment/create", json={"order_id": order_id}, headers=headers)
        results.create.append(time.perf_counter() - start)
        if r.status_code != 200:
            results.error(f"create {r.status_code}")
            return
        rzp_order = r.json()["razorpay_order_id"]
        r = await rzp.post(f"/sandbox/orders/{rzp_order}/pay", json={"outcome": "success"})
        if r.status_code != 200:
            results.error(f"pay {r.status_code}")
            return
        deadline = start + per_payment_s
        delay = poll_s
        while time.perf_counter() < deadline:
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.25)
            results.status_polls += 1
            # The shopper's page polls its order (one row), not the full payment view.
            s = await api.get(f"/api/orders/{order_id}", headers=headers)
            if s.status_code == 200 and s.json()["status"] == "paid":
                results.end_to_end.append(time.perf_counter() - start)
                return
        results.error("not paid in time")

    async def worker() -> None:
        while not queue.empty():
            order_id, headers = queue.get_nowait()
            try:
                await one(order_id, headers)
            except httpx.HTTPError as exc:
                results.error(type(exc).__name__)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - began
