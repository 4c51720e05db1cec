"""An agreement that names the price on the table as the rate to pack at: "ओके, तीन सौ
बीस वाली दो दर्जन बाँध दो", "ok ok, 520 ke rendu dozen kattandi", "ઠીક છે, હજારના ભાવે
દસ પીસ આપો", "ಸರಿ, ಆರುನೂರ ಐವತ್ತಕ್ಕೆ ಎರಡು ಡಜನ್ ಕಟ್ಟಿ". A word of agreement, exactly the
price on the table, then a count of goods with its unit and an instruction (pack, weigh,
give): the price on the table is agreed to, and the count is the goods wanted, not a
quantity the price pays for (never "320 for two dozen", which is 160 a dozen). Said
with "in / for" between ("तीन सौ बीस में दो दर्जन") the price is a total for the count:
no agreement. With no price on the table known, or another price, nothing changes."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.goes_on import _instructs
from audio.understanding.reading import _Price, _Reading

# Words between the price and the count that make the price a total for the count:
# "तीन सौ बीस में दो दर्जन", "320 for two dozen", "ਤਿੰਨ ਸੌ ਵੀਹ ਵਿੱਚ".
_FOR_ALL = frozenset(
    fold(w)
    for w in ("में", "mein", "me", "main", "for", "in", "ਵਿੱਚ", "vich", "मध्ये", "madhye", "માં", "ma")
)
# "put" the goods in the scale or the bag: "மூணு கிலோ போடுங்க", "మూడు కిలోలు వేయండి".
_PUT = tuple(fold(w) for w in ("போடு", "podu", "போடுங்க", "వేయ", "veya", "veyandi"))
_GAP = 4  # "साठ के भाव से तीन किलो": the rate's words before the count


def agreed_at(
    reading: _Reading, chosen: _Price, accepts: list[int], reference_paise: int | None
) -> bool:
    """Agreement, the price on the table said as the rate, then a count to pack: agreed;
    the count stays the quantity wanted and the price loses its shape."""
    if reference_paise is None or chosen.paise != reference_paise:
        return False
    if len(reading.prices) != 1 or chosen.negated or chosen.bound:
        return False
    if not any(a < chosen.start for a in accepts):
        return False
    count = next(
        (
            q
            for q in reading.quantities
            if q.value is not None
            and q.unit is not None
            and chosen.end <= q.start <= chosen.end + _GAP
        ),
        None,
    )
    if count is None or any(w in _FOR_ALL for w in reading.words[chosen.end : count.start]):
        return False
    if not any(_instructs(w) or w.startswith(_PUT) for w in reading.words[chosen.end :]):
        return False
    count.claimed = False
    if count not in reading.quantities:
        reading.quantities.append(count)
    chosen.quantity, chosen.per_unit, chosen.each = None, None, False
    return True
