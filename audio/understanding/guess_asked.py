"""A price asked, then guessed: "what's the price? is it 300?", "क्या भाव है? तीन सौ है
क्या?", "എന്താ വില? മുന്നൂറ് ആണോ?", "என்ன விலை? முன்னூறா?". The first sentence asks the
price; the next says one alone, as a question, with no verb of giving and no word of
agreement or proposal: the speaker checks a guess, as with a tag ("300, right?",
`tag_questions`), and names no price of their own. "What's the price? Will you give it
for 300?" proposes (a verb of giving) and stays a counter."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading
from audio.understanding.tag_questions import _PROPOSING, _gives, _sentence_start

# "Is it", said with the price guessed: "is it 300?", "तीन सौ है क्या?", "മുന്നൂറ് ആണോ?",
# "তিনশো নাকি?", "ત્રણસો છે?", "ਤਿੰਨ ਸੌ ਹੈ?". A price alone with "?" after "how much?"
# ("how much? forty each?") proposes it, and stays an offer.
_IS_IT = frozenset(
    fold(w)
    for w in (
        "is", "है", "हैं", "hai", "ആണോ", "aano", "ano", "নাকি", "naki", "છે", "che", "chhe",
        "ਹੈ", "ਹੈਗਾ",
    )
)  # fmt: skip


def guessed_after_asking(reading: _Reading) -> bool:
    """Every price stands in the line's last sentence, which ends with "?", says "is it"
    and neither gives, agrees nor proposes, after a sentence that asks the price."""
    if not reading.prices or not reading.tokens or reading.tokens[-1].raw != "?":
        return False
    first = _sentence_start(reading, reading.prices[0].start)
    if first == 0 or _sentence_start(reading, reading.prices[-1].start) != first:
        return False
    asked = any(cue is Cue.QUESTION and start < first for cue, start, _ in reading.occurrences)
    if not asked:
        return False
    numbers = {k for p in reading.prices for k in range(p.start, p.end)}
    said = [w for k, w in enumerate(reading.words) if k >= first and k not in numbers]
    if not any(w in _IS_IT for w in said):
        return False
    agreed = any(
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT) and start >= first
        for cue, start, _ in reading.occurrences
    )
    return not (agreed or _gives(said) or any(w in _PROPOSING for w in said))
