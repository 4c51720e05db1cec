"""The printed price held up against the asked one: "you're charging too much, the MRP
itself is less", "MRP तो इससे कम है", "MRP ch kami ahe", "charging above MRP". The
maximum retail price printed on a pack is the law's ceiling; saying it is lower than the
price asked, or the price above it, complains the price is too high (`too_expensive`),
no refusal of an amount and no price question.

A word for the MRP (`MRP`, in each script) said in a line with a word of too little
(`audio.market.scale_short.LESS`) or too much (`audio.market.scale_sense.OVER`, "more
than MRP", "MRP से ज़्यादा") is the complaint, and it is what the line says where
understanding reads a refusal with no price in it ("too much" is no refusal of an
amount). Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import TokenKind, tokenize
from audio.market.phrases import Form, at, end_at, forms_in
from audio.market.scale_sense import OVER
from audio.market.scale_short import LESS

TOO_EXPENSIVE = "too_expensive"

MRP = {
    "en": "mrp; m r p; maximum retail price; printed price; price printed",
    "hi": "एमआरपी; एम आर पी; छपा दाम; छपी कीमत; chhapa daam",
    "ta": "எம்ஆர்பி; எம் ஆர் பி; போட்டிருக்கற விலை",
    "te": "ఎంఆర్పీ; ఎంఆర్పి; ఎం ఆర్ పి; ప్రింట్ రేటు",
    "bn": "এমআরপি; এম আর পি; গায়ে লেখা দাম",
    "mr": "एमआरपी; एम आर पी; छापील किंमत",
    "gu": "એમઆરપી; એમ આર પી; છાપેલી કિંમત",
    "kn": "ಎಂಆರ್ಪಿ; ಎಂಆರ್‌ಪಿ; ಎಂ ಆರ್ ಪಿ",
    "ml": "എംആർപി; എം ആർ പി",
    "pa": "ਐਮਆਰਪੀ; ਐੱਮਆਰਪੀ; ਐਮ ਆਰ ਪੀ",
}
"""Per language, words for the printed maximum retail price (English's heard in every
language)."""

MORE = {"en": "more; above; higher; over; lower; below; cheaper"}
"""English words of a price above the MRP or an MRP below the price ("above MRP", "the
MRP is lower")."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    sources = {"mrp": (MRP,), "off": (LESS, OVER, MORE)}[table]
    return forms_in(language, *sources)


def mrp_held_up(words: list[str], language: str) -> list[tuple[int, int]]:
    """The spans from the word for the MRP to the word of too little or too much said with
    it (see above): the complaint, as one act's words."""
    off = [i for i in range(len(words)) if any(at(f, words, i) for f in _forms("off", language))]
    if not off:
        return []
    out = []
    for i in range(len(words)):
        for f in _forms("mrp", language):
            end = end_at(f, words, i)
            if end is not None:
                k = min(off, key=lambda j: abs(j - i))
                out.append((min(i, k), max(end, k + 1)))
                break
    return out


def held_up_in(text: str, language: str) -> bool:
    """Whether `text` holds the MRP up against the price (see above): then the complaint is
    what the line says, even where understanding reads a refusal with no price in it."""
    words = [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD]
    return bool(mrp_held_up(words, language))
