from __future__ import annotations

from sqlalchemy import select

from models import AuditEntry, Product, StockReservation
from tests.conftest import Api


async def test_full_haggle_to_order(api: Api, market: dict, app) -> None:
    pid = market["product"]["id"]
    neg = await api.open(market["c"], pid, quantity=3, amount_paise=3000)
    nid = neg["id"]
    assert neg["status"] == "OPEN"
    assert [b["amount_paise"] for b in neg["bids"]] == [3000]

    r = await api.bid(market["v"], nid, 3800)
    assert r.status_code == 201, r.text
    assert r.json()["negotiation"]["status"] == "COUNTERED"
    r = await api.bid(market["c"], nid, 3400)
    assert r.status_code == 201
    r = await api.accept(market["v"], nid)
    assert r.status_code == 200, r.text
    deal = r.json()
    assert deal["negotiation"]["status"] == "ACCEPTED"
    order = deal["order"]
    assert order["unit_price_paise"] == 3400
    assert order["quantity"] == 3
    assert order["total_paise"] == 10200
    assert order["status"] == "pending_payment"

    detail = (await api.get(market["c"], f"/api/negotiations/{nid}")).json()
    assert [(b["seq"], b["side"], b["amount_paise"]) for b in detail["bids"]] == [
        (1, "customer", 3000),
        (2, "vendor", 3800),
        (3, "customer", 3400),
    ]
    # Both parties see the order; stock is reserved.
    for token in (market["c"], market["v"]):
        got = await api.get(token, f"/api/orders/{order['id']}")
        assert got.status_code == 200
        assert [o["id"] for o in (await api.get(token, "/api/orders")).json()] == [order["id"]]
    async with app.state.sessions() as session:
        product = await session.get(Product, pid)
        hold = await session.scalar(select(StockReservation))
        actions = [
            (a.action, a.old_state, a.new_state, a.actor_id, a.ip)
            for a in await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    assert product is not None and product.stock == 47
    assert hold is not None and hold.quantity == 3 and hold.status.value == "held"
    vendor_id = market["vendor"]["user"]["id"]
    assert ("negotiation.accepted", "COUNTERED", "ACCEPTED", vendor_id, "203.0.113.7") in actions
    assert [a[0] for a in actions].count("bid.placed") == 3


async def test_a_new_offer_supersedes_your_last(api: Api, market: dict) -> None:
    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    assert (await api.bid(market["c"], nid, 3000)).status_code == 201
    # A second price before the vendor answers is a new bid, and the latest stands.
    r = await api.bid(market["c"], nid, 3100)
    assert r.status_code == 201
    assert r.json()["bid"]["seq"] == 2
    assert r.json()["negotiation"]["latest_offer"] == {"side": "customer", "amount_paise": 3100}
    # Accepting your own offer is not a thing.
    r = await api.accept(market["c"], nid)
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "not_your_turn"
    detail = (await api.get(market["c"], f"/api/negotiations/{nid}")).json()
    assert len(detail["bids"]) == 2


async def test_offer_must_be_positive(api: Api, market: dict) -> None:
    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    for amount in (0, -500):
        r = await api.bid(market["c"], nid, amount)
        assert r.status_code == 422
        error = r.json()["error"]
        assert error["code"] == "validation_error"  # a field's range, as when opening
        assert error["fields"] == [
            {"field": "amount_paise", "message": "Input should be greater than 0"}
        ]
    for amount in (12.5, "3000", None):
        r = await api.bid(market["c"], nid, amount)  # type: ignore[arg-type]
        assert r.status_code == 422
    detail = (await api.get(market["c"], f"/api/negotiations/{nid}")).json()
    assert detail["bids"] == []


async def test_customer_offer_above_list_is_capped(api: Api, market: dict) -> None:
    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    r = await api.bid(market["c"], nid, 9900)
    assert r.status_code == 201
    body = r.json()
    assert body["capped"] is True
    assert body["bid"]["amount_paise"] == 4000
    assert "capped to ₹40" in body["note"]


async def test_a_deal_is_never_above_a_list_price_lowered_since_the_offer(
    api: Api, market: dict
) -> None:
    """The shopper offered ₹38 (list ₹40); the vendor then lowers the list to ₹35. The
    hint says accept at ₹35, and accepting makes the order at ₹35, not ₹38; the same for
    a vendor's own standing offer taken by the shopper."""
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, quantity=2))["id"]
    assert (await api.bid(market["c"], nid, 3800)).status_code == 201
    lowered = await api.client.patch(
        f"/api/products/{pid}", json={"list_price_paise": 3500}, headers=api.auth(market["v"])
    )
    assert lowered.status_code == 200, lowered.text
    hint = (await api.get(market["v"], f"/api/negotiations/{nid}/hint")).json()
    assert (hint["action"], hint["amount_paise"]) == ("accept", 3500)
    r = await api.accept(market["v"], nid)
    assert r.status_code == 200, r.text
    order = r.json()["order"]
    assert (order["unit_price_paise"], order["total_paise"]) == (3500, 7000)

    other = (await api.open(market["c"], pid))["id"]
    assert (await api.bid(market["c"], other, 3300)).status_code == 201
    assert (await api.bid(market["v"], other, 3500)).status_code == 201
    await api.client.patch(
        f"/api/products/{pid}",
        json={"list_price_paise": 3400, "floor_price_paise": 3000},
        headers=api.auth(market["v"]),
    )
    r = await api.accept(market["c"], other)
    assert r.status_code == 200, r.text
    assert r.json()["order"]["unit_price_paise"] == 3400


