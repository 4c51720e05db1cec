"""Prices recalled from before: "yesterday it was fifty, why sixty today?", "last week you
gave it for 40, what's this now?", "I said 60 earlier, for you 55". A price said with a
word of the past beside it ("yesterday", "last week", "earlier", "kal ... tha") is no
offer: a later price replaces it, and when the line also asks why (or what this is),
the speaker questions the price now, so no price is recorded at all."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.moves import _BUT, _NOW
from audio.understanding.reading import _joined, _Price, _Reading

# Words of the past that date a price: yesterday, last week/time, earlier, before.
_PAST = frozenset(
    fold(w)
    for w in (
        "yesterday", "earlier", "before", "ago", "last week", "last time", "last month",
        "kal", "कल", "pehle", "पहले", "pahle", "pichhle", "pichle", "पिछले", "पिछली",
        "pichhli", "pichli",
        "কাল", "কালকে", "kalke", "গতকাল", "gotokal", "আগে", "age", "গত", "goto", "gato",
        "काल", "kaal", "आधी", "aadhi", "adhi", "पहिले", "pahile", "पूर्वी", "purvi", "मागच्या",
        "magchya", "मागील",
        "કાલે", "kale", "ગઈકાલે", "gaikale", "પહેલાં", "પહેલા", "pehla", "pehlan", "ગયા",
        "ગયે", "ગઈ",
        "ਕੱਲ੍ਹ", "ਕੱਲ", "ਕਲ", "kall", "ਪਹਿਲਾਂ", "ਪਿਛਲੇ", "ਪਿਛਲੀ",
        "నిన్న", "ninna", "ముందు", "mundu", "పోయిన", "poyina", "క్రితం",
        "நேத்து", "நேற்று", "nethu", "netthu", "nethiku", "முன்னாடி", "munnadi", "போன",
        "pona", "முன்னே",
        "ನಿನ್ನೆ", "ninne", "ಮುಂಚೆ", "munche", "ಹೋದ", "hoda", "ಹಿಂದಿನ", "hindina",
        "ഇന്നലെ", "innale", "മുമ്പ്", "മുൻപ്", "munpu", "mumbu", "കഴിഞ്ഞ", "kazhinja",
    )
)  # fmt: skip

# "Why", "how come", "what is this": the present price questioned.
_WHY = frozenset(
    fold(w)
    for w in (
        "why", "how come", "what's this", "what is this", "whats this",
        "kyun", "kyon", "kyu", "क्यों", "क्यूँ", "क्यूं", "ye kya", "yeh kya", "ये क्या",
        "यह क्या", "kaise", "कैसे",
        "কেন", "keno", "keno", "eta ki", "এটা কী", "এটা কি", "কী ব্যাপার", "ki byapar",
        "का", "ka", "कशाला", "kashala", "कसे", "kase", "हे काय", "he kay", "he kaay",
        "કેમ", "kem", "આ શું", "aa shu", "aa su",
        "ਕਿਉਂ", "ਕਿਓਂ", "kyon", "ਇਹ ਕੀ", "eh ki",
        "ఎందుకు", "enduku", "ఇదేంటి", "identi", "ఏంటి", "enti",
        "ஏன்", "yen", "ean", "என்ன இது", "இது என்ன", "enna idhu", "idhu enna",
        "ಯಾಕೆ", "ಯಾಕ್", "yaake", "yake", "yaak", "ಇದೇನು", "ಏನಿದು", "idenu", "enidu",
        "എന്താ", "എന്തിന്", "എന്താണ്", "enthaa", "entha", "enthina", "enthinu", "ഇതെന്താ",
        "ithentha",
    )
)  # fmt: skip


_FIRST_WORDS = frozenset(p.split()[0] for p in (*_PAST, *_WHY))


def _found(words: list[str], table: frozenset[str]) -> list[int]:
    """Where a word or a phrase of up to three words of `table` starts."""
    return [
        k
        for k, word in enumerate(words)
        if word in _FIRST_WORDS
        and any(" ".join(words[k : k + n]) in table for n in (1, 2, 3) if k + n <= len(words))
    ]


def _clause(reading: _Reading, k: int) -> tuple[int, int]:
    """The words between the pauses (punctuation), "now" or "but" on either side of `k`."""
    breaks = [
        j
        for j in range(1, len(reading.words))
        if not _joined(reading, j) or reading.words[j] in _NOW or reading.words[j] in _BUT
    ]  # "kal 40 tha aaj 50": "today" starts a clause of its own
    start = max((j for j in breaks if j <= k), default=0)
    stop = min((j for j in breaks if j > k), default=len(reading.words))
    return start, stop


def recalled(reading: _Reading) -> list[_Price]:
    """Prices dated by a word of the past in their own clause ("yesterday it was 50", "I
    said 60 earlier"), when the line goes on past that clause."""
    past = _found(reading.words, _PAST)
    if not past or not reading.prices:
        return []
    found = []
    for price in reading.prices:
        start, stop = _clause(reading, price.start)
        if stop < len(reading.words) and any(start <= k < stop for k in past):
            found.append(price)
    return found


def questions_a_rise(reading: _Reading, dated: list[_Price]) -> bool:
    """A price recalled from before and the line asks why, or what this is ("kal to 30
    tha, aaj 45 kyun?"): the price now is questioned, none is offered."""
    if not dated:
        return False
    tail = reading.words[dated[0].end :]
    return bool(_found(tail, _WHY)) or (
        reading.tokens[-1].raw == "?" and any(p.start > dated[-1].end for p in reading.prices)
    )


def set_aside_recalled(reading: _Reading, superseded: list[_Price]) -> bool:
    """Add the prices recalled from before to `superseded` when a price now follows
    ("I said 60 earlier, for you 55"); whether the line questions a rise, so that no
    price at all stands ("kal to 30 tha, aaj 45 kyun?")."""
    dated = recalled(reading)
    if dated and reading.prices[-1].start > dated[-1].end:
        superseded += [p for p in dated if p not in superseded]
    return questions_a_rise(reading, dated)
