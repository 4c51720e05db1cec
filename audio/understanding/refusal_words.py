"""The words of a refusal beside a price, per language, in one table: who refuses, the
verbs of giving and taking and the negations said on them. `refused_at`,
`refused_that` and `refused_aside` read their word sets from here.

The columns:

- `i`, `we`: who refuses ("मैं", "நான்", "we").
- `this`: the goods as "this", or a "then", said between a price and its refusal
  ("ఇది", "ഇത്", "तो").
- `to_give`: a verb of giving, selling, taking or agreeing as a refusal's object, read
  as a word's start ("தர", "ಕೊಡಕ್ಕೆ", "देना", "দিতে"): "எண்பதுக்கு தர மாட்டேன்".
- `own`: a first person's "take", "give" said beside its "not", as whole words
  ("लूँगा", "নেব", "લઉં").
- `stems`: verbs of taking, buying, giving, selling, wanting, as a word's start, in a
  refusal said after a pause ("take", "ले", "எடுக்க").
- `words`: the same, short or typed in Latin letters, as whole words ("do", "lunga").
- `nobody`: nobody as the one who refuses ("nobody", "koi", "யாரும்"): English
  "nobody" refuses in itself, the others with the verb's "not" ("koi nahi lega").
- `no_who`: English words that follow "no" as the one who refuses ("no one", "no shop").
- `not_on_verb`: a refusal the cue tables leave to their context, or said on the verb's
  own end ("wouldn't", "never", Kannada "tagolla")."""

from __future__ import annotations

from typing import NamedTuple

from audio.lexicon import fold


class RefusalWords(NamedTuple):
    i: tuple[str, ...] = ()
    we: tuple[str, ...] = ()
    this: tuple[str, ...] = ()
    to_give: tuple[str, ...] = ()
    own: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    nobody: tuple[str, ...] = ()
    no_who: tuple[str, ...] = ()
    not_on_verb: tuple[str, ...] = ()


