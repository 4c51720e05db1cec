"""A "there is?" said of the item's own papers or box asks about the item, not the stall's
stock, and its age asked is no complaint of staleness (`audio.market.item_papers`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("is there a warranty with it?", "en"),
        ("does this come with the original box?", "en"),
        ("इसकी रसीद मिलेगी?", "hi"),
        ("iske saath charger hai kya?", "hi"),
        ("இதுக்கு வாரண்டி இருக்கா?", "ta"),
        ("దీనితో బాక్స్ ఉందా?", "te"),
        ("এর গ্যারান্টি আছে?", "bn"),
        ("याची पावती आहे का?", "mr"),
        ("આની સાથે ચાર્જર છે?", "gu"),
        ("ಇದರ ಜೊತೆ ಚಾರ್ಜರ್ ಇದೆಯಾ?", "kn"),
        ("ഇതിന്റെ വാറന്റി ഉണ്ടോ?", "ml"),
        ("ਇਹਦੀ ਰਸੀਦ ਹੈ?", "pa"),
    ],
)
def test_the_items_papers_are_no_stock_question(text: str, language: str) -> None:
    got = market_act(text, language)
    assert got is None or got.act != "have_it"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("how old is this bicycle?", "en"),
        ("ye cooler kitne saal purana hai?", "hi"),
        ("ਇਹ ਸਾਈਕਲ ਕਿੰਨੀ ਪੁਰਾਣੀ ਹੈ?", "pa"),
        ("ही सायकल किती जुनी आहे?", "mr"),
        ("ಈ ಸೈಕಲ್ ಎಷ್ಟು ವರ್ಷ ಹಳೆಯದು?", "kn"),
    ],
)
def test_the_age_asked_is_no_complaint(text: str, language: str) -> None:
    got = market_act(text, language)
    assert got is None or got.act not in ("quality_old", "have_it")


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("do you have phone chargers?", "en", "have_it"),
        ("चार्जर मिलेगा?", "hi", "have_it"),
        ("ये टमाटर पुराने हैं", "hi", "quality_old"),
        ("these beans are old, not fresh", "en", "quality_old"),
    ],
)
def test_stock_and_staleness_stay(text: str, language: str, act: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == act
