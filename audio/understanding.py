"""Understanding spoken offers: price, quantity, product and intent from one transcript.

Deterministic and table-driven, so a price is never guessed by a model and every case can
be pinned by a test. One utterance is read in five passes over its tokens (each a few
microseconds):

1. number phrases (`audio.numbers`): "do sau pachaas", "₹1,200", "dedh";
2. cue phrases (`audio.lexicon`): currency, units, "per", "total", accept, reject, ...;
3. each number becomes a price (it has a currency, or stands bare) or a quantity (a unit
   follows it: "2 kilo"); a bare number right after a unit is a price ("ek kilo 40");
4. each price is negated or not ("300 nahi" — Hindi negates what came before; English
   "not 300" what comes after) and per unit or total ("kilo ka 40" vs "2 kilo 300 mein");
5. the intent, from the prices that still stand and the accept/reject/question cues.

Character offsets in `PriceMention` point into the original text, so a caller can
highlight what was heard.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from audio.languages import heard, spec
from audio.languages.base import Cue, Kind
from audio.lexicon import Token, TokenKind, fold, lexicon_for, tokenize
from audio.numbers import (
    NearWords,
    NumberSpan,
    find_numbers,
    looks_like_joining_number,
    looks_like_number,
    near_numbers,
    number_table,
)


class Intent(StrEnum):
    """What the speaker did; the negotiation domain maps these onto its transitions."""

    OFFER = "offer"
    COUNTER = "counter"
    ACCEPT = "accept"
    REJECT = "reject"
    QUESTION = "question"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PriceMention:
    """One price heard in the utterance, whether or not it is the one that stands."""

    amount_paise: int
    start: int
    """Character offset in the original text of the first token (number or currency)."""
    end: int
    """Character offset just past its last token (number, currency or paise word)."""
    negated: bool
    """Said only to be refused: "300 nahi, 250" negates 300."""
    per_unit: bool | None
    """True for a rate ("40 per kilo"), False for a total, None when nothing says."""


@dataclass(frozen=True, slots=True)
class Understanding:
    """What one utterance means for the negotiation; `amount_paise` is the last price
    said that was not refused, and `per_unit`, `quantity`, `unit` describe that price."""

    intent: Intent
    amount_paise: int | None
    per_unit: bool | None
    quantity: float | None
    unit: str | None
    """Canonical unit: kg, g, dozen, piece, litre, bunch."""
    product: str | None
    """The matched catalogue item's key."""
    confidence: float
    """0..1: lower when prices compete, cues disagree, or nothing was recognised."""
    mentions: tuple[PriceMention, ...]
    language: str
    final: bool = False
    """The speaker called the price final ("final price 60", "last 250"): an offer that
    asks for a yes or a no, never an accept by itself."""

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict of every field, mentions included."""
        return {
            "intent": str(self.intent),
            "amount_paise": self.amount_paise,
            "per_unit": self.per_unit,
            "quantity": self.quantity,
            "unit": self.unit,
            "product": self.product,
            "confidence": self.confidence,
            "language": self.language,
            "final": self.final,
            "mentions": [
                {
                    "amount_paise": m.amount_paise,
                    "start": m.start,
                    "end": m.end,
                    "negated": m.negated,
                    "per_unit": m.per_unit,
                }
                for m in self.mentions
            ],
        }


# --- products -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    key: str
    names: dict[str, str]
    """Name per language code; several spellings may be given separated by commas."""


_SCRIPTS = (
    ("\u0900", "\u097f", "devanagari"), ("\u0980", "\u09ff", "bengali"),
    ("\u0a00", "\u0a7f", "gurmukhi"), ("\u0a80", "\u0aff", "gujarati"),
    ("\u0b00", "\u0b7f", "oriya"), ("\u0b80", "\u0bff", "tamil"),
    ("\u0c00", "\u0c7f", "telugu"), ("\u0c80", "\u0cff", "kannada"),
    ("\u0d00", "\u0d7f", "malayalam"),
)  # fmt: skip
_ASPIRATE = re.compile(r"([bcdfgjklmnpqrstvxz])h")
_VOICING = str.maketrans("gdbjzfwq", "ktpccpvk")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)
def sound_key(word: str) -> str:
    """A rough sound-alike key across scripts: "टमाटर", "tamaatar" and "tamatar" all give
    "tamatar"; Tamil "தக்காளி" and "thakkali" both give "takali"."""
    word_raw = word
    script = next((name for lo, hi, name in _SCRIPTS if any(lo <= c <= hi for c in word)), None)
    if script is not None:
        from indic_transliteration import sanscript  # imported on first Indic name only

        word = sanscript.transliterate(word, script, sanscript.IAST)
        word = word.replace("ṃ", "n").replace("m̐", "n")
    ascii_word = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z]", "", ascii_word).replace("ee", "i").replace("oo", "u")
    # Aspiration and voicing are what romanizations and Tamil script disagree on most.
    key = _ASPIRATE.sub(r"\1", key).translate(_VOICING).replace("x", "ks")
    key = _REPEATS.sub(r"\1", key)
    # A final "a" is the silent inherent vowel of Indic script ("टमाटर" is "tamatar"), or
    # the "-a" that Hindi romanizations add or drop ("kela" / "kele").
    ends_in_consonant = script is not None and unicodedata.category(word_raw[-1]) == "Lo"
    if key.endswith("a") and (len(key) > 3 or ends_in_consonant):
        return key[:-1]
    return key


def _singulars(word: str) -> tuple[str, ...]:
    """English plural guesses for a Latin word ("tomatoes" → "tomato"), word first."""
    if not word.isascii() or len(word) < 4:
        return (word,)
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _allowed_distance(key: str) -> int:
    # Short keys match only exactly: at three letters one edit reaches everyday words.
    return 0 if len(key) < 4 else 1 if len(key) < 8 else 2


def _deletions(key: str) -> set[str]:
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


@dataclass(slots=True)
class _Index:
    exact: dict[str, int] = field(default_factory=dict)
    # Two-letter keys ("ek" from "egg", "am" from "आम") would catch everyday words, so
    # those names match only as written: "eggs" and "आम" do, Hindi "ek" does not.
    as_written: dict[str, int] = field(default_factory=dict)
    near: dict[str, set[str]] = field(default_factory=dict)
    """Each exact key's one-letter deletions, so near spellings are found by lookup."""


