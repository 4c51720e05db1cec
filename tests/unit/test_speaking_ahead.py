"""Replies prepared ahead: kept for their own words, stopped for others, never waited
for without end."""

from __future__ import annotations

import asyncio

from audio.vad import SpeechMark
from server.live.turns.speaking_ahead import AheadReplies


class Preparer:
    """Records each reply prepared; `hang` makes every one wait until cancelled."""

    def __init__(self, seconds: float = 0.0, *, hang: bool = False) -> None:
        self.seconds = seconds
        self.hang = hang
        self.started: list[str] = []
        self.finished: list[str] = []
        self.cancelled: list[str] = []
        self.drops = 0

    async def __call__(self, text: str) -> None:
        self.started.append(text)
        try:
            if self.hang:
                await asyncio.Event().wait()
            await asyncio.sleep(self.seconds)
        except asyncio.CancelledError:
            self.cancelled.append(text)
            raise
        self.finished.append(text)

    def dropped(self) -> None:
        self.drops += 1


def replies(prep: Preparer, *, wait_s: float = 5.0, enabled: bool = True) -> AheadReplies:
    return AheadReplies(prep, on_drop=prep.dropped, wait_s=wait_s, side="customer", enabled=enabled)


PAUSE = SpeechMark(1, 10, 4000)
LATER = SpeechMark(1, 14, 6000)


async def test_the_turn_waits_for_the_reply_prepared_for_its_own_words() -> None:
    prep = Preparer(0.05)
    ahead = replies(prep)
    ahead.at_pause(PAUSE, "forty rupees a kilo")
    ahead.utterance_ended(PAUSE)
    await ahead.settle("forty rupees a kilo")
    assert prep.finished == ["forty rupees a kilo"]
    assert ahead.ending is None


async def test_a_reply_for_other_words_is_stopped_when_the_turn_ends() -> None:
    prep = Preparer(5.0)
    ahead = replies(prep)
    ahead.at_pause(PAUSE, "forty rupees")
    await asyncio.sleep(0)  # it has started
    ahead.utterance_ended(PAUSE)
    await ahead.settle("forty rupees a kilo, fresh")
    await asyncio.sleep(0)
    assert prep.cancelled == ["forty rupees"]
    assert prep.finished == []


async def test_speech_past_the_pause_drops_its_reply() -> None:
    prep = Preparer(5.0)
    ahead = replies(prep)
    ahead.at_pause(PAUSE, "forty")
    ahead.went_on(PAUSE)  # the same pause: kept
    await asyncio.sleep(0)
    assert prep.cancelled == [] and prep.drops == 1  # at_pause clears any earlier speech
    ahead.went_on(LATER)
    await asyncio.sleep(0)
    assert prep.cancelled == ["forty"] and prep.drops == 2
    ahead.utterance_ended(LATER)
    assert ahead.ending is None  # nothing was prepared for the words the turn ended on


async def test_a_hung_reply_holds_the_turn_no_longer_than_the_bound() -> None:
    prep = Preparer(hang=True)
    ahead = replies(prep, wait_s=0.2)
    ahead.for_ended("sixty rupees")
    started = asyncio.get_running_loop().time()
    await ahead.settle("sixty rupees")
    waited = asyncio.get_running_loop().time() - started
    await asyncio.sleep(0)
    assert 0.15 <= waited < 2.0
    assert prep.cancelled == ["sixty rupees"]


async def test_a_newer_ending_reply_stops_the_older_unsettled_one() -> None:
    prep = Preparer(5.0)
    ahead = replies(prep)
    ahead.for_ended("first words")
    await asyncio.sleep(0)
    ahead.for_ended("second words")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert prep.cancelled == ["first words"]
    ahead.close()
    await asyncio.sleep(0)
    assert prep.cancelled == ["first words", "second words"]


async def test_nothing_is_prepared_when_speaking_ahead_is_off_or_the_words_are_empty() -> None:
    prep = Preparer()
    replies(prep, enabled=False).for_ended("forty")
    replies(prep).for_ended("   ")
    await asyncio.sleep(0)
    assert prep.started == []
