"""One conversation whatever the channel: bids, accepts, rejects and cancels made over
the HTTP API reach the open sockets of the negotiation's room (the shopper's page, the
vendor's console, the vendor's phone leg) as the same events a socket's own moves give,
in one process and across processes through Redis; a Redis that hangs never fails the
request, and the room resyncs. Speech is a fake here (what is said, not how it sounds)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection

from server.live.service import LiveService
from tests.conftest import REDIS_URL, Api, make_settings, need, running_app
from tests.fakes import FakeEngines, FakeTTS
from tests.integration.test_hung_redis import QUICK_TO_NOTICE, frozen
from tests.integration.test_live_two_processes import (
    free_port,
    remote,
    serve,
    server_env,
    until_up,
)
from tests.integration.test_outages import OwnRedis, own_redis  # noqa: F401
from tests.live_helpers import LiveServer, Received, live_server, open_browser, open_twilio
from tests.live_helpers import wait_for as wait


def fake_speech(server: LiveServer) -> FakeTTS:
    live: LiveService = server.app.state.live
    tts = FakeTTS()
    live.engines = FakeEngines(live.engines, tts=tts)  # type: ignore[assignment]
    return tts


@contextlib.asynccontextmanager
async def serving(database_url: str, **overrides: Any) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url, **overrides)) as server:
        yield server


async def haggle(api: Api) -> dict[str, Any]:
    vendor = await api.register("vendor", language="en", business_name="Murugan")
    customer = await api.register("customer", language="hi")
    product = await api.product(
        vendor["token"], names={"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"}
    )  # ₹40 list, ₹32 floor, 50 kg
    negotiation = await api.open(customer["token"], product["id"], quantity=2)
    return {"v": vendor["token"], "c": customer["token"], "n": negotiation["id"]}


async def close(*pairs: tuple[ClientConnection, asyncio.Task[None]]) -> None:
    for ws, task in pairs:
        await ws.close()
        await task


def states(got: Received) -> list[str]:
    return [e["negotiation"]["status"] for e in got.of("state")]


async def test_http_moves_reach_the_shopper_page_and_the_vendor_console(
    database_url: str,
) -> None:
    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m = await haggle(api)
        nid = m["n"]
        cws, cgot, ctask = await open_browser(server, nid, m["c"], language="hi")
        vws, vgot, vtask = await open_browser(server, nid, m["v"], language="en", watch=True)
        both = (cgot, vgot)

        # The customer offers over HTTP, then says a new price before any answer.
        first = (await api.bid(m["c"], nid, 3000)).json()["bid"]
        await wait(lambda: all(g.of("offer") for g in both), what="the HTTP offer")
        second = (await api.bid(m["c"], nid, 3300)).json()["bid"]
        await wait(lambda: all(len(g.of("offer")) == 2 for g in both), what="the new offer")
        for got in both:
            offers = got.of("offer")
            assert [(o["bid_id"], o["bid_seq"]) for o in offers] == [
                (first["id"], 1),
                (second["id"], 2),
            ]
            assert [o["amount_paise"] for o in offers] == [3000, 3300]
            assert {(o["side"], o["source"], o["quantity"], o["unit"]) for o in offers} == {
                ("customer", "text", 2, "kg")
            }
            assert all(o["utterance_id"] is None and o["transcript"] is None for o in offers)
        assert "टमाटर" in cgot.of("offer")[0]["text"]  # each in its own language
        assert "Tomato" in vgot.of("offer")[0]["text"] or "tomato" in vgot.of("offer")[0]["text"]
        # The console gets the assistant's hint, as for a spoken or button offer.
        assert vgot.of("offer")[1]["hint"]["action"] == "counter"
        assert all("hint" not in e for e in cgot.events)
        await wait(lambda: all(len(g.of("state")) == 2 for g in both), what="the state")
        assert cgot.of("state")[-1]["negotiation"]["latest_offer"] == {
            "side": "customer",
            "amount_paise": 3300,
        }
        assert not cgot.of("audio_start")  # the one who made the offer hears nothing

        # The vendor counters over HTTP: the shopper's page also hears it said, in Hindi.
        counter = (await api.bid(m["v"], nid, 3800)).json()["bid"]
        await wait(lambda: cgot.of("audio_end"), what="the counter said to the shopper")
        assert cgot.of("audio_start")[0]["utterance_id"] == f"offer-{counter['id']}"
        said = next(o for o in cgot.of("offer") if o["bid_id"] == counter["id"])["text"]
        assert tts.said == [("hi", said)] and "38" in said

        # The customer accepts over HTTP, the offer they saw: both see the order.
        r = await api.accept(m["c"], nid, expected_seq=3)
        assert r.status_code == 200, r.text
        order = r.json()["order"]
        await wait(lambda: all(g.of("order") for g in both), what="the order")
        for got in both:
            placed = got.of("order")[0]["order"]
            assert (placed["id"], placed["total_paise"]) == (order["id"], 7600)
            assert (placed["accepted_by"], placed["source"]) == ("customer", "text")
        await wait(lambda: all("ACCEPTED" in states(g) for g in both), what="accepted")

        # And cancels it over HTTP before paying.
        r = await api.client.post(
            f"/api/negotiations/{nid}/cancel", headers=api.auth(m["c"]), json=None
        )
        assert r.status_code == 200, r.text
        await wait(lambda: all(states(g)[-1] == "CANCELLED" for g in both), what="cancelled")
        for got in both:
            seqs = [e["seq"] for e in got.events if "seq" in e and e.get("type") != "snapshot"]
            assert seqs == sorted(seqs)
        await close((cws, ctask), (vws, vtask))


async def test_an_http_reject_reaches_the_room(database_url: str) -> None:
    async with serving(database_url) as server:
        fake_speech(server)
        api = Api(server.http)
        m = await haggle(api)
        cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
        assert (await api.bid(m["c"], m["n"], 2000)).status_code == 201
        r = await api.client.post(
            f"/api/negotiations/{m['n']}/reject",
            headers=api.auth(m["v"]),
            json={"reason": "too low"},
        )
        assert r.status_code == 200, r.text
        await wait(lambda: states(cgot)[-1:] == ["REJECTED"], what="the rejection")
        await close((cws, ctask))


async def phone_leg(
    server: LiveServer, m: dict[str, Any]
) -> tuple[ClientConnection, Received, asyncio.Task[None]]:
    """The vendor on the phone (Tamil), the voice of their side in the room."""
    pws, pgot, ptask, _ = await open_twilio(
        server, {"token": m["v"], "negotiation_id": str(m["n"]), "language": "ta"}
    )
    live: LiveService = server.app.state.live
    await wait(
        lambda: m["n"] in live.rooms and "vendor" in live.rooms[m["n"]].clients,
        what="the phone leg in the room",
    )
    return pws, pgot, ptask


def marks(got: Received) -> list[str]:
    """The names of the marks a phone leg got: one per speech it heard."""
    return [t["mark"]["name"] for t in got.twilio if t["event"] == "mark"]


Socket = tuple[ClientConnection, Received, asyncio.Task[None]]


async def vendor_on_the_phone_offers(
    server: LiveServer, api: Api, amount_paise: int
) -> tuple[dict[str, Any], Socket, Socket]:
    """A negotiation with the vendor on the phone and a Hindi shopper's page, once the
    vendor's HTTP offer of `amount_paise` has been said to the shopper."""
    m = await haggle(api)
    phone = await phone_leg(server, m)
    page = await open_browser(server, m["n"], m["c"], language="hi")
    assert (await api.bid(m["v"], m["n"], amount_paise)).status_code == 201
    await wait(lambda: page[1].of("audio_end"), what="the offer said to the shopper")
    return m, phone, page


