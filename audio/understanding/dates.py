"""A date: a day's number beside a month's name ("the wedding is on 12 December",
"school opens on fifteen June", "पंधरा मे ला", "ਅਠਾਰਾਂ ਫਰਵਰੀ ਨੂੰ", "பொங்கல் தை ஒண்ணு",
"ചിങ്ങം ഒന്നിന്"), or beside a word for the date ("बारह तारीख", "பத்தாம் தேதி"), and
Bengali's day form before an hour ("উনিশে তিনটের ট্রেনে": on the 19th, the three
o'clock train). A day said with its case ("उन्नीस को", "एकोणीसला", "উনিশে", "ಹದಿನೈದಕ್ಕೆ",
"ഇരുപത്തഞ്ചിന്", "ਪੰਝੀ ਨੂੰ", "on the twenty-first") beside a day's event (a wedding, a
festival, a puja, a delivery) is a date too. The number is a day, never a price or a
count; a price said elsewhere in the line stands ("the wedding is on 12 December; the set
is 2,700", "पच्चीस को त्योहार है, तब तक सत्तर रुपये किलो")."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS, _OWN_GIVE_WORDS
from audio.understanding.others_price_words import GIVE_OR_SELL
from audio.understanding.reading import _Reading


def _folded(*words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


# Month names, as a word's start so that case endings stay on ("डिसेंबरला", "ಜೂನ್‌ಗೆ",
# "ഡിസംബറിൽ", "ਫਰਵਰੀ"), with the Indian calendar's months where they are spoken.
_MONTHS = {
    "en": _folded(
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "feb", "apr", "aug", "sept", "oct", "dec",
        "janvari", "farvari", "disambar", "navambar",
    ),
    "hi": _folded(
        "जनवरी", "फरवरी", "फ़रवरी", "मार्च", "अप्रैल", "अप्रेल", "मई", "जून", "जुलाई", "अगस्त",
        "सितंबर", "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर",
        "चैत", "वैशाख", "बैसाख", "जेठ", "आषाढ़", "सावन", "श्रावण", "भादों", "कार्तिक",
        "अगहन", "पूस", "माघ", "फागुन",
    ),
    "mr": _folded(
        "जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "जून", "मे", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर",
        "नोव्हेंबर", "डिसेंबर", "चैत्र", "श्रावण", "भाद्रपद", "आषाढ", "कार्तिक",
    ),
    "gu": _folded(
        "જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુન", "જુલાઈ", "ઓગસ્ટ",
        "ઑગસ્ટ", "સપ્ટેમ્બર", "ઓક્ટોબર", "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર", "કારતક", "શ્રાવણ",
    ),
    "pa": _folded(
        "ਜਨਵਰੀ", "ਫਰਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ",
        "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ", "ਵਿਸਾਖ", "ਵੈਸਾਖ", "ਜੇਠ", "ਹਾੜ", "ਸਾਵਣ", "ਭਾਦੋਂ",
        "ਅੱਸੂ", "ਕੱਤਕ", "ਮੱਘਰ", "ਪੋਹ", "ਫੱਗਣ", "ਚੇਤ",
    ),
    "bn": _folded(
        "জানুয়ারি", "জানুয়ারী", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
        "আগস্ট", "অগাস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর", "বৈশাখ", "জ্যৈষ্ঠ",
        "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন",
        "চৈত্র",
    ),
    "ta": _folded(
        "ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்",
        "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்", "சித்திரை", "வைகாசி", "ஆனி",
        "ஆவணி", "புரட்டாசி", "ஐப்பசி", "கார்த்திகை", "மார்கழி", "மாசி", "பங்குனி",
    ),
    "te": _folded(
        "జనవరి", "ఫిబ్రవరి", "మార్చి", "మార్చ్", "ఏప్రిల్", "మే", "జూన్", "జులై", "జూలై",
        "ఆగస్టు", "ఆగస్ట్", "సెప్టెంబర్", "అక్టోబర్", "నవంబర్", "డిసెంబర్", "ఉగాది",
        "చైత్ర", "శ్రావణ", "కార్తీక", "మార్గశిర", "పుష్య",
    ),
    "kn": _folded(
        "ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್",
        "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್", "ನವೆಂಬರ್", "ಡಿಸೆಂಬರ್", "ಚೈತ್ರ", "ಶ್ರಾವಣ", "ಕಾರ್ತಿಕ",
    ),
    "ml": _folded(
        "ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "മെയ്", "ജൂൺ", "ജൂലൈ",
        "ഓഗസ്റ്റ്", "ആഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ", "ചിങ്ങ", "കന്നി",
        "തുലാ", "വൃശ്ചിക", "ധനു", "മകര", "കുംഭ", "മീനം", "മേട", "ഇടവ", "മിഥുന", "കർക്കട",
    ),
}  # fmt: skip
# Romanized months in any language ("viah 5 march nu", "lagan 20 january e che"); "may"
# only with the number right beside it ("maduve may 5 ge", "5 may"; "you may" is no month).
_ANY = _MONTHS["en"]
# Short forms that are other words too ("jaan", "maar", "now" fold to "jan", "mar", "nov")
# count only right beside the number; "nov" never.
_MAY = frozenset(_folded("may", "mai", "jan", "mar", "jun", "jul", "sep"))
# Words for the date itself, after its number: "बारह तारीख", "பத்தாம் தேதி".
_DATE_WORDS = _folded(
    "तारीख", "तारीक", "tarikh", "tareekh", "tarik", "तारख", "તારીખ", "ਤਰੀਕ", "ਤਾਰੀਖ",
    "তারিখ", "தேதி", "தேதில", "తేదీ", "తారీఖు", "ತಾರೀಖು", "ತಾರೀಕು", "ದಿನಾಂಕ", "തീയതി",
    "തിയതി", "date", "tedi", "thedi", "theydhi",
)  # fmt: skip
# The words between a day and its month in English: "the twelfth of December", "3rd March".
_BETWEEN = frozenset(("of", "the", "st", "nd", "rd", "th"))
# Bengali's day form ("উনিশে", "বারোই") before an hour ("তিনটের", "পাঁচটায়").
_BN_DAY_ENDINGS = ("ে", "ই")
_BN_HOUR_ENDINGS = _folded("টের", "টার", "টায়", "টায়")


# Words that start like a month and are none: Gujarati "જૂનું/જૂના" (old) like "જૂન"
# (June), Malayalam "മേടിച്ചു" (bought) like "മേട" (the month Medam).
_LOOK_ALIKES = _folded("જૂના", "જૂનુ", "જૂની", "જૂનો", "જૂનાં", "जूना", "जूनी", "മേടിച്ച", "മേടിക്ക")


# A day's events, as a word's start: the day a number with a day's case names.
_EVENTS = _folded(
    "शादी", "ब्याह", "विवाह", "त्योहार", "त्यौहार", "पूजा", "डिलीवरी", "डिलिवरी", "जन्मदिन",
    "सगाई", "मुंडन", "गृहप्रवेश", "shaadi", "shadi", "sagai", "tyohar", "puja", "pooja",
    "delivery", "deliver", "wedding", "marriage", "festival", "birthday", "engagement",
    "function", "housewarming", "পুজো", "পূজা", "বিয়ে", "জন্মদিন", "অনুষ্ঠান", "উৎসব",
    "ডেলিভারি", "অন্নপ্রাশন", "বৌভাত", "pujo", "biye", "लग्न", "सण", "वाढदिवस",
    "डिलिव्हरी", "साखरपुडा", "मुंज", "lagna", "lagn", "கல்யாண", "திருமண", "பண்டிகை",
    "பூஜை", "டெலிவரி", "பிறந்தநாள", "திருவிழா", "kalyanam", "పెళ్ల", "పండగ", "పండుగ",
    "పూజ", "డెలివరీ", "పుట్టినరోజు", "ఫంక్షన్", "pelli", "લગ્ન", "લગન", "તહેવાર", "પૂજા",
    "ડિલિવરી", "જન્મદિવસ", "સગાઈ", "lagan", "ಮದುವೆ", "ಹಬ್ಬ", "ಪೂಜೆ", "ಡೆಲಿವರಿ",
    "ಹುಟ್ಟುಹಬ್ಬ", "ನಿಶ್ಚಿತಾರ್ಥ", "maduve", "habba", "കല്യാണ", "വിവാഹ", "ഉത്സവ",
    "പെരുന്നാൾ", "ഓണം", "പൂജ", "ഡെലിവറി", "പിറന്നാൾ", "ਵਿਆਹ", "ਗੁਰਪੁਰਬ", "ਤਿਉਹਾਰ",
    "ਪੂਜਾ", "ਡਿਲੀਵਰੀ", "ਜਨਮਦਿਨ", "ਮੰਗਣੀ", "viah", "vyah",
    # a fair, a temple's car festival, a family's function ("ਮੇਲਾ", "जत्रा", "ಜಾತ್ರೆ")
    "बारात", "baraat", "barat", "ਬਰਾਤ", "मेला", "mela", "ਮੇਲਾ", "মেলা", "जत्रा", "jatra",
    "yatra", "જાત્રા", "મેળો", "melo",
    "પ્રસંગ", "prasang", "ಜಾತ್ರೆ", "jatre", "திருவிழா", "thiruvizha", "తిరునాళ్ల", "జాతర",
    "jathara", "ഉത്സവം", "പെരുന്നാള്", "fair",
    # festivals and the full moon, said a few words before the day with a particle
    # between ("রাখি পূর্ণিমা তো উনিশে", "राखी तो उन्नीस को है", "பொங்கல் தான் பதினாலுக்கு")
    "राखी", "रक्षाबंधन", "दिवाली", "दीवाली", "होली", "पूर्णिमा", "पूनम", "नवरात्र",
    "दशहरा", "ईद", "rakhi", "diwali", "divali", "purnima", "navratri", "dussehra",
    "deepavali", "deepawali", "christmas", "pongal", "onam", "vishu", "lohri", "baisakhi",
    "vaisakhi", "sankranti",
    "রাখি", "পূর্ণিমা", "দিওয়ালি", "দীপাবলি", "ঈদ", "কালীপুজো", "বড়দিন", "பொங்கல்",
    "தீபாவளி", "பௌர்ணமி", "பவுர்ணமி", "సంక్రాంతి", "దీపావళి", "పౌర్ణమి", "వినాయక",
    "दिवाळी", "गणपती", "गुढीपाडवा", "पौर्णिमा", "દિવાળી", "નવરાત્રી", "ઉત્તરાયણ", "પૂનમ",
    "રાખી", "ದೀಪಾವಳಿ", "ಸಂಕ್ರಾಂತಿ", "ಯುಗಾದಿ", "ಹುಣ್ಣಿಮೆ", "ಗಣೇಶ", "വിഷു", "ദീപാവലി",
    "ക്രിസ്മസ്", "ਲੋਹੜੀ", "ਵਿਸਾਖੀ", "ਦਿਵਾਲੀ", "ਦੀਵਾਲੀ", "ਰੱਖੜੀ", "ਪੂਰਨਮਾਸ਼ੀ",
)  # fmt: skip
# A day's case: the word after the number ("उन्नीस को", "ਪੰਝੀ ਨੂੰ") or its ending
# ("एकोणीसला", "উনিশে", "ಹದಿನೈದಕ್ಕೆ", "ഇരുപത്തഞ്ചിന്", "இருபத்தஞ்சுக்கு", "పదిహేనుకి").
_DAY_CASE_WORDS = frozenset(_folded("को", "ko", "ਨੂੰ", "nu", "noo", "ला"))
# typed Dravidian endings fold to "ku", "ke" ("pathinettukku", "hadinentakke")
_DAY_CASE_ENDINGS = frozenset(
    _folded(
        "ला", "ে", "ই", "তে", "ಕ್ಕೆ", "ಗೆ", "ിന്", "ിനാണ്", "ന്", "க்கு", "కి", "న", "ે", "એ",
        "kku", "ukku", "kke", "akke",
    )
)  # fmt: skip
# English ordinals after the number: "the 21st", "twenty-first".
_ORDINALS = frozenset(
    ("st", "nd", "rd", "th", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
     "eighth", "ninth")
)  # fmt: skip
_ON = frozenset(("on", "by", "from", "till", "until", "before", "after"))
# A verb of giving right after the number makes it the price given ("বিয়ের মালা, তিরিশে
# দেব", "लग्नाचे हार पंचवीसला देतो"), whatever the event beside it.
_GIVEN = _GIVE_STEMS + GIVE_OR_SELL + _folded("দেব", "দেবেন", "দেবে", "দিবেন", "নেব", "ಕೊಡ", "തര")


def _day_case(reading: _Reading, start: int, end: int) -> bool:
    """Whether the number is said as a day: with a day's case, or an English ordinal."""
    words = reading.words
    span = reading.number_at[start] if start < len(reading.number_at) else None
    if span is None or not (span.value == int(span.value) and 1 <= span.value <= 31):
        return False
    if end < len(words) and words[end] in _ORDINALS:
        return True
    if span.suffix in _DAY_CASE_ENDINGS:
        return True
    return end < len(words) and words[end] in _DAY_CASE_WORDS


