"""Another person's past price beside a refusal is no counter ("too much, my cousin got
it done for 18"); a charge named in a clause of its own before its amount leaves the
settled price ("okay 22, but the trial is separate, fifteen hundred"); a tag that ends a
sentence before an age asks ("the child's cut is 60, no? he's only five"); a ride app
typed with a hyphened case ending ("Ola-la 130") is another seller's fare."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Twenty is too much, my neighbour got his done for fifteen"),
        ("hi", "बीस हज़ार बहुत ज़्यादा है, मेरे दोस्त ने पंद्रह में करवाया"),
        ("kn", "ಇಪ್ಪತ್ತು ಸಾವಿರ ತುಂಬಾ ಜಾಸ್ತಿ, ನಮ್ಮ ಅಣ್ಣ ಹದಿನೈದು ಸಾವಿರಕ್ಕೆ ಮಾಡಿಸಿದ"),
    ],
)
def test_another_persons_price_is_no_counter(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=2_000_000
    )
    assert str(understood.intent) == "reject"
    assert understood.amount_paise is None


def test_a_refusal_then_the_speakers_own_price_is_a_counter() -> None:
    understood = understand(
        "बीस बहुत ज़्यादा है, पंद्रह कर दो",
        language="hi",
        has_outstanding_offer=True,
        reference_paise=2_000_000,
    )
    assert understood.amount_paise == 1_500_000


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        (
            "en",
            "Alright, eighteen thousand, final, but fitting is separate, nine hundred",
            1_800_000,
        ),
        ("pa", "ਚੱਲੋ ਅੱਠ ਸੌ, ਸਿਲਾਈ ਵੱਖਰੀ, ਦੋ ਸੌ", 80_000),
    ],
)
def test_a_charge_in_its_own_clause_leaves_the_price(language: str, text: str, paise: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=2_000_000
    )
    assert understood.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The boy's cut is 70, no? He's only six"),
        ("ta", "Uber-la 150 dhaan kaattudhu"),
    ],
)
def test_checks_and_app_fares_ask(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert str(understood.intent) == "question"
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


def test_a_refusal_after_the_tag_stays_a_refusal() -> None:
    understood = understand("kilo aravattu na? beda", language="kn", has_outstanding_offer=True)
    assert str(understood.intent) == "reject"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "ഇരുപത് കൂടുതലാ, പതിനാറാക്കാമോ?"),
        ("ta", "இருபது ரொம்ப அதிகம், பதினாறாக்குங்க"),
        ("mr", "वीस जास्त होतात, सोळा करा ना?"),
    ],
)
def test_make_it_glued_or_tagged_is_the_new_price(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=2_000_000
    )
    assert understood.amount_paise == 1_600_000
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ಎರಡು ಹಾರ ಎರಡು ಸಾವಿರ, ಸೇವಂತಿಗೆ ಹೊಸೂರಿಂದ"),
        ("ta", "ரெண்டு மாலை ரெண்டாயிரம், சாமந்தி ஓசூர்லேந்து"),
    ],
)
def test_a_count_before_thousands_with_a_clause_after(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == 200_000
    assert understood.quantity == 2