async def test_the_phone_leg_hears_an_http_offer(database_url: str) -> None:
    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m = await haggle(api)
        pws, pgot, ptask = await phone_leg(server, m)
        bid = (await api.bid(m["c"], m["n"], 3000)).json()["bid"]
        await wait(lambda: marks(pgot), what="the offer said on the phone")
        assert marks(pgot) == [f"offer-{bid['id']}"]
        [(language, text)] = tts.said
        assert language == "ta" and "30" in text and "தக்காளி" in text
        await close((pws, ptask))


async def test_an_accept_made_without_words_is_said_to_the_other_side(database_url: str) -> None:
    """An accept over HTTP or by a button has no words of its own to relay: the other
    side's voice hears the deal said, as after a spoken accept (a phone has nothing
    else); the accepter hears nothing of it."""
    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m, (pws, pgot, ptask), (cws, cgot, ctask) = await vendor_on_the_phone_offers(
            server, api, 3800
        )
        r = await api.accept(m["c"], m["n"], expected_seq=1)
        assert r.status_code == 200, r.text
        order = r.json()["order"]
        await wait(lambda: marks(pgot), what="the deal said on the phone")
        assert marks(pgot) == [f"order-{order['id']}"]
        language, text = tts.said[-1]
        assert language == "ta" and "38" in text and "தக்காளி" in text
        assert len(cgot.of("audio_start")) == 1  # only the vendor's offer
        await close((pws, ptask), (cws, ctask))

    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m = await haggle(api)
        cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
        vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="en")
        await cws.send('{"type": "offer", "amount_paise": 3500}')
        await wait(lambda: vgot.of("audio_end"), what="the offer said to the vendor")
        await vws.send('{"type": "accept", "expected_seq": 1}')
        await wait(lambda: cgot.of("audio_end"), what="the deal said to the shopper")
        [start] = cgot.of("audio_start")
        assert start["utterance_id"] == f"order-{cgot.of('order')[0]['order']['id']}"
        language, text = tts.said[-1]
        assert language == "hi" and "35" in text and "टमाटर" in text
        assert cgot.of("order")[0]["order"]["source"] == "button"
        assert len(vgot.of("audio_start")) == 1  # only the shopper's offer
        await close((cws, ctask), (vws, vtask))


