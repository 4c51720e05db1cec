"""A doubt let go: a fault found in the goods, then a word of letting it pass ("but fine",
"कोई बात नहीं", "पर चलेगा", "பரவாயில்ல", "పర్లేదు", "ಪರವಾಗಿಲ್ಲ", "സാരമില്ല", "তবে চলবে",
"ચાલશે", "ਚੱਲੂ"), then something asked ("a bit small but ok, pack them", "छोटे हैं लेकिन
कोई बात नहीं, बाँध दो"): the listener acts on what is asked after it, and the doubt
is its aside. With nothing asked after it the doubt stays, and so does a doubt said after
the word ("fine, but these are soft").

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language.
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import end_at, forms_in

DOUBTS = frozenset({"quality_soft", "quality_small", "quality_old"})

_LET_GO = {
    "en": "but fine; but ok; but okay; never mind; no problem; doesn't matter; does not matter; "
    "it's fine; it's ok; that's fine; still fine; will do",
    "hi": "कोई बात नहीं; कोई बात नही; चलेगा; चल जाएगा; चलेंगे; koi baat nahi; koi bat nahi; "
    "chalega; chal jayega",
    "ta": "பரவாயில்ல; பரவாயில்லை; பரவால்ல; பரவாலை; paravaayilla*; paravayilla*; paravala*",
    "te": "పర్లేదు; పరవాలేదు; ఫర్వాలేదు; parledu; paravaledu; farvaledu",
    "bn": "চলবে; অসুবিধা নেই; অসুবিধে নেই; cholbe; osubidha nei",
    "mr": "चालेल; हरकत नाही; chalel; harkat nahi",
    "gu": "ચાલશે; વાંધો નહીં; વાંધો નથી; chalshe; vandho nahi; vandho nathi",
    "kn": "ಪರವಾಗಿಲ್ಲ; ನಡೆಯುತ್ತೆ; ನಡೆಯುತ್ತದೆ; paravagilla; nadeyutte",
    "ml": "സാരമില്ല; കുഴപ്പമില്ല; saramilla; kuzhappamilla",
    "pa": "ਚੱਲੂ; ਚੱਲੇਗਾ; ਚੱਲ ਜਾਊ; ਕੋਈ ਗੱਲ ਨਹੀਂ; ਕੋਈ ਨਾ; chalu; challu; koi gal nahi",
}
"""Per language, a word of letting a fault pass."""


def _let_go(words: list[str], language: str) -> tuple[int, int] | None:
    for i in range(len(words)):
        for f in forms_in(language, _LET_GO):
            end = end_at(f, words, i)
            if end is not None and end > i:
                return i, end
    return None


def conceded(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` without the doubts said before a word of letting them pass, where another
    act is asked after that word."""
    if not any(h.act in DOUBTS for h in hits):
        return hits
    span = _let_go(words, language)
    if span is None:
        return hits
    start, end = span
    if not any(h.act not in DOUBTS and h.start >= end for h in hits):
        return hits
    return [h for h in hits if not (h.act in DOUBTS and h.end <= start)]