class Catalogue:
    """A vendor's products, indexed by sound key so matching a transcript is cheap.

    Names are matched only in the languages a speaker may use (their own, English and
    Hindi), so Hindi "kal" (tomorrow) does not find Bengali "কলা" (banana)."""

    def __init__(self, items: Sequence[CatalogueItem]) -> None:
        self.items: tuple[CatalogueItem, ...] = tuple(items)
        self.max_words = 1
        self._names: list[tuple[str, list[str], int]] = []  # language, words, item index
        for index, item in enumerate(self.items):
            for language, name in item.names.items():
                for spelling in name.split(","):
                    words = [t.raw for t in tokenize(spelling) if t.kind is TokenKind.WORD]
                    if words:
                        self._names.append((language, words, index))
                        self.max_words = max(self.max_words, len(words))
        self._indexes: dict[frozenset[str] | None, _Index] = {}
        self._index_for(None)  # the all-language index, built with the catalogue

    def _index_for(self, languages: frozenset[str] | None) -> _Index:
        index = self._indexes.get(languages)
        if index is not None:
            return index
        index = _Index()
        for language, words, item in self._names:
            if languages is not None and language not in languages:
                continue
            head = "".join(sound_key(w) for w in words[:-1])
            for last in _singulars(words[-1].lower()):
                key = head + sound_key(last)
                if len(key) >= 3:
                    index.exact.setdefault(key, item)
                else:
                    index.as_written.setdefault(" ".join([*words[:-1], last]).lower(), item)
        for key in index.exact:  # "kel" (केला) is still reached from a longer "kele"
            for variant in _deletions(key):
                index.near.setdefault(variant, set()).add(key)
        self._indexes[languages] = index
        return index

    @classmethod
    def from_json(cls, source: str | Path | Sequence[dict[str, object]]) -> Catalogue:
        """Build from a JSON file or a list of {"key"?, "names": {lang: name}} dicts; the
        key defaults to the English name (lowercased, spaces as underscores)."""
        raw: object = source
        if isinstance(source, str | Path):
            raw = json.loads(Path(source).read_text(encoding="utf-8"))
        if not isinstance(raw, list):
            raise ValueError("A catalogue is a JSON list of {'key', 'names'} objects.")
        items = []
        for entry in raw:
            names = entry.get("names") if isinstance(entry, dict) else None
            if not isinstance(names, dict) or not names:
                raise ValueError(f"Catalogue entry {entry!r} has no 'names' object.")
            names = {str(lang): str(name) for lang, name in names.items()}
            key = entry.get("key") or names.get("en") or next(iter(names.values()))
            items.append(CatalogueItem(str(key).strip().lower().replace(" ", "_"), names))
        return cls(items)

    def match(self, text: str, *, language: str | None = None) -> CatalogueItem | None:
        """The first product named in `text`, or None; names in every language are tried
        unless `language` (the speaker's) narrows them to it, English and Hindi."""
        tokens = tokenize(text)
        found = self.locate(tokens, [t.kind is TokenKind.WORD for t in tokens], language)
        return found[0] if found else None

    def locate(
        self, tokens: Sequence[Token], eligible: Sequence[bool], language: str | None = None
    ) -> tuple[CatalogueItem, int, int] | None:
        """The first product named by eligible tokens, with its token range [start, end).

        Exact sound-key matches win over near ones, and longer names over shorter."""
        index = self._index_for(None if language is None else frozenset(("en", "hi", language)))
        fuzzy: tuple[int, int, int] | None = None
        for size in range(min(self.max_words, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                if not all(eligible[start : start + size]):
                    continue
                words = [t.raw for t in tokens[start : start + size]]
                head = "".join(sound_key(w) for w in words[:-1])
                for last in _singulars(words[-1].lower()):
                    key = head + sound_key(last)
                    if len(key) >= 3:
                        item = index.exact.get(key)
                    else:
                        item = index.as_written.get(" ".join([*words[:-1], last]).lower())
                    if item is not None:
                        return self.items[item], start, start + size
                    if fuzzy is None and (near := _nearest(index, key)) is not None:
                        fuzzy = (near, start, start + size)
        if fuzzy is None:
            return None
        return self.items[fuzzy[0]], fuzzy[1], fuzzy[2]


def _nearest(index: _Index, key: str) -> int | None:
    limit = _allowed_distance(key)
    if not limit:
        return None
    best: tuple[int, str] | None = None
    for variant in _deletions(key):
        for candidate in index.near.get(variant, ()):
            distance = _edit_distance(key, candidate)
            if distance <= limit and (best is None or (distance, candidate) < best):
                best = (distance, candidate)
    return None if best is None else index.exact[best[1]]


# --- reading one utterance ----------------------------------------------------------


@dataclass(slots=True)
class _Quantity:
    value: float | None
    unit: str | None
    start: int
    end: int
    claimed: bool = False
    article: bool = False
    """Said as "a kilo": a rate's unit more often than a quantity."""


@dataclass(slots=True)
class _Price:
    paise: int
    start: int
    end: int
    explicit: bool
    """A currency or paise word came with it (so it is surely a price)."""
    span: NumberSpan
    negated: bool = False
    per_unit: bool | None = None
    quantity: _Quantity | None = None
    each: bool = False
    """Said with "each" ("10 each", "ek ka 10"): a price per piece."""
    two_readings: bool = False
    """The words also say another price ("ek pachaas": 50 each, or 150)."""
    bound: bool = False
    """Said as a limit ("not more than 100"), by an ending on the number itself."""

    def unit_paise(self) -> float:
        """The price per unit when it is a total for a known count, else as said."""
        if self.per_unit is False and self.quantity is not None and self.quantity.value:
            return self.paise / self.quantity.value
        return float(self.paise)


@dataclass(slots=True)
class _Reading:
    tokens: list[Token]
    words: list[str]
    cues: list[frozenset[Cue]]
    units: list[str | None]
    occurrences: list[tuple[Cue, int, int]] = field(default_factory=list)
    number_at: list[NumberSpan | None] = field(default_factory=list)
    prices: list[_Price] = field(default_factory=list)
    quantities: list[_Quantity] = field(default_factory=list)
    quantity_at: dict[int, _Quantity] = field(default_factory=dict)
    lone_ones: set[int] = field(default_factory=set)
    """A lone "ek"/"one" that is not a number of its own: after a price it means "for one"."""
    product_at: set[int] = field(default_factory=set)
    text: str = ""
    oversized: bool = False
    """A number too large for any price was said: whatever else is read, ask."""
    ranged: bool = False
    """Two numbers said as a range ("20-25", "पचास से साठ", "ஐம்பது முதல் அறுபது"): ask."""
    of_words: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    """The speaker's case endings, folded."""
    language: str = ""
    less: _WordSet = field(default_factory=lambda: _WordSet(frozenset(), (), (), ()))
    more: _WordSet = field(default_factory=lambda: _WordSet(frozenset(), (), (), ()))
    """The speaker's words that ask for a lower price ("kam", "குறை-")."""
    measures: dict[str, float] = field(default_factory=dict)
    """The speaker's words that hold an amount of a unit, folded ("అరకిలో": 0.5)."""
    """The speaker's genitive words, which may also be endings ("दहाला तीन")."""

    def has(self, i: int, *cues: Cue) -> bool:
        return 0 <= i < len(self.cues) and any(c in self.cues[i] for c in cues)

    def is_plain(self, i: int) -> bool:
        """A word that is neither a cue nor part of a number: a product, a filler."""
        return not self.cues[i] and self.number_at[i] is None

    def cue_near(self, start: int, stop: int, *cues: Cue) -> bool:
        return any(self.has(k, *cues) for k in range(max(start, 0), min(stop, len(self.words))))


_NO_CUES: frozenset[Cue] = frozenset()
_SKIPPABLE = (Cue.LINK, Cue.OF, Cue.PER, Cue.ARTICLE)
_REFUSALS = (Cue.REJECT, Cue.NEGATION, Cue.NOT, Cue.TOO_MUCH)
_BOUNDS = (Cue.COMPARATIVE, Cue.CAP, Cue.CAP_BEFORE)
# A quarter or three quarters said alone is a weight: "paav bhar" is a quarter kilo.
_QUARTERS = (0.25, 0.75)


def _tag_cues(reading: _Reading, language: str, spans: list[NumberSpan]) -> None:
    lexicon = lexicon_for(language)
    words, n = reading.words, len(reading.words)
    firm = [False] * n
    for span in spans:
        for k in range(span.start, span.end):
            reading.number_at[k] = span
            firm[k] = not span.ambiguous
    i = 0
    while i < n:
        phrases = [] if firm[i] else lexicon.lookup(words, i)
        phrases = [p for p in phrases if not any(firm[i : i + len(p.words)])]
        if not phrases:
            i += 1
            continue
        size = len(phrases[0].words)
        longest = [p for p in phrases if len(p.words) == size]
        cues = frozenset(p.cue for p in longest)
        for k in range(i, i + size):
            reading.cues[k] = cues
            reading.units[k] = longest[0].unit
        for cue in cues:
            reading.occurrences.append((cue, i, i + size))
        i += size


_DASHES = frozenset("-‐‑–—")
RANGE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"to", "or"}),
    "hi": frozenset({"se", "से", "ya", "या", "yaa"}),
    "bn": frozenset({"থেকে", "থে", "theke", "ba", "বা"}),
    "mr": frozenset({"ते", "te", "पासून", "किंवा"}),
    "gu": frozenset({"થી", "thi", "કે", "અથવા"}),
    "pa": frozenset({"ਤੋਂ", "ਤੋ", "ton", "to", "ਜਾਂ"}),
    "ta": frozenset({"முதல்", "லிருந்து", "இலிருந்து", "அல்லது"}),
    "te": frozenset({"నుండి", "నుంచి", "లేదా"}),
    "kn": frozenset({"ಇಂದ", "ರಿಂದ", "ಅಥವಾ"}),
    "ml": frozenset({"മുതൽ", "തൊട്ട്", "അല്ലെങ്കിൽ"}),
}
"""Words that join two numbers into a range ("from X to Y", "X or Y"), said between them
or (Gujarati થી, Kannada ರಿಂದ, Tamil இலிருந்து) as the first number's ending."""


