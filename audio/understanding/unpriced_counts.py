"""A bare number that counts goods, read last, once the line is understood.

- A weight said with no unit before the goods and a weighing verb ("আড়াইশো পেস্তা ওজন
  করে দিন", "ढाई सौ काजू तोल दो", weigh out two fifty of almonds): a weight, grams when
  it is 50 or more and a multiple of 50, else kilos; no price. With a rupee word ("fifty
  rupees' worth") or a Hindi-type "of" after it ("पचास का धनिया", fifty's worth) it stays
  a price.
- A count of goods said first, then the price asked for all of them ("முப்பது டம்ளர்,
  எல்லாத்துக்கும் சேர்த்து எவ்வளவு?", thirty tumblers, how much for all?): a question with
  that quantity, no price.
- A small count of goods taken, with one asked free ("তিনটে নিচ্ছি, একটা ফ্রি দিন", I'm
  taking three, give one free): a request for something free, no price, no deal.
"""

from __future__ import annotations

from dataclasses import replace

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading
from audio.understanding.result import Intent, Understanding

# The verb of weighing out, as word beginnings.
_WEIGH = tuple(
    fold(w)
    for w in (
        "weigh", "तोल", "तौल", "जोख", "tol", "taul", "ওজন", "ojon", "মেপে", "தூக்கு",
        "நிறுத்து", "thookku", "తూయ", "తూచ", "thooy", "tooy", "తూకం", "जोखा", "તોલ", "જોખ", "jokh",
        "ತೂಕ", "thooka", "ತೂಗಿ", "തൂക്കി", "thookki", "ਤੋਲ",
    )
)  # fmt: skip

# "Free", as word beginnings ("ফ্রিতে", "ஃப்ரீயா", "ఫ్రీగా").
_FREE = tuple(
    fold(w)
    for w in (
        "free", "फ्री", "फ़्री", "मुफ्त", "मुफ़्त", "muft", "ফ্রি", "ஃப்ரீ", "ఫ్రీ", "फुकट",
        "fukat", "ફ્રી", "મફત", "mafat", "ಫ್ರೀ", "ഫ്രീ", "ਮੁਫ਼ਤ", "ਮੁਫਤ", "ਫ੍ਰੀ", "ਫਰੀ",
    )
)  # fmt: skip

# "I'm taking / I'll take", said of the count: whole words, and word beginnings.
_TAKE_WORDS = frozenset(
    fold(w) for w in ("le", "lu", "लू", "ले", "leu", "લઉં", "taking", "take", "nichhi", "nicchi")
)
_TAKE = tuple(
    fold(w)
    for w in (
        "लूंगा", "लूँगा", "lunga", "নিচ্ছি", "নেব", "নিলাম", "வாங்கு", "తీసుకుంటు",
        "తీసుకుంటా", "घेतो", "घेते", "घेईन", "લઈશ", "લઈ", "ತಗೋ", "ತೊಗೊ", "ತಗೊಳ್ತೀನಿ",
        "എടുക്കു", "എടുക്കാം", "ਲੈ", "ਲਵਾਂ", "lavanga", "vaangu", "teesukunta", "gheto",
    )
)  # fmt: skip


def count_not_priced(reading: _Reading, understood: Understanding) -> Understanding:
    """The understanding, with a weighed weight or a count taken with one free read as
    such (see above) rather than as a price."""
    if understood.amount_paise is None or not reading.prices:
        return understood
    said = {cue for cue, _, _ in reading.occurrences}
    if any(p.explicit for p in reading.prices) or said & {Cue.CURRENCY, Cue.PAISE}:
        return understood  # "ਤੀਹ ਰੁਪਏ ਦਾ ਅਦਰਕ ਤੋਲ ਦਿਓ": thirty rupees' worth, a price
    price = reading.prices[-1]
    value = price.paise / 100
    shaped = price.per_unit is not None or price.quantity is not None or Cue.UNIT in said
    if len(reading.prices) == 1 and not shaped and _weighed(reading, price):
        grams = value >= 50 and value % 50 == 0
        return replace(
            understood,
            intent=Intent.OTHER,
            amount_paise=None,
            per_unit=None,
            quantity=value,
            unit="g" if grams else "kg",
            mentions=(),
            confidence=0.8,
        )
    if len(reading.prices) == 1 and _asked_for_all(reading, price):
        # "முப்பது டம்ளர், எல்லாத்துக்கும் சேர்த்து எவ்வளவு?": thirty glasses, how much for all
        return replace(
            understood,
            intent=Intent.QUESTION,
            amount_paise=None,
            per_unit=None,
            quantity=None if price.quantity is not None else value,  # two counts: neither
            unit=None,
            mentions=(),
            confidence=0.8,
        )
    if len(reading.prices) == 1 and _count_after_how_much(reading, price):
        # "the ten-foot pipes, how much for forty of them?": forty pipes asked about
        return replace(
            understood,
            intent=Intent.QUESTION,
            amount_paise=None,
            per_unit=None,
            quantity=value,
            unit="piece",
            mentions=(),
            confidence=0.8,
        )
    if any(p.paise > 12_00 for p in reading.prices):
        return understood
    counts = [p for p in reading.prices if p.paise == understood.amount_paise]
    if counts and counts[0].paise >= 2_00 and _taken_with_free(reading, counts[0]):
        return replace(
            understood,
            intent=Intent.OTHER,
            amount_paise=None,
            per_unit=None,
            quantity=None,
            unit=None,
            mentions=(),
            confidence=0.8,
        )
    return understood


