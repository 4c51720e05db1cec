"""A bare "wait" that is also "be" or "stay": Tamil "இருங்க", Kannada "ಇರಿ", Telugu
"ఉండండి". Said alone, or opening a clause with only a term of address after it ("இருங்க",
"இருங்க அண்ணா, பாக்கறேன்", "ಇರಿ ಅಣ್ಣ, ನೋಡ್ತೀನಿ", "ఉండండమ్మా, చిల్లర తెస్తాను"), it asks
the listener to wait (`wait`). With anything else in its clause it is the verb "be" or
"stay" ("நல்லா இருங்க", be well; "வீட்ல இருங்க", stay at home; "జాగ్రత్తగా ఉండండి", take
care; "ಚೆನ್ನಾಗಿ ಇರಿ"): no wait is asked.

A term of address fused to the verb ("ఉండండమ్మా", "இருங்கம்மா") is the verb and the
address in one word. Words are matched like cues (see `audio.market.phrases`), each word
written whole (`=`), so no longer verb ("இருங்கீங்களா") is taken for the bare one.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from audio.market.phrases import Form, at, forms
from audio.understanding.address import ADDRESS

BARE = {
    "ta": "இருங்க=; இருங்கோ=; இருங்கள்=; irunga=; irungo=; இருங்கம்மா=; இருங்கண்ணா=; "
    "இருங்கக்கா=; இருப்பா=; iruppa=",
    "kn": "ಇರಿ=; iri=; ಇರೀ=; ಇರಪ್ಪ=; ಇರಮ್ಮ=; irappa=; iramma=",
    "te": "ఉండండి=; ఉండు=; undandi=; undu=; ఉండండమ్మా=; ఉండండన్నా=; ఉండండక్కా=; ఉండండీ=; "
    "ఉండమ్మా=; ఉండన్నా=; undandamma=; undamma=",
}
"""Per language, the bare verb that says "wait" only when said alone."""

TERMS = {
    "ta": "அண்ணா=; அண்ணே=; அக்கா=; சார்=; மேடம்=; அம்மா=; தம்பி=; பாட்டி=; தாத்தா=; மா=; பா=; "
    "ஐயா=; anna=; akka=; sir=; madam=; amma=; thambi=; ma=; pa=; iyya=; ayya=",
    "kn": "ಅಣ್ಣ=; ಅಕ್ಕ=; ಸರ್=; ಸಾರ್=; ಮೇಡಂ=; ಅಮ್ಮ=; ತಮ್ಮ=; ಸ್ವಾಮಿ=; ಅಜ್ಜಿ=; ಮೇಡಮ್=; anna=; akka=; "
    "sir=; madam=; amma=; swamy=; swami=",
    "te": "అన్నా=; అక్కా=; సార్=; మేడం=; అమ్మా=; తమ్ముడు=; బాబు=; అండి=; అన్న=; అక్క=; బామ్మ=; "
    "తాతా=; anna=; akka=; sir=; madam=; amma=; babu=; andi=",
}
"""Per language, the terms of address that may follow the bare verb in its clause."""


@lru_cache(maxsize=8)
def _bare(language: str) -> tuple[Form, ...]:
    return forms(BARE.get(language, ""))


@lru_cache(maxsize=8)
def _terms(language: str) -> tuple[Form, ...]:
    return forms(TERMS.get(language, ""))


def bare_wait(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The spans of the bare verbs that ask to wait: each opens its clause, the rest of
    which is terms of address or the verb said again (a "?" asks whether one stays)."""
    verbs = _bare(language)
    if not verbs:
        return []
    cuts = sorted({0, len(words), *(b for b in punct if 0 < b < len(words))})
    spans: list[tuple[int, int]] = []
    terms = _terms(language)
    for lo, hi in pairwise(cuts):
        if not any(at(v, words, lo) for v in verbs):
            continue
        rest = range(lo + 1, hi)
        if all(
            words[i] in ADDRESS
            or any(at(t, words, i) for t in terms)
            or any(at(v, words, i) for v in verbs)
            for i in rest
        ):
            spans.append((lo, hi))
    return spans
