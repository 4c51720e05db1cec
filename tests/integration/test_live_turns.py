"""The live turn pipeline with fake speech engines: turn-taking, confirmation, barge-in
and room behaviour, each in a fraction of a second. The real engines are exercised by
the other live tests; the database here is real (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from audio.errors import EngineError, EngineUnavailable, PoolSaturated
from audio.vendor_phrases import SLOW_CUSTOMER, SLOW_OWN
from models import Bid
from server.live.engine_errors import MESSAGES
from server.live.service import LiveService
from server.live.turns.rules import CONFIRM_SECONDS
from tests.conftest import Api
from tests.fakes import (
    Clock,
    FakeEngines,
    FakeSTT,
    FakeTTS,
    Heard,
    Party,
    seat_parties,
    utterance,
)
from tests.live_helpers import wait_for


@dataclass
class Room:
    app: FastAPI
    live: LiveService
    stt: FakeSTT
    tts: FakeTTS
    clock: Clock
    customer: Party
    vendor: Party
    negotiation_id: int

    async def bids(self) -> list[tuple[int, str, str]]:
        async with self.app.state.sessions() as session:
            rows = await session.scalars(select(Bid).order_by(Bid.seq))
            return [(b.amount_paise, b.side.value, b.source.value) for b in rows]


@pytest.fixture
async def room(app: FastAPI, market: dict[str, Any], api: Api) -> AsyncIterator[Room]:
    live: LiveService = app.state.live
    stt, tts, clock = FakeSTT(), FakeTTS(), Clock()
    live.engines = FakeEngines(live.engines, stt, tts)  # type: ignore[assignment]
    live.clock = clock
    n = (await api.open(market["c"], market["product"]["id"], quantity=2))["id"]
    parties = await seat_parties(live, n, market)
    yield Room(app, live, stt, tts, clock, parties[0], parties[1], n)
    for party in parties:
        await party.speaker.close()
        await live.leave(party.speaker.room, party.client)


async def test_a_spoken_price_is_recorded_relayed_and_said_to_the_listener(room: Room) -> None:
    room.stt.say("Thirty six rupees.")
    room.customer.say()
    vendor = room.vendor.client
    await wait_for(lambda: vendor.of("offer") and vendor.of("latency"), timeout=5, what="relay")
    assert await room.bids() == [(3600, "customer", "voice")]
    [offer] = vendor.of("offer")
    assert (offer["amount_paise"], offer["source"]) == (3600, "voice")
    assert room.tts.said == [("en", "Thirty six rupees.")]  # the same language: the words
    assert vendor.audio_bytes > 0 and vendor.ended[-1][1] is False
    [latency] = vendor.of("latency")
    assert latency["speaker"] == "customer" and latency["listener"] == "vendor"
    assert {"stt", "understand", "domain", "translate", "tts_first_audio"} <= set(
        latency["stages_ms"]
    )
    # The speaker sees their own final transcript and what it was taken to mean.
    customer = room.customer.client
    assert customer.of("transcript")[-1]["final"] is True
    assert customer.of("understood")[-1]["recorded"] is True
    assert not vendor.of("understood")


async def test_speech_cut_short_by_a_lost_engine_ends_interrupted(room: Room) -> None:
    """The listener's speech engine goes away after the first chunk: the listener is told
    (`engine_unavailable`) and the utterance ends `interrupted`, so a player drops what it
    holds of a sentence that will not be finished; the bid stands."""
    room.tts.chunks, room.tts.fail_after = 5, 1
    room.tts.error = EngineUnavailable("the speech engine process is not answering")
    room.stt.say("Thirty six rupees.")
    room.customer.say()
    vendor = room.vendor.client
    await wait_for(lambda: vendor.ended, timeout=5, what="the end of the speech")
    assert vendor.audio_bytes > 0
    assert vendor.ended[-1][1] is True
    assert [e["code"] for e in vendor.of("error")] == ["engine_unavailable"]
    assert await room.bids() == [(3600, "customer", "voice")]


async def test_a_spoken_accept_waits_for_its_yes(room: Room) -> None:
    room.stt.say("Forty rupees.")
    room.vendor.say()
    await wait_for(lambda: room.customer.client.of("offer"), timeout=5, what="the offer")
    room.stt.say("Okay, deal.", "Yes.")
    room.customer.say()
    await wait_for(lambda: room.customer.client.of("confirm"), timeout=5, what="the question")
    assert not room.customer.client.of("order")
    room.customer.say()
    await wait_for(lambda: room.vendor.client.of("order"), timeout=5, what="the order")
    [order] = room.vendor.client.of("order")
    assert order["order"]["accepted_by"] == "customer"
    assert order["order"]["source"] == "voice"


async def test_a_late_yes_accepts_nothing(room: Room) -> None:
    room.stt.say("Forty rupees.")
    room.vendor.say()
    await wait_for(lambda: room.customer.client.of("offer"), timeout=5, what="the offer")
    room.stt.say("Okay, deal.", "Yes.")
    room.customer.say()
    await wait_for(lambda: room.customer.client.of("confirm"), timeout=5, what="the question")
    room.clock.now += CONFIRM_SECONDS + 1
    room.customer.say()
    await wait_for(
        lambda: room.customer.client.of("confirm_cancelled"), timeout=5, what="the cancel"
    )
    assert not room.customer.client.of("order")


async def test_an_unsure_price_is_asked_back_and_a_yes_records_it(room: Room) -> None:
    room.stt.say(Heard("Thirty six rupees.", confidence=0.2), "Yes.")
    room.customer.say()
    customer, vendor = room.customer.client, room.vendor.client
    await wait_for(lambda: customer.of("confirm_price"), timeout=5, what="the question")
    assert await room.bids() == []
    assert not vendor.of("transcript")  # an unsure price stays with its speaker
    room.customer.say()
    await wait_for(lambda: vendor.of("offer"), timeout=5, what="the confirmed offer")
    assert await room.bids() == [(3600, "customer", "voice")]
    assert customer.of("understood")[-1].get("confirmed") is True


async def test_a_spoken_total_for_part_of_a_kilo_is_asked_with_its_total(room: Room) -> None:
    """Spoken, on a 2-kg deal: "a quarter kilo for nine rupees" is asked back naming the
    250 grams and ₹9 heard and the ₹36 a kilo, ₹72 in all a yes records; the question is
    said to the speaker too; the yes records ₹36 a kilo for the deal's 2 kg."""
    room.stt.say("A quarter kilo for nine rupees.", "Yes.")
    room.customer.say()
    customer = room.customer.client
    await wait_for(lambda: customer.of("confirm_price"), timeout=5, what="the question")
    [asked] = customer.of("confirm_price")
    assert all(figure in asked["text"] for figure in ("250", "9", "2", "36", "72"))
    assert (asked["said_total_paise"], asked["said_quantity"]) == (900, 0.25)
    assert (asked["unit_price_paise"], asked["total_paise"]) == (3600, 7200)
    await wait_for(
        lambda: any(text == asked["text"] for _, text in room.tts.said),
        timeout=5,
        what="the question spoken",
    )
    assert await room.bids() == []
    room.customer.say()
    await wait_for(lambda: room.vendor.client.of("offer"), timeout=5, what="the offer")
    assert await room.bids() == [(3600, "customer", "voice")]


