"""A number bound to a length inside the goods' name: "the 1000-metre reel", "हज़ार
मीटर वाली चरखी", "ஆயிரம் மீட்டர் ரீல்", "નવ રીલની ફીરકી" (a spool of nine reels) name a
kite string's size, no price and no count, in a question too ("how much for the
1000-metre reel?" asks the price, it offers no ₹1,000 a metre); so does the count of
strands twisted into the string ("six-cord manja spool 350", "छह तार वाला मांझा")."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Reading

# A length or a reel: a word's start.
_LENGTHS = tuple(
    fold(w)
    for w in (
        "metre", "meter", "mtr", "reel", "मीटर", "रील", "रीळ", "ਮੀਟਰ", "ਰੀਲ", "મીટર", "રીલ", "মিটার",
        "রিল", "मीटर", "மீட்டர்", "ரீல்", "మీటర", "రీలు", "రీల్", "ಮೀಟರ್", "ರೀಲ್", "മീറ്റർ",
        "റീൽ",
        # the strands twisted into a kite string: "six-cord manja", "छह तार वाला मांझा"
        "cord", "ply", "तार", "ਤਾਰ", "તાર",
    )
)  # fmt: skip
# The goods the length names, or "the one with": a word's start.
_NAMED = tuple(
    fold(w)
    for w in (
        "reel", "spool", "roll", "bundle", "wala", "wali", "wale", "वाला", "वाली", "ਵਾਲੀ",
        "रोल", "ரோல்", "రోల్", "ರೋಲ್", "റോൾ", "রোল", "રોલ", "ਰੋਲ",
        "ਵਾਲਾ", "चरखी", "charkhi", "ਚਰਖੜੀ", "ਚਰਖੀ", "फिरकी", "ફીરકી", "ફિરકી", "লাটাই",
        "ரீல்", "రీలు", "రీల్", "ರೀಲ್", "റീൽ", "रील", "रीळ", "ਰੀਲ", "રીલ", "রিল", "phirki", "latai",
        "manja", "maanja", "मांझा", "माँझा", "ਮਾਂਜਾ", "માંજો", "માંજા",
    )
)  # fmt: skip


def _sized(reading: _Reading, end: int) -> bool:
    words = reading.words
    if end >= len(words) or not words[end].startswith(_LENGTHS):
        return False
    return any(w.startswith(_NAMED) for w in words[end + 1 : end + 3])


def sized_reel(reading: _Reading, end: int) -> bool:
    """The number ending at `end` names a reel's or a spool's size ("নয় রিলের লাটাই"):
    a number, even where the word alone is also another ("নয়", is not)."""
    return _sized(reading, end)


def reel_sizes(reading: _Reading) -> set[int]:
    """Where the prices and counts start that name a reel's or a spool's size."""
    starts = {p.start for p in reading.prices if not p.explicit and _sized(reading, p.end)}
    for q in reading.quantities:
        number = reading.number_at[q.start]
        if _sized(reading, q.end) or (number is not None and _sized(reading, number.end)):
            starts.add(q.start)  # "सौ मीटर का रोल": the count read with its metre word
    return starts
