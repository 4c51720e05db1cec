"""Numbers that are not asked as a price though nothing beside them says so: the weather
("पारा पैंतालीस पहुँच गया", the mercury touched 45), money already handed over when
the change is asked for ("ਬਾਕੀ ਮੋੜੋ, ਮੈਂ ਪੰਜ ਸੌ ਦਿੱਤੇ ਸੀ", give back the rest, I gave 500),
and an hour to come at ("ఆరింటికి రా", come at six)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading

# The temperature, named in any of the ten languages: a bare number in the same breath
# is degrees ("the temperature touched forty six", "काल तापमान बेचाळीस होतं").
_TEMPERATURE = frozenset(
    fold(w)
    for w in (
        "temperature", "temp", "mercury", "weather",
        "तापमान", "पारा", "paara", "parah", "tapman", "taapmaan", "टेम्परेचर", "टेंपरेचर",
        "வெப்பநிலை", "veppanilai", "டெம்பரேச்சர்", "டெம்பரேச்சர்", "பாதரசம்",
        "ఉష్ణోగ్రత", "ushnograta", "ushnogratha", "టెంపరేచర్", "టెంపరేచరు", "పాదరసం",
        "তাপমাত্রা", "tapmatra", "taapmatra", "পারদ", "parod", "parad", "টেম্পারেচার",
        "પારો", "paro", "તાપમાન", "taapmaan", "ટેમ્પરેચર", "ટેમ્પરેચર",
        "ತಾಪಮಾನ", "taapamaana", "tapamana", "ಟೆಂಪರೇಚರ್", "ಪಾದರಸ",
        "താപനില", "thapanila", "taapanila", "ടെമ്പറേച്ചർ", "മെർക്കുറി",
        "ਤਾਪਮਾਨ", "ਪਾਰਾ", "ਟੈਂਪਰੇਚਰ", "ਟੈਮਪਰੇਚਰ",
    )
)  # fmt: skip


def weather_talk(reading: _Reading) -> bool:
    """The temperature is named: a bare number said with it is degrees, not rupees."""
    return any(w in _TEMPERATURE for w in reading.words)


# The rest of the money, the change or the balance asked back.
_BALANCE = frozenset(
    fold(w)
    for w in (
        "balance", "rest", "change", "back", "return",
        "baaki", "baki", "बाकी", "बाक़ी", "बकाया", "लौटाओ", "लौटा", "lautao", "वापस", "wapas",
        "vapas", "lautana", "owe", "owed", "chutta", "chhutta", "छुट्टा", "छुट्टे", "बैलेंस",
        "மீதி", "meethi", "மீதிய", "சில்லறை", "chillarai", "பேலன்ஸ்", "திருப்பி",
        "మిగతా", "మిగిలిన", "migatha", "migata", "చిల్లర", "chillara", "బాలెన్స్", "తిరిగి", "tirigi",
        "বাকি", "বাকী", "ফেরত", "ferot", "phirot", "খুচরো", "ব্যালেন্স",
        "उरलेले", "urlele", "परत", "parat", "सुट्टे", "बाकीचे",
        "બાકી", "બાકીના", "bakina", "પાછા", "pacha", "paachha", "છુટ્ટા", "બેલેન્સ",
        "ಬಾಕಿ", "ಉಳಿದ", "ulida", "ಚಿಲ್ಲರೆ", "chillare", "ವಾಪಸ್", "ಬ್ಯಾಲೆನ್ಸ್",
        "ബാക്കി", "baakki", "ചില്ലറ", "ബാലൻസ്", "തിരിച്ച്", "തിരിച്ചു", "thirichu",
        "ਬਾਕੀ", "ਮੋੜੋ", "ਮੋੜ", "morho", "modo", "ਵਾਪਸ", "ਭਾਨ", "bhaan", "ਬੈਲੇਂਸ",
        "चेंज", "sutte", "sutta", "ਖੁੱਲ੍ਹੇ", "ਖੁੱਲੇ", "khulle",
    )
)  # fmt: skip

# "I gave", "I paid": money already handed over, in the past.
_PAID = frozenset(
    fold(w)
    for w in (
        "gave", "paid", "handed", "given",
        "दिए", "दिये", "दिया", "diye", "diya", "dia", "दी", "चुकाए",
        "குடுத்தேன்", "கொடுத்தேன்", "koduthen", "kuduthen", "குடுத்தது", "கொடுத்தது",
        "ఇచ్చాను", "ఇచ్చా", "ఇచ్చాను", "ichanu", "icchanu", "ichaanu", "ఇచ్చింది",
        "দিয়েছি", "দিলাম", "দিয়েছিলাম", "diyechi", "dilam", "diyechilam",
        "दिले", "दिलेत", "दिलेले", "dile",
        "આપ્યા", "આપ્યો", "આપ્યાં", "aapya", "apya", "aapyo",
        "ಕೊಟ್ಟೆ", "ಕೊಟ್ಟಿದ್ದೀನಿ", "ಕೊಟ್ಟಿದ್ದೆ", "kotte", "kottiddini", "kottidde",
        "തന്നു", "കൊടുത്തു", "thannu", "koduthu", "തന്നത്", "കൊടുത്തത്",
        "ਦਿੱਤੇ", "ਦਿੱਤਾ", "ਦਿੱਤੀ", "ditte", "ditta", "dite",
        "குடுத்திருக்கேன்", "கொடுத்திருக்கேன்", "குடுத்துட்டேன்", "கொடுத்துட்டேன்",
        "kuduthiruken", "kuduthutten", "દીધા", "દીધો", "didha", "തന്നിട്ടുണ്ട്", "തന്നല്ലോ",
        "thannittund", "thannallo",
    )
)  # fmt: skip

# "Already", "earlier": the money was handed over before ("I already gave 200").
_ALREADY = frozenset(
    fold(w)
    for w in (
        "already", "earlier", "pehle", "पहले", "ஏற்கனவே", "erkanave", "ఇందాకే", "ఇందాక",
        "ఇంతకుముందే", "indaake", "আগেই", "agei", "आधीच", "aadhich", "adhich", "પહેલાં",
        "પહેલા", "pehla", "pahela", "ಆಗಲೇ", "ಮೊದಲೇ", "aagale", "നേരത്തെ", "nerathe",
        "ਪਹਿਲਾਂ", "pehlan",
    )
)  # fmt: skip

# "Here, take": the money handed over now, right before the amount ("ye lo do sau").
_HANDING = frozenset(
    fold(w)
    for w in (
        "here's", "heres", "here", "this", "लो", "लीजिए", "lo", "இந்தாங்க", "இந்தா",
        "inthaanga", "ఇదిగో", "idigo", "নিন", "nin", "घ्या", "ghya", "ಇಕೊಳ್ಳಿ", "ಇಗೋ",
        "ikolli", "ഇതാ", "itha", "ਲਓ", "ਲਵੋ",
    )
)  # fmt: skip


def paid_already(reading: _Reading, price: _Price) -> bool:
    """The amount was handed over ("I gave 500", "ਮੈਂ ਪੰਜ ਸੌ ਦਿੱਤੇ ਸੀ") in a breath that asks
    for the balance or the change back, or said to be paid already ("I already gave
    200"), or is handed over now with the change asked ("here's 500, give change"):
    payment, never a price."""
    words = reading.words
    balance = any(w in _BALANCE for w in words)
    numbers = {id(s) for s in reading.number_at if s is not None}
    if not balance and (len(numbers) > 1 or not any(w in _ALREADY for w in words)):
        return False  # "earlier you gave it at 30, why 40 now?": a price recalled
    before = words[max(price.start - 4, 0) : price.start]
    near = before[-3:] + words[price.end : price.end + 5]
    handed = balance and any(w in _HANDING for w in before)
    # "the remaining 10, give it back", "மீதி 10 ரூபாய் திருப்பி குடுங்க": the balance
    # named before the amount and asked back after it
    owed = any(w in _BALANCE for w in before[-3:]) and any(
        w in _BALANCE and w not in before for w in words[price.end : price.end + 5]
    )
    return handed or owed or any(w in _PAID for w in near)


# Telugu "-ింటికి" is "for the N of them" ("మూడింటికి వంద") and "at N o'clock": with a
# verb of coming right after it ("ఆరింటికి రా", "aarintiki randi") it is the hour.
_HOUR_ENDINGS = ("ింటికి", "ంటికి", "intiki", "intike")
_COME_STEMS = tuple(
    fold(w)
    for w in ("రా", "రండి", "రావ", "వచ్చ", "వస్త", "ra", "randi", "rav", "vach", "vast")
)  # fmt: skip


# Bengali "-টার" is "of the N" and "of N o'clock": with "by", "after" or "before" right
# after it ("সাতটার মধ্যে", "ছটার পরে") it is the hour.
_BN_HOUR_ENDINGS = ("টার", "tar")
_BY_AFTER_BEFORE = frozenset(
    fold(w) for w in ("মধ্যে", "পরে", "আগে", "moddhe", "modhye", "modhe", "pore", "age")
)


def hour_to_come(reading: _Reading, start: int, end: int) -> bool:
    """The number at `start`..`end` is an hour: "ఆరింటికి రా" (come at six), "সাতটার
    মধ্যে" (by seven)."""
    word = reading.words[end - 1]
    if end >= len(reading.words):
        return False
    after = reading.words[end]
    if reading.language == "bn":
        if after in _BN_HOUR_ENDINGS and end + 1 < len(reading.words):
            after = reading.words[end + 1]  # "8 tar modhye": the count word typed apart
            return after in _BY_AFTER_BEFORE
        return word.endswith(_BN_HOUR_ENDINGS) and after in _BY_AFTER_BEFORE
    if not word.endswith(_HOUR_ENDINGS):
        return False
    return after.startswith(_COME_STEMS) and after not in _NOT_COME


# Words that start like "come" but are not: "రాదు"/"ravu" (won't come down) still haggles.
_NOT_COME = frozenset(fold(w) for w in ("రాదు", "radu", "రాను", "రావు", "ravu"))