async def test_vendor_below_floor_needs_confirmation(api: Api, market: dict, app) -> None:
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, amount_paise=2500))["id"]
    r = await api.accept(market["v"], nid)
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "below_floor_needs_confirmation"
    assert "₹32" in r.json()["error"]["message"]
    # Nothing happened: no order, stock untouched, still open.
    assert (await api.get(market["v"], "/api/orders")).json() == []
    detail = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert detail["status"] == "OPEN"
    # Countering below the floor needs the same confirmation.
    r = await api.bid(market["v"], nid, 3000)
    assert r.status_code == 409
    r = await api.accept(market["v"], nid, confirm_below_floor=True)
    assert r.status_code == 200
    assert r.json()["below_floor"] is True
    assert r.json()["order"]["unit_price_paise"] == 2500


async def test_customer_accepts_vendor_counter(api: Api, market: dict) -> None:
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3000))["id"]
    await api.bid(market["v"], nid, 3600)
    r = await api.accept(market["c"], nid, expected_seq=2)
    assert r.status_code == 200
    assert r.json()["order"]["unit_price_paise"] == 3600


async def test_accept_checks_expected_offer(api: Api, market: dict) -> None:
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3000))["id"]
    await api.bid(market["v"], nid, 3600)
    r = await api.accept(market["c"], nid, expected_seq=1)
    assert r.status_code == 409
    assert "changed" in r.json()["error"]["message"]


async def test_reject_and_cancel_end_the_negotiation(api: Api, market: dict) -> None:
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, amount_paise=3000))["id"]
    r = await api.client.post(
        f"/api/negotiations/{nid}/reject", headers=api.auth(market["v"]), json={"reason": "too low"}
    )
    assert r.status_code == 200
    assert r.json()["status"] == "REJECTED"
    r = await api.bid(market["c"], nid, 3500)
    assert r.status_code == 409
    err = r.json()["error"]
    assert err["code"] == "illegal_transition"
    assert "rejected" in err["message"]

    nid2 = (await api.open(market["c"], pid))["id"]
    r = await api.client.post(f"/api/negotiations/{nid2}/cancel", headers=api.auth(market["c"]))
    assert r.json()["status"] == "CANCELLED"
    r = await api.client.post(f"/api/negotiations/{nid2}/reject", headers=api.auth(market["v"]))
    assert r.status_code == 409


async def test_cancel_after_accept_releases_stock(api: Api, market: dict, app) -> None:
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, quantity=5, amount_paise=3500))["id"]
    order = (await api.accept(market["v"], nid)).json()["order"]
    r = await api.client.post(f"/api/negotiations/{nid}/cancel", headers=api.auth(market["c"]))
    assert r.status_code == 200
    got = (await api.get(market["c"], f"/api/orders/{order['id']}")).json()
    assert got["status"] == "cancelled"
    async with app.state.sessions() as session:
        product = await session.get(Product, pid)
    assert product is not None and product.stock == 50


async def test_parties_only(api: Api, market: dict) -> None:
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3300))["id"]
    stranger = await api.register("customer")
    assert (await api.get(stranger["token"], f"/api/negotiations/{nid}")).status_code == 403
    r = await api.bid(stranger["token"], nid, 3000)
    assert r.status_code == 403
    order = (await api.accept(market["v"], nid)).json()["order"]
    assert (await api.get(stranger["token"], f"/api/orders/{order['id']}")).status_code == 403
    assert (await api.get(stranger["token"], "/api/orders")).json() == []
    assert (await api.get(market["c"], "/api/negotiations/424242")).status_code == 404
    assert (await api.get(market["c"], "/api/orders/424242")).status_code == 404


async def test_list_filters(api: Api, market: dict) -> None:
    pid = market["product"]["id"]
    a = (await api.open(market["c"], pid))["id"]
    b = (await api.open(market["c"], pid, amount_paise=3900))["id"]
    await api.accept(market["v"], b)
    mine = (await api.get(market["c"], "/api/negotiations?role=customer")).json()
    assert {n["id"] for n in mine} == {a, b}
    assert (await api.get(market["c"], "/api/negotiations?role=vendor")).json() == []
    accepted = (await api.get(market["v"], "/api/negotiations?state=ACCEPTED")).json()
    assert [n["id"] for n in accepted] == [b]
    r = await api.get(market["v"], "/api/negotiations?state=NONSENSE")
    assert r.status_code == 422


