"""Whole classes of market talk, in all ten languages: fractions never dropped, a quantity
with its price, caps and floors, payment and packing talk, accept idioms, "comes to",
and unit words matched whole."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.lexicon import lexicon_for, tokenize
from audio.numbers import words_to_number
from audio.understanding import Intent, understand

ROMAN_FRACTION_PREFIXES = ("saade", "sare", "saada", "saadhe", "sade", "saare", "saadey", "sada")
ROMAN_TENS = ("chalis", "chollish", "pachas", "tees", "bees", "sattar", "nalabhai", "naarpathu")
SAWA = ("sawa", "sowa", "sava", "shava", "sowwa", "savva", "sova")
HUNDREDS = ("sau", "sho", "so", "shambhar", "vanda", "nooru")
LANGUAGES = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_half_prefix_before_a_tens_is_never_dropped(language: str) -> None:
    """ "sare chollish" is 40½ or asked: never ₹40 recorded."""
    for prefix in ROMAN_FRACTION_PREFIXES:
        for tens in ROMAN_TENS:
            for text in (f"{prefix} {tens} rupaye kilo", f"{prefix} {tens}"):
                heard = understand(text, language=language)
                if heard.amount_paise is not None and heard.confidence >= MIN_CONFIDENCE:
                    assert heard.amount_paise % 100 == 50, (text, heard.amount_paise)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_quarter_prefix_before_a_hundred_is_never_dropped(language: str) -> None:
    """ "sowa sho" is 125 or asked: never ₹100 recorded."""
    for prefix in SAWA:
        for hundred in HUNDREDS:
            heard = understand(f"{prefix} {hundred} rupaye kilo", language=language)
            if heard.amount_paise is not None and heard.confidence >= MIN_CONFIDENCE:
                assert heard.amount_paise == 12500, (prefix, hundred, heard.amount_paise)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("saadhebayalis", "hi", 42.5),
        ("saadechalis", "mr", 40.5),
        ("dedhsau", "hi", 150),
        ("ezhupathukku", "ta", 70),
        ("shambharala", "mr", 100),
        ("இருபத்தைந்தரைக்கு", "ta", 25.5),
        ("நாப்பதரை", "ta", 40.5),
        ("ഇരുപത്തഞ്ചര", "ml", 25.5),
        ("ഇരുപത്തഞ്ചരയ്ക്ക്", "ml", 25.5),
        ("సవా వంద", "te", 125),
        ("ಸವಾ ನೂರು", "kn", 125),
        ("sowa sho", "bn", 125),
        ("shaare chollish", "bn", 40.5),
        ("sada chalis", "gu", 40.5),
    ],
)
def test_joined_and_typed_fractions_read(text: str, language: str, value: float) -> None:
    assert words_to_number(text, language) == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("naalpathu rupa aimbathu paisa", "ta"),  # the rupees were not read: never ₹0.50
        ("sare chalis rupaye kilo", "hi"),  # "saare" is also "all"
        ("sare nalabhai rupayalu kilo", "te"),  # "sare" is also Telugu "okay"
        ("der sho taka kilo", "bn"),
    ],
)
def test_a_fraction_or_paise_the_reader_cannot_join_is_asked(text: str, language: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "language", "quantity", "unit"),
    [
        ("half a kilo for thirty five", "en", 0.5, "kg"),
        ("aadha kilo pachees rupaye mein", "hi", 0.5, "kg"),
        ("হাফ কেজি পঁয়ত্রিশ টাকায়", "bn", 0.5, "kg"),
        ("పావు కిలో ఇరవై రూపాయలు", "te", 0.25, "kg"),
        ("ಕಾಲು ಕೆಜಿ ಇಪ್ಪತ್ತು ರೂಪಾಯಿ", "kn", 0.25, "kg"),
        ("അര ഡസൻ പഴം നാല്പത് രൂപ", "ml", 0.5, "dozen"),
    ],
)
def test_a_quantity_said_with_a_price_makes_it_a_total(
    text: str, language: str, quantity: float, unit: str
) -> None:
    heard = understand(text, language=language)
    assert (heard.per_unit, heard.quantity, heard.unit) == (False, quantity, unit)


def test_one_unit_and_a_price_is_a_rate() -> None:
    heard = understand("one dozen for eighty four", language="en")
    assert (heard.amount_paise, heard.per_unit, heard.quantity, heard.unit) == (
        8400,
        True,
        None,
        "dozen",
    )


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("I won't pay more than sixty", "en", 6000),
        ("ninety, not even a rupee less", "en", 9000),
        ("saath se kam nahi milega", "hi", 6000),
        ("ষাট টাকার বেশি দেব না", "bn", 6000),
        ("ఎనభై రూపాయలు, ఒక్క రూపాయి కూడా తగ్గదు", "te", 8000),
        ("എൺപത് രൂപ, ഒരു രൂപ പോലും കുറയില്ല", "ml", 8000),
        ("ಎಲ್ಲಾ ಸೇರಿ ಐನೂರು, ಅದಕ್ಕಿಂತ ಜಾಸ್ತಿ ಕೊಡಲ್ಲ", "kn", 50000),
        ("అన్నీ కలిపి ఐదు వందలు, అంతకంటే ఎక్కువ ఇవ్వను", "te", 50000),
    ],
)
def test_caps_and_floors_are_counters(text: str, language: str, amount: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise) == (Intent.COUNTER, amount)
    assert heard.confidence >= MIN_CONFIDENCE


def test_final_n_unit_is_a_rate_not_a_quantity() -> None:
    heard = understand("final assi dozen, kam nahi", language="hi", has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise, heard.per_unit, heard.quantity) == (
        Intent.COUNTER,
        8000,
        True,
        None,
    )
    assert heard.final and heard.unit == "dozen"


def test_n_unit_among_price_words_is_a_confident_rate() -> None:
    heard = understand(
        "sava sau kilo, ek rupaya kam nahi", language="hi", has_outstanding_offer=True
    )
    assert (heard.amount_paise, heard.per_unit, heard.unit) == (12500, True, "kg")
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text", ["sava sau kilo", "sau kilo chahiye", "bees kilo chahiye, kam nahi"]
)
def test_n_unit_with_no_price_words_is_never_a_recorded_rate(text: str) -> None:
    heard = understand(text, language="hi")
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("no change, I only have a 500 note", "en"),
        ("chutta nahi hai, paanch sau ka note hai bas", "hi"),
        ("பை கொண்டு வந்தீங்களா இல்ல கவர் தரட்டுமா?", "ta"),
        ("చిల్లర లేదు, ఐదు వందల నోటు మాత్రమే ఉంది", "te"),
        ("ব্যাগ এনেছেন, না প্যাকেট দেব?", "bn"),
        ("सुट्टे नाहीत, फक्त पाचशेची नोट आहे", "mr"),
        ("છુટ્ટા નથી, ખાલી પાંચસોની નોટ છે", "gu"),
        ("ಬ್ಯಾಗ್ ತಂದಿದ್ದೀರಾ ಇಲ್ಲ ಕವರ್ ಕೊಡ್ಲಾ?", "kn"),
        ("ചില്ലറ ഇല്ല, അഞ്ഞൂറിന്റെ നോട്ടേ ഉള്ളൂ", "ml"),
        ("ਭਾਨ ਨਹੀਂ ਹੈ, ਪੰਜ ਸੌ ਦਾ ਨੋਟ ਹੀ ਹੈ", "pa"),
    ],
)
def test_payment_and_packing_talk_is_not_a_rejection(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.OTHER
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("take it, as you say", "en"),
        ("jaisi aapki marzi", "hi"),
        ("உங்க இஷ்டம், எடுத்துக்கோங்க", "ta"),
        ("మీ ఇష్టం, తీసుకోండి", "te"),
        ("আপনার কথাই থাক, নিয়ে যান", "bn"),
        ("तुमच्या मनासारखं, घेऊन जा", "mr"),
        ("તમારી મરજી, લઈ જાઓ", "gu"),
        ("ನಿಮ್ಮ ಇಷ್ಟ, ತಗೊಳ್ಳಿ", "kn"),
        ("നിങ്ങളുടെ ഇഷ്ടം, എടുത്തോ", "ml"),
        ("ਤੁਹਾਡੀ ਮਰਜ਼ੀ, ਲੈ ਜਾਓ", "pa"),
    ],
)
def test_as_you_say_accepts(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ಮೂರು ಕೆಜಿಗೆ ನಾನೂರ ಎಂಬತ್ತು ಆಗುತ್ತೆ", "kn"),
        ("మూడు కిలోలకు నాలుగు వందల ఎనభై అవుతుంది", "te"),
        ("teen kilo ka chaar sau assi ho jayega", "hi"),
        ("for 3 kilos it comes to 480", "en"),
    ],
)
def test_comes_to_after_a_price_offers_it(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise, heard.per_unit, heard.quantity) == (
        Intent.COUNTER,
        48000,
        False,
        3,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("will you give two kilos for seventy?", "en"),
        ("rendu kilo vengayam ezhupathukku tharuveengala?", "ta"),
        ("రెండు కిలోల ఉల్లిపాయలు డెబ్బైకి ఇస్తావా?", "te"),
        ("ಎರಡು ಕೆಜಿ ಈರುಳ್ಳಿ ಎಪ್ಪತ್ತಕ್ಕೆ ಕೊಡ್ತೀರಾ?", "kn"),
    ],
)
def test_an_offer_asked_as_a_question_is_an_offer(text: str, language: str) -> None:
    heard = understand(text, language=language)
    assert (heard.intent, heard.amount_paise, heard.per_unit, heard.quantity) == (
        Intent.OFFER,
        7000,
        False,
        2,
    )


def test_a_unit_word_is_not_the_start_of_an_unrelated_word() -> None:
    lexicon = lexicon_for("ta")
    words = [t.norm for t in tokenize("கட்டுபடி")]
    assert lexicon.lookup(words, 0) == []
    assert understand("இந்த விலை கட்டுபடி ஆகாது", language="ta").unit is None
    # ... while a case ending after a glide still finds the unit
    assert understand("டஜனுக்கு எண்பது", language="ta").unit == "dozen"
    assert understand("কেজিপ্রতি চল্লিশ", language="bn").unit == "kg"


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("ek dajhan ainshi rupaye", "mr", "dozen"),
        ("naga tees rupaye", "mr", "piece"),
        ("kattige muvattu rupayi", "kn", "bunch"),
        ("dajan muvattu rupayi", "kn", "dozen"),
        ("ketttu pathu rupa", "ml", "bunch"),
        ("kettinu muppathu rupa", "ml", "bunch"),
        ("darjan tih rupaye", "pa", "dozen"),
        ("kilovukku muppathu rupai", "ta", "kg"),
    ],
)
def test_romanized_unit_words(text: str, language: str, unit: str) -> None:
    assert understand(text, language=language).unit == unit


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I don't have change for 2000", "en"),
        ("2000 ka chutta hai?", "hi"),
        ("ரெண்டாயிரத்துக்கு சில்லறை இருக்கா?", "ta"),
    ],
)
def test_a_note_to_be_changed_is_not_a_price(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [("நாப்பத்தி ரெண்டரை", "ta", 42.5), ("ਸਾਢੇ ਬਤਾਲੀ", "pa", 42.5), ("ఇరవై ఐదున్నర", "te", 25.5)],
)
def test_a_tens_word_before_a_unit_and_a_half(text: str, language: str, value: float) -> None:
    assert words_to_number(text, language) == value


@pytest.mark.parametrize(
    ("word", "language"),
    [("charge", "kn"), ("chana", "gu"), ("banana", "gu"), ("chala", "mr"), ("sitterma", "hi")],
)
def test_a_typed_ending_never_makes_an_unrelated_word_a_number(word: str, language: str) -> None:
    assert words_to_number(word, language) is None


def test_romanized_gujarati_endings_on_numbers() -> None:
    heard = understand("be kilo sittermaa aapsho?", language="gu")
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (7000, False, 2)


@pytest.mark.parametrize("text", ["adhi so rupiya", "adhi kilo pachas rupiya"])
def test_gujarati_adhi_is_asked(text: str) -> None:
    """Gujarati "adhi" is 2½ (અઢી), Hindi "aadhi" a half: never recorded either way."""
    heard = understand(text, language="gu")
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


def test_a_half_after_the_rupee_word_is_asked_unless_it_is_the_quantity() -> None:
    alone = understand("irubathu rubai arai", language="ta")
    assert alone.confidence < MIN_CONFIDENCE
    quantity = understand("chalis rupaye aadha kilo", language="hi")
    assert (quantity.amount_paise, quantity.quantity, quantity.per_unit) == (4000, 0.5, False)
    assert quantity.confidence >= MIN_CONFIDENCE


def test_n_unit_alone_in_reply_is_an_asked_rate_never_a_quantity() -> None:
    heard = understand("assi dozen", language="hi", has_outstanding_offer=True)
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (8000, True, None)
    assert heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [("আশি ডজন, শেষ কথা", "bn", 8000), ("last price, eighty dozen", "en", 8000)],
)
def test_final_after_or_before_n_unit_makes_it_a_rate(
    text: str, language: str, amount: int
) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.amount_paise, heard.per_unit, heard.final) == (amount, True, True)


def test_last_time_is_not_a_final_price() -> None:
    heard = understand("last time bees kilo liya tha", language="hi", has_outstanding_offer=True)
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("भैया पाँच सौ का खुल्ला होगा? समोसे के तीस हुए ना", "hi"),
        ("do sau ka chutta milega? pachees hue na", "hi"),
        ("Do you have change for 500? The bill is 40, right?", "en"),
    ],
)
def test_change_asked_for_a_note_records_no_bill(text: str, language: str) -> None:
    """Change asked for a note's sum, with no "note" said: the bill said beside it is the
    goods' price named while paying, asked and never recorded as a bid."""
    got = understand(text, language=language)
    assert got.amount_paise is None or got.confidence < MIN_CONFIDENCE
