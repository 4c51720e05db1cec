"""A delay or the time left told with a word for "there is": "বাসের দেরি আছে" (the bus is
late), "अभी टाइम है", "ಇನ್ನೂ ಟೈಮ್ ಇದೆ". The word for "there is" after a word of delay or time
asks for no goods: the stock question (`have_it`) it would be alone is not heard.

Words of delay and time (`DELAY`, per language, English's in every language) are matched
like cues (see `audio.market.phrases`) on the word just before the `have_it` cue.
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, at, forms_in

HAVE = "have_it"

DELAY = {
    "en": "time=; late=; delay",
    "hi": "देर; देरी; टाइम; समय; der=; deri; time=; samay",
    "ta": "நேரம்; டைம்; லேட்; neram; late=",
    "te": "టైం; టైమ్; సమయం; ఆలస్యం; lete; alasyam",
    "bn": "দেরি; দেরী; সময়; টাইম; deri; somoy",
    "mr": "वेळ; उशीर; टाइम; vel=; ushir",
    "gu": "વાર; સમય; ટાઇમ; મોડું; var=; samay; modu",
    "kn": "ಟೈಮ್; ತಡ; ಸಮಯ; tada",
    "ml": "സമയം; ടൈം; താമസം; samayam; thamasam",
    "pa": "ਦੇਰ; ਟਾਈਮ; ਸਮਾਂ; der=; samaan",
}
"""Per language, words of delay or of time left."""


@cache
def _forms(language: str) -> tuple[Form, ...]:
    return forms_in(language, DELAY)


def delay_told(words: list[str], start: int, language: str) -> bool:
    """Whether the `have_it` cue at `start` follows a word of delay or time."""
    return start > 0 and any(at(f, words, start - 1) for f in _forms(language))