async def test_open_more_than_stock_is_refused(api: Api, market: dict) -> None:
    r = await api.client.post(
        "/api/negotiations",
        headers=api.auth(market["c"]),
        json={"product_id": market["product"]["id"], "quantity": 51},
    )
    assert r.status_code == 409
    assert "Only 50 kg left" in r.json()["error"]["message"]
    assert r.json()["error"]["detail"] == {"stock": 50, "unit": "kg"}


async def test_a_sold_out_product_says_so(api: Api, market: dict) -> None:
    """Not "only 0 kg left; ask for that many or fewer": nobody can ask for none."""
    pid = market["product"]["id"]
    r = await api.client.patch(
        f"/api/products/{pid}",
        headers=api.auth(market["v"]),
        json={"stock": 0, "expected_stock": 50},
    )
    assert r.status_code == 200, r.text
    r = await api.client.post(
        "/api/negotiations", headers=api.auth(market["c"]), json={"product_id": pid}
    )
    assert r.status_code == 409
    error = r.json()["error"]
    assert error["code"] == "out_of_stock" and "sold out" in error["message"]
    assert "Only 0" not in error["message"]
    assert error["detail"] == {"stock": 0, "unit": "kg"}


async def test_an_accept_refused_for_stock_says_how_much_is_left(api: Api, market: dict) -> None:
    """The stock sold elsewhere after the deal opened: the accept's 409 says how much is
    left (and `detail` carries it with its unit, for a page to word it), or that none is."""
    pid = market["product"]["id"]
    name = market["product"]["names"]["en"]
    nid = (await api.open(market["c"], pid, quantity=3, amount_paise=3800))["id"]
    for before, left in ((50, 2), (2, 0)):
        r = await api.client.patch(
            f"/api/products/{pid}",
            json={"stock": left, "expected_stock": before},
            headers=api.auth(market["v"]),
        )
        assert r.status_code == 200, r.text
        r = await api.accept(market["v"], nid)
        assert r.status_code == 409, r.text
        error = r.json()["error"]
        assert error["code"] == "out_of_stock"
        assert error["detail"] == {"stock": left, "unit": "kg"}
        said = f"only {left} kg of {name} left" if left else f"no {name} left"
        assert f"Sorry, {said}, not enough for 3 kg" in error["message"], error["message"]
    neg = (await api.get(market["c"], f"/api/negotiations/{nid}")).json()
    assert neg["status"] == "OPEN"  # nothing closed


async def test_a_bid_past_the_stock_is_refused_as_opening_is(api: Api, market: dict) -> None:
    """Opening for more than the stock is refused; so is a bid that changes the quantity
    to more than the stock (the same 409, with the stock), before the vendor's accept."""
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, quantity=3, amount_paise=3300))["id"]
    for side, quantity in ((market["c"], 51), (market["v"], 10_000)):
        r = await api.bid(side, nid, 3800, quantity=quantity)
        assert r.status_code == 409, r.text
        error = r.json()["error"]
        assert error["code"] == "out_of_stock"
        assert error["detail"]["stock"] == 50 and "Only 50 kg left" in error["message"]
    neg = (await api.get(market["c"], f"/api/negotiations/{nid}")).json()
    assert (neg["quantity"], neg["bid_count"]) == (3, 1)  # nothing recorded
    # Up to the stock is fine, and keeping the quantity needs no stock check now.
    assert (await api.bid(market["v"], nid, 3800, quantity=50)).status_code == 201
    r = await api.client.patch(
        f"/api/products/{pid}",
        json={"stock": 10, "expected_stock": 50},
        headers=api.auth(market["v"]),
    )
    assert r.status_code == 200, r.text
    assert (await api.bid(market["c"], nid, 3500)).status_code == 201
    r = await api.bid(market["c"], nid, 3500, quantity=11)
    assert r.status_code == 409 and r.json()["error"]["detail"]["stock"] == 10, r.text
    assert (await api.bid(market["c"], nid, 3500, quantity=10)).status_code == 201


async def test_fixed_price_product(api: Api, market: dict) -> None:
    fixed = await api.product(
        market["v"],
        names={"en": "Rice"},
        list_price_paise=6000,
        floor_price_paise=6000,
        negotiable=False,
    )
    nid = (await api.open(market["c"], fixed["id"]))["id"]
    r = await api.bid(market["c"], nid, 5000)
    assert r.status_code == 422
    assert "fixed price" in r.json()["error"]["message"]
    assert (await api.bid(market["c"], nid, 6000)).status_code == 201
