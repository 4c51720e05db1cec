"""A socket's `snapshot` carries the latest page of bids, as REST does, not every bid of a
long haggle (20,000 bids were 4.3 MB and a second on every reconnect); `bid_count` says
how many there are, and `GET …/bids?before=` pages back to the older ones. The vendor's
hint still reads the whole history."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from models import Role
from server.domain.context import Actor
from server.live.service import SNAPSHOT_BIDS, LiveService
from tests.conftest import Api

BIDS = SNAPSHOT_BIDS + 12


async def test_the_snapshot_carries_the_latest_bids_and_pages_back(
    app: FastAPI, market: dict[str, Any], api: Api
) -> None:
    n = (await api.open(market["c"], market["product"]["id"], quantity=2, amount_paise=3000))["id"]
    for i in range(1, BIDS):  # a customer raising their own offer again and again
        r = await api.bid(market["c"], n, 3000 + i)
        assert r.status_code == 201, r.text
    live: LiveService = app.state.live
    vendor = Actor(market["vendor"]["user"]["id"], Role.VENDOR, None, None)
    snapshot = await live.snapshot(n, vendor, language="en")
    seqs = [b["seq"] for b in snapshot["bids"]]
    assert seqs == list(range(BIDS - SNAPSHOT_BIDS + 1, BIDS + 1))
    assert snapshot["negotiation"]["bid_count"] == BIDS
    # The hint is the one REST gives, from the whole history.
    rest = (await api.get(market["v"], f"/api/negotiations/{n}?language=en")).json()
    assert snapshot["hint"]["bid_seq"] == BIDS
    assert {k: snapshot["hint"][k] for k in rest["hint"]} == rest["hint"]
    # Older bids: the REST page before the snapshot's first.
    older = (await api.get(market["c"], f"/api/negotiations/{n}/bids?before={seqs[0]}")).json()
    assert [b["seq"] for b in older] == list(range(1, seqs[0]))
    customer = Actor(market["customer"]["user"]["id"], Role.CUSTOMER, None, None)
    assert len((await live.snapshot(n, customer))["bids"]) == SNAPSHOT_BIDS