async def test_a_price_said_on_through_a_long_monologue_is_asked_once(room: Room) -> None:
    """Speech past the maximum length comes in pieces, each with the price in it again:
    the first piece's question stands while it waits (no second question, nothing said
    twice); once it has lapsed, the price said again is asked anew, and a yes records it."""
    piece = "and like I said I can give you thirty eight rupees a kilo for these"
    room.stt.say(piece, piece, piece, piece, "Yes.")
    customer = room.customer.client

    def said_on(continued: bool) -> None:
        cut = replace(utterance(), truncated=True, continued=continued)
        room.customer.speaker.turns.put_nowait(cut)

    asked = lambda: customer.of("confirm_price")  # noqa: E731
    heard = lambda: [e for e in customer.of("transcript") if e.get("final")]  # noqa: E731
    said_on(False)
    await wait_for(asked, timeout=5, what="the question")
    for i in (2, 3):
        said_on(True)
        await wait_for(lambda i=i: len(heard()) == i, timeout=5, what=f"piece {i}")
    await asyncio.sleep(0.05)
    assert len(asked()) == 1 and not customer.of("confirm_price_cancelled")
    questions = [text for _, text in room.tts.said if text.startswith("Did you say")]
    assert len(questions) == 1, room.tts.said
    assert await room.bids() == []
    # Lapsed: the same price in the next piece is a new question, the old one closed.
    room.clock.now += CONFIRM_SECONDS + 1
    said_on(True)
    await wait_for(lambda: len(asked()) == 2, timeout=5, what="the question asked anew")
    assert [e["reason"] for e in customer.of("confirm_price_cancelled")] == ["replaced"]
    room.customer.say()  # "Yes."
    await wait_for(lambda: room.vendor.client.of("offer"), timeout=5, what="the confirmed offer")
    assert await room.bids() == [(3800, "customer", "voice")]


