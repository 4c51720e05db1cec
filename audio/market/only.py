"""A way to pay said as the only one the stall may take: "card, or only cash?", "कार्ड
चलेगा या सिर्फ कैश?", "கார்டு எடுப்பீங்களா, இல்ல காசு மட்டும் தானா?". The customer
asks whether card is taken; the cash beside "only" is the alternative feared, not a
way offered, so the line asks about card (`pay_card`), not how to pay (`pay_how`).
The vendor's "cash or UPI?" has no "only" and still asks how.
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold, is_indic

_ONLY: dict[str, str] = {
    "en": "only; just",
    "hi": "सिर्फ; सिर्फ़; केवल; बस; ही; sirf; keval; kewal",
    "ta": "மட்டும்; மட்டுந்; மட்டுமா; mattum; mattuma",
    "te": "మాత్రమే; మాత్రమేనా; మాత్రం; matrame; maatrame; matram; maatram",
    "bn": "শুধু; শুধুই; কেবল; shudhu; sudhu; kebol",
    "mr": "फक्त; केवळ; fakt; phakt",
    "gu": "ફક્ત; માત્ર; ખાલી; fakt; khali; matra",
    "kn": "ಮಾತ್ರ; ಮಾತ್ರನಾ; ಮಾತ್ರಾನಾ; matra; maatra; maatrana; matrana",
    "ml": "മാത്രം; മാത്രമേ; മാത്രമാണോ; mathram; maathram; mathrame",
    "pa": "ਸਿਰਫ਼; ਸਿਰਫ; ਬੱਸ; ਕੇਵਲ; sirf; sirif",
}
"""Per language, words for "only" ("; " apart); an Indic word of three letters or more
also as a stem ("மட்டும்தானா")."""


@lru_cache(maxsize=16)
def _words(language: str) -> tuple[tuple[str, bool], ...]:
    out = []
    for lang in {language, "en"}:
        for word in filter(None, (w.strip() for w in _ONLY.get(lang, "").split(";"))):
            folded = fold(word)
            out.append((folded, is_indic(folded) and len(folded) >= 3))
    return tuple(out)


def said_only(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the word right before or after words [start, end) is "only"."""
    near = [words[i] for i in (start - 1, end) if 0 <= i < len(words)]
    return any(g == w or (stem and g.startswith(w)) for g in near for w, stem in _words(language))


def only_before(words: list[str], start: int, language: str, reach: int = 3) -> bool:
    """Whether "only" stands within `reach` words before `start`."""
    near = words[max(0, start - reach) : start]
    return any(g == w or (stem and g.startswith(w)) for g in near for w, stem in _words(language))
