"""A speaker's words lost to the speech engine (its process died mid-utterance, every
provider failed): a browser gets the `error` event; a phone, which shows no events, hears
that its words were not made out and to say the price again, instead of silence (the
vendor believed they had made an offer). Fake speech engines; the database is real."""

from __future__ import annotations

import pytest

from audio.confirmations import not_understood
from audio.errors import EngineError, EngineUnavailable
from tests.fakes import Heard
from tests.integration.test_live_reject import Room, _customer_offers
from tests.integration.test_live_reject import room as room  # the fixture, both legs
from tests.live_helpers import wait_for

LOST: list[EngineError] = [
    EngineUnavailable("the speech engine process is not answering", provider="faster-whisper"),
    EngineError("every provider failed for asr:en", retryable=False, provider="faster-whisper"),
]


@pytest.mark.parametrize("error", LOST, ids=["engine_unavailable", "stt_failed"])
async def test_words_lost_to_the_engine_are_asked_again(room: Room, error: EngineError) -> None:
    await _customer_offers(room)
    vendor = room.vendor.client
    room.stt.say(Heard(error=error))
    room.vendor.say()
    await wait_for(lambda: vendor.of("error"), timeout=15, what="the error")
    again = not_understood("nothing_heard", "", "en", can_type=False)
    if room.leg == "phone":
        await wait_for(lambda: ("en", again) in room.tts.said, timeout=15, what="spoken")
    else:
        assert ("en", again) not in room.tts.said  # a screen shows the error instead
    # Nothing was recorded for the lost words; the next ones are heard as usual.
    assert len(room.customer.client.of("offer")) == 1
    room.stt.say("Thirty five rupees a kilo.")
    room.vendor.say()
    await wait_for(lambda: room.customer.client.of("offer")[1:], timeout=15, what="the offer")
