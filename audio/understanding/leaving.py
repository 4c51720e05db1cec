"""Taking leave: "ok, I'll go", "ठीक है, चलता हूँ", "சரி, வரேன்", "બરાબર, આવજો".

A word of agreement before a goodbye agrees to nothing: the speaker is leaving, and the
listener hears a goodbye (a market act), never a deal. The goodbye must end the line (an
address word may follow: "chalta hoon bhaiya"), so "I'll go with forty" is not one.
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import tokenize
from audio.understanding.address import ADDRESS
from audio.understanding.reading import _Reading

# fmt: off
_GOODBYES: dict[str, tuple[str, ...]] = {
    "en": ("i'll go", "i will go", "i'm off", "i am off", "i'm leaving", "i am leaving",
           "bye", "goodbye", "bye bye", "see you", "i'll be off", "let me go"),
    "hi": ("चलता हूँ", "चलती हूँ", "चलते हैं", "निकलता हूँ", "निकलती हूँ", "फिर मिलते हैं",
           "chalta hoon", "chalti hoon", "chalte hain", "nikalta hoon", "phir milte hain"),
    "mr": ("येतो", "येते", "येतो मी", "येते मी", "निघतो", "निघते", "yeto", "yete", "nighto"),
    "gu": ("આવજો", "જાઉં છું", "aavjo", "avjo", "jau chu"),
    "pa": ("ਚੱਲਦੇ ਹਾਂ", "ਚਲਦੇ ਹਾਂ", "ਚੱਲਦਾ ਹਾਂ", "ਚਲਦਾ ਹਾਂ", "ਚੱਲਦੀ ਹਾਂ", "ਚਲਦੀ ਹਾਂ",
           "ਫਿਰ ਮਿਲਾਂਗੇ", "chalde haan", "chalda haan"),
    "bn": ("আসি", "চলি", "যাই", "আসছি তাহলে", "chali", "jai"),
    "ta": ("வரேன்", "வர்றேன்", "போயிட்டு வரேன்", "கிளம்புறேன்", "varen", "varren",
           "poittu varen"),
    "te": ("వెళ్ళొస్తా", "వెళ్ళొస్తాను", "వెళ్తా", "వెళ్తాను", "వస్తా", "వస్తాను", "vellosta",
           "velli vasta"),
    "kn": ("ಬರ್ತೀನಿ", "ಬರ್ತೀನ್", "ಹೋಗಿ ಬರ್ತೀನಿ", "ಹೊರಡ್ತೀನಿ", "barteeni", "bartini"),
    "ml": ("പോട്ടെ", "ഇറങ്ങട്ടെ", "പോകുന്നു", "പോയിട്ട് വരാം", "potte", "irangatte"),
}
# fmt: on
@cache
def _phrases(language: str) -> tuple[tuple[str, ...], ...]:
    said = {*_GOODBYES.get(language, ()), *_GOODBYES["en"]}
    return tuple(tuple(t.norm for t in tokenize(p)) for p in said)


def takes_leave(reading: _Reading) -> bool:
    """Whether the line ends with a goodbye (an address word may follow it)."""
    words = list(reading.words)
    while len(words) > 1 and words[-1] in ADDRESS:
        words.pop()
    return any(
        len(words) > len(p) and tuple(words[-len(p) :]) == p for p in _phrases(reading.language)
    )
