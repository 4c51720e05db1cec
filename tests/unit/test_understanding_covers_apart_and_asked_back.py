"""A price asked about, never offered:

- what it covers, asked with a charge apart after it ("at 1,200 is delivery included, or
  paid apart?"): a question, no price; agreed first and asked in a new sentence, the
  agreement stands;
- the price on the table said back as a question, then another seller's price after a
  word of address ("Sixty a kilo? Madam, the corner shop gives them for fifty"): a
  question, no price; the speaker's own price after it stands;
- "about N" after an amount in thousands ("12,000 is too much, about nine"): the
  thousands carried over are one reading, the scale is unsaid: asked."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "table"),
    [
        ("hi", "तीन हज़ार में फिटिंग भी हो जाएगी या उसका अलग से देना पड़ेगा?", 300000),
        ("ta", "ஆயிரத்து இருநூறுக்கு டெலிவரி சேர்த்தா, இல்ல தனியா குடுக்கணுமா?", 120000),
        ("te", "పన్నెండు వందలకి డెలివరీ కూడా వస్తుందా, లేక విడిగా ఇవ్వాలా?", 120000),
        ("bn", "বারোশো টাকায় ডেলিভারি ধরে, নাকি আলাদা দিতে হবে?", 120000),
        ("mr", "बाराशे मध्ये फिटिंग येईल का वेगळे द्यावे लागतील?", 120000),
        ("gu", "બારસોમાં ફિટિંગ આવી જશે કે અલગથી આપવાના?", 120000),
        ("pa", "ਬਾਰਾਂ ਸੌ 'ਚ ਫਿਟਿੰਗ ਵੀ ਹੋ ਜਾਊ ਜਾਂ ਵੱਖਰੇ ਦੇਣੇ ਪੈਣਗੇ?", 120000),
    ],
)
def test_what_a_price_covers_asked_with_a_charge_apart(
    language: str, text: str, table: int
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=table
    )
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


def test_agreed_then_a_charge_apart_asked_in_a_new_sentence_stays_agreed() -> None:
    understood = understand(
        "चलो ठीक है, एक सौ तीस। ब्लाउज़ पीस अलग है क्या?",
        language="hi",
        has_outstanding_offer=True,
        reference_paise=13000,
    )
    assert understood.intent is Intent.ACCEPT
    assert understood.amount_paise == 13000


def test_a_charge_apart_told_keeps_the_offer() -> None:
    understood = understand("बारह सौ का पंखा है, फिटिंग अलग से लगेगी।", language="hi")
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == 120000


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Sixty a kilo? Madam, the shop at the corner gives the same onions for fifty."),
        ("hi", "साठ रुपये किलो? भैया, नुक्कड़ वाला पचास में देता है।"),
        ("ta", "அறுபது ரூபாயா? அண்ணா, பக்கத்து கடைக்காரர் ஐம்பதுக்கு குடுக்கிறாரு."),
        ("te", "అరవై రూపాయలా? అన్నా, పక్కన బండివాడు యాభైకి ఇస్తున్నాడు."),
        ("kn", "ಅರವತ್ತು ರೂಪಾಯಿನಾ? ಅಣ್ಣ, ಪಕ್ಕದ ಅಂಗಡಿಯವನು ಐವತ್ತಕ್ಕೆ ಕೊಡ್ತಾನೆ."),
        ("ml", "അറുപതോ? ചേട്ടാ, അപ്പുറത്തെ കടക്കാരൻ അമ്പതിന് തരുന്നുണ്ട്."),
    ],
)
def test_price_asked_back_then_another_sellers_is_a_question(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=6000
    )
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


def test_price_asked_back_then_the_speakers_own_stands() -> None:
    understood = understand(
        "Sixty a kilo? Make it fifty, madam, the shop at the corner gives them for fifty.",
        language="en",
        has_outstanding_offer=True,
        reference_paise=6000,
    )
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == 5000
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "table"),
    [
        ("ml", "ഒൻപതിനായിരം കൂടുതലാ, ഒരു ആറ് തരാം", 900000),
        ("hi", "बारह हज़ार ज़्यादा है, लगभग नौ दे दूँगा", 1200000),
        ("kn", "ಹನ್ನೆರಡು ಸಾವಿರ ಜಾಸ್ತಿ, ಸುಮಾರು ಒಂಬತ್ತು ಕೊಡ್ತೀನಿ", 1200000),
        ("te", "పన్నెండు వేలు ఎక్కువ, సుమారు తొమ్మిది ఇస్తా", 1200000),
    ],
)
def test_about_n_after_thousands_is_asked(language: str, text: str, table: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=table
    )
    assert understood.confidence < MIN_CONFIDENCE


def test_n_after_thousands_without_about_is_carried() -> None:
    understood = understand(
        "बारह हज़ार ज़्यादा है, नौ दे दूँगा",
        language="hi",
        has_outstanding_offer=True,
        reference_paise=1200000,
    )
    assert understood.amount_paise == 900000
    assert understood.confidence >= MIN_CONFIDENCE
