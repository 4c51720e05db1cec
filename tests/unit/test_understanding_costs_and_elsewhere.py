"""Prices that are no offer of the speaker's own, and a customer sent elsewhere: another
seller's price after a hyphenated number, at a booth, or the listener's price said back
after a fused "you, what"; a waiting charge beside a fare; a raw material's rate "itself"
and a running cost with its case ending; goods listed and wanted before "how much"; two
kinds of buyer priced apart (asked); "take it from the booth then" (a refusal)."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


def _sure(text: str, language: str, reference: int | None = None, reply: bool = True):
    understood = understand(
        text, language=language, has_outstanding_offer=reply, reference_paise=reference
    )
    assert understood.confidence >= MIN_CONFIDENCE
    return understood


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("en", "Twelve hundred? Bus stand wali dukaan eleven-fifty mein bech rahi hai.", 120000),
        ("en", "Nine hundred? Market wala stall eight-twenty mein de raha hai.", 90000),
        ("ml", "അറുപതോ? സൊസൈറ്റി ബൂത്തിൽ അമ്പത്തഞ്ചേ ഉള്ളൂ.", 6000),
        ("hi", "साठ? डेयरी बूथ पे पचपन में मिल रहा है।", 6000),
        ("te", "మీరేంటి మూడు వందలు చెప్తున్నారు?", 30000),
        ("te", "ఉబర్‌లో మూడు వందలు వస్తోంది, మీరేంటి నాలుగు వందలు అంటున్నారు?", 40000),
    ],
)
def test_another_sellers_or_the_listeners_price_is_asked_about(
    language: str, text: str, reference: int
) -> None:
    understood = _sure(text, language, reference)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "reference", "paise"),
    [
        ("en", "Fine, two-twenty, pack it.", 25000, 22000),
        ("ml", "എന്റെ കടയിൽ അമ്പത്തഞ്ചേ ഉള്ളൂ.", 6000, 5500),
        ("te", "మీరేంటి మూడు వందలు చెప్తున్నారు, రెండు వందలు ఇస్తా.", 30000, 20000),
    ],
)
def test_the_speakers_own_price_still_stands(
    language: str, text: str, reference: int, paise: int
) -> None:
    understood = _sure(text, language, reference)
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        (
            "en",
            "Four hundred to the railway station, and if I have to wait at the bank,"
            " twenty rupees every ten minutes.",
            40000,
        ),
        ("en", "Three-fifty to the airport, waiting is fifty rupees every half hour.", 35000),
        ("hi", "स्टेशन तक तीन सौ, वेटिंग के हर घंटे के पचास।", 30000),
    ],
)
def test_a_waiting_charge_beside_the_fare_is_no_price(language: str, text: str, paise: int) -> None:
    understood = _sure(text, language, reply=False)
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == paise


def test_a_waiting_charge_said_alone_is_the_price() -> None:
    assert _sure("Waiting is forty rupees an hour.", "en", reply=False).amount_paise == 4000


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("te", "పదిహేను వందలకి కుదరదు, రాగి రేటే కిలో ఎనిమిది వందలు ఉంది.", 150000),
        ("hi", "पंद्रह सौ में नहीं होगा, ताँबे का भाव ही आठ सौ किलो चल रहा है।", 150000),
        ("kn", "ಹದಿನೈದು ನೂರಕ್ಕೆ ಆಗಲ್ಲ, ತಾಮ್ರದ ರೇಟೇ ಕೆಜಿಗೆ ಎಂಟು ನೂರು ಇದೆ.", 150000),
        (
            "en",
            "Fifteen hundred won't work, the copper rate itself is eight hundred a kilo.",
            150000,
        ),
        ("ml", "മുന്നൂറിന് പറ്റില്ല, ഡീസലിന് തന്നെ നൂറ്റമ്പത് ആകും.", 30000),
    ],
)
def test_a_cost_itself_given_as_the_reason_refuses(
    language: str, text: str, reference: int
) -> None:
    understood = _sure(text, language, reference)
    assert understood.intent is Intent.REJECT
    assert understood.amount_paise is None


def test_a_material_rate_without_itself_is_the_sellers_own() -> None:
    understood = _sure("రాగి రేటు కిలో ఎనిమిది వందలు.", "te", reply=False)
    assert (understood.amount_paise, understood.per_unit, understood.unit) == (80000, True, "kg")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "பத்து காபியும் ரெண்டு டஜன் வடையும் வேணும், எல்லாம் சேர்த்து எவ்வளவு ஆகும்?"),
        ("te", "పది కాఫీలు, రెండు డజన్ల వడలు కావాలి, మొత్తం ఎంత అవుతుంది?"),
        ("hi", "दस चाय और दो दर्जन समोसे चाहिए, सब मिलाकर कितना?"),
    ],
)
def test_goods_listed_and_wanted_are_counts_not_a_price(language: str, text: str) -> None:
    understood = _sure(text, language, reply=False)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


def test_a_count_with_a_case_ending_ends_the_list() -> None:
    understood = understand(
        "maa intlo rendu phones unnayi, rendintiki recharge kavali", language="te"
    )
    assert understood.amount_paise is None
    assert understood.quantity is None


def test_two_kinds_of_buyer_priced_apart_are_asked() -> None:
    understood = understand("കടക്കാർക്ക് വട ഒന്നിന് ആറ്, ചില്ലറയ്ക്ക് എട്ട്.", language="ml")
    assert understood.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Then buy it from the supermarket, sir, their dal is stale anyway.",
        "Get them from the mall then, madam.",
    ],
)
def test_sent_to_buy_at_another_place_refuses(text: str) -> None:
    understood = _sure(text, "en", 60000)
    assert understood.intent is Intent.REJECT


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Take it from me, these are fresh.", Intent.ACCEPT),
        ("I get them from the market every morning, forty a kilo.", Intent.OFFER),
    ],
)
def test_taking_from_no_other_place_keeps_its_reading(text: str, intent: Intent) -> None:
    assert _sure(text, "en", 5000, reply=intent is Intent.ACCEPT).intent is intent