def _range_words(language: str) -> frozenset[str]:
    own = RANGE_WORDS.get(language, frozenset())
    return frozenset(fold(w) for w in own | RANGE_WORDS["en"] | RANGE_WORDS["hi"])


def _gap(tokens: Sequence[Token], text: str, left: int, right: int) -> str:
    """The text between token `left` and token `right` (left < right)."""
    return text[tokens[left].end : tokens[right].start]


def _split_at_dashes(
    tokens: Sequence[Token], text: str, spans: list[NumberSpan], language: str
) -> list[NumberSpan]:
    """A number phrase that runs across a dash is two numbers ("सौ-सवा सौ" is 100 and
    125, not 101.25), except words in Latin letters, where a dash joins one number the
    English way ("twenty-five", "two-fifty", "thirty-five hundred")."""
    out: list[NumberSpan] = []
    words = [t.norm for t in tokens]
    for span in spans:
        cut = next(
            (
                i
                for i in range(span.start + 1, span.end)
                if _gap(tokens, text, i - 1, i).strip() in _DASHES
                and not (
                    tokens[i - 1].kind is TokenKind.WORD
                    and tokens[i].kind is TokenKind.WORD
                    and tokens[i - 1].raw.isascii()
                    and tokens[i].raw.isascii()
                )
            ),
            None,
        )
        if cut is None:
            out.append(span)
            continue
        table = number_table(language)
        left = find_numbers(words[span.start : cut], table)
        right = find_numbers(words[cut : span.end], table)
        out += [replace(s, start=s.start + span.start, end=s.end + span.start) for s in left]
        out += [replace(s, start=s.start + cut, end=s.end + cut) for s in right]
    return out


def _said_as_range(
    tokens: Sequence[Token], text: str, spans: Sequence[NumberSpan], language: str
) -> bool:
    """Whether two numbers are said as a range: next to each other with a dash or a range
    word between them, or the first carrying a range ending."""
    joiners = _range_words(language)
    for a, b in itertools.pairwise(spans):
        between = [t.norm for t in tokens[a.end : b.start]]
        gap = _gap(tokens, text, a.end - 1, b.start).strip()
        if not between and (gap in _DASHES or (a.suffix and fold(a.suffix) in joiners)):
            return True
        if len(between) == 1 and between[0] in joiners:
            return True
    return False


def _digit_runs(reading: _Reading, spans: list[NumberSpan]) -> set[int]:
    """Token positions of digits read out one by one ("nine nine eight seven ...") or
    written as one long string ("9845012345"): a phone number, never a price."""
    found: set[int] = set()
    run: list[NumberSpan] = []
    for span in [*spans, None]:
        single = (
            span is not None
            and span.end - span.start == 1
            and span.value in range(10)
            and not reading.words[span.start][:1].isdigit()
        )
        if single and span is not None and (not run or run[-1].end == span.start):
            run.append(span)
            continue
        if len(run) >= 4:
            found |= {s.start for s in run}
        run = [span] if single and span is not None else []
    for i, token in enumerate(reading.tokens):
        if token.kind is TokenKind.NUMBER and sum(c.isdigit() for c in token.raw) >= 10:
            found.add(i)  # a mobile number is ten digits; no stall price is
    return found


