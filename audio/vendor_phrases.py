"""What the server says to a vendor in their own language: the assistant's hints and the
notice of a new customer.

Like the phrasebook, these are hand-written templates per language with the amount
rendered as data (`phrasebook.say_price`), so a suggested price is never garbled. Hints
are keyed by the assistant's reason codes (`server.domain.assistant.HintReason`, as
plain strings: `audio/` does not import the server); a language without a table falls
back to English.
"""

from __future__ import annotations

from audio.acts import ActKind, NegotiationAct
from audio.errors import EngineUnavailable
from audio.phrasebook import product_name, say_price

HINTS: dict[str, dict[str, str]] = {
    "en": {
        "at_list": "They offered your list price, {price}. Accept.",
        "meets_ask": "They met your price, {price}. Accept.",
        "close_enough": "{price} is close to your price. Accept.",
        "meet_partway": "Meet them partway: counter at {price}.",
        "below_floor": "That is below your floor. Counter at {price}.",
        "scarce_stock": "Stock is low, give little. Counter at {price}.",
        "at_floor": "You are at your floor. Hold at {price}.",
        "customer_went_down": "They lowered their offer. Hold at {price}.",
        "no_movement": "They have not moved. Hold at {price}.",
        "short_of_stock": "Not enough stock for this order. Hold.",
    },
    "hi": {
        "at_list": "ग्राहक पूरा दाम दे रहा है, {price}। मान लीजिए।",
        "meets_ask": "ग्राहक आपके दाम पर आ गया, {price}। मान लीजिए।",
        "close_enough": "{price} आपके दाम के करीब है। मान लीजिए।",
        "meet_partway": "बीच में मिलिए: {price} बोलिए।",
        "below_floor": "यह आपके न्यूनतम दाम से कम है। {price} बोलिए।",
        "scarce_stock": "माल कम है, थोड़ा ही घटाइए। {price} बोलिए।",
        "at_floor": "आप न्यूनतम दाम पर हैं। {price} पर टिके रहिए।",
        "customer_went_down": "ग्राहक ने दाम घटाया है। {price} पर टिके रहिए।",
        "no_movement": "ग्राहक आगे नहीं बढ़ा। {price} पर टिके रहिए।",
        "short_of_stock": "इस ऑर्डर के लिए माल काफ़ी नहीं है। रुकिए।",
    },
    "mr": {
        "at_list": "ग्राहक पूर्ण किंमत देत आहे, {price}. स्वीकारा.",
        "meets_ask": "ग्राहक तुमच्या किमतीला तयार आहे, {price}. स्वीकारा.",
        "close_enough": "{price} तुमच्या किमतीच्या जवळ आहे. स्वीकारा.",
        "meet_partway": "मधला मार्ग काढा: {price} सांगा.",
        "below_floor": "हे तुमच्या किमान किमतीपेक्षा कमी आहे. {price} सांगा.",
        "scarce_stock": "माल कमी आहे, थोडेच कमी करा. {price} सांगा.",
        "at_floor": "तुम्ही किमान किमतीवर आहात. {price} वर ठाम राहा.",
        "customer_went_down": "ग्राहकाने किंमत कमी केली. {price} वर ठाम राहा.",
        "no_movement": "ग्राहक पुढे सरकला नाही. {price} वर ठाम राहा.",
        "short_of_stock": "या ऑर्डरसाठी पुरेसा माल नाही. थांबा.",
    },
    "gu": {
        "at_list": "ગ્રાહક પૂરો ભાવ આપે છે, {price}. સ્વીકારો.",
        "meets_ask": "ગ્રાહક તમારા ભાવે આવ્યો, {price}. સ્વીકારો.",
        "close_enough": "{price} તમારા ભાવની નજીક છે. સ્વીકારો.",
        "meet_partway": "વચ્ચેનો રસ્તો કાઢો: {price} કહો.",
        "below_floor": "આ તમારા ન્યૂનતમ ભાવથી ઓછું છે. {price} કહો.",
        "scarce_stock": "માલ ઓછો છે, થોડું જ ઘટાડો. {price} કહો.",
        "at_floor": "તમે ન્યૂનતમ ભાવ પર છો. {price} પર અડગ રહો.",
        "customer_went_down": "ગ્રાહકે ભાવ ઘટાડ્યો. {price} પર અડગ રહો.",
        "no_movement": "ગ્રાહક આગળ વધ્યો નથી. {price} પર અડગ રહો.",
        "short_of_stock": "આ ઓર્ડર માટે પૂરતો માલ નથી. રાહ જુઓ.",
    },
    "pa": {
        "at_list": "ਗਾਹਕ ਪੂਰਾ ਭਾਅ ਦੇ ਰਿਹਾ ਹੈ, {price}। ਮੰਨ ਲਓ।",
        "meets_ask": "ਗਾਹਕ ਤੁਹਾਡੇ ਭਾਅ ਤੇ ਆ ਗਿਆ, {price}। ਮੰਨ ਲਓ।",
        "close_enough": "{price} ਤੁਹਾਡੇ ਭਾਅ ਦੇ ਨੇੜੇ ਹੈ। ਮੰਨ ਲਓ।",
        "meet_partway": "ਵਿਚਕਾਰ ਮਿਲੋ: {price} ਕਹੋ।",
        "below_floor": "ਇਹ ਤੁਹਾਡੇ ਘੱਟੋ-ਘੱਟ ਭਾਅ ਤੋਂ ਘੱਟ ਹੈ। {price} ਕਹੋ।",
        "scarce_stock": "ਮਾਲ ਘੱਟ ਹੈ, ਥੋੜ੍ਹਾ ਹੀ ਘਟਾਓ। {price} ਕਹੋ।",
        "at_floor": "ਤੁਸੀਂ ਘੱਟੋ-ਘੱਟ ਭਾਅ ਤੇ ਹੋ। {price} ਤੇ ਟਿਕੇ ਰਹੋ।",
        "customer_went_down": "ਗਾਹਕ ਨੇ ਭਾਅ ਘਟਾਇਆ ਹੈ। {price} ਤੇ ਟਿਕੇ ਰਹੋ।",
        "no_movement": "ਗਾਹਕ ਅੱਗੇ ਨਹੀਂ ਵਧਿਆ। {price} ਤੇ ਟਿਕੇ ਰਹੋ।",
        "short_of_stock": "ਇਸ ਆਰਡਰ ਲਈ ਕਾਫ਼ੀ ਮਾਲ ਨਹੀਂ ਹੈ। ਰੁਕੋ।",
    },
    "bn": {
        "at_list": "ক্রেতা পুরো দাম দিচ্ছেন, {price}। মেনে নিন।",
        "meets_ask": "ক্রেতা আপনার দামে রাজি, {price}। মেনে নিন।",
        "close_enough": "{price} আপনার দামের কাছাকাছি। মেনে নিন।",
        "meet_partway": "মাঝামাঝি আসুন: {price} বলুন।",
        "below_floor": "এটা আপনার সর্বনিম্ন দামের কম। {price} বলুন।",
        "scarce_stock": "মাল কম আছে, অল্পই কমান। {price} বলুন।",
        "at_floor": "আপনি সর্বনিম্ন দামে আছেন। {price}-এ অটল থাকুন।",
        "customer_went_down": "ক্রেতা দাম কমিয়েছেন। {price}-এ অটল থাকুন।",
        "no_movement": "ক্রেতা এগোননি। {price}-এ অটল থাকুন।",
        "short_of_stock": "এই অর্ডারের জন্য যথেষ্ট মাল নেই। অপেক্ষা করুন।",
    },
    "ta": {
        "at_list": "வாடிக்கையாளர் முழு விலை தருகிறார், {price}. ஏற்றுக்கொள்ளுங்கள்.",
        "meets_ask": "வாடிக்கையாளர் உங்கள் விலைக்கு வந்துவிட்டார், {price}. ஏற்றுக்கொள்ளுங்கள்.",
        "close_enough": "{price} உங்கள் விலைக்கு அருகில் உள்ளது. ஏற்றுக்கொள்ளுங்கள்.",
        "meet_partway": "நடுவில் சந்தியுங்கள்: {price} என்று சொல்லுங்கள்.",
        "below_floor": "இது உங்கள் குறைந்தபட்ச விலைக்குக் கீழே. {price} என்று சொல்லுங்கள்.",
        "scarce_stock": "சரக்கு குறைவு, கொஞ்சமே குறையுங்கள். {price} என்று சொல்லுங்கள்.",
        "at_floor": "நீங்கள் குறைந்தபட்ச விலையில் இருக்கிறீர்கள். {price} இல் உறுதியாக இருங்கள்.",
        "customer_went_down": "வாடிக்கையாளர் விலையைக் குறைத்தார். {price} இல் உறுதியாக இருங்கள்.",
        "no_movement": "வாடிக்கையாளர் விலையை மாற்றவில்லை. {price} இல் உறுதியாக இருங்கள்.",
        "short_of_stock": "இந்த ஆர்டருக்குப் போதுமான சரக்கு இல்லை. காத்திருங்கள்.",
    },
    "te": {
        "at_list": "కస్టమర్ పూర్తి ధర ఇస్తున్నారు, {price}. ఒప్పుకోండి.",
        "meets_ask": "కస్టమర్ మీ ధరకు వచ్చారు, {price}. ఒప్పుకోండి.",
        "close_enough": "{price} మీ ధరకు దగ్గరగా ఉంది. ఒప్పుకోండి.",
        "meet_partway": "మధ్యలో కలవండి: {price} చెప్పండి.",
        "below_floor": "ఇది మీ కనీస ధర కంటే తక్కువ. {price} చెప్పండి.",
        "scarce_stock": "సరుకు తక్కువగా ఉంది, కొంచెమే తగ్గించండి. {price} చెప్పండి.",
        "at_floor": "మీరు కనీస ధర వద్ద ఉన్నారు. {price} వద్ద నిలబడండి.",
        "customer_went_down": "కస్టమర్ ధర తగ్గించారు. {price} వద్ద నిలబడండి.",
        "no_movement": "కస్టమర్ ముందుకు రాలేదు. {price} వద్ద నిలబడండి.",
        "short_of_stock": "ఈ ఆర్డర్‌కు సరిపడా సరుకు లేదు. ఆగండి.",
    },
    "kn": {
        "at_list": "ಗ್ರಾಹಕರು ಪೂರ್ಣ ಬೆಲೆ ಕೊಡುತ್ತಿದ್ದಾರೆ, {price}. ಒಪ್ಪಿಕೊಳ್ಳಿ.",
        "meets_ask": "ಗ್ರಾಹಕರು ನಿಮ್ಮ ಬೆಲೆಗೆ ಬಂದಿದ್ದಾರೆ, {price}. ಒಪ್ಪಿಕೊಳ್ಳಿ.",
        "close_enough": "{price} ನಿಮ್ಮ ಬೆಲೆಗೆ ಹತ್ತಿರವಿದೆ. ಒಪ್ಪಿಕೊಳ್ಳಿ.",
        "meet_partway": "ಮಧ್ಯದಲ್ಲಿ ಒಪ್ಪಂದ ಮಾಡಿ: {price} ಹೇಳಿ.",
        "below_floor": "ಇದು ನಿಮ್ಮ ಕನಿಷ್ಠ ಬೆಲೆಗಿಂತ ಕಡಿಮೆ. {price} ಹೇಳಿ.",
        "scarce_stock": "ಸರಕು ಕಡಿಮೆ ಇದೆ, ಸ್ವಲ್ಪವೇ ಇಳಿಸಿ. {price} ಹೇಳಿ.",
        "at_floor": "ನೀವು ಕನಿಷ್ಠ ಬೆಲೆಯಲ್ಲಿದ್ದೀರಿ. {price} ನಲ್ಲೇ ಇರಿ.",
        "customer_went_down": "ಗ್ರಾಹಕರು ಬೆಲೆ ಇಳಿಸಿದ್ದಾರೆ. {price} ನಲ್ಲೇ ಇರಿ.",
        "no_movement": "ಗ್ರಾಹಕರು ಮುಂದೆ ಬಂದಿಲ್ಲ. {price} ನಲ್ಲೇ ಇರಿ.",
        "short_of_stock": "ಈ ಆರ್ಡರ್‌ಗೆ ಸಾಕಷ್ಟು ಸರಕು ಇಲ್ಲ. ಕಾಯಿರಿ.",
    },
    "ml": {
        "at_list": "ഉപഭോക്താവ് മുഴുവൻ വില തരുന്നു, {price}. സ്വീകരിക്കൂ.",
        "meets_ask": "ഉപഭോക്താവ് നിങ്ങളുടെ വിലയ്ക്ക് എത്തി, {price}. സ്വീകരിക്കൂ.",
        "close_enough": "{price} നിങ്ങളുടെ വിലയോട് അടുത്താണ്. സ്വീകരിക്കൂ.",
        "meet_partway": "ഇടയ്ക്കുള്ള വില പറയൂ: {price}.",
        "below_floor": "ഇത് നിങ്ങളുടെ കുറഞ്ഞ വിലയിലും താഴെയാണ്. {price} പറയൂ.",
        "scarce_stock": "സ്റ്റോക്ക് കുറവാണ്, അല്പം മാത്രം കുറയ്ക്കൂ. {price} പറയൂ.",
        "at_floor": "നിങ്ങൾ കുറഞ്ഞ വിലയിലാണ്. {price} ൽ ഉറച്ചുനിൽക്കൂ.",
        "customer_went_down": "ഉപഭോക്താവ് വില കുറച്ചു. {price} ൽ ഉറച്ചുനിൽക്കൂ.",
        "no_movement": "ഉപഭോക്താവ് മുന്നോട്ട് വന്നില്ല. {price} ൽ ഉറച്ചുനിൽക്കൂ.",
        "short_of_stock": "ഈ ഓർഡറിന് ആവശ്യത്തിന് സ്റ്റോക്ക് ഇല്ല. കാത്തിരിക്കൂ.",
    },
}
"""A hint per reason code; `{price}` is the suggested (or accepted) price as a rate."""

