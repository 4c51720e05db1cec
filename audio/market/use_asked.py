"""What the goods are or do, asked: "ये तेल शुगर वालों के लिए ठीक है?", "આ ઘી બાળકો માટે
સારું છે?", "ਇਹ ਆਟਾ ਸ਼ੂਗਰ ਵਾਲਿਆਂ ਲਈ ਸਹੀ ਹੈ?", "ye dupatta paani mein rang chhodta hai kya?".
In Hindi, Gujarati and Punjabi the word for "is" also asks "is there?" (`have_it`), but
after a word of fitness (fine, good, right, safe) or a verb of the present (it leaves,
it keeps) it asks what the goods are or do: whether they suit a diabetic, a child, the
wash. Small talk for the listener, no question whether the stall has something.

A `have_it` cue is a use asked when the word just before it, or before one word of
degree, is a word of fitness (`FIT`), or when that word is a verb of the present: a
consonant with the ending of the present participle and no vowel sign between
("छोड़ता", "ਛੱਡਦਾ", "છોડે"), never "get" ("मिलता है क्या?" asks whether it is to be
had). A noun ending the same way has a vowel sign or a conjunct before the ending
("छाता", "कुर्ता", "ਮੈਦਾ"). Romanized, the verb is a consonant cluster before the ending
("chhodta", "lagta"), which no goods' name ends in ("atta", "pista", "kurta" aside).
Punjabi's present of a verb ending in a vowel nasalises it before the ending ("ਜਾਂਦਾ",
"ਆਉਂਦਾ"), which no noun does with that sign. The word for "is" after a verb of going
or doing ("ગામ ગયા છે કે?", has he gone home?; "dikro shu kare che?", what does
the boy do?; "bus ketla vage upde che?") is that verb's helper, no "is there?": its
common forms are listed (`_HELPED`), since a romanized verb ends as goods' names do.

Tamil asks "is it good?" with the word that also says "good ones": "நல்லதா?" alone at
the end of the question asks, "நல்லதா பாத்து குடுங்க" asks for the better ones
(`show_better`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from audio.lexicon import fold
from audio.market.phrases import Form, at, forms_in
from audio.market.taste_asked import degree_at

FIT = {
    "en": "fine; safe; good for; ok for; okay for",
    "hi": "ठीक; सही; अच्छा; अच्छी; अच्छे; सेफ; फायदेमंद; theek; thik; sahi; achha; accha; "
    "acha; achchha; faydemand",
    "mr": "चांगलं; चांगला; चांगली; चांगले; योग्य; changla; changli",
    "gu": "સારું; સારી; સારો; સારા; ઠીક; બરાબર; ફાયદાકારક; saru; sari; saro; theek; barabar",
    "pa": "ਠੀਕ; ਸਹੀ; ਚੰਗਾ; ਚੰਗੀ; ਚੰਗੇ; ਵਧੀਆ; ਸੇਫ; theek; thik; sahi; changa; changi; vadhia",
}
"""Per language, words of fitness said before "is it?" (English's heard in every language)."""

_PRESENT = {
    "hi": "[\u0915-\u0939](?:\u0924[\u093e\u093f\u0940\u0947])$",
    "pa": "[\u0a15-\u0a39\u0a59-\u0a5e](?:\u0a26[\u0a3e\u0a3f\u0a40\u0a47])$",
    "gu": "[\u0a95-\u0ab9]\u0ac7$",
}

_NASAL_PRESENT = re.compile("\u0a02\u0a26[\u0a3e\u0a40\u0a47]$")
"""Punjabi's present of a verb ending in a vowel: a bindi before the ending ("ਜਾਂਦਾ")."""
"""Per language, a present verb's ending after a bare consonant (no vowel sign)."""

_HELPED = {
    "gu": "ગયા; ગયો; ગયું; ગઈ; કરે; જાય; ઊપડે; ઉપડે; gaya; gayo; gayu; gai; kare; jay; jaay; "
    "upde; rahe; bhane",
    "pa": "ਕਰਦਾ; ਕਰਦੀ; ਕਰਦੇ; karda; kardi; karde; janda; jandi; aunda; aundi",
}
"""Per language, verb forms after which the word for "is" is their helper (see above)."""

_ROMAN_PRESENT = re.compile(r"[dgklhbp]t[aie]$")
"""A Latin-script present verb: a consonant (no "t", "s", "r" or "n") before "-ta/-ti/-te"."""

_GET = {"hi": ("मिल", "mil"), "pa": ("ਮਿਲ", "mil"), "gu": ("મળ", "mal")}
"""The verb "get", whose present asks whether goods are to be had."""

_TA_GOOD = {"ta": "நல்லதா; nalladha; nallatha"}

_IS = {
    "mr": "आहे; का=; ना=; ahe; aahe; ka; na",
    "hi": "है=; क्या; ना=; hai; kya; na",
    "gu": "છે=; ને=; કે=; che; chhe; ne; ke",
    "pa": "ਹੈ=; ਨਾ=; ਕਿ=; hai; na",
}
"""Per language, the words of "is it?" after a word of fitness ("चांगलं आहे का?")."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"fit": FIT, "good": _TA_GOOD, "is": _IS}[table])


@lru_cache(maxsize=16)
def _helped(language: str) -> frozenset[str]:
    return frozenset(fold(w.strip()) for w in _HELPED.get(language, "").split(";") if w.strip())


def _present(word: str, language: str) -> bool:
    if word.startswith(_GET.get(language, ())):
        return False
    if word in _helped(language):
        return True
    if language == "pa" and _NASAL_PRESENT.search(word):
        return True
    pattern = _PRESENT.get(language)
    if pattern is not None and re.search(pattern, word):
        return True
    return language in ("hi", "pa") and word.isascii() and bool(_ROMAN_PRESENT.search(word))


def use_asked(words: list[str], start: int, language: str) -> bool:
    """Whether the `have_it` cue starting at `start` asks what the goods are or do (see
    above)."""
    before = start - 1
    if before < 0:
        return False
    if _present(words[before], language):
        return True
    if degree_at(words, before, language):
        before -= 1
    return before >= 0 and any(at(f, words, before) for f in _forms("fit", language))


def good_asked(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the `show_better` cue at [start, end) is Tamil "is it good?", alone before
    the question mark that ends the line, or a word of fitness with only "is it?" after it
    to that mark ("हे मध खोकल्याला चांगलं आहे का?", is this honey good for a cough?)."""
    if not words or words[-1] != "?" or end == len(words):
        return False
    if (
        end == start + 1
        and end == len(words) - 1
        and any(at(f, words, start) for f in _forms("good", language))
    ):
        return True
    if not any(at(f, words, start) for f in _forms("fit", language)) or end == len(words) - 1:
        return False
    return all(
        any(at(f, words, i) for f in _forms("is", language)) for i in range(end, len(words) - 1)
    )