def _confirm_numbers(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Keep a lone ambiguous word ("do", "ek") only when a unit or currency vouches."""
    kept = []
    for span in spans:
        after_currency = reading.has(span.start - 1, Cue.CURRENCY) and (
            span.start < 2 or reading.number_at[span.start - 2] is None
        )  # "rs do", but not the "ek" of "10 rupaye ek"
        per_unit = reading.has(span.end, Cue.PER) and reading.has(span.end + 1, Cue.UNIT)
        # "saath kar do": a verb that sets the price vouches for the word before it (not
        # for "ek": "35 ka ek kar dijiye" is 35 each).
        sets = span.value != 1 and (
            reading.has(span.end, Cue.SET)
            or (reading.has(span.end, Cue.OF, Cue.LINK) and reading.has(span.end + 1, Cue.SET))
        )  # "ਬੱਤੀ ਦੀਆਂ ਲਾ ਦਿਓ": put them at thirty-two
        # "ਪੰਜ ਗੱਠੀਆਂ ਬੱਤੀ": a number right after a counted unit is its price
        counted = (
            span.value != 1  # "3 નંગ એક નંગના 40": one of them, at 40
            and span.start >= 2
            and reading.has(span.start - 1, Cue.UNIT)
            and reading.number_at[span.start - 2] is not None
        )
        # "kilo chaali": a price-sized number right after a unit word is its rate
        rate = (
            span.value >= 10
            and reading.has(span.start - 1, Cue.UNIT)
            and _joined(reading, span.start)
            and len(reading.words[span.start - 1]) > 1
        )
        vouched = sets or counted or rate
        vouched = vouched or reading.has(span.end, Cue.UNIT, Cue.CURRENCY, Cue.PAISE)
        if span.ambiguous and not (vouched or after_currency or per_unit):
            reading.number_at[span.start] = None
            if span.value == 1:
                reading.lone_ones.add(span.start)
            continue
        for k in range(span.start, span.end):
            reading.cues[k] = _NO_CUES
        kept.append(span)
    reading.occurrences = [o for o in reading.occurrences if reading.cues[o[1]]]
    return kept


# Where "one fifty" is said for 150 ("ek pachaas", "one forty"), a lone "one" before a
# number is not "each".
_HUNDREDS_IDIOM = frozenset(("hi", "en", "mr", "gu", "pa"))
_BARE_ONES = frozenset(fold(w) for w in ("ek", "one", "एक", "ਇੱਕ", "ਇਕ", "ik", "એક"))
""""One" with no ending: "ek pachaas" may be 150; "एकाला तीस" is thirty each."""


def _one_before_price(
    reading: _Reading, spans: list[NumberSpan], language: str
) -> list[NumberSpan]:
    """A lone word for "one" right before another number says "each" ("ஒன்று 40
    ரூபாய்"): it is not a price of ₹1. Where "ek pachaas" may also be 150, the two are
    left to read as two numbers, so the price is asked about."""
    if language in _HUNDREDS_IDIOM:
        return spans
    kept = []
    for index, span in enumerate(spans):
        nxt = spans[index + 1] if index + 1 < len(spans) else None
        lone_one = (
            span.value == 1
            and span.end - span.start == 1
            and not reading.words[span.start][:1].isdigit()
            and nxt is not None
            and nxt.start == span.end
        )
        if lone_one:
            reading.number_at[span.start] = None
            reading.lone_ones.add(span.start)
            continue
        kept.append(span)
    return kept


def _not_money(reading: _Reading, span: NumberSpan) -> bool:
    """A number that counts or labels something else: "lane 5", "10 minute", "3 kids",
    "6 baje", "at 6 in the morning"."""
    k = span.start - 1
    while k > 0 and reading.has(k, Cue.LINK) and k > span.start - 3:
        k -= 1  # "house number is 42"
    if reading.has(k, Cue.NUMBER_LABEL) or reading.has(span.end, Cue.NUMBER_LABEL):
        return True  # "number 42", "বাহান্ন নম্বর"
    plain = 0
    for k in range(span.end, min(span.end + 4, len(reading.words))):
        if reading.has(k, Cue.NOT_MONEY):
            return True
        if reading.number_at[k] is not None or reading.has(k, Cue.CURRENCY, Cue.UNIT):
            return False
        if reading.cues[k] and not reading.has(k, *_SKIPPABLE):
            return False
        plain += not reading.cues[k]
        if plain > 1:
            return False  # "40, tomato niye jan": the counted thing is right after
    return False


@lru_cache(maxsize=16)
def _measures(language: str) -> dict[str, float]:
    return {fold(w): amount for t in heard(language) for w, (amount, _) in t.measures.items()}


def _measure(reading: _Reading, k: int, otherwise: float | None) -> float | None:
    """How much of its unit the word at `k` holds ("అరకిలో": 0.5), else `otherwise`."""
    return reading.measures.get(reading.words[k], otherwise)


def _names_money(reading: _Reading, price: _Price) -> bool:
    """An amount of money that is a thing, not a price: "a 500 rupee note" (the word
    after the amount, or after a link such as "ka", counts something else)."""
    k = price.end
    if reading.has(k, Cue.LINK, Cue.OF) and not reading.has(k, Cue.NOT_MONEY):
        k += 1
    return reading.has(k, Cue.NOT_MONEY)


def _count_for_price(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """A small bare count, "for", then a larger number: "three for a hundred", "4 for
    50". The count is said first and is the goods, the larger number the price."""
    span = spans[index]
    nxt = spans[index + 1] if index + 1 < len(spans) else None
    k = span.end
    if nxt is None or k >= len(reading.words) or reading.tokens[k].raw.lower() != "for":
        return False
    gap = nxt.start - k
    article = gap == 2 and reading.has(k + 1, Cue.ARTICLE)  # "for a hundred"
    return (
        (gap == 1 or article)
        and span.value == int(span.value)
        and 2 <= span.value <= 12
        and nxt.value >= 10
        and nxt.value > span.value
        and not reading.has(span.start - 1, Cue.CURRENCY)
    )


def _not_a_rupee(reading: _Reading, price: _Price) -> bool:
    """ "One rupee" or "one paisa" in words with a refusal after it ("ஒரு ரூபா கூட தர
    மாட்டேன்", "एक पैसा नहीं दूँगा"): the idiom for not a single rupee, not a price."""
    span = price.span
    if span.value != 1 or not price.explicit or reading.words[span.start][:1].isdigit():
        return False
    if price.start < span.start:
        return False  # "rs 1": a currency sign first is a price
    return reading.cue_near(price.end, price.end + 4, Cue.NEGATION, Cue.REJECT, Cue.NOT)


_MORE = frozenset(("aur", "और", "more", "innum", "இன்னும்", "ఇంకా", "ಇನ್ನೂ", "ഇനിയും", "আরও"))


def _taken_off(reading: _Reading, price: _Price) -> bool:
    """The amount is to be taken off the price, not a price: "das rupaye kam karo", "ten
    rupees less", "reduce it by ten", "knock off twenty". Not a bound: "पचास से कम" has
    its "than", "நூறுக்கு கம்மியா" its case ending."""
    k = price.start - 1
    before = reading.tokens[k].raw.lower() if k >= 0 else ""
    if before == "off" or (before == "by" and reading.less.found(reading.words[max(k - 3, 0) : k])):
        return True
    if price.span.suffix or (price.explicit and _currency_in_case(reading, price.end - 1)):
        return False
    k = price.end
    if k < len(reading.words) and reading.words[k] in _MORE and _joined(reading, k):
        k += 1
    # Said in one breath, and not refused: "అరవై, ఇంకా తగ్గదు" (sixty, it won't come
    # down further) and "50 kam nahi" hold the price.
    return (
        k < len(reading.words)
        and _joined(reading, k)
        and reading.less.found(reading.words[k : k + 1])
        and not reading.has(k, Cue.NEGATION, Cue.NOT)
        and not reading.has(k + 1, Cue.NEGATION, Cue.NOT, *_BOUNDS)
    )


def _added(reading: _Reading, price: _Price) -> bool:
    """The amount is to be added to the price, not a price: "paanch rupaye aur de do",
    "five rupees more", "அஞ்சு ரூபா கூட தரேன்". Not a bound: "X se zyada", "আশির বেশি"
    and "நூறுக்கு மேல" have their "than" or case ending; nor "50 aur 60" (two prices)."""
    if price.span.suffix or (price.explicit and _currency_in_case(reading, price.end - 1)):
        return False
    k = price.end
    return (
        k < len(reading.words)
        and _joined(reading, k)
        and reading.more.found(reading.words[k : k + 1])
        and reading.number_at[k + 1 if k + 1 < len(reading.words) else k] is None
        and not reading.has(k + 1, Cue.NEGATION, Cue.NOT, *_BOUNDS)
        and not reading.has(k, *_BOUNDS[1:])
    )


def _currency_in_case(reading: _Reading, k: int) -> bool:
    """The currency word at `k` carries a case ending: not a currency word as listed
    ("ரூபா" ends like "-ா" but is the word itself; "ரூபாய்க்கு" carries "-க்கு")."""
    listed = lexicon_for(reading.language).by_first_word.get(reading.words[k], ())
    return not any(len(p.words) == 1 for p in listed) and _ends_in_case(reading, k)


def _ends_in_case(reading: _Reading, k: int) -> bool:
    """The currency word at `k` carries a case ending ("ரூபாய்க்கு", "টাকায়": for so
    many rupees), so a bare number right after it counts the goods: "நூறு ரூபாய்க்கு
    நாலு", four for a hundred."""
    word = reading.words[k]
    return any(len(word) > len(s) + 1 and word.endswith(s) for s in reading.suffixes)


def _classify_numbers(reading: _Reading, spans: list[NumberSpan]) -> None:
    attached: set[int] = set()  # currency tokens already owned by a price
    skip: set[int] = set()  # spans merged into the price before them (paise)
    for index, span in enumerate(spans):
        if index in skip:
            continue
        after = span.end
        if reading.has(after, Cue.PAISE):
            price = _Price(round(span.value), span.start, after + 1, True, span)
        elif reading.has(after, Cue.CURRENCY):
            price = _Price(round(span.value * 100), span.start, after + 1, True, span)
            attached.add(after)
            nxt = spans[index + 1] if index + 1 < len(spans) else None
            if nxt is not None and nxt.start == after + 1 and reading.has(nxt.end, Cue.PAISE):
                price.paise += round(nxt.value)  # "chaalis rupaye pachaas paise"
                price.end = nxt.end + 1
                skip.add(index + 1)
        elif reading.has(span.start - 1, Cue.CURRENCY) and span.start - 1 not in attached:
            price = _Price(round(span.value * 100), span.start - 1, span.end, True, span)
        elif _not_money(reading, span):
            continue  # "10 minute", "5 percent", "lane 5"
        elif reading.has(after, Cue.UNIT):
            amount = span.value * reading.measures.get(
                reading.words[after], 1.0
            )  # "రెండు అరకిలో": one kilo
            quantity = _Quantity(amount, reading.units[after], span.start, after + 1)
            reading.quantities.append(quantity)
            continue
        elif (
            span.value < 1 and reading.has(after, Cue.ARTICLE) and reading.has(after + 1, Cue.UNIT)
        ):
            # "half a kilo", "a quarter of a kilo" is not a price of fifty paise
            quantity = _Quantity(span.value, reading.units[after + 1], span.start, after + 2)
            reading.quantities.append(quantity)
            continue
        elif after in reading.product_at:
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue  # "teen tamatar": a count of the product, not a price
        elif _count_for_price(reading, spans, index):
            # "three for a hundred": three of them, for a hundred in all
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue
        elif span.value in _QUARTERS or (span.value == 0.5 and span.end - span.start > 1):
            # "এক পোয়া", "do paav": a quarter kilo, half a kilo
            reading.quantities.append(_Quantity(span.value, "kg", span.start, after))
            continue  # "paav bhar": a quarter kilo
        elif (
            index > 0
            and reading.prices
            and span.value == int(span.value)
            and (
                (reading.prices[-1].end == span.start - 1 and reading.has(span.start - 1, Cue.OF))
                or (
                    reading.prices[-1].end == span.start
                    and reading.prices[-1].span.suffix in reading.of_words
                )
                or (
                    reading.prices[-1].end == span.start
                    and reading.prices[-1].explicit
                    and _ends_in_case(reading, span.start - 1)
                )
            )
        ):
            # "das ke teen", "sau rupaye ke chaar": a count for the price before it.
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue
        else:
            price = _Price(round(span.value * 100), span.start, span.end, False, span)
        if price.explicit and _names_money(reading, price):
            continue  # "ஐநூறு ரூபா நோட்டு": a banknote, not a price
        if _not_a_rupee(reading, price):
            continue  # "ek rupaya nahi dunga": not a single rupee, not a price of one
        if _taken_off(reading, price) or _added(reading, price):
            continue  # "das rupaye kam karo", "paanch aur": ten off, five on, not prices
        if price.paise > 0:
            reading.prices.append(price)
    claimed_units = {q.end - 1 for q in reading.quantities if q.unit is not None}
    for i, unit in enumerate(reading.units):
        if unit is None or i in claimed_units or not reading.has(i, Cue.UNIT):
            continue
        if reading.has(i - 1, Cue.ARTICLE):  # "a kilo", "a dozen"
            reading.quantities.append(_Quantity(1.0, unit, i - 1, i + 1, article=True))
        elif len(reading.words[i]) > 1:  # a lone "g" or "l" is a unit only after a number
            # "అరకిలో" holds its amount: half a kilo
            reading.quantities.append(_Quantity(_measure(reading, i, None), unit, i, i + 1))
    reading.quantities.sort(key=lambda q: q.start)
    for q in reading.quantities:
        for k in range(q.start, q.end):
            reading.quantity_at[k] = q


def _bound_by_ending(reading: _Reading, price: _Price, language: str) -> bool:
    """The price's number or currency word carries a "than"/"within" ending."""
    endings = _bound_endings(language)
    if not endings:
        return False
    last = reading.words[price.end - 1]
    return price.span.suffix in endings or any(last.endswith(e) for e in endings)


@lru_cache(maxsize=16)
def _genitives(language: str) -> frozenset[str]:
    try:
        found = spec(language).cues.get(Cue.OF, ())
    except KeyError:
        return frozenset()
    return frozenset(fold(w) for w in found if " " not in w)


@lru_cache(maxsize=16)
def _bound_endings(language: str) -> tuple[str, ...]:
    try:
        found = spec(language).bound_endings
    except KeyError:
        return ()
    return tuple(fold(e) for e in found)


def _price_before_unit(reading: _Reading) -> None:
    """With no price said, "साढ़े चार सौ किलो" is more likely ₹450 a kilo than 450 kg at a
    stall: a count of a hundred or more of a kilo, dozen, litre, bunch or piece is heard
    as a rate, and asked about, since it may still be the quantity."""
    if reading.prices:
        return
    for quantity in list(reading.quantities):
        span = reading.number_at[quantity.start]
        if (
            span is None
            or quantity.value is None
            or quantity.value < 100
            or quantity.unit not in _BULK_UNITS | {"piece"}
        ):
            continue
        unit = _Quantity(None, quantity.unit, quantity.end - 1, quantity.end, claimed=True)
        price = _Price(round(quantity.value * 100), span.start, span.end, False, span)
        price.per_unit, price.quantity, price.two_readings = True, unit, True
        reading.prices.append(price)
        reading.quantities.remove(quantity)
        for k in range(quantity.start, quantity.end):
            reading.quantity_at.pop(k, None)
        reading.quantities.append(unit)
        reading.quantity_at[unit.start] = unit
        return


def _negate(reading: _Reading, language: str) -> None:
    price_at = {k for p in reading.prices for k in range(p.start, p.end)}
    for price in reading.prices:
        if _bound_by_ending(reading, price, language):
            price.bound = True  # "వందకంటే ఎక్కువ ఇవ్వను": a limit, not a refusal
            continue
        if reading.has(price.start - 1, Cue.NOT) and not reading.has(price.start - 1, *_BOUNDS):
            price.negated = True  # "not 300"
            continue
        for k in range(price.end, min(price.end + 3, len(reading.words))):
            if k in price_at or reading.number_at[k] is not None:
                break
            if reading.has(k, *_BOUNDS):
                break  # "250 se kam nahi", "40 se zyada nahi": a bound the speaker holds to
            if reading.has(k, Cue.NEGATION) and _determiner(reading, k):
                break  # "80 a kilo, no bargaining": "no" before a noun refuses the noun
            if (
                reading.has(k, Cue.NEGATION, Cue.REJECT)
                and k > price.end
                and _plain_word(reading, k - 1)
            ):
                break  # "90 rupaye kilo, molbhav nahi": the "nahi" refuses the haggling
            if reading.has(k, Cue.NEGATION, Cue.TOO_MUCH, Cue.REJECT):
                if not reading.cue_near(k + 1, k + 4, *_BOUNDS):
                    price.negated = True  # ... but "can't go lower than that" is a bound
                break
            if reading.cues[k] and not reading.has(k, *_SKIPPABLE, Cue.CURRENCY, Cue.UNIT):
                break


def _joined(reading: _Reading, k: int) -> bool:
    """Whether only a space separates token `k` from the one before it (no pause or
    punctuation between)."""
    if k <= 0:
        return False
    gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]
    return gap.strip() == ""


def _plain_word(reading: _Reading, k: int) -> bool:
    return reading.tokens[k].kind is TokenKind.WORD and reading.is_plain(k)


def _determiner(reading: _Reading, k: int) -> bool:
    """An English "no" that is a determiner ("no bargaining"), not an answer ("no, 60")."""
    word = reading.tokens[k].raw.lower()
    return word == "no" and k + 1 < len(reading.words) and reading.is_plain(k + 1)


def _each(reading: _Reading, price: _Price, k: int) -> bool:
    """Token `k` says "each" of the price: a word that also links ("করে": "দশ টাকা
    করে", ten each; "তিনশো করে দাও", make it 300) says it only after a currency word."""
    if not reading.has(k, Cue.EACH):
        return False
    return price.explicit or not reading.has(k, Cue.LINK)


def _rate_of(quantity: _Quantity) -> bool:
    return quantity.value is None or quantity.value == 1


def _claim(price: _Price, quantity: _Quantity) -> None:
    quantity.claimed = True
    price.per_unit, price.quantity = _rate_of(quantity), quantity


def _per_unit(reading: _Reading, language: str) -> None:
    n = len(reading.words)
    for price in reading.prices:
        # Right after the price: "2 kilo at 35 per kilo", "40 rupaye kilo", "40 a kilo".
        k = price.end
        while reading.has(k, Cue.LINK) and k < price.end + 2:
            k += 1
        per = reading.has(k, Cue.PER)
        rate = reading.quantity_at.get(k + 1 if per else k)
        if rate is not None and not rate.claimed and (per or rate.value is None or rate.article):
            _claim(price, rate)
            price.per_unit = True
            continue
        if (
            _each(reading, price, k)
            or k in reading.lone_ones
            or price.start - 1 in reading.lone_ones
        ):
            # "3 pieces at 35 each", "35 ka ek", "ஒன்று 35 ரூபாய்": a price per piece.
            price.per_unit, price.each = True, True
            one = reading.words[price.start - 1] if price.start > 0 else ""
            if price.start - 1 in reading.lone_ones and one in _BARE_ONES:
                price.two_readings = True  # "ek pachaas": 50 each, or 150
            continue
        # Before the price: "ek kilo 40", "kilo ka 40", "2 kilo 300 mein", "half a kilo
        # of carrots for 20".
        for k in range(price.start - 1, max(price.start - 5, -1), -1):
            quantity = reading.quantity_at.get(k)
            if quantity is not None:
                if not quantity.claimed:
                    _claim(price, quantity)
                break
            if not (reading.is_plain(k) or reading.has(k, *_SKIPPABLE)):
                break
        if price.quantity is not None:
            continue
        # After it: "40 ka ek kilo", "300 mein do kilo", "10 each", "10 rupaye ek".
        for k in range(price.end, min(price.end + 4, n)):
            quantity = reading.quantity_at.get(k)
            if quantity is not None:
                if not quantity.claimed:
                    _claim(price, quantity)
                break
            if _each(reading, price, k) or k in reading.lone_ones:
                price.per_unit, price.each = True, True  # "10 each", "10 rupaye ek"
                break
            if not (reading.is_plain(k) or reading.has(k, *_SKIPPABLE)):
                break
    cues = {o[0] for o in reading.occurrences if not reading.has(o[1], Cue.LINK)}
    # A count no price has claimed ("sab milake do kilo, 300") makes the rest totals.
    several = any(q.value is not None and q.value > 1 and not q.claimed for q in reading.quantities)
    lot = any(_whole_lot(reading, start) for cue, start, _ in reading.occurrences if cue is Cue.LOT)
    for price in reading.prices:
        if price.per_unit is None:
            if _beside_measure(reading, price):
                price.per_unit = True  # "முழம் இருபது": twenty a forearm's length
            elif Cue.EACH in cues:
                price.per_unit, price.each = True, True
            elif Cue.TOTAL in cues or several or lot:
                price.per_unit = False  # "sab milake 500", "do kilo ... 300"


def _sets_price(reading: _Reading, price: _Price) -> bool:
    """A verb that sets the price stands right beside it, with no pause: "50 kar do",
    "make it 50" (links between allowed: "60 ku fix pannidunga"); "35 ku pack pannunga"
    packs."""
    k = price.end
    while reading.has(k, Cue.LINK) and not reading.has(k, Cue.SET) and k < price.end + 2:
        k += 1
    after = reading.has(k, Cue.SET) and _joined(reading, k)  # "38, podunga" agrees
    return after or reading.has(price.start - 1, Cue.SET)


def _beside_measure(reading: _Reading, price: _Price) -> bool:
    """A local measure ("முழம்", "మూర") right before the price or right after it."""
    k = price.start - 1
    while k > 0 and reading.has(k, Cue.LINK) and k > price.start - 3:
        k -= 1
    return reading.has(k, Cue.MEASURE) or reading.has(price.end, Cue.MEASURE)


def _whole_lot(reading: _Reading, k: int) -> bool:
    """The container or heap word at `k` names one lot sold whole ("this bag", "the
    basket"), not a count of them ("two bags") or a rate ("per bag", "a sack")."""
    if k > 0 and (
        reading.has(k - 1, Cue.PER, Cue.ARTICLE, Cue.EACH) or reading.number_at[k - 1] is not None
    ):
        return False
    return not reading.has(k + 1, Cue.EACH, Cue.PER)


def _live_refusals(reading: _Reading, has_price: bool) -> list[int]:
    """Token positions of refusals that still refuse: not "kam nahi" ("not less"), not
    "not less than", and, beside a price, not a bound ("can't go below that", "isse kam
    nahi hoga"); accept words negated right after ("theek nahi") count here."""
    found = []
    for cue, start, end in reading.occurrences:
        if cue not in _REFUSALS:
            continue
        if cue is Cue.NEGATION and reading.has(start - 1, *_BOUNDS):
            continue
        if cue is Cue.NOT and reading.has(end, *_BOUNDS):
            continue
        if has_price and reading.cue_near(start - 2, end + 3, *_BOUNDS):
            continue
        found.append(start)
    return found


@dataclass(frozen=True, slots=True)
class _WordSet:
    """Words matched whole, as stems ("kam-"), as endings ("-லாமா") or as phrases."""

    words: frozenset[str]
    stems: tuple[str, ...]
    endings: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]

    def found(self, words: Sequence[str]) -> bool:
        for i, word in enumerate(words):
            if word in self.words:
                return True
            if any(word.startswith(s) for s in self.stems):
                return True
            if any(len(word) > len(e) + 1 and word.endswith(e) for e in self.endings):
                return True
            for phrase in self.phrases:
                if tuple(words[i : i + len(phrase)]) == phrase:
                    return True
        return False


