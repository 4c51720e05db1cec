"""The number words a speaker of a language is heard to use (`NumberTable`, built from the
language tables of `audio.languages`), and the words one edit away from them
(`NearWords`), which `audio.understanding` treats as probable misheard numbers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from audio.languages import heard
from audio.languages.base import Kind, Part
from audio.lexicon import ROMAN_NUMBER_ENDINGS, fold

# English tens and scales long enough that a typed case ending run into them reads as
# one ("Eight fiftyge kodi", "seven fiftykku"), unlike short words ("charge" is no "char").
_ENGLISH_TENS = frozenset(
    (
        "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "hundred", "thousand",
    )
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NumberTable:
    """Folded number words of one speaker language, with its case endings."""

    words: dict[str, tuple[Part, ...]]
    ambiguous: frozenset[str]
    suffixes: tuple[str, ...]
    """Folded case endings, longest first."""
    stem_endings: tuple[str, ...]
    oblique_endings: tuple[str, ...]
    cue_words: frozenset[str] = frozenset()
    """The speaker's own cue words: never a number with an ending stripped ("chala" is
    Marathi "okay", not "cha" + "-la")."""
    roman_endings: tuple[str, ...] = ()
    """Case endings as typed in Latin letters ("ezhupathukku", "shambharala"), folded,
    longest first: tried off a Latin word whose stem is a whole number word."""
    own_roman: frozenset[str] = frozenset()
    """The speaker's own number words in Latin letters: only these take a typed ending
    (English "charge" is not Hindi "char" + Kannada "-ge")."""
    u_stems: bool = False
    """Whether a stem may have lost a final "u" before a typed ending (Dravidian
    "kattu" + "ige" is "kattige"); not in Gujarati, where "banana" is no "banu"."""
    joining_heads: tuple[tuple[str, Part], ...] = ()
    """Prefixes and fractions ("saadhe", "sava", "dedh", "साडे") that chat and speech run
    into the number after them ("saadhebayalis", "savasau", "साडेअकराशे"), longest first."""
    head_at: dict[str, Part] = field(default_factory=dict)
    """`joining_heads` by head, for lookup."""
    head_sizes: tuple[int, ...] = ()
    """The lengths of the heads, longest first."""
    suffixes_by_last: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """`suffixes` by their last letter, longest first: only those a word can end with."""
    asked_endings: tuple[str, ...] = ()
    """Folded endings that ask "is it?" on a number ("முன்னூறா?", "മുന്നൂറോ?"), among
    `suffixes` (`ASKED_ENDINGS`)."""
    counted: frozenset[str] = frozenset()
    """Folded scale words that only follow a count: no number starts with one."""
    thousands: tuple[str, ...] = ()
    """The speaker's own thousand words typed in Latin letters ("hajar", "ayirathi",
    "savira", "velu"), folded: a count typed run into one ("barhajar", "eradusavira",
    "renduvelu"), and the hundreds after it ("barhajarpanchso", "randayirathanjuru"),
    read as one number."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "head_at", dict(self.joining_heads))
        by_last: dict[str, list[str]] = {}
        for suffix in self.suffixes:  # longest first, kept so within each last letter
            by_last.setdefault(suffix[-1:], []).append(suffix)
        object.__setattr__(
            self, "suffixes_by_last", {last: tuple(ss) for last, ss in by_last.items()}
        )
        sizes = sorted({len(head) for head, _ in self.joining_heads}, reverse=True)
        object.__setattr__(self, "head_sizes", tuple(sizes))

    def parts(self, word: str) -> tuple[tuple[Part, ...], str] | None:
        """What folded `word` stands for, and the case ending stripped to find it ("")."""
        found = self.lookup(word)
        return None if found is None else (found[0], found[1])

    def lookup(self, word: str) -> tuple[tuple[Part, ...], str, str] | None:
        """`parts`, with the table word that was found (the stem, when an ending was
        stripped: "ஒன்னுக்கு" is found as "ஒன்னு")."""
        found = self.words.get(word)
        if found is not None:
            return found, "", word
        if word[:1].isdigit():
            try:
                return (Part(Kind.VALUE, float(word)),), "", word
            except ValueError:
                return None
        if word in self.cue_words:
            return None
        for suffix in self.suffixes_by_last.get(word[-1:], ()):
            if len(word) <= len(suffix) + 1 or not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            for candidate in self._stems(stem):
                found = self.words.get(candidate)
                if found is not None and word.isascii() and candidate not in self.own_roman:
                    continue  # English "charge" is not Hindi "char" + Kannada "-ge"
                if found is not None:
                    return found, suffix, candidate
        if word.isascii():
            return self._roman(word) or self._joined_thousands(word)
        return self._joined_head(word)

    def _joined_thousands(self, word: str) -> tuple[tuple[Part, ...], str, str] | None:
        """A count of thousands typed as one word with its thousand word, and the hundreds
        run on after it: Gujarati "barhajar panchso" or "barhajarpanchso" (12,500),
        Malayalam "randayirathanjuru" (2,500), Kannada "eradusavira" (2,000), Telugu
        "renduvelu", Marathi "satrahajar". The count is one of the speaker's own number
        words from 2 to 99 (Telugu "okavela" is "if by chance", no 1,000) and the rest a
        number below a thousand, or the word is no number; a typed case ending after it
        ("barhajarma") is kept as the ending."""
        found = self._thousands_split(word)
        if found is not None:
            return found, "", word
        for ending in self.roman_endings:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) > 4:
                found = self._thousands_split(stem)
                if found is not None:
                    return found, ending, stem
        return None

    def _thousands_split(self, word: str) -> tuple[Part, ...] | None:
        for thousand in self.thousands:
            at = word.find(thousand)
            while at >= 0:
                head, tail = word[:at], word[at + len(thousand) :]
                count = self._joined_count(head) if head else ()
                rest = self._joined_rest(thousand, tail)
                if count is not None and rest:
                    return (*count, Part(Kind.SCALE, 1000), *rest)
                if count and rest is not None:  # "barhajar"; "hajar" alone is listed
                    return (*count, Part(Kind.SCALE, 1000))
                at = word.find(thousand, at + 1)
        return None

    def _joined_count(self, head: str) -> tuple[Part, ...] | None:
        """The count before a thousand word run into it: "bar" of "barhajar", "rand"
        (randu) of "randayiram"; Marathi "bara" (12, and "okay") too, which no cue
        runs into a thousand."""
        candidates = [head, head + "u"] if self.u_stems else [head]
        for candidate in candidates:
            parts = self.words.get(candidate)
            if parts is None or candidate not in self.own_roman:
                continue
            counts = all(p.kind in (Kind.VALUE, Kind.TENS) for p in parts)
            if counts and 2 <= sum(p.value for p in parts) <= 99:
                return parts
        return None

    def _joined_rest(self, thousand: str, tail: str) -> tuple[Part, ...] | None:
        """What follows the thousand word in the same typed word: nothing, or a number
        below a thousand, also where the thousand's last vowel gives way to it
        ("ayirath" + "irunuru") or a glide joins them ("ayirathiy" + "anjuru")."""
        elided = thousand not in self.words  # "ayirath" of "ayirathu": a vowel must follow
        if not tail:
            return None if elided else ()
        if elided and tail[:1] not in "aeiou":
            return None
        tails = [tail]
        if tail.startswith("y") and thousand.endswith("i"):
            tails.append(tail[1:])
        for candidate in tails:
            parts = self.words.get(candidate)
            if parts is None or candidate not in self.own_roman:
                continue
            if _below_thousand(parts):
                return parts
        return None

    def _roman(self, word: str) -> tuple[tuple[Part, ...], str, str] | None:
        """A Latin word with a typed case ending ("ezhupathukku" is "ezhupathu" + "kku")
        or a prefix run into the number ("saadhebayalis" is "saadhe" + "bayalis")."""
        for ending in self.roman_endings:
            stem = word[: -len(ending)]
            if len(stem) < 4 or not word.endswith(ending):
                continue  # "chana" (chickpeas) is no "cha" + "-na"
            candidates = [stem]
            if self.u_stems:
                candidates += [stem + "u", stem[:-1] + "u" if stem[-1:] in "ia" else stem]
            for candidate in candidates:
                found = self.words.get(candidate)
                own = candidate in self.own_roman and candidate not in self.ambiguous
                own = own or candidate in _ENGLISH_TENS  # "fiftyge", "hundredkku"
                if found is not None and own:
                    return found, ending, candidate
        return self._joined_head(word)

    def _joined_head(self, word: str) -> tuple[tuple[Part, ...], str, str] | None:
        """A prefix or fraction run into the number after it, typed ("saadhebayalis") or
        in the script ("साडेअकराशे", "ਸਾਢੇਤਿੰਨ"): the two read as one phrase."""
        for size in self.head_sizes:  # longest first; one head at most of each length
            head, rest = word[:size], word[size:]
            part = self.head_at.get(head)
            if part is None or len(rest) < 2:
                continue
            found = self.words.get(rest)
            if found is None or rest in self.ambiguous:
                continue
            if part.kind is Kind.FRACTION and found[0].kind is not Kind.SCALE:
                continue  # "dedh" joins only a scale: "dedhsau" 150
            if found[0].kind in (Kind.VALUE, Kind.TENS, Kind.SCALE):
                return (part, *found), "", word
        return None

    def ending_of(self, word: str) -> str:
        """The case ending a word listed whole still carries ("ഒന്നിന്" is "ഒന്ന്" +
        "ിന്", "ಒಂದಕ್ಕೆ" is "ಒಂದು" + "ಕ್ಕೆ"): the ending when the rest is a number word
        of the same value, else ""."""
        found = self.words.get(word)
        for suffix in self.suffixes:
            if len(word) <= len(suffix) + 1 or not word.endswith(suffix):
                continue
            if any(self.words.get(c) == found for c in self._stems(word[: -len(suffix)])):
                return suffix
        return ""

    def _stems(self, stem: str) -> list[str]:
        candidates = [stem] + [stem + ending for ending in self.stem_endings]
        for ending in self.oblique_endings:
            if stem.endswith(ending) and len(stem) > len(ending) + 1:
                bare = stem[: -len(ending)]
                candidates += [bare] + [bare + e for e in self.stem_endings]
        return candidates


