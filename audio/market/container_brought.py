"""A container brought from home for the goods: "I've brought a box from home, put it in
this", "डिब्बा घर से लाई हूँ, इसी में डाल दो", "ಬಾಟಲ್ ತಂದಿದ್ದೀನಿ, ಮೊಸರು ಇದಕ್ಕೆ ಹಾಕಿ",
"બરણી ઘરેથી લાવી છું, એમાં જ ભરી દો". A box, a jar, a bottle, a tiffin or a vessel said
brought along or from home holds the goods as a bag would: the speaker has their own
(`have_bag`), and the "put it in this" or "pack it in this" after it is its next step,
no bag asked (`give_bag`) and no packing asked (`pack_it`).

The container must be said in one clause with a word of having brought it (`BROUGHT`);
a "no" in that clause ("डिब्बा नहीं लाई, एक थैली दे दो", I didn't bring a box) says none
is had, and the line keeps what else it asks.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from audio.market.cue_hits import Hit
from audio.market.negation import is_negation
from audio.market.phrases import Form, end_at, forms_in

HAVE = "have_bag"
NEXT_STEPS = frozenset({"give_bag", "pack_it"})

CONTAINER = {
    "en": "box; jar; bottle; tiffin; dabba; container; vessel; bowl; flask; steel can",
    "hi": "डिब्बा; डब्बा; डिब्बे; कटोरा; कटोरी; बोतल; बरनी; बर्नी; टिफिन; बर्तन; भगोना; "
    "डोलची; केन=; dabba; dibba; katora; katori; botal; barni; bartan",
    "ta": "டப்பா; பாட்டில்; பாத்திரம்; கிண்ணம்; டிபன்; கேன்; dabba; paathiram",
    "te": "డబ్బా; సీసా; బాటిల్; గిన్నె; క్యాన్; టిఫిన్; dabba; seesa",
    "bn": "কৌটো; কৌটা; বোতল; শিশি; বাটি; টিফিন; ক্যান; বয়াম; kouto; kouta; botol; shishi",
    "mr": "डबा; डब्बा; बरणी; बाटली; वाटी; टिफिन; भांडं; भांडे; पातेलं; कॅन; daba; barni; batli",
    "gu": "ડબ્બો; ડબ્બા; ડબ્બી; બરણી; બોટલ; શીશી; વાટકી; ટિફિન; વાસણ; dabbo; barni",
    "kn": "ಡಬ್ಬಿ; ಡಬ್ಬ; ಬಾಟಲ್; ಬಾಟಲಿ; ಪಾತ್ರೆ; ಬಟ್ಟಲು; ಟಿಫಿನ್; ಕ್ಯಾನ್; dabbi",
    "ml": "പാത്രം; കുപ്പി; ടിഫിൻ; ഡബ്ബ; കാൻ; paathram; kuppi",
    "pa": "ਡੱਬਾ; ਡੱਬੀ; ਬੋਤਲ; ਸ਼ੀਸ਼ੀ; ਕੌਲੀ; ਟਿਫ਼ਨ; ਟਿਫਨ; ਭਾਂਡਾ; ਬਰਤਨ; dabba",
}
"""Per language, containers the goods are put in (English's heard in every language)."""

BROUGHT = {
    "en": "brought; i've got; here's my; here is my; my own; with me",
    "hi": "लाया=; लाई=; लाए=; लायी=; लाये=; लेकर आया; लेकर आई; ले के आया; ले के आई; laya; layi; laai",
    "ta": "கொண்டு வந்த; கொண்டு வந்திருக்க; எடுத்துட்டு வந்த; கொண்டாந்த; kondu vanth*",
    "te": "తెచ్చా; తెచ్చాను; తెచ్చుకున్న; techa*",
    "bn": "এনেছি; নিয়ে এসেছি; enechi",
    "mr": "आणला; आणली; आणलाय; आणलीय; आणलं; आणले; anla*; anli*",
    "gu": "લાવ્યો; લાવી=; લાવ્યા; લાવી છું; lavyo; lavi",
    "kn": "ತಂದಿದ್ದೀನಿ; ತಂದಿದೀನಿ; ತಂದಿದ್ದೇನೆ; tandid*",
    "ml": "കൊണ്ടുവന്ന; കൊണ്ടുവന്നി; konduvann*",
    "pa": "ਲਿਆਈ; ਲਿਆਇਆ; ਲਿਆਂਦਾ; ਲਿਆਂਦੀ; liaya; liayi",
}
"""Per language, words of having brought a thing ("from home" alone may be a plan: "I'll
bring a box from home tomorrow")."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, CONTAINER if table == "container" else BROUGHT)


def _spans(table: str, words: list[str], lo: int, hi: int, language: str) -> list[int]:
    return [
        i
        for i in range(lo, hi)
        for f in _forms(table, language)
        if (end := end_at(f, words, i)) is not None and end <= hi
    ]


def container_brought(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` with the speaker's own container heard (above): a `have_bag` hit on it, and
    no bag or packing asked beside it."""
    cuts = sorted({0, len(words), *punct})
    found: tuple[int, int] | None = None
    for lo, hi in pairwise(cuts):
        held = _spans("container", words, lo, hi, language)
        if not held or not _spans("brought", words, lo, hi, language):
            continue
        if any(is_negation(w, language) for w in words[lo:hi]):
            return hits
        found = (held[0], held[0] + 1)
        break
    if found is None:
        return hits
    return [h for h in hits if h.act not in NEXT_STEPS] + [Hit(HAVE, *found)]