@lru_cache(maxsize=64)
def _word_set(language: str, table: str) -> _WordSet:
    """A `LanguageSpec` word list (`less_words`, `yes_no_words`) of the speaker's
    language with English and Hindi, which every speaker mixes in."""
    words: set[str] = set()
    stems: list[str] = []
    endings: list[str] = []
    phrases: list[tuple[str, ...]] = []
    for tables in heard(language):
        for entry in getattr(tables, table):
            if " " in entry:
                phrases.append(tuple(fold(w) for w in entry.split()))
            elif entry.endswith("-"):
                stems.append(fold(entry[:-1]))
            elif entry.startswith("-"):
                endings.append(fold(entry[1:]))
            else:
                words.add(fold(entry))
    return _WordSet(frozenset(words), tuple(stems), tuple(endings), tuple(phrases))


def _starts_with_any_scale(reading: _Reading, span: NumberSpan, language: str) -> bool:
    found = number_table(language).parts(reading.words[span.start])
    return found is None or found[0][0].kind is Kind.SCALE


def _starts_with_scale(reading: _Reading, span: NumberSpan, language: str) -> bool:
    # A thousand or more said alone: its multiplier may be the word before it, misheard
    # or missing from the tables. A lone "sau" (a hundred) is everyday speech.
    found = number_table(language).parts(reading.words[span.start])
    return found is not None and found[0][0].kind is Kind.SCALE and found[0][0].value >= 1000


