"""A greeting said with a welcome ("नमस्ते, आइए, बड़े दिनों बाद": hello, come in, it's been
long) greets: the welcome calls the shopper to look at the goods (`come_look`) only with a
word of looking in it ("आइए, देख लीजिए", come, have a look). Words are matched as the
start of a word, so "देख" is also "देखिए", "देख लो". A welcome with no word of looking
said with a claim ("come sir, very fresh, just off the boat", "আসুন দাদা, একদম টাটকা") is
the claim: the welcome only opens it.
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold

_LOOK: dict[str, str] = {
    "en": "look; looks; looking; see; seeing; have a look",
    "hi": "देख; dekh",
    "ta": "பாரு; பாருங்க; பாத்து; பார்த்து; paaru; paarunga",
    "te": "చూడ; చూసు; చూసి; chooda; chudandi",
    "bn": "দেখ; dekh",
    "mr": "बघ; पाह; bagh",
    "gu": "જુઓ; જોઈ; joi; juo",
    "kn": "ನೋಡ; nod",
    "ml": "നോക്ക; കാണ; nokk",
    "pa": "ਵੇਖ; ਦੇਖ; vekh; dekh",
}
"""Per language, the starts of words of looking ("; " apart); English's are whole words
("see" is no start of "sir")."""


@lru_cache(maxsize=16)
def _looks(language: str) -> tuple[str, ...]:
    return tuple(fold(w.strip()) for w in _LOOK.get(language, "").split(";") if w.strip())


def looks(words: list[str], language: str) -> bool:
    """Whether a word of looking is said in `words` (the line's folded words)."""
    stems = _looks(language) if language != "en" else ()
    whole = _looks("en")
    return any(w in whole or any(w.startswith(s) for s in stems if " " not in s) for w in words)


def greets(acts: set[str], words: list[str], language: str) -> bool:
    """Whether a greeting with a welcome and no word of looking is said: a greeting."""
    return "greet" in acts and "come_look" in acts and not looks(words, language)


CLAIMS = frozenset({"claim_fresh", "claim_origin", "claim_sweet"})
"""Claims a welcome opens."""


def welcomes_claim(acts: set[str], words: list[str], language: str) -> bool:
    """Whether a welcome with no word of looking is said with a claim: the claim."""
    return "come_look" in acts and bool(acts & CLAIMS) and not looks(words, language)
