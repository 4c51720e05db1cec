"""A question of how to cook the goods is small talk: the "soft" of its goal is no
complaint and a breed's name no claim of origin (`audio.market.cooking`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act is not None else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("How long do I pressure cook the chickpeas so they go soft?", "en"),
        ("Should I marinate the chicken overnight to keep it tender?", "en"),
        ("राजमा कितनी देर उबालूं कि नरम हो जाएं?", "hi"),
        ("desi murga kaise pakate hain, naram kaise hoga?", "hi"),
        ("நாட்டு கோழி எப்படி சமைக்கணும்?", "ta"),
        ("నాటు కోడి పులుసు ఎలా వండాలి?", "te"),
        ("ছোলা নরম হতে কতক্ষণ সেদ্ধ করব?", "bn"),
        ("हरभरे मऊ होण्यासाठी किती वेळ शिजवायचे?", "mr"),
        ("ચણા પોચા થાય એ માટે કેટલી વાર બાફવા?", "gu"),
        ("ನಾಟಿ ಕೋಳಿ ಹೇಗೆ ಬೇಯಿಸಬೇಕು?", "kn"),
        ("നാടൻ കോഴി എങ്ങനെ വേവിക്കണം?", "ml"),
        ("ਛੋਲੇ ਨਰਮ ਹੋਣ ਲਈ ਕਿੰਨੀ ਦੇਰ ਉਬਾਲਾਂ?", "pa"),
    ],
)
def test_a_cooking_question_is_small_talk(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("these chickpeas are soft, they have gone bad", "en", "quality_soft"),
        ("ये टमाटर नरम हो गए हैं", "hi", "quality_soft"),
        ("నాటు కోడి ఉంది, ఊరి నుంచి తెచ్చాం", "te", "claim_origin"),
        ("भाभी, ये मुर्गा धीमी आंच पे पकाना, स्वादिष्ट बनेगा", "hi", "claim_sweet"),
    ],
)
def test_goods_described_without_a_cooking_question_keep_their_act(
    text: str, language: str, act: str
) -> None:
    assert heard(text, language) == act
