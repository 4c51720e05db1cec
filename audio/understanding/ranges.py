"""Two numbers said as one or as two: a number phrase cut where a dash or a written pause
runs through it ("सौ-सवा सौ" is 100 and 125; "सौ, पचास" a hundred, then fifty), and two
numbers said as a range or as alternatives ("from X to Y", "X or Y", "X-Y", Bengali "X না
Y", Tamil "75 illa 80"), whose price is then asked."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from audio.languages.english_scripts import SPOKEN, spellings
from audio.lexicon import Token, TokenKind, fold
from audio.numbers import NumberSpan, find_numbers, number_table
from audio.understanding.either import said_as_either

_DASHES = frozenset("-‐‑–—")
RANGE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"to", "or"}),
    "hi": frozenset({"se", "से", "ya", "या", "yaa"}),
    "bn": frozenset({"থেকে", "থে", "theke", "ba", "বা"}),
    "mr": frozenset({"ते", "te", "पासून", "किंवा"}),
    "gu": frozenset({"થી", "thi", "કે", "અથવા"}),
    "pa": frozenset({"ਤੋਂ", "ਤੋ", "ton", "to", "ਜਾਂ"}),
    "ta": frozenset({"முதல்", "லிருந்து", "இலிருந்து", "அல்லது"}),
    "te": frozenset({"నుండి", "నుంచి", "లేదా"}),
    "kn": frozenset({"ಇಂದ", "ರಿಂದ", "ಅಥವಾ"}),
    "ml": frozenset({"മുതൽ", "തൊട്ട്", "അല്ലെങ്കിൽ"}),
}
"""Words that join two numbers into a range ("from X to Y", "X or Y"), said between them
or (Gujarati થી, Kannada ರಿಂದ, Tamil இலிருந்து) as the first number's ending."""

# English "to" as a recogniser writes it in an Indic script is English "two" ("200 టు
# 250", "நூறு டு நூத்தம்பது"): between two numbers, the second above the first and at
# most twice it, it says a range.
_TO = frozenset(fold(s) for s in spellings(SPOKEN["two"]))
_TO_AT_MOST = 2


# Words of "no" or "that" that say "or" between two prices close together, the second
# above the first: Bengali "X না Y", Hindi and Marathi "X ki Y".
_OR_NOT = frozenset(fold(w) for w in ("না", "na", "ki", "कि", "की", "kii"))


def _range_words(language: str) -> frozenset[str]:
    own = RANGE_WORDS.get(language, frozenset())
    return frozenset(fold(w) for w in own | RANGE_WORDS["en"] | RANGE_WORDS["hi"])


def _gap(tokens: Sequence[Token], text: str, left: int, right: int) -> str:
    """The text between token `left` and token `right` (left < right)."""
    return text[tokens[left].end : tokens[right].start]


_PAUSE_MARKS = frozenset(",;.…?!।|")


def _paused(gap: str) -> bool:
    """Whether the text between two words is a written pause (", ", "... ", "? ")."""
    mark = gap.strip()
    return bool(mark) and all(c in _PAUSE_MARKS for c in mark)


def split_at_dashes(
    tokens: Sequence[Token], text: str, spans: list[NumberSpan], language: str
) -> list[NumberSpan]:
    """A number phrase that runs across a dash is two numbers ("सौ-सवा सौ" is 100 and
    125, not 101.25), except words in Latin letters, where a dash joins one number the
    English way ("twenty-five", "two-fifty", "thirty-five hundred"). So is one that runs
    across a pause written as a comma, a full stop or a question mark ("सौ, पचास" is a
    hundred, then fifty: a correction or 150, so the price is asked)."""
    out: list[NumberSpan] = []
    words = [t.norm for t in tokens]
    after_cut = -1  # the end of the words read again after a cut
    for span in spans:
        if span.start < after_cut:
            continue  # read with the words after the cut
        cut = next(
            (
                i
                for i in range(span.start + 1, span.end)
                if _paused(_gap(tokens, text, i - 1, i))
                or (
                    _gap(tokens, text, i - 1, i).strip() in _DASHES
                    and not (
                        tokens[i - 1].kind is TokenKind.WORD
                        and tokens[i].kind is TokenKind.WORD
                        and tokens[i - 1].raw.isascii()
                        and tokens[i].raw.isascii()
                    )
                )
            ),
            None,
        )
        if cut is None:
            out.append(span)
            continue
        table = number_table(language)
        left = find_numbers(words[span.start : cut], table)
        # the words after the cut run on into the number said next ("two hundred, two
        # forty": 200, then 240, not 200, 2 and 40)
        end = span.end
        for nxt in spans:
            if nxt.start == end and not _paused(_gap(tokens, text, end - 1, end)):
                end = nxt.end
        after_cut = end
        right = find_numbers(words[cut:end], table)
        out += [replace(s, start=s.start + span.start, end=s.end + span.start) for s in left]
        out += [replace(s, start=s.start + cut, end=s.end + cut) for s in right]
    return out