HINT_PREFIX: dict[str, str] = {
    "en": "Hint: ",
    "hi": "सलाह: ",
    "mr": "सूचना: ",
    "gu": "સલાહ: ",
    "pa": "ਸਲਾਹ: ",
    "bn": "পরামর্শ: ",
    "ta": "ஆலோசனை: ",
    "te": "సలహా: ",
    "kn": "ಸಲಹೆ: ",
    "ml": "നിർദ്ദേശം: ",
}
"""Said before a hint on the phone, so the vendor knows it is not the customer talking."""

NEW_CUSTOMER: dict[str, tuple[str, str]] = {
    "en": ("New customer for {product}.", "A new customer is here."),
    "hi": ("{product} के लिए नया ग्राहक आया है।", "नया ग्राहक आया है।"),
    "mr": ("{product} साठी नवीन ग्राहक आला आहे.", "नवीन ग्राहक आला आहे."),
    "gu": ("{product} માટે નવો ગ્રાહક આવ્યો છે.", "નવો ગ્રાહક આવ્યો છે."),
    "pa": ("{product} ਲਈ ਨਵਾਂ ਗਾਹਕ ਆਇਆ ਹੈ।", "ਨਵਾਂ ਗਾਹਕ ਆਇਆ ਹੈ।"),
    "bn": ("{product}-এর জন্য নতুন ক্রেতা এসেছেন।", "নতুন ক্রেতা এসেছেন।"),
    "ta": ("{product} வாங்க புதிய வாடிக்கையாளர் வந்துள்ளார்.", "புதிய வாடிக்கையாளர் வந்துள்ளார்."),
    "te": ("{product} కోసం కొత్త కస్టమర్ వచ్చారు.", "కొత్త కస్టమర్ వచ్చారు."),
    "kn": ("{product} ಗಾಗಿ ಹೊಸ ಗ್ರಾಹಕರು ಬಂದಿದ್ದಾರೆ.", "ಹೊಸ ಗ್ರಾಹಕರು ಬಂದಿದ್ದಾರೆ."),
    "ml": ("{product} വാങ്ങാൻ പുതിയ ഉപഭോക്താവ് വന്നിട്ടുണ്ട്.", "പുതിയ ഉപഭോക്താവ് വന്നിട്ടുണ്ട്."),
}
"""(with the product's name, without one)."""


