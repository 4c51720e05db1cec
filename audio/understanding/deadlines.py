"""A day or an occasion the work is wanted by, not a cap on the price: "ठीक है, साढ़े
तीन सौ, पर रविवार तक सिल देना" (ok, 350, but stitch it by Sunday), "ਐਤਵਾਰ ਤੱਕ",
"ஞாயிறு வரைக்கும்", "ಸೋಮವಾರದವರೆಗೆ", or an hour ("साढ़े दस बजे तक"). The word of "up
to" after a day, a time of day, an hour of the clock or a festival bounds the time, so the
price beside it is no limit ("not more than"), and agreement to the price on the table
stays an accept."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

_TIMES = frozenset(
    fold(w)
    for w in (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "tomorrow", "evening", "morning", "tonight", "diwali", "holi", "eid", "lohri",
        "baisakhi", "pongal", "onam", "puja", "navratri", "christmas",
        "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "वीरवार", "शुक्रवार", "शनिवार", "रविवार",
        "इतवार", "कल", "परसों", "शाम", "सुबह", "दोपहर", "रात", "दिवाली", "दीवाली", "होली",
        "ईद", "somvar", "mangalvar", "budhvar", "guruvar", "shukravar", "shanivar", "ravivar",
        "itvaar", "itwar", "kal", "parso", "shaam", "sham", "subah", "diwali", "holi",
        "उद्या", "परवा", "संध्याकाळ", "दिवाळी", "udya", "sandhyakal",
        "ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨੀਵਾਰ", "ਐਤਵਾਰ", "ਕੱਲ੍ਹ",
        "ਕੱਲ", "ਸ਼ਾਮ", "ਸਵੇਰ", "ਲੋਹੜੀ", "ਵਿਸਾਖੀ", "ਦੀਵਾਲੀ", "ਗੁਰਪੁਰਬ",
        "સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર", "કાલ",
        "કાલે", "સાંજ", "સવાર", "દિવાળી", "હોળી", "નવરાત્રી", "ઉત્તરાયણ",
        "রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "কাল",
        "সন্ধ্যা", "সকাল", "পুজো", "পুজোর", "ঈদ",
        "ஞாயிறு", "திங்கள்", "செவ்வாய்", "புதன்", "வியாழன்", "வெள்ளி", "சனி", "சனிக்கிழமை",
        "ஞாயித்துக்கிழமை", "நாளைக்கு", "நாளை", "சாயங்காலம்", "பொங்கல்", "தீபாவளி",
        "ఆదివారం", "సోమవారం", "మంగళవారం", "బుధవారం", "గురువారం", "శుక్రవారం", "శనివారం",
        "రేపు", "సాయంత్రం", "సంక్రాంతి", "దీపావళి",
        "ಭಾನುವಾರ", "ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ", "ಶನಿವಾರ", "ನಾಳೆ",
        "ಸಂಜೆ", "ದೀಪಾವಳಿ", "ಯುಗಾದಿ",
        "ഞായറാഴ്ച", "തിങ്കളാഴ്ച", "ചൊവ്വാഴ്ച", "ബുധനാഴ്ച", "വ്യാഴാഴ്ച", "വെള്ളിയാഴ്ച",
        "ശനിയാഴ്ച", "നാളെ", "വൈകുന്നേരം", "ഓണം", "വിഷു",
        # an hour of the clock: "साढ़े दस बजे तक पहुँचा देना", "by eight o'clock"
        "baje", "बजे", "o'clock", "oclock", "वाजता", "vajta", "ਵਜੇ", "vaje", "વાગ્યા",
        "vagya", "മണി", "மணி", "గంటలు", "ಗಂಟೆ",
    )
)  # fmt: skip


# A floor of a building the goods are to be carried up to ("ठीक है, दो हज़ार, पर तीसरी
# मंज़िल तक पहुँचा देना", "deliver it up to the fifth floor", "ছ'তলা পর্যন্ত", "நாலாவது
# மாடி வரைக்கும்", "સાતમા માળ સુધી"): the "up to" bounds the way, no price. As a word's
# start, so that case endings stay on.
_FLOORS = tuple(
    fold(w)
    for w in (
        "floor", "storey", "मंज़िल", "मंजिल", "माला", "मजला", "मजल्या", "manzil", "ਮੰਜ਼ਿਲ",
        "ਮੰਜਿਲ", "માળ", "তলা", "তলায়", "মাড়ি", "மாடி", "అంతస్తు", "ఫ్లోర్", "ಮಹಡಿ", "ಫ್ಲೋರ್",
        "നില", "ഫ്ലോർ", "फ्लोर", "ফ্লোর", "ફ્લોર", "ਫਲੋਰ", "ஃப்ளோர்",
    )
)  # fmt: skip


# The Bengali floor word glued to its number: "ছ'তলা", "পাঁচতলায়".
_FLOOR_ENDINGS = tuple(fold(w) for w in ("তলা", "তলায়", "তলার"))


def _floor_word(word: str) -> bool:
    return word.startswith(_FLOORS) or word.endswith(_FLOOR_ENDINGS)


def _floor_near(reading: _Reading, start: int, end: int) -> bool:
    """A floor word right before the cue at `start`, or (a cue said before what it bounds,
    "up to the fifth floor") within three words after it."""
    words = reading.words
    if start > 0 and _floor_word(words[start - 1]):
        return True
    return any(_floor_word(w) for w in words[end : end + 3])


def times_not_caps(reading: _Reading) -> None:
    """Drop the "up to" cues said right after a day, a time of day, a festival or a floor
    of a building."""
    words = reading.words
    dropped = [
        o
        for o in reading.occurrences
        if (o[0] is Cue.CAP and o[1] > 0 and words[o[1] - 1] in _TIMES)
        or (o[0] in (Cue.CAP, Cue.CAP_BEFORE) and _floor_near(reading, o[1], o[2]))
    ]
    if not dropped:
        return
    reading.occurrences = [o for o in reading.occurrences if o not in dropped]
    for _, start, end in dropped:
        for k in range(start, end):
            reading.cues[k] = reading.cues[k] - {Cue.CAP, Cue.CAP_BEFORE}
