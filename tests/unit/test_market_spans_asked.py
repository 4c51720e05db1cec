"""How long the goods keep, how often they are used or cared for ("ये घी कितने दिन तक
चलेगा?", "ఎన్ని రోజులకి ఒకసారి నీళ్ళు పోయాలి?", "how often should I water it?") is small
talk, use asked: no price question and no market act, while a span said before the
how-much word is the rate's ("ದಿನಕ್ಕೆ ಎಷ್ಟು?", how much a day?) and still asks the price."""

from __future__ import annotations

import asyncio

import pytest

from audio.acts import ActKind
from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


def received(text: str, language: str):  # type: ignore[no-untyped-def]
    target = "hi" if language == "en" else "en"
    return asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ये घी बाहर रखें तो कितने दिन तक चलेगा?", "hi"),
        ("मछलियों को दिन में कितनी बार दाना डालना है?", "hi"),
        ("kitne din tak fridge ke bahar rakh sakte hain?", "hi"),
        ("ఈ మొక్కకి ఎన్ని రోజులకి ఒకసారి నీళ్ళు పోయాలి?", "te"),
        ("చేపలకి రోజుకి ఎన్ని సార్లు మేత వేయాలి?", "te"),
        ("हे तूप किती दिवस टिकेल?", "mr"),
        ("he lonacha kiti mahine changla rahta?", "mr"),
        ("ಮೀನಿಗೆ ಎಷ್ಟು ದಿನಕ್ಕೊಮ್ಮೆ ಆಹಾರ ಹಾಕಬೇಕು?", "kn"),
        ("ee tuppa eshtu dina chennagirutte?", "kn"),
        ("ഈ ചെടിക്ക് എത്ര തവണ വെള്ളം ഒഴിക്കണം?", "ml"),
        ("ee neyyu ethra maasam irikkum?", "ml"),
        ("மீனுக்கு ஒரு நாளைக்கு எத்தனை தடவை தீனி போடணும்?", "ta"),
        ("গাছে কত দিন পর পর জল দিতে হবে?", "bn"),
        ("આ અથાણું કેટલા દિવસ ચાલે?", "gu"),
        ("ਬੂਟੇ ਨੂੰ ਕਿੰਨੇ ਦਿਨਾਂ ਬਾਅਦ ਪਾਣੀ ਦੇਣਾ?", "pa"),
        ("how often should I water this plant?", "en"),
        ("how many times a day do I feed the puppy?", "en"),
    ],
)
def test_how_long_or_how_often_asks_no_price(text: str, language: str) -> None:
    got = received(text, language)
    assert got.act is None, got.act
    assert got.market is None, got.market


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ದಿನಕ್ಕೆ ಎಷ್ಟು?", "kn"),
        ("రోజుకి ఎంత?", "te"),
        ("महीने का कितना लोगे?", "hi"),
        ("how much weekly?", "en"),
        ("how much monthly for the tiffin?", "en"),
        ("এটা কত মাসি?", "bn"),
        ("ഈ മാസ്ക് എത്ര?", "ml"),
        ("ஒரு நாளைக்கு எவ்வளவு?", "ta"),
        ("ਮਹੀਨੇ ਦਾ ਕਿੰਨਾ?", "pa"),
    ],
)
def test_a_rate_of_a_span_still_asks_the_price(text: str, language: str) -> None:
    got = received(text, language)
    assert got.act is not None and got.act.kind is ActKind.QUESTION
