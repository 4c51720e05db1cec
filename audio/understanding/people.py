"""A count of people: "we are six at home", "forty guests at the wedding", "घरी दहा
माणसं आहेत", "வீட்டுல எட்டு பேரு", "পাঁচজন". The number counts heads, never a price
or the goods, and the line is talk about the household or the occasion: nothing in it
refuses or agrees. Asked with it, "how much" ("आठ लोगों के लिए कितना लूँ?", "how
much should I take for eight people?") asks how much to buy, not the price, unless
money is named."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.counted import length_word
from audio.understanding.elsewhere_words import TAKE_STEMS
from audio.understanding.reading import _joined, _Quantity, _Reading

# Words for people, guests and heads, as a word's start so that case and plural endings
# stay on ("लोगों", "ਬੰਦਿਆਂ", "பேருக்கு", "మందికి", "जणांसाठी", "ಜನಕ್ಕೆ", "പേർക്ക്").
_PEOPLE_STEMS = {
    lang: tuple(fold(w) for w in words)
    for lang, words in {
        "hi": ("लोग", "log", "मेहमान", "mehman", "mehmaan", "आदमी", "aadmi", "सदस्य", "जने"),
        "en": ("people", "persons", "guest", "members", "heads", "adults"),
        "bn": ("জন", "লোক", "অতিথি", "মানুষ", "jon", "lok"),
        "pa": ("ਜੀਅ", "ਜਣੇ", "ਬੰਦ", "ਮਹਿਮਾਨ", "ਲੋਕ", "bande", "jane"),
        "ta": ("பேர்", "பேரு", "ஆள்", "ஆளுங்க", "விருந்தாளி", "peru", "per"),
        "te": ("మంది", "అతిథు", "mandi"),
        "mr": ("माणस", "माणसं", "पाहुण", "जण", "लोक", "manse", "pahune"),
        "gu": ("જણ", "માણસ", "મહેમાન", "લોકો", "maanas", "mehmaan"),
        "kn": ("ಜನ", "ಅತಿಥಿ", "ಮಂದಿ", "jana"),
        "ml": ("പേര", "പേർ", "ആള", "അതിഥി"),
    }.items()
}  # fmt: skip
# The count and "people" said as one word: "পাঁচজন", "দশজনের", "ఆరుగురు", "ముగ్గురికి".
_PEOPLE_ENDINGS = tuple(fold(w) for w in ("জন", "জনের", "জনকে", "గురు", "గురికి", "ద్దరు"))
# "Shall I take": the asking forms of taking that the buying verbs' stems miss.
_I_TAKE = tuple(fold(w) for w in ("लूँ", "लूं", "lun", "loon", "ਲਵਾਂ", "lavan", "తీసుకో", "લઉં", "lau"))
# "Will you take" starts as "people" does ("बीस रुपये लोगे?": will you take twenty?)
_WILL_YOU_TAKE = frozenset(fold(w) for w in ("लोगे", "लोगी", "loge", "logi"))
# Riders counted by a verb of sitting or getting in right after the count ("we leave when
# four sit", "चार बैठेंगे तब चलेंगे", "ਚਾਰ ਬੈਠਣ ਤਾਂ", "ચાર બેસે એટલે"): heads, no goods.
_RIDE_STEMS = tuple(
    fold(w)
    for w in (
        "sit", "board", "बैठ", "baith", "ਬੈਠ", "બેસ", "besh", "ஏறி", "ఎక్కి", "ಕೂತ",
        "ಕೂರ", "ಹತ್ತಿ", "കയറ", "বসলে", "উঠলে",
    )
)  # fmt: skip
# Bengali "for" begins like "জন" (people): "জন্য", "জন্যে".
_FOR = tuple(fold(w) for w in ("জন্য", "জন্যে"))
# English "six of us", "there are six of us"
_OF_US = ("of", "us")


def _people_after(reading: _Reading, end: int) -> bool:
    words = reading.words
    if end >= len(words) or not _joined(reading, end):
        return False
    if tuple(words[end : end + 2]) == _OF_US:
        return True
    stems = _PEOPLE_STEMS.get(reading.language, ()) + _PEOPLE_STEMS["en"] + _PEOPLE_STEMS["hi"]
    if words[end].startswith(_RIDE_STEMS) and reading.number_at[end] is None:
        return True
    if words[end].startswith(_FOR):
        return False  # Bengali "জন্য", for: "তিরিশ মিটারের জন্য নশো"
    return words[end].startswith(stems) and words[end] not in _WILL_YOU_TAKE


def counts_people(reading: _Reading) -> bool:
    """A number in the line counts people."""
    spans = {id(s): s for s in reading.number_at if s is not None}.values()
    if any(_people_after(reading, s.end) for s in spans):
        return True
    return any(
        len(w) > len(e) + 1 and w.endswith(e) for w in reading.words for e in _PEOPLE_ENDINGS
    )


def _heads(reading: _Reading, quantity: _Quantity) -> bool:
    """The count counts people: a word for people right after it, never after a metre
    word ("ഇരുനൂറ് മീറ്റർ കയറിന്": 200 metres of rope, where "കയറ" also begins "board")."""
    return _people_after(reading, quantity.end) and not length_word(reading, quantity.end - 1)


def drop_people_counts(reading: _Reading) -> bool:
    """Drop the prices and counts of goods that count people; whether the line counts
    any."""
    reading.prices = [p for p in reading.prices if not _people_after(reading, p.end)]
    heads = {id(q) for q in reading.quantities if _heads(reading, q)}
    reading.quantities = [q for q in reading.quantities if id(q) not in heads]
    reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if id(q) not in heads}
    return counts_people(reading)


def asks_how_much_to_buy(reading: _Reading) -> bool:
    """With people counted, "how much" with a verb of buying and no money named asks how
    much to buy ("आठ लोगों के लिए कितना लूँ?"), not the price ("चार लोगों के लिए
    कितने का पड़ेगा?", "for eight people, what's the rate?")."""
    words = reading.words
    # the question word is no verb of buying, though folded it may read as one (Punjabi
    # "kinne", how much, folds to Bengali "kine", buy)
    if not any(
        (w.startswith(TAKE_STEMS) or w.startswith(_I_TAKE)) and not reading.has(k, Cue.QUESTION)
        for k, w in enumerate(words)
    ):
        return False
    return not any(
        reading.has(k, Cue.CURRENCY, Cue.PAISE, Cue.PER, Cue.UNIT)
        or (reading.has(k, Cue.WEAK_QUESTION) and not reading.has(k, Cue.QUESTION))
        for k in range(len(words))
    )
