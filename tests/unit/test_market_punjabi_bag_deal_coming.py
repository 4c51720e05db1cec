"""Punjabi stall talk heard as its act: a bag brought from home, a deal said done, the
speaker's coming again said in romanized Punjabi.

"ਝੋਲਾ ਘਰੋਂ ਲੈ ਕੇ ਆਇਆ ਹਾਂ" (I've brought a bag from home) says the speaker has a bag, while
"bring a bag from home next time" asks it of someone else. "ਸੌਦਾ ਹੋ ਗਿਆ" (the deal is
done) agrees, while a plot of land's sale told is news. "phir aavangi" (I'll come again)
is the speaker's coming back, another's coming ("mera bhra phir aavega") is not.
"""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str) -> str | None:
    act = market_act(text, "pa")
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("ਭਾਜੀ, ਥੈਲਾ ਘਰੋਂ ਲੈ ਕੇ ਆਈ ਹਾਂ, ਲਿਫ਼ਾਫ਼ਾ ਨਾ ਦਿਓ।", "have_bag"),
        ("Jhola gharon lai ke aaya haan, ehde vich hi paa do.", "have_bag"),
        ("ਠੀਕ ਹੈ ਵੀਰ, ਸੌਦਾ ਹੋ ਗਿਆ, ਤੋਲ ਦਿਓ।", "deal"),
        ("Chalo ji, sauda ho gaya, pack kar do.", "deal"),
        ("Hune kam hai, shaam nu phir aavanga veere.", "come_back_later"),
        ("Bhen ji, kal phir aavangi, aj paise ghatt ne.", "come_back_later"),
    ],
)
def test_punjabi_acts_are_heard(text: str, act: str) -> None:
    assert heard(text) == act


@pytest.mark.parametrize(
    "text",
    [
        "ਝੋਲਾ ਘਰੋਂ ਲੈ ਕੇ ਆਓ ਅਗਲੀ ਵਾਰ, ਲਿਫ਼ਾਫ਼ੇ ਬੰਦ ਨੇ।",
        "ਗੁਆਂਢੀਆਂ ਦੀ ਜ਼ਮੀਨ ਦਾ ਸੌਦਾ ਹੋ ਗਿਆ ਪਿਛਲੇ ਮਹੀਨੇ।",
        "Mera bhra phir aavega kal.",
    ],
)
def test_look_alikes_say_no_act(text: str) -> None:
    assert heard(text) is None
