"""Thousands typed run into their count, and the hundreds run on after them, read as the
same words written apart in the script: "barhajarpanchso" is "બાર હજાર પાંચસો", Malayalam
"randayirathanjooru" is "രണ്ടായിരത്തി അഞ്ഞൂറ്". The native forms are checked against
independent spellers (`test_number_oracles`), so each typed form is checked against them,
never against a value written by hand. A count of one is never run in (Telugu "okavela" is
"if by chance"), and a word that only holds a thousand word is no number."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.lexicon import tokenize
from audio.numbers import find_numbers, number_table
from audio.understanding import understand


def _values(text: str, language: str) -> list[float]:
    words = [t.norm for t in tokenize(text)]
    return [s.value for s in find_numbers(words, number_table(language))]


@pytest.mark.parametrize(
    ("language", "typed", "native"),
    [
        ("gu", "barhajar", "બાર હજાર"),
        ("gu", "barhajar panchso", "બાર હજાર પાંચસો"),
        ("gu", "barhajarpanchso", "બાર હજાર પાંચસો"),
        ("gu", "behajarpanchso", "બે હજાર પાંચસો"),
        ("mr", "satrahajar", "सतरा हजार"),
        ("mr", "barahajar pachshe", "बारा हजार पाचशे"),
        ("ml", "randayirathanjooru", "രണ്ടായിരത്തി അഞ്ഞൂറ്"),
        ("ml", "randaayirathiyanjooru", "രണ്ടായിരത്തി അഞ്ഞൂറ്"),
        ("ml", "aayirathirunooru", "ആയിരത്തി ഇരുന്നൂറ്"),
        ("ta", "rendaayirathainooru", "ரெண்டாயிரத்து ஐநூறு"),
        ("ta", "aayirathirunooru", "ஆயிரத்து இருநூறு"),
        ("ta", "pathinezhaayirathainooru", "பதினேழாயிரத்து ஐநூறு"),
        ("kn", "eradusaavira", "ಎರಡು ಸಾವಿರ"),
        ("kn", "hadinelusaavirada ainooru", "ಹದಿನೇಳು ಸಾವಿರದ ಐನೂರು"),
        ("te", "renduvelu", "రెండు వేలు"),
        ("te", "padiheduvela aidu vandalu", "పదిహేడు వేల ఐదు వందలు"),
    ],
)
def test_a_count_typed_into_its_thousand_reads_as_the_words_apart(
    language: str, typed: str, native: str
) -> None:
    assert _values(native, language), native
    assert _values(typed, language) == _values(native, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "okavela"),  # "if by chance"
        ("gu", "ekhajar"),  # a count of one is not run in
        ("ml", "randayirathkodi"),  # no number after the thousand
        ("kn", "saavirakke"),  # the thousand word alone, with its ending
    ],
)
def test_what_is_no_count_run_into_a_thousand_is_no_such_number(language: str, text: str) -> None:
    assert all(value < 2000 for value in _values(text, language))


@pytest.mark.parametrize(
    ("language", "text", "context", "amount_paise"),
    [
        ("gu", "bakro joi lo, barhajarpanchso ma aapish", "opening", 1250000),
        ("ml", "randayirathanjooru tharam chetta", "reply", 250000),
        ("ta", "rendaayirathainooru kudunga anna", "reply", 250000),
        ("kn", "eradusaavira kodthini", "reply", 200000),
        ("te", "renduvelu ivvandi", "reply", 200000),
        ("mr", "satrahajar la deto", "opening", 1700000),
    ],
)
def test_a_typed_price_in_joined_thousands_is_understood(
    language: str, text: str, context: str, amount_paise: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=context == "reply")
    assert understood.amount_paise == amount_paise
    assert understood.confidence >= MIN_CONFIDENCE
