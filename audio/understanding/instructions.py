"""How to make or pack the goods, said with a negative: "no ice, and less sugar",
"don't put onion", "बर्फ मत डालना", "साखर नको, मीठ थोडं", "ஐஸ் வேண்டாம்", "ಖಾರ
ಬೇಡ". The "no", "don't" or "less" is attached to an ingredient or an extra, never to the
price or the deal: the line refuses nothing and asks no better price. "नहीं चाहिए"
or "வேண்டாம்" alone still refuse what was offered. Used by pass 5."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading

# Ingredients, extras and tastes a stall puts in or leaves out (a juice, a chaat, a
# plate), as a word's start in Indic script so that case endings stay on.
_INGREDIENTS = frozenset(
    fold(w)
    for w in (
        "ice", "sugar", "salt", "onion", "onions", "garlic", "chilli", "chili", "chillies",
        "masala", "coriander", "ginger", "oil", "butter", "ghee", "cream", "pepper", "spice",
        "spicy", "sour", "mint", "mayo", "cheese", "sauce",
        "बर्फ", "barf", "baraf", "चीनी", "cheeni", "chini", "शक्कर", "shakkar", "नमक", "namak",
        "प्याज़", "प्याज", "pyaz", "pyaaz", "लहसुन", "lahsun", "मिर्च", "mirch", "mirchi",
        "मसाला", "धनिया", "dhaniya", "अदरक", "adrak", "तेल", "मक्खन", "makkhan", "घी",
        "मलाई", "malai", "नींबू", "nimbu", "खट्टा", "khatta", "तीखा", "teekha", "चटनी",
        "chutney",
        "साखर", "sakhar", "मीठ", "कांदा", "kanda", "लसूण", "मिरची", "तिखट", "tikhat",
        "लिंबू", "कोथिंबीर", "आलं",
        "ஐஸ்", "சக்கரை", "சர்க்கரை", "உப்பு", "வெங்காயம்", "பூண்டு", "மிளகாய்", "காரம்",
        "எலுமிச்சை", "மசாலா", "எண்ணெய்", "கொத்தமல்லி", "இஞ்சி", "நெய்",
        "ఐస్", "చక్కెర", "పంచదార", "ఉప్పు", "ఉల్లిపాయ", "ఉల్లి", "వెల్లుల్లి", "కారం",
        "మిర్చి", "నిమ్మ", "మసాలా", "నూనె", "కొత్తిమీర", "అల్లం", "నెయ్యి",
        "বরফ", "চিনি", "নুন", "লবণ", "পেঁয়াজ", "রসুন", "লঙ্কা", "ঝাল", "মশলা", "তেল",
        "ধনেপাতা", "আদা", "ঘি", "লেবু",
        "બરફ", "ખાંડ", "મીઠું", "ડુંગળી", "લસણ", "મરચ", "તીખું", "મસાલો", "તેલ", "કોથમીર",
        "આદુ", "ઘી", "લીંબુ",
        "ಐಸ್", "ಸಕ್ಕರೆ", "ಉಪ್ಪು", "ಈರುಳ್ಳಿ", "ಬೆಳ್ಳುಳ್ಳಿ", "ಮೆಣಸಿನಕಾಯಿ", "ಖಾರ", "ಮಸಾಲೆ",
        "ಎಣ್ಣೆ", "ಕೊತ್ತಂಬರಿ", "ಶುಂಠಿ", "ತುಪ್ಪ", "ನಿಂಬೆ",
        "ഐസ്", "പഞ്ചസാര", "ഉപ്പ്", "ഉള്ളി", "സവാള", "വെളുത്തുള്ളി", "മുളക്", "എരിവ്",
        "മസാല", "എണ്ണ", "മല്ലിയില", "ഇഞ്ചി", "നെയ്യ്", "നാരങ്ങ",
        "ਬਰਫ਼", "ਬਰਫ", "ਖੰਡ", "ਚੀਨੀ", "ਲੂਣ", "ਨਮਕ", "ਪਿਆਜ਼", "ਪਿਆਜ", "ਲਸਣ", "ਮਿਰਚ",
        "ਮਸਾਲਾ", "ਤੇਲ", "ਧਨੀਆ", "ਅਦਰਕ", "ਘਿਓ", "ਨਿੰਬੂ",
    )
)  # fmt: skip
_STEMS = tuple(w for w in _INGREDIENTS if not w.isascii())
_REACH = 2
"""How many words from the negative the ingredient may be: "बर्फ मत डालना", "don't put
onion", "কাঁচা লঙ্কা ছাড়া"."""
_DEAL = (Cue.CURRENCY, Cue.PAISE, Cue.FINAL, Cue.WEAK_QUESTION, Cue.TAKE_IT, Cue.SET)


def _ingredient(reading: _Reading, k: int) -> bool:
    word = reading.words[k]
    if k in reading.product_at or reading.number_at[k] is not None:
        return False  # the goods bargained over: "nimbu nahi chahiye" refuses lemons
    if word in _INGREDIENTS or (word.endswith("s") and word[:-1] in _INGREDIENTS):
        return True
    return not word.isascii() and word.startswith(_STEMS)


def _attached(reading: _Reading, start: int, end: int) -> bool:
    """An ingredient within reach of the words at `start:end`, in the same clause."""
    for k in range(max(start - _REACH, 0), min(end + _REACH, len(reading.words))):
        if start <= k < end or not _ingredient(reading, k):
            continue
        low, high = min(k, start), max(k, end - 1)
        if all(_joined(reading, j) for j in range(low + 1, high + 1)):
            return True
    return False


def gives_instructions(reading: _Reading) -> bool:
    """Every negative and every word for less in the line is attached to an ingredient
    or extra, and the line names no money and no deal."""
    if reading.prices or any(reading.has(k, *_DEAL) for k in range(len(reading.words))):
        return False
    said = [
        (start, end)
        for cue, start, end in reading.occurrences
        if cue in (Cue.REJECT, Cue.NEGATION, Cue.NOT, Cue.TOO_MUCH)
    ]
    said += [(k, k + 1) for k, w in enumerate(reading.words) if reading.less.found([w])]
    return bool(said) and all(_attached(reading, start, end) for start, end in said)