async def test_a_rejection_made_without_words_is_said_to_the_other_side(
    database_url: str,
) -> None:
    """A reject over HTTP or by a button: the other side's voice hears the refusal said,
    as it hears a spoken one's words; the one who rejected hears nothing of it."""
    refusal = {"hi": "माफ़ कीजिए, इतने में नहीं हो पाएगा।", "ta": "மன்னிக்கவும், இந்த விலைக்கு முடியாது."}
    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m = await haggle(api)
        cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
        assert (await api.bid(m["c"], m["n"], 2000)).status_code == 201
        r = await api.client.post(
            f"/api/negotiations/{m['n']}/reject", headers=api.auth(m["v"]), json=None
        )
        assert r.status_code == 200, r.text
        await wait(lambda: cgot.of("audio_end"), what="the refusal said to the shopper")
        assert [s["utterance_id"] for s in cgot.of("audio_start")] == [f"rejected-{m['n']}"]
        assert tts.said == [("hi", refusal["hi"])]
        assert cgot.of("state")[-1]["rejected_by"] == "vendor"
        await close((cws, ctask))

    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m, (pws, pgot, ptask), (cws, cgot, ctask) = await vendor_on_the_phone_offers(
            server, api, 3900
        )
        await cws.send('{"type": "reject"}')
        await wait(lambda: marks(pgot), what="the refusal said on the phone")
        assert marks(pgot) == [f"rejected-{m['n']}"]
        assert tts.said[-1] == ("ta", refusal["ta"])
        assert len(cgot.of("audio_start")) == 1  # only the vendor's offer
        await close((pws, ptask), (cws, ctask))


@pytest.mark.parametrize("bus", ["memory", "redis"])
async def test_nobody_in_the_room_nothing_published(database_url: str, bus: str) -> None:
    """No socket in the room, in any process: an HTTP bid costs the room bus nothing."""
    overrides = {"redis_url": need(REDIS_URL, "Redis")} if bus == "redis" else {}
    async with running_app(make_settings(database_url, **overrides)) as (app, client):
        api = Api(client)
        m = await haggle(api)
        live: LiveService = app.state.live
        # The shared test Redis may hold a room of the same id from another test's database.
        before = await live.bus.last_seq(m["n"])
        assert (await api.bid(m["c"], m["n"], 3000)).status_code == 201
        assert await live.bus.last_seq(m["n"]) == before


@pytest.mark.parametrize("bus", ["memory", "redis"])
async def test_http_moves_on_one_server_reach_sockets_on_another(
    database_url: str, bus: str
) -> None:
    """The shopper's page on A, the vendor's console on B; HTTP calls to either server."""
    if bus == "memory":
        async with serving(database_url) as one:
            servers: tuple[LiveServer, LiveServer] = (one, one)
            await _across(servers)
        return
    redis_url = need(REDIS_URL, "Redis")
    async with (
        serving(database_url, redis_url=redis_url) as a,
        serving(database_url, redis_url=redis_url) as b,
    ):
        await _across((a, b))


