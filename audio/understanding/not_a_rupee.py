"""The idiom for not a single rupee or paisa ("ek rupaya bhi kam nahi", "ஒரு ரூபா கூட
தர மாட்டேன்", "एक पैसा भी कम नहीं"): the "one" is no price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Price, _Reading


def _not_a_rupee(reading: _Reading, price: _Price) -> bool:
    """ "One rupee" or "one paisa" in words with a refusal after it ("ஒரு ரூபா கூட தர
    மாட்டேன்", "एक पैसा नहीं दूँगा"): the idiom for not a single rupee, not a price."""
    span = price.span
    if span.value != 1 or not price.explicit or reading.words[span.start][:1].isdigit():
        return False
    if price.start < span.start:
        return False  # "rs 1": a currency sign first is a price
    if price.end < len(reading.words) and reading.words[price.end] in _EVEN:
        return True  # "ఒక్క రూపాయి కూడా తగ్గదు": not even one rupee less
    if span.start > 0 and reading.words[span.start - 1] in _EVEN:
        # "won't give even one rupee more": the refusal before "even"
        refusals = (Cue.NEGATION, Cue.REJECT, Cue.NOT)
        return reading.cue_near(max(span.start - 4, 0), span.start, *refusals)
    return reading.cue_near(price.end, price.end + 4, Cue.NEGATION, Cue.REJECT, Cue.NOT)


def _one_paisa_said(reading: _Reading, span: NumberSpan) -> bool:
    """ "One paisa" in words after a rupee price ("একশো পঁচিশ টাকা, এক পয়সাও কম হবে
    না", "सवा सौ रुपये, एक पैसा भी कम नहीं"): the idiom for not a single paisa, never
    ₹125.01; no stall price is a rupee amount and one paisa."""
    return span.value == 1 and not reading.words[span.start][:1].isdigit()


_EVEN = frozenset(
    fold(w)
    for w in (
        "bhi", "भी", "ही", "even", "single", "கூட", "kooda", "கூடா", "కూడా", "kuda", "ಕೂಡ", "ಕೂಡಾ",
        "പോലും", "polum", "ਵੀ", "પણ",
    )
)  # fmt: skip
"""'Even' after "one rupee": "ek rupaya bhi", "ஒரு ரூபா கூட", the idiom for not a
single rupee, whatever verb follows ("తగ్గదు", "കുറയില്ല": won't come down)."""
