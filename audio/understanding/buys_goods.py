"""A first-person "I take" with the goods named before it: "don bakre gheto, doghanche
30 hajar" (I take two rams, 30 thousand for both), "दो बकरे लेता हूँ", "I'll take these
two rams". The verb buys the goods named; it agrees to no price. Said alone at a clause's
start ("gheto", "ठीक है, ले लेता हूँ") it still agrees."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading

# First-person present or future of "take", which the tables may read as agreement.
_I_TAKE = frozenset(
    fold(w)
    for w in (
        "gheto", "ghete", "gheu", "घेतो", "घेते", "घेऊ", "घेईन", "ghein", "लेता", "लेती",
        "leta", "leti", "લઉં", "લઈશ", "lau", "laish", "ਲੈਂਦਾ", "ਲੈਂਦੀ", "lainda", "নিচ্ছি",
        "নেব", "nichhi", "nebo", "take",
    )
)  # fmt: skip


def buys_named_goods(reading: _Reading, accepts: list[int]) -> list[int]:
    """The accepts that are an "I take" right after the goods named in its own clause."""
    words = reading.words
    bought = []
    for a in accepts:
        if words[a] not in _I_TAKE or not _joined(reading, a):
            continue
        before = a - 1
        if words[before] in ("i", "i'll", "ill", "will", "me", "मी", "मैं", "હું", "ਮੈਂ", "আমি"):
            continue  # "I take": the verb alone, no goods named before it
        if reading.number_at[before] is None and not reading.is_plain(before):
            continue  # a cue word before it ("ok gheto"): agreement
        bought.append(a)
    return bought
