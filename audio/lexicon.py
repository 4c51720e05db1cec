"""Words of the market: how a transcript is cut into tokens, folded, and what cue words mean.

Everything here is data plus the two small functions that make data comparable:
`tokenize` (cuts text into digit runs, words and signs, keeping character offsets into the
original text) and `fold` (one spelling per word, so "chaalis" and "chalis", or "हज़ार" and
"हजार", meet in one table entry). Lexicon phrases are folded with the same function when a
language's table is built, so the data can be written the way people spell it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from audio.languages import heard
from audio.languages.base import Cue
from audio.look_alikes import UNIT_LOOK_ALIKES

# Indic vowel signs and viramas are combining marks, which `\w` does not match, so a plain
# `\w+` would cut "टमाटर" into pieces; the word class adds every mark in the Indic blocks.
_INDIC_MARKS = "".join(
    chr(c) for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)).startswith("M")
)
_TOKEN_RE = re.compile(
    # Digit groups as India and the West write them (1,20,000 and 120,000); a comma
    # anywhere else separates two numbers ("1200,200" is 1200 and 200).
    r"(?P<num>(?:\d{1,3}(?:,\d{2})*,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)"
    r"|(?P<sign>₹|/-|/|\?|%)"
    # An apostrophe inside a word keeps "can't" and "I'll" whole ("ll" is not litres).
    # Bengali writes an elided vowel so too: "ন'শো" (নয়শো, 900), "ছ'টা" (six o'clock).
    rf"|(?P<word>(?:[^\W\d_]|[{_INDIC_MARKS}\u200c\u200d])+"
    rf"(?:['’](?:[^\W\d_]|[{_INDIC_MARKS}\u200c\u200d])+)*)"
)

# Digits of every script become ASCII so float() and the tables see one form.
_DIGITS = str.maketrans(
    {
        chr(c): str(unicodedata.decimal(chr(c)))
        for c in range(0x0966, 0x0D70)
        if unicodedata.category(chr(c)) == "Nd"
    }
)


class TokenKind(StrEnum):
    NUMBER = "number"
    WORD = "word"
    SIGN = "sign"


@dataclass(frozen=True, slots=True)
class Token:
    raw: str
    """The token as written in the transcript."""
    norm: str
    """The folded form every table is keyed by."""
    start: int
    """Character offset of the token in the original text."""
    end: int
    kind: TokenKind


# Characters that show as nothing: zero-width space, soft hyphen, word joiner, byte-order
# mark, and the zero-width non-joiner and joiner. Between two digits ("5\u200b0" shows as
# "50") or two Latin letters ("fif\u200bty") they must not split what is shown as one
# number or word, so they are dropped there; elsewhere they stay (the joiners are how
# Indic scripts spell some words, and the word class keeps them).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_HIDDEN_INSIDE = re.compile(
    rf"(?<=\d)[{_INVISIBLE}]+(?=\d)|(?<=[A-Za-z])[{_INVISIBLE}]+(?=[A-Za-z])"
)


def _without_hidden(text: str) -> tuple[str, list[int] | None]:
    """`text` less the invisible characters inside numbers and Latin words, and where
    each character left stood in `text` (None: nothing was dropped)."""
    if _HIDDEN_INSIDE.search(text) is None:
        return text, None
    dropped: set[int] = set()
    for m in _HIDDEN_INSIDE.finditer(text):
        dropped.update(range(m.start(), m.end()))
    where = [i for i in range(len(text)) if i not in dropped]
    return "".join(text[i] for i in where), where


def tokenize(text: str) -> list[Token]:
    """Cut `text` into digit runs ("1,200" → "1200"), words and signs (₹ /- / ?), folded.
    An invisible character between digits or Latin letters is not there ("5\u200b0" is
    50); `start` and `end` stay offsets in `text` itself."""
    seen, where = _without_hidden(text)
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(seen):
        raw = m.group()
        start, end = m.start(), m.end()
        if where is not None:
            start, end = where[start], where[end - 1] + 1
        if m.lastgroup == "num":
            norm = raw.translate(_DIGITS).replace(",", "")
            tokens.append(Token(raw, norm, start, end, TokenKind.NUMBER))
        elif m.lastgroup == "sign":
            tokens.append(Token(raw, raw, start, end, TokenKind.SIGN))
        else:
            tokens += _elided_before_taka(raw, start) or [
                Token(raw, fold(raw), start, end, TokenKind.WORD)
            ]
    return tokens


# Bengali writes a number elided onto the rupee word: "ছ'টাকা", "সাড়ে ছ’টাকা" (six taka).
_ELIDED_TAKA = re.compile("^(.+)['\u2019](টাকা.*)$")


def _elided_before_taka(raw: str, start: int) -> list[Token]:
    """The two words of an elided Bengali "ছ'টাকা", or [] for any other word."""
    m = _ELIDED_TAKA.match(raw)
    if m is None:
        return []
    head, tail = m.group(1), m.group(2)
    at = start + len(raw) - len(tail)
    return [
        Token(head, fold(head), start, start + len(head), TokenKind.WORD),
        Token(tail, fold(tail), at, start + len(raw), TokenKind.WORD),
    ]


_LATIN_VOWEL_PAIRS = (("ee", "i"), ("oo", "u"), ("aa", "a"), ("ii", "i"), ("uu", "u"))
_REPEATS = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
# Devanagari: drop nukta and joiners, merge candrabindu into anusvara and long i/u into
# short, and write a half nasal before a consonant as anusvara, because Whisper and
# people spell all of these both ways ("पंद्रह"/"पन्द्रह", "रुपये"/"रूपये", "हज़ार"/"हजार").
_DEVANAGARI_FOLD = str.maketrans(
    {"\u093c": None, "\u200c": None, "\u200d": None, "ँ": "ं", "ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ"}
)
_HALF_NASAL = re.compile("[नमणङञ]\u094d(?=[क-ह])")
_OTHER_FOLD = str.maketrans({"\u200c": None, "\u200d": None, "\u09bc": None})
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_INDIC = re.compile("[\u0900-\u0d7f]")


def _first_letter(repeat: re.Match[str]) -> str:
    return repeat[1]


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """One spelling per word: lowercase; romanized vowel length and doubled letters
    collapsed, w→v, z→j; Devanagari nukta, vowel length and half nasals merged."""
    word = unicodedata.normalize("NFC", word.lower())
    if word.isascii():
        for long, short in _LATIN_VOWEL_PAIRS:
            word = word.replace(long, short)
        # "paththu"/"pathu", "nooththi"/"noothi": Tanglish and Manglish double "th" as
        # "thth" where others write "tth" (which folds to "th" below)
        word = word.replace("w", "v").replace("z", "j").replace("thth", "th")
        word = _REPEATS.sub(_first_letter, word)
        if len(word) > 3:
            word = _FINAL_H.sub("", word)
        return word
    if ("'" in word or "’" in word) and _INDIC.search(word):
        word = word.replace("'", "").replace("’", "")  # "ন'শো" is নশো
    if _DEVANAGARI.search(word):
        return _HALF_NASAL.sub("ं", word.translate(_DEVANAGARI_FOLD))
    return word.translate(_OTHER_FOLD)


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[str, ...]
    cue: Cue
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The folded phrase table for one speaker language, longest phrases first per word."""

    by_first_word: dict[str, tuple[Phrase, ...]]
    stems: dict[str, Phrase]
    """Single-word phrases in Indic scripts other than Devanagari, for stem matches."""
    suffixes: tuple[str, ...]
    """The speaker's language's case endings, folded, longest first."""
    stem_endings: tuple[str, ...] = ()
    """What a stem may have lost before an ending (Malayalam "മിനിറ്റിൽ" is
    "മിനിറ്റ്" + "ിൽ", its final virama dropped)."""
    roman_endings: tuple[str, ...] = ()
    """The speaker's case endings as typed in Latin letters, folded, longest first: tried
    off a Latin word only to find a unit or currency word ("kilokku", "litterinu")."""

    def lookup(self, words: list[str], i: int) -> list[Phrase]:
        """Every phrase that starts at `words[i]`, longest first."""
        found = [
            p
            for p in self.by_first_word.get(words[i], ())
            if tuple(words[i : i + len(p.words)]) == p.words
        ]
        if found:
            return found
        word = words[i]
        if word.startswith(_look_alikes()):
            return found  # "கட்டில்" (a cot) only starts like "கட்டு" (a bunch)
        if not is_indic(word):
            # A Latin word carries an ending only as typed Tamil, Malayalam, Kannada, ...
            # and then only a unit or currency word: "kilokku", "litterinu", "kejige".
            for ending in self.roman_endings:
                stem = word[: -len(ending)]
                if len(stem) < 3 or not word.endswith(ending):
                    continue
                # "kattige" is "kattu" + "ige"; "kilovukku" "kilo" + a glide "v" + "ukku"
                glide = stem[:-1] if stem.endswith("v") else stem
                trimmed = stem[:-1] if stem.endswith("u") else stem
                for candidate in (stem, trimmed, stem + "u", glide):
                    single = [
                        p
                        for p in self.by_first_word.get(candidate, ())
                        if len(p.words) == 1 and p.cue in (Cue.UNIT, Cue.CURRENCY)
                    ]
                    if single:
                        return single
            return found  # "kilo ka" is two words
        # A case ending on a cue word: Tamil "ரூபாய்க்கு", Kannada "ಕೆಜಿಗೆ", Gujarati
        # "રૂપિયામાં" are the currency or unit plus "for"/"to"/"in".
        for suffix in self.suffixes:
            if len(word) > len(suffix) + 1 and word.endswith(suffix):
                stem = word[: -len(suffix)]
                for candidate in (stem, *(stem + e for e in self.stem_endings)):
                    single = [
                        p
                        for p in self.by_first_word.get(candidate, ())
                        if len(p.words) == 1
                        and not (p.cue is Cue.FINAL and suffix.endswith(_AT_THE_END))
                    ]
                    if single:
                        return single
        if is_dravidian_or_bengali(word):
            # Endings not listed still leave the stem: "கிலோவுக்கு", "টাকায়".
            for cut in range(len(word) - 1, 1, -1):
                phrase = self.stems.get(word[:cut])
                if phrase is not None and self._ending_fits(phrase, word[cut:]):
                    return [phrase]
        return found

    def _ending_fits(self, phrase: Phrase, tail: str) -> bool:
        """Whether what follows a unit or currency stem is an ending ("கிலோ" + "வுக்கு"),
        not the rest of an unrelated word: Tamil "கட்டுபடி" (affordable) starts like
        "கட்டு" (a bunch) but "படி" is no case ending. A "last" in the locative is a
        time ("ತಿಂಗಳ ಕೊನೆಯಲ್ಲಿ", at the month's end), never the last price. Other cues keep
        any tail."""
        if phrase.cue is Cue.FINAL:
            return not tail.endswith(_AT_THE_END)
        if phrase.cue not in (Cue.UNIT, Cue.CURRENCY):
            return True
        if len(tail) <= 2 or any(tail.endswith(s) for s in self.suffixes):
            return True
        # "কেজিপ্রতি": a "per" written joined to the unit
        return any(p.cue is Cue.PER for p in self.by_first_word.get(tail, ()))


