"""How long the goods last: "do saal aaram se chalega", "ਦੋ ਸਾਲ ਚੱਲੂ", "দু বছর চলবে",
"બે વર્ષ ચાલશે", "it'll easily last you two years", "319 નું રિચાર્જ છે, મહિનો ચાલશે" (it
will last a month). A verb of running or lasting said
after a span of time (years, months, days) tells how long the goods hold up; it is the
same word as "it will do" ("280 chalega"), but there it agrees to nothing, and English
"last" there is no "last price". The price said beside it stands as an offer.
"""

from __future__ import annotations

from functools import cache

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.dimensions import untag_fitting
from audio.understanding.noted import untag_noted
from audio.understanding.pure_words import untag_pure
from audio.understanding.reading import _Reading
from audio.understanding.spans import _tag_cues
from audio.understanding.such_words import untag_such
from audio.understanding.together_typed import tag_counted_together

# A span of time, as a word's start so that plural and case endings stay on.
# fmt: off
_SPANS: dict[str, tuple[str, ...]] = {
    "hi": ("साल", "saal", "sal", "महीन", "mahine", "mahina", "हफ्त", "हफ़्त", "hafte", "बरस",
           "baras", "वर्ष", "varsh", "दिन", "din"),
    "en": ("year", "month", "week", "yrs", "day"),
    "ta": ("வருஷ", "வருட", "மாசம்", "மாதம்", "நாள்", "varusham", "varusam", "varudam", "maasam"),
    "te": ("సంవత్సర", "ఏళ్ళు", "ఏళ్లు", "నెల", "రోజు", "samvatsar", "yellu", "nela", "roju"),
    "bn": ("বছর", "মাস", "দিন", "bochor", "bochhor", "bachhar", "bachar", "mas"),
    "mr": ("वर्ष", "महिने", "महिना", "दिवस", "varsh", "varsha", "mahine", "mahina", "divas"),
    "gu": ("વર્ષ", "વરસ", "મહિન", "દિવસ", "varas", "varsh", "mahin", "divas"),
    "kn": ("ವರ್ಷ", "ತಿಂಗಳು", "ದಿನ", "varsha", "tingalu"),
    "ml": ("വർഷ", "വര്ഷ", "കൊല്ല", "മാസം", "ദിവസ", "varsham", "varsh", "kollam", "maasam", "masam"),
    "pa": ("ਸਾਲ", "ਮਹੀਨ", "ਵਰ੍ਹ", "ਦਿਨ", "saal", "sal", "mahine"),
}
# The verb of running or lasting, as a word's start ("चलेगा", "चलेगी", "ਚੱਲੂ").
_LASTS: dict[str, tuple[str, ...]] = {
    "hi": ("चल", "chal", "टिक", "tik"),
    "en": ("last",),
    "ta": ("ஓடு", "ஓடும்", "தாங்கும்", "odum", "thaangum"),
    "te": ("నడుస్తు", "మన్నుతా", "nadustu", "mannuta"),
    "bn": ("চল", "টিক", "chol", "chal", "tik"),
    "mr": ("चाल", "टिक", "chal", "tik"),
    "gu": ("ચાલ", "ટક", "chal", "tak"),
    "kn": ("ನಡೆಯು", "ಬಾಳಿಕೆ", "ಬರುತ್ತೆ", "nadeyu", "baratte"),
    "ml": ("ഓടും", "നിൽക്കും", "നില്ക്കും", "odum", "nilkkum"),
    "pa": ("ਚੱਲ", "ਚਲ", "chal", "tik", "ਟਿਕ"),
}
# fmt: on
_REACH = 4
"""Words between the span of time and the verb at most ("do saal aaram se chalega")."""
_WILL = frozenset(fold(w) for w in ("will", "it'll", "it'l", "would", "can", "easily", "should"))
_CUES = (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.FINAL)


@cache
def _stems(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    spans = tuple(fold(w) for w in (*_SPANS.get(language, ()), *_SPANS["en"]))
    lasts = tuple(fold(w) for w in _LASTS.get(language, ()))
    return spans, lasts


def _lasts_at(reading: _Reading, k: int) -> bool:
    """The word at `k` is a verb of lasting after a span of time ("do saal ... chalega"),
    or English "last" after "will" ("it'll last you two years")."""
    spans, lasts = _stems(reading.language)
    words = reading.words
    if not words[k].startswith(lasts):
        return False
    if reading.language == "en" and k > 0 and words[k - 1] in _WILL:
        return True
    before = range(max(k - _REACH, 0), k)
    return any(
        words[j].startswith(spans) and all(reading.number_at[i] is None for i in range(j + 1, k))
        for j in before
    )


def untag_lasting(reading: _Reading) -> None:
    """Drop the agreement and "last price" cues said by a verb of lasting after a span of
    time: "do saal aaram se chalega" tells how long the goods hold up, no agreement."""
    lasting = {k for k in range(len(reading.words)) if _lasts_at(reading, k)}
    if not lasting:
        return
    dropped = [o for o in reading.occurrences if o[0] in _CUES and lasting & set(range(o[1], o[2]))]
    reading.occurrences = [o for o in reading.occurrences if o not in dropped]
    for _cue, start, end in dropped:
        for k in range(start, end):
            reading.cues[k] = reading.cues[k] - set(_CUES)


def tag_cues(reading: _Reading, language: str, spans: list[NumberSpan]) -> None:
    """Tag the cues (`spans._tag_cues`), less those a verb of lasting says, the
    "take" of "write it down" (`noted`), the "right" of "it fits" (`dimensions`) and the
    wholeness of English "pure" and "sari" (`pure_words`); Banglish "mile" after a count
    is "together" (`together_typed`)."""
    _tag_cues(reading, language, spans)
    untag_lasting(reading)
    untag_fitting(reading)
    untag_noted(reading)
    untag_such(reading, spans)
    untag_pure(reading)  # "12,500, pure silk", "this sari is 1,200": no total
    tag_counted_together(reading, spans)  # "tinte mile sat sho": together, no miles
