"""A note held up while paying: "I have only a 500 note, will you have change? the
recharge is only 199", "पाँच सौ का खुल्ला होगा? चाय के बीस हुए ना",
"रिचार्ज तो एक सौ निन्यानवे का है, पर मेरे पास पाँच सौ का नोट है,
खुल्ले होंगे?", "ఐదు వందల నోటే ఉంది, చిల్లర ఉందా?". The note's sum is no price (the
language tables read it so); a price said beside it is the goods' price named while paying,
not a bid of the speaker's: the price on the table said back is set aside, and any other
price is asked, never recorded, unless a verb of giving is said with it ("I have a 500
note, give it for 480" bids 480)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS
from audio.understanding.not_priced import _CHANGE_WORDS
from audio.understanding.reading import _Price, _Reading

# A banknote, as a word's start ("నోటే", "நோட்டு", "നോട്ടാണ്", "পাঁচশোর নোট").
_NOTE = tuple(
    fold(w)
    for w in ("note", "नोट", "நோட்", "నోట", "নোট", "નોટ", "ನೋಟ", "നോട്ട", "ਨੋਟ")
)  # fmt: skip
_NOTE_SUMS = frozenset((10, 20, 50, 100, 200, 500, 2000))


def _note_at(reading: _Reading) -> bool:
    """A note word with a note's sum within three words before it, or a note's sum with a
    word for change right after it ("पाँच सौ का खुल्ला होगा?", "500 ka chutta") or right
    before it ("change for 500?")."""
    words = reading.words
    for span in {s for s in reading.number_at if s is not None}:
        if span.value not in _NOTE_SUMS:
            continue
        near = words[span.end : span.end + 2] + words[max(0, span.start - 2) : span.start]
        if any(w.startswith(_CHANGE_WORDS) for w in near):
            return True
    for k, word in enumerate(words):
        if not word.startswith(_NOTE) or word.startswith(fold("notebook")):
            continue
        before = [reading.number_at[j] for j in range(max(0, k - 3), k)]
        if any(s is not None and s.value in _NOTE_SUMS for s in before):
            return True
    return False


def set_aside_paid_price(reading: _Reading, reference_paise: int | None) -> None:
    """In a line that holds up a note and asks for change, the price on the table said
    back is no price, and another price is asked."""
    if not reading.prices or not any(w.startswith(_CHANGE_WORDS) for w in reading.words):
        return
    if not _note_at(reading):
        return
    reading.prices = [p for p in reading.prices if p.paise != reference_paise]
    for price in reading.prices:
        if not _given(reading, price):
            price.two_readings = True  # "give it for 480" beside the note is still a bid


def _given(reading: _Reading, price: _Price) -> bool:
    """A verb of giving within three words after the price ("चार सौ अस्सी में दे दो")."""
    words = reading.words[price.end : price.end + 3]
    return any(w in _GIVE_WORDS or w.startswith(_GIVE_STEMS) for w in words)
