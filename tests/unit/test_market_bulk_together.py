"""A count taken together on a condition ("if I take 40 together, what rate?", "25 એકસાથે
લઉં તો?") asks the rate for that much (`bulk_price`), over the plain price question,
as lots taken on a condition do."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "if we take 40 together, what's your rate?"),
        ("en", "how much each if I buy twenty of them together?"),
        ("hi", "अगर 60 एक साथ ले लूँ तो क्या भाव?"),
        ("pa", "ਜੇ ਤੀਹ ਇਕੱਠੇ ਲੈ ਲਵਾਂ ਤਾਂ ਕਿੰਨੇ ਦੇ?"),
        ("gu", "૫૦ એક સાથે લઉં તો કેટલા?"),
        ("ta", "ஐம்பது சேர்த்து எடுத்தா எவ்வளவு?"),
        ("ml", "ഇരുപത് ഒന്നിച്ച് എടുത്താൽ എത്ര?"),
    ],
)
def test_count_together_on_condition_is_bulk(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "bulk_price"
