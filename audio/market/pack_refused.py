"""Packing refused: "पॅक नको", "पैक मत करो", "no need to pack it", "ప్యాక్ చేయొద్దు",
"ಪ್ಯಾಕ್ ಮಾಡ್ಬೇಡಿ", "പാക്ക് ചെയ്യണ്ട", "ਪੈਕ ਨਾ ਕਰੋ" ask nobody to pack: the shopper will
eat the goods there or carry them as they are. A word of "no" or "don't" (`_NO`), or a
verb with a "don't" ending fused to it (`_NO_ENDINGS`: "చేయొద్దు", "ಮಾಡ್ಬೇಡಿ",
"ചെയ്യണ്ട", "கட்டாதீங்க"), within three words after the packing cue and in its clause,
refuses it; so does English "don't", "no need to" or "not" a word or two before it.

"Otherwise" is no refusal ("बाँध दो, नहीं तो गिर जाएगा": its "no" is the condition's), nor
a "na" that softens a request after a verb of giving ("বেঁধে দিন না", "ਬੰਨ੍ਹ ਦਿਓ ਨਾ":
please tie it). Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import fold
from audio.market.phrases import Form, end_at, forms, forms_in

PACK = "pack_it"

_REACH = 3

_NO = {
    "en": "no need; not needed; don't; dont; not",
    "hi": "मत; नहीं; नही; ज़रूरत नहीं; जरूरत नहीं; mat; nahi; nahin",
    "ta": "வேண்டாம்; வேணாம்; vendam; vendaam; venaam",
    "te": "వద్దు; అక్కర్లేదు; అవసరం లేదు; vaddu; akkarledu",
    "bn": "না=; নেই; দরকার নেই; লাগবে না; na=; lagbe na",
    "mr": "नको; नका; नाही; गरज नाही; nako; naka; nahi",
    "gu": "ના=; નહીં; નથી; જરૂર નથી; na=; nahi",
    "kn": "ಬೇಡ; ಬೇಡಿ; ಬೇಕಿಲ್ಲ; beda; bedi; bekilla",
    "ml": "വേണ്ട; ആവശ്യമില്ല; venda; vendaa",
    "pa": "ਨਾ=; ਨਹੀਂ; ਨਹੀ; ਲੋੜ ਨਹੀਂ; na=; nahi",
}
"""Per language, words that refuse the packing said before them."""

_NO_ENDINGS = {
    "ta": ("ாதீங்க", "ாதே", "ாதிங்க"),
    "te": ("ద్దు", "oddu", "vaddu"),
    "kn": ("ಬೇಡಿ", "ಬೇಡ", "bedi", "beda"),
    "ml": ("ണ്ട", "nda"),
}
"""Per language, "don't" endings fused to the verb ("చేయొద్దు", "ಮಾಡ್ಬೇಡಿ", "ചെയ്യണ്ട")."""

_BEFORE = "don't; dont; do not; no need to; not; never"
"""English words refusing the packing said before it ("don't pack it", "no need to pack")."""

_OTHERWISE = frozenset(fold(w) for w in ("तो", "to", "tho", "तर", "tar", "ਤਾਂ", "ਤਾ", "તો"))
"""Words after a "no" that make it "otherwise" ("नहीं तो", "nahi to")."""

_GIVING = frozenset(
    fold(w)
    for w in (
        "দিন",
        "দাও",
        "দে",
        "দেবেন",
        "din",
        "dao",
        "ਦਿਓ",
        "ਦਿਉ",
        "ਦੇ",
        "ਦੇਣਾ",
        "dio",
        "આપો",
        "દો",
        "દેજો",
        "આપજો",
        "aapo",
    )
)
"""Verbs of giving a softening "na" follows ("বেঁধে দিন না", please tie it)."""

_SOFT = frozenset(fold(w) for w in ("না", "na", "ਨਾ", "ના"))


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    if table == "before":
        return forms(_BEFORE)
    return forms_in(language, _NO)


def _fused(word: str, language: str) -> bool:
    return any(word.endswith(fold(e)) and word != fold(e) for e in _NO_ENDINGS.get(language, ()))


def pack_refused(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the packing asked at [start, end) is refused (see above)."""
    if any(_fused(w, language) for w in words[start:end]):
        return True
    for i in range(end, min(end + _REACH, len(words))):
        if i in punct:
            break
        if _fused(words[i], language):
            return True
        for f in _forms("no", language):
            stop = end_at(f, words, i)
            if stop is None:
                continue
            if stop < len(words) and words[stop] in _OTHERWISE:
                return False
            return not (words[i] in _SOFT and i > 0 and words[i - 1] in _GIVING)
    for i in range(max(0, start - 3), start):
        if any(b > i and b <= start for b in punct):
            continue
        if any(end_at(f, words, i) in (start, start - 1) for f in _forms("before", language)):
            return True
    return False
