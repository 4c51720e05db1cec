"""What the server asks a speaker whose price it did not hear with confidence.

For money, "I didn't catch that" is acceptable and a wrong price is not: a price
understood below the recording confidence is neither recorded nor passed on. The speaker
is asked, in their own language, whether they said it ("Did you say 35 rupees a kilo?"),
and when they say no they are asked to say it again.

The question asks what was *said*, not whether the price is fair: "35 a kilo, right?"
could be answered "no, too much" by a vendor who did say 35. The price in it is said the
way the phrasebook says a price or a rate (`audio.phrasebook.say_price`), with digits.
"""

from __future__ import annotations

from typing import Protocol

from audio.phrasebook import say_price, say_quantity


class HeardPrice(Protocol):
    """A price as heard: a `NegotiationAct` or an `Understanding` both fit."""

    @property
    def amount_paise(self) -> int | None: ...

    @property
    def per_unit(self) -> bool | None: ...

    @property
    def unit(self) -> str | None: ...


# Polite, gender-neutral market speech, as in the phrasebook: verbs chosen that do not
# mark the speaker's or the listener's gender (Hindi "आपने … कहा", Marathi "तुम्ही …
# म्हणालात", Gujarati "તમે … બોલ્યા").
ASK_PRICE: dict[str, str] = {
    "en": "Did you say {price}?",
    "hi": "क्या आपने {price} कहा?",
    "mr": "तुम्ही {price} म्हणालात का?",
    "gu": "તમે {price} બોલ્યા?",
    "pa": "ਕੀ ਤੁਸੀਂ {price} ਕਿਹਾ?",
    "bn": "আপনি কি {price} বললেন?",
    "ta": "{price} என்று சொன்னீர்களா?",
    "te": "{price} అన్నారా?",
    "kn": "{price} ಅಂತ ಹೇಳಿದ್ರಾ?",
    "ml": "{price} എന്നാണോ പറഞ്ഞത്?",
}
"""Asked of a speaker whose price was heard without confidence."""

ASK_TOTAL: dict[str, str] = {
    "en": "You said {heard_quantity} for {heard_total}. This deal is for {quantity}: "
    "{rate}, {total} in all. Is that right?",
    "hi": "आपने {heard_quantity} {heard_total} में कहा। यह सौदा {quantity} का है: {rate}, "
    "कुल {total}। क्या यह ठीक है?",
    "mr": "तुम्ही {heard_quantity} — {heard_total} म्हणालात. हा सौदा {quantity}चा आहे: "
    "{rate}, एकूण {total}. हे बरोबर आहे का?",
    "gu": "તમે {heard_quantity} — {heard_total} બોલ્યા. આ સોદો {quantity}નો છે: {rate}, "
    "કુલ {total}. બરાબર છે?",
    "pa": "ਤੁਸੀਂ {heard_quantity} — {heard_total} ਕਿਹਾ। ਇਹ ਸੌਦਾ {quantity} ਦਾ ਹੈ: {rate}, "
    "ਕੁੱਲ {total}। ਕੀ ਇਹ ਠੀਕ ਹੈ?",
    "bn": "আপনি {heard_quantity} — {heard_total} বললেন। এই কেনাবেচা {quantity}: {rate}, "
    "মোট {total}। ঠিক আছে?",
    "ta": "நீங்கள் {heard_quantity} — {heard_total} என்று சொன்னீர்கள். இந்த பேரம் "
    "{quantity}: {rate}, மொத்தம் {total}. சரியா?",
    "te": "మీరు {heard_quantity} — {heard_total} అన్నారు. ఈ బేరం {quantity}: {rate}, "
    "మొత్తం {total}. సరేనా?",
    "kn": "ನೀವು {heard_quantity} — {heard_total} ಅಂತ ಹೇಳಿದ್ರಿ. ಈ ವ್ಯಾಪಾರ {quantity}: {rate}, "
    "ಒಟ್ಟು {total}. ಸರಿನಾ?",
    "ml": "നിങ്ങൾ {heard_quantity} — {heard_total} എന്ന് പറഞ്ഞു. ഈ കച്ചവടം {quantity}: "
    "{rate}, ആകെ {total}. ശരിയാണോ?",
}
"""Asked of a speaker who said a total the record cannot keep as said (for a part of a
unit, "a quarter kilo for 10"; or not whole paise a unit, "100 for 7 kilos"): the total
heard, then what a yes records, the rate and the deal's total."""

