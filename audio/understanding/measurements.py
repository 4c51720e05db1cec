"""Sizes taken for stitching, not prices: a tailor's list of measurements ("chest 38,
waist 34, length 42", "नाप: छाती अड़तीस, कमर चौंतीस", "அளவு: மார்பு முப்பத்தெட்டு",
"ಅಳತೆ: ಎದೆ ಮೂವತ್ತೆಂಟು") and a length in inches or centimetres ("the blouse piece 80 cm
extra", "बयालीस इंच"). A number right after a body-part or length word, in a line that
measures (a measuring word, a second such size or an inch or centimetre word), or right
before an inch or centimetre word, is a size when no money word comes with it: no price
and no count of the goods. A price said with its money word beside the sizes stands
("chest 40, waist 36; stitching is 650 rupees")."""

from __future__ import annotations

from audio.lexicon import fold
from audio.numbers import find_numbers, number_table
from audio.understanding.reading import _joined, _Reading


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# Words that say measurements are taken or told ("took the measurements", "naap likh lo").
_MEASURING = _folded(
    "measurement", "measurements", "measure", "measures", "naap", "maap", "नाप", "माप",
    "नाप", "मापं", "मापे", "அளவு", "அளவுகள்", "அளவெடுத்து", "அளவு", "కొలత", "కొలతలు",
    "kolathalu", "মাপ", "মাপটা", "মাপগুলো", "maap", "માપ", "ಅಳತೆ", "ಅಳತೆಗಳು", "alate",
    "അളവ്", "അളവുകൾ", "alavu", "ਮੇਚ", "ਨਾਪ", "ਮਾਪ", "mech",
)  # fmt: skip

# Parts of the body and the lengths a garment is cut to: the number after one is a size.
_BODY = _folded(
    "chest", "waist", "hip", "hips", "shoulder", "shoulders", "sleeve", "sleeves", "length",
    "neck", "collar", "bust", "inseam", "thigh", "armhole", "bottom", "mori",
    "छाती", "सीना", "कमर", "कंधा", "कंधे", "बाजू", "बाँह", "बांह", "आस्तीन", "लंबाई",
    "लम्बाई", "गला", "गले", "हिप", "मोरी", "चेस्ट", "वेस्ट", "स्लीव", "शोल्डर",
    "chhati", "chati", "seena", "sina", "kamar", "kandha", "kandhe", "baju", "bazu", "baanh",
    "lambai", "lumbai", "gala", "aasteen",
    "மார்பு", "நெஞ்சு", "இடுப்பு", "தோள்", "தோள்பட்டை", "கை", "நீளம்", "கழுத்து", "marbu",
    "nenju", "iduppu",
    "neelam",
    "ఛాతీ", "ఛాతి", "రొమ్ము", "నడుము", "భుజం", "భుజాలు", "చేయి", "చేతులు", "పొడవు", "మెడ", "chathi",
    "nadumu", "podavu",
    "বুক", "কোমর", "কাঁধ", "হাতা", "ঝুল", "লম্বা", "গলা", "buk", "komor", "jhul",
    "छाती", "कंबर", "खांदा", "खांदे", "बाही", "लांबी", "गळा", "kambar", "lambi",
    "છાતી", "કમર", "ખભો", "ખભા", "બાંય", "લંબાઈ", "ગળું", "ગળા",
    "ಎದೆ", "ಸೊಂಟ", "ಭುಜ", "ತೋಳು", "ಉದ್ದ", "ಕುತ್ತಿಗೆ", "ede", "sonta", "udda",
    "നെഞ്ച്", "അരക്കെട്ട്", "തോൾ", "കൈ", "നീളം", "കഴുത്ത്", "nenju", "neelam",
    "ਛਾਤੀ", "ਸੀਨਾ", "ਕਮਰ", "ਮੋਢਾ", "ਮੋਢੇ", "ਬਾਂਹ", "ਲੰਬਾਈ", "ਗਲਾ",
)  # fmt: skip

