"""The untimed set-up: vendors, customers, a product and one negotiation per pair."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from benchmarks.load.client import gather_bounded, post_json
from benchmarks.load.traffic import FLOOR_PRICE, LIST_PRICE, Pair

PASSWORD = "bench-password-1"  # throwaway accounts in a throwaway database
SETUP_TIMEOUT_S = 60.0
"""Registration hashes passwords; setup is not timed, so it may take its time."""


async def setup(
    client: httpx.AsyncClient, *, vendors: int, customers: int, pairs: int, concurrency: int
) -> list[Pair]:
    run_id = int(time.time() * 10) % 10**9  # unique phones per run: +RRRRRRRRRNNNNN

    def phone(n: int) -> str:
        return f"+{run_id:09d}{n:05d}"

    def register(n: int, role: str) -> Callable[[], Awaitable[dict[str, Any]]]:
        return lambda: post_json(
            client,
            "/api/auth/register",
            {
                "name": f"bench {role} {n}",
                "phone": phone(n),
                "password": PASSWORD,
                "role": role,
                "language": "hi",
            },
        )

    vendor_auth = await gather_bounded([register(n, "vendor") for n in range(vendors)], concurrency)
    customer_auth = await gather_bounded(
        [register(vendors + n, "customer") for n in range(customers)], concurrency
    )
    vendor_headers = [{"Authorization": f"Bearer {a['token']}"} for a in vendor_auth]
    customer_headers = [{"Authorization": f"Bearer {a['token']}"} for a in customer_auth]

    def product(v: int) -> Callable[[], Awaitable[dict[str, Any]]]:
        return lambda: post_json(
            client,
            "/api/products",
            {
                "names": {"en": f"Tomato {v}"},
                "unit": "kg",
                "list_price_paise": LIST_PRICE,
                "floor_price_paise": FLOOR_PRICE,
                "stock": 1_000_000,
            },
            vendor_headers[v],
        )

    products = await gather_bounded([product(v) for v in range(vendors)], concurrency)

    def vendor_of(p: int) -> int:
        return stall_of(p, customers=customers, vendors=vendors)

    def negotiation(p: int) -> Callable[[], Awaitable[dict[str, Any]]]:
        return lambda: post_json(
            client,
            "/api/negotiations",
            {
                "product_id": products[vendor_of(p)]["id"],
                "quantity": 1,
            },
            customer_headers[p % customers],
        )

    opened = await gather_bounded([negotiation(p) for p in range(pairs)], concurrency)
    return [
        Pair(
            index=p,
            negotiation_id=int(opened[p]["id"]),
            customer_headers=customer_headers[p % customers],
            vendor_headers=vendor_headers[vendor_of(p)],
        )
        for p in range(pairs)
    ]


def stall_of(pair: int, *, customers: int, vendors: int) -> int:
    """The vendor of pair `pair`, whose customer is `pair % customers`: a customer's pairs
    go to different stalls in turn (the server lets one shopper hold only a few open
    deals at one stall, `max_open_negotiations_per_stall`)."""
    return (pair + pair // customers) % vendors
