"""Thanks with praise of what was given: "thanks brother, gave them nice and hot",
"धन्यवाद भैया, एकदम गरम गरम दिए", "આભાર ભાઈ, એકદમ ગરમ ગરમ આપ્યા", "ধন্যবাদ দাদা, একদম
গরম গরম দিলেন", "thank you, the mangoes were really sweet". Said after the thanks, the
goods' freshness, heat or sweetness is why the speaker thanks, no claim to sell by: the
line thanks (`thanks`).

The thanks opens the line (its first clause) and the praise follows it; a claim said first
("fresh today, thank you for coming") stays the claim."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line

THANKS = "thanks"

PRAISE = frozenset({"claim_fresh", "claim_sweet"})
"""Claims that, said after thanks, praise what was given."""


def thanks_praised(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without the praise said after thanks that open the line (see above)."""
    first = min([len(line.words), *(b for b in line.punct if b > 0)])
    opened = [h for h in hits if h.act == THANKS and h.start < first]
    if not opened:
        return hits
    said = min(h.end for h in opened)
    return [h for h in hits if not (h.act in PRAISE and h.start >= said)]
