"""Romanized words that spell a number but are an everyday word of the speaker's own
language. Punjabi "asi" is "we" ("asi roz aunde haan", we come daily), not 80 (typed
"assi"), and "das" is "tell" ("das ji, kilo kinne da?") as often as 10; Tamil
"paathu" is "having looked" ("nalla paathu kudunga", pick well and give), not 10 (typed
"pathu"); "chaa"/"cha" is tea ("chaa patti", tea leaves) in Punjabi, Hindi, Marathi,
Gujarati and Bengali, not 6, and Marathi's "cha/chi/che" is "of" typed apart ("ek piece
cha rate kay?": the rate of one piece; six is "saha"); English "teen" is no Hindi 3,
nor "tin" (a container) Bengali 3; Bengali "ashi" is both আশি (80) and আসি (I come).
Folding merges the spellings, so the words are matched as typed.

Such a word is a number only when the words right beside it say one: a currency, unit
or paise word ("asi rupaye kilo"), a verb that sets the price, or the language's "of/for"
right after it ("das da de do": for ten). Else it is no number: a price is never recorded
from the word alone. Hindi "saath" (60, and "with") is ambiguous in the tables and kept
by `audio.understanding.spans._confirm_numbers`, where "of/for" after it now vouches too
("saath ka kilo", "sath da de do"), but not after a genitive ("box ke saath ka")."""

from __future__ import annotations

import itertools

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.cotton import cotton_not_rupee
from audio.understanding.fallen import drop_fallen
from audio.understanding.pronouns import we_said
from audio.understanding.questioned import since_vouches
from audio.understanding.reading import _NO_CUES, _joined, _Reading

_HOMOGRAPHS: dict[str, frozenset[str]] = {
    "pa": frozenset(("asi", "asee", "das", "dass", "chaa", "chaah", "cha")),  # ਅਸੀਂ, ਦੱਸ, ਚਾਹ
    "hi": frozenset(("chaa", "chaah")),  # चाय/चाह "tea" ("chaa patti", tea leaves)
    "mr": frozenset(("chaa", "chaha", "cha", "chi", "che", "chya")),  # चहा "tea"; -चा "of"
    "gu": frozenset(("cha", "chaa")),  # ચા "tea"
    "ta": frozenset(("paathu", "paatthu", "paaththu")),  # பார்த்து "having looked"
    "bn": frozenset(("ashi", "aashi", "asi", "cha", "chaa")),  # আসি "I come"; চা "tea"
    "en": frozenset(("teen", "tin")),  # "my teen son", "a tin of ghee": not Hindi/Bengali 3
}

# The genitive before a postposition: "box ke saath", "mere saath ka" (with me).
_GENITIVE_ENDS = ("ke", "re", "के", "रे")