# A length in inches or centimetres: the number before one is a size, never a price.
_SMALL_LENGTHS = _folded(
    "cm", "cms", "centimetre", "centimetres", "centimeter", "centimeters", "inch", "inches",
    "सेंटीमीटर", "सेमी", "इंच", "इंची", "inchi", "சென்டிமீட்டர்", "செ.மீ", "இன்ச்", "அங்குலம்",
    "సెంటీమీటర్", "సెం.మీ", "ఇంచులు", "ఇంచ్", "అంగుళాలు", "সেন্টিমিটার", "সেমি", "ইঞ্চি",
    "सेंटिमीटर", "इंचं", "સેન્ટિમીટર", "સેમી", "ઇંચ", "ಸೆಂಟಿಮೀಟರ್", "ಸೆಂ.ಮೀ", "ಇಂಚು",
    "ಇಂಚ್", "സെന്റിമീറ്റർ", "സെ.മീ", "ഇഞ്ച്", "ਸੈਂਟੀਮੀਟਰ", "ਇੰਚ", "இஞ்ச்",
)  # fmt: skip
# Inch words with an ending: "इंचाचे", "ઇંચના", "ইঞ্চির", "ಇಂಚಿನ".
_INCH_STEMS = tuple(
    fold(w)
    for w in (
        "इंच", "ઇંચ", "ইঞ্চি", "ಇಂಚ", "ਇੰਚ", "இன்ச்", "இஞ்ச்",
        # centimetres with an ending: "సెంటీమీటర్ల", "সেন্টিমিটারের", "सेंटीमीटरचा", "સેન્ટિમીટરનો"
        "सेंटीमीटर", "सेंटिमीटर", "సెంటీమీటర", "সেন্টিমিটার", "સેન્ટિમીટર", "ಸೆಂಟಿಮೀಟರ",
        "സെന്റിമീറ്റ", "ਸੈਂਟੀਮੀਟਰ", "சென்டிமீட்டர",
    )
)  # fmt: skip


def _small_length(word: str) -> bool:
    return word in _SMALL_LENGTHS or (not word.isascii() and word.startswith(_INCH_STEMS))


# Metres of cloth: beside a size in inches or centimetres, the cloth's own length ("the
# saree is 5.5 metres, the blouse piece 80 cm extra"), no count bought.
_METRES = _folded(
    "metre", "metres", "meter", "meters", "mtr", "मीटर", "மீட்டர்", "మీటర్", "మీటర్లు",
    "মিটার", "मीटर", "મીટર", "ಮೀಟರ್", "ಮೀಟರು", "മീറ്റർ", "ਮੀਟਰ",
)  # fmt: skip


_LARGEST = 120
"""The largest size a body measurement takes (inches or centimetres): "length 500" is a
price of a form of the goods, not a size."""


def _sizes_after_body_words(reading: _Reading, starts: set[int]) -> set[int]:
    """Number starts right after a body-part or length word (one word between at most,
    in the same clause: "kurta length 42", "keep the length at forty")."""
    words, found = reading.words, set()
    for k in starts:
        for back in (1, 2):
            j = k - back
            if j < 0 or not all(_joined(reading, i) for i in range(j + 1, k + 1)):
                break
            if words[j] in _BODY:
                found.add(k)
                break
    return found


def _before_small_length(reading: _Reading, start: int, end: int) -> bool:
    return end < len(reading.words) and _small_length(reading.words[end])


def _measures_small(reading: _Reading) -> bool:
    """Whether a length in inches or centimetres is said anywhere ("80 cm", "42 इंच")."""
    words, table = reading.words, number_table(reading.language)
    return any(
        _small_length(w) and k > 0 and bool(find_numbers(words[k - 1 : k], table))
        for k, w in enumerate(words)
    )


def drop_measurements(reading: _Reading) -> bool:
    """Drop the prices and counts that are a garment's measurements; whether any was."""
    spans = {p.start: (p.end, p.explicit) for p in reading.prices}
    spans.update({q.start: (q.end, False) for q in reading.quantities if q.start not in spans})
    bare = {k for k, (_, explicit) in spans.items() if not explicit}
    values = {p.start: p.span.value for p in reading.prices}
    values.update({q.start: q.value or 0.0 for q in reading.quantities if q.start not in values})
    fitting = {k for k in bare if values.get(k, 0.0) <= _LARGEST}
    small = {k for k in bare if _before_small_length(reading, k, spans[k][0])}
    inches = bool(small) or _measures_small(reading)
    sized = _sizes_after_body_words(reading, fitting)
    measuring = any(w in _MEASURING for w in reading.words)
    said = {
        s.start
        for s in find_numbers(reading.words, number_table(reading.language))
        if s.value <= _LARGEST
    }
    sizes = _sizes_after_body_words(reading, said)  # also those read as no price at all
    gone = small | (sized if measuring or inches or len(sizes) >= 2 else set())
    if inches:
        words = reading.words
        gone |= {k for k in bare if {*words[spans[k][0] - 1 : spans[k][0] + 1]} & _METRES}
    if not gone:
        return False
    reading.prices = [p for p in reading.prices if p.start not in gone]
    reading.quantities = [q for q in reading.quantities if q.start not in gone]
    reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if q.start not in gone}
    return True
