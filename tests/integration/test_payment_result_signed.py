"""The payment result page tells an outcome only at an address this server signed: at a
stall the shopper's screen is the proof of payment, so an edited address must not show
"Payment received" (nor "Nothing was charged") for any order."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

import httpx
import pytest

from server.payments.result_links import result_query
from server.web import pages
from tests.conftest import TEST_SECRET_KEY, make_settings, running_app

KEYS = (TEST_SECRET_KEY,)
RECEIVED = "Payment received"
UNCONFIRMED = "Could not confirm"


async def page(client: httpx.AsyncClient, query: str) -> str:
    r = await client.get(f"/payment/result?{query}")
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store"
    return r.text


async def test_a_signed_address_tells_its_outcome(client: httpx.AsyncClient) -> None:
    text = await page(client, result_query("paid", KEYS, order_id=5062))
    assert RECEIVED in text and "Order 5062" in text
    text = await page(client, result_query("failed", KEYS, order_id=5060, lang="hi"))
    assert "भुगतान पूरा नहीं हुआ" in text and "ऑर्डर 5060" in text


@pytest.mark.parametrize(
    "query",
    [
        {"status": "paid", "order_id": "5060"},  # no signature at all
        {"status": "paid"},
        {"status": "failed", "order_id": "5062"},  # "nothing was charged" is a claim too
        {"status": "refunding", "order_id": "5062", "lang": "hi"},
        {"status": "pending"},
        {"status": "paid", "order_id": "5060", "sig": "x" * 43},  # a made-up signature
        {"status": "paid", "order_id": "5060", "sig": "é" * 10},
        {"status": "paid", "order_id": "5060", "sig": "a" * 5000},
        {"status": "paid", "order_id": "0168", "sig": "a"},
        {"status": "paid", "order_id": "999999999999999999999", "sig": "a"},
    ],
)
async def test_an_unsigned_or_forged_claim_names_nothing(
    client: httpx.AsyncClient, query: dict[str, str]
) -> None:
    text = await page(client, urlencode(query))
    notices = pages.notices(query.get("lang", "en"))
    assert notices["invalid"][0] in text
    assert notices["paid"][0] not in text and notices["failed"][1] not in text
    assert notices["order"].format(id="") not in text


async def test_a_signature_covers_exactly_what_it_signed(client: httpx.AsyncClient) -> None:
    signed = {k: v[0] for k, v in parse_qs(result_query("failed", KEYS, order_id=7)).items()}
    # The signature of one outcome, order or language moved onto another: not believed.
    for change in ({"status": "paid"}, {"order_id": "8"}, {"lang": "ta"}, {"status": "pending"}):
        text = await page(client, urlencode(signed | change))
        notices = pages.notices(change.get("lang", "en"))
        assert notices["invalid"][0] in text, change
        assert notices["order"].format(id="") not in text, change
    signed = {k: v[0] for k, v in parse_qs(result_query("paid", KEYS, lang="hi")).items()}
    text = await page(client, urlencode(signed | {"order_id": "9"}))
    assert pages.notices("hi")["invalid"][0] in text and "9" not in text


async def test_addresses_signed_before_a_key_rotation_still_read(database_url: str) -> None:
    old = "old-secret-" + "o" * 40
    new = "new-secret-" + "n" * 40
    before = result_query("paid", (old,), order_id=11)
    stranger = result_query("paid", ("someone-elses-key-" + "s" * 40,), order_id=11)
    settings = make_settings(database_url, secret_key=new, secret_key_previous=old)
    async with running_app(settings) as (_, client):
        assert RECEIVED in await page(client, before)
        assert UNCONFIRMED in await page(client, stranger)
        assert RECEIVED in await page(client, result_query("paid", (new,), order_id=11))
