from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from models import AuditEntry, QRSession, Role, User, utcnow
from tests.conftest import Api


async def test_stall_qr_images_and_join(api: Api, market: dict, app) -> None:
    r = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "stall"})
    assert r.status_code == 201, r.text
    qr = r.json()
    assert qr["url"] == f"http://vyapar.test/s/{qr['token']}"
    png = await api.client.get(qr["png_url"].removeprefix("http://vyapar.test"))
    assert png.status_code == 200
    assert png.headers["content-type"] == "image/png"
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n")
    svg = await api.client.get(qr["svg_url"].removeprefix("http://vyapar.test"))
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in svg.content
    # A stall code works again and again; each scan makes a new guest.
    product_id = market["product"]["id"]
    first = await api.client.post(
        f"/api/qr/{qr['token']}/join",
        json={"language": "hi", "product_id": product_id, "quantity": 2},
    )
    second = await api.client.post(f"/api/qr/{qr['token']}/join", json={"language": "bn"})
    assert first.status_code == second.status_code == 200
    joined = first.json()
    assert joined["user"]["role"] == "guest"
    assert joined["vendor"]["business_name"] == "Ramesh Sabzi"
    assert joined["negotiation"]["quantity"] == 2
    assert joined["negotiation"]["status"] == "OPEN"
    assert second.json()["negotiation"] is None
    assert second.json()["user"]["script"] == "Beng"
    # The guest token works for bidding.
    nid = joined["negotiation"]["id"]
    bid = await api.bid(joined["token"], nid, 3000)
    assert bid.status_code == 201
    async with app.state.sessions() as session:
        guests = (await session.scalars(select(User).where(User.role == Role.GUEST))).all()
        row = await session.scalar(select(QRSession))
    assert len(guests) == 2
    assert row is not None and row.uses == 2


async def test_qr_is_a_real_code_of_the_url(api: Api, market: dict) -> None:
    import segno

    r = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "visit"})
    qr = r.json()
    svg = await api.client.get(f"/api/qr/{qr['token']}.svg")
    expected = segno.make(qr["url"], error="m")
    # Same matrix → the served image encodes exactly the shopper URL.
    import io

    buf = io.BytesIO()
    expected.save(buf, kind="svg", scale=8, border=4, xmldecl=True, title="VyaparMitra")
    assert svg.content == buf.getvalue()


async def test_visit_qr_works_once(api: Api, market: dict, app) -> None:
    r = await api.client.post(
        "/api/qr", headers=api.auth(market["v"]), json={"kind": "visit", "ttl_seconds": 600}
    )
    token = r.json()["token"]
    for picture in ("png", "svg"):  # shown before the visit, never kept in a cache
        shown = await api.client.get(f"/api/qr/{token}.{picture}")
        assert shown.status_code == 200
        assert shown.headers["cache-control"] == "no-store"
    ok = await api.client.post(f"/api/qr/{token}/join", json={"language": "hi"})
    assert ok.status_code == 200
    again = await api.client.post(f"/api/qr/{token}/join", json={"language": "hi"})
    assert again.status_code == 410
    assert again.json()["error"]["code"] == "qr_used"
    # Used: its pictures answer as its page and stall API do, not a code that can only fail.
    for where in (f"/api/qr/{token}.png", f"/api/qr/{token}.svg", f"/api/qr/{token}/stall"):
        used = await api.client.get(where)
        assert used.status_code == 410, where
        assert used.headers["content-type"].startswith("application/json"), where
        assert used.json()["error"]["code"] == "qr_used", where
    page = await api.client.get(f"/s/{token}")
    assert page.status_code == 410
    async with app.state.sessions() as session:
        guests = (await session.scalars(select(User).where(User.role == Role.GUEST))).all()
    assert len(guests) == 1  # the refused scan created nobody


