"""Agreement to the price on the table said first and whole, then a question about
something else: "alright, done. when should I come to pick it up?", "okay, wrap it up,
can I pay with UPI?", "ঠিক আছে, হয়ে গেল। কবে নিতে আসব?". The agreement is closed before the
question (a full stop after it, a second word of agreement, or the goods packed), so
the question asks about the pickup or the payment, never whether to agree: an accept.
A word of agreement inside the question ("ok, GPay chalega?", "card ok?") stays no
accept."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.done_verbs import closed_by_verb
from audio.understanding.reading import _Reading

# Verbs that pack or wrap the goods bought ("wrap it up", "pack it", "बाँध दो").
_PACK = frozenset(
    fold(w)
    for w in (
        "wrap", "pack", "packet", "बाँध", "बांध", "पैक", "बाँधो", "बांधो", "bandh", "baandh",
        "पॅक", "बांधा", "બાંધો", "બાંધી", "પેક", "ਬੰਨ੍ਹ", "ਬੰਨ੍ਹ ਦਿਓ", "ਪੈਕ", "প্যাক", "বেঁধে",
        "பேக்", "కట్టండి", "ప్యాక్", "ಪ್ಯಾಕ್", "ಕಟ್ಟಿ", "പൊതിഞ്ഞ്", "പാക്ക്",
    )
)  # fmt: skip
_AGREE = (Cue.ACCEPT, Cue.SOFT_ACCEPT)
_ENDS = frozenset((".", "!", "।", "|"))


def agreed_before_asking(reading: _Reading, accepts: list[int]) -> bool:
    """Whether the line opens on agreement closed before a question follows."""
    if not accepts or accepts[0] > 1:
        return False
    tokens, words = reading.tokens, reading.words
    asked_at = next((k for k, t in enumerate(tokens) if t.raw == "?"), len(tokens))
    opening = [o for o in reading.occurrences if o[0] in _AGREE and o[2] <= asked_at]
    if not opening:
        return False
    if any(cue not in _AGREE for cue, start, _ in reading.occurrences if start < opening[0][1]):
        return False
    first_end = opening[0][2]
    gaps = [reading.text[tokens[k - 1].end : tokens[k].start] for k in range(first_end, asked_at)]
    ended = [k for k, gap in zip(range(first_end, asked_at), gaps, strict=True) if set(gap) & _ENDS]
    if ended and len(opening) >= 2:
        return True  # "alright, done. when ...?"
    if ended and closed_by_verb(words[first_end : ended[0]]):
        return True  # "ठीक है, कर दो। थैली मिलेगी?": the verb closes the agreement
    return any(w in _PACK for w in words[first_end:asked_at])  # "okay, wrap it up, ...?"
