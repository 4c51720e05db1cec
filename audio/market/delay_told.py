"""A delay or the time left told with a word for "there is": "বাসের দেরি আছে" (the bus is
late), "अभी टाइम है", "ಇನ್ನೂ ಟೈಮ್ ಇದೆ". The word for "there is" after a word of delay or time
asks for no goods: the stock question (`have_it`) it would be alone is not heard.

Words of delay and time (`DELAY`, per language, English's in every language) are matched
like cues (see `audio.market.phrases`) on the word just before the `have_it` cue.
"""

from __future__ import annotations

from audio.market.phrases import at, forms_in

HAVE = "have_it"

DELAY = {
    "en": "time=; late=; delay; stuck",
    "hi": "देर; देरी; टाइम; समय; फँस; फंस; अटक; der=; deri; time=; samay; phans*; fans*; atak*",
    "ta": "நேரம்; டைம்; லேட்; மாட்டி; neram; late=; maatti*",
    "te": "టైం; టైమ్; సమయం; ఆలస్యం; ఇరుక్కు; lete; alasyam; irukku*",
    "bn": "দেরি; দেরী; সময়; টাইম; আটকে; ফেঁসে; deri; somoy; atke; feshe",
    "mr": "वेळ; उशीर; टाइम; अडक; vel=; ushir; adak*",
    "gu": "વાર; સમય; ટાઇમ; મોડું; ફસાઈ; અટવાઈ; var=; samay; modu; fasai; atvai",
    "kn": "ಟೈಮ್; ತಡ; ಸಮಯ; ಸಿಕ್ಕಿಹಾಕ; tada",
    "ml": "സമയം; ടൈം; താമസം; കുടുങ്ങ; samayam; thamasam; kudung*",
    "pa": "ਦੇਰ; ਟਾਈਮ; ਸਮਾਂ; ਫਸ; ਅਟਕ; der=; samaan; phas*",
}
"""Per language, words of delay or of time left, or of being stuck on the way ("ট্রাকটা
জ্যামে আটকে আছে", the lorry is stuck in a jam)."""


def delay_told(words: list[str], start: int, language: str) -> bool:
    """Whether the `have_it` cue at `start` follows a word of delay or time."""
    return start > 0 and any(at(f, words, start - 1) for f in forms_in(language, DELAY))
