"""A way to travel or a market day asked ("is there an auto to the station?", "is the
haat on every Thursday?") asks for no stock; goods asked still do."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Any rickshaw available near here for the bus stop?", "en"),
        ("बस अड्डे का ऑटो यहीं मिलता है?", "hi"),
        ("ரயில் நிலையத்துக்கு ஆட்டோ இருக்கா இங்க?", "ta"),
        ("స్టేషన్ కి ఆటో ఉందా ఇక్కడ?", "te"),
        ("স্টেশনের টোটো আছে এদিকে?", "bn"),
        ("स्टेशनसाठी रिक्षा आहे का?", "mr"),
        ("સ્ટેશન જવા રિક્ષા મળે છે અહીં?", "gu"),
        ("ಸ್ಟೇಷನ್‌ಗೆ ಆಟೋ ಸಿಗುತ್ತಾ ಇಲ್ಲಿ?", "kn"),
        ("സ്റ്റേഷനിലേക്ക് ഓട്ടോ കിട്ടുമോ?", "ml"),
        ("ਸਟੇਸ਼ਨ ਲਈ ਆਟੋ ਮਿਲਦਾ ਇੱਥੇ?", "pa"),
        ("মঙ্গলবার এই হাট বসে?", "bn"),
        ("ಈ ಸಂತೆ ಭಾನುವಾರ ಇದೆಯಾ?", "kn"),
    ],
)
def test_transport_and_market_days_are_no_stock(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("हरा धनिया है क्या?", "hi"),
        ("ಕೊತ್ತಂಬರಿ ಸೊಪ್ಪು ಇದೆಯಾ?", "kn"),
        ("മല്ലിയില ഉണ്ടോ?", "ml"),
    ],
)
def test_goods_asked_stand(text: str, language: str) -> None:
    assert heard(text, language) == "have_it"