def hint_text(
    reason_code: str, language: str, *, amount_paise: int | None, unit: str | None = None
) -> str:
    """The assistant's hint in `language` (English when the language or code is unknown)."""
    if reason_code not in HINTS.get(language, {}):
        language = "en"
    template = HINTS["en"].get(reason_code, "{price}") if language == "en" else ""
    template = template or HINTS[language][reason_code]
    price = say_price(amount_paise, language, unit=unit) if amount_paise is not None else ""
    text = template.format(price=price)
    return text[0].upper() + text[1:] if language == "en" else text


def spoken_hint(
    reason_code: str, language: str, *, amount_paise: int | None, unit: str | None = None
) -> str:
    """The hint as the phone says it: "Hint: meet them partway: counter at …"."""
    prefix = HINT_PREFIX.get(language if language in HINTS else "en", HINT_PREFIX["en"])
    return prefix + hint_text(reason_code, language, amount_paise=amount_paise, unit=unit)


CUSTOMERS_WAITING: dict[str, str] = {
    "en": "{n} new customers are waiting.",
    "hi": "{n} नए ग्राहक इंतज़ार कर रहे हैं।",
    "mr": "{n} नवीन ग्राहक वाट पाहत आहेत.",
    "gu": "{n} નવા ગ્રાહકો રાહ જુએ છે.",
    "pa": "{n} ਨਵੇਂ ਗਾਹਕ ਉਡੀਕ ਕਰ ਰਹੇ ਹਨ।",
    "bn": "{n} জন নতুন ক্রেতা অপেক্ষা করছেন।",
    "ta": "{n} புதிய வாடிக்கையாளர்கள் காத்திருக்கிறார்கள்.",
    "te": "{n} మంది కొత్త కస్టమర్లు ఎదురుచూస్తున్నారు.",
    "kn": "{n} ಹೊಸ ಗ್ರಾಹಕರು ಕಾಯುತ್ತಿದ್ದಾರೆ.",
    "ml": "{n} പുതിയ ഉപഭോക്താക്കൾ കാത്തിരിക്കുന്നു.",
}
"""Said instead of several "new customer" notices that came while one still waited to be
said (a phone leg hears one sentence for them all, never a minute of notices)."""