def _below_thousand(parts: tuple[Part, ...]) -> bool:
    """Whether `parts` say a whole number from 1 to 999 with no scale above a hundred."""
    total, current = 0.0, 0.0
    for part in parts:
        if part.kind in (Kind.VALUE, Kind.TENS):
            current += part.value
        elif part.kind is Kind.SCALE and part.value == 100:
            total += (current or 1.0) * 100
            current = 0.0
        else:
            return False
    return 1 <= total + current <= 999


# Everyday words that a typed case ending would make a number: Tamil "nalaikku"
# (tomorrow) is no "naalu" (four) + "-ikku".
_NOT_NUMBERS: dict[str, tuple[str, ...]] = {
    "ta": ("nalaikku", "naalaikku", "nalaiku", "naalaiku", "nalaikki", "naalaikki", "nalaki"),
    # Banglish words that read as a number and a classifier typed joined, and are not:
    # "chhoto" small (no "chho" 6 + "-to"), "dosto" friend, "ekto" a little, "noyto"
    # otherwise, "shotti" truly
    "bn": (
        "chhoto",
        "chhota",
        "chhoti",
        "choto",
        "chota",
        "choti",
        "dosto",
        "dosti",
        "dosta",
        "ekto",
        "noyto",
        "noito",
        "noyta",
        "shotti",
    ),
}


