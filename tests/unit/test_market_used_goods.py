"""A used item named "old" in a price question, a price complaint or a question whether
the stall buys it is no doubt about staleness; goods said to be or look old still are."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "ये पुरानी सिलाई मशीन कितने में दोगे?", "ask_price"),
        ("hi", "is purane sofe ka kya loge?", "ask_price"),
        ("pa", "ਪੁਰਾਣੀ ਸਾਈਕਲ ਦੇ ਕੀ ਲਓਗੇ?", "ask_price"),
        ("gu", "જૂની સાયકલનો શું ભાવ?", "ask_price"),
        ("mr", "जुना पलंग केवढ्याला?", "ask_price"),
        ("en", "What'll you take for the old brass lamp?", "ask_price"),
        ("te", "పాత ఫ్రిజ్ కి ఇంత ధరా? చాలా ఎక్కువ", "too_expensive"),
        ("bn", "পুরোনো সাইকেলের এত দাম?", "too_expensive"),
        ("ml", "പഴയ അലമാരയ്ക്ക് ഇത്ര വിലയോ?", "too_expensive"),
        ("kn", "ಹಳೆ ಟಿವಿಗೆ ಇಷ್ಟು ಬೆಲೆನಾ?", "too_expensive"),
    ],
)
def test_old_item_priced_is_the_price_act(language: str, text: str, act: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "पुराने अख़बार भी ख़रीदते हो?"),
        ("te", "పాత పుస్తకాలు కూడా కొంటారా?"),
        ("gu", "જૂના વાસણ પણ લો છો?"),
        ("ta", "பழைய இரும்பு வாங்குவீங்களா?"),
        ("kn", "ಹಳೆ ಪೇಪರ್ ತಗೋತೀರಾ?"),
        ("pa", "ਪੁਰਾਣੇ ਭਾਂਡੇ ਖਰੀਦਦੇ ਹੋ?"),
    ],
)
def test_buying_old_goods_asked_is_no_act(language: str, text: str) -> None:
    assert market_act(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "ये भिंडी पुरानी लग रही है"),
        ("en", "these carrots are old"),
        ("te", "ఈ కూరగాయలు పాతవి"),
        ("gu", "આ મેથી જૂની લાગે છે"),
    ],
)
def test_goods_said_old_stay_a_doubt(language: str, text: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == "quality_old"
