"""Agreement to the price on the table, then one plate to pack: "OK 90,
pack one full plate", "ठीक है नब्बे, एक फुल प्लेट पैक कर दो", "சரி தொண்ணூறு, ஒரு ஃபுல்
பிளேட் பார்சல் பண்ணுங்க". The "one" past the pause counts the serving wanted (`quantity`
1, no unit: a plate is no unit the product lists), not "90 for one piece"; the accept
carries no shape. "Put it in one bag" names what to pack in, no count."""

from __future__ import annotations

from dataclasses import replace

from audio.understanding.containers import plate_word
from audio.understanding.reading import _Price, _Reading
from audio.understanding.result import Intent, Understanding


def one_serving_packed(
    reading: _Reading, chosen: _Price | None, heard: Understanding
) -> Understanding:
    """One plate named after the agreed price, within three words of a
    lone "one" said past a pause after it: a count of one, no rate of a piece."""
    if chosen is None or heard.intent is not Intent.ACCEPT or heard.quantity is not None:
        return heard
    if heard.unit not in (None, "piece"):
        return heard
    for k in range(chosen.end, len(reading.words)):
        span = reading.number_at[k]
        one = k in reading.lone_ones or (span is not None and span.value == 1 and span.end == k + 1)
        if not one or (k == chosen.end and span is None and k not in reading.lone_ones):
            continue
        gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]
        if not set(gap) & set(",;.।"):
            continue
        if any(plate_word(reading, j) for j in range(k + 1, min(k + 4, len(reading.words)))):
            return replace(heard, quantity=1, unit=None, per_unit=None)
    return heard
