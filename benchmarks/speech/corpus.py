"""The generated speech: sentences spoken by the project's TTS providers, padded and cut
again by the project's endpointer as the live path would cut them."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audio.codecs import pcm16_to_float32, read_wav, write_wav
from audio.workers import WorkerPool
from benchmarks.engines_data import (
    PriceSentence,
)

SAMPLE_RATE = 16000
HINDI_WPM_RATE = 0.8
"""espeak-ng Hindi at 140 wpm (175 x 0.8): at its default speed base garbles even short
prices (tests/integration/test_stt.py); slower is also closer to a haggling customer.
The per-language lines are spoken at the same speed in every language."""
SILENCE_PAD_S = 0.6
"""Silence around each generated clip before our endpointer cuts it out again."""


@dataclass(frozen=True)
class Utterance:
    """One generated clip, cut the way the live path cuts speech."""

    sentence: PriceSentence
    audio: np.ndarray
    seconds: float
    vad_pieces: int
    """Utterances our endpointer found in the clip (1 unless it split at a pause)."""


async def _speak(engine: Any, text: str, language: str, rate: float) -> np.ndarray:
    chunks = [
        c.pcm
        async for c in engine.synthesize(
            text, language=language, sample_rate=SAMPLE_RATE, rate=rate
        )
    ]
    return pcm16_to_float32(b"".join(chunks))


def _clip_key(sentence: PriceSentence, engine: str, rate: float, sequence: str) -> str:
    digest = hashlib.sha256(f"{engine}|{rate}|{sequence}|{sentence.text}".encode()).hexdigest()
    return f"{sentence.id}-{digest[:10]}.wav"


def cut_like_live(vad: Any, clip: np.ndarray) -> tuple[np.ndarray, int]:
    """Pad `clip` with silence and cut it with the project's endpointer.

    A pause inside a long sentence can make the endpointer end an utterance early; the
    benchmark wants the whole sentence, so it then keeps everything from the first
    utterance's pre-roll to the last one's end, and reports how many pieces there were.
    """
    from audio.vad import EndpointerConfig, segment

    pad = np.zeros(int(SILENCE_PAD_S * SAMPLE_RATE), dtype=np.float32)
    padded = np.concatenate([pad, clip, pad])
    pieces = segment(vad, padded)
    if not pieces:
        return clip, 0
    if len(pieces) == 1:
        return pieces[0].audio, 1
    pre_roll = int(EndpointerConfig().pre_roll_ms * SAMPLE_RATE / 1000)
    start = max(0, pieces[0].start_sample - pre_roll)
    return padded[start : pieces[-1].end_sample], len(pieces)


async def build_corpus(
    sentences: Sequence[PriceSentence],
    cache: Path,
    seed: int,
    *,
    espeak_variant: str | None = None,
) -> list[Utterance]:
    """Generate (or reuse from `cache`) a 16 kHz clip per sentence, cut like live speech.

    Piper samples noise inside its ONNX graph, so the same sentence sounds a little
    different every time (enough to move WER by a few points on this set). Seeding
    onnxruntime before the voice's session is built, and speaking the sentences in table
    order, makes the clips repeat exactly from run to run; a clip's cache key therefore
    covers the seed and the whole sequence, and a partial cache is regenerated.

    `espeak_variant` ("f3") speaks every non-English sentence with that espeak-ng variant
    of the language's voice ("hi+f3") instead of the voice the product replies in.
    """
    import onnxruntime

    from audio.providers.espeak_tts import ESPEAK_VOICES, EspeakTTS
    from audio.providers.piper_tts import PiperTTS
    from audio.vad import SileroVAD
    from audio.voices import VoiceRegistry

    pool = WorkerPool("corpus", workers=1, queue=4)
    piper = PiperTTS(VoiceRegistry.discover(), pool=pool)
    if espeak_variant is None:
        espeak = EspeakTTS(pool=pool)
    else:
        espeak = EspeakTTS(
            pool=pool, voices={k: f"{v}+{espeak_variant}" for k, v in ESPEAK_VOICES.items()}
        )
    espeak_name = espeak.name + (f"+{espeak_variant}" if espeak_variant else "")
    sequence = f"seed={seed}|" + "|".join(s.text for s in sentences if s.language == "en")
    plan = []
    for sentence in sentences:
        engine, rate = (piper, 1.0) if sentence.language == "en" else (espeak, HINDI_WPM_RATE)
        name = piper.name if engine is piper else espeak_name
        key = _clip_key(sentence, name, rate, sequence if engine is piper else "")
        plan.append((sentence, engine, rate, cache / key))
    regenerate_piper = any(not path.exists() for _, e, _, path in plan if e is piper)
    clips = []
    try:
        onnxruntime.set_seed(seed)  # read when the voice's session is built, on first use
        for sentence, engine, rate, path in plan:
            if path.exists() and not (engine is piper and regenerate_piper):
                clip, _ = await pool.run(read_wav, str(path))
            else:
                clip = await _speak(engine, sentence.text, sentence.language, rate)
                await pool.run(write_wav, str(path), clip, SAMPLE_RATE)
            clips.append((sentence, clip))
        vad = SileroVAD()
        corpus = []
        for sentence, clip in clips:
            audio, pieces = await pool.run(cut_like_live, vad, clip)
            corpus.append(Utterance(sentence, audio, len(audio) / SAMPLE_RATE, pieces))
    finally:
        pool.shutdown()
    return corpus
