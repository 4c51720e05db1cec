"""A "no" inside words of agreement or of closing refuses nothing: "yes yes, no problem,
take it", "koi vaandho nahi"; "that's all, nothing else", "bas itna hi, aur kuch nahi
chahiye", "vere onnum venda" end the shopping, they do not refuse the price."""

from __future__ import annotations

from functools import cache

from audio.lexicon import fold
from audio.understanding.reading import _Reading

_PHRASES = (
    # no problem, no issue, no worries
    "no problem", "no problems", "no issue", "no issues", "no worries", "not a problem",
    "koi problem nahi", "koi problem nahin", "koi dikkat nahi", "koi dikkat nahin",
    "कोई प्रॉब्लम नहीं", "कोई दिक्कत नहीं", "कोई बात नहीं", "koi baat nahi",
    "பிரச்சனை இல்ல", "பிரச்சினை இல்லை", "prachanai illa", "pirachanai illa", "problem illa",
    "సమస్య లేదు", "samasya ledu", "problem ledu",
    "কোনো সমস্যা নেই", "সমস্যা নেই", "kono somossa nei", "somossa nei", "problem nei",
    "काही हरकत नाही", "हरकत नाही", "kahi harkat nahi", "harkat nahi", "काही प्रॉब्लेम नाही",
    "કોઈ વાંધો નહીં", "વાંધો નહીં", "koi vandho nahi", "vandho nahi", "koi vaandho nahi",
    "ತೊಂದರೆ ಇಲ್ಲ", "tondare illa", "problem illa",
    "പ്രശ്നമില്ല", "പ്രശ്നം ഇല്ല", "prashnamilla", "problem illa",
    "ਕੋਈ ਗੱਲ ਨਹੀਂ", "ਕੋਈ ਦਿੱਕਤ ਨਹੀਂ", "ਕੋਈ ਮਸਲਾ ਨਹੀਂ", "koi gall nahi", "koi dikkat nahi",
    # let it go (agreeing to the price): "ಹೋಗ್ಲಿ ಬಿಡಿ", "சரி விடுங்க", "పోనీలే"
    "ಆಯ್ತು ಬಿಡಿ", "ಹೋಗ್ಲಿ ಬಿಡಿ", "ಸರಿ ಬಿಡಿ", "aaytu bidi", "hogli bidi", "sari bidi",
    "சரி விடுங்க", "போகட்டும் விடுங்க", "sari vidunga", "పోనీలే", "పోనీ లే", "సరే పోనీ",
    "poneele", "poni le",
    # that's all, nothing else
    "nothing else", "nothing more", "that's all", "thats all", "that is all",
    "aur kuch nahi", "aur kuchh nahi", "aur kuch nahin", "और कुछ नहीं", "bas itna hi",
    "bas itna", "बस इतना ही", "बस इतना", "bas yahi", "बस यही", "aur kuch nahi chahiye",
    "और कुछ नहीं चाहिए",
    "வேற எதுவும் வேண்டாம்", "வேற ஒண்ணும் வேண்டாம்", "vera ethuvum vendam",
    "vera onnum vendam", "vera onnum venam", "வேற ஒண்ணும் வேணாம்", "அவ்வளவு தான்",
    "avvalavu thaan", "avlo thaan", "அவ்ளோ தான்",
    "ఇంకా ఏమీ వద్దు", "ఇంక ఏమీ వద్దు", "ఇంకేమీ వద్దు", "inka emi vaddu", "inkemi vaddu",
    "inka emee vaddu", "ఇంతే", "inthe",
    "আর কিছু লাগবে না", "আর কিছু চাই না", "aar kichu lagbe na", "ar kichu lagbe na",
    "aar kichu chai na", "ব্যস আর কিছু লাগবে না", "byas aar kichu lagbe na",
    "बाकी काही नको", "आणखी काही नको", "बस एवढंच", "एवढंच", "baki kahi nako",
    "aankhi kahi nako", "ankhi kahi nako", "evdhach", "bas evdhach",
    "બીજું કંઈ નથી જોઈતું", "બીજું કંઈ નહીં", "બસ આટલું જ", "biju kai nathi joitu",
    "biju kai nahi", "bas aatlu j", "bas atlu j",
    "ಬೇರೆ ಏನೂ ಬೇಡ", "ಬೇರೆ ಏನು ಬೇಡ", "ಇಷ್ಟೇ ಸಾಕು", "bere enu beda", "ishte saaku",
    "ishte saku",
    "വേറെ ഒന്നും വേണ്ട", "ഇത്ര മതി", "ഇത്രയും മതി", "vere onnum venda", "ithra mathi",
    "ithrayum mathi",
    "ਹੋਰ ਕੁਝ ਨਹੀਂ", "ਹੋਰ ਕੁਝ ਨਹੀਂ ਚਾਹੀਦਾ", "ਹੋਰ ਕੁਛ ਨਹੀਂ", "ਬੱਸ ਹੋਰ ਕੁਝ ਨਹੀਂ", "hor kuch nahi",
    "hor kujh nahi", "hor kuch nahi chahida", "bus hor kuch nahi", "bas hor kuch nahi",
)  # fmt: skip


@cache
def _by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases, folded, by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _PHRASES:
        words = tuple(fold(w) for w in phrase.split())
        found.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in found.items()}


def inside_closing(reading: _Reading) -> set[int]:
    """Word positions inside a phrase of agreement or closing that holds a "no"."""
    covered: set[int] = set()
    words = reading.words
    table = _by_first_word()
    for k, word in enumerate(words):
        for phrase in table.get(word, ()):
            if tuple(words[k : k + len(phrase)]) == phrase:
                covered.update(range(k, k + len(phrase)))
    return covered