ABOVE_LIST: dict[str, str] = {
    "en": "That is above the list price; a yes records the list price, {rate}, {total} in all.",
    "hi": "यह सूची के दाम से ज़्यादा है; हाँ कहने पर सूची का दाम, {rate}, दर्ज होगा, कुल {total}।",
    "mr": "ही किंमत यादीतील किमतीपेक्षा जास्त आहे; हो म्हटल्यास यादीतील किंमत, {rate}, नोंदवली "
    "जाईल, एकूण {total}.",
    "gu": "આ યાદીના ભાવથી વધારે છે; હા કહેશો તો યાદીનો ભાવ, {rate}, નોંધાશે, કુલ {total}.",
    "pa": "ਇਹ ਸੂਚੀ ਵਾਲੇ ਭਾਅ ਤੋਂ ਵੱਧ ਹੈ; ਹਾਂ ਕਹਿਣ 'ਤੇ ਸੂਚੀ ਵਾਲਾ ਭਾਅ, {rate}, ਦਰਜ ਹੋਵੇਗਾ, ਕੁੱਲ {total}।",
    "bn": "এটা তালিকার দামের চেয়ে বেশি; হ্যাঁ বললে তালিকার দাম, {rate}, লেখা হবে, মোট {total}।",
    "ta": "இது பட்டியல் விலையை விட அதிகம்; ஆம் என்றால் பட்டியல் விலை, {rate}, பதிவாகும், மொத்தம் {total}.",
    "te": "ఇది జాబితా ధర కంటే ఎక్కువ; అవును అంటే జాబితా ధర, {rate}, నమోదవుతుంది, మొత్తం {total}.",
    "kn": "ಇದು ಪಟ್ಟಿ ಬೆಲೆಗಿಂತ ಹೆಚ್ಚು; ಹೌದು ಅಂದರೆ ಪಟ್ಟಿ ಬೆಲೆ, {rate}, ದಾಖಲಾಗುತ್ತದೆ, ಒಟ್ಟು {total}.",
    "ml": "ഇത് പട്ടികവിലയേക്കാൾ കൂടുതലാണ്; അതെ എന്ന് പറഞ്ഞാൽ പട്ടികവില, {rate}, രേഖപ്പെടുത്തും, ആകെ {total}.",
}
"""Said after the question when a shopper's price heard is above the list price: a
shopper's offer above it stands at it, so the question says what a yes records (the
wording of the shopper page's own notice of a capped offer)."""

SAY_AGAIN: dict[str, str] = {
    "en": "Please say the price again, or type it.",
    "hi": "कृपया दाम फिर से बोलिए, या टाइप कर दीजिए।",
    "mr": "कृपया भाव पुन्हा सांगा, किंवा टाइप करा.",
    "gu": "કૃપા કરીને ભાવ ફરીથી કહો, અથવા ટાઇપ કરો.",
    "pa": "ਕਿਰਪਾ ਕਰਕੇ ਭਾਅ ਦੁਬਾਰਾ ਦੱਸੋ, ਜਾਂ ਟਾਈਪ ਕਰੋ।",
    "bn": "দয়া করে দামটা আবার বলুন, অথবা টাইপ করুন।",
    "ta": "தயவுசெய்து விலையை மறுபடியும் சொல்லுங்கள், அல்லது டைப் செய்யுங்கள்.",
    "te": "దయచేసి ధర మళ్ళీ చెప్పండి, లేదా టైప్ చేయండి.",
    "kn": "ದಯವಿಟ್ಟು ಬೆಲೆಯನ್ನು ಮತ್ತೊಮ್ಮೆ ಹೇಳಿ, ಅಥವಾ ಟೈಪ್ ಮಾಡಿ.",
    "ml": "ദയവായി വില ഒന്നുകൂടി പറയൂ, അല്ലെങ്കിൽ ടൈപ്പ് ചെയ്യൂ.",
}
"""Told to a speaker who said the heard price was wrong, or answered too late."""

SAY_AGAIN_SPOKEN: dict[str, str] = {
    "en": "Please say the price again.",
    "hi": "कृपया दाम फिर से बोलिए।",
    "mr": "कृपया भाव पुन्हा सांगा.",
    "gu": "કૃપા કરીને ભાવ ફરીથી કહો.",
    "pa": "ਕਿਰਪਾ ਕਰਕੇ ਭਾਅ ਦੁਬਾਰਾ ਦੱਸੋ।",
    "bn": "দয়া করে দামটা আবার বলুন।",
    "ta": "தயவுசெய்து விலையை மறுபடியும் சொல்லுங்கள்.",
    "te": "దయచేసి ధర మళ్ళీ చెప్పండి.",
    "kn": "ದಯವಿಟ್ಟು ಬೆಲೆಯನ್ನು ಮತ್ತೊಮ್ಮೆ ಹೇಳಿ.",
    "ml": "ദയവായി വില ഒന്നുകൂടി പറയൂ.",
}
"""`SAY_AGAIN` for someone with nothing to type on (a phone)."""