@lru_cache(maxsize=16)
def number_table(language: str) -> NumberTable:
    """Number words heard from a speaker of `language`: their own, then English and
    Hindi (`audio.languages.heard`); the first meaning of a spelling wins."""
    words: dict[str, tuple[Part, ...]] = {}
    ambiguous: set[str] = set()
    specs = heard(language)
    # A word of the speaker's own language is never read as an English or Hindi number:
    # Gujarati "chhe" is "is", not Hindi 6; Marathi "छे छे" is "no, no".
    own_words = {fold(word) for word in _NOT_NUMBERS.get(language, ())} | {
        fold(phrase)
        for phrases in specs[0].cues.values()
        for phrase in phrases
        if " " not in phrase
    }
    own_roman: set[str] = set()  # the speaker's own number words typed in Latin letters
    for spec in specs:
        tables: list[Mapping[str, tuple[Part, ...]]] = [
            {w: (Part(Kind.VALUE, v),) for w, v in spec.values.items()},
            {w: (Part(Kind.TENS, v),) for w, v in spec.tens.items()},
            {w: (Part(Kind.SCALE, v),) for w, v in spec.scales.items()},
            spec.compounds,
            {w: (Part(Kind.FRACTION, v),) for w, v in spec.fractions.items()},
            {w: (Part(Kind.PREFIX, v),) for w, v in spec.prefixes.items()},
        ]
        for index, table in enumerate(tables):
            for word, parts in table.items():
                key = fold(word)
                if spec is specs[0] and index < 5 and word.isascii():
                    own_roman.add(key)
                joining = index == 3 and word.isascii() and language != "en"
                if key in own_words and (spec is not specs[0] or joining):
                    # A romanized joining form folds lossily: Kannada "eela" (seven, as
                    # in compounds) folds like "illa" (no), which the speaker means.
                    continue
                if key and key not in words:
                    words[key] = parts
                    if word in spec.ambiguous:
                        ambiguous.add(key)
    own = specs[0]
    suffixes = tuple(sorted({fold(s) for s in own.suffixes if s}, key=len, reverse=True))
    roman = ROMAN_NUMBER_ENDINGS.get(language, ())
    heads = {
        word: parts[0]
        for word, parts in words.items()
        if len(word) >= 3
        and len(parts) == 1
        and parts[0].kind in (Kind.PREFIX, Kind.FRACTION)
        and word not in ambiguous
    }
    return NumberTable(
        words,
        frozenset(ambiguous),
        suffixes,
        tuple(own.stem_endings),
        tuple(own.oblique_endings),
        frozenset(own_words),
        tuple(sorted({fold(e) for e in roman}, key=len, reverse=True)),
        frozenset(own_roman),
        language in ("ta", "te", "ml", "kn"),
        tuple(sorted(heads.items(), key=lambda item: -len(item[0]))),
        counted=frozenset(fold(word) for spec in specs for word in spec.counted_scales),
        thousands=_thousand_words(words, own_roman, language),
        asked_endings=tuple(fold(e) for e in ASKED_ENDINGS.get(language, ())),
    )


