"""How transcripts are scored: WER normalization, word and character edits, and the
utterance-duration buckets."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

from audio.lexicon import TokenKind, fold, tokenize
from audio.numbers import find_numbers, number_table

BUCKETS: tuple[tuple[str, float, float], ...] = (
    ("1-2 s", 0.0, 2.0),
    ("2-3 s", 2.0, 3.0),
    ("3-4 s", 3.0, 4.0),
    ("4-6 s", 4.0, math.inf),
)
"""Utterance-duration buckets; shorter or longer clips fall into the edge buckets."""


_CURRENCY_WORDS = frozenset({"₹", "rs", "inr"})
_SPELLINGS = {"kg": "kilo", "kgs": "kilos", "ok": "okay"}
_RUPEES = {"en": "rupees", "hi": fold("रुपये")}


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def normalize_words(text: str, language: str) -> list[str]:
    """Words of `text` as WER compares them (see the module docstring)."""
    text = unicodedata.normalize("NFC", text).replace("-", " ")
    tokens = [t for t in tokenize(text) if t.kind is not TokenKind.SIGN or t.raw == "₹"]
    folded = [t.norm for t in tokens]
    spans = {s.start: s for s in find_numbers(folded, number_table(language))}
    words: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        span = spans.get(i + 1)
        if token.raw.lower().rstrip(".") in _CURRENCY_WORDS and span is not None:
            # "₹45" / "Rs 45" → "45 rupees", the order a speaker says it in.
            words += [_format_number(span.value), _RUPEES.get(language, "rupees")]
            i = span.end
            continue
        if i in spans:
            words.append(_format_number(spans[i].value))
            i = spans[i].end
            continue
        if token.raw.lower() in _CURRENCY_WORDS:
            words.append(_RUPEES.get(language, "rupees"))
        elif language == "en":
            words.append(_SPELLINGS.get(token.raw.lower(), token.raw.lower()))
        else:
            words.append(token.norm)
        i += 1
    return words


def word_edits(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Word-level Levenshtein distance (substitutions + deletions + insertions)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        current = [i] + [0] * len(hypothesis)
        for j, hyp_word in enumerate(hypothesis, start=1):
            current[j] = min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (ref_word != hyp_word),
            )
        previous = current
    return previous[-1]


def bucket_of(seconds: float) -> str:
    for label, low, high in BUCKETS:
        if low <= seconds < high:
            return label
    return BUCKETS[-1][0]


def char_edits(reference: Sequence[str], hypothesis: Sequence[str]) -> tuple[int, int]:
    """(code-point edits, reference code points) between two normalized word lists,
    spaces included: CER, fairer than WER where one word holds a whole number phrase
    ("இருபத்தஞ்சு", "ನೂರ ಎಂಬತ್ತು")."""
    ref, hyp = " ".join(reference), " ".join(hypothesis)
    return word_edits(list(ref), list(hyp)), len(ref)