def mark_homographs(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans without a lone romanized homograph that nothing beside it makes a
    number, and without the numbers of the "sau baat ki ek baat" idiom."""
    spans = since_vouches(reading, spans)  # "tamatar saath kab se ho gaya": since when 60
    spans = drop_fallen(reading, spans)  # Telugu "kinda padi poyayi": fell, no ten
    _marathi_put_away(reading)  # "300 la mitvun taka": settle it off, no percent
    cotton_not_rupee(reading, spans)  # Gujarati "રૂ પાંચ કિલો ભરજો": cotton, no ₹5
    idiom = _bottom_line(reading, spans)
    words = _HOMOGRAPHS.get(reading.language, frozenset())
    kept = []
    for span in spans:
        raw = reading.tokens[span.start].raw.lower()
        lone = span.end - span.start == 1 and (
            raw in words or _address(reading, span) or we_said(reading, span)
        )
        if span.start in idiom or (lone and not _said_as_number(reading, span)):
            for k in range(span.start, span.end + (span.start in idiom)):
                reading.number_at[k] = None
                if span.start in idiom:  # the idiom's words say nothing of the goods
                    reading.cues[k], reading.words[k] = _NO_CUES, ""
            continue
        kept.append(span)
    return kept


# Punjabi "ਬਾਈ"/"bai" is "brother" as well as 22: said as the address (first in the line,
# before "ji" or a comma, or last), it is no number unless a currency or unit vouches.
_ADDRESS = {"pa": frozenset(("ਬਾਈ", "bai", "baai", "ਬਾਈਜੀ", "baiji"))}
_HONORIFIC = frozenset(("ਜੀ", "ji", "jee", "g"))


def _address(reading: _Reading, span: NumberSpan) -> bool:
    """The lone number word is a term of address (`_ADDRESS`) where it stands."""
    token = reading.tokens[span.start]
    if token.raw.lower().strip(",.?!") not in _ADDRESS.get(reading.language, frozenset()):
        return False
    nxt = reading.tokens[span.end].raw.lower() if span.end < len(reading.tokens) else ""
    return (
        span.start == 0
        or span.end == len(reading.tokens)
        or nxt in _HONORIFIC
        or nxt in {",", "."}
        or token.raw.endswith(",")
    )


def _said_as_number(reading: _Reading, span: NumberSpan) -> bool:
    """A currency, unit or paise word right after ("asi rupaye", "das kilo"), a currency
    or unit word right before, a verb that sets the price ("das laa do"), or "of/for"
    after."""
    after, before = span.end, span.start - 1
    # "gaddi das": a rate right after a unit word, but not after a count of it ("do
    # kilo asi lavange": two kilos, we'll take)
    rate = reading.has(before, Cue.UNIT) and (before < 1 or reading.number_at[before - 1] is None)
    return (
        reading.has(after, Cue.CURRENCY, Cue.UNIT, Cue.PAISE, Cue.SET)
        or reading.has(before, Cue.CURRENCY)
        or rate
        or priced_with_of(reading, span)
    )


def _bottom_line(reading: _Reading, spans: list[NumberSpan]) -> set[int]:
    """Where "a hundred things, one thing" is said ("sau baat ki ek baat", "sau gallan
    di ik gall", "so vaat ni ek vaat": the bottom line): the starts of its two numbers."""
    words, found = reading.words, set()
    for a, b in itertools.pairwise(spans):
        if a.value != 100 or b.value != 1 or b.start != a.end + 2 or b.end >= len(words):
            continue
        noun = words[a.end]
        if reading.has(a.end + 1, Cue.OF) and words[b.end][:3] == noun[:3]:
            found |= {a.start, b.start}
    return found


def priced_with_of(reading: _Reading, span: NumberSpan) -> bool:
    """A price-sized word with "of/for" right after it ("saath ka kilo", "sath da"), and
    no genitive before it ("box ke saath ka", "mere saath ki": with the box, with me)."""
    if span.value < 10 or not reading.has(span.end, Cue.OF):
        return False
    if span.value == 60 and _give_verb(reading, span.end):
        return False  # "thaila vi saath de do": "de do" gives, no "of" (give it along)
    before = reading.tokens[span.start - 1].raw.lower() if span.start > 0 else ""
    return not reading.has(span.start - 1, Cue.OF) and not before.endswith(_GENITIVE_ENDS)


# "de" is Punjabi "of" and the stem of "give" ("de do", "de dio"): with an imperative or
# a future of giving right after it, it is the verb.
_DE = frozenset(fold(w) for w in ("de", "दे", "ਦੇ"))
_GIVE_ENDS = frozenset(
    fold(w)
    for w in (
        "do", "dо", "dio", "deo", "diyo", "dena", "dijiye", "dijie", "doge", "dunga",
        "denge", "दो", "दीजिए", "देना", "दोगे", "दूँगा", "देंगे", "ਦਿਓ", "ਦਿਉ", "ਦੋ", "ਦੇਣਾ",
        "ਦਿਓਗੇ", "ਦਿਆਂਗਾ", "diyoge", "dyo",
    )
)  # fmt: skip


def _give_verb(reading: _Reading, k: int) -> bool:
    """Word `k` is "de" with a form of "give" right after it ("de do", "de dio")."""
    return (
        k + 1 < len(reading.words)
        and reading.words[k] in _DE
        and reading.words[k + 1] in _GIVE_ENDS
        and _joined(reading, k + 1)
    )


# Hindi and Punjabi "saath" (with, along) before a verb of handling the goods: "do kilo
# saath mein tol do" (weigh two kilos together), "sab saath rakh do" (keep it all
# together), "saath hi pack kar do". The words "in / only / also" may come between.
_ALONG_LINKS = frozenset(
    fold(w)
    for w in (
        "mein", "me", "main", "mai", "hi", "bhi", "में", "मे", "ही", "भी", "ਵਿੱਚ", "ਹੀ", "ਵੀ",
        "vi",
    )
)  # fmt: skip
_HANDLING = frozenset(
    fold(w)
    for w in (
        "tol", "taul", "तौल", "तोल", "daal", "dal", "डाल", "pack", "पैक", "ਪੈਕ", "rakh",
        "रख", "ਰੱਖ", "bandh", "baandh", "बांध", "बाँध", "ਬੰਨ੍ਹ", "le", "ले", "ਲੈ", "pa", "ਪਾ",
        "ਤੋਲ", "tolo", "ਤੋਲੋ", "rakho", "रखो", "rakhna", "रखना", "daalo", "डालो",
    )
)  # fmt: skip


def said_along(reading: _Reading, span: NumberSpan) -> bool:
    """An ambiguous sixty ("saath") said as "with / along": right before a verb of
    handling the goods, past "mein", "hi" or "bhi", with no pause between."""
    if not span.ambiguous or span.value != 60:
        return False
    k = span.end
    while k < len(reading.words) and reading.words[k] in _ALONG_LINKS and _joined(reading, k):
        k += 1
    if k == span.end and k < len(reading.words) and reading.words[k] in _DE:
        return False  # "saath le lo" is rare; "saath de do" is read by `priced_with_of`
    return k < len(reading.words) and reading.words[k] in _HANDLING and _joined(reading, k)


# Marathi typed "taka" is टक्के (percent) and the verb टाका (put it away, "get it done")
# after a verb's "-un" form: "mitvun taka" (settle it off), "deun taka" (give it away).
_TAKA = frozenset(("taka", "taaka"))


def _marathi_put_away(reading: _Reading) -> None:
    """After a typed "-un" verb, "taka" is the verb, no percent: its cues are dropped."""
    if reading.language != "mr":
        return
    for k in range(1, len(reading.words)):
        before = reading.tokens[k - 1].raw.lower()
        if reading.tokens[k].raw.lower() in _TAKA and before.isascii() and before.endswith("un"):
            reading.cues[k] = _NO_CUES
            reading.occurrences = [o for o in reading.occurrences if not o[1] <= k < o[2]]
