"""What a Whisper reading is checked against: the prompt each decode is given, and the
checks that decide whether a short-window reading stands or goes on to another pass
(a loop, more words than the audio holds, an unsure reading that may hold a price, words
of its own prompt), with the trace of each pass (`DecodeStep`)."""

from __future__ import annotations

import contextlib
import functools
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace

from audio.frames import DecodeStep, Segment
from audio.languages.base import Kind
from audio.lexicon import fold, tokenize
from audio.number_tables import NearWords, looks_like_number, number_table

# The prompt per language: a short neutral frame in the speaker's script, the unit and
# the currency word; the stall's product names are appended per call. It keeps Whisper
# in the speaker's script (measured: base on espeak-ng's Hindi "टमाटर चालीस रुपये किलो"
# gives Arabic-script digits, "٩ ٩٩ ٦ ٦٦ ٩", with no prompt, Devanagari with this one).
# No amounts, number words or price phrases, ever: Whisper continues its prompt, and the
# prices of an earlier prompt came back in transcripts where nobody said them (Marathi
# "आडीचशे", 250, from the prompt's "अडीचशे रुपये"); tests/integration/test_stt_prompts.py
# holds every prompt to that. With no number words to copy, tiny.en writes English
# amounts in digits ("45 rupees"); `understand` reads both.
# Nor any phrase of a test or a benchmark: no two words in a row of a prompt are two
# words in a row of anything the tests or benchmarks say (tests/unit/test_prompt_phrases.py),
# so a benchmark measures the recogniser, not its prompt.
#
# faster-whisper's `hotwords` (the product names, unit and currency once more, ahead of
# the prompt) is left out: it made everything worse. Measured on the benchmark's clips
# (seed 7) with a four-product catalogue as hints, this prompt without and with hotwords:
# English (Piper, tiny.en) WER 6.6% → 8.3%, right price 28 → 26 of 30; Hindi (espeak-ng,
# base) WER 92% → 103%; espeak-ng's market sentence in the ten languages, mean character
# error 0.87 → 0.96; and white noise in Tamil came back as the prompt's own words
# ("கிலோ, ரூபாய், தக்காளி, … சந்தையில் பேரம் …") instead of nothing.
DOMAIN_PROMPTS: dict[str, str] = {
    "en": "Market bargaining: kilo, rupees",
    "hi": "मंडी का मोलभाव: किलो, रुपये",
    "mr": "मंडईत घासाघीस: किलो, रुपये",
    "bn": "কেজি, বাজারে দরদাম, টাকা",
    "ta": "சந்தையில் பேரம்: கிலோ, ரூபாய்",
    "te": "కిలో, మార్కెట్లో బేరం, రూపాయలు",
    "gu": "બજારમાં ભાવતાલ: કિલો, રૂપિયા",
    "kn": "ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಚೌಕಾಸಿ: ಕಿಲೋ, ರೂಪಾಯಿ",
    "ml": "ചന്തയിൽ വിലപേശൽ: കിലോ, രൂപ",
    "pa": "ਮੰਡੀ ਵਿੱਚ ਮੋਲ-ਭਾਅ: ਕਿੱਲੋ, ਰੁਪਏ",
    "ur": "منڈی میں مول بھاؤ: کلو، روپے",
}
MAX_PROMPT_HINTS = 24
"""Product names beyond this many are left out: the prompt stays short."""


def repeats_itself(text: str) -> bool:
    """A phrase of one to four words said twice or more in a row ("Brother. Brother.",
    "tomatoes tomatoes tomatoes"): the loop a shortened encoder window sometimes falls
    into on a clip under a second, and rare in what people say to a vendor."""
    words = [w for w in (t.strip(".,!?;:।॥'\"-").lower() for t in text.split()) if w]
    for size in range(1, 5):
        for i in range(len(words) - 2 * size + 1):
            if words[i : i + size] == words[i + size : i + 2 * size]:
                return True
    return False


MAX_WORDS_PER_SECOND = 5.0
"""Faster than anyone speaks (conversational speech runs at 2–3 words a second)."""


