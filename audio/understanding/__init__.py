"""Understanding spoken offers: price, quantity, product and intent from one transcript.

Deterministic and table-driven, so a price is never guessed by a model and every case can
be pinned by a test. One utterance is read in five passes over its tokens (each a few
microseconds):

1. number phrases (`audio.numbers`): "do sau pachaas", "₹1,200", "dedh";
2. cue phrases (`audio.lexicon`): currency, units, "per", "total", accept, reject, ...;
3. each number becomes a price (it has a currency, or stands bare) or a quantity (a unit
   follows it: "2 kilo"); a bare number right after a unit is a price ("ek kilo 40");
4. each price is negated or not ("300 nahi" — Hindi negates what came before; English
   "not 300" what comes after) and per unit or total ("kilo ka 40" vs "2 kilo 300 mein");
5. the intent, from the prices that still stand and the accept/reject/question cues.

Character offsets in `PriceMention` point into the original text, so a caller can
highlight what was heard.

The passes live one concept per module: `spans` (passes 1 and 2: numbers kept, cut or
dropped, cues tagged), `amounts` (3: prices and quantities), `negation` and `shape` (4:
negated, bound, per unit or total), `moves` and `confidence` (5: what decides the intent,
and when to ask), `quantity` (the count and unit the move names), over the shared state in
`reading`; `utterance` runs them. `catalogue` matches products, `result` holds what comes
back.
"""

from audio.understanding.catalogue import Catalogue, CatalogueItem, sound_key
from audio.understanding.confidence import looks_garbled
from audio.understanding.ranges import RANGE_WORDS
from audio.understanding.result import Intent, PriceMention, Understanding
from audio.understanding.utterance import prepare, understand

__all__ = [
    "RANGE_WORDS",
    "Catalogue",
    "CatalogueItem",
    "Intent",
    "PriceMention",
    "Understanding",
    "looks_garbled",
    "prepare",
    "sound_key",
    "understand",
]