# Kannada locative endings: "ಕೊನೆಯಲ್ಲಿ", "ಕೊನೇಲಿ" (at the end)
_AT_THE_END = ("ಲ್ಲಿ", "ಲಿ")


@lru_cache(maxsize=1)
def _look_alikes() -> tuple[str, ...]:
    return tuple(fold(w) for w in UNIT_LOOK_ALIKES)


def is_indic(word: str) -> bool:
    """Whether `word` is in an Indic script, Devanagari to Malayalam."""
    return any("\u0900" <= c <= "\u0d7f" for c in word)


def _is_bengali(word: str) -> bool:
    return any("\u0980" <= c <= "\u09ff" for c in word)


def is_dravidian_or_bengali(word: str) -> bool:
    """Whether `word` is in a script whose cue words we also match by stem when their
    ending is not listed: Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
    Malayalam (Devanagari stems are too short to trust)."""
    return any("\u0980" <= c <= "\u0d7f" for c in word)


def _phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(phrase))


@lru_cache(maxsize=16)
def lexicon_for(language: str) -> Lexicon:
    """The merged cue and unit table for a speaker of `language` (built once, cached)."""
    table: dict[str, list[Phrase]] = {}
    stems: dict[str, Phrase] = {}

    def add(text: str, cue: Cue, unit: str | None = None) -> None:
        words = _phrase_words(text)
        if not words:
            return
        phrase = Phrase(words, cue, unit)
        bucket = table.setdefault(words[0], [])
        if all(p.words != words or p.cue != cue for p in bucket):
            bucket.append(phrase)
        # Two-letter stems would swallow unrelated words (Bengali "না" starts "নাম", name),
        # and a Bengali "yes" takes no endings: "হাঁ" begins "হাঁসের" (the duck's).
        agrees = cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT) and _is_bengali(words[0])
        if len(words) == 1 and len(words[0]) >= 3 and is_dravidian_or_bengali(words[0]):
            if agrees:
                return
            stems.setdefault(words[0], phrase)

    specs = heard(language)
    # A single word of the speaker's own language keeps its own meaning: Bengali "din"
    # is "give", not Hindi "day"; Marathi "की" is "or", not Hindi "of".
    own_texts = [p for ps in specs[0].cues.values() for p in ps]
    own_texts += [p for ps in specs[0].units.values() for p in ps]
    own_texts += list(specs[0].false_friends)  # Telugu "pakka" (beside): no Hindi "sure"
    own = {words for words in map(_phrase_words, own_texts) if len(words) == 1}
    for spec in specs:
        shared = spec is not specs[0]
        for unit, names in spec.units.items():
            for name in names:
                if not (shared and _phrase_words(name) in own):
                    add(name, Cue.UNIT, unit)
        for name, (_, unit) in spec.measures.items():
            add(name, Cue.UNIT, unit)
        for cue, phrases in spec.cues.items():
            for text in phrases:
                if not (shared and _phrase_words(text) in own):
                    add(text, cue)
    ordered = {
        first: tuple(sorted(bucket, key=lambda p: -len(p.words))) for first, bucket in table.items()
    }
    suffixes = tuple(sorted({fold(s) for s in specs[0].suffixes if s}, key=len, reverse=True))
    endings = tuple(fold(e) for e in specs[0].stem_endings if e)
    roman = _ROMAN_ENDINGS.get(specs[0].code, ())
    roman = tuple(sorted({fold(e) for e in roman}, key=len, reverse=True))
    return Lexicon(ordered, stems, suffixes, endings, roman)


