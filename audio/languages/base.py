"""What one language's market words are, as data: number words, units and cues.

Each language module (`audio.languages.hi`, `.ta`, …) fills one `LanguageSpec`. The
number reader (`audio.numbers`) and the cue lexicon (`audio.lexicon`) fold and index these
tables; nothing here is matched directly, so the data is written the way people spell it.

Numbers are described by their parts, so one reader serves every language:

- `values`: words that are one number below a hundred ("पचास" 50, "ஐந்து" 5);
- `tens`: tens that a following unit word adds to, as Dravidian languages and English
  say them ("ముప్పై ఐదు" 35, "forty five"); Indo-Aryan 21–99 are single words instead;
- `scales`: hundred, thousand, lakh and crore, with their combining and oblique forms
  ("ஆயிரத்து", "వేల", "ಸಾವಿರದ");
- `compounds`: one written word that holds several parts, as a sequence of `Part`s
  ("दोनशे" = 2 × 100, "இருநூற்றைம்பது" = 2 × 100 + 50, "முப்பத்தைந்து" = 30 + 5);
- `fractions` ("dedh" 1.5, "ஒன்றரை" 1.5) and `prefixes` ("saade" +0.5, "পৌনে" −0.25);
- `suffixes`: case endings that attach to a number, currency or unit word ("-க்கு",
  "-లకు", "-ला", "-માં"), stripped when the whole word is not in a table.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from functools import lru_cache


class Kind(Enum):
    """The part a number word plays in a number phrase."""

    VALUE = 1
    TENS = 2
    """A tens word that a following unit word adds to ("forty" five, "ముప్పై" ఐదు)."""
    SCALE = 3
    FRACTION = 4
    """A value that stands alone or multiplies a scale: "dedh" 1.5, "ढाई" 2.5."""
    PREFIX = 5
    """Shifts the next value: "saadhe" +0.5, "sawa" +0.25, "paune" −0.25."""
    AND = 6
    ARTICLE = 7
    """"a"/"an": one, but only before a scale ("a hundred")."""


@dataclass(frozen=True, slots=True)
class Part:
    kind: Kind
    value: float


def value(v: float) -> Part:
    return Part(Kind.VALUE, v)


def tens(v: float) -> Part:
    return Part(Kind.TENS, v)


def scale(v: float) -> Part:
    return Part(Kind.SCALE, v)


def fraction(v: float) -> Part:
    return Part(Kind.FRACTION, v)


class Cue(StrEnum):
    """What a lexicon phrase signals."""

    CURRENCY = "currency"
    PAISE = "paise"
    UNIT = "unit"
    PER = "per"
    """Makes the next unit a rate: "per kilo", "prati", "har", "/"."""
    LINK = "link"
    """Postpositions and fillers a price and its unit may have between them: ka, mein, for."""
    OF = "of"
    """A genitive between a price and a bare count: "das ke teen" (three for ten),
    "ਦਸ ਦੇ ਤਿੰਨ"; also links like `LINK`."""
    ARTICLE = "article"
    EACH = "each"
    TOTAL = "total"
    MEASURE = "measure"
    """A local measure that is none of the canonical units: the forearm's length strung
    flowers are sold by (முழம், మూర, ಮೊಳ, മുഴം). A price beside it is per measure."""
    LOT = "lot"
    """A container or heap sold whole ("this bag", "the basket", "ढीग"): a price said for
    it is a total, unless counted ("two bags") or rated ("per bag")."""
    SET = "set"
    """A verb that sets the price said beside it: "saath kar do" (make it sixty),
    "అరవై చేయండి", "make it 60". It vouches for a number word that is also an everyday
    word, and an "okay" before it agrees to nothing: "theek hai, 50 kar do" counters."""
    ACCEPT = "accept"
    SOFT_ACCEPT = "soft_accept"
    """Agrees only when no price is said: "chalo" alone is "okay", "chalo, 50" is "come
    on, 50"."""
    REJECT = "reject"
    NEGATION = "negation"
    """Negates the price said just before it ("300 nahi"), and rejects."""
    NOT = "not"
    """Negates the price or agreement said just after it ("not 300", "no deal")."""
    TOO_MUCH = "too_much"
    NOT_MONEY = "not_money"
    """A number before it counts something else: "10 minute", "5 percent"."""
    COMPARATIVE = "comparative"
    """"se kam", "less than": a bound, so a following "nahi" does not negate the price."""
    CAP = "cap"
    """"at most", "X se zyada nahi", "X tak": the price is a limit the speaker offers."""
    CAP_BEFORE = "cap_before"
    """A cap said before the price: "at most 60", "maximum 60", "not more than 60"."""
    FINAL = "final"
    """"final", "last price": marks the offer final; never an accept by itself."""
    PAYMENT = "payment"
    """Paying and packing: change, a banknote, a bag, a cover. A negation or "or" beside
    one ("no change", "a bag, or shall I give a cover?") is about it, never a refusal of
    the price."""
    NUMBER_LABEL = "number_label"
    """A number right after it is a label, not money: "lane 5", "gate 3", "नंबर 4"."""
    QUESTION = "question"
    WEAK_QUESTION = "weak_question"
    """Words like "rate" or "price" that ask only when no price is said."""
    FOR_YOU = "for_you"
    """"For you" beside a price ("okay, for you 55", "ok ben, tamara mate chalis"): a
    price made for the listener, a concession, never agreement. Unlike `SET` it vouches
    for no everyday word as a number ("so tamne kahu" is not ₹100)."""
    TAKE_IT = "take_it"
    """Hands the goods over at the price said: "le jao", "take it", "ਲੈ ਜਾਓ". With a word
    of agreement, even a soft one ("chalo, chaalis mein le jao"), the price is agreed to;
    alone ("sau mein poori tokri le jao") it is an offer."""
    QUOTE = "quote"
    """Says the price right before it is the other side's, quoted: "aap pachaas bol rahe
    ho, chaalis karo", "you say 50, make it 40", "நீங்க அம்பது சொல்றீங்க": a price said
    after it replaces the quoted one."""