LANGUAGES: tuple[str, ...] = tuple(ASK_PRICE)


def ask_price(heard: HeardPrice, language: str) -> str:
    """ "Did you say {price}?" in `language` (English when it has no phrases), the price
    said as a rate when it is one per unit ("35 रुपये किलो"), else as an amount."""
    if heard.amount_paise is None:
        raise ValueError("there is no price to ask about")
    unit = heard.unit if heard.per_unit is not False else None
    template = ASK_PRICE.get(language)
    if template is None:
        language, template = "en", ASK_PRICE["en"]
    return template.format(price=say_price(heard.amount_paise, language, unit=unit))


def ask_total(
    *,
    heard_total_paise: int,
    heard_quantity: float,
    heard_unit: str,
    rate_paise: int,
    quantity: int,
    unit: str,
    language: str,
) -> str:
    """ "You said {a quarter kilo} for {₹10}. This deal is for {1 kg}: {₹40 a kilo},
    {₹40} in all. Is that right?" in `language` (English when it has no phrases)."""
    template = ASK_TOTAL.get(language)
    if template is None:
        language, template = "en", ASK_TOTAL["en"]
    return template.format(
        heard_quantity=say_quantity(heard_quantity, heard_unit, language),
        heard_total=say_price(heard_total_paise, language),
        quantity=say_quantity(quantity, unit, language),
        rate=say_price(rate_paise, language, unit=unit),
        total=say_price(rate_paise * quantity, language),
    )


def above_list(*, list_price_paise: int, quantity: int, unit: str, language: str) -> str:
    """ "That is above the list price; a yes records the list price, {₹40 a kilo}, {₹40}
    in all." in `language` (English when it has no phrases)."""
    template = ABOVE_LIST.get(language)
    if template is None:
        language, template = "en", ABOVE_LIST["en"]
    return template.format(
        rate=say_price(list_price_paise, language, unit=unit),
        total=say_price(list_price_paise * quantity, language),
    )


def say_again(language: str, *, can_type: bool = True) -> str:
    """ "Please say the price again, or type it." in `language`; without "or type it"
    for someone on a phone."""
    table = SAY_AGAIN if can_type else SAY_AGAIN_SPOKEN
    return table.get(language) or table["en"]


# Words heard where a price was expected, but no move in them (no price, no yes or no,
# no question): the speaker is told what was heard and asked again. One table per
# sentence; `not_understood` puts them together with `SAY_AGAIN` / `SAY_AGAIN_SPOKEN`.
HEARD_NO_PRICE: dict[str, str] = {
    "en": "I heard “{heard}”, but no price.",
    "hi": "सुना: “{heard}”, पर कोई दाम नहीं।",
    "mr": "ऐकले: “{heard}”, पण भाव कळला नाही.",
    "gu": "સાંભળ્યું: “{heard}”, પણ ભાવ સમજાયો નહીં.",
    "pa": "ਸੁਣਿਆ: “{heard}”, ਪਰ ਕੋਈ ਭਾਅ ਨਹੀਂ।",
    "bn": "শুনলাম: “{heard}”, কিন্তু কোনো দাম নেই।",
    "ta": "கேட்டது: “{heard}”, ஆனால் விலை இல்லை.",
    "te": "విన్నది: “{heard}”, కానీ ధర లేదు.",
    "kn": "ಕೇಳಿದ್ದು: “{heard}”, ಆದರೆ ಬೆಲೆ ಇಲ್ಲ.",
    "ml": "കേട്ടത്: “{heard}”, പക്ഷേ വില ഇല്ല.",
}
"""Words with no move in them, said back."""

