"""How sweet, how lovely: a how-much word right before a word of quality ("कितने मीठे आम
हैं!", "किती छान!", "எவ்வளவு அழகு!", "ఎంత బాగుంది!", "ಎಷ್ಟು ಚೆನ್ನಾಗಿದೆ!", "എത്ര ഭംഗി!",
"কত সুন্দর!", "કેટલું સરસ!", "ਕਿੰਨਾ ਸੋਹਣਾ!") exclaims or asks how much of that quality
there is, never the price: the word is not tagged a price question (applied where cues
are tagged, `spans`). "कितने का है?", "ಎಷ್ಟು ಆಯ್ತು?" and a quality word before a word of
the price ("कितना अच्छा रेट दोगे?") still ask the price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import Phrase, fold
from audio.understanding.reading import _joined, _Reading

# Words of a quality, as a word's start (endings vary: "मीठे", "மேலும் அழகா", "బాగుంది").
_QUALITY_STEMS = tuple(
    fold(w)
    for w in (
        # Hindi
        "मीठ", "सुंदर", "सुन्दर", "खूबसूरत", "अच्छ", "बढ़िया", "प्यार", "ताज़", "ताजा", "ताजे",
        "ताजी", "साफ", "स्वादिष्ट", "रसील", "मस्त", "mith", "meeth", "sundar", "acch",
        "achh", "badhiya", "pyar", "taaz", "taz", "saaf", "swadisht", "rasil", "mast",
        # Marathi
        "गोड", "छान", "नीटनेटक", "स्वच्छ", "चविष्ट", "रसाळ", "god", "chhan", "chan",
        # Tamil
        "அழக", "இனிப்ப", "இனிக்க", "சூப்பர", "சுத்தம", "சுத்தமா", "ருசி", "டேஸ்ட", "ஃப்ரெஷ",
        "azhag", "alag", "inipp", "super", "sutham", "ruchi",
        # Telugu
        "బాగుం", "బాగా", "అందం", "అందంగా", "అందమై", "తియ్య", "తీయ", "రుచి", "శుభ్రం",
        "చక్క", "baagun", "bagun", "andam", "andang", "tiyya", "teeya",
        # Kannada
        "ಚೆನ್ನಾಗ", "ಚೆಂದ", "ಚಂದ", "ಸಿಹಿ", "ರುಚಿ", "ಸುಂದರ", "ನೀಟ", "chennag", "chenda",
        "chanda", "sihi",
        # Malayalam
        "ഭംഗി", "മധുര", "രുചി", "സുന്ദര", "വൃത്തി", "ഫ്രഷ", "bhangi", "madhura",
        # Bengali
        "সুন্দর", "মিষ্টি", "টাটকা", "সুস্বাদ", "দারুণ", "পরিষ্কার", "sundor", "mishti",
        "tatka", "darun",
        # Gujarati
        "સરસ", "મીઠ", "સુંદર", "તાજ", "ચોખ્ખ", "મસ્ત", "saras", "mith",
        # Punjabi
        "ਸੋਹਣ", "ਮਿੱਠ", "ਵਧੀਆ", "ਸੁਆਦ", "ਤਾਜ਼", "ਸਾਫ਼", "ਸੁੰਦਰ", "sohn", "vadhiya",
        # English (a how-much word of Hinglish before it: "kitna cute", "evlo beautiful")
        "sweet", "beautiful", "lovely", "nice", "cute", "fresh", "tasty", "neat", "clean",
    )
)  # fmt: skip
# Goods named from a quality word's stem: sweets ("mithai", "મીઠાઈ"), no quality.
_GOODS_STEMS = tuple(fold(w) for w in ("mithai", "meethai", "મીઠાઈ", "મીઠાઇ"))
# Words of the price that a quality word may describe ("कितना अच्छा रेट", "how good a rate").
_PRICE_STEMS = tuple(
    fold(w)
    for w in (
        "रेट", "भाव", "दाम", "कीमत", "rate", "price", "bhav", "daam", "भाव", "किंमत",
        "விலை", "ரேட்", "ధర", "రేటు", "ಬೆಲೆ", "ರೇಟ್", "വില", "റേറ്റ്", "দাম", "রেট",
        "ભાવ", "કિંમત", "રેટ", "ਭਾਅ", "ਰੇਟ", "ਕੀਮਤ", "offer", "deal",
    )
)  # fmt: skip


def quality_after(words: list[str], i: int) -> bool:
    """Whether a word of quality follows the how-much word at `i` (folded `words`), with
    no word of the price in the two words after it."""
    after = i + 1
    if not (after < len(words) and words[after].startswith(_QUALITY_STEMS)):
        return False
    if words[after].startswith(_GOODS_STEMS):
        return False
    return not any(w.startswith(_PRICE_STEMS) for w in words[after + 1 : after + 3])


def asks_degree(reading: _Reading, i: int, phrase: Phrase) -> bool:
    """The one-word price-question phrase at `i` asks or exclaims how much of a quality
    there is: a word of quality right after it, with no word of the price in the two
    words after that."""
    if phrase.cue not in (Cue.QUESTION, Cue.WEAK_QUESTION) or len(phrase.words) != 1:
        return False
    return quality_after(reading.words, i) and _joined(reading, i + 1)