async def test_barge_in_cuts_the_listeners_speech(room: Room) -> None:
    room.tts.chunks, room.tts.delay = 50, 0.02
    room.stt.say("Thirty six rupees.")
    room.customer.say()
    vendor = room.vendor.client
    await wait_for(lambda: vendor.audio_bytes > 0, timeout=5, what="speech to the vendor")
    await room.vendor.speaker.room.speech_started("vendor")
    await wait_for(lambda: vendor.ended, timeout=5, what="the speech cut")
    assert vendor.ended[-1][1] is True
    assert vendor.of("speech_started")[-1]["side"] == "vendor"


async def test_speech_onset_cuts_the_speech_at_once(room: Room) -> None:
    room.tts.chunks, room.tts.delay = 50, 0.02
    room.stt.say("Thirty six rupees.")
    room.customer.say()
    vendor = room.vendor.client
    await wait_for(lambda: vendor.audio_bytes > 0, timeout=5, what="speech to the vendor")
    await room.vendor.speaker.room.barge_in("vendor")
    # Cut at once, not at the next chunk of synthesis; no audio follows the cut.
    assert vendor.ended == [(vendor.ended[0][0], True)]
    sent = vendor.audio_bytes
    await asyncio.sleep(0.1)
    assert vendor.audio_bytes == sent
    # The utterance, confirmed, is the room's `speech_started`; nothing is cut twice.
    await room.vendor.speaker.room.speech_started("vendor")
    await wait_for(lambda: vendor.of("speech_started"), timeout=5, what="the room's event")
    assert len(vendor.ended) == 1


async def test_speech_slow_to_synthesize_is_cut_while_it_still_plays(room: Room) -> None:
    """The first audio came 0.6 s after the reply began (a loaded machine), all at once: the
    listener plays it from its arrival, so an onset 0.2 s later still cuts it, though the
    speech is shorter than the time since the reply began."""
    room.tts.chunks, room.tts.chunk_seconds, room.tts.first_delay = 10, 0.05, 0.6
    room.stt.say("Thirty six rupees.")
    room.customer.say()
    vendor = room.vendor.client
    await wait_for(lambda: vendor.ended, timeout=5, what="all the speech sent")
    assert vendor.ended == [(vendor.ended[0][0], False)]
    await asyncio.sleep(0.2)  # 0.5 s of speech arrived 0.2 s ago: still playing
    await room.vendor.speaker.room.barge_in("vendor")
    assert vendor.ended[-1][1] is True, vendor.ended


async def test_a_recogniser_failure_is_told_and_the_turns_go_on(room: Room) -> None:
    room.stt.say(Heard(error=EngineError("model crashed", retryable=False)), "Thirty six rupees.")
    room.customer.say()
    customer = room.customer.client
    await wait_for(lambda: customer.of("error"), timeout=5, what="the error")
    error = customer.of("error")[0]
    assert error["code"] == "stt_failed"
    # The person gets a plain sentence; the engine's own words are the operator's.
    assert error["message"] == MESSAGES["stt_failed"]
    room.customer.say()
    await wait_for(lambda: room.vendor.client.of("offer"), timeout=5, what="the next turn")


async def test_a_synthesis_failure_is_told_to_the_listener(room: Room) -> None:
    room.tts.error = EngineError("no voice", retryable=False)
    room.customer.type("Thirty six rupees.")
    vendor = room.vendor.client
    await wait_for(lambda: vendor.of("error"), timeout=5, what="the error")
    error = vendor.of("error")[0]
    assert error["code"] == "tts_failed" and error["message"] == MESSAGES["tts_failed"]
    assert "no voice" not in error["message"]
    assert await room.bids() == [(3600, "customer", "text")]


async def test_a_second_price_before_an_answer_supersedes_the_first(room: Room) -> None:
    room.stt.say("Thirty six rupees.", "Thirty seven rupees.")
    room.customer.say()
    vendor, customer = room.vendor.client, room.customer.client
    await wait_for(lambda: vendor.of("latency"), timeout=5, what="the first offer")
    room.customer.say()  # before the vendor answers: a new offer, which stands
    await wait_for(lambda: len(vendor.of("latency")) == 2, timeout=5, what="the second offer")
    assert not customer.of("error")
    assert await room.bids() == [(3600, "customer", "voice"), (3700, "customer", "voice")]
    assert len(vendor.of("offer")) == 2
    assert room.tts.said == [("en", "Thirty six rupees."), ("en", "Thirty seven rupees.")]


