"""Market acts: cash said spent leaves the card paid with; packing refused asks nobody to
pack; a person's coming from a town is small talk; a town's name with its case endings
claims the goods' origin; flour just ground is fresh; a count to pack after a tasting is
no price."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.lexicon import TokenKind, tokenize
from audio.market.clause import breaks
from audio.market.pack_refused import pack_refused
from audio.market.person_came import travel_clauses
from audio.market.places import place_named
from audio.phrasebook import PhrasebookMT
from tests.market_helpers import received


def _words(text: str) -> list[str]:
    return [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD or t.norm == "?"]


@pytest.mark.parametrize(
    ("act", "language", "text"),
    [
        ("pay_card", "en", "card please, my cash all went on the bus fare"),
        ("pay_card", "hi", "कार्ड से दे दूँ? कैश तो शादी में खर्च हो गया"),
        ("pay_card", "bn", "কার্ডে নিন, ক্যাশ সব বাজারেই খরচ হয়ে গেছে"),
        ("pay_cash", "hi", "कैश दूँगा, कार्ड मशीन तो खराब हो गई"),
        (None, "te", "ప్యాక్ చేయొద్దు, ఇక్కడే తినేస్తా"),
        (None, "kn", "ಪ್ಯಾಕ್ ಮಾಡ್ಬೇಡಿ"),
        (None, "mr", "पॅक नको"),
        ("pack_it", "bn", "বেঁধে দিন না"),
        ("pack_it", "hi", "बाँध दो नहीं तो गिर जाएगा"),
        (None, "pa", "ਮੇਰਾ ਪੁੱਤ ਅਬੋਹਰ ਤੋਂ ਆਇਆ"),
        (None, "bn", "আমার মেয়ে দার্জিলিং থেকে ফিরেছে"),
        ("claim_origin", "pa", "ਇਹ ਕਿੰਨੂ ਅਬੋਹਰ ਦੇ ਨੇ"),
        ("claim_origin", "ml", "ഇത് മൂന്നാറിലെ തേയിലയാ"),
        ("claim_origin", "kn", "ಇದು ಮೈಸೂರಿನ ಮಲ್ಲಿಗೆ"),
        ("claim_origin", "bn", "বর্ধমানের চাল"),
        ("claim_origin", "mr", "ही द्राक्षं नाशिकहून आलीत"),
        (None, "mr", "मी नाशिकहून आलो"),
        ("claim_fresh", "hi", "बेसन आज ही पीसा है"),
        ("claim_fresh", "kn", "ಈಗಷ್ಟೇ ಬೀಸಿದ ರಾಗಿ ಹಿಟ್ಟು"),
        ("claim_fresh", "en", "freshly ground, smell it"),
        ("taste", "te", "ఒకటి తిని చూస్తా, తర్వాత పది ప్యాక్ చేయండి"),
    ],
)
def test_the_act_is_received(act: str | None, language: str, text: str) -> None:
    assert received(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "एक खाऊन बघते, मग दहा पॅक करा"),
        ("en", "let me taste one first, then pack twelve"),
        ("hi", "एक चख के देखती हूँ, फिर दस पैक कर देना"),
    ],
)
def test_a_count_packed_after_tasting_is_no_price(language: str, text: str) -> None:
    got = asyncio.run(
        interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    )
    assert got.market is not None and got.market.act == "taste"
    assert got.act is None or got.act.amount_paise is None


def test_a_soft_na_after_giving_refuses_no_packing() -> None:
    words = _words("ভালো করে বেঁধে দিন না")
    assert not pack_refused(words, 2, 3, "bn")
    words = _words("प्यार से पैक मत करो")
    assert pack_refused(words, 2, 3, "hi")


def test_a_kin_word_said_as_address_tells_no_coming() -> None:
    text = "बेटा, ये सेब शिमला से आए हैं"
    assert travel_clauses(_words(text), "hi", breaks(text)) == []
    text = "मेरा बेटा शिमला से आया"
    assert travel_clauses(_words(text), "hi", breaks(text)) != []


def test_a_bare_stem_names_no_place() -> None:
    assert place_named(_words("ಈ ಮೈಸೂರ್ ಪಾಕ್ ಚೆನ್ನಾಗಿದೆ"), "kn") == []
    assert place_named(_words("ಇದು ಮೈಸೂರಿನ ಮಲ್ಲಿಗೆ"), "kn") != []
