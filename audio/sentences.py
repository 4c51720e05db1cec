"""Split a reply into sentences so speech can start after the first one is synthesized.

Text-to-speech engines are called once per sentence: the first chunk goes out as soon as
the first sentence is ready, and a barge-in stops synthesis between sentences. Breaks are
Latin `.?!` (and `…`), the Devanagari danda `।` and double danda `॥`, the Urdu full stop
`۔` and question mark `؟`, and newlines. Prices and titles stay whole: "₹40.50",
"Rs. 40", "रु. 40", "Dr. Rao", "No. 5". Fragments too short to say on their own ("1.",
"A.") join a neighbour, and an over-long sentence is cut at a clause boundary so one
sentence never holds up the first chunk for long. With `lead_phrase`, the first sentence
is also cut at its first comma-like break ("Tomatoes, | forty rupees a kilo."), so the
first audio waits for a short phrase, not a whole sentence.
"""

from __future__ import annotations

import re
import unicodedata

MIN_FRAGMENT_CHARS = 3
"""Fragments with fewer letters and digits than this join a neighbour."""
MAX_SENTENCE_CHARS = 240
"""Longer sentences are cut at a comma, semicolon, colon or dash (else a space)."""
MIN_LEAD_CHARS = 5
"""A lead phrase and the rest of its sentence each need this many letters and digits."""

# A period after one of these is part of the word, not the end of a sentence. Lower case,
# without the period; "no" only counts before a number ("No. 5" but "No. I won't.").
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "shri", "smt", "kum",
        "rs", "re", "inr", "vs", "approx", "e.g", "i.e", "rd", "pvt", "dept", "govt",
        "रु", "डॉ", "श्री", "श्रीमती",
    }
)  # fmt: skip
_BEFORE_NUMBER = frozenset({"no", "nos"})
_CLOSERS = "\"'”’»)]}"
# Unambiguous terminators break even without a following space; `.?!…` only before
# whitespace or the end, so "40.50", "Rs.40" and "example.com" never break.
_CLOSER_CLASS = f"[{re.escape(_CLOSERS)}]*"
_BREAK = re.compile(rf"\n+|[।॥۔؟]+{_CLOSER_CLASS}|[.?!…]+{_CLOSER_CLASS}(?=\s|$)")
_LAST_WORD = re.compile(r"(\S+)$")
_CLAUSE = re.compile(r"[,;:،—–]\s")


def split_sentences(
    text: str,
    *,
    min_chars: int = MIN_FRAGMENT_CHARS,
    max_chars: int = MAX_SENTENCE_CHARS,
    lead_phrase: bool = False,
) -> list[str]:
    """Split `text` into sentences to synthesize one at a time, in order.

    Whitespace inside a sentence is collapsed; empty input gives an empty list.
    `lead_phrase` cuts the first sentence after its first clause break when both sides
    have at least `MIN_LEAD_CHARS` letters and digits.
    """
    pieces: list[str] = []
    start = 0
    for match in _BREAK.finditer(text):
        if match.group().startswith(".") and not _ends_sentence(text, start, match):
            continue
        pieces.append(text[start : match.end()])
        start = match.end()
    pieces.append(text[start:])

    sentences = [" ".join(p.split()) for p in pieces]
    sentences = _merge_short([s for s in sentences if s], min_chars)
    parts = [part for s in sentences for part in _cut_long(s, max_chars)]
    if lead_phrase and parts:
        parts[:1] = _lead(parts[0])
    return parts


def _lead(sentence: str) -> list[str]:
    for match in _CLAUSE.finditer(sentence):
        head, tail = sentence[: match.end()].strip(), sentence[match.end() :].strip()
        if _speakable(tail) < MIN_LEAD_CHARS:
            break
        if _speakable(head) >= MIN_LEAD_CHARS:
            return [head, tail]
    return [sentence]


def _ends_sentence(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether a period (one, not an ellipsis) ends a sentence rather than a word."""
    dots = match.group().rstrip(_CLOSERS)
    if dots != ".":
        return True
    before = _LAST_WORD.search(text, start, match.start())
    if before is None:
        return True
    word = before.group(1).lstrip(_CLOSERS + "(«“‘[{").lower()
    if word in _ABBREVIATIONS:
        return False
    after = text[match.end() :].lstrip()
    if word in _BEFORE_NUMBER and after[:1].isdigit():
        return False
    # A single capital is an initial: "A. R. Rahman".
    return not (len(word) == 1 and word.isalpha() and before.group(1)[-1].isupper())


def _speakable(sentence: str) -> int:
    # Indic vowel signs and viramas are marks, not letters, but they are spoken.
    return sum(1 for c in sentence if c.isalnum() or unicodedata.category(c).startswith("M"))


def _merge_short(sentences: list[str], min_chars: int) -> list[str]:
    merged: list[str] = []
    carry = ""
    for sentence in sentences:
        sentence = f"{carry} {sentence}" if carry else sentence
        if _speakable(sentence) < min_chars:
            carry = sentence
            continue
        carry = ""
        merged.append(sentence)
    if carry:
        if merged:
            merged[-1] = f"{merged[-1]} {carry}"
        elif _speakable(carry) > 0:
            merged.append(carry)
    return merged


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    parts: list[str] = []
    while len(sentence) > max_chars:
        window = sentence[: max_chars + 1]
        clauses = [m.end() for m in _CLAUSE.finditer(window) if m.end() > max_chars // 3]
        cut = clauses[-1] if clauses else window.rfind(" ") + 1
        if cut <= 0:
            cut = max_chars  # one enormous word: cut it anyway rather than stall
        parts.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        parts.append(sentence)
    return parts
