"""Another seller's price said alone: "the auto-wala in the colony gives beans for 50",
"பக்கத்து வண்டிக்காரர் முப்பதுக்கு தர்றாரு", "ਨਾਲ ਵਾਲਾ ਤੀਹ ਦੀ ਦਿੰਦਾ". The speaker names
no price of their own and asks this seller to match: a question, no price recorded.
`recalled` reads the line that goes on ("..., why 40 here?", "..., I give 25").

The seller is named as a third person (a "-wala" word, a shop or cart, he/she/they, "that
lady") beside a verb of giving or selling, or the verb itself says the third person
("ఇస్తున్నాడు", "குடுத்தான்", "দিচ্ছে", "देता है", "આપે છે", "ಕೊಡ್ತಾನೆ"). A first-person
word ("मी देतो", "I give") keeps the line the speaker's own; a verb with no person in it
(Malayalam "തരുന്നുണ്ട്", Punjabi "ਦਿੰਦਾ", Marathi "देतो") needs the seller named."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.app_fares import shown_by_app, typed_app
from audio.understanding.others_price_words import (
    DEMONSTRATIVES,
    FIRST,
    GIVE_OR_SELL,
    PERSONS,
    PLACE_SELLERS,
    SECOND,
    SELLER_ENDINGS,
    THIRD,
    THIRD_VERBS,
    THIS_ONE,
    TODAY,
)
from audio.understanding.placed import places_in
from audio.understanding.reading import _Price, _Reading
from audio.understanding.recalled import _clause as _clause_between_pauses
from audio.understanding.recalled import _elsewhere
from audio.understanding.settle_at import settling_word

# Told to the speaker: "told me", "quoted me", "asked me".
_TOLD = frozenset(("told", "quoted", "asked", "said", "tell", "telling"))


# Words that go on to the speaker's own price or request ("saath karo", "do it").
_OWN_WORDS = frozenset(fold(w) for w in ("karo", "kar", "करो", "कर", "do", "make", "le", "lo"))


# A verb of giving or selling said as two words ("दे रहा", "ਦੇ ਰਿਹਾ"), as a phrase's start.
_GIVING_PHRASES = tuple(
    fold(w)
    for w in (
        "दे रह", "de rah", "बेच रह", "ਦੇ ਰਿਹ", "ਦੇ ਰਹ", "ਵੇਚ ਰਿਹ", "ਵੇਚ ਰਹ", "बोल रह", "bol rah",
        "कह रह", "keh rah", "kah rah", "ਕਹਿ ਰਹ", "ਕਹਿ ਰਿਹ", "ਦੱਸ ਰਿਹ", "ਦੱਸ ਰਹ", "das rah",
        "das reh", "de reh", "de rih", "vech reh", "vech rih",
    )
)  # fmt: skip


def _clause(reading: _Reading, k: int) -> tuple[int, int]:
    """The clause around word `k`, a question mark ending one too: "3,200? the mill near
    the bypass said 2,800" is the price asked back, then another seller's (a mark with
    a price on each side of it)."""
    start, stop = _clause_between_pauses(reading, k)
    marks = [
        j
        for j in range(start, stop)
        if reading.words[j] == "?"
        and any(p.end <= j for p in reading.prices)
        and any(j < p.start < stop for p in reading.prices)
    ]
    start = max((j + 1 for j in marks if j < k), default=start)
    stop = min((j + 1 for j in marks if j >= k), default=stop)
    return start, stop


def _gives_or_sells(words: list[str]) -> bool:
    return any(w.startswith(GIVE_OR_SELL) for w in words) or any(
        " ".join(words[k : k + 2]).startswith(_GIVING_PHRASES) for k in range(len(words) - 1)
    )


# Typed Bengali "dey" (দেয়, gives), read only in Bengali: elsewhere it is "de" (give!).
_THIRD_VERBS_BN = frozenset(fold(w) for w in ("dey", "dae"))


# Punjabi habitual forms that say no person as typed or heard: "dinde aa" is "they give"
# and, nasal dropped, "we give" ("pandran sau de dinde aa": the vendor's own 1,500); they
# are another's only with a third person named ("oh dinde aa", "ਉਹ ਦਿੰਦੇ ਆ").
_ANY_PERSON = frozenset(fold(w) for w in ("dinda aa", "dindi aa", "dinde aa", "ਦਿੰਦੇ ਆ"))
# Punjabi "he, she, they" said alone ("ਉਹ", "oh"), a demonstrative elsewhere.
_PA_THIRD = frozenset(
    fold(w) for w in ("ਉਹ", "ਓਹ", "ਉਹੀ", "ਉਨ੍ਹਾਂ", "ਓਹਨਾਂ", "oh", "ohi", "ona", "onha", "unha")
)


def _third_verb_at(words: list[str], language: str) -> list[int]:
    third = any(w in THIRD or w in _PA_THIRD for w in words) or bool(_seller_at(words))

    def said(k: int, n: int) -> bool:
        phrase = " ".join(words[k : k + n])
        return phrase in THIRD_VERBS and (third or phrase not in _ANY_PERSON)

    return [
        k
        for k in range(len(words))
        if any(said(k, n) for n in (1, 2, 3)) or (language == "bn" and words[k] in _THIRD_VERBS_BN)
    ]


def _seller_at(words: list[str]) -> list[int]:
    """Where a word names a seller in the third person."""
    found = [
        k
        for k, w in enumerate(words)
        if w in THIRD
        or (w.endswith(SELLER_ENDINGS) and w not in SELLER_ENDINGS)
        or (
            w in SELLER_ENDINGS
            and k > 0
            and not words[k - 1][:1].isdigit()
            and words[k - 1] not in THIS_ONE
        )
    ]
    found += [
        k + 1
        for k in range(len(words) - 1)
        if words[k] in DEMONSTRATIVES and words[k + 1] in PERSONS
    ]
    found += [k for k, w in enumerate(words) if w.startswith(PLACE_SELLERS)]
    return sorted({*found, *_elsewhere(words)})


def _elsewhere_clauses(reading: _Reading) -> list[bool]:
    """For each price, whether its clause gives it to another seller: a third person's
    verb or a seller named with a verb of giving, or a place elsewhere (`placed`), and
    no "you" or verb of settling in that clause ("तीन सौ में निपटा देते हैं": we settle)."""
    words = reading.words
    verbs = _third_verb_at(words, reading.language)
    sellers = _seller_at(words) if _gives_or_sells(words) else []
    cues = sorted({*verbs, *sellers})
    places = _seller_at(words)
    found = []
    for price in reading.prices:
        start, stop = _clause(reading, price.start)
        found.append(
            not any(
                (words[k] in SECOND and not typed_app(reading.tokens[k].raw))
                or settling_word(words[k])
                for k in range(start, stop)
            )
            and (
                any(start <= k < stop for k in cues)
                or shown_by_app(words[start:stop], reading.language)  # "Ola is showing 130"
                or places_in(reading, start, stop, places, _gives_or_sells(words[start:stop]))
            )
        )
    return found


def _asked_back(reading: _Reading, price: _Price, before: int) -> bool:
    """`price` is said back as a question, with at most its goods or unit after it ("Ninety
    for one bunch?", "साठ किलो?"), before the clause at `before` that gives another
    seller's price: the price asked about, never the speaker's own."""
    words = reading.words
    k = price.end
    while k < before and words[k] != "?":
        if reading.has(k, Cue.SET, Cue.FOR_YOU, Cue.ACCEPT, Cue.FINAL) or words[k] in FIRST:
            return False
        k += 1
    return k < before and k - price.end <= 3


def priced_elsewhere_alone(reading: _Reading, superseded: list[_Price]) -> bool:
    """Every price is said in a clause that names another seller, or with a verb in
    the third person, and the speaker says no "I": another seller's price, alone. A
    price given to another seller before the speaker's own goes to `superseded` ("they
    give it for 40 over there, you make it 45"), and so does one said in a clause with no
    "I" of its own beside the speaker's ("I'll give 220, the shop across gives it for
    250")."""
    words = reading.words
    if not reading.prices:
        return False
    first = [
        k
        for k, w in enumerate(words)
        if w in FIRST
        and not (w == "me" and k > 0 and words[k - 1] in _TOLD)
        and not (w == "i" and reading.tokens[k].raw.lower() != "i")
        and reading.number_at[k] is None
    ]  # "the other shop told me 1100": told the speaker, the price is theirs; typed
    # "assi" (80) is a number, never Punjabi "asi" (we); typed "ee" (this, "ee tube" in
    # Telugu, Kannada, Malayalam) folds as "i" and is no "I"
    elsewhere = _elsewhere_clauses(reading)
    if first:
        # "I'll give 220, the shop across gives it for 250": the speaker's own price
        # stands beside another seller's said in a clause with no "I" of its own
        clauses = [_clause(reading, p.start) for p in reading.prices]
        elsewhere = [
            given and not any(start <= k < stop for k in first)
            for given, (start, stop) in zip(elsewhere, clauses, strict=True)
        ]
        if all(elsewhere) or not any(elsewhere):
            return False
    elif any(elsewhere):
        # "Ninety for one bunch? Sir, the market gives them for seventy": the price asked
        # back before another seller's is no price of the speaker's own
        first_given = min(
            p.start for p, given in zip(reading.prices, elsewhere, strict=True) if given
        )
        elsewhere = [
            given or (p.end <= first_given and _asked_back(reading, p, first_given))
            for p, given in zip(reading.prices, elsewhere, strict=True)
        ]
    if not all(elsewhere):
        last = _clause(reading, reading.prices[-1].start)
        own = [p.start for p, given in zip(reading.prices, elsewhere, strict=True) if not given]
        # before the speaker's own price, or after it ("tray 70, the cart next door says
        # 80, see"): the other seller's price is a remark, the speaker's own stands
        superseded += [
            p
            for p, given in zip(reading.prices, elsewhere, strict=True)
            if given
            and (_clause(reading, p.start) != last or min(own) < p.start)
            and p not in superseded
        ]
        return False
    # The line ends there, or with a word or two of address ("..., madam"): a line that
    # goes on may name the speaker's own price ("sattar kaun deta hai, saath karo").
    # Words of the day and the goods after it ("... aape chhe aaj bag") add no move.
    tail = [
        k
        for k in range(_clause(reading, reading.prices[-1].start)[1], len(words))
        if words[k] not in TODAY and not reading.has(k, Cue.PAYMENT, Cue.LOT, Cue.LINK)
    ]
    alone = len(tail) <= 2 and not any(reading.cues[k] or words[k] in _OWN_WORDS for k in tail)
    # "Ola shows 90, come on": the line goes on, but names no price of the speaker's own;
    # the fare the app shows is asked about, never recorded as the speaker's.
    reading.theirs_only = not alone and all(
        shown_by_app(words[slice(*_clause(reading, p.start))], reading.language)
        for p in reading.prices
    )
    for price in reading.prices if alone else []:
        quantity = price.quantity
        if price.per_unit and quantity is not None and (quantity.value is None or quantity.article):
            quantity.claimed = False  # "they give it for 80 a kilo": the kilo asked
    return alone