HEARD_OTHER_LANGUAGE: dict[str, str] = {
    "en": "I heard “{heard}”, in another language.",
    "hi": "सुना: “{heard}”, पर यह दूसरी भाषा में था।",
    "mr": "ऐकले: “{heard}”, पण ते दुसऱ्या भाषेत होते.",
    "gu": "સાંભળ્યું: “{heard}”, પણ તે બીજી ભાષામાં હતું.",
    "pa": "ਸੁਣਿਆ: “{heard}”, ਪਰ ਇਹ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਸੀ।",
    "bn": "শুনলাম: “{heard}”, কিন্তু এটা অন্য ভাষায়।",
    "ta": "கேட்டது: “{heard}”, ஆனால் அது வேறு மொழியில் இருந்தது.",
    "te": "విన్నది: “{heard}”, కానీ అది వేరే భాషలో ఉంది.",
    "kn": "ಕೇಳಿದ್ದು: “{heard}”, ಆದರೆ ಅದು ಬೇರೆ ಭಾಷೆಯಲ್ಲಿತ್ತು.",
    "ml": "കേട്ടത്: “{heard}”, പക്ഷേ അത് മറ്റൊരു ഭാഷയിലായിരുന്നു.",
}
"""Words in a script the speaker's language is not written in, shown back."""

NOT_UNDERSTOOD: dict[str, str] = {
    "en": "I did not understand that.",
    "hi": "यह समझ में नहीं आया।",
    "mr": "हे समजले नाही.",
    "gu": "આ સમજાયું નહીં.",
    "pa": "ਇਹ ਸਮਝ ਨਹੀਂ ਆਇਆ।",
    "bn": "এটা বুঝতে পারিনি।",
    "ta": "அது புரியவில்லை.",
    "te": "అది అర్థం కాలేదు.",
    "kn": "ಅದು ಅರ್ಥ ಆಗಲಿಲ್ಲ.",
    "ml": "അത് മനസ്സിലായില്ല.",
}
"""Words in another language, spoken: the speaker's voice cannot say them back."""

NOTHING_HEARD: dict[str, str] = {
    "en": "I could not make out any words.",
    "hi": "कोई शब्द साफ़ सुनाई नहीं दिया।",
    "mr": "काहीच स्पष्ट ऐकू आले नाही.",
    "gu": "કંઈ સ્પષ્ટ સંભળાયું નહીં.",
    "pa": "ਕੁਝ ਸਾਫ਼ ਸੁਣਾਈ ਨਹੀਂ ਦਿੱਤਾ।",
    "bn": "কিছুই পরিষ্কার শোনা যায়নি।",
    "ta": "எதுவும் தெளிவாகக் கேட்கவில்லை.",
    "te": "ఏమీ స్పష్టంగా వినిపించలేదు.",
    "kn": "ಏನೂ ಸ್ಪಷ್ಟವಾಗಿ ಕೇಳಿಸಲಿಲ್ಲ.",
    "ml": "ഒന്നും വ്യക്തമായി കേട്ടില്ല.",
}
"""Speech with no words in its transcript (empty, or only marks)."""

NOT_UNDERSTOOD_TABLES: dict[str, dict[str, str]] = {
    "ask_price": ASK_PRICE,
    "say_again": SAY_AGAIN,
    "say_again_spoken": SAY_AGAIN_SPOKEN,
    "heard_no_price": HEARD_NO_PRICE,
    "heard_other_language": HEARD_OTHER_LANGUAGE,
    "not_understood": NOT_UNDERSTOOD,
    "nothing_heard": NOTHING_HEARD,
}
"""Every table of this module by name: each has a text for every language."""

MAX_HEARD_CHARS = 80
"""Longer heard words are cut (with "…") when said back."""

NOT_UNDERSTOOD_REASONS: tuple[str, ...] = ("no_move", "other_language", "nothing_heard")


def not_understood(reason: str, heard: str, language: str, *, can_type: bool = True) -> str:
    """What a speaker is told when words heard where a price was expected make no move:
    what was heard and "Please say the price again, or type it." in `language`
    (English when it has no phrases). `can_type` False (a phone): to be spoken, without
    "or type it", and words in another language are not said back."""
    if language not in SAY_AGAIN:
        language = "en"
    heard = " ".join(heard.split())
    if len(heard) > MAX_HEARD_CHARS:
        heard = heard[: MAX_HEARD_CHARS - 1].rstrip() + "…"
    if reason == "nothing_heard" or not heard:
        first = NOTHING_HEARD[language]
    elif reason == "other_language":
        first = (
            HEARD_OTHER_LANGUAGE[language].format(heard=heard)
            if can_type
            else NOT_UNDERSTOOD[language]
        )
    else:
        first = HEARD_NO_PRICE[language].format(heard=heard)
    return f"{first} {say_again(language, can_type=can_type)}"