@lru_cache(maxsize=16)
def _near_price_words(language: str) -> NearWords:
    """The speaker's currency and unit words (one word each), for garbled look-alikes."""
    lexicon = lexicon_for(language)
    return NearWords(
        phrase.words[0]
        for phrases in lexicon.by_first_word.values()
        for phrase in phrases
        if len(phrase.words) == 1 and phrase.cue in (Cue.CURRENCY, Cue.PAISE, Cue.UNIT)
    )


# "but", after which a price replaces the one said before it
_BUT = frozenset(
    fold(w)
    for w in (
        "but", "lekin", "लेकिन", "magar", "मगर", "ஆனா", "ஆனால்", "aana", "కానీ", "kaani",
        "പക്ഷേ", "pakshe", "কিন্তু", "kintu", "परंतु", "પરંતુ", "ਪਰੰਤੂ", "ਲੇਕਿਨ",
    )
)  # fmt: skip
_POINTS = frozenset(("point", "pt", "पॉइंट", "प्वाइंट", "दशमलव", "dashamlav", "पॉईंट"))


def _unsure_beside(reading: _Reading, price: _Price, language: str) -> bool:
    """Something beside the price's number that makes its reading doubtful: a word the
    tables do not know that looks like a number word (the number may be part of a
    longer one the tables missed) or like a garbled currency or unit word ("பிலோ" for
    கிலோ beside "மூணு"), or a number run into the letters before it ("...ড়ো৯")."""
    span = price.span
    first = reading.tokens[span.start]
    scale_first = span.start > 0 and _starts_with_scale(reading, span, language)
    if scale_first and _plain_word(reading, span.start - 1):
        word = reading.words[span.start - 1]
        if word.isascii() or looks_like_number(word, language):
            return True  # "der lakh": a lakh, or a multiplier the tables missed
    if first.kind is TokenKind.NUMBER and span.start > 0:
        before = reading.tokens[span.start - 1]
        if before.end == first.start and not reading.has(span.start - 1, Cue.CURRENCY):
            return True
    for k in (span.start - 1, span.end):
        if 0 <= k < len(reading.words) and reading.tokens[k].raw.lower() in _POINTS:
            return True  # "one point five lakh": a decimal the reader does not join
    for k in range(max(span.start - 2, 0), min(span.end + 2, len(reading.words))):
        if span.start <= k < span.end or not _plain_word(reading, k):
            continue
        if k in reading.product_at or k in reading.lone_ones:
            continue
        word = reading.words[k]
        beside = k in (span.start - 1, span.end)
        if k == span.start - 1 and not _starts_with_any_scale(reading, span, language):
            # Before a number that starts with a value, only a word that joins one (a
            # tens, scale, fraction or "saade") could be part of it: "ਛੱਲੀ ਪੰਦਰਾਂ" is
            # corn, fifteen; "ముప్పయి ఐదు" may be a 35 the tables missed.
            if looks_like_joining_number(word, language):
                return True
        elif beside and looks_like_number(word, language):
            return True
        if beside and not price.explicit and _near_price_words(language).near(word):
            return True
    return False


