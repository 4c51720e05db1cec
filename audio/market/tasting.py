"""Sweetness asked, not claimed: "can I taste one? to know if it's sweet", "ਮਿੱਠਾ ਹੈ ਕਿ
ਨਹੀਂ", "తియ్యగా ఉందో లేదో", "মিষ্টি কিনা", "മധുരമുണ്ടോന്ന്". A customer tasting to find
out claims nothing, so the taste asked for is the act, as a vendor's "eat it and see, so
tasty" is the taste offered (`taste` is meant over `claim_sweet`). Nor does a sweet word naming a
kind of goods ("मीठा पान है?", sweet paan) claim anything: the goods are asked for.

A claim_sweet cue is asked when a word of doubt ("whether", "or not", "ki nahi") stands
within `_REACH` words after it in its clause, "if"/"whether" just before it, or its own last
word, or the next, ends in a doubt ("-ോന്ന്", "-ான்னு").
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold
from audio.market.phrases import Form, at, forms_in

_REACH = 3

_AFTER = {
    "en": "or not; whether",
    "hi": "कि नहीं; कि नही; या नहीं; ki nahi; ya nahi",
    "ta": "இல்லையான்னு; இல்லையா",
    "te": "లేదో; ఉందో; ఉన్నాయో; ledo; undo",
    "bn": "কিনা; কি না; kina",
    "mr": "का ते; की नाही; ka te; ki nahi",
    "gu": "કે નહીં; કે નહિ; ke nahi",
    "kn": "ಇದೆಯಾ ಅಂತ; ಇದ್ಯಾ ಅಂತ; ಇಲ್ವಾ ಅಂತ",
    "ml": "ഉണ്ടോന്ന്; ആണോന്ന്; ഉണ്ടോ എന്ന്",
    "pa": "ਕਿ ਨਹੀਂ; ਕੇ ਨਹੀਂ; ki nahi",
}
_BEFORE = {"en": "if; whether", "hi": "क्या="}
_ENDS = {
    "ta": ("ான்னு", "ன்னு"),
    "ml": ("ോന്ന്", "ോ എന്ന്"),
}
_IS = frozenset(fold(w) for w in ("it's", "its", "is", "they're", "are"))
_IF = frozenset(fold(w) for w in ("if", "whether"))


_KIND = {
    "en": "paan; pan=",
    "hi": "पान=; paan",
    "ta": "பீடா; பான்",
    "te": "కిళ్ళీ; పాన్",
    "bn": "পান=; paan",
    "mr": "पान=; paan",
    "gu": "પાન=; paan",
    "kn": "ಪಾನ್; ಬೀಡಾ",
    "ml": "പാൻ; മുറുക്കാൻ",
    "pa": "ਪਾਨ=; paan",
}
"""Goods whose name says sweet ("मीठा पान", "sweet paan"): a kind asked for, no claim."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {"after": _AFTER, "before": _BEFORE, "kind": _KIND}[table]
    return forms_in(language, source)


@lru_cache(maxsize=32)
def _ends(language: str) -> tuple[str, ...]:
    return tuple(fold(e) for e in _ENDS.get(language, ()))


def sweet_asked(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the claim_sweet cue at [start, end) is asked about, not claimed, or names
    a kind of goods."""
    if end < len(words) and any(at(f, words, end) for f in _forms("kind", language)):
        return True
    after = _forms("after", language)
    for i in range(end, min(end + _REACH, len(words))):
        if i in punct:
            break
        if any(at(f, words, i) for f in after):
            return True
    if start >= 1 and any(at(f, words, start - 1) for f in _forms("before", language)):
        return True
    if start >= 2 and words[start - 1] in _IS and words[start - 2] in _IF:
        return True
    ends = _ends(language)
    return bool(ends) and any(
        words[i].endswith(e) for i in range(end - 1, min(end + 1, len(words))) for e in ends
    )
