"""A compound number with a part the tables cannot read is asked, never read as its
first part: "three thousand" and a garbled six hundred is never ₹3,000."""

from __future__ import annotations

import unicodedata

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.languages import LANGUAGES
from audio.languages.base import Kind
from audio.numbers import number_table, words_to_number
from audio.understanding import understand

_HUNDREDS = {100.0 * k for k in range(2, 10)}


_SCRIPTS = {
    "hi": "DEVANAGARI", "mr": "DEVANAGARI", "bn": "BENGALI", "ta": "TAMIL", "te": "TELUGU",
    "kn": "KANNADA", "ml": "MALAYALAM", "gu": "GUJARATI", "pa": "GURMUKHI", "en": "LATIN",
}  # fmt: skip


def _own(word: str, language: str) -> bool:
    """A word in the speaker's own script, never the English ones written in it."""
    return all(unicodedata.name(c, "").startswith(_SCRIPTS[language]) for c in word)


# "Two thousand" as each language says it before the hundreds, and its hundred word.
_HEADS = {
    "hi": ("दो हज़ार", "सौ"), "mr": ("दोन हजार", "शे"), "bn": ("দু হাজার", "শো"),
    "ta": ("ரெண்டாயிரத்தி", "நூறு"), "te": ("రెండు వేల", "వందలు"), "kn": ("ಎರಡು ಸಾವಿರದ", "ನೂರು"),
    "ml": ("രണ്ടായിരത്തി", "നൂറ്"), "gu": ("બે હજાર", "સો"), "pa": ("ਦੋ ਹਜ਼ਾਰ", "ਸੌ"),
    "en": ("two thousand", "hundred"),
}  # fmt: skip


def _compounds(language: str) -> list[tuple[str, str]]:
    """ "Two thousand" and each one-word hundreds the tables know after it ("ছশো",
    "அறுநூறு", "सातशे"), or a count and the hundred ("छह सौ")."""
    words = number_table(language).words
    head, hundred = _HEADS[language]
    hundreds = [
        w
        for w, parts in words.items()
        if _own(w, language)
        and (parts[-1].value == 100 or parts[-1].value in _HUNDREDS)
        and words_to_number(w, language) in _HUNDREDS
    ]
    units = [w for w, parts in words.items() if _own(w, language) and len(parts) == 1]
    units = [w for w in units if words[w][0].kind is Kind.VALUE and 2 <= words[w][0].value <= 9]
    hundreds += [f"{u} {hundred}" for u in units]
    found = []
    for h in hundreds:
        value = words_to_number(h, language)
        if value is not None and words_to_number(f"{head} {h}", language) == 2000 + value:
            found.append((head, h))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_garbled_hundreds_after_a_thousand_is_asked(language: str) -> None:
    compounds = _compounds(language)
    assert compounds
    for head, hundred in compounds:
        for garbled in (hundred + hundred[-1], hundred[:-1] + hundred[-1] * 2 + "a"):
            if words_to_number(garbled, language) is not None:
                continue
            heard = understand(f"{head} {garbled}", language=language)
            sure = heard.confidence >= MIN_CONFIDENCE
            assert not (sure and heard.amount_paise == 200000), (head, garbled)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("ta", "மூவாயிரத்தி அறநூறு", 360000),
        ("ta", "ரெண்டாயிரத்தி எழநூத்தி அம்பது", 275000),
        ("te", "మూడు వేల ఆరొందలు", 360000),
        ("hi", "तीन हज़ार छह सौ", 360000),
    ],
)
def test_colloquial_hundreds_are_read(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "పెళ్లి ఇరవై ఐదున"),
        ("te", "పూజ పదిహేనున"),
    ],
)
def test_the_telugu_locative_day_is_no_price(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "तीन हज़ार छसौ"),
        ("pa", "ਤਿੰਨ ਹਜ਼ਾਰ ਛੇ ਸੋ"),
        ("en", "three thousand sixhundred"),
        ("te", "ఈ చీర మూడు వేల ఆర్నూరు"),
    ],
)
def test_a_part_unread_is_asked(language: str, text: str) -> None:
    assert understand(text, language=language).confidence < MIN_CONFIDENCE