UNIT_NAMES = ("kg", "g", "dozen", "piece", "litre", "bunch")


@dataclass(frozen=True)
class LanguageSpec:
    """Everything the reader needs to hear prices in one language."""

    code: str
    values: Mapping[str, float] = field(default_factory=dict)
    tens: Mapping[str, float] = field(default_factory=dict)
    scales: Mapping[str, float] = field(default_factory=dict)
    compounds: Mapping[str, tuple[Part, ...]] = field(default_factory=dict)
    fractions: Mapping[str, float] = field(default_factory=dict)
    prefixes: Mapping[str, float] = field(default_factory=dict)
    ambiguous: frozenset[str] = frozenset()
    """Number words that are also everyday words ("do" is "give", Tamil "ஒரு" is "a"):
    they count only when a unit or currency vouches."""
    counted_scales: frozenset[str] = frozenset()
    """Scale words that only follow a count ("రెండు వేలు", two thousand): alone they are
    no number (Telugu "వేలు" alone is "thousands", and "finger")."""
    suffixes: tuple[str, ...] = ()
    """Case endings that attach to number, currency and unit words."""
    stem_endings: tuple[str, ...] = ()
    """What a stem may have lost before a suffix: Kannada "ನೂರಕ್ಕೆ" is "ನೂರು" + "ಕ್ಕೆ"
    with the final "ು" dropped, so "ು" is tried back on."""
    oblique_endings: tuple[str, ...] = ()
    """What a stem may have gained before a suffix: Marathi "शंभराला" is "शंभर" + "ला"
    with an oblique "ा" added, so "ा" is tried off."""
    bound_endings: tuple[str, ...] = ()
    """Case endings that make the number a bound, like a separate "than" or "within":
    Telugu "వందకంటే ఎక్కువ ఇవ్వను" (not more than 100), Kannada "ನೂರಕ್ಕಿಂತ"."""
    auxiliaries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """A word of agreement that is also a verb's auxiliary, to the verb endings it follows
    as one: Punjabi "ਹਾਂ" is "yes", but after "ਆਉਂਦਾ" it is "(I) am" ("ਮੈਂ ਹੁਣੇ ਆਉਂਦਾ
    ਹਾਂ", I'll be right back) and agrees to nothing."""
    price_endings: tuple[str, ...] = ()
    """Case endings that make the number a price ("for forty", "at forty"): a number
    carrying one right before a unit word is what the unit costs, not a count of it
    (Gujarati "ચાલીસનો કિલો", Tamil "நாப்பதுக்கு கிலோ", Telugu "నలభైకి కిలో"), where a
    bare number counts ("બે કિલો", two kilos). Emphatic endings are not among them:
    "ரெண்டே கிலோ" is just two kilos."""
    less_words: tuple[str, ...] = ()
    """Words that ask for a lower price without naming one ("kam", "reduce"); a trailing
    "-" marks a stem that takes any ending (Tamil "குறை-": குறைங்க, குறைக்கலாமா). Asked
    ("thoda kam hoga?") they are a question; told ("kam karo") they refuse the price."""
    final_words: tuple[str, ...] = ()
    """Words and phrases that, said after a price, mark it final (README `final`): "that's
    it" (Telugu "అంతే", Kannada "ಅಷ್ಟೇ"), "won't go below that" ("తగ్గదు", Bengali "নামব
    না"), "don't ask lower" (Tamil "கேக்காதீங்க", Malayalam "ചോദിക്കണ്ട"), "no more talk"
    ("আর কথা নয়"), Hindi "ही लगेगा" (it will take just that); a trailing "-" marks a
    stem. Asked ("bas itna?") they ask for a better price instead."""
    more_words: tuple[str, ...] = ()
    """Words that, right after an amount, make it one to add ("paanch rupaye aur", "five
    more", "ஐந்து ரூபா கூட"): never a price of that amount."""
    yes_no_words: tuple[str, ...] = ()
    """Words that make a yes-no question where no question mark was written: Hindi
    "kya", Marathi "का", Tamil "முடியுமா" (can it?); a trailing "-" marks a stem."""
    measures: Mapping[str, tuple[float, str]] = field(default_factory=dict)
    """Words that hold an amount of a unit: Telugu "అరకిలో" (half a kilo) and
    "కిలోన్నర" (a kilo and a half), Bengali "পোয়া" (a quarter kilo; "দু পোয়া" is half a
    kilo), to how much of which canonical unit one of them is."""
    units: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Canonical unit (kg, g, dozen, piece, litre, bunch) to how it is said."""
    cues: Mapping[Cue, tuple[str, ...]] = field(default_factory=dict)
    false_friends: tuple[str, ...] = ()
    """Words of this language spelled like a cue of English or Hindi that mean something
    else here (Telugu and Kannada "pakka" is "beside", Bengali "paka" "ripe", Marathi "ha"
    "this"): plain words for its speakers, never that cue. A wrong accept closes a deal."""


# --- writing joined number words -----------------------------------------------------


@lru_cache(maxsize=64)
def _vowel_signs(script: str) -> dict[str, str]:
    """Independent vowel → its vowel sign in `script` ("ஆ" → "ா"); "அ" → "" (inherent)."""
    signs: dict[str, str] = {}
    for code in range(0x0900, 0x0D80):
        char = chr(code)
        name = unicodedata.name(char, "")
        prefix = f"{script} LETTER "
        if not name.startswith(prefix):
            continue
        vowel = name[len(prefix) :]
        if vowel == "A":
            signs[char] = ""
            continue
        try:
            signs[char] = unicodedata.lookup(f"{script} VOWEL SIGN {vowel}")
        except KeyError:
            continue
    return signs


@lru_cache(maxsize=4096)
def _script_of(text: str) -> str | None:
    for char in text:
        name = unicodedata.name(char, "")
        if name and unicodedata.category(char).startswith("L") and not char.isascii():
            return name.split(" ")[0]
    return None


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc")


def join(head: str, tail: str) -> str:
    """Write two number words as one, the way Dravidian scripts run them together: a
    head ending in a consonant with a short "u"/"i"/virama takes the tail's first vowel
    as its own ("முப்பத்து" + "ஐந்து" → "முப்பத்தைந்து", "ಮೂವತ್ತು" + "ಐದು" →
    "ಮೂವತ್ತೈದು", "ഇരുനൂറ്റി" + "അമ്പത്" → "ഇരുനൂറ്റമ്പത്"); a consonant-initial tail is
    simply appended."""
    if not head or not tail:
        return head + tail
    script = _script_of(head)
    signs = _vowel_signs(script) if script else {}
    first = tail[0]
    if first not in signs:
        return head + tail
    stem = head
    if _is_mark(stem[-1]):
        stem = stem[:-1]
    if not stem or _is_mark(stem[-1]):
        return head + tail
    return stem + signs[first] + tail[1:]


def joined(heads: Iterable[str], tails: Iterable[str]) -> list[str]:
    """Every head joined with every tail (`join`)."""
    tail_list = list(tails)
    return [join(h, t) for h in heads for t in tail_list]


def halves_joined(
    half: str,
    tens_words: Mapping[str, float],
    compounds: Mapping[str, tuple[Part, ...]],
) -> dict[str, float]:
    """Every number from twenty to ninety-nine with the word for "half" joined to it, as
    Tamil and Malayalam write "and a half": "நாப்பதரை" 40½, "இருபத்தைந்தரை" 25½,
    "ഇരുപത്തഞ്ചര" 25½ (a tens word alone, or a tens-and-unit compound), to its value.
    The case endings of the language still attach ("இருபத்தைந்தரைக்கு")."""
    found: dict[str, float] = {}
    for word, number in tens_words.items():
        if not word.isascii() and 20 <= number < 100:
            found.setdefault(join(word, half), number + 0.5)
    for word, parts in compounds.items():
        if word.isascii() or any(p.kind not in (Kind.TENS, Kind.VALUE) for p in parts):
            continue
        number = sum(p.value for p in parts)
        if 20 < number < 100 and number % 10:
            found.setdefault(join(word, half), number + 0.5)
    return found


ARTICLE_AND: dict[str, tuple[Part, ...]] = {
    "and": (Part(Kind.AND, 0),),
    "a": (Part(Kind.ARTICLE, 1),),
    "an": (Part(Kind.ARTICLE, 1),),
}
"""English "and" joins numbers ("two hundred and fifty"); "a" is one before a scale."""


def number_values(
    native: Mapping[int, Iterable[str]],
    roman: Mapping[int, Iterable[str]],
    spellings: Callable[[str], Iterable[str]] = lambda word: (word,),
) -> dict[str, float]:
    """Every spelling of every native number word (`spellings` gives a word's variants)
    and every romanized one, to its value; a spelling claimed by two values is a mistake
    in the table and raises."""
    table: dict[str, float] = {}

    def add(word: str, number: float) -> None:
        if table.setdefault(word, number) != number:
            raise ValueError(f"{word!r} is both {table[word]} and {number}")

    for number, words in native.items():
        for word in words:
            for spelling in spellings(word):
                add(spelling, number)
    for number, words in roman.items():
        for word in words:
            add(word, number)
    return table


def written_as(wanted: Iterable[str], *tables: Mapping[str, object]) -> frozenset[str]:
    """The words of `tables` that fold onto one of `wanted` (the reader tests words as
    written, so an ambiguous word is listed in every spelling the tables hold)."""
    from audio.lexicon import fold  # the lexicon imports this module

    keys = {fold(w) for w in wanted}
    return frozenset(w for table in tables for w in table if fold(w) in keys)
