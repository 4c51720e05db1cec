"""A price asked again for other goods: "is this bucket also fifty?", "ये छोटी बाल्टी भी
पचास की?", "ही टोपली पण चाळीस का?", "இந்த டப்பாவும் அம்பதா?", "ఈ బకెట్ కూడా యాభైనా?",
"এই বালতিটাও পঞ্চাশ?", "ਇਹ ਬਾਲਟੀ ਵੀ ਪੰਜਾਹ ਦੀ?". An "also / too" particle on the goods
right before the amount, the line asked, and no verb of giving or word of proposal: the
speaker asks whether the price said for other goods holds for these. A question, no price
of the speaker's own. With a verb of giving ("ये भी पचास में दे दो?", "give this one too
for fifty?") it stays the speaker's counter."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading
from audio.understanding.recalled import _clause
from audio.understanding.tag_questions import _PROPOSING, _gives

# "Also", "too" as a word of its own (typed and native).
_ALSO = frozenset(
    fold(w)
    for w in (
        "also", "too", "भी", "bhi", "bi", "पण", "pan", "પણ", "ਵੀ", "vi", "bhee", "கூட",
        "kooda", "kuda", "కూడా", "kudaa", "ಕೂಡ", "ಕೂಡಾ", "ও", "o", "tao",
        "tau", "um", "ഉം", "സഹിതം",
    )
)  # fmt: skip
# "Also" glued to the goods: Tamil "-உம்" (டப்பாவும்), Bengali "-ও" (বালতিটাও),
# Malayalam "-ഉം" (ബക്കറ്റും), Kannada "-ಊ" (ಬಕೆಟ್ಟೂ).
_ALSO_ENDINGS = {"ta": ("ும்", "vum", "yum"), "bn": ("ও", "tao", "tau"), "ml": ("ും",), "kn": ("ೂ",)}
# Words that end like the clitic but are verbs or amounts ("வேணும்", "போதும்"), and
# the Tamil endings of need and must ("வாங்கணும்", "பண்ணனும்").
_NOT_ALSO = frozenset(
    fold(w) for w in ("வேணும்", "வேண்டும்", "போதும்", "இருக்கும்", "ஆகும்", "வரும்", "ಬೇಕೂ")
)
_MUST_ENDINGS = tuple(fold(w) for w in ("ணும்", "னும்", "ண்டும்"))
# A verb of giving or taking put as a question, as a word's start ("தருவீங்களா?",
# "ఇస్తారా?", "ಕೊಡ್ತೀರಾ?", "തരുമോ?", "দেবেন?", "આપશો?", "ਦਿਓਗੇ?", "द्याल?").
_GIVING = tuple(
    fold(w)
    for w in (
        "தரு", "தர", "குடு", "கொடு", "ఇస్త", "ఇవ్వ", "ಕೊಡ", "ಕೊಡ್", "തരു", "തരാ", "തര",
        "കൊടു", "দেব", "দিব", "দাও", "দিন", "આપ", "ਦਿਓ", "ਦੇਵ", "द्या", "घे", "ले",
        "take", "sell", "எடு", "తీసుకో", "ತಗೊ", "എടു", "নেব", "લઈ", "ਲੈ",
    )
)  # fmt: skip


def _also_word(reading: _Reading, k: int) -> bool:
    word = reading.words[k]
    if reading.number_at[k] is not None or word in _NOT_ALSO or word.endswith(_MUST_ENDINGS):
        return False
    if word in _ALSO and not reading.has(k, Cue.REJECT, Cue.NEGATION, Cue.NOT):
        return True
    endings = _ALSO_ENDINGS.get(reading.language, ())
    return bool(endings) and word.endswith(endings) and not reading.has(k, Cue.CURRENCY)


def also_asked(reading: _Reading) -> bool:
    """Every price stands right after an "also" on the goods (two words at most between),
    in a line that asks, with no verb of giving, no proposal and no agreement."""
    prices = reading.prices
    if not prices or any(p.explicit and p.quantity is not None for p in prices):
        return False
    last = prices[-1].end
    tokens = reading.tokens
    asked = any(t.raw == "?" for t in tokens[last:]) or reading.cue_near(
        last, len(reading.words), Cue.QUESTION
    )
    if not asked:
        return False
    first = prices[0].start
    start = _clause(reading, first)[0]
    if not any(_also_word(reading, k) for k in range(max(start, first - 3), first)):
        return False
    words = reading.words
    if _gives(words) or any(w in _PROPOSING or w.startswith(_GIVING) for w in words):
        return False
    agreed = (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT, Cue.REJECT, Cue.NOT, Cue.NEGATION)
    return not reading.cue_near(0, len(reading.words), *agreed)