def _on_a_day(reading: _Reading, start: int, end: int) -> bool:
    """A number with a day's case beside a day's event, no money word beside it ("शादी
    इक्कीस को", "পুজো উনিশে", "deliver on the twenty-first"); or any such number in a line
    where one is ("shaadi 23 ko hai, saamaan 22 ko bhej dena")."""
    words = reading.words

    def dated(a: int, b: int, *, near: bool) -> bool:
        if not _day_case(reading, a, b):
            return False
        if any(reading.has(k, Cue.CURRENCY, Cue.UNIT) for k in range(max(a - 1, 0), b + 1)):
            return False
        then = words[b + 1 if b < len(words) and words[b] in _DAY_CASE_WORDS else b : b + 2]
        if then and (then[0] in _GIVE_WORDS or then[0] in _OWN_GIVE_WORDS):
            return False
        if then and then[0].startswith(_GIVEN):
            return False
        ordinal = b < len(words) and words[b] in _ORDINALS
        before = _skip(reading, a - 1, -1)
        if ordinal and reading.language == "en" and before >= 0 and words[before] in _ON:
            return True  # "on the twenty-first", "by the 19th"
        lo, hi = (a - 3, b + 4) if near else (0, len(words))
        return any(w.startswith(_EVENTS) for w in words[max(lo, 0) : hi])

    if dated(start, end, near=True):
        return True
    if not dated(start, end, near=False):
        return False
    others = [s for s in reading.number_at if s is not None and s.start != start]
    return any(dated(s.start, s.end, near=True) for s in others)


