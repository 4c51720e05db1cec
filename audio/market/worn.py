"""Clothes too small for a child: "this frock is too small for my daughter", "এই জামাটা
ছোট, ছেলের হবে না", "આ ખમીસ નાનું છે, દીકરાને નહીં થાય". "Small" beside a child is small
talk ("a small boy", `audio.market.said_of`), but when a thing worn (`WORN`) is named
before it in its clause, the small is said of the thing, and the child is who will wear it:
the line doubts the goods (`quality_small`). So is "small" with "for" between it and the
child ("too small for my son"): the child is whom the goods are for."""

from __future__ import annotations

from audio.lexicon import fold
from audio.market.persons_said import CHILDREN
from audio.market.phrases import at, forms_in

_BEFORE = 4
"""How many words before "small" the thing worn may stand."""

WORN = {
    "en": "frock*; shirt*; dress; dresses; kurta*; pant; pants; trouser*; jeans; shoe; shoes; "
    "chappal*; sandal*; slipper*; blouse*; skirt*; sweater*; jacket*; uniform*; t-shirt*; "
    "tshirt*; nightie*; clothes; socks; banian*; vest*; cap; caps; lehenga*; salwar*",
    "hi": "कुर्ता; कुर्ती; कुरता; कमीज़; कमीज; शर्ट; फ्रॉक; पैंट; पतलून; जूते; जूता; चप्पल; "
    "स्वेटर; ड्रेस; कपड़े; कपड़ा; जर्सी; लहंगा; सलवार; kurta*; kurti*; kameez*; jute; joote; "
    "kapde; kapda",
    "bn": "জামা; ফ্রক; শার্ট; প্যান্ট; জুতো; জুতা; সোয়েটার; পাঞ্জাবি; ফ্রকটা; জামাকাপড়; jama*; jamata; juto*",
    "mr": "सदरा; शर्ट; फ्रॉक; कपडे; चप्पल; बूट=; स्वेटर; झबले; परकर; कुडता; sadra*; kapde",
    "gu": "ખમીસ; શર્ટ; ફ્રોક; કુર્તા; કુર્તો; પેન્ટ; ચંપલ; બૂટ=; સ્વેટર; ડ્રેસ; કપડાં; કપડા; "
    "ચણિયા; khamis*; kurto; kapda*",
    "pa": "ਕਮੀਜ਼; ਕਮੀਜ; ਸ਼ਰਟ; ਫ਼ਰਾਕ; ਫਰਾਕ; ਕੁੜਤਾ; ਕੁਰਤਾ; ਜੁੱਤੀ; ਜੁੱਤੇ; ਸਵੈਟਰ; ਪੈਂਟ; ਕੱਪੜੇ; "
    "ਸੂਟ=; kameez*; kurta*; jutti*",
    "ta": "சட்டை; ஃப்ராக்; பாவாடை; செருப்பு; ஷூ=; டிரஸ்; ட்ரெஸ்; துணி; sattai*; pavadai*",
    "te": "చొక్కా; షర్ట్; ఫ్రాక్; గౌను; చెప్పులు; డ్రెస్; బట్టలు; లంగా; chokka*; gownu*",
    "kn": "ಅಂಗಿ; ಶರ್ಟ್; ಫ್ರಾಕ್; ಲಂಗ=; ಚಪ್ಪಲಿ; ಡ್ರೆಸ್; ಬಟ್ಟೆ; angi*",
    "ml": "ഷർട്ട; ഉടുപ്പ; ഫ്രോക്ക; ചെരിപ്പ; ഡ്രസ്സ; പാവാട; uduppu*",
}
"""Per language, things worn (English's heard in every language)."""

_FOR = frozenset(fold(w) for w in ("for",))


def worn_small(words: list[str], start: int, language: str, punct: frozenset[int]) -> bool:
    """Whether "small" at `start` is said of a thing worn named before it in its clause, or
    of goods "for" a child after it (see above)."""
    lo = max([b for b in punct if b <= start] + [0, start - _BEFORE])
    if any(at(f, words, i) for i in range(lo, start) for f in forms_in(language, WORN)):
        return True
    end = min([b for b in punct if b > start] + [len(words)])
    return any(
        words[i] in _FOR
        and any(
            at(c, words, j)
            for j in range(i + 1, min(i + 4, end))
            for c in forms_in(language, CHILDREN)
        )
        for i in range(start + 1, end)
    )