async def test_a_full_recogniser_says_busy_once_and_drops_nothing(room: Room) -> None:
    full = PoolSaturated("the provider's queue is full")
    room.stt.say(Heard(error=full), Heard(error=full), "Thirty six rupees.")
    room.customer.say()
    customer = room.customer.client
    await wait_for(lambda: room.vendor.client.of("offer"), timeout=5, what="the offer")
    [busy] = customer.of("busy")
    assert busy["utterance_id"] == room.stt.calls[0]["utterance_id"]
    assert len(room.stt.calls) == 3
    assert await room.bids() == [(3600, "customer", "voice")]


async def test_words_slow_to_be_heard_are_told_to_both_sides(room: Room) -> None:
    """A recogniser that answers slowly (a remote engine near its timeout): once the
    words have gone unheard for the bound, the speaker is told they are being worked on
    and the listener that words are coming; the turn then goes on as usual."""
    room.live.hearing.slow_notice_s = 0.2
    room.stt.say(Heard("Thirty six rupees.", delay=1.0))
    room.customer.say()
    customer, vendor = room.customer.client, room.vendor.client
    await wait_for(lambda: customer.of("slow") and vendor.of("slow"), timeout=5, what="slow")
    assert not vendor.of("offer")  # told while the words were still being made out
    utterance = room.stt.calls[0]["utterance_id"] if room.stt.calls else None
    for told in (customer.of("slow"), vendor.of("slow")):
        [slow] = told
        assert (slow["side"], slow["stage"]) == ("customer", "hearing")
        assert utterance is None or slow["utterance_id"] == utterance
    await wait_for(lambda: vendor.of("offer"), timeout=15, what="the offer")
    assert await room.bids() == [(3600, "customer", "voice")]

    # Words heard within the bound: nothing said of the line.
    room.live.hearing.slow_notice_s = 3.0
    room.stt.say("Thirty seven rupees.")
    room.customer.say()
    await wait_for(lambda: len(vendor.of("offer")) == 2, timeout=15, what="the second offer")
    await asyncio.sleep(0.3)
    assert len(customer.of("slow")) == len(vendor.of("slow")) == 1


async def test_a_phone_hears_that_words_are_slow_to_be_made_out(room: Room) -> None:
    """A phone shows no `slow`: the vendor's phone hears it said, for the customer's words
    and for its own; the shopper's page is shown the event and hears nothing of it."""
    room.vendor.client.kind = "phone"
    room.live.hearing.slow_notice_s = 0.2
    room.stt.say(Heard("Thirty six rupees.", delay=1.0))
    room.customer.say()
    vendor = room.vendor.client
    await wait_for(lambda: vendor.of("offer"), timeout=15, what="the offer")
    # The words are said once the notice before them has been: on a busy machine that
    # can be after the offer's event reached the page.
    await wait_for(lambda: len(room.tts.said) >= 2, timeout=15, what="the words said")
    assert room.tts.said[0] == ("en", SLOW_CUSTOMER["en"])
    assert room.tts.said[1:] == [("en", "Thirty six rupees.")]

    room.stt.say(Heard("Forty rupees.", delay=1.0))
    room.vendor.say()
    customer = room.customer.client
    await wait_for(lambda: len(customer.of("offer")) == 2, timeout=15, what="the counter")
    assert ("en", SLOW_OWN["en"]) in room.tts.said
    assert customer.of("slow") and len(vendor.of("slow")) == 2
    assert await room.bids() == [(3600, "customer", "voice"), (4000, "vendor", "voice")]


async def test_a_typed_turn_waits_behind_a_slow_spoken_one(room: Room) -> None:
    room.stt.say(Heard("Thirty six rupees.", delay=0.2))
    room.customer.say()
    room.customer.type("Thirty seven rupees.")  # after the first: it supersedes it
    vendor = room.vendor.client
    await wait_for(lambda: len(vendor.of("offer")) == 2, timeout=5, what="the second turn")
    assert [e["amount_paise"] for e in vendor.of("offer")] == [3600, 3700]
    assert await room.bids() == [(3600, "customer", "voice"), (3700, "customer", "text")]