def _weighed(reading: _Reading, price: _Price) -> bool:
    """The goods, then a weighing verb, within four words after the number in one clause,
    and no "of" after it but English "of" ("two fifty of almonds", "weigh out two fifty")."""
    words, tokens = reading.words, reading.tokens
    if reading.has(price.end, Cue.OF, Cue.LINK) and reading.language != "en":
        return False
    from audio.understanding.shape_bounds import _clause_break

    if _clause_break(reading, price.end, price.end):
        return False  # "25,000, two teeth, weighs over 30 kg": no goods counted by it
    for k in range(price.end + 1, min(price.end + 4, len(words))):
        if tokens[k - 1].raw in {".", "।", "?", "!", ","}:
            return False
        if _weighs(words[k]):
            return True
    before = words[max(0, price.start - 2) : price.start]
    return reading.language == "en" and any(_weighs(w) for w in before)


def _weighs(word: str) -> bool:
    """A weighing verb ("tol do", "weigh"), not English "told" ("he told me 1100")."""
    return word.startswith(_WEIGH) and not word.startswith("told")


# "All of them together", asked of the count ("எல்லாத்துக்கும் சேர்த்து", "सब मिलाकर").
_ALL = tuple(
    fold(w)
    for w in (
        "altogether", "together", "मिलाकर", "सबका", "सबके", "எல்லாத்துக்கும்", "சேர்த்து",
        "అన్నిటికీ", "అన్నింటికీ", "కలిపి", "মিলিয়ে", "सगळ्यांचे", "मिळून", "બધાના", "મળીને",
        "ಸೇರಿ", "ಎಲ್ಲದಕ್ಕೂ", "കൂടി", "എല്ലാത്തിനും", "ਸਾਰੀਆਂ", "ਸਾਰਿਆਂ", "milakar",
    )
)  # fmt: skip


_ALL_WORDS = frozenset(fold(w) for w in ("all", "sab", "sabka", "sabke"))

# "In all", said as a total only when a "how much" follows it ("மொத்தம் எவ்வளவு").
_IN_ALL = frozenset(fold(w) for w in ("மொத்தம்", "மொத்தமா", "moththam", "motham", "mottham"))


def _asked_for_all(reading: _Reading, price: _Price) -> bool:
    """A bare count said first, then its price asked for all of them, ending in "?"."""
    words, tokens = reading.words, reading.tokens
    if price.start > 2 or not tokens or tokens[-1].raw != "?":
        return False
    if any(w in _ALL_WORDS or w.startswith(_ALL) for w in words[price.end :]):
        return True
    return any(
        w in _IN_ALL and reading.has(k + 1, Cue.QUESTION)
        for k, w in enumerate(words[price.end :], price.end)
    )  # "இருநூறு சேர், ரெண்டு நாளைக்கு மொத்தம் எவ்வளவு?": chairs for two days, in all


_HOW_MUCH_FOR = tuple(fold(w) for w in ("how", "much", "for"))
_OF_THEM = frozenset(fold(w) for w in ("of", "them", "these", "those", "?"))


def _count_after_how_much(reading: _Reading, price: _Price) -> bool:
    """English "how much for" right before a bare whole number, then nothing but "of
    them" and the question mark: the count asked about, no price."""
    words, tokens = reading.words, reading.tokens
    if reading.language != "en" or not tokens or tokens[-1].raw != "?":
        return False
    if tuple(words[max(0, price.start - 3) : price.start]) != _HOW_MUCH_FOR:
        return False
    if price.span.value != int(price.span.value) or price.span.value < 2:
        return False
    return all(w in _OF_THEM for w in words[price.end :])


def _taken_with_free(reading: _Reading, price: _Price) -> bool:
    """A "free" word in the line, and a "take" word right beside the count."""
    words = reading.words
    if not any(w.startswith(_FREE) for w in words):
        return False
    near = words[max(0, price.start - 2) : price.end + 3]
    return any(w in _TAKE_WORDS or w.startswith(_TAKE) for w in near)
