"""Understanding by class, a fourth round: "X, not a rupee more" as a final price,
agreement followed by a new price to give at, "both" as a count of two, refusals with no
price, rupees and paise in digits before a unit, a refused whole amount beside the price
that stands, a count said after a total, offers asked as "will you give?", and each
language's bunch, dozen and piece words. Every class in all ten languages, native script
and romanized where people write both. A line marked unsure passes when no price is
recorded.
"""

from __future__ import annotations

from typing import Any

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand

# language, context (o: opening, r: a price is on the table), text, intent, rupees,
# per unit, quantity, unit, final
Case = tuple[str, str, str, str, float | None, bool | None, float | None, str | None, bool]
CASES: list[Case] = [
    # "X, not a rupee more/less": a take-it-or-leave-it price
    ("en", "r", "60, not a rupee more", "counter", 60, None, None, None, True),
    ("en", "r", "I'll give 60, not one rupee less", "counter", 60, None, None, None, True),
    ("en", "r", "55 rupees, not a paisa more", "counter", 55, None, None, None, True),
    ("hi", "r", "saath rupaye, ek rupaya zyada nahi", "counter", 60, None, None, None, True),
    ("hi", "r", "60 दूंगा, एक रुपया भी ज़्यादा नहीं", "counter", 60, None, None, None, True),
    ("ta", "r", "அறுபது ரூபா, ஒரு ரூபா கூட அதிகம் இல்ல", "counter", 60, None, None, None, True),
    ("te", "r", "అరవై రూపాయలు, ఒక్క రూపాయి కూడా ఎక్కువ ఇవ్వను", "counter", 60, None, None, None, True),
    ("bn", "r", "ষাট টাকা, এক টাকাও বেশি না", "counter", 60, None, None, None, True),
    ("mr", "r", "साठ रुपये, एक रुपया पण जास्त नाही", "counter", 60, None, None, None, True),
    ("gu", "r", "સાઠ રૂપિયા, એક રૂપિયો પણ વધારે નહીં", "counter", 60, None, None, None, True),
    ("kn", "r", "ಅರವತ್ತು ರೂಪಾಯಿ, ಒಂದು ರೂಪಾಯಿ ಕೂಡ ಜಾಸ್ತಿ ಇಲ್ಲ", "counter", 60, None, None, None, True),
    ("ml", "r", "അറുപത് രൂപ, ഒരു രൂപ പോലും കൂടുതൽ ഇല്ല", "counter", 60, None, None, None, True),
    ("pa", "r", "ਸੱਠ ਰੁਪਏ, ਇੱਕ ਰੁਪਈਆ ਵੀ ਵੱਧ ਨਹੀਂ", "counter", 60, None, None, None, True),
    # agreement, then a new price to give at: a counter; agreement alone or an echo accepts
    ("en", "r", "ok, give it for 65", "counter", 65, None, None, None, False),
    ("en", "r", "ok ok, sixty, done", "accept", 60, None, None, None, False),
    ("hi", "r", "accha, pachpan mein de do", "counter", 55, None, None, None, False),
    ("hi", "r", "ठीक है, पचपन में दे दो", "counter", 55, None, None, None, False),
    ("ta", "r", "sari, aruvathu kudunga", "counter", 60, None, None, None, False),
    ("ta", "r", "சரி, அறுபது குடுங்க", "counter", 60, None, None, None, False),
    ("te", "r", "సరే, అరవై ఇవ్వండి", "counter", 60, None, None, None, False),
    ("te", "r", "sare, aravai ivvandi", "counter", 60, None, None, None, False),
    ("bn", "r", "ঠিক আছে, ষাট টাকায় দিন", "counter", 60, None, None, None, False),
    ("mr", "r", "bara, sattar la dya", "counter", 70, None, None, None, False),
    ("mr", "r", "ठीक आहे, सत्तरला द्या", "counter", 70, None, None, None, False),
    ("gu", "r", "saru, sittar ma aapo", "counter", 70, None, None, None, False),
    ("gu", "r", "સારું, સિત્તેરમાં આપો", "counter", 70, None, None, None, False),
    ("kn", "r", "ಸರಿ, ಅರವತ್ತಕ್ಕೆ ಕೊಡಿ", "counter", 60, None, None, None, False),
    ("ml", "r", "ശരി, അറുപതിന് തരൂ", "counter", 60, None, None, None, False),
    ("pa", "r", "ਠੀਕ ਹੈ, ਸੱਤਰ ਵਿੱਚ ਦੇ ਦਿਓ", "counter", 70, None, None, None, False),
    ("pa", "r", "theek aa, sattar ch de do", "counter", 70, None, None, None, False),
    # "both" with a unit: two of it, the price a total
    ("en", "o", "both kilos for 130", "offer", 130, False, 2, "kg", False),
    ("hi", "o", "दोनों किलो 130 में", "offer", 130, False, 2, "kg", False),
    ("ta", "o", "ரெண்டு கிலோவும் 130", "offer", 130, False, 2, "kg", False),
    ("te", "o", "రెండూ కిలోలు 130", "offer", 130, False, 2, "kg", False),
    ("bn", "o", "দুই কেজিই 130 টাকা", "offer", 130, False, 2, "kg", False),
    ("mr", "o", "दोन्ही किलो 130 ला", "offer", 130, False, 2, "kg", False),
    ("gu", "o", "બંને કિલો 130 માં", "offer", 130, False, 2, "kg", False),
    ("kn", "o", "ಎರಡೂ ಕೆಜಿ 130", "offer", 130, False, 2, "kg", False),
    ("ml", "o", "രണ്ടും കിലോ 130", "offer", 130, False, 2, "kg", False),
    ("pa", "o", "ਦੋਵੇਂ ਕਿੱਲੋ 130 ਵਿੱਚ", "offer", 130, False, 2, "kg", False),
    # refusals with no price
    ("en", "r", "leave it", "reject", None, None, None, None, False),
    ("en", "r", "no no, later", "reject", None, None, None, None, False),
    ("hi", "r", "rehne do", "reject", None, None, None, None, False),
    ("hi", "r", "रहने दो, आगे देखता हूँ", "reject", None, None, None, None, False),
    ("ta", "r", "விடுங்க", "reject", None, None, None, None, False),
    ("te", "r", "వదిలేయండి", "reject", None, None, None, None, False),
    ("bn", "r", "থাক", "reject", None, None, None, None, False),
    ("mr", "r", "राहू द्या", "reject", None, None, None, None, False),
    ("gu", "r", "reva do", "reject", None, None, None, None, False),
    ("kn", "r", "bidi", "reject", None, None, None, None, False),
    ("ml", "r", "വിട്ടേക്ക്", "reject", None, None, None, None, False),
    ("pa", "r", "ਰਹਿਣ ਦਿਓ", "reject", None, None, None, None, False),
    ("pa", "r", "hor dukan dekhda haan", "reject", None, None, None, None, False),
    # digits with two decimals before a unit: rupees and paise, a rate
    ("hi", "o", "tamatar 42.50 kilo", "offer", 42.5, True, None, "kg", False),
    ("en", "o", "18.75 a dozen", "offer", 18.75, True, None, "dozen", False),
    ("ta", "o", "42.50 கிலோ", "offer", 42.5, True, None, "kg", False),
    ("bn", "o", "42.50 কেজি", "offer", 42.5, True, None, "kg", False),
    ("hi", "o", "1.5 kilo 60", "offer", 60, False, 1.5, "kg", False),
    ("en", "o", "2.25 kg for 100", "offer", 100, False, 2.25, "kg", False),
    # "not X, give N kilo for Y"
    ("en", "r", "not 110, give 2 kilo for 100", "counter", 100, False, 2, "kg", False),
    ("hi", "r", "110 nahi, do kilo 100 mein do", "counter", 100, False, 2, "kg", False),
    ("te", "r", "వంద కాదు, రెండు కిలోలు తొంభైకి ఇవ్వండి", "counter", 90, False, 2, "kg", False),
    # a count said after a total
    ("en", "o", "all for 2,500, there are eight dozen", "offer", 2500, False, 8, "dozen", False),
    ("mr", "o", "सगळे 2500 ला घ्या, आठ डझन आहेत", "offer", 2500, False, 8, "dozen", False),
    ("kn", "o", "ಎಲ್ಲಾ 2500ಕ್ಕೆ ತಗೊಳ್ಳಿ, ಎಂಟು ಡಜನ್ ಇದೆ", "offer", 2500, False, 8, "dozen", False),
    # "will you give?"
    ("mr", "r", "पन्नास ला देणार का?", "counter", 50, None, None, None, False),
    ("mr", "r", "pannas la dyal ka?", "counter", 50, None, None, None, False),
    ("gu", "r", "pachas ma aapsho?", "counter", 50, None, None, None, False),
    ("pa", "r", "panjah de deoge?", "counter", 50, None, None, None, False),
    ("ta", "r", "அம்பதுக்கு தருவீங்களா?", "counter", 50, None, None, None, False),
    ("ml", "r", "ambathinu tharumo", "counter", 50, None, None, None, False),
    ("bn", "r", "পঞ্চাশে দেবেন?", "counter", 50, None, None, None, False),
    ("kn", "r", "ಐವತ್ತಕ್ಕೆ ಕೊಡ್ತೀರಾ?", "counter", 50, None, None, None, False),
    ("te", "r", "yabhaiki istara", "counter", 50, None, None, None, False),
    ("hi", "r", "pachaas mein doge?", "counter", 50, None, None, None, False),
    ("en", "r", "will you give it for 50?", "counter", 50, None, None, None, False),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}:{c[2]}")