def customers_waiting_text(count: int, language: str) -> str:
    """The "N new customers are waiting" notice in `language` (English where it has none)."""
    if count < 2:
        raise ValueError(f"a merged notice stands for two customers or more, not {count}")
    return (CUSTOMERS_WAITING.get(language) or CUSTOMERS_WAITING["en"]).format(n=count)


def new_customer_text(language: str, product_names: dict[str, str] | None) -> str:
    """The "new customer for tomatoes" notice in `language`, the product in its script."""
    with_product, without = NEW_CUSTOMER.get(language) or NEW_CUSTOMER["en"]
    if language not in NEW_CUSTOMER:
        language = "en"
    name = None
    if product_names:
        try:
            name = product_name(
                NegotiationAct(ActKind.GREETING, product_names=product_names), language
            )
        except EngineUnavailable:  # a name we cannot transliterate is left out
            name = None
    if not name:
        return without
    if language == "en":
        name = name.lower() if name[:1].isupper() and name[1:].islower() else name
    return with_product.format(product=name)


STALL_READY: dict[str, str] = {
    "en": "Stall line ready. Waiting for customers.",
    "hi": "दुकान की लाइन तैयार है। ग्राहकों का इंतज़ार है।",
    "mr": "दुकानाची लाइन तयार आहे. ग्राहकांची वाट पाहत आहोत.",
    "gu": "દુકાનની લાઇન તૈયાર છે. ગ્રાહકોની રાહ જોવાય છે.",
    "pa": "ਦੁਕਾਨ ਦੀ ਲਾਈਨ ਤਿਆਰ ਹੈ। ਗਾਹਕਾਂ ਦੀ ਉਡੀਕ ਹੈ।",
    "bn": "দোকানের লাইন তৈরি। ক্রেতাদের জন্য অপেক্ষা চলছে।",
    "ta": "கடை லைன் தயார். வாடிக்கையாளர்களுக்காகக் காத்திருக்கிறோம்.",
    "te": "దుకాణం లైన్ సిద్ధంగా ఉంది. కస్టమర్ల కోసం ఎదురుచూస్తున్నాం.",
    "kn": "ಅಂಗಡಿ ಲೈನ್ ಸಿದ್ಧವಾಗಿದೆ. ಗ್ರಾಹಕರಿಗಾಗಿ ಕಾಯುತ್ತಿದ್ದೇವೆ.",
    "ml": "കടയുടെ ലൈൻ തയ്യാറാണ്. ഉപഭോക്താക്കളെ കാത്തിരിക്കുന്നു.",
}
"""Said once when a vendor's stall line (a call naming no negotiation) starts."""

