"""The shared synthesis loop: one worker job per sentence, silence skipped, early close."""

from __future__ import annotations

from contextlib import aclosing

import pytest

from audio.providers.by_sentence import check_request, synthesize_by_sentence
from audio.workers import WorkerPool


class Renderer:
    """Says each sentence as its own bytes, and nothing for the ones it is told to."""

    def __init__(self, *silent: str) -> None:
        self.silent = set(silent)
        self.sentences: list[str] = []

    def __call__(self, sentence: str) -> bytes:
        self.sentences.append(sentence)
        return b"" if sentence in self.silent else sentence.encode()


@pytest.fixture
def pool() -> WorkerPool:
    return WorkerPool("by-sentence", workers=1, queue=4)


async def test_one_chunk_per_sentence_and_silence_is_skipped(pool: WorkerPool) -> None:
    render = Renderer("Two.", "Three.")
    stream = synthesize_by_sentence(
        "One. Two. Three.", render, pool=pool, sample_rate=8000, provider="fake", voice="v"
    )
    chunks = [c async for c in stream]
    assert render.sentences == ["One.", "Two.", "Three."]
    # A silent sentence in the middle is dropped; a silent last one still says "final".
    assert [(c.text, c.pcm, c.index, c.final) for c in chunks] == [
        ("One.", b"One.", 0, False),
        ("Three.", b"", 1, True),
    ]
    assert {c.sample_rate for c in chunks} == {8000}
    pool.shutdown()


async def test_closing_early_submits_no_further_sentences(pool: WorkerPool) -> None:
    render = Renderer()
    stream = synthesize_by_sentence(
        "One. Two. Three.", render, pool=pool, sample_rate=8000, provider="fake", voice="v"
    )
    async with aclosing(stream):
        async for chunk in stream:
            assert chunk.text == "One."
            break
    assert render.sentences == ["One."]
    assert pool.in_flight == 0
    pool.shutdown()


@pytest.mark.parametrize(("sample_rate", "rate"), [(0, 1.0), (-8000, 1.0), (8000, 0.1), (8000, 5)])
def test_nonsense_settings_are_refused(sample_rate: int, rate: float) -> None:
    with pytest.raises(ValueError, match="must be"):
        check_request(sample_rate, rate)
