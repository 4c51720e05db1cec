"""One utterance being read: its tokens, cues, numbers, prices and quantities, shared by
every pass, with the word lists and token tests the passes have in common."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from audio.languages import heard
from audio.languages.base import Cue
from audio.lexicon import Token, TokenKind, fold
from audio.numbers import NumberSpan


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
    on_condition: bool = False
    """A total said after "if you take N" ("छह लो तो पचास"): a deal beside the rate."""

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
    amounts_off: list[_Price] = field(default_factory=list)
    """Amounts to take off the price ("das rupaye kam karo", "knock ten off"): no prices."""
    not_a_rupee: bool = False
    """ "Not a rupee more/less" was said ("ek rupaya bhi kam nahi", "not a paisa more"):
    the price that stands is the speaker's last, a final one."""
    not_a_rupee_at: int = -1
    """Where the idiom's "one" was said, when read from the words (-1: unknown)."""
    text: str = ""
    oversized: bool = False
    money_back: bool = False
    asked_free: bool = False
    """A count of goods was asked on top, free ("two-three chillies extra"): no deal."""
    """An amount was money handed over or change owed ("give back my 20"): no price."""
    """A number too large for any price was said: whatever else is read, ask."""
    phone: bool = False
    """A phone number was said (digits read out or typed in a run): no price."""
    hours: bool = False
    summed_at: int | None = None
    """Where a sum said aloud after its parts starts ("polish 30, laces 15, that makes
    45"): the one price, a total."""
    bought_instead: bool = False
    """The only amount was said back and what it would buy instead told ("350? For that
    I'd buy new shoes"), or had for less outside ("900? no, outside it's 700"): refused."""
    refused_uncued: bool = False
    """A price refused with no refusal cue ("ચાલીસમાં ના આવે", "40? this is scrap")."""
    extra_charge: bool = False
    """A charge said as added beside the price ("but delivery 50 extra"): no plain accept."""
    too_little: set[int] = field(default_factory=set)
    """Where a price was called too little ("अस्सी बहुत कम है"): no word asking it lower."""
    no_loss: set[int] = field(default_factory=set)
    """Loss words said to be none for the listener ("no loss for you at 300"): no cost."""
    station: bool = False
    """Talk of a train, a platform or an hour of leaving ("platform 6", "सात पंधराला
    सुटते"): its numbers are no price."""
    """A bare number was said as an hour of the day ("closes at 9", "9 बजे")."""
    theirs_only: bool = False
    """Every price was another seller's ("Ola shows 90") and the line went on without
    one of the speaker's own: the price is asked about, never recorded as theirs."""
    ranged: bool = False
    """Two numbers said as a range ("20-25", "पचास से साठ", "ஐம்பது முதல் அறுபது"): ask."""
    short_hundreds: set[int] = field(default_factory=set)
    """Where a number said after another may be short thousands ("eleven five", "ছ
    তিনশো") that nothing picked: asked (`audio.understanding.short_thousands`)."""
    carried: set[int] = field(default_factory=set)
    """Where a bare short number took the thousands of the amount said before it ("32
    thousand, for you 31"): that earlier amount is replaced (`carried_thousands`)."""
    carried_theirs: set[int] = field(default_factory=set)
    """Of those, the ones said as another seller's ("outside they ask 15"): dropped."""
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
        return 0 <= i < len(self.cues) and not self.cues[i].isdisjoint(cues)

    def is_plain(self, i: int) -> bool:
        """A word that is neither a cue nor part of a number: a product, a filler."""
        return not self.cues[i] and self.number_at[i] is None

    def cue_near(self, start: int, stop: int, *cues: Cue) -> bool:
        return any(self.has(k, *cues) for k in range(max(start, 0), min(stop, len(self.words))))


_NO_CUES: frozenset[Cue] = frozenset()
_SKIPPABLE = (Cue.LINK, Cue.OF, Cue.PER, Cue.ARTICLE)
_REFUSALS = (Cue.REJECT, Cue.NEGATION, Cue.NOT, Cue.TOO_MUCH)
_BOUNDS = (Cue.COMPARATIVE, Cue.CAP, Cue.CAP_BEFORE)


def _no_number(reading: _Reading, k: int) -> bool:
    """Neither token `k` nor the one before it is part of a number ("ninety-nine")."""
    numbers = reading.number_at
    return len(numbers) > k and numbers[k - 1] is None and numbers[k] is None


def _joined(reading: _Reading, k: int) -> bool:
    """Whether only a space separates token `k` from the one before it (no pause or
    punctuation between)."""
    if k <= 0:
        return False
    before, token = reading.tokens[k - 1], reading.tokens[k]
    gap = reading.text[before.end : token.start]
    if gap == "-" and before.kind is token.kind is TokenKind.WORD and _no_number(reading, k):
        return True  # "Ola-la", "stand-wala", "fall-pico": one word typed with a hyphen
    numbers = reading.number_at
    same = len(numbers) > k and numbers[k] is not None and numbers[k - 1] == numbers[k]
    if gap == "-" and same:
        return True  # "seventeen-fifty", "two-twenty": one number typed with a hyphen
    return gap.strip() == ""


def end_of_clause(reading: _Reading, k: int) -> int:
    """Where the clause holding word `k` ends: at the next pause, mark or the end."""
    j = k + 1
    while j < len(reading.words) and _joined(reading, j):
        j += 1
    return j


def _plain_word(reading: _Reading, k: int) -> bool:
    return reading.tokens[k].kind is TokenKind.WORD and reading.is_plain(k)


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


_BULK_UNITS = frozenset(("kg", "litre", "dozen", "bunch"))


def hundreds_of(
    reading: _Reading, units: Collection[str | None]
) -> Iterator[tuple[_Quantity, NumberSpan]]:
    """The quantities said as whole hundreds of one of `units` ("तीन सौ किलो", 300 kilos),
    with their number: candidates for a rate misheard as a count (`count_as_rate`)."""
    for quantity in list(reading.quantities):
        span = reading.number_at[quantity.start]
        value = quantity.value
        if span is None or value is None or value < 100 or value != int(value):
            continue
        if quantity.unit in units:
            yield quantity, span


def count_as_rate(reading: _Reading, quantity: _Quantity, span: NumberSpan) -> None:
    """Read `quantity` ("नौ सौ दर्जन", 900 dozen) as the price per its unit instead (900 a
    dozen): a price per unit, and the unit word left as the rate's unit."""
    assert quantity.value is not None
    unit = _Quantity(None, quantity.unit, quantity.end - 1, quantity.end, claimed=True)
    price = _Price(round(quantity.value * 100), span.start, span.end, False, span)
    price.per_unit, price.quantity = True, unit
    reading.prices.append(price)
    reading.prices.sort(key=lambda p: p.start)
    reading.quantities.remove(quantity)
    for k in range(quantity.start, quantity.end):
        reading.quantity_at.pop(k, None)
    reading.quantities.append(unit)
    reading.quantity_at[unit.start] = unit