# A vowel sign or other dependent mark that follows another vowel sign, or starts a
# word: Indic script a recogniser emitted as noise ("ੀੁਪੇ੍ੂੈੋ੃"), not as words.
_VOWEL_SIGNS = frozenset(
    chr(c)
    for c in range(0x0900, 0x0D80)
    if unicodedata.category(chr(c)) in ("Mn", "Mc") and "VOWEL SIGN" in unicodedata.name(chr(c), "")
)


def looks_garbled(text: str) -> bool:
    """Whether a transcript holds Indic noise: vowel signs in a row or with no letter
    before them, which no word of any Indic language is written with."""
    stray = 0
    previous = " "
    for char in text:
        if char in _VOWEL_SIGNS:
            carried = previous.isalpha() or unicodedata.category(previous) in ("Mn", "Mc")
            if previous in _VOWEL_SIGNS or not carried:
                stray += 1
        previous = char
    return stray >= 2


_BULK_UNITS = frozenset(("kg", "litre", "dozen", "bunch"))


def _readings(price: _Price, reference_paise: int | None) -> int | None:
    """The price in paise when its words have one reading, or when the context picks
    one of two; None when two readings stand ("seven fifty": 750 or 7.50)."""
    if price.span.alternative is None:
        return price.paise
    other = round(price.span.alternative * 100)
    if reference_paise is not None and reference_paise > 0:
        near = [p for p in (price.paise, other) if reference_paise / 4 <= p <= reference_paise * 4]
        return near[0] if len(near) == 1 else None
    # Under ₹5 nothing is haggled over ("one twenty" is 120, not ₹1.20); under ₹10 a
    # kilo, a dozen, a litre, a bunch or a whole lot is not a market price either ("kilo
    # one fifty" is 150). For a piece at ₹5 and up ("seven fifty each") both are.
    if other < 500:
        return price.paise
    quantity = price.quantity
    bulk = price.per_unit is False or (
        quantity is not None
        and (quantity.unit in _BULK_UNITS or (quantity.value is not None and quantity.value > 1))
    )
    return price.paise if bulk and not price.each else None


def prepare(language: str) -> None:
    """Build `language`'s number, cue and look-alike tables now (they are built on first
    use otherwise; the largest take about half a second)."""
    number_table(language)
    lexicon_for(language)
    near_numbers(language)
    _near_price_words(language)


