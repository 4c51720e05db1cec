"""A typed (or heard) price with a letter or symbol glued to its digits ("45I", "45S",
"4S0", "I45", "45|", "45क") is asked, never the digits beside the mark recorded; what the
tables read glued to a number (a currency, a unit, a multiplier, a case ending) reads as
it does with a space."""

from __future__ import annotations

import string

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand

LANGUAGES = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")
NUMBERS = ("45", "25", "450", "120")
MARKS = (*string.ascii_letters, "|", "!", "$", "§")
# A letter of each script the languages write, glued to ASCII digits.
SCRIPT_LETTERS = ("क", "ம", "ట", "ক", "ક", "ಕ", "ക", "ਕ")
# After the digits, what a careful reader takes: a thousand ("45k"), a litre ("450l").
# Bengali typed in Latin letters puts its locative ending on the number ("45e": at ₹45).
READ_AFTER = {"k": 1000, "K": 1000, "l": 1, "L": 1}
READ_AFTER_IN = {"bn": {"e": 1, "E": 1}}


def placed(number: str, mark: str, language: str) -> list[tuple[str, int | None]]:
    """`mark` before, inside (at every place) and after `number`, each with the rupees a
    careful reader could take with confidence (None: only asking is right)."""
    texts: list[tuple[str, int | None]] = [(mark + number, None)]
    texts += [(number[:i] + mark + number[i:], None) for i in range(1, len(number))]
    times = {**READ_AFTER, **READ_AFTER_IN.get(language, {})}.get(mark)
    texts.append((number + mark, None if times is None else int(number) * times))
    return texts


def misread(text: str, language: str, allowed: int | None) -> list[str]:
    wrong = []
    for reference in (None, 30000):
        u = understand(
            text,
            language=language,
            has_outstanding_offer=reference is not None,
            reference_paise=reference,
        )
        if u.amount_paise is None or u.confidence < MIN_CONFIDENCE:
            continue  # asked, or no price
        if allowed is None or u.amount_paise != allowed * 100:
            wrong.append(f"{text!r} ({language}, on the table {reference}): {u}")
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_mark_glued_to_the_digits_is_asked(language: str) -> None:
    wrong: list[str] = []
    for number in NUMBERS:
        for mark in (*MARKS, *SCRIPT_LETTERS):
            for text, allowed in placed(number, mark, language):
                wrong += misread(text, language, allowed)
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize(
    ("text", "language"),
    [("45I", "en"), ("45S", "en"), ("45B", "en"), ("45Z", "en"), ("45|", "en"),
     ("45i", "en"), ("45Q", "en"), ("45D", "en"), ("25I", "hi"), ("25Q", "hi"),
     ("4S0", "en"), ("I45", "en"), ("45I rupees", "en"), ("₹45I", "en"), ("45I रुपये", "hi"),
     ("45क", "hi"), ("30ம ரூபாய்", "ta"), ("४५I", "hi"), ("45!", "en"), ("$45", "en"),
     ("4k50", "en"), ("45\u200bI", "en")],
)  # fmt: skip
def test_the_probes_words_are_asked(text: str, language: str) -> None:
    for reference in (None, 30000):
        u = understand(
            text,
            language=language,
            has_outstanding_offer=bool(reference),
            reference_paise=reference,
        )
        assert u.amount_paise is None or u.confidence < MIN_CONFIDENCE, (text, u)


@pytest.mark.parametrize(
    ("glued", "spaced", "language"),
    [("45rs", "45 rs", "en"), ("45Rs", "45 Rs", "hi"), ("Rs45", "Rs 45", "en"),
     ("45/-", "45 /-", "en"), ("45₹", "45 ₹", "hi"), ("₹45", "₹ 45", "en"),
     ("45kg", "45 kg", "en"), ("2.5kg", "2.5 kg", "en"), ("45k", "45 k", "en"),
     ("1.5L", "1.5 L", "en"), ("45pc", "45 pc", "en"), ("45kilo", "45 kilo", "hi"),
     ("45रु", "45 रु", "hi"), ("45रुपये", "45 रुपये", "hi"), ("45ரூ", "45 ரூ", "ta"),
     ("45টাকা", "45 টাকা", "bn")],
)  # fmt: skip
def test_what_the_tables_read_glued_reads_as_with_a_space(
    glued: str, spaced: str, language: str
) -> None:
    for reference in (None, 30000):
        a, b = (
            understand(
                t,
                language=language,
                has_outstanding_offer=bool(reference),
                reference_paise=reference,
            )
            for t in (glued, spaced)
        )
        assert (a.amount_paise, a.unit, a.confidence) == (b.amount_paise, b.unit, b.confidence)


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [("45 i think", "en", 4500), ("४5०", "hi", 45000), ("45.", "en", 4500),
     ("(45)", "en", 4500), ("45, ok", "en", 4500), ("₹45/-", "en", 4500),
     ("45/kg", "en", 4500), ("45க்கு", "ta", 4500), ("കിലോ 45ന് തരൂ", "ml", 4500),
     ("45 rupees", "en", 4500)],
)  # fmt: skip
def test_a_price_without_a_glued_mark_stands(text: str, language: str, amount: int) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=30000)
    assert u.amount_paise == amount and u.confidence >= MIN_CONFIDENCE, (text, u)
