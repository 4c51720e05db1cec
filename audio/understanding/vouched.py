"""The vendor vouching for the goods: "it won't burst", "फटेगा नहीं", "फुटणार नाही",
"ফাটবে না", "ਟੁੱਟੂਗਾ ਨਹੀਂ", "உடையாது", "it won't rust", or "nothing happens to it even in
the sun" ("வெயில்லயும் ஒண்ணும் ஆகாது", "धूप में भी कुछ नहीं होगा"). The "no" in it is said
of how the goods wear (a verb of bursting, breaking, tearing, leaking, rusting or fading,
or nothing at all happening to them in the weather), not of the price: with no price said
it refuses nothing, as talk about the goods does (`complaints.about_the_goods`)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Reading

# Verbs of the goods failing, said in the future or negated, as word beginnings (Indic
# scripts) or whole words (English): burst, break, tear, leak, rust, fade, crack.
_FAILS = tuple(
    fold(w)
    for w in (
        "फटेग", "फटेंग", "फटता", "फटती", "टूटेग", "टूटेंग", "टूटता", "टूटती", "चटकेग",
        "लीक", "जंग नहीं", "उतरेग", "phateg", "fateg", "tuteg", "tooteg",
        "फुटण", "फुटत", "तुटण", "तुटत", "फाटण", "फाटत", "गळण", "गळत", "गंजण",
        "ફાટશ", "ફૂટશ", "તૂટશ", "ગળશ", "કાટ નહીં",
        "ফাটবে", "ভাঙবে", "ছিঁড়বে", "ছিড়বে", "ফুটো হবে", "জং ধরবে", "রং উঠবে",
        "ਫਟੂ", "ਫਟੇਗ", "ਟੁੱਟੂ", "ਟੁੱਟੇਗ", "ਪਾਟੂ", "ਪਾਟੇਗ", "ਚੋਊ",
        "உடையாது", "உடையாத", "உடைஞ்சு போகாது", "கிழியாது", "வெடிக்காது", "ஒழுகாது",
        "துரு பிடிக்காது", "சாயம் போகாது",
        "పగలదు", "పగలద", "పగిలిపోదు", "చిరగదు", "చినగదు", "కారదు", "తుప్పు పట్టదు",
        "ఒడెయల్ల",
        "ಒಡೆಯಲ್ಲ", "ಒಡೆಯೋದಿಲ್ಲ", "ಹರಿಯಲ್ಲ", "ಹರಿಯೋದಿಲ್ಲ", "ಸೋರಲ್ಲ", "ತುಕ್ಕು ಹಿಡಿಯಲ್ಲ",
        "ಬಣ್ಣ ಹೋಗಲ್ಲ",
        "പൊട്ടില്ല", "കീറില്ല", "ചോരില്ല", "തുരുമ്പിക്കില്ല", "നിറം പോകില്ല",
    )
)  # fmt: skip
_FAILS_EN = frozenset(
    ("burst", "bursts", "break", "breaks", "tear", "tears", "leak", "leaks", "rust", "rusts",
     "fade", "fades", "crack", "cracks")
)  # fmt: skip
_NOT_EN = frozenset(fold(w) for w in ("won't", "wont", "doesn't", "doesnt", "never", "not"))

# "Nothing (will) happen(s) to it", said with the weather it stands up to.
_NOTHING_HAPPENS = tuple(
    fold(w)
    for w in (
        "nothing happens", "nothing will happen", "कुछ नहीं होगा", "कुछ नहीं होता",
        "kuch nahi hoga", "kuch nahi hota", "ஒண்ணும் ஆகாது", "ஒன்னும் ஆகாது", "ஒன்றும் ஆகாது",
        "onnum aagathu", "onnum aagadhu", "ఏమీ కాదు", "ఏం కాదు", "emi kaadu", "কিছু হবে না",
        "কিছুই হবে না", "কিছু হয় না", "kichu hobe na", "काही होणार नाही", "काहीही होणार नाही",
        "काही होत नाही", "કંઈ નહીં થાય", "કંઈ નહિ થાય", "કશું નહીં થાય", "કંઈ થતું નથી",
        "ಏನೂ ಆಗಲ್ಲ", "ಏನೂ ಆಗೋದಿಲ್ಲ", "enu aagalla", "ഒന്നും പറ്റില്ല", "ഒന്നും സംഭവിക്കില്ല",
        "ਕੁਝ ਨਹੀਂ ਹੁੰਦਾ", "ਕੁਝ ਨਹੀਂ ਹੋਊਗਾ", "ਕੁਝ ਨੀ ਹੁੰਦਾ", "ਕੁਝ ਨੀ ਹੋਊਗਾ",
    )
)  # fmt: skip
_WATER = tuple(
    fold(w)
    for w in (
        "water", "पानी", "paani", "pani", "தண்ணி", "தண்ணீர்", "నీళ్ళ", "నీళ్ల", "నీటి", "জল",
        "পানি", "पाण्या", "पाणी", "પાણી", "ನೀರ", "വെള്ള", "ਪਾਣੀ",
    )
)  # fmt: skip


def vouched_for(reading: _Reading, weather: tuple[str, ...]) -> bool:
    """The line says the goods will not fail ("फटेगा नहीं"), or that nothing happens to
    them in the weather (`weather`, word beginnings) or water ("வெயில்லயும் ஒண்ணும் ஆகாது")."""
    words = reading.words
    said = f" {' '.join(words)} "
    for k, word in enumerate(words):
        if word in _FAILS_EN and k > 0 and words[k - 1] in _NOT_EN:
            return True  # "it won't burst", "never rusts"
        if word.startswith(_FAILS):
            return True
    if any(f" {p}" in said and " " in p for p in _FAILS):
        return True  # "जंग नहीं", "சாயம் போகாது"
    if not any(f" {p} " in said for p in _NOTHING_HAPPENS):
        return False
    return any(w.startswith(weather) or w.startswith(_WATER) for w in words)
