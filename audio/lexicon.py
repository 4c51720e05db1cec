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

# Indic vowel signs and viramas are combining marks, which `\w` does not match, so a plain
# `\w+` would cut "टमाटर" into pieces; the word class adds every mark in the Indic blocks.
_INDIC_MARKS = "".join(
    chr(c) for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)).startswith("M")
)
_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:,\d{2,3})*(?:\.\d+)?)"
    r"|(?P<sign>₹|/-|/|\?|%)"
    # An apostrophe inside a word keeps "can't" and "I'll" whole ("ll" is not litres).
    rf"|(?P<word>(?:[^\W\d_]|[{_INDIC_MARKS}\u200c\u200d])+(?:['’][^\W\d_]+)*)"
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


def tokenize(text: str) -> list[Token]:
    """Cut `text` into digit runs ("1,200" → "1200"), words and signs (₹ /- / ?), folded."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        if m.lastgroup == "num":
            norm = raw.translate(_DIGITS).replace(",", "")
            tokens.append(Token(raw, norm, m.start(), m.end(), TokenKind.NUMBER))
        elif m.lastgroup == "sign":
            tokens.append(Token(raw, raw, m.start(), m.end(), TokenKind.SIGN))
        else:
            tokens.append(Token(raw, fold(raw), m.start(), m.end(), TokenKind.WORD))
    return tokens


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


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """One spelling per word: lowercase; romanized vowel length and doubled letters
    collapsed, w→v, z→j; Devanagari nukta, vowel length and half nasals merged."""
    word = unicodedata.normalize("NFC", word.lower())
    if word.isascii():
        for long, short in _LATIN_VOWEL_PAIRS:
            word = word.replace(long, short)
        word = word.replace("w", "v").replace("z", "j")
        word = _REPEATS.sub(r"\1", word)
        if len(word) > 3:
            word = _FINAL_H.sub("", word)
        return word
    if any("\u0900" <= c <= "\u097f" for c in word):
        return _HALF_NASAL.sub("ं", word.translate(_DEVANAGARI_FOLD))
    return word.translate(_OTHER_FOLD)


def is_dravidian_or_bengali(word: str) -> bool:
    """Whether `word` is in a script whose words take case suffixes we match by stem."""
    return any("\u0980" <= c <= "\u09ff" or "\u0b80" <= c <= "\u0c7f" for c in word)


class Cue(StrEnum):
    """What a lexicon phrase signals."""

    CURRENCY = "currency"
    PAISE = "paise"
    UNIT = "unit"
    PER = "per"
    """Makes the next unit a rate: "per kilo", "prati", "har", "/"."""
    LINK = "link"
    """Postpositions and fillers a price and its unit may have between them: ka, mein, for."""
    ARTICLE = "article"
    EACH = "each"
    TOTAL = "total"
    ACCEPT = "accept"
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
    QUESTION = "question"
    WEAK_QUESTION = "weak_question"
    """Words like "rate" or "price" that ask only when no price is said."""


# Canonical units and how each is said. Lists are phrases; each is folded when loaded.
# fmt: off
UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "kg": ("kilo", "kilos", "kg", "kgs", "kilogram", "kilograms", "kilogramme"),
        "g": ("gram", "grams", "gm", "gms", "gramme", "grammes", "g", "gr"),
        "dozen": ("dozen", "dozens"),
        "piece": ("piece", "pieces", "pc", "pcs"),
        "litre": ("litre", "litres", "liter", "liters", "ltr", "ltrs", "l"),
        "bunch": ("bunch", "bunches"),
    },
    "hi": {
        "kg": ("किलो", "केजी", "किलोग्राम", "kila"),
        "g": ("ग्राम",),
        "dozen": ("darjan", "darjen", "दर्जन", "दजन"),
        "piece": ("nag", "nang", "पीस", "नग"),
        "litre": ("लीटर", "लिटर"),
        "bunch": ("gaddi", "gaddiyan", "gucha", "guchha", "गड्डी", "गुच्छा"),
    },
    "mr": {
        "kg": ("किलो",), "g": ("ग्रॅम", "ग्राम"), "dozen": ("डझन", "dajan"), "piece": ("नग",),
        "litre": ("लिटर",), "bunch": ("जुडी", "judi"),
    },
    "ta": {
        "kg": ("கிலோ",), "g": ("கிராம்",), "dozen": ("டஜன்",), "piece": ("பீஸ்",),
        "litre": ("லிட்டர்",), "bunch": ("கட்டு",),
    },
    "te": {
        "kg": ("కిలో", "కిలోలు", "కేజీ"), "g": ("గ్రాములు", "గ్రాము", "గ్రాం"),
        "dozen": ("డజను", "డజన్"), "piece": ("పీస్",), "litre": ("లీటర్", "లీటరు"),
        "bunch": ("కట్ట",),
    },
    "bn": {
        "kg": ("কেজি", "কিলো"), "g": ("গ্রাম",), "dozen": ("ডজন",), "piece": ("পিস",),
        "litre": ("লিটার",), "bunch": ("আঁটি",),
    },
}

CUES: dict[str, dict[Cue, tuple[str, ...]]] = {
    "en": {
        Cue.CURRENCY: ("₹", "/-", "rs", "inr", "rupee", "rupees", "bucks"),
        Cue.PAISE: ("paise", "paisa", "paisay"),
        Cue.PER: ("per", "/", "every"),
        Cue.LINK: ("for", "at", "is", "the", "only", "just", "then", "so", "it", "that"),
        Cue.ARTICLE: ("a", "an"),
        Cue.EACH: ("each", "apiece"),
        Cue.TOTAL: (
            "total", "in total", "in all", "for everything", "for all", "everything",
            "altogether", "all together", "overall", "for all of it", "whole lot",
        ),
        Cue.ACCEPT: (
            "ok", "okay", "okey", "o k", "done", "deal", "accept", "accepted", "agreed",
            "agree", "fine", "yes", "yeah", "alright", "all right", "sure", "final",
            "its a deal", "it's a deal",
        ),
        Cue.REJECT: (
            "never", "no way", "cannot", "can't", "reject", "impossible", "not possible",
            "reduce", "less please", "no deal", "not ok", "not okay", "not done", "not fine",
            "no thanks", "not agreed",
        ),
        Cue.NEGATION: ("no", "nope"),
        Cue.NOT: ("not",),
        Cue.TOO_MUCH: ("too much", "too expensive", "expensive", "too high", "very high", "costly"),
        Cue.COMPARATIVE: (
            "less than", "more than", "below", "above", "under", "less", "lower", "more",
        ),
        Cue.NOT_MONEY: (
            "%", "percent", "per cent", "minute", "minutes", "min", "mins", "hour", "hours",
            "second", "seconds", "day", "days", "year", "years", "o'clock", "baje", "ghanta",
            "ghante", "din", "saal", "mahine", "बजे", "घंटे", "दिन", "साल", "मिनट", "प्रतिशत",
        ),
        Cue.QUESTION: (
            "how much", "how much for", "what price", "what is the price", "what's the price",
            "what rate", "what is the rate", "what's the rate",
        ),
        Cue.WEAK_QUESTION: ("rate", "price", "cost"),
    },
    "hi": {
        Cue.CURRENCY: (
            "rupaye", "rupaiye", "rupae", "rupaya", "rupaiya", "rupiya", "rupiye", "rupay",
            "rupai", "rupe", "rupye", "rupya", "rupia", "ruppe", "ruppee", "rupayo",
            "रुपये", "रुपए", "रुपया", "रुपय", "रुपयों", "रुपैया", "रुपिया", "रु", "रू", "रुपी",
            "रुपीज़",
        ),
        Cue.PAISE: ("paisa", "paise", "पैसे", "पैसा"),
        Cue.PER: ("prati", "har", "प्रति", "हर", "पर"),
        Cue.LINK: (
            "ka", "ki", "ke", "mein", "me", "main", "mai", "se", "hai", "he", "h", "ko",
            "to", "toh", "bhi", "hisaab", "hisab", "wala", "vala", "vale", "wale", "का",
            "की", "के", "में", "मे", "से", "है", "को", "तो", "भी", "हिसाब", "वाला",
        ),
        Cue.EACH: ("ek ka", "ek ke", "ek ki", "har ek", "harek", "एक का", "एक के", "हर एक"),
        Cue.TOTAL: (
            "kul", "kul milake", "kul milakar", "sab milake", "sab milakar", "milake",
            "milakar", "sab ka", "sabka", "sab ke", "poora", "pura", "sara", "saara",
            "कुल", "सब मिलाके", "सब मिलाकर", "मिलाके", "मिलाकर", "टोटल", "सब का", "पूरा",
        ),
        Cue.ACCEPT: (
            "theek hai", "thik hai", "theek he", "thik he", "tik hai", "theek", "thik",
            "chalo", "chaliye", "chalega", "haan", "han", "haa", "ji haan", "haan ji",
            "pakka", "pukka", "bilkul", "manjur", "sahi hai", "accha", "acha", "achha",
            "ठीक है", "ठीक", "चलो", "चलिए", "चलेगा", "हाँ", "हां", "हाँ जी", "पक्का", "डन",
            "डील", "ओके", "मंज़ूर", "फाइनल", "फ़ाइनल", "बिल्कुल", "बिलकुल", "अच्छा", "सही है",
        ),
        Cue.REJECT: (
            "mat", "bilkul nahi", "bilkul nahin", "nahi chahiye", "nahin chahiye",
            "kam karo", "kam kijiye", "kam kar do", "kam kardo", "thoda kam", "kuch kam",
            "theek nahi", "thik nahi", "theek nahin", "thik nahin", "ok nahi", "nahi chalega",
            "nahin chalega", "chalega nahi", "deal nahi", "ठीक नहीं", "नहीं चलेगा", "मत",
            "बिल्कुल नहीं", "बिलकुल नहीं", "नहीं चाहिए", "कम करो", "कम कीजिए", "थोड़ा कम",
        ),
        Cue.NEGATION: ("nahi", "nahin", "nai", "nahee", "nhi", "नहीं", "नही", "नहि"),
        Cue.TOO_MUCH: (
            "bahut zyada", "bahut jyada", "bahut hai", "bahut ho gaya", "zyada", "jyada",
            "jada", "mehenga", "mehnga",
            "mahanga", "mahenga", "bahut mehenga", "बहुत ज़्यादा", "ज़्यादा", "ज्यादा", "महंगा",
            "मेहंगा", "बहुत महंगा",
        ),
        Cue.COMPARATIVE: (
            "se kam", "kam", "se upar", "se niche", "se neeche", "se jyada", "से कम", "कम",
            "से ऊपर", "से नीचे",
        ),
        Cue.QUESTION: (
            "kitne", "kitna", "kitni", "kitne ka", "kitne mein", "kya rate", "rate kya",
            "kya price", "price kya", "kya bhav", "bhav kya", "kya daam", "daam kya",
            "kya dam", "dam kya", "कितने", "कितना", "कितनी", "क्या भाव", "भाव क्या",
            "क्या रेट", "रेट क्या", "क्या दाम", "दाम क्या",
        ),
        Cue.WEAK_QUESTION: ("bhav", "daam", "dam", "bhaav", "भाव", "दाम", "रेट", "प्राइस"),
    },
    "mr": {
        Cue.CURRENCY: ("रुपये", "रुपया", "रु", "rupaye"),
        Cue.PAISE: ("पैसे",),
        Cue.PER: ("प्रति",),
        Cue.LINK: ("ला", "चा", "ची", "चे", "आहे", "la", "aahe"),
        Cue.EACH: ("प्रत्येकी", "एकाला"),
        Cue.TOTAL: ("एकूण", "सगळे मिळून", "सगळं मिळून", "ekun"),
        Cue.ACCEPT: ("ठीक आहे", "चालेल", "हो", "बरं", "theek aahe", "thik aahe", "chalel"),
        Cue.REJECT: ("नको", "nako", "नाही", "nahi"),
        Cue.NEGATION: ("नको", "nako", "नाही"),
        Cue.TOO_MUCH: ("जास्त", "खूप जास्त", "महाग", "jast", "mahag"),
        Cue.COMPARATIVE: ("पेक्षा कमी", "कमी"),
        Cue.QUESTION: ("किती", "किती ला", "काय भाव", "भाव काय", "kiti", "kay bhav"),
        Cue.WEAK_QUESTION: ("भाव", "दर"),
    },
    "ta": {
        Cue.CURRENCY: ("ரூபாய்", "ரூபா", "ரூ", "rupai", "rubai"),
        Cue.PAISE: ("பைசா", "காசு"),
        Cue.PER: ("ஒவ்வொரு",),
        Cue.LINK: ("க்கு", "கு", "தான்", "ku"),
        Cue.EACH: ("ஒன்றுக்கு", "ஒன்னுக்கு"),
        Cue.TOTAL: ("மொத்தம்", "மொத்தமாக", "மொத்தமா", "motham"),
        Cue.ACCEPT: ("சரி", "ஓகே", "ஒகே", "sari", "seri"),
        Cue.REJECT: ("வேண்டாம்", "வேணாம்", "முடியாது", "vendam", "venam", "mudiyathu"),
        Cue.NEGATION: ("இல்லை", "இல்ல", "வேண்டாம்", "வேணாம்", "illai", "illa"),
        Cue.TOO_MUCH: ("அதிகம்", "ஜாஸ்தி", "அதிகமா", "jasthi", "athigam"),
        Cue.COMPARATIVE: ("குறைவா", "குறைவாக"),
        Cue.QUESTION: ("எவ்வளவு", "என்ன விலை", "விலை என்ன", "evvalavu", "evlo", "enna vilai"),
        Cue.WEAK_QUESTION: ("விலை", "vilai"),
    },
    "te": {
        Cue.CURRENCY: ("రూపాయలు", "రూపాయి", "రూపాయ", "రూ", "rupayalu", "rupayi"),
        Cue.PAISE: ("పైసలు", "పైసా"),
        Cue.PER: ("ప్రతి",),
        Cue.LINK: ("కి", "కు", "కే", "ki", "ku"),
        Cue.EACH: ("ఒక్కొక్కటి", "ఒక్కోటి"),
        Cue.TOTAL: ("మొత్తం", "మొత్తానికి", "mottham", "motham"),
        Cue.ACCEPT: ("సరే", "సరి", "ఓకే", "sare", "sari", "alage"),
        Cue.REJECT: ("వద్దు", "కుదరదు", "vaddu", "kudaradu"),
        Cue.NEGATION: ("లేదు", "కాదు", "వద్దు", "ledu", "kadu"),
        Cue.TOO_MUCH: ("ఎక్కువ", "చాలా ఎక్కువ", "ekkuva"),
        Cue.COMPARATIVE: ("తక్కువ",),
        Cue.QUESTION: ("ఎంత", "ఎంతకు", "ధర ఎంత", "entha", "enta", "enthaki"),
        Cue.WEAK_QUESTION: ("ధర", "రేటు", "dhara"),
    },
    "bn": {
        Cue.CURRENCY: ("টাকা", "টাকায়", "৳", "taka", "tk"),
        Cue.PAISE: ("পয়সা",),
        Cue.PER: ("প্রতি",),
        Cue.LINK: ("করে", "তে", "কে", "kore"),
        Cue.EACH: ("প্রতিটা", "প্রতিটি", "একটা করে"),
        Cue.TOTAL: ("মোট", "সব মিলিয়ে", "মিলিয়ে", "mot", "sob miliye"),
        Cue.ACCEPT: (
            "ঠিক আছে", "ঠিক", "আচ্ছা", "হ্যাঁ", "হাঁ", "ওকে", "thik ache", "thik ase", "accha",
        ),
        Cue.REJECT: ("চাই না", "হবে না", "লাগবে না", "cai na", "hobe na"),
        Cue.NEGATION: ("না", "নাহ", "na"),
        Cue.TOO_MUCH: ("বেশি", "অনেক বেশি", "beshi", "besi"),
        Cue.COMPARATIVE: ("কম",),
        Cue.QUESTION: ("কত", "কতো", "দাম কত", "কত দাম", "koto", "dam koto"),
        Cue.WEAK_QUESTION: ("দাম", "dam"),
    },
}
# fmt: on

LANGUAGES = ("en", "hi", "mr", "ta", "te", "bn")


def active_languages(language: str) -> tuple[str, ...]:
    """English and Hindi are always heard (Whisper and code-mixing put them anywhere);
    the speaker's own language adds its table on top."""
    extra = (language,) if language in LANGUAGES and language not in ("en", "hi") else ()
    return ("en", "hi", *extra)


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
    """Single-word phrases in suffixing scripts (Tamil, Telugu, Bengali), for stem matches."""

    def lookup(self, words: list[str], i: int) -> list[Phrase]:
        """Every phrase that starts at `words[i]`, longest first."""
        found = [
            p
            for p in self.by_first_word.get(words[i], ())
            if tuple(words[i : i + len(p.words)]) == p.words
        ]
        if not found and is_dravidian_or_bengali(words[i]):
            # Tamil "கிலோவுக்கு" (for a kilo) and Bengali "টাকায়" (at taka) carry suffixes.
            word = words[i]
            for cut in range(len(word) - 1, 1, -1):
                stem = self.stems.get(word[:cut])
                if stem is not None:
                    return [stem]
        return found


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
        # Two-letter stems would swallow unrelated words (Bengali "না" starts "নাম", name).
        if len(words) == 1 and len(words[0]) >= 3 and is_dravidian_or_bengali(words[0]):
            stems.setdefault(words[0], phrase)

    for lang in active_languages(language):
        for unit, names in UNITS.get(lang, {}).items():
            for name in names:
                add(name, Cue.UNIT, unit)
        for cue, phrases in CUES.get(lang, {}).items():
            for text in phrases:
                add(text, cue)
    ordered = {
        first: tuple(sorted(bucket, key=lambda p: -len(p.words))) for first, bucket in table.items()
    }
    return Lexicon(ordered, stems)