def split_at_to(
    tokens: Sequence[Token], spans: list[NumberSpan], language: str
) -> list[NumberSpan]:
    """English "to" read as "two" between two numbers is no number: "మూడు వందల టు
    నాలుగు వందలు" is 300 to 400 (not 302, then 400), "300 టు 350" is 300 to 350 (not
    300, 2 and 350). A "two" that ends a number with no higher number after it stays two
    ("నూట ఇరవై టూ" is 122)."""
    words = [t.norm for t in tokens]
    table = number_table(language)
    out = list(spans)
    for at, word in enumerate(words):
        if word not in _TO or tokens[at].raw.isascii():
            continue
        holder = next((s for s in out if s.start <= at < s.end), None)
        if holder is None:
            continue
        start = holder.start
        if at == start:  # "300 టు 350": the "two" read alone, the number before it apart
            before = next((s for s in out if s.end == at), None)
            if before is None:
                continue
            start = before.start
        end = at + 1
        for nxt in sorted(out, key=lambda s: s.start):
            if nxt.start <= end < nxt.end or (nxt.start == end and end == at + 1):
                end = max(end, nxt.end)
        left = find_numbers(words[start:at], table)
        right = find_numbers(words[at + 1 : end], table)
        if not (len(left) == 1 and left[0].end == at - start and right):
            continue
        if right[0].start != 0 or not left[0].value < right[0].value <= left[0].value * _TO_AT_MOST:
            continue
        keep = [s for s in out if s.end <= start or s.start >= end]
        keep.append(replace(left[0], start=start + left[0].start, end=start + left[0].end))
        keep += [replace(s, start=s.start + at + 1, end=s.end + at + 1) for s in right]
        out = sorted(keep, key=lambda s: s.start)
    return out


def said_as_range(
    tokens: Sequence[Token], text: str, spans: Sequence[NumberSpan], language: str
) -> bool:
    """Whether two numbers are said as a range: next to each other with a dash or a range
    word between them, or the first carrying a range ending."""
    joiners = _range_words(language) | _TO
    for a, b in itertools.pairwise(spans):
        if b.value == 1 and a.value > 1:
            continue  # "120 se ek rupaya bhi zyada nahi": not a rupee over 120, no range
        between = [t.norm for t in tokens[a.end : b.start]]
        gap = _gap(tokens, text, a.end - 1, b.start).strip()
        if not between and (gap in _DASHES or (a.suffix and fold(a.suffix) in joiners)):
            return True
        if (len(between) == 1 and between[0] in joiners) or said_as_either(
            tokens, text, a, b, language
        ):
            return True  # "X or Y", Tamil "75 illa 80, paathu solren" (`either`)
        if len(between) == 1 and between[0] in _OR_NOT and a.value < b.value <= a.value * 1.5:
            # "sottor na pochattor", "chalis ki paintalis": 70 or 75, unpaused ("সত্তর না,
            # পঁয়ষট্টি" refuses 70; a lower price after "না" is the counter)
            paused = _paused(gap) or _paused(_gap(tokens, text, a.end, b.start))
            if not paused:
                return True
    return False
