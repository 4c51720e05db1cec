"""A floor said as take it or leave it: "800 rupees, not less", "can't do less than 740",
"एक ही दाम, इससे कम नहीं", "எண்ணூறு, அதுக்கு கம்மி இல்ல", "എഴുനൂറ്റി എഴുപത്, അതിൽ
കുറയില്ല", "Rs 38 kilo, is ton ghatt nahi". The price is an offer marked final: nothing
below it will do. Not when asked ("won't it come for less than 800?"), nor "60 is not
little either" (a complaint that it is dear)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.distances import said_of_the_way
from audio.understanding.reading import _Reading

# "Less", "lower", "below" in the ten languages; Indic words by the stem their endings
# follow ("తక్కువకి", "ઓછું", "കുറച്ച്", "कमी").
_LESS = frozenset(
    fold(w)
    for w in (
        "less", "lower", "below", "कम", "kam", "घट", "ghat", "ghatt", "नीचे", "niche",
        "kammi", "keezha", "kuraiya", "takkuva", "thaggedi", "কম", "কমে", "kom", "kome",
        "kami", "khali", "ochhu", "ochu", "ocha", "kadime", "kurayilla", "kurachu", "kuravu", "ਘੱਟ",
        # "below": "এর নিচে", "ਇਸ ਤੋਂ ਥੱਲੇ", "ਹੇਠਾਂ", "નીચે", "కింద", "ಕೆಳಗೆ", "താഴെ"
        "নিচে", "নীচে", "ਥੱਲੇ", "thalle", "ਹੇਠਾਂ", "નીચે", "కింద", "ಕೆಳಗೆ", "താഴെ",
        # "come down": "it won't come down", "আর কমবে না" (it won't come down any more)
        "down", "কমবে", "কমাব", "কমানো", "kombe", "komabo",
    )
)  # fmt: skip
_LESS_STEMS = tuple(
    fold(w)
    for w in (
        "கம்மி", "குறைய", "குறைச்ச", "குறைஞ்ச", "கீழ", "తక్కువ", "తగ్గ", "कमी", "खाली",
        "ઓછ", "ಕಮ್ಮಿ", "ಕಡಿಮೆ", "കുറ",
    )
)  # fmt: skip
# The "less" word with its "not" in it: "കുറയില്ല" (won't come down), "കുറയ്ക്കില്ല".
_LESS_REFUSED = frozenset(fold(w) for w in ("കുറയില്ല", "കുറയ്ക്കില്ല", "kurayilla"))
# "60 is not little either": "also", "even" before "less" says the price is dear.
_ALSO = frozenset(
    fold(w) for w in ("also", "too", "even", "भी", "bhi", "ਵੀ", "vi", "पण", "ಕೂಡ", "kuda")
)
_REFUSALS = (Cue.NEGATION, Cue.NOT, Cue.REJECT)
# A verb with its "not" in its ending, after "less" or "below": Tamil "கீழ போகாது" (won't
# go below), Telugu "తగ్గదు", Kannada "ಇಳಿಯಲ್ಲ", Malayalam "താഴില്ല".
_REFUSED_ENDINGS: dict[str, tuple[str, ...]] = {
    "ta": ("ாது", "ாதுங்க", "மாட்டேன்", "மாட்டோம்"),
    "te": ("దు", "లేను", "ను"),
    "kn": ("ಲ್ಲ", "ಲ್ಲಾ"),
    "ml": ("ില്ല",),
}


def refused_before(reading: _Reading, start: int, k: int) -> bool:
    """A refusal said from `start` up to the "less/more" word at `k`, outside a phrase
    that holds the word itself: "thoda kam kar dunga" (I'll make it a little less) is a
    request phrase, and its "thoda" refuses nothing."""
    own = {j for _, a, b in reading.occurrences if a <= k < b for j in range(a, b)}
    return any(reading.has(j, *_REFUSALS) for j in range(max(start, 0), k) if j not in own)


def _less(word: str) -> bool:
    return word in _LESS or (not word.isascii() and word.startswith(_LESS_STEMS))


# "Won't give it for less", "can't sell them for less", "can't do it for less": a verb of
# giving, its goods, then "for" or "at" before the "less".
_GIVING = frozenset(fold(w) for w in ("give", "sell", "do", "let", "part"))
_FOR_LESS = frozenset(fold(w) for w in ("for", "at", "it", "them", "this", "that", "go", "with"))


def _refused_giving_for(reading: _Reading, k: int) -> bool:
    """The "less" at `k` ends "won't give it for less": a refused verb of giving, its
    goods and a "for" before it, nothing else (never a price of its own)."""
    words = reading.words
    if k < 2 or words[k - 1] not in _FOR_LESS:
        return False
    j = k - 1
    while j > 0 and k - j <= 4 and words[j] in _FOR_LESS and reading.number_at[j] is None:
        j -= 1
    return words[j] in _GIVING and reading.cue_near(j - 2, j, *_REFUSALS)


def gives_for_less_after(reading: _Reading, k: int) -> bool:
    """The refusal at `k` goes on "give it for less" ("won't give it for less", "can't
    sell them for less"): its "not" is the less's, the price before stands as a floor."""
    words = reading.words
    j = k + 1
    if j >= len(words) or words[j] not in _GIVING:
        return False
    j += 1
    while j < len(words) and j - k <= 5 and words[j] in _FOR_LESS:
        j += 1
    return j < len(words) and j > k + 2 and _less(words[j]) and _refused_giving_for(reading, j)


def floor_said(reading: _Reading) -> bool:
    """Whether a price that stands is called the floor: a "less" word refused right
    after it ("not less", "कम नहीं", "கம்மி இல்ல", "తగ్గేది లేదు") or right before it
    ("not less", "can't do less than 740"), in a line that asks nothing."""
    words = reading.words
    if any(t.raw == "?" for t in reading.tokens) or reading.cue_near(0, len(words), Cue.QUESTION):
        return False
    standing = [p for p in reading.prices if not p.negated]
    for k, word in enumerate(words):
        if not _less(word) or not standing or said_of_the_way(reading, k):
            continue  # "தூரம் கம்மி": the way is short, no floor
        if any(w in _ALSO for w in words[max(k - 3, 0) : k]):
            return False
        refused = word in _LESS_REFUSED
        refused = refused or reading.cue_near(k + 1, k + 4, *_REFUSALS)
        refused = refused or refused_before(reading, k - 2, k)
        refused = refused or _refused_giving_for(reading, k)
        endings = _REFUSED_ENDINGS.get(reading.language, ())
        refused = refused or any(w.endswith(endings) for w in words[k + 1 : k + 3] if endings)
        if refused:
            return True
    return False