# "By" or "until" after a day ("बारह तक", "ਅਠਾਰਾਂ ਤੱਕ", "બાવીસ સુધી", "பதினேழு வரைக்கும்"),
# as a word or an ending ("இருபதுக்குள்ள", "పందొమ్మిదిలోపు"), or English "by/till" before it.
_UNTIL = frozenset(
    _folded(
        "तक", "tak", "takk", "ਤੱਕ", "ਤਕ", "સુધી", "સુધીમાં", "sudhi", "sudhima", "पर्यंत",
        "paryant", "पावेतो", "পর্যন্ত", "porjonto", "মধ্যে", "வரை", "வரைக்கும்", "வரைக்கு",
        "varai", "varaikkum", "க்குள்ள", "குள்ள", "க்குள்", "ukkulla", "kkulla", "వరకు",
        "దాకా", "లోపు", "లోపల", "varaku", "daaka", "lopu", "ವರೆಗೆ", "ವರೆಗೂ", "ತನಕ", "ಒಳಗೆ",
        "varege", "tanaka", "olage", "വരെ", "vare", "ഉള്ളിൽ", "അകം",
    )
)  # fmt: skip
_UNTIL_BEFORE = frozenset(("by", "till", "until", "before"))
# Verbs of sending, bringing or delivering the goods, as a word's start: the day before
# "by" is when they are wanted ("ਅਠਾਰਾਂ ਤੱਕ ਭੇਜ ਦਿਓ"), never a price given.
_DELIVER = _folded(
    "deliver", "send", "bring", "reach", "drop", "ship", "dispatch", "डिलीवर", "डिलिवर",
    "पहुंचा", "पहुँचा", "पहुंच", "भेज", "भिजवा", "लाना", "लाकर", "pahucha", "pahuncha",
    "pahunch", "bhej", "bhijwa", "bhijva", "ਪਹੁੰਚਾ", "ਪੁਚਾ", "ਭੇਜ", "ਭਿਜਵਾ", "ਲਿਆ ਦ",
    "mokal", "મોકલ", "પહોંચાડ", "પહોંચતો", "pahonch", "પહોચાડ", "पोहोच", "पोचव",
    "पोहचव", "पाठव", "pathav", "pohoch", "pochav", "அனுப்ப", "anupp", "anupu",
    "கொண்டு வ", "சேர்த்து", "పంప", "pamp", "పంపి", "అందించ", "చేర్చ", "తెచ్చ", "techch",
    "পাঠা", "পাঠি", "pathi", "পৌঁছে", "পৌঁছা", "পৌছে", "pouch", "ಕಳಿಸ", "ಕಳುಹಿಸ",
    "ತಲುಪಿಸ", "kalis", "kalus", "talupis", "അയക്ക", "അയച്ച", "എത്തിക്ക", "എത്തിച്ച",
    "ayakk", "ethikk", "ethich", "ഡെലിവറ", "ডেলিভার", "டெலிவர", "డెలివర", "ಡೆಲಿವರ",
    "ਡਿਲੀਵਰ", "ડિલિવર",
)  # fmt: skip
_DELIVER_SPAN = 5
"""Words on either side of the number searched for a verb of delivering."""


