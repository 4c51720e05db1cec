"""Change asked for a note in the romanized words every market shares: "500 da khulla
hai?", "500 ka chutta milega?", "2000 ki chillar hai?", "500 che sutte?". The loans for
small change (`CHANGE`: khulla, khulle, chutta, chutte, chillar, chillara, sutte,
khuchro, bhaan …) travel between the languages of the north, the west and the south, and
a speaker of one says them in another's; said with a number in the line (the note's
value) they ask for change (`need_change`), not whether the goods are in stock ("hai?").

Alone, with no number, they are left to each language's own cues ("khulle ni gi" is the
vendor's "no change", `audio.market.denied`).
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import fold

NEED = "need_change"

CHANGE = (
    "khulla khulle khule khula khullay khulle-paise chutta chutte chhutta chhutte chuta "
    "chute chhuta chhute chillar chilar chillara chillare chillarai chillarei sutte sutta "
    "suttey khuchro khuchra khuchro-poisa bhaan bhan chhuttu chhutu chhutta-paisa"
)
"""The romanized words for small change, heard in every language's line."""


@cache
def _change() -> frozenset[str]:
    return frozenset(fold(w) for w in CHANGE.split())


def note_change(words: list[str], *, numbered: bool) -> list[tuple[int, int]]:
    """The spans of the words for change in a line that says a number (see above)."""
    if not numbered:
        return []
    change = _change()
    return [(i, i + 1) for i, w in enumerate(words) if w in change]