TAKE_CUSTOMER: dict[str, str] = {
    "en": "Say yes to talk to them.",
    "hi": "बात करने के लिए हाँ बोलिए।",
    "mr": "बोलण्यासाठी हो म्हणा.",
    "gu": "વાત કરવા માટે હા કહો.",
    "pa": "ਗੱਲ ਕਰਨ ਲਈ ਹਾਂ ਕਹੋ।",
    "bn": "কথা বলতে হ্যাঁ বলুন।",
    "ta": "பேச ஆமாம் என்று சொல்லுங்கள்.",
    "te": "మాట్లాడటానికి అవును అనండి.",
    "kn": "ಮಾತನಾಡಲು ಹೌದು ಎನ್ನಿ.",
    "ml": "സംസാരിക്കാൻ അതെ എന്ന് പറയൂ.",
}
"""Said after a new-customer notice on the stall line; the yes in it is one the line
hears as a confirmation (and the call joins anyway after a short wait)."""


def stall_ready_text(language: str) -> str:
    return STALL_READY.get(language, STALL_READY["en"])


def offer_customer_text(language: str, product_names: dict[str, str] | None) -> str:
    """ "New customer for tomatoes. Say yes to talk to them." in `language`."""
    prompt = TAKE_CUSTOMER.get(language) or TAKE_CUSTOMER["en"]
    if language not in TAKE_CUSTOMER:
        language = "en"
    return f"{new_customer_text(language, product_names)} {prompt}"


