"""Two prices joined by "or" ("sottor na pochattor", "chalis ki paintalis") are asked,
never recorded; "not 70, 65" still counters. A clock time written with a dot and a verb
of coming or leaving ("boat 10.30 ki vastundi") is no price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(heard: Understanding) -> int | None:
    return heard.amount_paise if heard.confidence >= MIN_CONFIDENCE else None


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("bn", "kilo pochish na tirish"),
        ("bn", "জোড়া আশি না নব্বই"),
        ("hi", "dozen saath ki pachhattar"),
        ("en", "sixty or seventy a dozen"),
    ],
)
def test_two_prices_joined_by_or_are_asked(language: str, line: str) -> None:
    assert _recorded(understand(line, language=language)) is None


def test_not_one_price_then_a_lower_one_counters() -> None:
    heard = understand("আশি না, সত্তর দিন", language="bn", has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER
    assert _recorded(heard) == 7000


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("te", "bus 7.45 ki veltundi"),
        ("hi", "ट्रेन 9.15 को निकलती है"),
        ("kn", "ಅಂಗಡಿ 8.30 ಕ್ಕೆ ತೆರೆಯುತ್ತೆ"),
        ("bn", "লঞ্চ 4.45 এ ছাড়ে"),
    ],
)
def test_a_clock_time_with_a_verb_of_coming_is_no_price(language: str, line: str) -> None:
    heard = understand(line, language=language)
    assert heard.amount_paise is None, heard
    assert heard.intent is not Intent.OFFER


def test_a_dotted_price_with_a_rupee_word_stands() -> None:
    heard = understand("అరటిపండు 4.50 రూపాయలకి వస్తుంది", language="te")
    assert _recorded(heard) == 450
