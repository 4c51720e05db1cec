"""A mandi auction call: "lot 4, fifteen fifty a quintal, who's going higher?", "लॉट चार,
पंद्रह सौ पचास क्विंटल, कोई ज़्यादा?". The number after the lot word names the lot, no
quantity and no price; the rate called is the caller's offer, and "who's going higher?"
asks for bids, no price question."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _NO_CUES, _Reading
from audio.understanding.trade_units import measure_beside

# The lot word as said in a mandi, in the ten languages' scripts (Gujarati "લોટ" is also
# flour: a lot number is only read with a far larger price after it).
_LOT_WORDS = frozenset(
    fold(w)
    for w in (
        "lot", "लॉट", "লট", "லாட்", "லாட்டு", "లాట్", "લોટ", "ಲಾಟ್", "ലോട്ട്", "ਲਾਟ",
    )
)  # fmt: skip
_NUMBER_WORDS = frozenset(
    fold(w) for w in ("number", "no", "no.", "नंबर", "नम्बर", "নম্বর", "நம்பர்", "నంబర్", "ನಂಬರ್")
)
_LARGEST_LOT = 100
"""A lot number is a small count; the rate called after it is ten times it or more."""


def _lot_number(reading: _Reading, span: NumberSpan) -> bool:
    """The span names a lot ("lot 4", "lot number 12"), not a weight or sum of it ("a
    lot of 40 kilos", "lot 2 quintals")."""
    if reading.has(span.end, Cue.UNIT, Cue.CURRENCY, Cue.PAISE):
        return False
    if reading.has(span.end, Cue.MEASURE):
        tokens = reading.tokens
        if "," not in reading.text[tokens[span.end - 1].end : tokens[span.end].start]:
            return False  # "lot 2 quintals for 3000"; "lot 3, quintal 1800" names lot 3
    k = span.start - 1
    if k >= 0 and reading.words[k] in _NUMBER_WORDS:
        k -= 1
    return k >= 0 and reading.words[k] in _LOT_WORDS


def drop_lot_numbers(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans without the lot numbers of an auction call ("lot 4, 1550 a quintal"):
    a whole number under a hundred right after the lot word, with a rate of ten times
    it or more called after it."""
    kept = []
    for index, span in enumerate(spans):
        small = span.value == int(span.value) and 0 < span.value < _LARGEST_LOT
        called = any(s.value >= 10 * span.value for s in spans[index + 1 :])
        if not (small and called and _lot_number(reading, span)):
            kept.append(span)
            continue
        for k in range(span.start, span.end):
            reading.number_at[k] = None
    return kept


# "Who's going higher?", "कोई ज़्यादा?", "யாராவது மேல?", "ఎవరైనా ఎక్కువ?", "কে বেশি দেবে?",
# "कोण वाढवतो?", "કોણ વધારે?", "ಯಾರು ಜಾಸ್ತಿ?", "ആരെങ്കിലും കൂട്ടുന്നോ?", "ਕੋਈ ਵੱਧ?"
_WHO = frozenset(
    fold(w)
    for w in (
        "who", "who's", "whos", "anyone", "anybody", "कोई", "koi", "कौन", "kaun",
        "யாராவது", "yaaravadhu", "யாரு", "யார்", "yaaru", "ఎవరైనా", "evaraina", "ఎవరు",
        "evaru", "কে", "ke", "কেউ", "keu", "कोण", "kon", "कोणी", "koni", "કોણ", "કોઈ",
        "ಯಾರು", "ಯಾರಾದರೂ", "yaaradru", "ആരെങ്കിലും", "aarenkilum", "ആര്", "aaru", "ਕੋਈ",
        "ਕੌਣ",
    )
)  # fmt: skip
_MORE = frozenset(
    fold(w)
    for w in (
        "higher", "more", "up", "above", "ज़्यादा", "ज्यादा", "zyada", "jyada", "बढ़ाएगा",
        "ऊपर", "upar", "மேல", "மேலே", "mela", "mele", "அதிகம்", "adhigam", "ఎక్కువ",
        "ekkuva", "ఎక్కువా", "বেশি", "beshi", "বাড়াবে", "barabe", "वाढवतो",
        "vadhavto", "वाढवणार", "जास्त", "jast", "jaast", "વધારે", "vadhare", "વધુ", "vadhu",
        "ಜಾಸ್ತಿ", "jaasti", "ಹೆಚ್ಚು", "hechchu", "കൂട്ടുന്നോ", "koottunno", "കൂടുതൽ",
        "kooduthal", "ਵੱਧ", "vadh", "ਜ਼ਿਆਦਾ", "ਜਿਆਦਾ",
    )
)  # fmt: skip


def invite_bids(reading: _Reading) -> bool:
    """Whether the line calls a rate for bids ("lot 4, 1550 a quintal, who's going
    higher?"): "who" and "more" after a rate per a unit of trade, or after a lot's
    number. The call names the caller's price; the invitation asks no price and refuses
    none, so its words lose their cues ("ఎక్కువ" is also "too much")."""
    words = reading.words
    lot = any(w in _LOT_WORDS for w in words)
    for k, word in enumerate(words):
        called = [p for p in reading.prices if p.end <= k]
        if word not in _WHO or not called:
            continue
        if not (lot or any(measure_beside(reading, p) is not None for p in called)):
            continue
        clause = range(k + 1, min(k + 4, len(words)))
        if reading.cue_near(k, len(words), Cue.NEGATION):
            continue  # "koi zyada nahi": nothing too dear
        if not any(words[j] in _MORE for j in clause):
            continue
        lots = [i for i, w in enumerate(words[:k]) if w in _LOT_WORDS]
        cleared = {*lots, *(i + 1 for i in lots), *range(k, len(words))}
        for j in cleared:
            reading.cues[j] = _NO_CUES  # Bengali "লট নয়": lot nine, not "not"
        reading.occurrences = [o for o in reading.occurrences if o[1] not in cleared]
        return True
    return False
