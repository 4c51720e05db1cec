"""Which passes the recogniser makes on one utterance, and why: the short window alone
when it reads with confidence, or when it is unsure of words that hold no price; the
full window where a price may be at stake; never a second pass for a partial transcript.
The model is a stand-in: these are the engine's rules, not Whisper's readings."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from audio.frames import DecodeStep, Segment
from audio.providers.whisper_readings import may_hold_price
from audio.providers.whisper_stt import DecodeOptions, FasterWhisperSTT
from audio.workers import WorkerPool


class _Model:
    """faster-whisper's `transcribe()` on the full window: one segment, counted."""

    def __init__(self, text: str, logprob: float) -> None:
        self.text, self.logprob, self.calls = text, logprob, 0

    def transcribe(self, audio: Any, **_: Any) -> tuple[list[Any], None]:
        self.calls += 1
        seg = SimpleNamespace(
            start=0.0, end=1.0, text=self.text, avg_logprob=self.logprob, no_speech_prob=0.0
        )
        return [seg], None


class _Engine(FasterWhisperSTT):
    """The engine's rules over a scripted short pass and a stand-in full pass."""

    def __init__(self, short: str, confidence: float, full: str = "full reading", **opts: Any):
        super().__init__(
            Path("tiny.en"),
            pool=WorkerPool("test-stt", workers=1, queue=2),
            multilingual=False,
            options=DecodeOptions(**opts),
        )
        self.short = (short, confidence)
        self.model = _Model(full, np.log(0.9))

    def _load(self) -> Any:
        return self.model

    def _decode_short(self, audio: Any, language: str, hints: Any, encoded: Any = None) -> Any:
        text, confidence = self.short
        segments = [Segment(0.0, 1.0, text, float(np.log(confidence)), 0.0)] if text else []
        return segments, confidence, object()


AUDIO = np.zeros(32000, dtype=np.float32)  # 2 s: room for the words below


def _run(engine: _Engine, **kw: Any) -> tuple[str, list[DecodeStep]]:
    steps: list[DecodeStep] = []
    segments, _confidence, _lang = engine._decode_heard(AUDIO, "en", (), steps=steps, **kw)
    return " ".join(s.text for s in segments), steps


def test_a_sure_short_decode_is_the_only_pass() -> None:
    engine = _Engine("Thirty rupees a kilo.", 0.8)
    text, steps = _run(engine)
    assert text == "Thirty rupees a kilo." and engine.model.calls == 0
    assert [(s.kind, s.why) for s in steps] == [("short", "first")]


def test_unsure_words_with_no_price_stand_without_the_full_window() -> None:
    engine = _Engine("Good morning, my friend.", 0.45)
    text, steps = _run(engine)
    assert text == "Good morning, my friend." and engine.model.calls == 0
    assert [s.kind for s in steps] == ["short"]


@pytest.mark.parametrize(
    "short",
    [
        "Thirty two rupees, bas.",  # a number word
        "Ah, 32 rupees, last.",  # a digit
        "My left stipend for the time rupees",  # the currency: a misread price
        "Deal.",  # a word or two: the short window's weak spot
    ],
)
def test_unsure_words_that_may_hold_a_price_go_on_to_the_full_window(short: str) -> None:
    engine = _Engine(short, 0.45, full="Thirty two rupees.")
    text, steps = _run(engine)
    assert engine.model.calls == 1 and text == "Thirty two rupees."  # the surer reading
    assert [(s.kind, s.why) for s in steps] == [("short", "first"), ("full", "unsure 0.45")]


def test_every_unsure_decode_goes_on_when_the_rule_is_off() -> None:
    engine = _Engine("Good morning, my friend.", 0.45, full_window_for_prices_only=False)
    _run(engine)
    assert engine.model.calls == 1


@pytest.mark.parametrize("short", ["", "rupees rupees rupees rupees"])
def test_no_speech_or_a_loop_goes_on_whatever_the_words(short: str) -> None:
    engine = _Engine(short, 0.9)
    _text, steps = _run(engine)
    assert engine.model.calls == 1
    assert steps[-1].why in ("no speech", "repeats")


def test_a_partial_is_the_short_pass_alone() -> None:
    engine = _Engine("Thirty two rupees", 0.3)
    text, steps = _run(engine, second_pass=False)
    assert text == "Thirty two rupees" and engine.model.calls == 0
    assert [s.kind for s in steps] == ["short"]
    looped = _Engine("rupees rupees rupees rupees", 0.9)
    assert _run(looped, second_pass=False)[0] == "" and looped.model.calls == 0


async def test_transcribe_reports_its_passes() -> None:
    engine = _Engine("Thirty two rupees.", 0.45, full="Thirty two rupees.")
    heard = await engine.transcribe(AUDIO, sample_rate=16000, language="en")
    assert [s.kind for s in heard.steps] == ["short", "full"]
    assert all(s.audio_s == 2.0 and s.wall_s >= 0 and s.cpu_s >= 0 for s in heard.steps)
    partial = await engine.transcribe(AUDIO, sample_rate=16000, language="en", partial=True)
    assert [s.kind for s in partial.steps] == ["short"]


@pytest.mark.parametrize(
    ("text", "language", "price"),
    [
        ("Let us say thirty four.", "en", True),
        ("Madam, 38 is my price.", "en", True),
        ("Thirty three rupee a kilo", "en", True),
        ("Yes.", "en", True),
        ("We take cash and UPI both.", "en", False),  # "and" joins numbers, alone no price
        ("Fresh from the farm this morning.", "en", False),
        ("टमाटर चालीस रुपये किलो", "hi", True),
        ("आराम से देख लीजिए", "hi", False),
    ],
)
def test_may_hold_price(text: str, language: str, price: bool) -> None:
    assert may_hold_price(text, language) is price


def test_an_unsure_reading_that_echoes_its_prompt_goes_on_to_the_full_window() -> None:
    """Words made up on silence hold the prompt's own ("… பேரம் …" from 2 s of silence in
    Tamil): the full window's VAD pass drops them, so they are not left to stand."""
    engine = _Engine("Fresh tomatoes from the farm", 0.45, full="")
    engine.model.text = "Fresh tomatoes from the farm"
    steps: list[DecodeStep] = []
    engine._decode_heard(AUDIO, "en", ("Tomatoes",), steps=steps)
    assert engine.model.calls == 1
    engine._decode_heard(AUDIO, "en", ("Onions",), steps=steps)
    assert engine.model.calls == 1  # no echo, no price: the short reading stands


def test_a_decode_no_longer_wanted_stops_after_its_short_pass() -> None:
    """`still_wanted` is asked before a second pass: a decode at a pause the speaker went
    on from stops after the short pass, as a partial would (a `stop` step says so); one
    still wanted goes on to the full window as before; a sure short pass never asks."""
    engine = _Engine("Thirty rupees a kilo", 0.45, full="Thirty rupees a kilo.")
    asked: list[bool] = []

    def gone() -> bool:
        asked.append(False)
        return False

    text, steps = _run(engine, still_wanted=gone)
    assert text == "Thirty rupees a kilo" and engine.model.calls == 0
    assert [(s.kind, s.why) for s in steps] == [("short", "first"), ("stop", "went on")]
    text, steps = _run(engine, still_wanted=lambda: True)
    assert text == "Thirty rupees a kilo." and engine.model.calls == 1
    assert [s.kind for s in steps] == ["short", "full"]
    sure = _Engine("Thirty rupees a kilo.", 0.8)
    _run(sure, still_wanted=gone)
    assert asked == [False]  # asked once, by the unsure decode only
