"""A claim said with "no": "ताज़ा नहीं", "fresh illa", "তাজা না", "ఫ్రెష్ కాదు", "not
fresh", "don't look fresh" doubts the goods (quality_old), and "मीठा नहीं", "not sweet"
claims nothing. Change said with "no" is the vendor's "no change" (no_change), however
the "no" is said ("khulle ni gi", "सुट्टे पैसे नाय", "ಚಿಲ್ಲರೆ ಇಲ್ರೀ"), unless it is
asked ("छुट्टे नहीं हैं क्या?" asks for change). A bag said had with "no" right after
it ("ਮੇਰੇ ਕੋਲ ਝੋਲਾ ਨਹੀਂ", "என்கிட்ட பை இல்ல", "I don't have a bag") is no bag had: the
speaker needs one (`give_bag`, `bag_denied`). A word that says no
(`audio.market.negation`) within two words after the cue, in its clause, denies it; so
does an English "not" or "don't" just before it ("not fresh", "don't look fresh").
"""

from __future__ import annotations

from audio.lexicon import fold
from audio.market.negation import is_negation

DENIED: dict[str, str | None] = {
    "claim_fresh": "quality_old",
    "claim_sweet": None,
    "need_change": "no_change",
}
"""Per claim: the act it is when denied (None: no act)."""

ASKED_KEEPS = frozenset({"need_change"})
"""Acts a "no" asked does not deny: "छुट्टे नहीं हैं क्या?" asks for change."""

ASKED_BACK = {"no_change": "need_change"}
"""Acts said with "no" that ask for another when asked ("ਖੁੱਲ੍ਹੇ ਨਹੀਂ ਹੈਗੇ?": haven't
you got change?)."""

_REACH = 2
_ALSO_NO = {
    "te": ("కాదు", "కావు", "kaadu", "kadu"),
    "kn": ("ಅಲ್ಲ", "alla"),
    "ta": ("இல்லை", "இல்லே", "alla"),
    "bn": ("নয়", "na", "noy"),
}
"""Per language, words that say "is not" beside the ones that refuse a way to pay."""
_ANYWHERE = frozenset(
    fold(w)
    for w in (
        "anywhere",
        "elsewhere",
        "कहीं",
        "kahin",
        "kahi",
        "எங்கயும்",
        "எங்கேயும்",
        "ఎక్కడా",
        "কোথাও",
        "कुठेच",
        "कुठेही",
        "ક્યાંય",
        "ಎಲ್ಲೂ",
        "ಎಲ್ಲಿಯೂ",
        "എവിടെയും",
        "ਕਿਤੇ",
    )
)
"""Nowhere else to be found ("कहीं नहीं मिलेगा", "ಎಲ್ಲೂ ಸಿಗಲ್ಲ"): praise, the claim stands."""
_BEFORE = frozenset(
    fold(w) for w in ("not", "don't", "dont", "doesn't", "isn't", "aren't", "never")
)
_LINK = frozenset(
    fold(w) for w in ("look", "looks", "seem", "seems", "taste", "tastes", "very", "so", "that")
)


def _no(word: str, language: str) -> bool:
    return is_negation(word, language) or word in {fold(w) for w in _ALSO_NO.get(language, ())}


def denied(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the claim at [start, end) is said with "no" beside it, or on its own last
    word ("ಸಿಹಿಯಾಗಿಲ್ಲ", "മധുരമില്ല")."""
    if _no(words[end - 1], language):
        return True
    for i in range(end, min(end + _REACH, len(words))):
        if i in punct:
            break
        if words[i] in _ANYWHERE:
            return False
        if _no(words[i], language):
            return True
    if start >= 1 and words[start - 1] in _BEFORE:
        return True
    return start >= 2 and words[start - 2] in _BEFORE and words[start - 1] in _LINK


def asked_back(words: list[str], end: int, punct: frozenset[int] = frozenset()) -> bool:
    """Whether the clause after a cue ending at `end` ends in a question mark."""
    for i in range(end, len(words)):
        if i in punct and words[i] != "?":
            return False
        if words[i] == "?":
            return True
    return False


HAD_BAG = "have_bag"
NO_BAG = "give_bag"
_NEEDED = frozenset(
    fold(w)
    for w in (
        "चाहिए",
        "chahiye",
        "chahie",
        "ਚਾਹੀਦਾ",
        "ਚਾਹੀਦੀ",
        "chahida",
        "joiye",
        "જોઈએ",
        "लागणार",
        "लागेल",
        "लागबे",
        "লাগবে",
        "lagbe",
        "வேணும்",
        "కావాలి",
        "ಬೇಕು",
        "വേണം",
        "needed",
        "need",
    )
)
"""Words of needing after the "no" ("थैला नहीं चाहिए"): the bag refused, not said missing."""


def bag_denied(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The words that say a bag said had at [start, end) is not had, its "no" with them,
    or None: a word for no right after it, in its clause, and no word of needing after
    that, or an English "don't" or "not" right before it ("I don't have a bag"), or "no"
    ("I have no bag with me", "no bag with me today"). A cue
    holding its own "no" ("पिशवी नको", "no bag needed") refuses a bag and is left as it is."""
    if any(_no(w, language) or w in _BEFORE for w in words[start:end]):
        return None
    if end < len(words) and end not in punct and _no(words[end], language):
        after = end + 1
        if after < len(words) and after not in punct and words[after] in _NEEDED:
            return None
        return start, end + 1
    if start >= 1 and words[start - 1] in _BEFORE:
        return start - 1, end
    if start >= 1 and start not in punct and words[start - 1] == "no":
        return start, end  # "(I have) no bag with me": its "no" is read by `own_bag`
    return None
