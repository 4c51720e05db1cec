"""A bag that is the goods a stall sells is no carry bag asked for
(`audio.market.bag_goods`); how far or how long, asked in romanized words, asks no price;
"no change, give exactly twenty" with a word for "right" just before the sum keeps the
sum as what to pay (`audio.market.not_offered`)."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


def _got(text: str, language: str, speaker: str = "customer") -> tuple[str | None, int | None]:
    target = "hi" if language == "en" else "en"
    r = asyncio.run(
        interpret(text, source=language, target=target, speaker=speaker, mt=PhrasebookMT())
    )
    return (r.market.act if r.market else None, r.act.amount_paise if r.act else None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "school reopens on Monday, I want a new bag for my son"),
        ("en", "does the colour of this bag run when it rains?"),
        ("hi", "कॉलेज के लिए नया थैला दिखाओ"),
        ("hi", "is bag ka rang baarish mein utrega kya?"),
        ("ta", "இந்த பையோட கலர் மழையில போயிடுமா?"),
        ("te", "ఈ సంచి రంగు వర్షంలో పోతుందా?"),
        ("bn", "স্কুলের জন্য একটা নতুন ব্যাগ দেখান"),
        ("mr", "शाळेसाठी नवी बॅग दाखवा"),
        ("gu", "આ થેલીનો રંગ વરસાદમાં જશે?"),
        ("kn", "ಹೊಸ ಬ್ಯಾಗ್ ತೋರಿಸಿ, ಸ್ಕೂಲ್ ಶುರು ಆಗ್ತಿದೆ"),
        ("ml", "പുതിയ ബാഗ് കാണിക്കൂ, സ്കൂൾ തുറക്കുന്നു"),
        ("pa", "ਸਕੂਲ ਲਈ ਨਵਾਂ ਬੈਗ ਦਿਖਾਓ"),
    ],
)
def test_a_bag_that_is_the_goods_is_no_bag_asked_for(language: str, text: str) -> None:
    assert _got(text, language)[0] != "give_bag"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "one carry bag please, sir"),
        ("hi", "भैया एक पन्नी दे दो"),
        ("ta", "ஒரு கவர் குடுங்க அண்ணா"),
        ("ml", "ഒരു കവർ തരൂ ചേട്ടാ"),
    ],
)
def test_a_carry_bag_asked_for_stays(language: str, text: str) -> None:
    assert _got(text, language) == ("give_bag", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "temple inga irundhu evlo dooram?"),
        ("te", "market ikkadi nunchi entha duram?"),
        ("kn", "hospital illinda eshtu doora?"),
        ("ml", "station ivide ninnu ethra dooram?"),
    ],
)
def test_how_far_in_romanized_words_is_no_price_question(language: str, text: str) -> None:
    assert _got(text, language) == (None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "छुट्टे नहीं हैं भैया, ठीक तीस रुपये दीजिए"),
        ("hi", "chhutta nahi hai, theek tees do"),
        ("bn", "খুচরো নেই দাদা, ঠিক তিরিশ টাকা দিন"),
        ("pa", "ਖੁੱਲ੍ਹੇ ਨਹੀਂ ਹਨ, ਠੀਕ ਤੀਹ ਦਿਓ"),
        ("ta", "chillarai illa, correcta 30 kudunga"),
    ],
)
def test_the_exact_sum_for_want_of_change_is_no_offer(language: str, text: str) -> None:
    assert _got(text, language, "vendor") == ("no_change", None)


def test_a_right_word_apart_from_the_sum_keeps_the_offer() -> None:
    assert _got("छुट्टे नहीं हैं, ठीक है 450 ले लो", "hi")[1] == 45_000


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "thank you didi, I will come again"),
        ("hi", "शुक्रिया भाभी, फिर आऊँगा"),
        ("te", "థాంక్స్ అన్నా, మళ్ళీ వస్తాను"),
        ("kn", "thanks akka, matte barteeni"),
        ("ml", "നന്ദി ചേച്ചി, വീണ്ടും വരാം"),
    ],
)
def test_thanks_with_coming_again_takes_leave(language: str, text: str) -> None:
    assert _got(text, language)[0] == "goodbye"


def test_coming_again_with_a_time_is_a_coming_back() -> None:
    assert _got("thanks anna, repu malli vasta", "te")[0] == "come_back_later"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "weigh it, the scale tilts to your side"),
        ("hi", "tolo bhaiya, tarazu jhuka hua hai"),
        ("mr", "तराजू झुकलाय, परत तोला"),
        ("pa", "ਤੱਕੜੀ ਝੁਕੀ ਹੋਈ ਹੈ, ਤੋਲ ਦਿਓ"),
    ],
)
def test_a_scale_said_to_tilt_asks_to_weigh_properly(language: str, text: str) -> None:
    assert _got(text, language)[0] == "weigh_properly"
