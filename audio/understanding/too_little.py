"""A price called too little: "Eighty is too little, I can't", "अस्सी बहुत कम है,
नहीं दे सकते", "எழுபது ரொம்ப கம்மி", "আশি খুব কম", "ऐंशी खूप कमी आहे", "એંસી બહુ ઓછા",
"ಎಂಬತ್ತು ತುಂಬಾ ಕಡಿಮೆ", "ਅੱਸੀ ਬਹੁਤ ਘੱਟ ਹੈ", and a price said not to be enough ("700 isn't
enough", "എഴുനൂറ് പോരാ", "எழுநூறு பத்தாது", "ఏడు వందలు సరిపోదు", "ಏಳು ನೂರು ಸಾಕಾಗಲ್ಲ",
"सातशे पुरणार नाहीत", "સાતસો પૂરા નહીં પડે"). The words right after the price (with a verb of
being at most between) call it too low: the price is refused, never offered, and never a
floor ("not less than 80" is said with "than", which this is not). A price of the
speaker's own after it ("eighty is too little, give a hundred") stands as the counter."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Reading


def _phrases(*said: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in s.split()) for s in said)


# "Too little", "very low", as said after a price.
_TOO_LITTLE = _phrases(
    "too little", "too less", "too low", "very less", "very little", "very low", "too small",
    "बहुत कम", "bahut kam", "bahot kam", "काफी कम", "ज़्यादा कम", "बहुत ही कम",
    "ரொம்ப கம்மி", "ரொம்ப கம்மிங்க", "ரொம்ப குறைவு", "romba kammi", "romba kuraivu",
    "చాలా తక్కువ", "chala takkuva", "chaala takkuva", "খুব কম", "অনেক কম", "khub kom",
    "onek kom", "खूप कमी", "फार कमी", "khup kami", "far kami", "બહુ ઓછા", "બહુ ઓછું",
    "બહુ ઓછો", "ઘણા ઓછા", "bahu ocha", "bahu ochha", "bau ocha", "ತುಂಬಾ ಕಡಿಮೆ",
    "ಭಾಳ ಕಡಿಮೆ", "tumba kadime", "thumba kadime", "വളരെ കുറവ്", "വളരെ കുറവാ",
    "വളരെ കുറവാണ്", "ഭയങ്കര കുറവ്", "valare kuravu", "ਬਹੁਤ ਘੱਟ", "ਬਹੁਤ ਹੀ ਘੱਟ",
    "bahut ghat", "bahut ghatt",
    # not enough: the price refused the same way
    "not enough", "isn't enough", "is not enough", "won't be enough", "काफ़ी नहीं",
    "काफी नहीं", "kaafi nahi", "kafi nahi", "पूरा नहीं पड़ेगा", "पूरा नहीं पड़ता",
    "பத்தாது", "போதாது", "பத்தாதுங்க", "pathathu", "podhathu", "సరిపోదు",
    "చాలదు", "saripodu", "ಸಾಕಾಗಲ್ಲ", "ಸಾಕಾಗೋದಿಲ್ಲ", "ಸಾಲಲ್ಲ", "saakagalla", "sakagalla",
    "പോരാ", "തികയില്ല", "മതിയാവില്ല", "thikayilla", "যথেষ্ট না", "যথেষ্ট নয়",
    "पुरणार नाहीत", "पुरणार नाही", "पुरत नाहीत", "पुरत नाही", "purnar nahi",
    "પૂરા નહીં પડે", "પૂરતા નથી", "pura nahi pade", "ਪੂਰੇ ਨਹੀਂ ਪੈਂਦੇ", "ਪੂਰਾ ਨਹੀਂ ਪੈਂਦਾ",
)  # fmt: skip
# A verb of being between the price and the words: "ninety is too less", "அது".
_BEING = frozenset(fold(w) for w in ("is", "are", "that's", "it's", "hai", "है", "ہے", "आहे"))


def _called_too_little(words: list[str], end: int) -> range | None:
    """Where the words calling the price ending at `end` too little stand, or None."""
    k = end + 1 if end < len(words) and words[end] in _BEING else end
    for p in _TOO_LITTLE:
        if tuple(words[k : k + len(p)]) == p:
            return range(k, k + len(p))
    return None


def refuse_too_little(reading: _Reading) -> None:
    """Mark refused each price called too little right after it; its "less" compares
    nothing (no floor: "can't give" after it refuses, never "can't give less")."""
    for price in reading.prices:
        said = _called_too_little(reading.words, price.end)
        if said is None:
            continue
        price.negated = True
        for k in said:
            reading.cues[k] = frozenset()
        reading.occurrences = [o for o in reading.occurrences if o[1] not in said]
        reading.too_little |= set(said)