def understand(
    text: str,
    *,
    language: str,
    catalogue: Catalogue | None = None,
    has_outstanding_offer: bool = False,
    reference_paise: int | None = None,
) -> Understanding:
    """Read one transcript: the price said (in paise), per unit or total, quantity, unit,
    product and intent. `has_outstanding_offer` says whether the other side has an offer
    on the table, which makes a price a counter rather than an opening offer;
    `reference_paise` (the other side's latest price per unit, or the list price) picks
    between two readings of the same words ("seven fifty" for eggs is ₹7.50, for garlic
    ₹750), and makes "okay, 35" against 40 a counter rather than an accept.

    Confidence says whether to act on the price: it drops below the recording threshold
    (`audio.interpret.MIN_CONFIDENCE`) when two prices stand, when the words have two
    readings, or when a word the tables do not know, but that looks like a number, sits
    right beside the number: then the speaker is asked, never a guess recorded."""
    tokens = tokenize(text)
    n = len(tokens)
    reading = _Reading(tokens, [t.norm for t in tokens], [_NO_CUES] * n, [None] * n)
    reading.number_at = [None] * n
    reading.of_words = _genitives(language)
    reading.suffixes = lexicon_for(language).suffixes
    reading.measures = _measures(language)
    reading.language = language
    reading.less = _word_set(language, "less_words")
    reading.more = _word_set(language, "more_words")
    reading.text = text
    spans = _split_at_dashes(
        tokens, text, find_numbers(reading.words, number_table(language)), language
    )
    reading.ranged = _said_as_range(tokens, text, spans, language)
    # A number past ₹100 crore is no stall price: typed digits held down, a misheard run
    # of scale words (a phone number read out is found apart). It is not read as a number
    # at all (and cannot overflow a float), and what else was said is asked about.
    digits = _digit_runs(reading, spans)
    reading.oversized = any(not s.value <= 1e9 for s in spans if s.start not in digits)
    spans = [s for s in spans if s.value <= 1e9]
    _tag_cues(reading, language, spans)
    spans = [s for s in _confirm_numbers(reading, spans) if s.start not in digits]

    product: str | None = None
    if catalogue is not None:
        eligible = [t.kind is TokenKind.WORD and reading.is_plain(i) for i, t in enumerate(tokens)]
        found = catalogue.locate(tokens, eligible, language)
        if found is not None:
            product, reading.product_at = found[0].key, set(range(found[1], found[2]))

    spans = _one_before_price(reading, spans, language)
    _classify_numbers(reading, spans)
    _price_before_unit(reading)
    _negate(reading, language)
    _per_unit(reading, language)

    # "40 per kg, but for you 35": the price after "but" replaces those before it.
    but = [k for k, w in enumerate(reading.words) if w in _BUT]
    superseded = [
        p
        for p in reading.prices
        if any(p.end <= k and any(q.start > k for q in reading.prices) for k in but)
    ]
    standing = [p for p in reading.prices if not p.negated and p not in superseded]
    chosen = standing[-1] if standing else None
    if chosen is not None and chosen.per_unit is None:
        refused = [
            p for p in reading.prices if (p.negated or p in superseded) and p.end <= chosen.start
        ]
        if refused and refused[-1].per_unit and refused[-1].quantity is not None:
            # "kilo 60 nahi, 55": the counter is a rate of the same unit.
            chosen.per_unit, chosen.quantity = True, refused[-1].quantity
    refusals = _live_refusals(reading, has_price=chosen is not None)
    if chosen is None and not has_outstanding_offer:
        # "zyada lagega" (I'll need more): too much needs a price to be too much.
        refusals = [
            start
            for cue, start, end in reading.occurrences
            if start in refusals and not (cue is Cue.TOO_MUCH and end - start == 1)
        ]
    if chosen is not None and chosen.bound:
        refusals = [r for r in refusals if r < chosen.start]  # "... ఎక్కువ ఇవ్వను" bounds it
    accepts = [
        start
        for cue, start, end in reading.occurrences
        if cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT)
        and not reading.has(end, Cue.NEGATION)
        and not (reading.has(start - 1, Cue.NEGATION, Cue.NOT) and _joined(reading, start))
    ]  # "nahi chalega", "ਨਹੀਂ ਚੱਲਣਾ" refuse; "nahi... theek hai" turns round
    accepts = [a for a in accepts if a not in refusals]
    soft_accepts = {o[1] for o in reading.occurrences if o[0] is Cue.SOFT_ACCEPT}
    questions = [o for o in reading.occurrences if o[0] is Cue.QUESTION]
    weak_questions = [o for o in reading.occurrences if o[0] is Cue.WEAK_QUESTION]
    cues = {o[0] for o in reading.occurrences}
    asks = any(t.raw == "?" for t in tokens)
    final = chosen is not None and Cue.FINAL in cues
    bound = chosen is not None and (chosen.bound or bool(cues & {Cue.CAP, Cue.CAP_BEFORE}))

    amount: int | None = None
    if chosen is not None:
        # Another price said in the same breath ("300? no, two fifty") is context too.
        others = [p.paise for p in reading.prices if p is not chosen and p.span.alternative is None]
        amount = _readings(chosen, reference_paise or (others[-1] if others else None))
        confidence = 0.95 if chosen.explicit or chosen.quantity is not None or chosen.each else 0.85
        if amount is None or chosen.two_readings:
            amount, confidence = chosen.paise, 0.5  # two readings of one number: ask
        if len({round(p.unit_paise()) for p in standing}) > 1:
            confidence = min(confidence, 0.5)  # two prices stand: ask, never pick one
        if _unsure_beside(reading, chosen, language) or looks_garbled(text) or reading.oversized:
            confidence = min(confidence, 0.5)
        if reading.ranged:
            confidence = min(confidence, 0.5)  # "20-25", "50 से 60": a range, never one price
        if chosen.paise < 100 and not chosen.explicit:
            # Under a rupee with no rupee or paise word ("half", "half past five"): a
            # fraction left over from something else, never a stall price taken unasked.
            confidence = min(confidence, 0.5)
        negated_any = any(p.negated for p in reading.prices)
        if negated_any or any(r < chosen.start for r in refusals):
            intent = Intent.COUNTER  # "not 300, 250", "nahi, 250 de do": an answer
        elif (
            [a for a in accepts if a not in soft_accepts]
            and not asks
            and not final
            and not bound
            and not _sets_price(reading, chosen)
            and (reference_paise is None or round(chosen.unit_paise()) == reference_paise)
        ):
            # "okay, 40" agrees to a price; "200 theek hai?" proposes one; "theek hai,
            # 250 final" is a final offer; "chalo, 35 laga denge" against 40 and "theek
            # hai, 50 kar do" are counters.
            intent, confidence = Intent.ACCEPT, min(confidence, 0.8)
        else:
            intent = Intent.COUNTER if has_outstanding_offer else Intent.OFFER
    elif questions:
        intent, confidence = Intent.QUESTION, 0.9
    elif _word_set(language, "less_words").found(reading.words):
        # "thoda kam hoga?" asks whether the price can come down; "kam karo" refuses it.
        if asks or _word_set(language, "yes_no_words").found(reading.words):
            intent, confidence = Intent.QUESTION, 0.8
        else:
            intent, confidence = Intent.REJECT, 0.8
    elif accepts or refusals:
        last_accept = max(accepts, default=-1)
        last_refusal = max(refusals, default=-1)
        intent = Intent.ACCEPT if last_accept > last_refusal else Intent.REJECT
        confidence = 0.6 if accepts and refusals else 0.9
    elif weak_questions or (asks and (product is not None or Cue.FINAL in cues)):
        intent, confidence = Intent.QUESTION, 0.7
    else:
        intent, confidence = Intent.OTHER, 0.3 if product or reading.quantities else 0.2

    # The quantity is the chosen price's own when it counts ("2 kilo 300"); else a count
    # no other price owns ("40 per kilo ... do kilo"); else whatever unit was named.
    own = chosen.quantity if chosen is not None else None
    free = [q for q in reading.quantities if not q.claimed]
    counted = [q for q in free if q.value is not None]
    quantity: _Quantity | None
    if own is not None and own.value is not None and not (chosen and chosen.per_unit):
        quantity = own
    elif counted:
        quantity = counted[0]
    else:
        quantity = own or (free[0] if free else None)
    unit = quantity.unit if quantity is not None else None
    if unit is None and own is not None and own.unit is not None:
        unit = own.unit  # "3 tomatoes, 35 rupees a piece": the rate's unit
    if unit is None and chosen is not None and chosen.each:
        unit = "piece"
    # A rate names its unit, not a quantity: "40 a kilo", "kilo 40", "ek kilo 40".
    count = quantity.value if quantity is not None else None
    if quantity is not None and quantity is own and chosen is not None and chosen.per_unit:
        count = None
    mentions = tuple(
        PriceMention(p.paise, tokens[p.start].start, tokens[p.end - 1].end, p.negated, p.per_unit)
        for p in reading.prices
    )
    return Understanding(
        intent=intent,
        amount_paise=amount,
        per_unit=chosen.per_unit if chosen is not None else None,
        quantity=count,
        unit=unit,
        product=product,
        confidence=round(confidence, 2),
        mentions=mentions,
        language=language,
        final=final,
    )
