"""The phrasebook's data: per language, its unit words, the way a rate is said ("40 रुपये
किलो", "கிலோ 40 ரூபாய்", "ಕೆಜಿಗೆ 40 ರೂಪಾಯಿ"), the "for" form of an amount ("80 रुपये में",
"80 ரூபாய்க்கு") and one template per act, speaker and shape; the unit aliases, and the
"final price" and "shall I close the deal?" wordings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Unit:
    count: tuple[str, str]
    """How a quantity is said, singular and plural: ("{n} kilo", "{n} kilos")."""
    rate: str
    """A per-unit price, from `{price}` (or `{price_for}`): "{price} किलो"."""
    rate_for: str | None = None
    """The rate where a verb needs "at" ("at {price} a kilo"); `rate` when None."""


@dataclass(frozen=True, slots=True)
class Phrases:
    """Everything one language needs to say a negotiation act."""

    rupee: tuple[str, str]
    """The currency word after the number, singular and plural."""
    paise: tuple[str, str]
    rupee_for: tuple[str, str]
    """The currency word when the amount is what something goes "for" (रुपये में)."""
    paise_for: tuple[str, str]
    units: dict[str, Unit]
    templates: dict[str, str]
    """Keyed "kind[.speaker][:shape]"; speaker vendor/customer, shape deal/item/none."""
    piece_with_product: str | None = "{n}"
    """A count of pieces when the product is named ("3 नारियल"); None keeps the unit word."""
    item: str = "{qty} {product}"
    count_item: str = "{qty} {product}"
    """A bare count of the product, with no unit word ("3 tomatoes")."""
    join: str = "{item} {price}"
    """An item and its price: "टमाटर 40 रुपये किलो"."""
    join_for: str = "{item} {price}"
    total: str = "{price}"
    total_for: str = "{price_for}"
    capitalize: bool = False
    """Start the sentence with a capital (Latin script)."""


def _units(
    count: dict[str, tuple[str, str]], rate: dict[str, str], rate_for: dict[str, str] | None = None
) -> dict[str, Unit]:
    return {
        unit: Unit(count[unit], rate[unit], (rate_for or {}).get(unit))
        for unit in ("kg", "g", "dozen", "piece", "litre", "bunch")
    }


def _same(word: str) -> tuple[str, str]:
    return (word, word)


# ---------------------------------------------------------------------------------------
# The tables. Polite, gender-neutral market speech: the speaker's gender is unknown, so
# verbs are chosen that do not mark it (Hindi दे दीजिए rather than दूँगा/दूँगी).
# ---------------------------------------------------------------------------------------

HINDI = Phrases(
    rupee=("रुपया", "रुपये"),
    paise=("पैसा", "पैसे"),
    rupee_for=_same("रुपये में"),
    paise_for=_same("पैसे में"),
    units=_units(
        {
            "kg": _same("{n} किलो"),
            "g": _same("{n} ग्राम"),
            "dozen": _same("{n} दर्जन"),
            "piece": _same("{n} पीस"),
            "litre": _same("{n} लीटर"),
            "bunch": _same("{n} गड्डी"),
        },
        {
            "kg": "{price} किलो",
            "g": "{price} ग्राम",
            "dozen": "{price} दर्जन",
            "piece": "{price} प्रति पीस",
            "litre": "{price} लीटर",
            "bunch": "{price} गड्डी",
        },
    ),
    templates={
        "offer.vendor": "ले लीजिए, {deal_for}।",
        "offer.customer": "{deal_for} दे दीजिए।",
        "offer": "{deal}।",
        "counter.vendor": "चलिए, {deal_for} लगा देंगे।",
        "counter.customer": "{deal_for} कर दीजिए।",
        "counter": "{deal_for} कैसा रहेगा?",
        "accept": "ठीक है, {deal_for} पक्का।",
        "accept:none": "ठीक है, पक्का।",
        "reject": "माफ़ कीजिए, {deal_for} नहीं हो पाएगा।",
        "reject:none": "माफ़ कीजिए, इतने में नहीं हो पाएगा।",
        "question": "क्या {deal_for} मिल जाएगा?",
        "question:item": "{item} का क्या भाव है?",
        "question:none": "इसका क्या भाव है?",
        "greeting.vendor:none": "नमस्ते! आइए, क्या चाहिए?",
        "greeting.customer:none": "नमस्ते जी!",
        "greeting:none": "नमस्ते!",
    },
)

MARATHI = Phrases(
    rupee=("रुपया", "रुपये"),
    paise=("पैसा", "पैसे"),
    rupee_for=("रुपयाला", "रुपयांना"),
    paise_for=("पैशाला", "पैशांना"),
    units=_units(
        {
            "kg": _same("{n} किलो"),
            "g": _same("{n} ग्रॅम"),
            "dozen": _same("{n} डझन"),
            "piece": _same("{n} नग"),
            "litre": _same("{n} लिटर"),
            "bunch": ("{n} जुडी", "{n} जुड्या"),
        },
        {
            "kg": "{price} किलो",
            "g": "{price} ग्रॅम",
            "dozen": "{price} डझन",
            "piece": "{price} नग",
            "litre": "{price} लिटर",
            "bunch": "{price} जुडी",
        },
        {"piece": "{price_for} नग"},
    ),
    templates={
        "offer.vendor": "घ्या, {deal}.",
        "offer.customer": "{deal_for} द्या.",
        "offer": "{deal}.",
        "counter.vendor": "बरं, {deal_for} देऊ.",
        "counter.customer": "{deal_for} करा ना.",
        "counter": "{deal_for} चालेल का?",
        "accept": "ठीक आहे, {deal_for} पक्कं.",
        "accept:none": "ठीक आहे, पक्कं.",
        "reject": "माफ करा, {deal_for} जमणार नाही.",
        "reject:none": "माफ करा, इतक्यात जमणार नाही.",
        "question": "{deal_for} मिळेल का?",
        "question:item": "{item} कसे दिले?",
        "question:none": "हे कसं दिलं?",
        "greeting.vendor:none": "नमस्कार! या, काय हवंय?",
        "greeting.customer:none": "नमस्कार!",
        "greeting:none": "नमस्कार!",
    },
)

GUJARATI = Phrases(
    rupee=("રૂપિયો", "રૂપિયા"),
    paise=("પૈસો", "પૈસા"),
    rupee_for=_same("રૂપિયામાં"),
    paise_for=_same("પૈસામાં"),
    units=_units(
        {
            "kg": _same("{n} કિલો"),
            "g": _same("{n} ગ્રામ"),
            "dozen": _same("{n} ડઝન"),
            "piece": _same("{n} નંગ"),
            "litre": _same("{n} લિટર"),
            "bunch": _same("{n} ઝૂડી"),
        },
        {
            "kg": "કિલોના {price}",
            "g": "ગ્રામના {price}",
            "dozen": "ડઝનના {price}",
            "piece": "એક નંગના {price}",
            "litre": "લિટરના {price}",
            "bunch": "ઝૂડીના {price}",
        },
    ),
    templates={
        "offer.vendor": "લો, {deal}.",
        "offer.customer": "{deal} રાખો ને.",
        "offer": "{deal}.",
        "counter.vendor": "ચાલો, {deal} કરી આપીએ.",
        "counter.customer": "{deal} કરો ને.",
        "counter": "{deal} ચાલશે?",
        "accept": "બરાબર, {deal} પાકું.",
        "accept:none": "બરાબર, પાકું.",
        "reject": "માફ કરજો, {deal_for} નહીં પોસાય.",
        "reject:none": "માફ કરજો, આટલામાં નહીં પોસાય.",
        "question": "{deal_for} મળશે?",
        "question:item": "{item} શું ભાવ છે?",
        "question:none": "આનો શું ભાવ છે?",
        "greeting.vendor:none": "નમસ્તે! આવો, શું જોઈએ?",
        "greeting.customer:none": "નમસ્તે!",
        "greeting:none": "નમસ્તે!",
    },
)

PUNJABI = Phrases(
    rupee=("ਰੁਪਇਆ", "ਰੁਪਏ"),
    paise=("ਪੈਸਾ", "ਪੈਸੇ"),
    rupee_for=_same("ਰੁਪਏ ਵਿੱਚ"),
    paise_for=_same("ਪੈਸੇ ਵਿੱਚ"),
    units=_units(
        {
            "kg": _same("{n} ਕਿੱਲੋ"),
            "g": _same("{n} ਗ੍ਰਾਮ"),
            "dozen": _same("{n} ਦਰਜਨ"),
            "piece": _same("{n} ਪੀਸ"),
            "litre": _same("{n} ਲੀਟਰ"),
            "bunch": ("{n} ਗੁੱਛਾ", "{n} ਗੁੱਛੇ"),
        },
        {
            "kg": "{price} ਕਿੱਲੋ",
            "g": "{price} ਗ੍ਰਾਮ",
            "dozen": "{price} ਦਰਜਨ",
            "piece": "{price} ਪ੍ਰਤੀ ਪੀਸ",
            "litre": "{price} ਲੀਟਰ",
            "bunch": "{price} ਗੁੱਛਾ",
        },
    ),
    templates={
        "offer.vendor": "ਲੈ ਲਓ ਜੀ, {deal_for}।",
        "offer.customer": "{deal_for} ਦੇ ਦਿਓ ਜੀ।",
        "offer": "{deal}।",
        "counter.vendor": "ਚਲੋ, {deal_for} ਲਾ ਦੇਵਾਂਗੇ।",
        "counter.customer": "{deal_for} ਕਰ ਦਿਓ ਜੀ।",
        "counter": "{deal_for} ਕਿਵੇਂ ਰਹੇਗਾ?",
        "accept": "ਠੀਕ ਹੈ ਜੀ, {deal_for} ਪੱਕਾ।",
        "accept:none": "ਠੀਕ ਹੈ ਜੀ, ਪੱਕਾ।",
        "reject": "ਮਾਫ਼ ਕਰਨਾ ਜੀ, {deal_for} ਨਹੀਂ ਹੋ ਸਕੇਗਾ।",
        "reject:none": "ਮਾਫ਼ ਕਰਨਾ ਜੀ, ਇੰਨੇ ਵਿੱਚ ਨਹੀਂ ਹੋ ਸਕੇਗਾ।",
        "question": "ਕੀ {deal_for} ਮਿਲ ਜਾਵੇਗਾ?",
        "question:item": "{item} ਦਾ ਕੀ ਭਾਅ ਹੈ?",
        "question:none": "ਇਹਦਾ ਕੀ ਭਾਅ ਹੈ?",
        "greeting.vendor:none": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ! ਆਓ, ਕੀ ਚਾਹੀਦਾ ਹੈ?",
        "greeting.customer:none": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ!",
        "greeting:none": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ!",
    },
)

BENGALI = Phrases(
    rupee=_same("টাকা"),
    paise=_same("পয়সা"),
    rupee_for=_same("টাকায়"),
    paise_for=_same("পয়সায়"),
    units=_units(
        {
            "kg": _same("{n} কেজি"),
            "g": _same("{n} গ্রাম"),
            "dozen": _same("{n} ডজন"),
            "piece": _same("{n}টা"),
            "litre": _same("{n} লিটার"),
            "bunch": _same("{n} আঁটি"),
        },
        {
            "kg": "{price} কেজি",
            "g": "{price} গ্রাম",
            "dozen": "{price} ডজন",
            "piece": "{price} পিস",
            "litre": "{price} লিটার",
            "bunch": "{price} আঁটি",
        },
        # "দরে": at the rate of — "টমেটো 40 টাকা কেজি দরে দিন".
        {
            "kg": "{price} কেজি দরে",
            "g": "{price} গ্রাম দরে",
            "dozen": "{price} ডজন দরে",
            "piece": "{price} পিস দরে",
            "litre": "{price} লিটার দরে",
            "bunch": "{price} আঁটি দরে",
        },
    ),
    piece_with_product="{n}টা",
    templates={
        "offer.vendor": "নিন, {deal}।",
        "offer.customer": "{deal_for} দিন।",
        "offer": "{deal}।",
        "counter.vendor": "ঠিক আছে, {deal_for} দিয়ে দেব।",
        "counter.customer": "{deal_for} দিন না।",
        "counter": "{deal_for} হবে?",
        "accept": "ঠিক আছে, {deal_for} পাকা।",
        "accept:none": "ঠিক আছে, পাকা কথা।",
        "reject": "মাফ করবেন, {deal_for} হবে না।",
        "reject:none": "মাফ করবেন, এত কমে হবে না।",
        "question": "{deal_for} পাওয়া যাবে?",
        "question:item": "{item} কত করে?",
        "question:none": "এটা কত করে?",
        "greeting.vendor:none": "নমস্কার! আসুন, কী লাগবে?",
        "greeting.customer:none": "নমস্কার!",
        "greeting:none": "নমস্কার!",
    },
)

TAMIL = Phrases(
    rupee=_same("ரூபாய்"),
    paise=_same("பைசா"),
    rupee_for=_same("ரூபாய்க்கு"),
    paise_for=_same("பைசாவுக்கு"),
    units=_units(
        {
            "kg": _same("{n} கிலோ"),
            "g": _same("{n} கிராம்"),
            "dozen": _same("{n} டஜன்"),
            "piece": _same("{n} எண்ணம்"),
            "litre": _same("{n} லிட்டர்"),
            "bunch": _same("{n} கட்டு"),
        },
        {
            "kg": "கிலோ {price}",
            "g": "கிராம் {price}",
            "dozen": "டஜன் {price}",
            "piece": "ஒரு பீஸ் {price}",
            "litre": "லிட்டர் {price}",
            "bunch": "கட்டு {price}",
        },
        {
            "kg": "கிலோ {price_for}",
            "g": "கிராம் {price_for}",
            "dozen": "டஜன் {price_for}",
            "piece": "ஒரு பீஸ் {price_for}",
            "litre": "லிட்டர் {price_for}",
            "bunch": "கட்டு {price_for}",
        },
    ),
    templates={
        "offer.vendor": "{deal}, வாங்கிக்கோங்க.",
        "offer.customer": "{deal_for} கொடுங்க.",
        "offer": "{deal}.",
        "counter.vendor": "சரி, {deal_for} தரேன்.",
        "counter.customer": "{deal_for} கொடுங்களேன்.",
        "counter": "{deal_for} தரலாமா?",
        "accept": "சரி, {deal_for} ஒத்துக்கிறேன்.",
        "accept:none": "சரி, ஒத்துக்கிறேன்.",
        "reject": "மன்னிக்கவும், {deal_for} முடியாது.",
        "reject:none": "மன்னிக்கவும், இந்த விலைக்கு முடியாது.",
        "question": "{deal_for} கிடைக்குமா?",
        "question:item": "{item} என்ன விலை?",
        "question:none": "இது என்ன விலை?",
        "greeting.vendor:none": "வணக்கம்! வாங்க, என்ன வேணும்?",
        "greeting.customer:none": "வணக்கம்!",
        "greeting:none": "வணக்கம்!",
    },
)

TELUGU = Phrases(
    rupee=("రూపాయి", "రూపాయలు"),
    paise=("పైసా", "పైసలు"),
    rupee_for=("రూపాయికి", "రూపాయలకు"),
    paise_for=("పైసాకి", "పైసలకు"),
    units=_units(
        {
            "kg": ("{n} కిలో", "{n} కిలోలు"),
            "g": ("{n} గ్రాము", "{n} గ్రాములు"),
            "dozen": ("{n} డజను", "{n} డజన్లు"),
            "piece": _same("{n} పీస్"),
            "litre": ("{n} లీటరు", "{n} లీటర్లు"),
            "bunch": ("{n} కట్ట", "{n} కట్టలు"),
        },
        {
            "kg": "కిలో {price}",
            "g": "గ్రాము {price}",
            "dozen": "డజను {price}",
            "piece": "ఒక్క పీస్ {price}",
            "litre": "లీటరు {price}",
            "bunch": "కట్ట {price}",
        },
        {
            "kg": "కిలో {price_for}",
            "g": "గ్రాము {price_for}",
            "dozen": "డజను {price_for}",
            "piece": "ఒక్క పీస్ {price_for}",
            "litre": "లీటరు {price_for}",
            "bunch": "కట్ట {price_for}",
        },
    ),
    templates={
        "offer.vendor": "{deal}, తీసుకోండి.",
        "offer.customer": "{deal_for} ఇవ్వండి.",
        "offer": "{deal}.",
        "counter.vendor": "సరే, {deal_for} ఇస్తాను.",
        "counter.customer": "{deal_for} ఇచ్చేయండి.",
        "counter": "{deal_for} అయితే ఎలా ఉంటుంది?",
        "accept": "సరే, {deal_for} ఖాయం.",
        "accept:none": "సరే, ఖాయం.",
        "reject": "క్షమించండి, {deal_for} కుదరదు.",
        "reject:none": "క్షమించండి, ఈ ధరకు కుదరదు.",
        "question": "{deal_for} ఇస్తారా?",
        "question:item": "{item} ధర ఎంత?",
        "question:none": "దీని ధర ఎంత?",
        "greeting.vendor:none": "నమస్కారం! రండి, ఏం కావాలి?",
        "greeting.customer:none": "నమస్కారం!",
        "greeting:none": "నమస్కారం!",
    },
)

KANNADA = Phrases(
    rupee=_same("ರೂಪಾಯಿ"),
    paise=_same("ಪೈಸೆ"),
    rupee_for=_same("ರೂಪಾಯಿಗೆ"),
    paise_for=_same("ಪೈಸೆಗೆ"),
    units=_units(
        {
            "kg": _same("{n} ಕೆಜಿ"),
            "g": _same("{n} ಗ್ರಾಂ"),
            "dozen": _same("{n} ಡಜನ್"),
            "piece": _same("{n} ಪೀಸ್"),
            "litre": _same("{n} ಲೀಟರ್"),
            "bunch": _same("{n} ಕಟ್ಟು"),
        },
        {
            "kg": "ಕೆಜಿಗೆ {price}",
            "g": "ಗ್ರಾಂಗೆ {price}",
            "dozen": "ಡಜನ್‌ಗೆ {price}",
            "piece": "ಒಂದು ಪೀಸ್ {price}",
            "litre": "ಲೀಟರ್‌ಗೆ {price}",
            "bunch": "ಕಟ್ಟಿಗೆ {price}",
        },
    ),
    templates={
        "offer.vendor": "{deal}, ತಗೊಳ್ಳಿ.",
        "offer.customer": "{deal_for} ಕೊಡಿ.",
        "offer": "{deal}.",
        "counter.vendor": "ಸರಿ, {deal_for} ಕೊಡ್ತೀನಿ.",
        "counter.customer": "{deal_for} ಕೊಟ್ಬಿಡಿ.",
        "counter": "{deal_for} ಆಗುತ್ತಾ?",
        "accept": "ಸರಿ, {deal_for} ಒಪ್ಪಿಗೆ.",
        "accept:none": "ಸರಿ, ಒಪ್ಪಿಗೆ.",
        "reject": "ಕ್ಷಮಿಸಿ, {deal_for} ಆಗಲ್ಲ.",
        "reject:none": "ಕ್ಷಮಿಸಿ, ಈ ಬೆಲೆಗೆ ಆಗಲ್ಲ.",
        "question": "{deal_for} ಕೊಡ್ತೀರಾ?",
        "question:item": "{item} ಬೆಲೆ ಎಷ್ಟು?",
        "question:none": "ಇದರ ಬೆಲೆ ಎಷ್ಟು?",
        "greeting.vendor:none": "ನಮಸ್ಕಾರ! ಬನ್ನಿ, ಏನು ಬೇಕು?",
        "greeting.customer:none": "ನಮಸ್ಕಾರ!",
        "greeting:none": "ನಮಸ್ಕಾರ!",
    },
)

MALAYALAM = Phrases(
    rupee=_same("രൂപ"),
    paise=_same("പൈസ"),
    rupee_for=_same("രൂപയ്ക്ക്"),
    paise_for=_same("പൈസയ്ക്ക്"),
    units=_units(
        {
            "kg": _same("{n} കിലോ"),
            "g": _same("{n} ഗ്രാം"),
            "dozen": _same("{n} ഡസൻ"),
            "piece": _same("{n} എണ്ണം"),
            "litre": _same("{n} ലിറ്റർ"),
            "bunch": _same("{n} കെട്ട്"),
        },
        {
            "kg": "കിലോയ്ക്ക് {price}",
            "g": "ഗ്രാമിന് {price}",
            "dozen": "ഡസന് {price}",
            "piece": "ഒരു പീസ് {price}",
            "litre": "ലിറ്ററിന് {price}",
            "bunch": "കെട്ടിന് {price}",
        },
        # "വെച്ച്": at that rate — "കിലോയ്ക്ക് 40 രൂപ വെച്ച് തരൂ".
        {
            "kg": "കിലോയ്ക്ക് {price} വെച്ച്",
            "g": "ഗ്രാമിന് {price} വെച്ച്",
            "dozen": "ഡസന് {price} വെച്ച്",
            "piece": "ഒരു പീസ് {price} വെച്ച്",
            "litre": "ലിറ്ററിന് {price} വെച്ച്",
            "bunch": "കെട്ടിന് {price} വെച്ച്",
        },
    ),
    templates={
        "offer.vendor": "{deal}, എടുത്തോളൂ.",
        "offer.customer": "{deal_for} തരൂ.",
        "offer": "{deal}.",
        "counter.vendor": "ശരി, {deal_for} തരാം.",
        "counter.customer": "{deal_for} തന്നൂടേ?",
        "counter": "{deal_for} ആയാലോ?",
        "accept": "ശരി, {deal_for} ഉറപ്പിച്ചു.",
        "accept:none": "ശരി, ഉറപ്പിച്ചു.",
        "reject": "ക്ഷമിക്കണം, {deal_for} പറ്റില്ല.",
        "reject:none": "ക്ഷമിക്കണം, ഈ വിലയ്ക്ക് പറ്റില്ല.",
        "question": "{deal_for} കിട്ടുമോ?",
        "question:item": "{item} എന്താ വില?",
        "question:none": "ഇതിന് എന്താ വില?",
        "greeting.vendor:none": "നമസ്കാരം! വരൂ, എന്താ വേണ്ടത്?",
        "greeting.customer:none": "നമസ്കാരം!",
        "greeting:none": "നമസ്കാരം!",
    },
)

ENGLISH = Phrases(
    rupee=("rupee", "rupees"),
    paise=("paisa", "paise"),
    rupee_for=("rupee", "rupees"),
    paise_for=("paisa", "paise"),
    units=_units(
        {
            "kg": ("{n} kilo", "{n} kilos"),
            "g": ("{n} gram", "{n} grams"),
            "dozen": _same("{n} dozen"),
            "piece": ("{n} piece", "{n} pieces"),
            "litre": ("{n} litre", "{n} litres"),
            "bunch": ("{n} bunch", "{n} bunches"),
        },
        {
            "kg": "{price} a kilo",
            "g": "{price} a gram",
            "dozen": "{price} a dozen",
            "piece": "{price} a piece",
            "litre": "{price} a litre",
            "bunch": "{price} a bunch",
        },
        {
            "kg": "at {price} a kilo",
            "g": "at {price} a gram",
            "dozen": "at {price} a dozen",
            "piece": "at {price} a piece",
            "litre": "at {price} a litre",
            "bunch": "at {price} a bunch",
        },
    ),
    piece_with_product=None,
    item="{qty} of {product}",
    join="{item}, {price}",
    total_for="for {price}",
    capitalize=True,
    templates={
        "offer.vendor": "I can do {deal}.",
        "offer.vendor:deal": "I can give you {deal_for}.",
        "offer.customer": "I can pay {deal}.",
        "offer.customer:deal": "I'll take {deal_for}.",
        "offer": "{deal}.",
        "counter.vendor": "For you, {deal}.",
        "counter.vendor:deal": "For you, {deal_for}.",
        "counter.customer": "Make it {deal}, please.",
        "counter.customer:deal": "Make it {deal_for}, please.",
        "counter": "How about {deal}?",
        "counter:deal": "How about {deal_for}?",
        "accept": "Okay, {deal}. Deal!",
        "accept:deal": "Okay, {deal_for}. Deal!",
        "accept:none": "Okay, deal!",
        "reject": "Sorry, I can't do {deal}.",
        "reject:deal": "Sorry, I can't do {deal_for}.",
        "reject:none": "Sorry, I can't do that price.",
        "question": "Can you do {deal}?",
        "question:deal": "Can you do {deal_for}?",
        "question:item": "How much for {item}?",
        "question:none": "How much is this?",
        "greeting.vendor:none": "Namaste! Welcome, what would you like?",
        "greeting.customer:none": "Namaste!",
        "greeting:none": "Namaste!",
    },
)

PHRASES: dict[str, Phrases] = {
    "hi": HINDI,
    "en": ENGLISH,
    "ta": TAMIL,
    "te": TELUGU,
    "bn": BENGALI,
    "mr": MARATHI,
    "gu": GUJARATI,
    "kn": KANNADA,
    "ml": MALAYALAM,
    "pa": PUNJABI,
}
LANGUAGES: tuple[str, ...] = tuple(PHRASES)

UNIT_ALIASES: dict[str, str] = {
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg",
    "g": "g", "gm": "g", "gms": "g", "gram": "g", "grams": "g",
    "dozen": "dozen", "dozens": "dozen",
    "piece": "piece", "pieces": "piece", "pc": "piece", "pcs": "piece", "nos": "piece",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
    "l": "litre", "ltr": "litre",
    "bunch": "bunch", "bunches": "bunch",
}  # fmt: skip


FINAL: dict[str, str] = {
    "hi": "आख़िरी दाम: {text}",
    "en": "Final price: {text}",
    "ta": "கடைசி விலை: {text}",
    "te": "చివరి ధర: {text}",
    "bn": "শেষ দাম: {text}",
    "mr": "शेवटचा भाव: {text}",
    "gu": "છેલ્લો ભાવ: {text}",
    "kn": "ಕೊನೆಯ ಬೆಲೆ: {text}",
    "ml": "അവസാന വില: {text}",
    "pa": "ਆਖ਼ਰੀ ਭਾਅ: {text}",
}
"""An offer the speaker called final, said before the offer itself."""


CONFIRM_QUESTION: dict[str, str] = {
    "en": "{price}. Shall I close the deal? Say yes to confirm.",
    "hi": "{price}. सौदा पक्का करूँ? पक्का करने के लिए हाँ बोलिए।",
    "mr": "{price}. सौदा पक्का करू का? पक्का करण्यासाठी हो म्हणा.",
    "gu": "{price}. સોદો પાકો કરું? પાકો કરવા હા કહો.",
    "pa": "{price}. ਸੌਦਾ ਪੱਕਾ ਕਰਾਂ? ਪੱਕਾ ਕਰਨ ਲਈ ਹਾਂ ਕਹੋ।",
    "bn": "{price}. চুক্তি পাকা করব? পাকা করতে হ্যাঁ বলুন।",
    "ta": "{price}. ஒப்பந்தத்தை உறுதி செய்யவா? உறுதி செய்ய ஆமாம் என்று சொல்லுங்கள்.",
    "te": "{price}. ఒప్పందం ఖరారు చేయనా? ఖరారు చేయడానికి అవును అని చెప్పండి.",
    "kn": "{price}. ಒಪ್ಪಂದ ಖಚಿತಪಡಿಸಲೇ? ಖಚಿತಪಡಿಸಲು ಹೌದು ಎಂದು ಹೇಳಿ.",
    "ml": "{price}. കച്ചവടം ഉറപ്പിക്കട്ടെ? ഉറപ്പിക്കാൻ അതെ എന്ന് പറയൂ.",
}
"""Asked of a speaker who accepted by voice, before their "okay" becomes an order."""

END_DEAL_QUESTION: dict[str, str] = {
    "en": "Do you want to end this deal? Say yes to end it.",
    "hi": "क्या आप यह सौदा खत्म करना चाहते हैं? खत्म करने के लिए हाँ बोलिए।",
    "mr": "तुम्हाला हा सौदा संपवायचा आहे का? संपवण्यासाठी हो म्हणा.",
    "gu": "શું તમે આ સોદો પૂરો કરવા માંગો છો? પૂરો કરવા હા કહો.",
    "pa": "ਕੀ ਤੁਸੀਂ ਇਹ ਸੌਦਾ ਖਤਮ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ? ਖਤਮ ਕਰਨ ਲਈ ਹਾਂ ਕਹੋ।",
    "bn": "আপনি কি এই দরদাম শেষ করতে চান? শেষ করতে হ্যাঁ বলুন।",
    "ta": "இந்த பேரத்தை முடிக்க வேண்டுமா? முடிக்க ஆமாம் என்று சொல்லுங்கள்.",
    "te": "ఈ బేరం ముగించాలా? ముగించడానికి అవును అని చెప్పండి.",
    "kn": "ಈ ವ್ಯಾಪಾರವನ್ನು ಮುಗಿಸಬೇಕೇ? ಮುಗಿಸಲು ಹೌದು ಎಂದು ಹೇಳಿ.",
    "ml": "ഈ കച്ചവടം അവസാനിപ്പിക്കണോ? അവസാനിപ്പിക്കാൻ അതെ എന്ന് പറയൂ.",
}
"""Asked of a speaker who refused by voice, before their "no" ends the negotiation: a
misheard price line ("Forty rupee, no kilo") must not close it."""
