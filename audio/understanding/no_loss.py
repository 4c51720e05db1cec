"""A customer's reassurance that the seller loses nothing at the price: "no loss for you at
300", "तीन सौ में आपका कोई नुकसान नहीं", "முன்னூறுல உங்களுக்கு நஷ்டம் இல்ல", "ಇನ್ನೂರೈವತ್ತಕ್ಕೆ
ಕೊಟ್ರೂ ನಿಮಗೆ ಲಾಸ್ ಆಗಲ್ಲ". The "no" belongs to the loss, not to the price: nothing is
refused, and the price is the speaker's own (an offer, a counter in reply). Said of the
speaker ("at 300 I make a loss", "तीन सौ में मेरा नुकसान है") it stays a refusal of the
price (`own_cost`)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading


def _folded(*words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


# Words of a loss, as stems in an Indic script ("നഷ്ടവും"), whole in Latin letters.
_LOSS = _folded(
    "loss", "lose", "losing", "nuksan", "nuksaan", "ghata", "ghaata", "nashtam", "nashta",
    "loksan", "tota", "khot", "नुकसान", "घाटा", "घाटे", "तोटा", "நஷ்ட", "நட்ட", "லாஸ்",
    "నష్ట", "లాస్", "লস", "লোকসান", "ক্ষতি", "નુકસાન", "ખોટ", "ನಷ್ಟ", "ಲಾಸ್", "നഷ്ട",
    "ലോസ്", "ਘਾਟ", "ਨੁਕਸਾਨ",
)  # fmt: skip
# The listener ("you", "for you", "to you") in each language, as stems.
_YOU = _folded(
    "you", "your", "aap", "apka", "aapka", "aapko", "apko", "tumhara", "tumhe", "आप",
    "तुम्हारा", "तुम्हें", "तुमको", "உங்க", "உனக்கு", "ungalukku", "మీకు", "మీకే", "నీకు",
    "meeku", "আপনার", "আপনি", "তোমার", "apnar", "तुमचं", "तुमचा", "तुमची", "तुम्हाला",
    "tumcha", "tumhala", "તમને", "તમારે", "તમારું", "tamne", "ನಿಮಗೆ", "ನಿಮ್ಗೆ", "ನಿನಗೆ",
    "nimage", "നിങ്ങൾക്ക്", "നിനക്ക്", "ചേട്ടന്", "ചേച്ചിക്ക്", "ਤੁਹਾਡ", "ਤੁਹਾਨੂੰ", "tuhada",
    "tuhanu",
)  # fmt: skip
# The speaker ("I", "my", "to me"): a loss of their own refuses the price.
_ME = _folded(
    "i", "me", "my", "mera", "mujhe", "मेरा", "मेरी", "मुझे", "हमारा", "हमें", "எனக்கு",
    "enakku", "నాకు", "naaku", "আমার", "amar", "माझं", "माझा", "मला", "mala", "મને",
    "મારે", "ನಂಗೆ", "ನನಗೆ", "എനിക്ക്", "ਮੇਰਾ", "ਮੈਨੂੰ",
)  # fmt: skip
# "No", "won't come", "won't happen" said of the loss, where no cue marks them.
_NONE = _folded(
    "no", "not", "nothing", "won't", "wont", "never", "नहीं", "nahi", "नही", "இல்ல", "இல்லை",
    "இல்லங்க", "வராது", "illa", "లేదు", "రాదు", "ledu", "radu", "নেই", "না", "nei", "नाही",
    "નથી", "નહીં", "nathi", "ಇಲ್ಲ", "ಆಗಲ್ಲ", "ಬರಲ್ಲ", "ഇല്ല", "വരില്ല", "ആവില്ല", "ਨਹੀਂ",
)  # fmt: skip
_NO_CUES = (Cue.NEGATION, Cue.NOT, Cue.REJECT)


def _is(word: str, stems: tuple[str, ...]) -> bool:
    return word in stems or (not word.isascii() and word.startswith(stems))


def _negated_at(reading: _Reading, k: int) -> bool:
    return reading.has(k, *_NO_CUES) or reading.words[k] in _NONE


def reassures_no_loss(reading: _Reading) -> None:
    """Set aside each loss said to be none for the listener: its words are no cost
    (`reading.no_loss`) and its "no" refuses nothing."""
    words = reading.words
    for k, word in enumerate(words):
        if not _is(word, _LOSS):
            continue
        near = range(max(k - 4, 0), min(k + 4, len(words)))
        if any(words[j] in _ME for j in near) or not any(_is(words[j], _YOU) for j in near):
            continue
        after = [j for j in range(k + 1, min(k + 4, len(words))) if _negated_at(reading, j)]
        before = [j for j in range(max(k - 2, 0), k) if _negated_at(reading, j)]
        if not (after or before):
            continue
        first, last = min(before or [k]), max(after or [k])
        reading.no_loss.add(k)
        for j in range(first, last + 1):
            reading.cues[j] = reading.cues[j].difference(_NO_CUES)
        reading.occurrences = [
            (cue, start, end)
            for cue, start, end in reading.occurrences
            if not (cue in _NO_CUES and first <= start <= last)
        ]
