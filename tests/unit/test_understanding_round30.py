"""Prices read wrongly with confidence: a price of the past said alone, a guess checked
with a tag after a sentence that asks for the goods, two sizes with two prices, an extra
charge beside the goods' rate, a rise or fall said beside the price, and "it comes to X,
you give Y"."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# A price of the past, nothing offered now: no price (asked when the line asks).
PAST_ALONE = [
    ("en", "How much for the bag? Last month it was ten.", Intent.QUESTION),
    ("en", "Last Sunday it was eighty.", Intent.OTHER),
    ("hi", "पिछली बार बीस था दीदी", Intent.OTHER),
    ("hi", "kal to assi tha, aaj kitna?", Intent.QUESTION),
    ("bn", "গতবার চল্লিশ ছিল", Intent.OTHER),
    ("kn", "ನಿನ್ನೆ ಅರವತ್ತು ಇತ್ತು, ಇವತ್ತು ಎಷ್ಟು?", Intent.QUESTION),
    ("ml", "ഇന്നലെ എൺപത് ആയിരുന്നു", Intent.OTHER),
]


@pytest.mark.parametrize(("language", "text", "intent"), PAST_ALONE)
def test_a_past_price_alone_names_no_price(language: str, text: str, intent: Intent) -> None:
    understood = understand(text, language=language)
    assert understood.intent is intent
    assert _recorded(understood) is None


# "Tomorrow" or "first" is no past ("kal" is both); "since yesterday" is the price now.
NOT_PAST = [
    ("hi", "kal pachas mein de dunga", 5000),
    ("hi", "कल से पचास हो गया", 5000),
    ("pa", "ਕੱਲ੍ਹ ਨੂੰ ਚਾਲੀ ਦਾ ਦੇ ਦਿਆਂਗਾ", 4000),
    ("en", "It was 30 last week, give it for 28.", 2800),
]


@pytest.mark.parametrize(("language", "text", "paise"), NOT_PAST)
def test_a_price_of_now_still_stands(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language).amount_paise == paise


# A guess checked with a tag, the goods asked for in an earlier sentence: no price.
TAGGED_AFTER_ORDER = [
    ("en", "Pack half a kilo paneer. It's two hundred, isn't it?"),
    ("en", "Watermelon, 60 is it?"),
    ("hi", "aadha kilo paneer de do. do sau ka hai na?"),
    ("te", "అర కిలో పనీర్ ఇవ్వండి. రెండు వందలు కదా?"),
    ("gu", "અડધો કિલો પનીર આપો. બસો છે ને?"),
]


@pytest.mark.parametrize(("language", "text"), TAGGED_AFTER_ORDER)
def test_a_guess_after_the_order_is_a_question(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


# A proposal in its own sentence stays an offer.
PROPOSED = [
    ("en", "Pack half a kilo paneer. Will you give it for 190?", 19000),
    ("hi", "aadha kilo paneer de do. sau nabbe doge?", 19000),
]


@pytest.mark.parametrize(("language", "text", "paise"), PROPOSED)
def test_a_proposal_after_the_order_stays_an_offer(language: str, text: str, paise: int) -> None:
    assert _recorded(understand(text, language=language)) == paise


# Two sizes, two prices: asked, never one picked, and no count read after a size word.
TWO_SIZES = [
    ("en", "Big packet 40, small packet 20."),
    ("hi", "बड़ी थैली चालीस, छोटी बीस"),
    ("gu", "મોટી થેલી ચાલીસ, નાની વીસ"),
    ("ta", "பெரிய பாக்கெட் நாப்பது, சின்னது இருபது"),
    ("kn", "ದೊಡ್ಡ ಪ್ಯಾಕೆಟ್ ನಲವತ್ತು, ಸಣ್ಣದು ಇಪ್ಪತ್ತು"),
]


@pytest.mark.parametrize(("language", "text"), TWO_SIZES)
def test_two_sizes_with_two_prices_are_asked(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) is None
    assert understood.quantity is None


# One size with its price stands.
ONE_SIZE = [
    ("en", "Big ones 40 a kilo.", 4000),
    ("gu", "મોટા ચાલીસ રૂપિયે કિલો", 4000),
]


@pytest.mark.parametrize(("language", "text", "paise"), ONE_SIZE)
def test_one_size_with_its_price_stands(language: str, text: str, paise: int) -> None:
    assert _recorded(understand(text, language=language)) == paise


# An extra charge for cleaning or cutting is no price of the goods.
EXTRA_CHARGE = [
    ("en", "Mutton 700 a kilo, 40 extra for cutting.", 70000),
    ("hi", "मटन सात सौ रुपये किलो, कटाई के चालीस अलग", 70000),
    ("ta", "மட்டன் கிலோ எழுநூறு, வெட்ட நாப்பது தனி", 70000),
    ("bn", "মাটন কেজি সাতশো, কাটতে চল্লিশ আলাদা", 70000),
    ("pa", "ਮੀਟ ਕਿੱਲੋ ਸੱਤ ਸੌ, ਕਟਾਈ ਦੇ ਚਾਲੀ ਵੱਖਰੇ", 70000),
]


@pytest.mark.parametrize(("language", "text", "paise"), EXTRA_CHARGE)
def test_an_extra_charge_leaves_the_rate(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise
    assert understood.per_unit is True


def test_a_count_said_extra_is_still_a_count() -> None:
    understood = understand("do kilo extra de do, sau rupaye", language="hi")
    assert understood.quantity == 2


# A rise or fall told beside the price is no price, and leaves the price standing.
CHANGED = [
    ("en", "Half a kilo is 60, it's gone up by 5 this week.", 6000),
    ("hi", "आधा किलो साठ का, इस हफ्ते पाँच रुपये बढ़ गया", 6000),
    ("te", "అర కిలో అరవై, ఐదు రూపాయలు పెరిగింది", 6000),
    ("kn", "ಅರ್ಧ ಕೆಜಿ ಅರವತ್ತು, ಐದು ರೂಪಾಯಿ ಜಾಸ್ತಿ ಆಗಿದೆ", 6000),
    ("ml", "അര കിലോ അറുപത്, അഞ്ച് രൂപ കുറഞ്ഞു", 6000),
]


@pytest.mark.parametrize(("language", "text", "paise"), CHANGED)
def test_a_rise_or_fall_leaves_the_price(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise
    assert understood.quantity == 0.5


def test_a_cap_said_with_up_to_is_still_a_price() -> None:
    assert understand("I can pay up to 50, not more", language="en").amount_paise == 5000


def test_less_than_a_price_is_no_fall() -> None:
    understood = understand("সত্তর না, আশির কমে হবে না", language="bn", has_outstanding_offer=True)
    assert understood.amount_paise == 8000


# "It comes to X, you give Y": Y is the counter, a total for the quantity said.
COMES_TO = [
    ("en", "Three kilo comes to 270, give it for 250.", 25000, 3),
    ("hi", "teen kilo ka do sau sattar hota hai, dhai sau de do", 25000, 3),
    ("ta", "மூணு கிலோ இருநூத்தி எழுபது ஆகுது, இருநூத்தி அம்பது குடுங்க", 25000, 3),
    ("gu", "ત્રણ કિલોના બસો સિત્તેર થાય, અઢીસો લો", 25000, 3),
    ("pa", "ਤਿੰਨ ਕਿੱਲੋ ਦਾ ਦੋ ਸੌ ਸੱਤਰ ਬਣਦਾ, ਢਾਈ ਸੌ ਲੈ ਲਓ", 25000, 3),
]


@pytest.mark.parametrize(("language", "text", "paise", "kilos"), COMES_TO)
def test_the_counter_after_a_sum_is_a_total(
    language: str, text: str, paise: int, kilos: float
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(understood) == paise
    assert understood.per_unit is False
    assert understood.quantity == kilos


def test_a_rate_after_the_sum_stays_a_rate() -> None:
    understood = understand("do kilo ka 180 hota hai, kilo 85 laga do", language="hi")
    assert understood.amount_paise == 8500
    assert understood.per_unit is True


# A verb of taking in a clause of the past takes nothing now: no accept of the table's price.
TAKEN_BEFORE = [
    ("mr", "मागच्या आठवड्यात तीसला घेतला होता"),
    ("hi", "pichhle hafte tees mein liya tha"),
    ("en", "Last week I took it for thirty."),
]


@pytest.mark.parametrize(("language", "text"), TAKEN_BEFORE)
def test_taken_before_is_no_accept(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is not Intent.ACCEPT
    assert _recorded(understood) is None


def test_a_past_price_asked_after_is_a_question() -> None:
    understood = understand("Was it 40 last week?", language="en")
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


def test_more_goods_said_extra_keep_their_price() -> None:
    understood = understand("Onions 30 a kilo, three kilo extra for 85.", language="en")
    assert _recorded(understood) == 8500
    assert understood.quantity == 3


def test_a_price_far_from_the_sum_is_no_total() -> None:
    understood = understand(
        "teen kilo ka 240 hota hai, 75 laga do", language="hi", has_outstanding_offer=True
    )
    assert not (understood.per_unit is False and understood.quantity == 3)


# Tags written as one word or said as "yeah?", "தானா?", "ತಾನೆ?": still a guess checked.
MORE_TAGS = [
    ("hi", "aadha kilo de do. bees ka haina?"),
    ("en", "Half a kilo please. Twenty, yeah?"),
    ("ta", "அரை கிலோ குடுங்க. இருபது தானா?"),
    ("kn", "ಅರ್ಧ ಕೆಜಿ ಕೊಡಿ. ಇಪ್ಪತ್ತು ತಾನೆ?"),
]


@pytest.mark.parametrize(("language", "text"), MORE_TAGS)
def test_more_tags_check_a_guess(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None