async def test_expired_and_forged_qr(api: Api, market: dict, app) -> None:
    r = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "stall"})
    token = r.json()["token"]
    async with app.state.sessions() as session, session.begin():
        await session.execute(update(QRSession).values(expires_at=utcnow() - timedelta(1)))
    expired = await api.client.post(f"/api/qr/{token}/join", json={"language": "hi"})
    assert expired.status_code == 410
    assert expired.json()["error"]["code"] == "qr_expired"
    assert (await api.client.get(f"/api/qr/{token}.png")).status_code == 410

    # A stall code's secret is its nonce (it outlives the key that signed it): with
    # another signature it is still the same, expired, code. A one-visit code's
    # signature must be ours.
    nonce, _, sig = token.partition(".")
    same_stall = await api.client.post(f"/api/qr/{nonce}.{sig[::-1]}/join", json={"language": "hi"})
    assert same_stall.status_code == 410
    assert same_stall.json()["error"]["code"] == "qr_expired"
    r = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "visit"})
    nonce, _, sig = r.json()["token"].partition(".")
    forged = f"{nonce}.{sig[::-1]}"
    r = await api.client.post(f"/api/qr/{forged}/join", json={"language": "hi"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "qr_invalid"
    r = await api.client.post("/api/qr/garbage/join", json={"language": "hi"})
    assert r.status_code == 400
    assert (await api.client.get(f"/api/qr/{forged}.svg")).status_code == 400


async def test_only_vendors_issue_qr(api: Api, market: dict, app) -> None:
    r = await api.client.post("/api/qr", headers=api.auth(market["c"]), json={"kind": "stall"})
    assert r.status_code == 403
    r = await api.client.post(
        "/api/qr", headers=api.auth(market["v"]), json={"kind": "stall", "ttl_seconds": 5}
    )
    assert r.status_code == 422
    async with app.state.sessions() as session:
        audits = (
            await session.scalars(select(AuditEntry).where(AuditEntry.action == "qr.issued"))
        ).all()
    assert audits == []


async def test_a_product_off_sale_gets_no_code_and_its_code_says_so(api: Api, market: dict) -> None:
    """A code is not printed for a product off sale (409 `product_withdrawn`); a code
    printed before the product went off sale answers the same at the join, not a 404,
    and is not used up by the refused join."""
    v = api.auth(market["v"])
    pid = market["product"]["id"]
    r = await api.client.post("/api/qr", json={"kind": "visit", "product_id": pid}, headers=v)
    assert r.status_code == 201, r.text
    printed = r.json()["token"]
    r = await api.client.patch(f"/api/products/{pid}", json={"is_active": False}, headers=v)
    assert r.status_code == 200, r.text

    r = await api.client.post("/api/qr", json={"kind": "stall", "product_id": pid}, headers=v)
    assert r.status_code == 409, r.text
    error = r.json()["error"]
    assert error["code"] == "product_withdrawn" and error["detail"]["product_id"] == pid
    assert "off sale" in error["message"]
    for body in ({"language": "hi"}, {"language": "hi", "product_id": pid}):
        r = await api.client.post(f"/api/qr/{printed}/join", json=body)
        assert r.status_code == 409, r.text
        assert r.json()["error"]["code"] == "product_withdrawn"
    r = await api.client.post(
        "/api/negotiations", json={"product_id": pid, "quantity": 1}, headers=api.auth(market["c"])
    )
    assert r.status_code == 409 and r.json()["error"]["code"] == "product_withdrawn", r.text
    # Back on sale: the one-visit code printed before still works, once.
    r = await api.client.patch(f"/api/products/{pid}", json={"is_active": True}, headers=v)
    assert r.status_code == 200, r.text
    r = await api.client.post(f"/api/qr/{printed}/join", json={"language": "hi"})
    assert r.status_code == 200, r.text
    assert r.json()["negotiation"]["product_id"] == pid


async def test_a_guest_is_a_customer_of_every_stall(api: Api, market: dict) -> None:
    """By design (docs/api.md "QR codes"): the code a shopper scans is how they arrive,
    not a fence. A guest, from a stall code or a one-visit code, is a customer without a
    password, and may bargain over any stall's products through the API as a registered
    customer may; what they can read and change is still only their own negotiations."""
    other = await api.register("vendor", business_name="Lakshmi Fruits")
    mango = await api.product(other["token"], names={"en": "Mango"})
    for kind in ("stall", "visit"):
        r = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": kind})
        joined = await api.client.post(f"/api/qr/{r.json()['token']}/join", json={"language": "hi"})
        assert joined.status_code == 200, joined.text
        guest = joined.json()["token"]
        opened = await api.client.post(
            "/api/negotiations", json={"product_id": mango["id"]}, headers=api.auth(guest)
        )
        assert opened.status_code == 201, opened.text
        assert opened.json()["vendor_id"] == other["user"]["id"]


async def test_a_stall_code_in_use_lives_on(api: Api, market: dict, app) -> None:
    """Each scan of a stall code moves its end to a full lifetime from now: a printed sign
    shoppers use never dies under them. A one-visit code is not renewed, and an ended
    stall code is not brought back by a scan."""
    ttl = app.state.settings.qr_stall_ttl_seconds
    stall = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "stall"})
    visit = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "visit"})
    stall_token, visit_token = stall.json()["token"], visit.json()["token"]
    soon = utcnow() + timedelta(days=1)
    async with app.state.sessions() as session, session.begin():
        await session.execute(update(QRSession).values(expires_at=soon))
    for token in (stall_token, visit_token):
        r = await api.client.post(f"/api/qr/{token}/join", json={"language": "hi"})
        assert r.status_code == 200, r.text
    async with app.state.sessions() as session:
        rows = {
            row.kind.value: row.expires_at for row in (await session.scalars(select(QRSession)))
        }
    assert rows["stall"] >= utcnow() + timedelta(seconds=ttl - 120)
    assert abs((rows["visit"] - soon).total_seconds()) < 1

    async with app.state.sessions() as session, session.begin():
        await session.execute(update(QRSession).values(expires_at=utcnow() - timedelta(1)))
    r = await api.client.post(f"/api/qr/{stall_token}/join", json={"language": "hi"})
    assert r.status_code == 410 and r.json()["error"]["code"] == "qr_expired"