REFUSAL_WORDS: dict[str, RefusalWords] = {
    "en": RefusalWords(
        i=("i",),
        we=("we",),
        this=("this", "it"),
        to_give=("give", "sell"),
        own=("take", "buy", "give"),
        stems=(
            "take", "taking", "buy", "buying", "give", "giving", "sell", "selling",
            "accept", "want",
        ),
        words=("do", "pay"),
        not_on_verb=("wouldn't", "wouldnt", "never", "shan't"),
        nobody=("nobody", "noone", "no-one"),
        no_who=(
            "one", "body", "shop", "shopkeeper", "customer", "buyer", "seller", "dealer",
            "vendor", "trader", "wholesaler", "man", "person",
        ),
    ),
    "hi": RefusalWords(
        i=("मैं", "main"),
        we=("हम", "ham"),
        this=("ये", "यह", "इसे", "तो", "to", "toh", "ye"),
        to_give=("देना", "bechna", "dena", "लेना", "lena"),
        own=(
            "लूँगा", "लूंगा", "लूँगी", "लूंगी", "लेंगे", "लूँ", "लूं", "दूँगा", "दूंगा", "दूँगी",
            "देंगे", "दूँ", "lunga", "lungi", "lenge", "dunga", "dungi", "denge",
        ),
        stems=("ले", "लू", "दू", "दे"),
        words=(
            "le", "lu", "lunga", "lungi", "lenge", "lena", "de", "du", "dunga", "dungi",
            "denge", "dena", "lega", "legi", "dega", "degi",
        ),
        nobody=("कोई", "koi"),
    ),
    "ta": RefusalWords(
        i=("நான்", "naan"),
        this=("இது", "இதை", "idhu"),
        to_give=(
            "தர", "குடுக்க", "கொடுக்க", "விக்க", "kudukka", "kodukka", "எடுக்க", "வாங்க",
            "edukka", "vaanga", "ஒத்துக்க", "othukka", "othukk",
        ),
        stems=(
            "எடுக்க", "எடுத்துக்க", "வாங்க", "குடுக்க", "கொடுக்க", "தர", "edukka", "vaanga",
            "vanga",
        ),
        nobody=("யாரும்", "yaarum", "yarum"),
        not_on_verb=("மாட்டாங்க", "maattaanga", "mattanga", "மாட்டான்", "maattaan"),
    ),
    "te": RefusalWords(
        i=("నేను", "nenu"),
        this=("ఇది", "దీన్ని", "idi"),
        to_give=(
            "ఇవ్వడానికి", "ఇవ్వడం", "అమ్మడం", "ivvadaniki", "తీసుకో", "కొన", "theeskon",
            "teesukon", "ఒప్పుకో", "oppuko",
        ),
        stems=("తీసుకో", "కొన", "ఇవ్వ", "teesuko", "theesuko"),
        words=("konanu", "ivvanu"),
        nobody=("ఎవరూ", "evaru", "evvaru"),
        not_on_verb=(
            "తీసుకోరు", "కొనరు", "ఇవ్వరు", "teesukoru", "theesukoru", "konaru", "ivvaru",
        ),
    ),
    "kn": RefusalWords(
        i=("ನಾನು", "naanu"),
        this=("ಇದು", "ಇದನ್ನ", "idu"),
        to_give=(
            "ಕೊಡಕ್ಕೆ", "ಕೊಡೋಕೆ", "ಕೊಡಲು", "ಮಾರೋಕೆ", "kodakke", "kodoke", "ತಗೊಳ್ಳ",
            "ತೆಗೆದುಕೊಳ್ಳ", "ಒಪ್ಪೋ", "ಒಪ್ಪಿಕೊಳ್ಳ", "oppo",
        ),
        stems=("ತಗೊಳ್ಳ", "ತಗೋಳ", "ತೆಗೆದುಕೊಳ್ಳ", "ಕೊಳ್ಳ", "ಕೊಡ"),
        words=("tagolla", "kodalla"),
        not_on_verb=("tagolla", "tagolalla", "kodalla", "kodolla"),
        nobody=("ಯಾರೂ", "yaaru"),
    ),
    "bn": RefusalWords(
        i=("আমি", "ami"),
        this=("এটা",),
        to_give=("দিতে", "বেচতে", "দেওয়া", "dite", "dewa", "নিতে", "কিনতে", "nite"),
        own=("নেব", "নেবো", "কিনব", "দেব", "দেবো", "nebo", "nebona", "debo"),
        stems=("নেব", "নেবো", "নিতে", "কিনব", "দেব", "দিতে"),
        words=("nebo", "debo", "nite", "dite", "kinbo"),
        nobody=("কেউ", "keu"),
    ),
    "mr": RefusalWords(
        i=("मी", "mi"),
        this=("हे", "ही"),
        to_give=("देणार", "द्यायला", "विकणार", "dyayla", "घेणार", "घ्यायला", "ghenar"),
        own=("घेईन", "देईन"),
        stems=("घेणार", "घेण", "घे", "देणार"),
        words=("ghenar", "ghein", "denar"),
        nobody=("कोणी", "कोणीही", "koni", "konihi"),
    ),
    "gu": RefusalWords(
        i=("હું", "hu"),
        this=("આ", "તો", "aa"),
        to_give=("આપવા", "આપવાનું", "aapva", "લેવા", "leva"),
        own=("લઉં", "લઈશ", "લેવું", "આપું", "આપીશ", "lau", "aapu"),
        stems=("લઉં", "લઈ", "લેવ", "આપ"),
        words=("lau", "lais", "aapu", "aapish", "લે", "આપે"),
        nobody=("કોઈ", "koi"),
    ),
    "pa": RefusalWords(
        i=("ਮੈਂ",),
        this=("ਇਹ", "ਤਾਂ"),
        to_give=("ਦੇਣ", "ਦੇਣਾ", "ਲੈਣ", "lain"),
        own=("ਲਵਾਂਗਾ", "ਲਵਾਂਗੀ", "ਲੈਣੀ", "ਦੇਵਾਂਗਾ", "ਦੇਵਾਂਗੀ", "ਦੇਣੀ"),
        stems=("ਲਵਾਂ", "ਲੈ", "ਦੇ"),
        words=(
            "lavanga", "lavangi", "devanga", "ਲਵੇਗਾ", "ਦੇਵੇਗਾ", "lavega", "devega", "ਦਿੰਦਾ",
            "ਦਿੰਦੀ", "ਦਿੰਦੇ", "dinda", "dende", "denda",
        ),
        nobody=("ਕੋਈ", "koi"),
    ),
    "ml": RefusalWords(
        i=("ഞാൻ", "njan"),
        this=("ഇത്", "ഇതു", "ithu"),
        to_give=(
            "തരാൻ", "തരാന", "കൊടുക്കാൻ", "വിൽക്കാൻ", "tharan", "tharaan", "നിക്കാൻ",
            "എടുക്കാൻ", "വാങ്ങാൻ", "സമ്മതിക്കാൻ", "sammathikkan",
        ),
        stems=("എടുക്ക", "വാങ്ങ", "തര", "കൊടുക്ക", "edukk", "vaang"),
        words=("edukkilla", "vaangilla", "tharilla", "tharam"),
        nobody=("ആരും", "aarum"),
    ),
}  # fmt: skip


def words_of(*columns: str) -> frozenset[str]:
    """The folded words of `columns`, in every language: to be read as whole words."""
    return frozenset(
        fold(w) for row in REFUSAL_WORDS.values() for c in columns for w in getattr(row, c)
    )


def stems_of(*columns: str) -> tuple[str, ...]:
    """The folded words of `columns`, in every language: to be read as a word's start."""
    return tuple(sorted(words_of(*columns)))
