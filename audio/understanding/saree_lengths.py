"""The metres of a saree, dhoti or dupatta are its length, no count bought: "is the saree
five and a half metres?", "ये साड़ी साढ़े पाँच मीटर की है?", "இந்த சேலை அஞ்சரை மீட்டரா?",
"ఈ చీర ఐదున్నర మీటర్లా?", "শাড়িটা কি সাড়ে পাঁচ মিটার?". Such goods are sold whole, by the
piece; the metres said of one tell its size (README: the cloth's own metres are its
length). Cloth sold off the roll ("give five metres of this cloth") keeps its count."""

from __future__ import annotations

from dataclasses import replace

from audio.lexicon import fold
from audio.understanding.reading import _Reading
from audio.understanding.result import Understanding

# Garments sold whole, as a word's start (a case ending or classifier may follow).
_WHOLE_GARMENTS = tuple(
    fold(w)
    for w in (
        "saree", "sari", "dhoti", "dupatta", "साड़ी", "साडी", "सारी", "धोती", "दुपट्टा", "சேலை",
        "புடவை", "வேட்டி", "చీర", "పంచె", "ధోవతి", "শাড়ি", "শাড়ী", "ধুতি", "ওড়না", "साडी",
        "धोतर", "સાડી", "ધોતી", "દુપટ્ટ", "ಸೀರೆ", "ಪಂಚೆ", "ಧೋತಿ", "സാരി", "മുണ്ട്", "ਸਾੜੀ",
        "ਸਾੜ੍ਹੀ", "ਧੋਤੀ", "ਦੁਪੱਟ",
    )
)  # fmt: skip
# A metre word, as a word's start (Indic endings: "மீட்டரா", "మీటర్లా", "મીટરની").
_METRES = tuple(
    fold(w)
    for w in (
        "metre", "meter", "mtr", "मीटर", "மீட்டர", "మీటర", "মিটার", "मीटर", "મીટર", "ಮೀಟರ",
        "മീറ്റർ", "മീറ്ററ", "ਮੀਟਰ",
    )
)  # fmt: skip
_REACH = 4
"""Words the metres may follow the garment by ("is the saree five and a half metres")."""


def saree_length_said(reading: _Reading, understood: Understanding) -> Understanding:
    """The understanding, with no quantity where the metres are said of a saree."""
    if understood.quantity is None or understood.unit is not None:
        return understood
    words = reading.words
    for q in reading.quantities:
        if q.unit is not None or q.value != understood.quantity:
            continue
        after = [k for k in (q.end - 1, q.end) if 0 <= k < len(words)]
        if not any(words[k].startswith(_METRES) for k in after):
            continue
        if any(
            words[k].startswith(_WHOLE_GARMENTS) for k in range(max(q.start - _REACH, 0), q.start)
        ):
            return replace(understood, quantity=None)
    return understood