async def test_a_stall_codes_scan_is_counted_after_the_join_commits(
    api: Api, market: dict, app, monkeypatch, caplog
) -> None:
    """Joins at one stall do not queue on its code's row for the length of a join: the
    join's own transaction only reads the code, and its scan is counted (and the code
    renewed) after that commit, in one statement. A count that fails loses no join."""
    from sqlalchemy import exc as sa

    from server.domain import qr

    stall = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "stall"})
    token = stall.json()["token"]
    count = qr.count_stall_use
    committed: list[bool] = []

    async def counted_after(session, qr_id, **kwargs):  # type: ignore[no-untyped-def]
        async with app.state.sessions() as other:  # what another connection sees by then
            guests = (await other.scalars(select(User).where(User.role == Role.GUEST))).all()
        committed.append(len(guests) == len(committed) + 1)
        await count(session, qr_id, **kwargs)

    monkeypatch.setattr(qr, "count_stall_use", counted_after)
    for _ in range(2):
        r = await api.client.post(
            f"/api/qr/{token}/join",
            json={"language": "hi", "product_id": market["product"]["id"]},
        )
        assert r.status_code == 200, r.text
    assert committed == [True, True]
    async with app.state.sessions() as session:
        row = await session.scalar(select(QRSession))
    assert row is not None and row.uses == 2

    async def failing(session, qr_id, **kwargs):  # type: ignore[no-untyped-def]
        raise sa.OperationalError("UPDATE qr_sessions …", {}, Exception("lock timeout"))

    monkeypatch.setattr(qr, "count_stall_use", failing)
    r = await api.client.post(f"/api/qr/{token}/join", json={"language": "hi"})
    assert r.status_code == 200, r.text
    assert any("a stall code's scan was not counted" in m for m in caplog.messages)
