"""Malayalam thousands run into their hundreds and tens as one word.

No speller the project uses writes Malayalam this way (ICU has no Malayalam rules,
num2words no Malayalam, and indic-numtowords spaces the parts), so the joined forms are
written here from the grammar: the thousand's combining -ത്തി- (ആയിരത്തി, രണ്ടായിരത്തി,
മൂവായിരത്തി), the hundred's -റ്റി- (ഇരുനൂറ്റി, അഞ്ഞൂറ്റി), with the glide (-ത്തിയി-) or the
vowel dropped (-ത്തി-), and the tens written into the hundred (-റ്റമ്പത്)."""

from __future__ import annotations

import pytest

from audio.numbers import words_to_number
from audio.understanding import understand


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ആയിരത്തിയിരുനൂറ്റമ്പത്", 1250),
        ("ആയിരത്തിരുനൂറ്റമ്പത്", 1250),
        ("ആയിരത്തഞ്ഞൂറ്റമ്പത്", 1550),
        ("ആയിരത്തിയഞ്ഞൂറ്റിയിരുപത്", 1520),
        ("ആയിരത്തിയമ്പത്", 1050),
        ("രണ്ടായിരത്തിരുപത്", 2020),
        ("രണ്ടായിരത്തഞ്ഞൂറ്റമ്പത്", 2550),
        ("മൂവായിരത്തിയെണ്ണൂറ്റിയിരുപത്തഞ്ച്", 3825),
        ("അയ്യായിരത്തിയിരുനൂറ്റമ്പത്", 5250),
        ("ആയിരത്തിയിരുനൂറ്റമ്പത്തഞ്ച്", 1255),
        # spaced, as before
        ("ആയിരത്തി ഇരുനൂറ്റമ്പത്", 1250),
        ("ആയിരത്തിയിരുനൂറ്", 1200),
    ],
)
def test_joined_thousands_read_whole(text: str, value: int) -> None:
    assert words_to_number(text, "ml") == value


def test_a_joined_price_with_a_case_ending() -> None:
    assert words_to_number("ആയിരത്തിയിരുനൂറ്റമ്പതിന്", "ml") == 1250  # "for 1,250"
    understood = understand("ആയിരത്തിയിരുനൂറ്റമ്പതിന് തരാം", language="ml", has_outstanding_offer=True)
    assert understood.amount_paise == 125000


def test_the_count_before_stays_a_count() -> None:
    understood = understand(
        "ഇരുപത് ചാക്ക് വേണം, ആയിരത്തിയിരുനൂറ്റമ്പത് ആക്ക്",
        language="ml",
        has_outstanding_offer=True,
    )
    assert understood.amount_paise == 125000
    assert understood.quantity == 20


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # Kannada: the combining "ಸಾವಿರದ" takes the vowel of what follows
        ("kn", "ಸಾವಿರದಿನ್ನೂರೈವತ್ತು", 1250),
        ("kn", "ಸಾವಿರದಿನ್ನೂರು", 1200),
        ("kn", "ಸಾವಿರದೈನೂರು", 1500),
        ("kn", "ಎರಡು ಸಾವಿರದೈನೂರು", 2500),
        # Telugu: వెయ్యి with the "-న్" of "వెయ్యిన్నర", then one hundred
        ("te", "వెయ్యిన్నూరు", 1100),
        ("te", "వెయ్యిన్నూట యాభై", 1150),
        ("te", "వెయ్యిన్నూటయాభై", 1150),
        ("te", "వెయ్యిన్నర", 1500),
    ],
)
def test_other_joined_thousands(language: str, text: str, value: int) -> None:
    assert words_to_number(text, language) == value


@pytest.mark.parametrize(
    ("language", "text"),
    [("ml", "ചാക്കിന് ആയിരത്തിയിരുനൂറ്റമ്പത്"), ("kn", "ಚೀಲಕ್ಕೆ ಸಾವಿರದಿನ್ನೂರೈವತ್ತು")],
)
def test_for_a_sack_is_a_rate(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=False)
    assert heard.amount_paise == 125000
    assert heard.per_unit is True