# The ending that asks "is it?" on a number: Tamil "முன்னூறா?", Kannada "ಮುನ್ನೂರಾ?",
# Kannada "ಎಂಬತ್ತೇನಾ?", Malayalam "മുന്നൂറോ?", "അമ്പതാണോ?", Telugu "మూడు వందలా?", "యాభైనా?", "అరవైయా?".
# The same ending is a plain one elsewhere (Tamil "முன்னூறா குடுங்க", give it as 300;
# Malayalam "-ഓ ... -ഓ", either): only a "?" after it makes it ask.
ASKED_ENDINGS: dict[str, tuple[str, ...]] = {
    "ta": ("ா",),
    "kn": ("ಾ", "ೇನಾ"),
    "ml": ("ോ", "ാണോ"),
    "te": ("ా", "నా", "యా"),
}


def _thousand_words(
    words: Mapping[str, tuple[Part, ...]], own_roman: set[str], language: str
) -> tuple[str, ...]:
    """The speaker's own thousand words in Latin letters, and those that end in a vowel
    without it (Tamil "ayirathu" run into "ainuru" is "ayirathainuru"), longest first."""
    if language == "en":
        return ()
    found: set[str] = set()
    for word, parts in words.items():
        if word.isascii() and word in own_roman and parts == (Part(Kind.SCALE, 1000),):
            found.add(word)
            if word[-1:] in "iu" and len(word) > 4:
                found.add(word[:-1])
    return tuple(sorted(found, key=len, reverse=True))


def _deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


class NearWords:
    """Words, and each of their one-letter deletions, so that a word within one edit of
    any of them is found by lookup (four letters and up; Latin words from six, since one
    letter off a short romanized word is another everyday word: "matar", "satar")."""

    def __init__(self, words: Iterable[str]) -> None:
        index: dict[str, set[str]] = {}
        for word in words:
            if len(word) >= 4:
                for key in (word, *_deletions(word)):
                    index.setdefault(key, set()).add(word)
        self._index = {key: tuple(found) for key, found in index.items()}

    def near(self, word: str) -> bool:
        """Whether `word` is one edit (or none) from a word of the set."""
        if len(word) < (6 if word.isascii() else 4):
            return False
        for key in (word, *_deletions(word)):
            for candidate in self._index.get(key, ()):
                if _within_one_edit(word, candidate):
                    return True
        return False


@lru_cache(maxsize=16)
def near_numbers(language: str) -> NearWords:
    """The number words of `language`'s table that are one part each: a compound the
    tables spell out ("இருநூற்றைம்பது") is read whole or not at all, and indexing every
    one would cost a second and hundreds of megabytes."""
    table = number_table(language)
    return NearWords(word for word, parts in table.words.items() if len(parts) == 1)


@lru_cache(maxsize=16)
def near_joining_numbers(language: str) -> NearWords:
    """The number words that join a number said after them: scales, tens, fractions and
    prefixes ("ముప్పై" ఐదు, "saade" teen, "do" sau is a value before a scale)."""
    table = number_table(language)
    joining = (Kind.SCALE, Kind.TENS, Kind.FRACTION, Kind.PREFIX)
    return NearWords(
        word for word, parts in table.words.items() if len(parts) == 1 and parts[0].kind in joining
    )


def looks_like_joining_number(word: str, language: str) -> bool:
    """Whether a word the tables do not know could be a number word that joins the number
    after it (a garbled tens, scale or "saade"); a word one edit from a whole number
    word before a whole number word cannot be part of it ("ਛੱਲੀ ਪੰਦਰਾਂ", corn, fifteen)."""
    return any(c.isdigit() for c in word) or near_joining_numbers(language).near(word)


def looks_like_number(word: str, language: str) -> bool:
    """Whether a folded word the tables do not know holds a digit or is one edit from a
    number word: "ముప్పయి" next to "ఐదు" may be a 30 the tables missed, so a price
    read beside it is not trusted without asking."""
    return any(c.isdigit() for c in word) or near_numbers(language).near(word)