DEAL_EXPIRED: dict[str, str] = {
    "en": "This deal has expired.",
    "hi": "इस सौदे का समय खत्म हो गया।",
    "mr": "या सौद्याची वेळ संपली.",
    "gu": "આ સોદાનો સમય પૂરો થઈ ગયો.",
    "pa": "ਇਸ ਸੌਦੇ ਦਾ ਸਮਾਂ ਖਤਮ ਹੋ ਗਿਆ।",
    "bn": "এই দরদামের সময় শেষ হয়ে গেছে।",
    "ta": "இந்த பேரத்தின் நேரம் முடிந்துவிட்டது.",
    "te": "ఈ బేరం సమయం ముగిసింది.",
    "kn": "ಈ ವ್ಯಾಪಾರದ ಸಮಯ ಮುಗಿದಿದೆ.",
    "ml": "ഈ കച്ചവടത്തിന്റെ സമയം കഴിഞ്ഞു.",
}
"""Said to a phone when its negotiation expires (nobody moved for the idle time, or an
accepted deal went unpaid)."""

DEAL_CANCELLED: dict[str, str] = {
    "en": "This deal was cancelled.",
    "hi": "यह सौदा रद्द हो गया।",
    "mr": "हा सौदा रद्द झाला.",
    "gu": "આ સોદો રદ થયો.",
    "pa": "ਇਹ ਸੌਦਾ ਰੱਦ ਹੋ ਗਿਆ।",
    "bn": "এই দরদাম বাতিল হয়ে গেছে।",
    "ta": "இந்த பேரம் ரத்து செய்யப்பட்டது.",
    "te": "ఈ బేరం రద్దు అయింది.",
    "kn": "ಈ ವ್ಯಾಪಾರ ರದ್ದಾಗಿದೆ.",
    "ml": "ഈ കച്ചവടം റദ്ദാക്കി.",
}
"""Said to a phone when its negotiation is cancelled."""

