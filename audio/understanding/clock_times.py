"""A clock time written with a dot, said with a verb of coming, leaving or opening:
"boat 10.30 ki vastundi" (the boat comes at 10:30), "नाव 10.30 को आती है", "ಬೋಟ್ 10.30
ಕ್ಕೆ ಬರುತ್ತೆ", "বাস 6.15 তে ছাড়ে". The hour and its minutes (two digits after the dot,
below 60) before an "at" ending (ki, ku, ko, la, te, ಕ್ಕೆ, க்கு ...) and such a verb, with
no currency or unit word in the line, name when, not a price: the number is an hour.
"""

from __future__ import annotations

from functools import cache

from audio.languages.base import Cue
from audio.lexicon import tokenize
from audio.understanding.reading import _Price, _Reading

# "At", written apart after the time.
_AT_ENDINGS = (
    "ki", "ku", "ko", "la", "te", "e", "ke", "kku", "ikku", "nu", "ne", "pe", "को", "पर",
    "ला", "તે", "એ", "ਨੂੰ", "ਤੇ", "তে", "টায়", "க்கு", "కి", "కు", "ಕ್ಕೆ", "ಗೆ", "ക്ക്",
    "ന്", "at", "around",
)  # fmt: skip
# Coming, arriving, leaving, opening, closing (a word's start where it ends in "-").
_VERBS = (
    "come-", "arriv-", "leav-", "open-", "clos-", "start-", "depart-", "reach-",
    "आती", "आता", "आते", "आएगी", "आएगा", "आयेगी", "निकल-", "खुल-", "छूट-", "पहुँच-",
    "पहुंच-", "aati", "aata", "aayegi", "aaegi", "nikal-", "khul-", "chhut-", "pahunch-",
    "వస్త-", "వచ్చ-", "వెళ్-", "బయలు-", "తెరు-", "vast-", "vacch-", "vell-", "bayal-",
    "வரு-", "வரும்", "வந்-", "கிளம்பு-", "புறப்பட-", "திறப்-", "திறக்-", "varu-", "kilamb-",
    "আস-", "ছাড়-", "ছাড়ে", "খোল-", "পৌঁছ-", "ase", "ashe", "chhar-", "khol-",
    "येत-", "येते", "येईल", "सुट-", "निघ-", "उघड-", "yet-", "sut-", "nigh-",
    "આવ-", "ઊપડ-", "ઉપડ-", "ખૂલ-", "ખુલ-", "aav-", "upad-",
    "ಬರುತ್-", "ಬರ್ತ-", "ಬರುತ್ತೆ", "ಹೊರಡ-", "ತೆರೆ-", "barut-", "bartt-", "horad-",
    "വരു-", "വരും", "പുറപ്പെട-", "തുറക്ക-", "varum", "purapped-",
    "ਆਉਂਦ-", "ਆਵੇਗ-", "ਚੱਲਦ-", "ਖੁੱਲ੍ਹ-", "ਪਹੁੰਚ-", "aundi", "aunda",
)  # fmt: skip


@cache
def _folded() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    def norm(word: str) -> str:
        return "".join(t.norm for t in tokenize(word))

    endings = frozenset(norm(w) for w in _AT_ENDINGS)
    words = frozenset(norm(w) for w in _VERBS if not w.endswith("-"))
    stems = tuple(norm(w[:-1]) for w in _VERBS if w.endswith("-"))
    return endings, words, stems


def _clock(raw: str) -> bool:
    hour, dot, minutes = raw.partition(".")
    return (
        bool(dot)
        and hour.isdigit()
        and 1 <= int(hour) <= 23
        and len(minutes) == 2
        and minutes.isdigit()
        and int(minutes) < 60
    )


def clock_time(reading: _Reading, price: _Price) -> bool:
    """Whether the price is a clock time said with a verb of coming or leaving."""
    if price.explicit or price.each or price.quantity is not None or price.end - price.start != 1:
        return False
    if not _clock(reading.tokens[price.start].raw):
        return False
    if any(reading.has(k, Cue.CURRENCY, Cue.UNIT) for k in range(len(reading.words))):
        return False
    endings, words, stems = _folded()
    k, n = price.end, len(reading.words)
    if k < n and reading.words[k] in endings:
        k += 1
    before = price.start > 0 and reading.words[price.start - 1] in ("at", "around")
    verb = [w for w in reading.words[k : k + 2] if w in words or w.startswith(stems)]
    return bool(verb) or (before and any(w.startswith(stems) for w in reading.words))
