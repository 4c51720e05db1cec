"""A limit said in the speaker's own words after the price: the customer's ceiling ("I'll
give 30, I won't go higher", "पैंतीस दूँगा, इससे ऊपर नहीं जाऊँगा", "ముప్పై ఇస్తాను,
అంతకంటే ఎక్కువ ఇవ్వను", "ત્રીસ આપીશ, એનાથી વધારે નહીં", "30 max", "that's my limit")
and the vendor's floor said with its verb ("45, it won't come down", "ষাট টাকা, আর কমবে
না", "நாப்பது, ஒரு பைசா குறையாது", "యాభై, అంతకంటే రాదు"). The price is an offer marked
final (README `final`); the "not" is the going higher's or lower's, never a refusal of
the price. A line that asks ("not below 40?") sets no limit, and a plain refusal with no
"more" or "less" word ("no, too much") is still a refusal.

The "more"/"less" words are each language's `Cue.COMPARATIVE` table ("more than",
"इससे ऊपर", "அதுக்கு மேல", "అంతకంటే", "এর বেশি", "यापेक्षा जास्त", "એનાથી વધારે",
"ಅದಕ್ಕಿಂತ ಜಾಸ್ತಿ", "കൂടുതൽ", "ਤੋਂ ਵੱਧ") and the floor's "less" words (`floors`)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.distances import said_of_the_way
from audio.understanding.floor_at import refused_less
from audio.understanding.floors import _ALSO, _REFUSALS, _REFUSED_ENDINGS, _less, refused_before
from audio.understanding.reading import _Price, _Reading

# "Higher": said with "go" rather than as a comparative ("I won't go higher").
_HIGHER = frozenset(fold(w) for w in ("higher", "further", "beyond"))
# "Nothing" before "less/more than that": "nothing less than that".
_NOTHING = frozenset(fold(w) for w in ("nothing", "no", "not"))
# A limit named beside the price: "30 max", "that's my limit", "ਵੱਧ ਤੋਂ ਵੱਧ ਤੀਹ".
_MAX = frozenset(
    fold(w)
    for w in (
        "max", "maximum", "limit", "मैक्स", "मैक्सिमम", "मैक्सीमम", "लिमिट", "மேக்ஸ்",
        "மேக்சிமம்", "லிமிட்", "మాక్స్", "మాక్సిమం", "లిమిట్", "ম্যাক্স", "ম্যাক্সিমাম",
        "লিমিট", "मॅक्स", "मॅक्सिमम", "લિમિટ", "મેક્સ", "મેક્સિમમ", "ಮ್ಯಾಕ್ಸ್", "ಲಿಮಿಟ್",
        "മാക്സ്", "മാക്സിമം", "ലിമിറ്റ്", "പരമാവധി", "ਮੈਕਸ", "ਲਿਮਿਟ", "அதிகபட்சம்",
        "గరిష్టం", "ಗರಿಷ್ಠ", "सर्वाधिक",
    )
)  # fmt: skip
# Telugu's "I will" ending ("తగ్గిస్తాను", "ఇస్తాను"), beside the "not" ending "-ను" ("ఇవ్వను").
_WILL = ("ాను",)
_WINDOW = 3
"""The refusal comes within this many words after the "more"/"less" word."""


def _asks(reading: _Reading) -> bool:
    return any(t.raw == "?" for t in reading.tokens) or reading.cue_near(
        0, len(reading.words), Cue.QUESTION
    )


def _standing(reading: _Reading) -> list[_Price]:
    return [p for p in reading.prices if not p.negated]


def _limit_spans(reading: _Reading, after: int) -> list[tuple[int, int]]:
    """The "more"/"less" words at or after `after` that a refusal closes, each with the
    words its refusal takes: (first word, one past the refusal's window)."""
    words = reading.words
    endings = _REFUSED_ENDINGS.get(reading.language, ())
    found: list[tuple[int, int]] = []
    marks = [(s, e) for cue, s, e in reading.occurrences if cue is Cue.COMPARATIVE]
    marks += [(k, k + 1) for k, w in enumerate(words) if _less(w) or w in _HIGHER]
    marks = [(s, e) for s, e in marks if not said_of_the_way(reading, s)]  # "தூரம் கம்மி"
    for start, end in marks:
        if start < after or any(w in _ALSO for w in words[max(start - 3, 0) : start]):
            continue  # "60 is not little either": dear, no limit
        if any(
            reading.number_at[k] is not None for k in range(end, min(end + _WINDOW, len(words)))
        ):
            continue  # "not more than that, 2 kilo": a number of its own after it
        stop = min(end + _WINDOW, len(words))
        refused = reading.cue_near(end, stop, *_REFUSALS)
        refused = refused or (
            _less(words[start])
            and not words[start].endswith(_WILL)
            and refused_less(reading, start)
        )
        refused = refused or (
            bool(endings)
            and any(w.endswith(endings) and not w.endswith(_WILL) for w in words[start:stop])
        )  # "తగ్గిస్తాను" (I will reduce) is no "not"
        last_number = max(
            (k for k in range(max(start - 2, 0), start) if reading.number_at[k] is not None),
            default=start - 3,
        )  # "70 no, under 80 no": the first "no" is the 70's; "110, not more" is the limit's
        before = refused_before(reading, last_number + 1, start) or (
            start > 0 and last_number < start - 1 and words[start - 1] in _NOTHING
        )  # "I won't go higher", "nothing less than that"
        if refused or before:
            found.append((min(start - 2, start) if before else start, stop))
    # "not more than that", "no more than this": the limit phrase said after the price,
    # with no number of its own after it
    for cue, start, end in reading.occurrences:
        if cue is not Cue.CAP_BEFORE or start < after or words[start] not in _NOTHING:
            continue
        stop = min(end + _WINDOW, len(words))
        if all(reading.number_at[k] is None for k in range(end, stop)):
            found.append((start, stop))
    return found


def _not_more_than(reading: _Reading, price: _Price) -> bool:
    """A cap with its "not" said right before the price: "not more than 400 for this",
    "no more than 60". "I won't pay more than 40" keeps the verb's "not" and stays a
    plain counter."""
    words = reading.words
    for cue, start, end in reading.occurrences:
        if cue is not Cue.CAP_BEFORE or words[start] not in _NOTHING or end != price.start:
            continue
        if start == 0 or reading.number_at[start - 1] is None:
            return True
    return False


def limit_said(reading: _Reading, price: _Price) -> bool:
    """A ceiling or a floor said after the standing `price` in a line that asks nothing,
    or a limit word right beside it ("30 max", "40, that's my limit")."""
    if _asks(reading) or price.negated:
        return False
    if _limit_spans(reading, price.end) or _not_more_than(reading, price):
        return True
    near = (
        reading.words[price.end : price.end + 4]
        + reading.words[max(price.start - 1, 0) : price.start]
    )
    return any(w in _MAX for w in near)


def unrefuse_limits(reading: _Reading) -> None:
    """Take back the refusal of a price whose only "not" after it is a limit's: "45, it
    won't come down", "ত্রিশ দেব, এর বেশি দেব না" stand, the limit's "not" is the
    going lower's or higher's. A price called too much before the next one stays refused
    ("25 is too much, I'll give 20, not more")."""
    if _asks(reading):
        return
    words = reading.words
    for price in reading.prices:
        if not price.negated:
            continue
        later = [p.start for p in reading.prices if p.start >= price.end]
        stop = min(later, default=len(words))
        refusals = [k for k in range(price.start, stop) if reading.has(k, *_REFUSALS)]
        if any(k < price.end for k in refusals) or reading.cue_near(
            price.start - 2, price.start, *_REFUSALS
        ):
            continue  # "not 45", "45 nahi": the price itself refused
        if reading.cue_near(price.end, stop, Cue.TOO_MUCH):
            continue  # "পঁচিশ অনেক বেশি, কুড়ি দেব, এর বেশি দেব না": 25 called too much
        spans = _limit_spans(reading, price.end)
        if any(k == price.end for k in refusals):
            continue  # "మూడొందలకి కుదరదు": the price itself won't do
        if spans and all(any(s <= k < e for s, e in spans) for k in refusals):
            price.negated = False
