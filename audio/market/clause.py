"""The clause a cue stands in, for words said of something else anywhere in it.

"Traffic on this road has been too much since the flyover work started": the traffic is
six words before "too much", and "जब से फ्लाईओवर का काम शुरू हुआ, बहुत ज़्यादा हो गया"
puts the work in a clause of its own. A clause runs between punctuation in the line's
text ("," "." ";" "।" "!") and the words that begin another ("but", "लेकिन"); a "since" or
"from when" clause ("ever since", "जब से", "…ಆದಾಗಿನಿಂದ", "…झाल्यापासून") belongs to
the clause it is said with, before or after it. A clause that names the price ("the
rate", "भाव", "விலை") speaks of the price, whatever else it names.

"Who knows when the road work will finish" asks when, which no sold-out goods are asked:
a "when" word just before a word of finishing makes it no act (`asked_when`).

Words are matched like cues (see `audio.market.phrases`); since-endings (`_SINCE_ENDS`)
as the end of a word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audio.lexicon import TokenKind, fold, tokenize
from audio.market.phrases import Form, at, forms_in

_BEGIN = {
    "en": "but; because; so that; whereas",
    "hi": "लेकिन; मगर; पर=; क्योंकि; lekin; magar",
    "ta": "ஆனா=; ஆனால்; ana=",
    "te": "కానీ; కాని=; kani=",
    "bn": "কিন্তু; তবে=; kintu",
    "mr": "पण=; कारण=; pan=",
    "gu": "પણ=; પરંતુ; કારણ=; pan=",
    "kn": "ಆದರೆ; ಆದ್ರೆ; adre",
    "ml": "പക്ഷേ; പക്ഷെ; pakshe",
    "pa": "ਪਰ=; ਲੇਕਿਨ; ਕਿਉਂਕਿ; par=",
}
"""Words that begin another clause."""

_SINCE = {
    "en": "since; ever since; from when",
    "hi": "जब से; जबसे; तब से; तबसे; jab se; jabse; tab se",
    "ta": "லேருந்து; லிருந்து; முதல்=",
    "te": "నుంచి; నుండి; నించి",
    "bn": "যবে থেকে; যখন থেকে; তখন থেকে; পর থেকে; jobe theke",
    "mr": "तेव्हापासून; पासून; जेव्हापासून",
    "gu": "જ્યારથી; ત્યારથી; jyarthi",
    "kn": "ಅಂದಿನಿಂದ; ಆಗಿನಿಂದ",
    "ml": "മുതൽ; തൊട്ട്; muthal",
    "pa": "ਜਦੋਂ ਦਾ; ਜਦੋਂ ਦੀ; ਜਦੋਂ ਤੋਂ; ਜਦ ਦਾ; ਤੋਂ ਬਾਅਦ; jadon da; jadon ton",
}
"""Words that make a "since" or "from when" clause."""

_SINCE_ENDS = ("லேருந்து", "லிருந்து", "पासून", "ારથી", "ಾಗಿನಿಂದ", "ಅಂದಿನಿಂದ")
"""Endings that make a word a "since" clause's ("தொடங்கினதுலேருந்து", "झाल्यापासून")."""

_PRICE = {
    "en": "price; prices; rate; rates; cost",
    "hi": "दाम; भाव; रेट; कीमत; daam; bhav; rate",
    "ta": "விலை; ரேட்; vilai",
    "te": "ధర; రేటు; rate",
    "bn": "দাম; রেট; dam",
    "mr": "भाव; दर=; किंमत; रेट; bhav",
    "gu": "ભાવ; કિંમત; રેટ; bhav",
    "kn": "ಬೆಲೆ; ರೇಟ್; bele",
    "ml": "വില; റേറ്റ്; vila",
    "pa": "ਭਾਅ; ਰੇਟ; ਕੀਮਤ; bhaa",
}
"""Words that name the price: a clause with one speaks of the price."""

_WHEN = {
    "en": "when",
    "hi": "कब; kab",
    "ta": "எப்போ; எப்ப=; எப்போது; எப்பதான்; eppo",
    "te": "ఎప్పుడు; ఎప్పటికి; eppudu",
    "bn": "কবে; kobe",
    "mr": "कधी; kadhi",
    "gu": "ક્યારે; kyare",
    "kn": "ಯಾವಾಗ; yavaga; yaavaga",
    "ml": "എപ്പോ; എന്ന്=; എപ്പോഴാ; eppo",
    "pa": "ਕਦੋਂ; ਕਦ=; kadon; kado",
}
"""The question "when", asked of what will finish."""

_WHEN_NEAR = 3
"""How many words before the cue "when" may stand."""

_PUNCT = re.compile(r"[,;:!|।॥]+|\.(?!\d)|\s[-–—]+\s")


@lru_cache(maxsize=64)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    words = {"begin": _BEGIN, "since": _SINCE, "price": _PRICE, "when": _WHEN}[table]
    return forms_in(language, words)


def breaks(text: str) -> frozenset[int]:
    """The indices of the words (as `audio.market.recognise` reads them) that follow
    punctuation in `text`; none where the parts do not add up to the line's words."""

    def count(part: str) -> int:
        return sum(1 for t in tokenize(part) if t.kind is TokenKind.WORD or t.norm == "?")

    parts = _PUNCT.split(text)
    if len(parts) < 2 or sum(count(p) for p in parts) != count(text):
        return frozenset()
    out, n = set(), 0
    for part in parts[:-1]:
        n += count(part)
        out.add(n)
    return frozenset(out)


def _any(table: str, words: list[str], lo: int, hi: int, language: str) -> bool:
    return any(at(f, words, i) for i in range(lo, hi) for f in _forms(table, language))


def _since(words: list[str], lo: int, hi: int, language: str) -> bool:
    return _any("since", words, lo, hi, language) or any(
        w.endswith(fold(e)) for w in words[lo:hi] for e in _SINCE_ENDS
    )


def clause(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The clause [lo, hi) the cue at [start, end) stands in, with a since-clause beside it;
    None when the clause names the price."""
    cuts = sorted(
        {0, len(words), *(b for b in punct if 0 < b < len(words))}
        | {
            i
            for i in range(1, len(words))
            if any(at(f, words, i) for f in _forms("begin", language))
        }
    )
    lo = max(c for c in cuts if c <= start)
    hi = min(c for c in cuts if c >= end)
    own = (lo, hi)
    before = max((c for c in cuts if c < lo), default=None)
    if before is not None and _since(words, before, lo, language):
        lo = before
    after = min((c for c in cuts if c > hi), default=None)
    if after is not None and _since(words, hi, after, language):
        hi = after
    if _any("price", words, *own, language):
        return None
    return lo, hi


def asked_when(words: list[str], start: int, language: str) -> bool:
    """Whether "when" is asked just before the cue at `start` ("कब खत्म होगा")."""
    return _any("when", words, max(0, start - _WHEN_NEAR), start, language)