DEAL_ENDED: dict[str, dict[str, str]] = {"EXPIRED": DEAL_EXPIRED, "CANCELLED": DEAL_CANCELLED}
"""The negotiation states a phone is told of in these words (a refusal and a deal are
said as the acts they are)."""


DEAL_CLOSED: dict[str, str] = {
    "en": "This deal is already closed.",
    "hi": "यह सौदा पहले ही बंद हो चुका है।",
    "mr": "हा सौदा आधीच बंद झाला आहे.",
    "gu": "આ સોદો પહેલેથી બંધ થઈ ગયો છે.",
    "pa": "ਇਹ ਸੌਦਾ ਪਹਿਲਾਂ ਹੀ ਬੰਦ ਹੋ ਚੁੱਕਾ ਹੈ।",
    "bn": "এই দরদাম আগেই শেষ হয়ে গেছে।",
    "ta": "இந்த பேரம் ஏற்கனவே முடிந்துவிட்டது.",
    "te": "ఈ బేరం ఇప్పటికే ముగిసింది.",
    "kn": "ಈ ವ್ಯಾಪಾರ ಈಗಾಗಲೇ ಮುಗಿದಿದೆ.",
    "ml": "ഈ കച്ചവടം ഇതിനകം അവസാനിച്ചു.",
}
"""Said to a phone that joins a negotiation already over (refused, expired, cancelled or
paid before the call came), before its stream ends."""


def deal_closed_text(language: str) -> str:
    return DEAL_CLOSED.get(language) or DEAL_CLOSED["en"]


def deal_ended_text(status: str, language: str) -> str | None:
    """What a phone hears when its negotiation reaches `status`; None: nothing."""
    table = DEAL_ENDED.get(status)
    if table is None:
        return None
    return table.get(language) or table["en"]


SLOW_OWN: dict[str, str] = {
    "en": "One moment, still making out what you said.",
    "hi": "एक पल रुकिए, आपकी बात समझी जा रही है।",
    "mr": "एक क्षण थांबा, तुमचं बोलणं समजून घेतलं जात आहे.",
    "gu": "એક ક્ષણ રાહ જુઓ, તમારી વાત સમજાઈ રહી છે.",
    "pa": "ਇੱਕ ਪਲ ਰੁਕੋ, ਤੁਹਾਡੀ ਗੱਲ ਸਮਝੀ ਜਾ ਰਹੀ ਹੈ।",
    "bn": "এক মুহূর্ত অপেক্ষা করুন, আপনার কথা বোঝা হচ্ছে।",
    "ta": "ஒரு நிமிடம் பொறுங்கள், நீங்கள் சொன்னதைப் புரிந்துகொண்டிருக்கிறோம்.",
    "te": "ఒక్క క్షణం ఆగండి, మీరు చెప్పింది అర్థం చేసుకుంటున్నాం.",
    "kn": "ಒಂದು ಕ್ಷಣ ಕಾಯಿರಿ, ನೀವು ಹೇಳಿದ್ದನ್ನು ಅರ್ಥಮಾಡಿಕೊಳ್ಳುತ್ತಿದ್ದೇವೆ.",
    "ml": "ഒരു നിമിഷം കാത്തിരിക്കൂ, നിങ്ങൾ പറഞ്ഞത് മനസ്സിലാക്കുകയാണ്.",
}
"""Said to a phone whose own words are slow to be made out (the room's `slow` event,
which a page shows): the caller knows they were heard and need not say it again."""

