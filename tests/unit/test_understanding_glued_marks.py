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


def assert_asked(text: str, language: str) -> None:
    """No price is taken from `text`, with or without a price on the table: none is
    read, or it is asked (confidence under the recording bar)."""
    for reference in (None, 30000):
        u = understand(
            text,
            language=language,
            has_outstanding_offer=bool(reference),
            reference_paise=reference,
        )
        assert u.amount_paise is None or u.confidence < MIN_CONFIDENCE, (text, u)


@pytest.mark.parametrize(
    ("text", "language"),
    [("45I", "en"), ("45S", "en"), ("45B", "en"), ("45Z", "en"), ("45|", "en"),
     ("45i", "en"), ("45Q", "en"), ("45D", "en"), ("25I", "hi"), ("25Q", "hi"),
     ("4S0", "en"), ("I45", "en"), ("45I rupees", "en"), ("₹45I", "en"), ("45I रुपये", "hi"),
     ("45क", "hi"), ("30ம ரூபாய்", "ta"), ("४५I", "hi"), ("45!", "en"), ("$45", "en"),
     ("4k50", "en"), ("45\u200bI", "en")],
)  # fmt: skip
def test_the_probes_words_are_asked(text: str, language: str) -> None:
    assert_asked(text, language)


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


# Every printable ASCII character that is neither a letter nor a digit, the common
# non-ASCII marks, control characters and pictures: before, inside and after the digits.
ASCII_MARKS = tuple(c for c in string.printable if not c.isalnum() and c not in string.whitespace)
OTHER_MARKS = (
    *"°×•…·÷±–—‘’“”«»¿¡©®™№µ¢£€¥¤¬¯´¨¸ºª",
    "\x1b", "\x7f", "\x00", "\u202e", "\u2066", "\u00a0", "🙏", "👍",
)  # fmt: skip
# What a careful reader takes after the digits ("45.", "45, ok", "45?", "45/", "45🙏")
# and before them ("₹45", "🙏45"); with anything else glued on, only asking is right.
FINE_AFTER = frozenset(".,;:…?/₹\u00a0🙏👍")
FINE_BEFORE = frozenset("₹\u00a0🙏👍")
GRID_NUMBERS = ("45", "25", "450", "120", "99")


def symbol_placed(number: str, mark: str) -> list[tuple[str, int | None]]:
    """`mark` before, inside and after `number`, each with the paise a careful reader
    takes with confidence (None: only asking is right)."""
    rupees = int(number)
    texts: list[tuple[str, int | None]] = [
        (mark + number, rupees * 100 if mark in FINE_BEFORE else None)
    ]
    for i in range(1, len(number) if mark != "\u00a0" else 1):  # a space: two words
        inside = number[:i] + mark + number[i:]
        texts.append((inside, round(float(inside) * 100) if mark == "." else None))
    texts.append((number + mark, rupees * 100 if mark in FINE_AFTER else None))
    return texts


def misread_paise(text: str, language: str, allowed: int | None) -> list[str]:
    wrong = []
    for reference in (None, 30000):
        u = understand(
            text,
            language=language,
            has_outstanding_offer=reference is not None,
            reference_paise=reference,
        )
        if u.amount_paise is None or u.confidence < MIN_CONFIDENCE:
            continue
        if u.amount_paise != allowed:
            wrong.append(f"{text!r} ({language}, on the table {reference}): {u}")
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_symbol_glued_to_the_digits_is_asked_or_read_as_a_careful_reader_would(
    language: str,
) -> None:
    wrong: list[str] = []
    for number in GRID_NUMBERS:
        for mark in (*ASCII_MARKS, *OTHER_MARKS):
            for text, allowed in symbol_placed(number, mark):
                wrong += misread_paise(text, language, allowed)
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize(
    ("text", "language"),
    [("45*", "en"), ("45#", "en"), ("45@", "en"), ("45&", "en"), ("45(", "en"),
     ("45_", "en"), ("25*", "hi"), ("25#", "hi"), ("45)", "en"), (")45", "en"),
     ("(45", "en"), (".45", "en"), ("-45", "en"), ("45-", "en"), ("45°", "en"),
     ("45×", "en"), ("45•", "en"), ("45,0", "en"), ("45#0", "en"), ("45* rupees", "en"),
     ("₹45#", "hi"), ("45\u200b*", "en"), ("45™", "en"), ("45\x1b[31m", "en"),
     ("45-xyz", "en"), ("45-I", "en")],
)  # fmt: skip
def test_a_shifted_digit_or_symbol_glued_on_is_asked(text: str, language: str) -> None:
    assert_asked(text, language)


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [("(45)", "en", 4500), ('"45"', "en", 4500), ("'45'", "en", 4500),
     ("“45”", "en", 4500), ("[45]", "en", 4500), ("(45 rupees)", "en", 4500),
     ("Rs.45", "en", 4500), ("price:45", "en", 4500), ("45; ok", "en", 4500),
     ("45…", "en", 4500), ("45🙏", "hi", 4500), ("45.50", "en", 4550),
     ("40-க்கு குடுங்க", "ta", 4000), ("কিলো ৪৫-এ দিন", "bn", 4500),
     ("45\u00a0rupees", "en", 4500)],
)  # fmt: skip
def test_brackets_quotes_and_punctuation_a_reader_passes_over(
    text: str, language: str, amount: int
) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=30000)
    assert u.amount_paise == amount and u.confidence >= MIN_CONFIDENCE, (text, u)
