"""A compound number with a part the tables cannot read: "மூவாயிரத்தி அறநூறு" with a
spelling of six hundred the tables miss, "three thousand sixhundred", "ఇరవై ఐదున..." with
an ending they miss. The number read so far is only its first part (₹3,000, ₹20): the
word right after it that holds a number's stem or a scale word is a part unread, so the
price is asked, never taken at its first part."""

from __future__ import annotations

from functools import lru_cache

from audio.languages.base import Kind
from audio.number_tables import _within_one_edit
from audio.numbers import NumberSpan, number_table, words_to_number
from audio.understanding.reading import _joined, _plain_word, _Reading
from audio.understanding.totals import _ALL_COUNTS

# Parts that join the number said after them: a thousand or a hundred before the
# hundreds, a tens before the units.
_JOINING = (Kind.SCALE, Kind.TENS)


@lru_cache(maxsize=16)
def _scale_words(language: str) -> tuple[str, ...]:
    """The speaker's one-word scales of two letters and up ("सौ", "শো", "hundred")."""
    table = number_table(language)
    found = {
        word
        for word, parts in table.words.items()
        if len(parts) == 1 and parts[0].kind is Kind.SCALE and len(word) >= 2
    }
    return tuple(sorted(found, key=len, reverse=True))


def _ends_a_part(reading: _Reading, span: NumberSpan, language: str) -> bool:
    """Whether the number's last word joins a number said after it (a scale or a tens)."""
    found = number_table(language).parts(reading.words[span.end - 1])
    return found is not None and found[0][-1].kind in _JOINING


def _number_stem(word: str, language: str) -> bool:
    """A word that starts with a number word and goes on ("sixhundred", "ఐదున" where
    the ending is unknown), or ends with a scale after a short head ("छसौ", "છસ્સો")."""
    for n in range(len(word) - 1, 1, -1):
        if (words_to_number(word[:n], language) or 0) > 0:
            return True
    return any(
        word.endswith(scale) and 0 < len(word) - len(scale) <= 3 for scale in _scale_words(language)
    )


@lru_cache(maxsize=16)
def _hundreds(language: str) -> tuple[str, ...]:
    table = number_table(language)
    return tuple(w for w in _scale_words(language) if table.words[w][0].value == 100)


def _near_hundred(reading: _Reading, span: NumberSpan, word: str, language: str) -> bool:
    """After "three thousand six", a word one letter off a hundred ("ਛੇ ਸੋ", "chhe so"
    for ਸੌ): the hundreds misspelt."""
    if span.end - span.start < 3 or _ends_a_part(reading, span, language):
        return False
    scaled = any(
        (found := number_table(language).parts(w)) is not None
        and found[0][0].kind is Kind.SCALE
        and found[0][0].value >= 1000
        for w in reading.words[span.start : span.end - 1]
    )
    return scaled and any(_within_one_edit(word, h) for h in _hundreds(language))


def part_unread(reading: _Reading, span: NumberSpan, language: str, *, holds_scale: bool) -> bool:
    """Whether the word right after the number, run on from it, is a part of it the
    tables could not read. `holds_scale`: whether that word holds a scale stem."""
    k = span.end
    if k >= len(reading.words) or not _plain_word(reading, k) or not _joined(reading, k):
        return False
    word = reading.words[k]
    if word in _ALL_COUNTS:
        return False  # "છસોમાં ત્રણેય": all three after the price, a count, no part of it
    if _near_hundred(reading, span, word, language):
        return True  # "ਤਿੰਨ ਹਜ਼ਾਰ ਛੇ ਸੋ": the hundred misspelt, never ₹3,006
    if not _ends_a_part(reading, span, language):
        return False
    return holds_scale or _number_stem(word, language)
