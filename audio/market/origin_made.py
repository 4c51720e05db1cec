"""Goods said to come straight from a place, ordered from one, or made by hand in a
workshop or by a town's craftsmen claim where they come from (`claim_origin`), whatever
the place is called: "these locks come straight from Aligarh", "ये चप्पलें आगरा से
मँगवाई हैं", "ਇਹ ਫੁਲਕਾਰੀ ਨਾਭੇ ਤੋਂ ਮੰਗਵਾਈ ਹੈ", "the mattresses are filled by hand in our own
workshop", "కొండపల్లి కళాకారులు ఈ బొమ్మలు చేత్తో చేశారు".

- A word of "straight" (`STRAIGHT`) with a "from" (`origin_told.FROM`, a word or an
  ending fused to the place) within a few words of it, before or after ("from Bhadohi
  directly").
- A "from" with a verb of ordering goods right after it (`ORDERED`: "से मँगवाई",
  "থেকে আনানো", "ਤੋਂ ਮੰਗਵਾਈ").
- "By hand" (`HAND`) with a workshop (`WORKSHOP`) or craftsmen (`CRAFTSMEN`) in the line.

Not where a word of travel stands in the line (`places.TRAVEL`: "सीधे दफ़्तर से आ रहा
हूँ" is the speaker's way), nor after "I" or "we" in the clause (`origin_told.SPEAKER`:
"I ordered it from Amazon"), nor where a price is asked. Words are matched like cues
(see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.origin_told import FROM, SPEAKER
from audio.market.passes import Line
from audio.market.phrases import Form, at, end_at, forms_in
from audio.market.places import TRAVEL

ORIGIN = "claim_origin"

STRAIGHT = {
    "en": "straight; directly; direct",
    "hi": "सीधे; सीधा; सीधी; डायरेक्ट; seedhe; seedha; sidhe; sidha",
    "ta": "நேரா; நேரடியா; நேரடியாக; nera; neraa",
    "te": "నేరుగా; డైరెక్ట్; neruga",
    "bn": "সোজা; সরাসরি; soja; sorasori",
    "mr": "थेट; सरळ; thet",
    "gu": "સીધા; સીધું; સીધી; સીધો; sidha; sidhu",
    "kn": "ನೇರವಾಗಿ; ನೇರ=; ಡೈರೆಕ್ಟ್; neravagi",
    "ml": "നേരെ; നേരിട്ട; nere; nerittu",
    "pa": "ਸਿੱਧੇ; ਸਿੱਧਾ; ਸਿੱਧੀ; sidhe",
}
"""Per language, "straight" or "directly" said of where goods come from."""

ORDERED = {
    "en": "ordered; order; sourced",
    "hi": "मंगवा*; मँगवा*; मंगाए; मंगाई; मंगाया; mangwa*",
    "ta": "வரவழை; varavazhai*",
    "te": "తెప్పించ; teppinch*",
    "bn": "আনানো; আনিয়ে; anano",
    "mr": "मागवल; मागवत; मागव*; magav*",
    "gu": "મંગાવ; mangav*",
    "kn": "ತರಿಸ; taris*",
    "ml": "വരുത്ത; varuth*",
    "pa": "ਮੰਗਵਾ; mangwa*",
}
"""Per language, a verb of ordering goods from a place."""

HAND = {
    "en": "by hand; handmade; hand-made; hand made",
    "hi": "हाथ से; हाथों से; haath se; hath se",
    "ta": "கையால; கையாலே; kaiyala",
    "te": "చేత్తో; చేతితో; chetto",
    "bn": "হাতে=; হাত দিয়ে; hate=",
    "mr": "हाताने; हातानं; hatane",
    "gu": "હાથે=; હાથથી; hathe",
    "kn": "ಕೈಯಿಂದ; ಕೈಯಲ್ಲೇ; ಕೈಯಲ್ಲಿ; kaiyinda",
    "ml": "കൈകൊണ്ട; കൈ കൊണ്ട; kaikond*",
    "pa": "ਹੱਥ ਨਾਲ; ਹੱਥੀਂ; hath naal",
}
"""Per language, "by hand"."""

WORKSHOP = {
    "en": "workshop; factory",
    "hi": "कारखान; कारखान्य; कारख़ान; वर्कशॉप; फैक्ट्री; फ़ैक्टरी; karkhan*",
    "ta": "பட்டறை; தொழிற்சாலை; ஃபேக்டரி; pattarai*",
    "te": "కార్ఖానా; కర్మాగార; ఫ్యాక్టరీ; karkhana*",
    "bn": "কারখানা; ওয়ার্কশপ; ফ্যাক্টরি; karkhana*",
    "mr": "कारखान; कारखान्य; कार्यशाळ; वर्कशॉप; फॅक्टरी; karkhan*",
    "gu": "કારખાન; ફેક્ટરી; વર્કશોપ; karkhan*",
    "kn": "ಕಾರ್ಖಾನೆ; ಫ್ಯಾಕ್ಟರಿ; ವರ್ಕ್‌ಶಾಪ್; karkhane",
    "ml": "പണിശാല; ഫാക്ടറി; വർക്ക്ഷോപ്പ; panishala*",
    "pa": "ਕਾਰਖਾਨ; ਫੈਕਟਰੀ; ਵਰਕਸ਼ਾਪ; karkhan*",
}
"""Per language, a workshop or a factory the goods are made in."""

CRAFTSMEN = {
    "en": "craftsmen; craftsman; artisans; artisan; weavers; karigar*",
    "hi": "कारीगर; शिल्पकार; karigar*",
    "ta": "கைவினைஞர்; கைவினை; கலைஞர்கள்",
    "te": "కళాకారు; చేతివృత్తి",
    "bn": "কারিগর; শিল্পী; karigor*",
    "mr": "कारागीर; कारागिर; कारीगर; karagir*",
    "gu": "કારીગર; karigar*",
    "kn": "ಕುಶಲಕರ್ಮಿ; ಕಾರಿಗರ; ಕಲಾವಿದ",
    "ml": "പണിക്കാർ; കരകൗശല; ശില്പി",
    "pa": "ਕਾਰੀਗਰ; karigar*",
}
"""Per language, craftsmen who make the goods."""

_REACH = 3
"""Words between "straight" and its "from"."""


def _is_from(words: list[str], k: int, language: str) -> bool:
    """Whether `words[k]` is "from" or ends in it, fused to the place ("अलीगडहून")."""
    forms = forms_in(language, FROM)
    if any(at(f, words, k) for f in forms):
        return True
    word = words[k]
    return not word.isascii() and any(
        len(f) == 1 and len(word) > len(f[0][0]) + 1 and word.endswith(f[0][0]) for f in forms
    )


def _first(table: dict[str, str], words: list[str], language: str) -> tuple[int, int] | None:
    for i in range(len(words)):
        for f in forms_in(language, table):
            end = end_at(f, words, i)
            if end is not None:
                return i, end
    return None


def _spans(words: list[str], language: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    straight = forms_in(language, STRAIGHT)
    ordered = forms_in(language, ORDERED)
    for i in range(len(words)):
        if any(at(f, words, i) for f in straight):
            lo, hi = max(0, i - _REACH), min(len(words), i + _REACH + 1)
            near = [k for k in range(lo, hi) if k != i and _is_from(words, k, language)]
            if near:
                out.append((min(i, *near), max(i, *near) + 1))
        if i + 1 < len(words) and _is_from(words, i, language):
            ends = [end_at(f, words, i + 1) for f in ordered]
            end = max((e for e in ends if e is not None), default=None)
            if end is not None:
                out.append((i, end))
    hand = _first(HAND, words, language)
    if hand is not None and (
        _first(WORKSHOP, words, language) or _first(CRAFTSMEN, words, language)
    ):
        out.append(hand)
    return out


def _of_self(words: list[str], i: int, language: str, punct: frozenset[int]) -> bool:
    lo = max([b for b in punct if b <= i] + [0])
    speaker: tuple[Form, ...] = forms_in(language, SPEAKER)
    return any(at(f, words, k) for k in range(lo, i + 1) for f in speaker)


def origin_made(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` with the origin claimed of goods come straight from, ordered from or made by
    hand at a place (see above)."""
    words, language = line.words, line.language
    if any(h.act in (ORIGIN, "ask_price") for h in hits):
        return hits
    if any(at(f, words, i) for i in range(len(words)) for f in forms_in(language, TRAVEL)):
        return hits
    spans = [s for s in _spans(words, language) if not _of_self(words, s[0], language, line.punct)]
    return [*hits, Hit(ORIGIN, *spans[0])] if spans else hits
