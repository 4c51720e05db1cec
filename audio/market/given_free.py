"""A free thing already given, or offered by the speaker: thanks, small talk or a joke, no
request for something extra.

"You gave the little one a balloon free" (`GAVE`: a past verb of giving) tells what the
vendor did; "if you talk so sweetly, shall I give all the books free?" (a giving the
speaker offers, "दे दूँ?", "ivvana?", "kodla?") is the vendor's joke; the "free" of
either asks for nothing (`ask_extra`). A word of giving asked for
outside that verb ("you gave less, put a little more") keeps the request: the frame words
of `audio.market.frames` are looked for outside the past verb.

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language.
"""

from __future__ import annotations

from functools import cache

from audio.market.frames import FRAMES
from audio.market.phrases import Form, end_at, forms_in

EXTRA = "ask_extra"
"""The act a free thing already given does not ask."""

GAVE = {
    "en": "gave; you gave; have given; had given; you've given",
    "hi": "दे दिया; दे दी=; दे दिए; दिया=; दिए=; de diya; de di=; de diye; diya=",
    "ta": "குடுத்தீங்க; கொடுத்தீங்க; குடுத்துட்டீங்க; கொடுத்துட்டீங்க; குடுத்த; கொடுத்த; "
    "kudutheenga; kuduthinga; koduthinga; kuduthuteenga",
    "te": "ఇచ్చారు; ఇచ్చావు; ఇచ్చేశారు; ఇచ్చావ్; ichcharu; icharu; ichaaru; ichav*",
    "bn": "দিলেন; দিয়েছেন; দিয়ে দিলেন; দিলে=; dilen; diyechen; diye dilen",
    "mr": "दिलं; दिला=; दिली=; दिले=; दिलंत; दिलात; dila=; dili=; dilat; dilant",
    "gu": "આપ્યું; આપ્યો; આપ્યા; આપી દીધ; aapyu; aapyo; apyu; aapi didh*",
    "kn": "ಕೊಟ್ರಿ; ಕೊಟ್ಟಿರಿ; ಕೊಟ್ಟಿದ್ದೀರಿ; ಕೊಟ್ಟ; kottri; kottiri; kottidiri",
    "ml": "തന്നു; തന്നല്ലോ; കൊടുത്തു; thannu; koduthu",
    "pa": "ਦੇ ਦਿੱਤਾ; ਦੇ ਦਿੱਤੀ; ਦੇ ਦਿੱਤੇ; ਦਿੱਤਾ; ਦਿੱਤੀ; de ditta; de ditti; de dite; ditta; ditti",
}
"""Per language, a verb of giving in the past: what was given, not what is asked."""

OFFERED = {
    "en": "shall i give; should i give; shall i just give",
    "hi": "दे दूँ; दे दूं; दे दू=; दूँ क्या; de doon; de dun; de du=; doon kya",
    "ta": "குடுக்கட்டுமா; கொடுக்கட்டுமா; தரட்டுமா; kudukkattuma; kodukkattuma; tharattuma",
    "te": "ఇవ్వనా; ఇచ్చేయనా; ivvana; ichcheyana; icheyana",
    "bn": "দিয়ে দেব; দিয়ে দিই; দেব নাকি; diye debo; diye dii; debo naki",
    "mr": "देऊ का; देऊन टाकू; deu ka; deun taku",
    "gu": "આપી દઉં; આપું=; aapi dau; aapu=",
    "kn": "ಕೊಡ್ಲಾ; ಕೊಡಲಾ; ಕೊಟ್ಟುಬಿಡ್ಲಾ; kodla; kodala; kottubidla",
    "ml": "തരട്ടെ; തന്നേക്കട്ടെ; tharatte; thannekkatte",
    "pa": "ਦੇ ਦੇਵਾਂ; ਦੇ ਦਿਆਂ; de devan; de diyan",
}
"""Per language, a giving the speaker offers ("shall I give?"): the speaker's to give."""


@cache
def _giving(language: str) -> tuple[Form, ...]:
    return forms_in(language, FRAMES[EXTRA])


def _spans(forms: tuple[Form, ...], words: list[str]) -> list[tuple[int, int]]:
    out = []
    for i in range(len(words)):
        for f in forms:
            end = end_at(f, words, i)
            if end is not None:
                out.append((i, end))
    return out


def given_free(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the `ask_extra` cue at [start, end) tells a free thing already given: a past
    verb of giving in the line and no word of giving asked outside it and the cue."""
    given = _spans(forms_in(language, GAVE, OFFERED), words)
    if not given:
        return False
    taken = {k for s, e in [*given, (start, end)] for k in range(s, e)}
    return not any(not taken & set(range(s, e)) for s, e in _spans(_giving(language), words))