SLOW_CUSTOMER: dict[str, str] = {
    "en": "One moment, the customer's words are on the way.",
    "hi": "एक पल रुकिए, ग्राहक की बात आ रही है।",
    "mr": "एक क्षण थांबा, ग्राहकाचं बोलणं येत आहे.",
    "gu": "એક ક્ષણ રાહ જુઓ, ગ્રાહકની વાત આવી રહી છે.",
    "pa": "ਇੱਕ ਪਲ ਰੁਕੋ, ਗਾਹਕ ਦੀ ਗੱਲ ਆ ਰਹੀ ਹੈ।",
    "bn": "এক মুহূর্ত অপেক্ষা করুন, ক্রেতার কথা আসছে।",
    "ta": "ஒரு நிமிடம் பொறுங்கள், வாடிக்கையாளர் சொன்னது வந்துகொண்டிருக்கிறது.",
    "te": "ఒక్క క్షణం ఆగండి, కస్టమర్ మాట వస్తోంది.",
    "kn": "ಒಂದು ಕ್ಷಣ ಕಾಯಿರಿ, ಗ್ರಾಹಕರ ಮಾತು ಬರುತ್ತಿದೆ.",
    "ml": "ഒരു നിമിഷം കാത്തിരിക്കൂ, ഉപഭോക്താവിന്റെ വാക്കുകൾ വരുന്നു.",
}
"""Said to the vendor's phone when the customer's words are slow to be made out: the
silence that follows is the line, not the customer."""


def slow_text(own: bool, language: str) -> str:
    """What a phone hears when words are slow to be made out: its own (`own`) or the
    customer's."""
    table = SLOW_OWN if own else SLOW_CUSTOMER
    return table.get(language) or table["en"]


BUSY_OWN: dict[str, str] = {
    "en": "Many people are talking; your words are queued.",
    "hi": "बहुत लोग बोल रहे हैं; आपकी बात कतार में है।",
    "mr": "खूप लोक बोलत आहेत; तुमचे बोलणे रांगेत आहे.",
    "gu": "ઘણા લોકો બોલી રહ્યા છે; તમારી વાત કતારમાં છે.",
    "pa": "ਬਹੁਤ ਲੋਕ ਬੋਲ ਰਹੇ ਹਨ; ਤੁਹਾਡੀ ਗੱਲ ਕਤਾਰ ਵਿੱਚ ਹੈ।",
    "bn": "অনেকে কথা বলছেন; আপনার কথা সারিতে আছে।",
    "ta": "பலர் பேசுகிறார்கள்; உங்கள் பேச்சு வரிசையில் உள்ளது.",
    "te": "చాలా మంది మాట్లాడుతున్నారు; మీ మాట వరుసలో ఉంది.",
    "kn": "ತುಂಬಾ ಜನ ಮಾತನಾಡುತ್ತಿದ್ದಾರೆ; ನಿಮ್ಮ ಮಾತು ಸರದಿಯಲ್ಲಿದೆ.",
    "ml": "ഒരുപാട് പേർ സംസാരിക്കുന്നു; നിങ്ങളുടെ വാക്കുകൾ വരിയിലുണ്ട്.",
}
"""Said to a phone whose own words wait for a free recogniser (the room's `busy` event,
which a page shows in the same words): they were heard, and need not be said again."""


def busy_text(own: bool, language: str) -> str:
    """What a phone hears when the recognisers are full: its own words wait their turn
    (`own`), or the customer's are on the way (as when they are slow to be made out)."""
    table = BUSY_OWN if own else SLOW_CUSTOMER
    return table.get(language) or table["en"]