def _by_a_day(reading: _Reading, start: int, end: int) -> bool:
    """A day with "by" or "until" on it, no money word beside it ("ਅਠਾਰਾਂ ਤੱਕ ਸਮਾਨ ਭੇਜ
    ਦਿਓ", "send the flowers by 21"), with a verb of delivering near or another day of the
    month in the line: a deadline. "I'll go up to 55" ("pachpan tak de dungi") has
    neither and stays a price ceiling."""
    words = reading.words
    span = reading.number_at[start] if start < len(reading.number_at) else None
    if span is None or not (span.value == int(span.value) and 1 <= span.value <= 31):
        return False
    if any(reading.has(k, Cue.CURRENCY, Cue.UNIT) for k in range(max(start - 1, 0), end + 1)):
        return False
    before = _skip(reading, start - 1, -1)
    until = (
        (end < len(words) and words[end] in _UNTIL)
        or span.suffix in _UNTIL
        or (before >= 0 and words[before] in _UNTIL_BEFORE)
    )
    if not until:
        return False
    near = words[max(start - _DELIVER_SPAN, 0) : end + 1 + _DELIVER_SPAN]
    pairs = [" ".join(near[k : k + 2]) for k in range(len(near))]
    if any(w.startswith(_DELIVER) for w in near + pairs):
        return True
    others = {id(s): s for s in reading.number_at if s is not None and s.start != start}
    return any(is_date(reading, s.start, s.end, deadlines=False) for s in others.values())


