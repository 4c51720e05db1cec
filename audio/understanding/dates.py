"""A date: a day's number beside a month's name ("the wedding is on 12 December",
"school opens on fifteen June", "पंधरा मे ला", "ਅਠਾਰਾਂ ਫਰਵਰੀ ਨੂੰ", "பொங்கல் தை ஒண்ணு",
"ചിങ്ങം ഒന്നിന്"), or beside a word for the date ("बारह तारीख", "பத்தாம் தேதி"), and
Bengali's day form before an hour ("উনিশে তিনটের ট্রেনে": on the 19th, the three
o'clock train). The number is a day, never a price or a count; a price said elsewhere in
the line stands ("the wedding is on 12 December; the set is 2,700")."""

from __future__ import annotations

from audio.lexicon import fold
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


def is_date(reading: _Reading, start: int, end: int) -> bool:
    """Whether the number in tokens `start`..`end` is a day of the month."""
    words = reading.words
    after, before = _skip(reading, end, 1), _skip(reading, start - 1, -1)
    if _is_month(reading, after, beside=after == end):
        return True
    if _is_month(reading, before, beside=before == start - 1):
        return True
    if end < len(words) and words[end].startswith(_DATE_WORDS):
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
