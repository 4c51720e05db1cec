"""Sizes said of the goods, not prices: "this tube is 28 by 1.75", "मेज़ चार बाई तीन",
"पलंग सहा बाय सात", "the shelf must be six feet tall, three wide", "கதவு ஏழு அடி உயரம்",
"బీరువా ఐదు అడుగుల వెడల్పు", "a 4 digit lock", "18 speed gears". Two numbers joined by
"by" (बाई, बाय, ಬೈ, বাই), or a number beside a word of length, height, width, speed or
digits (after a feet word at most: "six feet tall"), is a size: no price and no count of
the goods. A price said beside it stands ("a six-by-four cot, 18,000").

And that the goods fit is no agreement: "it will fit your cycle", "ಸರಿ ಹೋಗುತ್ತೆ", "ਠੀਕ
ਆਵੇਗਾ", "ठीक बैठेगा" say the size is right, not the price (`untag_fitting`)."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import number_table, read_number
from audio.understanding.counted import length_word
from audio.understanding.reading import _joined, _Reading

# "By" between two sizes; Punjabi "ਬਾਈ" only where it is no number of its own (22).
_BY = frozenset(
    fold(w)
    for w in (
        "by", "x", "×", "into", "बाई", "बाय", "bai", "bay", "ಬೈ", "బై", "பை", "ബൈ", "বাই", "બાય",
        "ਬਾਈ",
    )
)  # fmt: skip
# A size's dimension or kind after the number, as a word's start: length, height, width,
# depth; speed (gears) and digits (a lock). Never a start that begins other words
# ("அகல்" a clay lamp, "ಆಳು" a worker).
_DIMENSION_NOUNS = tuple(
    fold(w)
    for w in (
        "length", "height", "width", "depth", "speed", "digit", "gear",
        "लंबाई", "ऊँचाई", "ऊंचाई", "चौड़ाई", "गहराई", "स्पीड", "डिजिट", "अंकों", "लांबी", "उंची",
        "रुंदी", "நீளம்", "நீளத்", "உயரம்", "உயரத்", "அகலம்", "அகலத்", "ஆழம்", "ஸ்பீட்",
        "పొడవు", "పొడుగు", "ఎత్తు", "వెడల్పు", "లోతు", "స్పీడ్", "ಉದ್ದ", "ಎತ್ತರ", "ಅಗಲ",
        "ಸ್ಪೀಡ್", "നീളം", "നീള", "ഉയരം", "ഉയര", "വീതി", "ആഴം", "സ്പീഡ്", "લંબાઈ", "ઊંચાઈ",
        "પહોળાઈ", "સ્પીડ", "দৈর্ঘ্য", "উচ্চতা", "স্পিড", "ਲੰਬਾਈ", "ਉਚਾਈ", "ਚੌੜਾਈ", "ਸਪੀਡ",
        "neelam", "uyaram", "agalam", "podavu", "vedalpu", "udda", "ettara", "veethi",
    )
)  # fmt: skip
# The same said as a word of the goods ("six feet tall", "सात फुट ऊँचा"): after a feet
# word, or closing the clause ("eight feet high, six wide"); "ten long brinjals" counts.
_DIMENSION_WORDS = tuple(
    fold(w)
    for w in (
        "long", "tall", "high", "wide", "broad", "deep", "thick",
        "लंबा", "लंबी", "लंबे", "लम्बा", "लम्बी", "ऊँचा", "ऊँची", "ऊंचा", "ऊंची", "चौड़ा", "चौड़ी",
        "गहरा", "लांब", "उंच", "रुंद", "લાંબ", "ઊંચ", "ઉંચ", "પહોળ", "ઊંડ", "লম্বা", "উঁচু",
        "চওড়া", "গভীর", "ਲੰਬ", "ਉੱਚ", "ਚੌੜ", "ਡੂੰਘ", "lamba", "lambi", "uncha", "unchi",
        "chauda", "chaudi", "lambo", "pahol", "ਲੰਮ",
    )
)  # fmt: skip
# A feet word between the number and its dimension ("six feet tall", "ఐదు అడుగుల
# వెడల్పు", "ஏழு அடி உயரம்").
_FEET = tuple(
    fold(w)
    for w in (
        "feet", "foot", "ft", "inch", "inches", "फुट", "फीट", "फ़ीट", "इंच", "அடி", "இன்ச்",
        "అడుగు", "అడుగుల", "అంగుళ", "ಅಡಿ", "ಇಂಚ್", "അടി", "ഇഞ്ച്", "ફૂટ", "ફીટ", "ઇંચ", "ফুট",
        "ইঞ্চি", "ਫੁੱਟ", "ਫੁਟ", "ਇੰਚ", "adi", "adugu", "fut",
    )
)  # fmt: skip
_MONEY = (Cue.CURRENCY, Cue.PAISE, Cue.PER)


def _dimension_at(reading: _Reading, k: int, after_feet: bool) -> bool:
    words = reading.words
    if k >= len(words) or not _joined(reading, k):
        return False
    if words[k].startswith(_DIMENSION_NOUNS):
        return True
    closes = k + 1 == len(words) or not _joined(reading, k + 1)
    return words[k].startswith(_DIMENSION_WORDS) and (after_feet or closes)


def _size_after(reading: _Reading, end: int) -> bool:
    """A dimension right after the number, or after a feet word after it."""
    words = reading.words
    if end >= len(words) or reading.has(end, *_MONEY):
        return False
    if _dimension_at(reading, end, after_feet=False):
        return True
    return (
        (words[end].startswith(_FEET) or length_word(reading, end))
        and _joined(reading, end)
        and _dimension_at(reading, end + 1, after_feet=True)
    )  # "six feet tall", "छह मीटर लंबा": the goods' own length


def feet_word(reading: _Reading, k: int) -> bool:
    if k >= len(reading.words) or reading.number_at[k] is not None:
        return False
    word = reading.words[k]
    if word.isascii():
        return word in _FEET
    return word.startswith(_FEET)


def _sized_goods(reading: _Reading, span_start: int, end: int) -> bool:
    """A feet or inch word right after the number, then the goods it sizes ("fifteen-foot
    poles", "పది అడుగుల నిచ్చెన", "ஆறு அடி கண்ணாடி", "ಆರು ಅಡಿಯ ಬಾಗಿಲು", "पंद्रह फुट की
    सीढ़ी"), with no money word on the number: the goods' size, no price, no count. English
    says it with "foot" ("ten feet of rope" counts the feet bought)."""
    words, tokens = reading.words, reading.tokens
    if not feet_word(reading, end):
        return False
    hyphen = reading.text[tokens[end - 1].end : tokens[end].start] == "-"
    if not (_joined(reading, end) or hyphen):
        return False
    if reading.has(span_start - 1, *_MONEY) or reading.has(end - 1, *_MONEY):
        return False
    if reading.language == "en" and words[end] in (fold("feet"), fold("inches")):
        return False
    k = end + 1
    if k < len(words) and reading.has(k, Cue.LINK, Cue.OF) and _joined(reading, k):
        k += 1
    return (
        k < len(words)
        and _joined(reading, k)
        and reading.is_plain(k)
        and not words[k].startswith(_DIMENSION_NOUNS)
    )


def size_numbers(reading: _Reading) -> set[int]:
    """Where each number said as a size starts: two joined by "by", or one before a
    dimension ("six feet tall", "a 4 digit lock")."""
    starts = sorted({s.start: s for s in reading.number_at if s is not None}.items())
    spans = [s for _k, s in starts]
    sizes: set[int] = set()
    for first, second in pairwise(spans):
        by = first.end
        if (
            second.start == by + 1
            and reading.words[by] in _BY
            and reading.number_at[by] is None
            and _joined(reading, by)
            and _joined(reading, second.start)
        ):
            sizes |= {first.start, second.start}
    for span in spans:
        by = span.end
        if (
            by + 1 < len(reading.words)
            and reading.words[by] in _BY
            and reading.number_at[by + 1] is None
            and _joined(reading, by)
            and _joined(reading, by + 1)
            and feet_word(reading, by + 2)
            and read_number(reading.words, by + 1, number_table(reading.language)) is not None
        ):
            sizes.add(span.start)  # "छह बाई नौ फुट": the second size read with its feet word
    sizes |= {s.start for s in spans if _size_after(reading, s.end)}
    sizes |= {s.start for s in spans if _sized_goods(reading, s.start, s.end)}
    return sizes


# fmt: off
# A verb of going, coming or sitting after a word of "right" ("ಸರಿ ಹೋಗುತ್ತೆ", "ठीक
# बैठेगा", "ਠੀਕ ਆਵੇਗਾ"): the goods fit; as a word's start.
_FITS: dict[str, tuple[str, ...]] = {
    "hi": ("बैठ", "आएग", "आएगी", "आ जाएग", "baith", "ayega", "aayega"),
    "kn": ("ಹೋಗುತ್ತ", "ಹೋಗತ್ತ", "ಕೂರುತ್ತ", "hogutte", "hogatte"),
    "pa": ("ਆਵੇਗ", "ਆਊ", "ਬੈਠ", "aavega", "aau"),
    "mr": ("बसेल", "बसतो", "बसते", "basel"),
    "gu": ("બેસશ", "બેસી", "આવશ", "besse", "aavshe"),
    "ta": ("வரும்", "பொருந்த", "varum"),
    "bn": ("বসবে", "বসে", "boshbe"),
    "ml": ("ചേരും", "cherum"),
}
# fmt: on
# English "fit" (also how "feet" folds) with no number before it is the verb.
_FIT = fold("fit")


@cache
def _fits(language: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _FITS.get(language, ()))


def untag_fitting(reading: _Reading) -> None:
    """Drop the agreement a word of "right" says before a verb of fitting ("ಸರಿ
    ಹೋಗುತ್ತೆ"), and the "feet" measure that English "fit" is as a verb."""
    fits = _fits(reading.language)
    words = reading.words
    dropped: set[int] = set()
    for k in range(len(words) - 1):
        if (
            reading.has(k, Cue.ACCEPT, Cue.SOFT_ACCEPT)
            and fits
            and words[k + 1].startswith(fits)
            and _joined(reading, k + 1)
        ):
            dropped.add(k)
    for k, word in enumerate(words):
        if (
            word == _FIT
            and reading.has(k, Cue.MEASURE)
            and (k == 0 or reading.number_at[k - 1] is None)
        ):
            reading.cues[k] = reading.cues[k] - {Cue.MEASURE}
    if not dropped:
        return
    cues = {Cue.ACCEPT, Cue.SOFT_ACCEPT}
    reading.occurrences = [
        o for o in reading.occurrences if not (o[0] in cues and dropped & set(range(o[1], o[2])))
    ]
    for k in dropped:
        reading.cues[k] = reading.cues[k] - cues
