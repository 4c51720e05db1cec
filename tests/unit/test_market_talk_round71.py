"""Market acts: the rate asked with the loan "rate" in each script, a note and the goods'
cost said in a request for change, a count of lots in a bulk question, a way to pay
said with another's fault, money said sent, and an act's word said of something else."""

from __future__ import annotations

import pytest

from audio.market import market_act


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "ਭਾਜੀ, ਇਸ ਕਮੀਜ਼ ਦਾ ਕੀ ਰੇਟ ਹੈ?"),
        ("pa", "ਇਹ ਜੁੱਤੀ ਦਾ ਰੇਟ ਕੀ ਏ?"),
        ("hi", "इस चादर का क्या रेट है?"),
        ("mr", "या चादरीचा काय रेट?"),
        ("gu", "આ ઓઢણીનો શું રેટ?"),
        ("bn", "চাদরটার রেট কত?"),
        ("kn", "ಈ ಚಾದರ್ ರೇಟ್ ಎಷ್ಟು?"),
        ("ml", "ഈ ഷാളിന് റേറ്റ് എത്ര?"),
    ],
)
def test_the_rate_asked_is_the_price_asked(language: str, text: str) -> None:
    assert act_of(text, language) == "ask_price"
