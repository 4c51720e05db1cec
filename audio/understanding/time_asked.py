"""How long, how far, what time: a how-much word beside a word of time, distance or the
clock ("कितनी देर लगेगी?", "स्टेशन कितनी दूर है?", "இன்னும் எவ்வளவு நேரம்?", "ಎಷ್ಟು ದೂರ?",
"किती वाजलेत?", "how much longer?") asks no price: the word is not tagged a price
question (applied where cues are tagged, `spans`), and the line is `other`. "कितने का
है?" still asks the price.

So does a how-many word before a span of days, weeks, months or years, or a count of
times ("ये घी कितने दिन चलेगा?", "ఎన్ని రోజులకి ఒకసారి నీళ్ళు పోయాలి?", "ಎಷ್ಟು ಸಲ",
"എത്ര തവണ", "how many times a day?"): how long the goods keep or how often they are
used or cared for. Only after the how-many word: before it, the span is the rate's
("రోజుకి ఎంత?", "ದಿನಕ್ಕೆ ಎಷ್ಟು?", how much a day?)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import Phrase, TokenKind, fold
from audio.understanding.reading import _joined, _Reading

# Words of time, distance and the clock, as a word's start (the case endings vary:
# "வாஜलेत", "ਵੱਜੇ", "ದೂರದಲ್ಲಿ").
_TIME_STEMS = tuple(
    fold(w)
    for w in (
        # Hindi, Punjabi
        "देर", "समय", "टाइम", "बजे", "बजा", "दूर", "der", "samay", "baje", "door", "dur",
        "ਦੇਰ", "ਸਮਾਂ", "ਸਮੇਂ", "ਟਾਈਮ", "ਵੱਜ", "ਵਜ", "ਦੂਰ", "vaje", "vajje", "ਚਿਰ", "chir",
        # English
        "long", "far", "time", "o'clock",
        # Tamil, Telugu, Kannada, Malayalam
        "நேரம்", "நேரமா", "தூரம்", "மணி", "டைம்", "neram", "dhooram", "thooram",
        "duram", "dhuram", "thuram",
        "సమయం", "సేపు", "దూరం", "టైం", "టైమ్", "గంట", "samayam", "sepu", "dooram",
        "ಹೊತ್ತು", "ಸಮಯ", "ದೂರ", "ಟೈಮ್", "ಗಂಟೆ", "hottu", "samaya", "dura", "doora",
        "നേരം", "സമയം", "ദൂരം", "മണി", "ടൈം",
        # Bengali, Marathi, Gujarati
        "সময়", "সময়", "দূর", "দুর", "বাজে", "টাইম", "somoy", "baje",
        "वेळ", "लांब", "वाज", "vel", "lamb", "vajle",
        "વાર", "સમય", "દૂર", "વાગ", "ટાઈમ", "vaagya", "vagya",
    )
)  # fmt: skip
# Spans of days, weeks, months and years, and counts of times, as a word's start, heard
# only right after the how-many word ("कितने दिन", "ఎన్ని సార్లు", "എത്ര പ്രാവശ്യം").
SPAN_STEMS = tuple(
    fold(w)
    for w in (
        # Hindi, Punjabi
        "दिन", "हफ्त", "हफ़्त", "महीन", "साल", "बार", "din", "hafte", "mahin", "saal", "baar",
        "ਦਿਨ", "ਹਫ਼ਤ", "ਹਫਤ", "ਮਹੀਨ", "ਸਾਲ", "ਵਾਰ",
        # English
        "day", "days", "weeks", "months", "years", "times", "often",
        # Tamil, Telugu, Kannada, Malayalam
        "நாள்", "நாட்கள்", "வாரம்", "மாசம்", "மாதம்", "வருஷம்", "வருடம்", "தடவை", "வாட்டி",
        "முறை", "naal", "thadavai", "vaatti",
        "రోజు", "వారా", "వారం", "నెల", "సంవత్సర", "ఏళ్ళ", "సార్లు", "సారి", "roju", "nela", "sarlu",
        "ದಿನ", "ವಾರ", "ತಿಂಗಳ", "ವರ್ಷ", "ಸಲ", "ಸಾರಿ", "ಬಾರಿ", "tingal",
        "ദിവസ", "നാൾ", "ആഴ്ച", "മാസം", "മാസത്ത", "വർഷ", "കൊല്ല", "തവണ", "പ്രാവശ്യ", "divasa", "maasa",
        "thavana",
        # Bengali, Marathi, Gujarati
        "দিন", "সপ্তাহ", "মাসের", "বছর", "বার",
        "दिवस", "आठवड", "महिन", "वर्ष", "divas", "mahine",
        "દિવસ", "અઠવાડિ", "મહિન", "વર્ષ",
    )
)  # fmt: skip
# Such words heard only whole: Bengali "মাস" (month) begins "মাসি" (auntie, "এটা কত মাসি?").
_SPAN_WORDS = frozenset(fold(w) for w in ("মাস",))


def span_word(word: str) -> bool:
    """Whether `word` (folded) is a span of days, weeks, months or years, or a count of
    times, said after a how-many word ("कितने दिन", "എത്ര തവണ")."""
    return word.startswith(SPAN_STEMS) or word in _SPAN_WORDS


# Words that may stand between the how-much word and the time word ("how much longer",
# "kitni aur der").
_BETWEEN = frozenset(fold(w) for w in ("और", "aur", "more", "இன்னும்", "ఇంకా", "ಇನ್ನೂ", "ਹੋਰ"))


def _time_word(reading: _Reading, k: int) -> bool:
    return 0 <= k < len(reading.words) and reading.words[k].startswith(_TIME_STEMS)


# The clock words that are also a bell, sold at a stall: Tamil, Malayalam "மணி", "മണി",
# Telugu "గంట(లు)", Kannada "ಗಂಟೆ".
_BELLS = tuple(fold(w) for w in ("மணி", "മണി", "గంట", "ಗಂಟೆ"))
# "Now", "today", "so": said before the clock word, the hour is asked ("இப்ப மணி
# எவ்வளவு?", "ಈಗ ಗಂಟೆ ಎಷ್ಟು?").
_NOW = frozenset(
    fold(w)
    for w in (
        "இப்ப", "இப்போ", "இப்போது", "ippa", "ippo", "ഇപ്പോൾ", "ഇപ്പോ", "ippol", "ఇప్పుడు",
        "ippudu", "ಈಗ", "iga", "eega", "இன்னைக்கு", "ഇന്ന്", "ఈరోజు", "ಇವತ್ತು", "சரி", "ശരി",
        "సరే", "ಸರಿ", "அண்ணா", "அக்கா", "ചേട്ടാ", "ചേച്ചീ", "అన్నా", "ಅಣ್ಣ", "ಅಕ್ಕ",
    )
)  # fmt: skip


def _bell(reading: _Reading, k: int) -> bool:
    """The clock word at `k` is a bell: a noun joined before it says whose ("மாட்டு மணி",
    "ಎತ್ತಿನ ಗಂಟೆ", "ఎద్దు గంటలు", "cycle bell"), none of "now" or a term of address."""
    words = reading.words
    if not words[k].startswith(_BELLS) or k == 0 or not _joined(reading, k):
        return False
    before = words[k - 1]
    return reading.tokens[k - 1].kind is TokenKind.WORD and before not in _NOW


def asks_time(reading: _Reading, i: int, phrase: Phrase) -> bool:
    """The price-question phrase at `i` asks how long, how far or what time: a word of
    time, distance or the clock right after it (one "more" word may come between) or
    right before it ("టైం ఎంత", "സമയം എത്ര"), or fused to it ("ఎంతసేపు")."""
    if phrase.cue not in (Cue.QUESTION, Cue.WEAK_QUESTION):
        return False
    if len(phrase.words) == 1 and i < len(reading.words):
        fused = reading.words[i]
        if fused != phrase.words[0] and fused.startswith(phrase.words[0]):
            rest = fused[len(phrase.words[0]) :]
            if rest.startswith(_TIME_STEMS) or span_word(rest):
                return True  # "ఎంతసేపు", "কতদিন": the time word fused to the stem
    after = i + len(phrase.words)
    if after < len(reading.words) and reading.words[after] in _BETWEEN:
        after += 1
    before = i - 1 >= 0 and _joined(reading, i) and _time_word(reading, i - 1)
    before = before and not _bell(reading, i - 1)
    return before or (
        after < len(reading.words)
        and _joined(reading, after)
        and (_time_word(reading, after) or span_word(reading.words[after]))
    )