def test_understood_by_class(case: tuple[Any, ...]) -> None:
    language, context, text, intent, rupees, per_unit, quantity, unit, final = case
    said = understand(text, language=language, has_outstanding_offer=context == "r")
    recorded = said.amount_paise if said.confidence >= MIN_CONFIDENCE else None
    got = (str(said.intent), recorded, said.per_unit, said.quantity, said.unit, said.final)
    want = (
        intent,
        None if rupees is None else round(rupees * 100),
        per_unit,
        quantity,
        unit,
        final,
    )
    assert got == want


def test_a_new_price_then_against_the_table_counters() -> None:
    said = understand(
        "fine, 48 then", language="en", has_outstanding_offer=True, reference_paise=5000
    )
    assert (said.intent, said.amount_paise) == ("counter", 4800)


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("en", "ok ok, sixty, done", 6000),
        ("hi", "theek hai, saath", 6000),
        ("ta", "சரி, அறுபது", 6000),
        ("bn", "আচ্ছা, চল্লিশেই দিন", None),
        ("ta", "சரி, நாப்பதுக்கே குடுங்க", None),
    ],
)
def test_an_echo_of_the_price_accepts(language: str, text: str, reference: int | None) -> None:
    said = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert said.intent == "accept"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "make it 99, I won't give a full hundred"),
        ("hi", "99 kar do, poore sau nahi dunga"),
    ],
)
def test_a_refused_whole_amount_leaves_the_other(language: str, text: str) -> None:
    said = understand(text, language=language, has_outstanding_offer=True)
    assert (said.intent, said.amount_paise) == ("counter", 9900)
    assert said.confidence >= MIN_CONFIDENCE


