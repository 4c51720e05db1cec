"""Market talk said with an "ok", a "no" or a question word: the act it is, never a deal
nobody made (`audio.market.over_moves`), and the recogniser's frames, fillers and joins."""

from __future__ import annotations

import asyncio

import pytest

from audio.acts import ActKind
from audio.interpret import Interpretation, interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def heard(text: str, language: str, *, offer: bool = False) -> Interpretation:
    target = "hi" if language == "en" else "en"
    return asyncio.run(
        interpret(
            text,
            source=language,
            target=target,
            speaker="customer",
            mt=PhrasebookMT(),
            has_outstanding_offer=offer,
        )
    )


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("ok, I'll come back in the evening", "en", "come_back_later"),
        ("fine, do you take UPI?", "en", "pay_how"),  # asked: agrees to nothing
        ("ठीक है, कल आऊँगी", "hi", "come_back_later"),
        ("சரி, நாளைக்கு வரேன் அக்கா", "ta", "come_back_later"),
        ("సరే, సాయంత్రం వస్తాను", "te", "come_back_later"),
        ("আচ্ছা, বিকেলে আসব", "bn", "come_back_later"),
        ("ठीक आहे, उद्या येते", "mr", "come_back_later"),
        ("સારું, સાંજે આવીશ", "gu", "come_back_later"),
        ("ಸರಿ, ಸಂಜೆ ಬರ್ತೀನಿ", "kn", "come_back_later"),
        ("ശരി, വൈകുന്നേരം വരാം", "ml", "come_back_later"),
        ("ਠੀਕ ਹੈ, ਸ਼ਾਮ ਨੂੰ ਆਵਾਂਗੀ", "pa", "come_back_later"),
    ],
)
def test_an_ok_before_market_talk_is_no_accept(text: str, language: str, act: str) -> None:
    for offer in (False, True):
        got = heard(text, language, offer=offer)
        assert got.act is None or got.act.kind is not ActKind.ACCEPT, (text, offer)
        assert got.market is not None and got.market.act == act, (text, offer, got.market)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ok, I'll come back after lunch and take it", "en"),
        ("शाम को आकर ले लूँगी दीदी", "hi"),
        ("சரி, அப்புறம் வந்து எடுத்துக்கிறேன்", "ta"),
        ("సరే, రాత్రికి వచ్చి కొంటాను", "te"),
        ("আচ্ছা, অফিস থেকে ফেরার পথে এসে নেব", "bn"),
        ("बरं, दुपारी येऊन घेईन", "mr"),
        ("સારું, જમીને આવીને લઈ જઈશ", "gu"),
        ("ಸರಿ, ಊಟ ಆದ್ಮೇಲೆ ಬಂದು ತಗೋತೀನಿ", "kn"),
        ("ശരി, ഉച്ചയ്ക്ക് വന്നിട്ട് വാങ്ങാം", "ml"),
        ("ਚੰਗਾ, ਦੁਪਹਿਰੇ ਆ ਕੇ ਲੈ ਜਾਵਾਂਗੀ", "pa"),
    ],
)
def test_come_back_and_take_it_is_no_accept_even_with_a_price_on_the_table(
    text: str, language: str
) -> None:
    for offer in (False, True):
        got = heard(text, language, offer=offer)
        assert got.act is None or got.act.kind is not ActKind.ACCEPT, (text, offer)
        assert got.market is not None and got.market.act == "come_back_later", (text, offer)


def test_taking_it_now_still_agrees_to_a_price_on_the_table() -> None:
    got = heard("ठीक है, ले लूँगा", "hi", offer=True)
    assert got.act is not None and got.act.kind is ActKind.ACCEPT


def test_an_ok_that_carries_the_purchase_on_still_agrees_to_a_price_on_the_table() -> None:
    got = heard("ok, pack it", "en", offer=True)
    assert got.act is not None and got.act.kind is ActKind.ACCEPT
    assert heard("ok, pack it", "en").market is not None


def test_a_refusal_with_thanks_stays_a_refusal() -> None:
    got = heard("no, thank you", "en")
    assert got.market is None


def test_a_price_is_never_overridden_by_market_talk() -> None:
    got = heard("ok, forty rupees, pack it", "en")
    assert got.market is None
    assert got.understanding.amount_paise == 4000


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        # a frame ("is there ...?", "anything else?") yields to what is asked in it
        ("do you have some other variety of mango?", "en", "show_another"),
        ("ಬೇರೆ ಜಾತಿ ಇದೆಯಾ?", "kn", "show_another"),
        # that act with one it joins: "paid on GPay" is the payment sent
        ("sent by gpay, please check", "en", "paid_check"),
        ("पेमेंट कैसे करोगे, यूपीआई से?", "hi", "pay_how"),
        # a filler holds no cue: "ঠিক আছে" (ok) asks nothing
        ("ঠিক আছে দিদি, চলি", "bn", "goodbye"),
        # "வாங்க" (come) is no stem of "வாங்கு" (buy)
        ("எப்பவும் உங்க கடையில தான் வாங்குவோம்", "ta", "regular_customer"),
    ],
)
def test_frames_fillers_and_joins(text: str, language: str, act: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == act, (text, got)


def test_an_ok_alone_is_no_market_act() -> None:
    assert market_act("ঠিক আছে", "bn") is None


@pytest.mark.parametrize(("text", "language"), [("લસણ છે?", "gu"), ("ਲਸਣ ਹੈ?", "pa")])
def test_a_plain_is_there_asked_with_a_question_mark(text: str, language: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == "have_it"
    assert market_act(text.rstrip("?"), language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("थोड़ा कम करो ना भैया", "hi", "ask_discount"),
        ("reduce a little, anna", "en", "ask_discount"),
        ("கொஞ்சம் குறைச்சு குடுங்க அண்ணா", "ta", "ask_discount"),
        ("ಸ್ವಲ್ಪ ಕಡಿಮೆ ಮಾಡಿ ಸಾರ್", "kn", "ask_discount"),
        ("সব নিলে কত দেবেন?", "bn", "bulk_price"),
        ("सगळं घेतलं तर किती?", "mr", "bulk_price"),
        ("how much if I take all of it?", "en", "bulk_price"),
    ],
)
def test_a_discount_or_a_price_for_all_is_said_as_the_request(
    text: str, language: str, act: str
) -> None:
    """Read as a bare price question, the listener would hear "How much is this?" and lose
    the request; the act says it (a question is recorded nowhere)."""
    for offer in (False, True):
        got = heard(text, language, offer=offer)
        assert got.act is None, (text, offer, got.act)
        assert got.market is not None and got.market.act == act, (text, offer, got.market)


def test_a_price_or_a_refusal_in_a_discount_request_stays_the_move() -> None:
    got = heard("थोड़ा कम करो, चालीस दे दो", "hi", offer=True)
    assert got.act is not None and got.act.kind is ActKind.COUNTER
    assert got.act.amount_paise == 4000
    got = heard("too expensive, no", "en", offer=True)
    assert got.act is not None and got.act.kind is ActKind.REJECT


@pytest.mark.parametrize("offer", [False, True])
def test_weigh_properly_is_no_accept(offer: bool) -> None:
    """The word for "properly" ("సరిగా") in "weigh it properly" is no "ok": the act stands,
    with and without a price on the table."""
    got = heard("సరిగా తూకం వెయ్యండి అన్నా, తక్కువ రాకూడదు", "te", offer=offer)
    assert got.act is None or got.act.kind is not ActKind.ACCEPT
    assert got.market is not None and got.market.act == "weigh_properly"