def _is_month(reading: _Reading, k: int, *, beside: bool) -> bool:
    if not 0 <= k < len(reading.words):
        return False
    word = reading.words[k]
    stems = _MONTHS.get(reading.language, ()) + _ANY
    if word.isascii():
        # Romanized: the whole word ("march", "dec"), never a word it starts ("marching").
        return word in stems or (beside and word in _MAY)
    # A short name is the whole word ("मे", "மே"): "மேல" (above), "मेथी" are no months.
    if word.startswith(_LOOK_ALIKES):
        return False
    return any(word == s or (len(s) > 2 and word.startswith(s)) for s in stems)


def _skip(reading: _Reading, k: int, step: int) -> int:
    while 0 <= k < len(reading.words) and reading.words[k] in _BETWEEN:
        k += step
    return k


def is_date(reading: _Reading, start: int, end: int, *, deadlines: bool = True) -> bool:
    """Whether the number in tokens `start`..`end` is a day of the month (with
    `deadlines`, one said as the day the goods are wanted by, too)."""
    words = reading.words
    after, before = _skip(reading, end, 1), _skip(reading, start - 1, -1)
    if _is_month(reading, after, beside=after == end):
        return True
    if _is_month(reading, before, beside=before == start - 1):
        return True
    if end < len(words) and words[end].startswith(_DATE_WORDS):
        return True
    if _on_a_day(reading, start, end):
        return True
    if deadlines and _by_a_day(reading, start, end):
        return True
    if reading.language == "bn" and end - start == 1 and end < len(words):
        span = reading.number_at[start] if start < len(reading.number_at) else None
        suffix = span.suffix if span is not None else ""
        return suffix in _BN_DAY_ENDINGS and words[end].endswith(_BN_HOUR_ENDINGS)
    return False


def drop_dates(reading: _Reading) -> bool:
    """Drop the prices and counts that are days of a month; whether the line names any."""
    before = len(reading.prices) + len(reading.quantities)
    reading.prices = [p for p in reading.prices if not is_date(reading, p.start, p.end)]
    reading.quantities = [q for q in reading.quantities if not is_date(reading, q.start, q.end)]
    reading.quantity_at = {
        k: q for k, q in reading.quantity_at.items() if not is_date(reading, q.start, q.end)
    }
    return len(reading.prices) + len(reading.quantities) < before