def too_many_words(text: str, seconds: float) -> bool:
    """More words than the audio could hold: a decoder that ran on past the speech
    ("thirty five rupees a kilo. Thirty five rupee is a kilow. Thirty-five rupees, …"
    from 1.7 s of audio)."""
    return len(text.split()) > 2 + MAX_WORDS_PER_SECOND * seconds


def build_prompt(language: str, hints: Sequence[str]) -> str | None:
    """The frame for `language`, then the product names in `hints` (deduplicated)."""
    names = list(dict.fromkeys(h.strip() for h in hints if h.strip()))[:MAX_PROMPT_HINTS]
    separator = "، " if language == "ur" else ", "
    parts = [p for p in (DOMAIN_PROMPTS.get(language, ""), *names) if p]
    return separator.join(parts) or None


def _frame_words(language: str) -> frozenset[str]:
    """The one-word parts of the language's prompt frame: its unit and currency."""
    frame = DOMAIN_PROMPTS.get(language, "")
    parts = (p.strip() for p in re.split(r"[:,،]", frame))
    return frozenset(fold(p) for p in parts if p and " " not in p)


_NUMBER_KINDS = (Kind.VALUE, Kind.TENS, Kind.SCALE, Kind.FRACTION)


def may_hold_price(text: str, language: str) -> bool:
    """Whether an unsure reading may hold a price that a second, surer pass could read
    differently: a digit, a number word of the language or a word one edit from one, its
    unit or currency (or a word near them: "My left stipend for the time rupees" was a
    misread "forty five rupees"), or two words or fewer (a lone "Yes." or "Deal." is
    the short window's weak spot). Cheap: a table lookup per word."""
    words = [t.norm for t in tokenize(text)]
    if len(words) <= 2:
        return True
    table = number_table(language)
    units = _frame_words(language)
    near_units = _near_frame_words(language)
    for word in words:
        parts = table.words.get(word)
        if parts and any(p.kind in _NUMBER_KINDS for p in parts):
            return True
        if looks_like_number(word, language):
            return True
        if word in units or word.rstrip("s") in units or near_units.near(word):
            return True
    return False


def echoes_prompt(text: str, language: str, hints: Sequence[str]) -> bool:
    """Whether a reading holds a word of its own prompt (the frame or a product name): the
    mark of words made up on silence or noise ("… பேரம் …", the Tamil frame's word, from
    2 s of silence), which the full window's VAD pass drops."""
    prompt = build_prompt(language, hints) or ""
    mine = {t.norm for t in tokenize(prompt)}
    return any(t.norm in mine for t in tokenize(text))


@functools.lru_cache(maxsize=16)
def _near_frame_words(language: str) -> NearWords:
    return NearWords(_frame_words(language))


def unsure_why(
    segments: Sequence[Segment], confidence: float, min_confidence: float, seconds: float
) -> str | None:
    """Why a short-window decode cannot stand (the check that sends it on to another
    pass), or None when it stands."""
    if not segments:
        return "no speech"
    text = " ".join(s.text for s in segments)
    if repeats_itself(text):
        return "repeats"
    if too_many_words(text, seconds):
        return "too many words"
    if confidence < min_confidence:
        return f"unsure {confidence:.2f}"
    return None


class PassTrace:
    """Times each pass of one decode into a list of `DecodeStep` (or nowhere)."""

    def __init__(self, steps: list[DecodeStep] | None, audio_s: float) -> None:
        self.steps = steps
        self.audio_s = audio_s

    def read(self, segments: Sequence[Segment], confidence: float) -> None:
        """What the last pass read: its words and confidence, kept in its step (a whole
        line's decode takes the full window's reading from there, `Hearing`)."""
        if self.steps:
            text = " ".join(s.text for s in segments).strip()
            self.steps[-1] = replace(self.steps[-1], text=text, confidence=round(confidence, 4))

    @contextlib.contextmanager
    def __call__(self, kind: str, why: str) -> Iterator[None]:
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            yield
        finally:
            if self.steps is not None:
                self.steps.append(
                    DecodeStep(
                        kind,
                        why,
                        round(self.audio_s, 3),
                        round(time.process_time() - cpu, 4),
                        round(time.perf_counter() - wall, 4),
                    )
                )