# Case endings as typed in Latin letters, per language, for unit and currency words.
_ROMAN_ENDINGS: dict[str, tuple[str, ...]] = {
    "ta": ("ukku", "kku", "ku", "ikku"),
    "te": ("ki", "ku", "ke", "uki", "uku", "ku", "laki", "laku"),
    "ml": ("inu", "nu", "kku", "ikku", "ykku"),
    "kn": ("ige", "ge", "kke", "akke"),
    "mr": ("la", "na", "ala", "ana", "ne"),
    "gu": ("na", "ma", "ne", "no", "ni", "e"),
    "bn": ("e", "te", "ey"),
    "pa": ("nu",),
}


ROMAN_NUMBER_ENDINGS: dict[str, tuple[str, ...]] = {
    "ta": ("ukku", "kku", "ikku", "ku"),
    "te": ("ki", "ku", "kki", "lu", "laku"),
    "ml": ("inu", "nu", "kku", "ikku", "ykku", "ku"),
    "kn": ("ige", "ge", "kke", "akke"),
    "mr": ("la", "ala", "na", "ana"),
    "gu": ("ma", "na", "no", "ni", "nu", "thi"),
}
"""Case endings as typed in Latin letters that a number word carries ("ezhupathukku",
"noorige", "shambharala"): only where chat types them joined, since short endings on
other languages' words would read a number into an unrelated word."""
