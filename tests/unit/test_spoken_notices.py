"""A vendor's phone leg at a busy stall: the conversation's words are never held up behind
notices of new customers, and notices that pile up while one waits are said as one."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

from audio.market import LANGUAGES
from audio.vendor_phrases import CUSTOMERS_WAITING, customers_waiting_text
from server.live.events import Say
from server.live.playback import Playback, Speech
from server.live.rooms import RoomEvent
from server.live.vendors import CUSTOMER_JOINED, SpokenNotices


class _Heard(Speech):
    """Speech whose voice only records what it would say, each held until `go` is set."""

    def __init__(self) -> None:
        self.vendor = SimpleNamespace(side="vendor", language="en", end_audio=self._ended)
        super().__init__(SimpleNamespace(service=None, clients={"vendor": self.vendor}))  # type: ignore[arg-type]
        self.said: list[str] = []
        self.go = asyncio.Event()

    async def _ended(self, utterance_id: str, *, interrupted: bool) -> None:
        self.go.set()  # the voice stops at its next chunk

    async def speak(self, client: Any, say: Say, playback: Playback) -> None:
        self.said.append(say.text)
        await self.go.wait()


def _joined(seq: int) -> RoomEvent:
    return RoomEvent(room=7, seq=seq, type=CUSTOMER_JOINED, data={"negotiation_id": 100 + seq})


def _words(text: str) -> Say:
    return Say(to="vendor", text=text, language="en", utterance_id=text)


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_notices_piled_up_are_said_as_one_after_the_shoppers_words() -> None:
    speech = _Heard()
    notices = SpokenNotices("en", lambda text, uid: speech.notice(speech.vendor, text, uid))
    await notices.notify(_joined(1))
    await _settle()  # the first notice is being said
    for seq in range(2, 62):  # sixty more shoppers scan the stall's code meanwhile
        await notices.notify(_joined(seq))
    speech.enqueue(speech.vendor, _words("Thirty-five rupees for one kilo."))
    speech.enqueue(speech.vendor, _words("Final offer."))
    waiting = speech.playback["vendor"].waiting()
    assert [s.text for s in waiting] == [
        "Thirty-five rupees for one kilo.",
        "Final offer.",
        "60 new customers are waiting.",
    ]
    speech.go.set()
    await _settle()
    assert speech.said == [
        "A new customer is here.",
        "Thirty-five rupees for one kilo.",
        "Final offer.",
        "60 new customers are waiting.",
    ]


async def test_a_notice_after_the_merged_one_began_waits_on_its_own() -> None:
    speech = _Heard()
    notices = SpokenNotices("en", lambda text, uid: speech.notice(speech.vendor, text, uid))
    await notices.notify(_joined(1))
    await _settle()  # the first is being said; the next two wait as one
    for seq in (2, 3):
        await notices.notify(_joined(seq))
    assert [s.text for s in speech.playback["vendor"].waiting()] == ["2 new customers are waiting."]
    speech.go.set()
    await _settle()
    speech.go.clear()
    await notices.notify(_joined(4))
    await _settle()
    assert speech.said[-1] == "A new customer is here."
    speech.go.set()
    await _settle()


async def test_an_interruption_drops_the_waiting_notice_and_the_next_one_starts_afresh() -> None:
    speech = _Heard()
    notices = SpokenNotices("en", lambda text, uid: speech.notice(speech.vendor, text, uid))
    for seq in (1, 2, 3):
        await notices.notify(_joined(seq))
    await _settle()  # nothing said yet: the three wait as one sentence
    assert speech.said == ["3 new customers are waiting."]
    await speech.interrupt("vendor")  # the vendor talks over it: nothing waits any more
    playback = speech.playback["vendor"]
    assert playback.notice is None and not playback.waiting()
    await notices.notify(_joined(4))
    assert [s.text for s in playback.waiting()] == ["A new customer is here."]
    speech.go.set()
    await _settle()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_merged_notice_is_said_in_every_language_with_its_count(language: str) -> None:
    text = customers_waiting_text(7, language)
    assert "7" in text
    assert (text == "7 new customers are waiting.") == (language == "en")
    assert language in CUSTOMERS_WAITING


def test_a_merged_notice_stands_for_two_or_more() -> None:
    with pytest.raises(ValueError):
        customers_waiting_text(1, "hi")
