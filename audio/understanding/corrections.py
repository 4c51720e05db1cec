"""A price said, a pause, a word of settling, then another price: "forty... okay forty
five", "साठ... चलो पैंसठ दे दो", "তিরিশ... আচ্ছা পঁয়ত্রিশ দিন". The speaker thinks aloud
and settles on the second; the first is replaced, as after "but". A price taken back
with a word of correcting ("eight hundred, sorry, eight fifty", "seven hundred, I mean
seven fifty", "no wait", "सात सौ, मेरा मतलब साढ़े सात सौ") is replaced the same way:
the last price said stands. Two prices said with "or" between ("forty or forty five")
are no correction: the listener still asks. Used by pass 4
(`audio.understanding.clauses`)."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue, Kind
from audio.lexicon import fold
from audio.number_tables import looks_like_number
from audio.numbers import _ambiguous_word, number_table
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.taken_if import said_on_condition

# Words of settling said before the price settled on, beside the accept cues: "chalo",
# "alright", "bara", "saru", "aaytu", "shari".
_SETTLE = frozenset(
    fold(w)
    for w in (
        "chalo", "चलो", "chal", "ok", "okay", "alright", "fine", "then", "accha", "achha",
        "अच्छा", "theek", "thik", "ठीक", "है", "hai", "ਚਲੋ", "ਚੱਲੋ", "ਠੀਕ", "ਆ", "ਹੈ",
        "আচ্ছা", "ঠিক", "আছে", "thik", "ache", "বরং", "बरं", "bara", "बर", "आहे", "aahe",
        "સારું", "saru", "ચાલો", "chalo", "ಆಯ್ತು", "aaytu", "ಸರಿ", "sari", "ശരി", "shari",
        "சரி", "సరే", "sare", "ok", "ओके",
    )
)  # fmt: skip
_MOST_BETWEEN = 3
# The words of a rate said with the price taken back: "sixty a kilo, sorry, fifty-five".
_RATE = (Cue.CURRENCY, Cue.UNIT, Cue.PER, Cue.EACH)

# Words that take back what was just said ("sorry", "I mean", "no wait"), spoken in English
# or borrowed into the other languages; at least one of them sits between the two prices.
CORRECTING = frozenset(
    fold(w)
    for w in (
        "sorry", "wait", "sori", "सॉरी", "सोरी", "ਸੌਰੀ", "ਸੋਰੀ", "সরি", "ஸாரி", "சாரி",
        "సారీ", "సారి", "સોરી", "સૉરી", "ಸಾರಿ", "ಸಾರೀ", "സോറി",
        # "oops", "my mistake", "excuse me", "galti se bola" (said by mistake)
        "oops", "mistake", "माफ़", "माफ", "maaf", "maf", "गलती", "ग़लती", "galti", "ਗਲਤੀ",
        "ਮਾਫ਼", "ভুল", "bhul", "चूक", "chuk", "ભૂલ", "தப்பு", "thappu", "తప్పు", "tappu",
        "ತಪ್ಪು", "തെറ്റ്", "thettu",
        # "forgive me", "pardon": "மன்னிக்கணும்", "క్షమించండి", "ಕ್ಷಮಿಸಿ", "ക്ഷമിക്കണം",
        # "দুঃখিত", "মাফ করবেন", "માફ કરજો", "ਮਾਫ਼ ਕਰਨਾ", "माफ करा"
        "மன்னிக்கணும்", "மன்னிக்கவும்", "மன்னிச்சுக்கோங்க", "mannikkanum",
        "క్షమించండి", "క్షమించాలి", "kshaminchandi", "ಕ್ಷಮಿಸಿ", "kshamisi",
        "ക്ഷമിക്കണം", "ക്ഷമിക്കൂ", "kshamikkanam", "দুঃখিত", "dukkhito", "মাফ", "ক্ষমা",
        "માફ", "ਮਾਫ",
    )
)  # fmt: skip
# "I mean", "मेरा मतलब": a meaning said as the speaker's own takes back; a bare "मतलब"
# between two prices explains the first ("ten lemons 50, that is 5 each").
_MY = frozenset(fold(w) for w in ("i", "my", "मेरा", "mera", "ਮੇਰਾ"))
_MEAN = frozenset(fold(w) for w in ("mean", "meant", "मतलब", "matlab", "ਮਤਲਬ"))
# Words that may stand beside them: "no", "sorry sorry".
_WITH_CORRECTING = frozenset(
    fold(w)
    for w in (
        "no", "oh", "नहीं", "nahi", "ji", "जी", "ਜੀ", "कीजिए", "kijiye", "करना", "karna",
        "करो", "karo", "से", "se", "बोला", "bola", "bol", "gaya", "गया", "हो", "ho", "गई",
        "gayi", "ਹੋ", "ਗਈ", "ਕਰਨਾ", "হয়ে", "গেছে", "ঝালা", "झाली", "थई", "ગઈ",
        "ஆயிடுச்சு", "ఐపోయింది", "ಆಯ್ತು", "പറ്റി",
        # the verb of "forgive": "माफ करा", "માફ કરજો", "মাফ করবেন", "ਮਾਫ਼ ਕਰਿਓ"
        "करा", "kara", "કરજો", "કરો", "karjo", "করবেন", "করো", "korben", "ਕਰਿਓ", "ਕਰੋ",
    )
) | _MY | _MEAN  # fmt: skip


# A "no" that, said twice between two prices, takes the first back: "nahi nahi".
_NO = frozenset(fold(w) for w in ("no", "नहीं", "nahi", "nahin", "ਨਹੀਂ"))
_DO = frozenset(fold(w) for w in ("do", "दो"))


def _asks_to_give(reading: _Reading, k: int) -> bool:
    """Word `k` asks to give ("de do", "kodi") after the price taken back."""
    word = reading.words[k]
    if word in _DO and k > 0 and reading.words[k - 1] in _GIVE_WORDS:
        return True  # "de do", "दे दो"
    return word in _GIVE_WORDS or word.startswith(_GIVE_STEMS)


def settled_over(reading: _Reading) -> list[_Price]:
    """The prices a settled-on price replaces: each one followed, after a pause, by
    words of settling alone and then the next price."""
    found = []
    for p, q in pairwise(reading.prices):
        between = range(p.end, q.start)
        if not between or len(between) > _MOST_BETWEEN:
            continue
        paused = not _joined(reading, p.end) or not all(_joined(reading, k) for k in between)
        settles = all(
            reading.words[k] in _SETTLE or reading.has(k, Cue.ACCEPT, Cue.SOFT_ACCEPT)
            for k in between
            if reading.words[k].isalnum() or reading.words[k][:1].isalpha()
        )
        if paused and settles and not reading.cue_near(p.end, q.start, Cue.NEGATION, Cue.NOT):
            found.append(p)
    return found


def corrected_over(reading: _Reading) -> list[_Price]:
    """The prices taken back by a word of correcting said before the next one ("800,
    sorry, 850", "no no, I mean 700 ... 750", "seven hundred, no wait, seven fifty"):
    the price said last stands. A price refused after the word ("800, sorry, not 850")
    is no correction."""
    found = []
    for p, q in pairwise(reading.prices):
        start = p.end
        while start < q.start and p.per_unit and reading.has(start, *_RATE, Cue.ARTICLE):
            start += 1  # "sixty a kilo, sorry, fifty-five a kilo"
        if (
            start > p.end
            and start < q.start
            and reading.has(start - 1, Cue.ARTICLE)
            and reading.is_plain(start)
            and _joined(reading, start)
        ):
            start += 1  # "180 a bottle, sorry, 200 a bottle": the container it is a rate of
        while start < q.start and _joined(reading, start) and _asks_to_give(reading, start):
            start += 1  # "assi de do... nahi nahi, pachattar de do"
        between = range(start, q.start)
        if not between or len(between) > _MOST_BETWEEN + 1 or q.negated:
            continue
        words = [
            reading.words[k]
            for k in between
            if reading.words[k].isalnum() or reading.words[k][:1].isalpha()
        ]
        meant = any(a in _MY and b in _MEAN for a, b in pairwise(words))
        twice = any(a == b and a in _NO for a, b in pairwise(words))  # "no no"
        correcting = meant or twice or any(w in CORRECTING for w in words)
        if correcting and all(w in CORRECTING or w in _WITH_CORRECTING for w in words):
            found.append(p)
    return found


def rate_then_total(reading: _Reading) -> list[_Price]:
    """A rate, a pause, then a total for a quantity named after it: "beans 60 a kilo,
    take two kilos for 110", "ধনেপাতা দশ টাকা আঁটি, তিন আঁটি পঁচিশ". The total is the
    price offered now (the deal for that quantity); the rate before it is the list."""
    found = []
    for p, q in pairwise(reading.prices):
        paused = not all(_joined(reading, k) for k in range(p.end, q.start + 1))
        named = q.quantity is not None and p.end <= q.quantity.start < q.start
        # "ek kilo 40, do kilo 75" lists two totals (asked); "kilo 40" is a rate
        listed = p.quantity is not None and p.quantity.value and not p.quantity.article
        rate = p.per_unit and not listed
        if paused and named and rate and q.per_unit is False and not said_on_condition(reading, q):
            found.append(p)  # "40 each, take five and it's 180": both stand, asked
    return found


def settles_on_unheard(reading: _Reading) -> bool:
    """A word of agreement or settling, then a word the tables do not know that looks
    like a number ("saath... accha paisath de dungi": a 65 spelled as the tables do not
    have it): the speaker may be settling on a price of their own, not agreeing, so the
    agreement is asked about, never taken."""
    settle = [
        k
        for k, word in enumerate(reading.words)
        if word in _SETTLE or reading.has(k, Cue.ACCEPT, Cue.SOFT_ACCEPT)
    ]
    return bool(settle) and any(
        (
            len(reading.words[k]) >= 4
            and reading.is_plain(k)
            and k not in reading.product_at
            and looks_like_number(reading.words[k], reading.language)
        )
        or _everyday_number(reading, k)
        for k in range(settle[0] + 1, len(reading.words))
    )


def _everyday_number(reading: _Reading, k: int) -> bool:
    """Word `k` is a number word that is also an everyday word, left unread in a line with
    no number read at all ("saru bhai, so rakho": "so" is a hundred as much as "so"), a hundred or a
    thousand."""
    if reading.prices or reading.quantities or reading.number_at[k] is not None:
        return False
    if reading.cues[k] - {Cue.LINK}:
        return False
    table = number_table(reading.language)
    found = table.lookup(reading.words[k])
    return (
        found is not None
        and _ambiguous_word(reading.words[k], table)
        and all(part.kind is Kind.SCALE for part in found[0])
    )  # a hundred or thousand said alone, never an everyday "do" (2) or "be" (2)


def settles_after_a_number(reading: _Reading) -> bool:
    """A number, a pause, a word of settling, then a price: "चालीस किलो... अच्छा
    पैंतालीस", "one eighty a kilo... okay one ninety". The settling word sits between two
    numbers of the speaker's own: thinking aloud over a rate or a quantity, not agreeing
    to the other side's price, so no agreement is taken from it (it is asked about)."""
    numbers = [(p.start, p.end) for p in reading.prices] + [
        (q.start, q.end) for q in reading.quantities if q.value
    ]
    for k, word in enumerate(reading.words):
        if word not in _SETTLE and not reading.has(k, Cue.ACCEPT, Cue.SOFT_ACCEPT):
            continue
        before = [end for start, end in numbers if end <= k]
        after = [p for p in reading.prices if k < p.start <= k + _MOST_BETWEEN]
        if before and after and not all(_joined(reading, j) for j in range(max(before), k + 1)):
            return True
    return False


def taken_back_to_unheard(reading: _Reading, chosen: _Price) -> bool:
    """The price, then right after it words that take it back ("no", "leave it", "sorry"),
    then a word the tables do not know that looks like a number: "teish din... na thak,
    baishi din" (23... no, leave it, a 22 spelled as the tables do not have it). The
    speaker moved off the price to one not heard, so the price is asked about, never
    recorded."""

    def taking_back(k: int) -> bool:
        word = reading.words[k]
        return word in CORRECTING or reading.has(k, Cue.NEGATION, Cue.NOT, Cue.REJECT)

    n = len(reading.words)
    k = next((k for k in range(chosen.end, min(chosen.end + 3, n)) if taking_back(k)), None)
    if k is None:
        return False
    while k < n and (taking_back(k) or reading.words[k] in _WITH_CORRECTING):
        k += 1
    return (
        k < n
        and len(reading.words[k]) >= 4
        and reading.is_plain(k)
        and k not in reading.product_at
        and looks_like_number(reading.words[k], reading.language)
    )