async def _across(servers: tuple[LiveServer, LiveServer]) -> None:
    a, b = servers
    for server in {id(s): s for s in servers}.values():
        fake_speech(server)
    m = await haggle(Api(a.http))
    nid = m["n"]
    cws, cgot, ctask = await open_browser(a, nid, m["c"], language="hi")
    vws, vgot, vtask = await open_browser(b, nid, m["v"], language="en", watch=True)
    on_a, on_b = Api(a.http), Api(b.http)
    assert (await on_b.bid(m["c"], nid, 3000)).status_code == 201  # the customer, via B
    await wait(lambda: cgot.of("offer") and vgot.of("offer"), what="the offer on A and B")
    assert (await on_a.bid(m["v"], nid, 3900)).status_code == 201  # the vendor, via A
    await wait(lambda: len(vgot.of("offer")) == 2, what="the counter on B")
    await wait(lambda: cgot.of("audio_end"), what="the counter said on A")
    r = await on_b.accept(m["c"], nid, expected_seq=2)
    assert r.status_code == 200, r.text
    await wait(lambda: cgot.of("order") and vgot.of("order"), what="the order on A and B")
    assert vgot.of("order")[0]["order"]["total_paise"] == 7800
    await close((cws, ctask), (vws, vtask))


async def test_two_processes_through_redis(postgres_url: str, tmp_path: Path) -> None:
    """Two server processes: the shopper's page on one, the vendor's console on the
    other, HTTP moves sent to each."""
    redis_url = need(REDIS_URL, "Redis")
    env = server_env(postgres_url, redis_url, "two-process-secret-" + "z" * 32)
    port_a, port_b = free_port(), free_port()
    log_a, log_b = tmp_path / "a.log", tmp_path / "b.log"
    with serve(port_a, env, log_a) as pa, serve(port_b, env, log_b) as pb:
        base_a, base_b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
        await asyncio.gather(until_up(base_a, pa, log_a), until_up(base_b, pb, log_b))
        async with remote(base_a) as a, remote(base_b) as b:
            on_a, on_b = Api(a.http), Api(b.http)
            m = await haggle(on_a)
            nid = m["n"]
            # Both watch (no speech: these processes have the real engines).
            cws, cgot, ctask = await open_browser(a, nid, m["c"], language="hi", watch=True)
            vws, vgot, vtask = await open_browser(b, nid, m["v"], language="en", watch=True)
            assert (await on_a.bid(m["c"], nid, 3000)).status_code == 201
            await wait(lambda: vgot.of("offer"), what="A's HTTP offer on B")
            assert vgot.of("offer")[0]["hint"]["action"] == "counter"
            assert (await on_b.bid(m["v"], nid, 3900)).status_code == 201
            assert (await on_b.bid(m["v"], nid, 3800)).status_code == 201  # supersedes
            await wait(lambda: len(cgot.of("offer")) == 3, what="B's HTTP counters on A")
            assert [o["amount_paise"] for o in cgot.of("offer")] == [3000, 3900, 3800]
            r = await on_a.accept(m["c"], nid, expected_seq=3)
            assert r.status_code == 200, r.text
            await wait(lambda: vgot.of("order"), what="the order on B")
            assert vgot.of("order")[0]["order"]["unit_price_paise"] == 3800
            await close((cws, ctask), (vws, vtask))


async def test_a_hung_redis_never_fails_the_http_move(
    database_url: str,
    own_redis: OwnRedis,  # noqa: F811
) -> None:
    """The bid is committed and answered; the room, which may have missed it, closes its
    sockets (1013) and a reconnect's snapshot holds the bid."""
    async with serving(database_url, redis_url=own_redis.url, **QUICK_TO_NOTICE) as server:
        api = Api(server.http)
        m = await haggle(api)
        cws, _cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi", watch=True)
        with frozen(own_redis):
            started = asyncio.get_running_loop().time()
            r = await api.bid(m["v"], m["n"], 3900)
            took = asyncio.get_running_loop().time() - started
            assert r.status_code == 201, r.text
            assert took < 1.0 * 3 + 1.0, took
            await asyncio.wait_for(ctask, timeout=10)
        assert cws.close_code == 1013
        await asyncio.sleep(0.6)
        cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi", watch=True)
        snapshot = cgot.of("snapshot")[0]
        assert [b["amount_paise"] for b in snapshot["bids"]] == [3900]
        await close((cws, ctask))
