""" "Is it fine for a diabetic?", "does it run in the wash?" ask what the goods are or do,
no stock: the word for "is" after a word of fitness or a present verb is small talk,
while goods named before it ("कुर्ता है क्या?"), or the verb "get", still ask whether the
stall has them. Tamil "நல்லதா?" alone asks whether the goods are good."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("यह गुड़ खांसी में ठीक है?", "hi"),
        ("ये चादर धुलाई में सिकुड़ती है क्या?", "hi"),
        ("ye chyawanprash bachchon ke liye sahi hai?", "hi"),
        ("ye chappal baarish mein chalti hai kya?", "hi"),
        ("આ ખાખરા ડાયેટ માટે બરાબર છે?", "gu"),
        ("આ ચાદર ધોવામાં ચડે છે?", "gu"),
        ("ਇਹ ਗੁੜ ਖੰਘ ਵਿੱਚ ਚੰਗਾ ਹੈ?", "pa"),
        ("ਇਹ ਚਾਦਰ ਧੋਣ ਨਾਲ ਸੁੰਗੜਦੀ ਹੈ?", "pa"),
        ("eh achaar bachean layi sahi hai?", "pa"),
        ("இந்த வெல்லம் இருமலுக்கு நல்லதா?", "ta"),
    ],
)
def test_a_use_asked_is_no_stock_question(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("कुर्ता है क्या?", "hi", "have_it"),
        ("atta hai kya?", "hi", "have_it"),
        ("पनीर मिलता है क्या?", "hi", "have_it"),
        ("ਮੈਦਾ ਹੈ?", "pa", "have_it"),
        ("ઘી મળે છે?", "gu", "have_it"),
        ("நல்லதா பாத்து குடுங்க", "ta", "show_better"),
    ],
)
def test_goods_asked_for_still_ask_for_stock(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act
