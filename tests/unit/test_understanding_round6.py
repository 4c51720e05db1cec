"""Understanding by class, a sixth round: "X rupees, not one paisa less" (the paisa is
the idiom, never added to the price), buying put off to later (a refusal, never an
accept), a word of agreement with no price said and none on the table (agrees to
nothing), a price held with "not below this" after a word of agreement (a counter), and
"okay, take 3 kilos for 200" (a new lot at a new total: a counter), and "no" before
small talk with nothing on the table (talk, no refusal); and the rate's unit said after
the verb with "of" ("40 de dunga kilo ka": a rate).
Every class in all ten languages, romanized here; the native-script lines are in the
corpus (`tests/corpus/understanding`).
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
    # "X rupees, not one paisa less": X stands, marked final; never X rupees 1 paisa
    ("hi", "r", "sau rupaye kilo, ek paisa bhi kam nahi", "counter", 100, True, None, "kg", True),
    ("en", "r", "Eighty rupees, not even a paisa less", "counter", 80, None, None, None, True),
    (
        "ta",
        "r",
        "aruvathu rooba, oru paisa kooda kuraiyaathu",
        "counter",
        60,
        None,
        None,
        None,
        True,
    ),
    ("te", "r", "aravai rupayalu, okka paisa kuda taggadu", "counter", 60, None, None, None, True),
    ("bn", "r", "ashi taka, ek poisa o kom hobe na", "counter", 80, None, None, None, True),
    ("mr", "r", "ainshi rupaye, ek paisa pan kami nahi", "counter", 80, None, None, None, True),
    ("gu", "r", "enshi rupiya, ek paiso pan ochho nahi", "counter", 80, None, None, None, True),
    (
        "kn",
        "r",
        "embattu rupayi, ondu paise kooda kammi illa",
        "counter",
        80,
        None,
        None,
        None,
        True,
    ),
    ("ml", "r", "enpathu roopa, oru paisa polum kurayilla", "counter", 80, None, None, None, True),
    ("pa", "r", "assi rupaye, ikk paisa vi ghatt nahi", "counter", 80, None, None, None, True),
    # "no, I'll buy later": buying put off refuses, never accepts
    ("hi", "r", "nahi bhaiya, baad me le lunga", "reject", None, None, None, None, False),
    ("en", "r", "Maybe later, I'll buy it later", "reject", None, None, None, None, False),
    ("ta", "r", "venaam anna, piragu vaangikiren", "reject", None, None, None, None, False),
    ("te", "r", "vaddu anna, tarvata teesukunta", "reject", None, None, None, None, False),
    ("bn", "r", "na didi, pore kinbo", "reject", None, None, None, None, False),
    ("mr", "r", "nako tai, nantar ghein", "reject", None, None, None, None, False),
    ("gu", "r", "na ben, pachhi laish", "reject", None, None, None, None, False),
    ("kn", "r", "beda anna, aamele tagotini", "reject", None, None, None, None, False),
    ("ml", "r", "venda chetta, pinneed vaangam", "reject", None, None, None, None, False),
    ("pa", "r", "nahi veer ji, baad ch lavanga", "reject", None, None, None, None, False),
    # "okay" and small talk, with no price said and none on the table: no accept
    ("hi", "o", "theek hai, aaj mandi me bahut bheed hai", "other", None, None, None, None, False),
    ("en", "o", "Yes, it's really hot today", "other", None, None, None, None, False),
    ("ta", "o", "sari, innaiku bus romba late", "other", None, None, None, None, False),
    ("te", "o", "sare, eeroju enda chala undi", "other", None, None, None, None, False),
    ("bn", "o", "thik ache, aaj bajare khub bhir", "other", None, None, None, None, False),
    ("mr", "o", "theek aahe, aaj bajarat khup gardi aahe", "other", None, None, None, None, False),
    ("gu", "o", "saru, aaje bajar ma bahu bhid chhe", "other", None, None, None, None, False),
    ("kn", "o", "sari, ivattu market alli tumba jana", "other", None, None, None, None, False),
    ("ml", "o", "sheri, innu chanthayil nalla thirakkanu", "other", None, None, None, None, False),
    ("pa", "o", "theek hai, ajj mandi ch badi bheed hai", "other", None, None, None, None, False),
    # "okay, X, not below this": the speaker sets and holds X, a counter, not agreement
    (
        "hi",
        "r",
        "theek hai, pachaas me le lo, isse neeche nahi",
        "counter",
        50,
        None,
        None,
        None,
        True,
    ),
    ("en", "r", "Alright, seventy, I can't go below that", "counter", 70, None, None, None, True),
    (
        "ta",
        "r",
        "sari, aruvathukku vaangikonga, idhukku keezha mudiyaathu",
        "counter",
        60,
        None,
        None,
        None,
        True,
    ),
    (
        "te",
        "r",
        "sare, aravaiki teesukondi, deenikante takkuva kudaradu",
        "counter",
        60,
        None,
        None,
        None,
        True,
    ),
    (
        "bn",
        "r",
        "thik ache, shat takay nin, er kome parbo na",
        "counter",
        60,
        None,
        None,
        None,
        True,
    ),
    (
        "mr",
        "r",
        "theek aahe, pannasla ghya, yachya khali nahi",
        "counter",
        50,
        None,
        None,
        None,
        True,
    ),
    (
        "gu",
        "r",
        "saru, pachas ma lai jao, enathi ochhu nahi",
        "counter",
        50,
        None,
        None,
        None,
        True,
    ),
    (
        "kn",
        "r",
        "sari, aravattakke tagoli, adakkinta kammi aagalla",
        "counter",
        60,
        None,
        None,
        None,
        True,
    ),
    (
        "ml",
        "r",
        "sheri, arupathinu edutho, athil kuravu pattilla",
        "counter",
        60,
        None,
        None,
        None,
        True,
    ),
    (
        "pa",
        "r",
        "theek hai, panjah da lai jao, is ton ghatt nahi",
        "counter",
        50,
        None,
        None,
        None,
        True,
    ),
    # "okay, take 3 kg for 200": a take verb joined to a new lot and its total is a price
    # set, not agreement (with a pause, "100 for 3 kilos, take it", it still agrees)
    ("hi", "r", "theek hai, teen kilo do sau me le jao", "counter", 200, False, 3, "kg", False),
    ("en", "r", "fine, take four kilos for three hundred", "counter", 300, False, 4, "kg", False),
    ("ta", "r", "sari, moonu kilo irunooruku eduthukonga", "counter", 200, False, 3, "kg", False),
    (
        "te",
        "r",
        "sare, moodu kilolu moodu vandalaku teesukondi",
        "counter",
        300,
        False,
        3,
        "kg",
        False,
    ),
    ("bn", "r", "thik ache, tin kg dusho takay niye jan", "counter", 200, False, 3, "kg", False),
    ("mr", "r", "theek aahe, teen kilo donshela gheun ja", "counter", 200, False, 3, "kg", False),
    ("gu", "r", "saru, tran kilo baso ma lai jao", "counter", 200, False, 3, "kg", False),
    ("kn", "r", "sari, mooru kg innoorakke tagoli", "counter", 200, False, 3, "kg", False),
    ("ml", "r", "sheri, moonnu kilo irunoorinu edutho", "counter", 200, False, 3, "kg", False),
    ("pa", "r", "theek hai, tinn kilo do sau da lai jao", "counter", 200, False, 3, "kg", False),
    ("hi", "r", "theek hai, sau ke teen kilo, le jao", "accept", 100, False, 3, "kg", False),
    ("en", "r", "ok, hundred for three kilos, take it", "accept", 100, False, 3, "kg", False),
    # "no" before other talk, with no price said and none on the table: nothing refused
    ("hi", "o", "nahi, kal raat se bijli gayi hui hai", "other", None, None, None, None, False),
    ("en", "o", "No, the bus was late again this morning", "other", None, None, None, None, False),
    ("ta", "o", "illa, nethu raathiri current poyiduchu", "other", None, None, None, None, False),
    ("te", "o", "ledu, ninna raatri current poyindi", "other", None, None, None, None, False),
    ("bn", "o", "na, kal raat theke current nei", "other", None, None, None, None, False),
    ("mr", "o", "nahi, kaal ratripasun light geli aahe", "other", None, None, None, None, False),
    ("gu", "o", "na, kaal raat thi light gai chhe", "other", None, None, None, None, False),
    ("kn", "o", "illa, nanna maga naale school ge hogtane", "other", None, None, None, None, False),
    ("ml", "o", "illa, innale rathri muthal current poyi", "other", None, None, None, None, False),
    ("pa", "o", "nahi, kall raat ton bijli gayi hoi hai", "other", None, None, None, None, False),
    # the rate's unit said after the verb, with "of" ("40 de dunga kilo ka"): a rate
    ("hi", "r", "chaalis de dunga kilo ka", "counter", 40, True, None, "kg", False),
    ("en", "r", "Fifty I'll pay, for one kilo", "counter", 50, True, None, "kg", False),
    ("ta", "r", "ambathu tharen kilo ku", "counter", 50, True, None, "kg", False),
    ("te", "r", "yabhai ista kilo ki", "counter", 50, True, None, "kg", False),
    ("bn", "r", "ponchash debo kilo prati", "counter", 50, True, None, "kg", False),
    ("mr", "r", "pannas dein dozen la", "counter", 50, True, None, "dozen", False),
    ("gu", "r", "pachas aapish kilo na", "counter", 50, True, None, "kg", False),
    ("kn", "r", "aivattu kodtini kg ge", "counter", 50, True, None, "kg", False),
    ("ml", "r", "ambathu tharam kilo kku", "counter", 50, True, None, "kg", False),
    ("pa", "r", "panjah de dayanga kilo da", "counter", 50, True, None, "kg", False),
]


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


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "chaalis rupaye pachaas paise", 4050),
        ("gu", "બેતાળીસ રૂપિયા પચાસ પૈસા", 4250),
        ("bn", "চল্লিশ টাকা পঞ্চাশ পয়সা", 4050),
    ],
)
def test_rupees_and_paise_still_join(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language).amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("hi", "theek hai, phir pack kar do", "accept"),
        ("en", "okay, done", "accept"),
        ("ta", "சரி, பேக் பண்ணுங்க", "accept"),
        ("hi", "ठीक है, साठ", "accept"),
    ],
)
def test_agreement_in_reply_still_agrees(language: str, text: str, intent: str) -> None:
    said = understand(text, language=language, has_outstanding_offer=True)
    assert said.intent == intent


def test_okay_with_a_price_in_an_opening_still_reads_the_price() -> None:
    said = understand("ok, 40 rupaye kilo", language="hi")
    assert said.amount_paise == 4000
    assert said.per_unit is True
