"""Goods said all gone in a season or its rush, in words that alone could be said of
anything going ("കല്യാണ സീസണിൽ വലിയ പാത്രങ്ങളെല്ലാം പോയി, ഒന്നുപോലും ഇല്ല", the big pots
all went in the wedding season, not even one is there). With a festival or a wedding told
as the time (`audio.market.season_sold.in_season`), "all went" and "not even one" (`GONE`)
say the goods are finished (`out_of_stock`).

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import end_at, forms_in
from audio.market.season_sold import GONE as OUT_OF_STOCK
from audio.market.season_sold import in_season

GONE = {
    "en": "all went; all of them went; not even one; not a single one",
    "hi": "सब चले गए; सारे चले गए; एक भी नहीं",
    "ta": "எல்லாம் போச்சு; ஒண்ணு கூட இல்ல; ஒன்னு கூட இல்ல",
    "te": "అన్నీ వెళ్ళిపోయాయి; ఒక్కటి కూడా లేదు",
    "bn": "সব চলে গেছে; একটাও নেই",
    "mr": "सगळी गेली; सगळे गेले; एकही नाही",
    "gu": "બધા ગયા; એક પણ નથી",
    "kn": "ಎಲ್ಲಾ ಹೋಯ್ತು; ಒಂದೂ ಇಲ್ಲ",
    "ml": "എല്ലാം പോയി; ഒന്നുപോലും ഇല്ല; ഒന്നു പോലും ഇല്ല; ഒന്നും ബാക്കിയില്ല; ബാക്കിയില്ല",
    "pa": "ਸਾਰੇ ਚਲੇ ਗਏ; ਇੱਕ ਵੀ ਨਹੀਂ",
}
"""Per language, "all went" and "not even one", said of goods sold in a season."""


def season_gone(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` with the goods said finished in a season (see above), where no out-of-stock
    is heard already."""
    if any(h.act == OUT_OF_STOCK for h in hits):
        return hits
    for i in range(len(words)):
        for f in forms_in(language, GONE):
            end = end_at(f, words, i)
            if end is not None and in_season(OUT_OF_STOCK, words, i, end, language, punct):
                return [*hits, Hit(OUT_OF_STOCK, i, end)]
    return hits