# The words each language sells a bunch, a dozen and a piece by, native and Latin script:
# "<word> 20 rs" is 20 a unit.
UNIT_WORDS = {
    "hi": {"bunch": ["gaddi", "गड्डी", "गुच्छी", "gucchi"], "dozen": ["darjan", "दर्जन"],
           "piece": ["पीस", "nag"]},
    "en": {"bunch": ["bunch"], "dozen": ["dozen"], "piece": ["piece"]},
    "ta": {"bunch": ["கட்டு", "kattu"], "dozen": ["டஜன்", "dajan"], "piece": ["பீஸ்", "peesu"]},
    "te": {"bunch": ["కట్ట", "katta"], "dozen": ["డజను", "dajanu"], "piece": ["పీస్", "mukka"]},
    "bn": {"bunch": ["আঁটি", "aanti", "gocha"], "dozen": ["ডজন", "dojon"],
           "piece": ["পিস", "pis"]},
    "mr": {"bunch": ["जुडी", "judi", "judga"], "dozen": ["डझन", "dajan"], "piece": ["नग", "nag"]},
    "gu": {"bunch": ["ઝૂડી", "judi", "zudi"], "dozen": ["ડઝન", "dajan"], "piece": ["નંગ", "nang"]},
    "kn": {"bunch": ["ಕಟ್ಟು", "kattu"], "dozen": ["ಡಜನ್", "dajan"], "piece": ["ಪೀಸ್", "pees"]},
    "ml": {"bunch": ["കെട്ട്", "kettu"], "dozen": ["ഡസൻ", "dasan"], "piece": ["പീസ്", "ennam"]},
    "pa": {"bunch": ["ਗੁੱਛੀ", "ਗੁੱਛਾ", "gucchi", "gatthi"], "dozen": ["ਦਰਜਨ", "darjan"],
           "piece": ["ਪੀਸ", "nag"]},
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "unit", "word"),
    [
        (lang, unit, w)
        for lang, units in UNIT_WORDS.items()
        for unit, ws in units.items()
        for w in ws
    ],
)
def test_unit_words(language: str, unit: str, word: str) -> None:
    said = understand(f"{word} 20 rs", language=language)
    assert (said.unit, said.per_unit, said.amount_paise) == (unit, True, 2000)
