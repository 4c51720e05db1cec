"""What the words around a price say of it: held ("not a rupee more"), refused
("won't give a full hundred"), broken off, quoted, a lot taken at it, its unit named
after the verb."""

from __future__ import annotations

from itertools import pairwise

from audio.languages import spec
from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.numbers import NumberSpan
from audio.understanding.carried_thousands import carried_over
from audio.understanding.clauses_words import ASKED_BACK, BOTH, FOR_YOU, TOTAL_COMES
from audio.understanding.comes_to import rate_explains_sum, sum_then_counter
from audio.understanding.corrections import corrected_over, rate_then_total, settled_over
from audio.understanding.moves import _BUT, _GIVE_STEMS, _GIVE_WORDS, _NOW
from audio.understanding.paid_by_others import paid_by_others
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading
from audio.understanding.rounded import rounded_totals
from audio.understanding.sizes import names_another_form
from audio.understanding.two_items import two_items

_TAKE_WORDS = frozenset(("take", "takes"))


def _takes_lot_at(reading: _Reading, price: _Price) -> bool:
    """ "Take two and a half kilos for one seventy-five", "दो किलो डेढ़ सौ में ले जाइए":
    a take verb joined to a total for a quantity of its own (not one unit) hands over a
    new lot at a new total, a price set, not agreement to the one on the table. A take
    verb after a pause ("सौ के तीन किलो, ले जाइए") still agrees."""
    lot = price.quantity
    if price.per_unit is not False or lot is None or lot.value in (None, 1):
        return False
    first, last = min(price.start, lot.start), max(price.end, lot.end)
    for cue, start, _end in reading.occurrences:
        if cue is Cue.TAKE_IT and last <= start <= last + 2 and _joined(reading, start):
            return True
    return any(
        reading.words[k] in _TAKE_WORDS and _joined(reading, k + 1)
        for k in range(max(first - 2, 0), first)
    )


def _unit_of_rate_after(reading: _Reading, price: _Price) -> _Quantity | None:
    """A unit with no count of its own, said after the price and the verb, that ends the
    sentence with "of" ("साढ़े बयालीस दे दूँगा किलो का", "पच्चीस से ज़्यादा नहीं दूँगी गड्डी
    का", "500 chya var nahi denar dozen la"): the unit the price is a rate of."""
    last = len(reading.words) - 1
    for quantity in reading.quantities:
        if (
            quantity.value is None
            and not quantity.claimed
            and quantity.unit is not None
            and quantity.start >= price.end
            and quantity.end == last
            and reading.has(last, Cue.OF)
        ):
            return quantity
    return None


def _talk_besides(reading: _Reading) -> int:
    """How many words carry no cue and no number: talk besides the move."""
    return sum(
        1
        for k, token in enumerate(reading.tokens)
        if token.kind is TokenKind.WORD and reading.is_plain(k)
    )


_BOUND_REFUSALS = (Cue.NEGATION, Cue.REJECT, Cue.NOT)


def _bound_after(reading: _Reading, price: _Price) -> bool:
    """A price, then after a pause "not less than this" ("95, er niche parbo na",
    "முப்பத்தஞ்சுக்கு எடுத்துக்கோங்க, இதுக்கு மேல குறைக்க முடியாது"): the speaker sets the
    price and holds it, so a word of agreement before it agrees to nothing. Not a bound
    on the price itself ("assi se kam nahi": no pause between) and not when another price
    follows."""
    if price.bound or any(p.start >= price.end for p in reading.prices if p is not price):
        return False
    tokens = reading.tokens
    for cue, start, end in reading.occurrences:
        if cue is not Cue.COMPARATIVE or start <= price.end - 1 or start == price.end:
            continue
        gap = reading.text[tokens[price.end - 1].end : tokens[start].start]
        if "," not in gap and "." not in gap:
            continue
        if any(
            c in _BOUND_REFUSALS and price.end <= s and start - 3 <= s <= end + 2
            for c, s, _e in reading.occurrences
        ):
            return True
    return False


_FULL = frozenset(("full", "whole", "poore", "pure", "पूरे", "पूरा", "ਪੂਰੇ", "ਪੂਰਾ", "pura"))


def _full_refused(reading: _Reading, price: _Price) -> bool:
    """ "Won't give a full hundred", "poore sau nahi dunga": a whole amount refused, a
    refusal within three words of it; the other price said stands."""
    k = price.start - 1
    if k >= 0 and reading.tokens[k].raw.lower() in ("a", "the"):
        k -= 1
    if k < 0 or reading.tokens[k].raw.lower() not in _FULL:
        k = price.end  # "sau poore nahi dunga": the whole amount, then "full"
        if k >= len(reading.tokens) or reading.tokens[k].raw.lower() not in _FULL:
            return False
    if not any(p is not price and not p.negated for p in reading.prices):
        return False
    return reading.cue_near(max(k - 3, 0), price.end + 3, Cue.REJECT, Cue.NEGATION, Cue.NOT)


def _both_before_unit(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """ "Both" right before a unit word counts two of it: "both kilos for 130",
    "दोनों किलो 130 में", "ಎರಡೂ ಕೆಜಿ" (alone, "both" is no number)."""
    taken = {k for s in spans for k in range(s.start, s.end)}
    added = [
        NumberSpan(2, k, k + 1, False)
        for k, word in enumerate(reading.words)
        if word in BOTH and k not in taken and reading.has(k + 1, Cue.UNIT)
    ]
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _gives(reading: _Reading, k: int) -> bool:
    """Word `k` asks to give, joined to what comes before it ("de do", "kodi")."""
    word = reading.words[k]
    return _joined(reading, k) and (word in _GIVE_WORDS or word.startswith(_GIVE_STEMS))


def _broken_off(reading: _Reading, price: _Price) -> bool:
    """The price is cut off by a hesitation ("...", "…", "—") right after it, or taken
    back past a pause by a "no" said twice ("kilo 600, no no, 550", "ಎಂಟು ನೂರು, ಅಲ್ಲ
    ಅಲ್ಲ, ಏಳು ನೂರು"): the speaker corrects their own price."""
    if price.end >= len(reading.tokens):
        return False
    gap = reading.text[reading.tokens[price.end - 1].end : reading.tokens[price.end].start]
    if "..." in gap or "…" in gap or "—" in gap:
        return True
    k = price.end
    while k < min(price.end + 3, len(reading.words)) and reading.number_at[k] is None:
        if not reading.has(k, *_RATE_WORDS, Cue.ARTICLE, Cue.LINK) and not _gives(reading, k):
            break
        k += 1  # "600 a kilo, no no, 550", "assi de do... nahi nahi, pachattar"
    if k > price.end and k < len(reading.tokens):
        gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]
        if "..." in gap or "…" in gap or "—" in gap:
            return True
    twice = k + 1 < len(reading.words) and reading.words[k] == reading.words[k + 1]
    return (
        twice
        and not _joined(reading, k)
        and reading.has(k, Cue.NEGATION, Cue.NOT, Cue.REJECT)
        and any(other.start > k + 1 for other in reading.prices)
    )


def _asked_back(reading: _Reading, price: _Price) -> bool:
    """The price is said back as a question ("Sixty? Make it fifty", "ऐंशी? सत्तरला द्या",
    "అరవై ఏంటి, యాభై చేయండి") and another price follows: that one stands."""
    k = _past_rate(reading, price.end)
    if k >= len(reading.words):
        return False
    if not (reading.tokens[k].raw == "?" or reading.words[k] in ASKED_BACK):
        return False
    return any(other.start > k for other in reading.prices)


_RATE_WORDS = (Cue.CURRENCY, Cue.UNIT, Cue.PER, Cue.EACH, Cue.LOT, Cue.MEASURE)


def _past_rate(reading: _Reading, k: int) -> int:
    """The token after the rate said with a price ending before `k` ("40 a kilo?",
    "700 a tin?", "चालीस रुपये किलो?", "नब्बे का पैकेट?"): at most three words of money,
    a unit or a pack, "a", "per" or "of" before them, or the one noun after "a" or "per",
    none of them a number; `k` when none is said."""
    j = k
    while j < min(k + 3, len(reading.words)) and reading.number_at[j] is None:
        if reading.tokens[j].raw == "?":
            break
        counted = reading.has(j, *_RATE_WORDS) or reading.has(j, Cue.ARTICLE)
        counted = counted or (reading.has(j, Cue.OF) and reading.has(j + 1, *_RATE_WORDS))
        after_a = j > k and reading.has(j - 1, Cue.ARTICLE, Cue.PER) and reading.is_plain(j)
        if not (counted or after_a):
            return k
        j += 1
    return j


# "Will you pay 85? then it's yours": the price the speaker would sell or buy at, put as
# a question with its condition after it (the Indic languages say the verb after the
# number: "साठ दोगे तो", "అరవై ఇస్తారా? అయితే").
_YOU = frozenset(fold(w) for w in ("you", "you'll", "youll", "u"))
_PAY_VERBS = frozenset(fold(w) for w in ("pay", "give", "do", "take", "make"))
_THEN = frozenset(fold(w) for w in ("then", "so"))
_MODALS = frozenset(fold(w) for w in ("would", "could", "can", "will", "won't", "wont", "cant"))


def _asks_own_price(reading: _Reading, price: _Price) -> bool:
    """ "will you pay 85? then ...": the speaker's own price, on a condition."""
    before = reading.words[max(price.start - 5, 0) : price.start]
    after = reading.words[price.end + 1 : price.end + 2]
    asked = bool(_YOU.intersection(before)) and bool(_PAY_VERBS.intersection(before))
    # "would you do sixty? it's for a school project": a price asked for with a modal,
    # whatever reason follows, is the speaker's own (a word known past the "?" says
    # nothing against it)
    return asked and (bool(_THEN.intersection(after)) or bool(_MODALS.intersection(before)))


def said_back_alone(reading: _Reading, price: _Price) -> bool:
    """The price is said back as a question with words after it and no price of the
    speaker's own ("sattar kaun deta hai, saath karo", where "saath" may be "with"): the
    price is the other side's, so it is asked about, never recorded as the speaker's."""
    k = price.end
    if k >= len(reading.words) - 1 or _asks_own_price(reading, price):
        return False
    asked = reading.tokens[k].raw == "?" or reading.words[k] in ASKED_BACK
    return asked and not any(other.start > k for other in reading.prices)


def _came_to_then_set(reading: _Reading, price: _Price) -> bool:
    """A total the goods come to, and after it a price the speaker sets: "the total comes
    to 2,800, make it 2,600" offers 2,600; the total is only what was counted up."""
    around = (
        reading.words[max(price.start - 2, 0) : price.start]
        + reading.words[price.end : price.end + 3]
    )  # "comes to 2,800"; "2,800 ಆಗುತ್ತೆ"
    if not any(w in TOTAL_COMES for w in around):
        return False
    for other in reading.prices:
        if other.start <= price.end:
            continue
        near = range(max(other.start - 2, price.end), min(other.end + 3, len(reading.words)))
        if reading.cue_near(max(other.start - 3, price.end), other.end + 3, Cue.SET):
            return True  # "make it 2,600"
        if any(_hands(reading, k) for k in near):
            return True  # "take 1,200", "ਸਤਾਰਾਂ ਸੌ ਲੈ ਲਓ", "বারোশো নিন"
    return False


_TAKE = frozenset(fold(w) for w in ("લો", "lo", "લેજો", "lejo", "લઈ", "lai"))


def _hands(reading: _Reading, k: int) -> bool:
    """A give or take verb at `k`."""
    from audio.understanding.handover import _HAND_OVER_STEMS
    from audio.understanding.shape_bounds import _gives

    word = reading.words[k]
    return _gives(reading, k) or word.startswith(_HAND_OVER_STEMS) or word in _TAKE


def _quoted(reading: _Reading, price: _Price) -> bool:
    """The price is the other side's, quoted ("you say 50, ..."), or said back as a
    question, and a price of the speaker's own follows: the quoted one does not stand."""
    if _asked_back(reading, price) or _came_to_then_set(reading, price):
        return True
    for cue, start, end in reading.occurrences:
        if cue is not Cue.QUOTE:
            continue
        if price.end <= start <= price.end + 2:  # "pachaas bol rahe ho", "அம்பது சொல்றீங்க"
            between = range(price.end, start)
        elif price.start - 1 <= end <= price.start:  # "you say 50", "you're asking 50"
            between = range(end, price.start)
        else:
            continue
        if any(reading.number_at[k] is not None for k in between):
            continue
        return any(other.start >= price.end and other is not price for other in reading.prices)
    return False


def _auxiliary(reading: _Reading, k: int) -> bool:
    """The word of agreement at `k` is a verb's auxiliary here: Punjabi "ਆਉਂਦਾ ਹਾਂ"."""
    try:
        endings = spec(reading.language).auxiliaries.get(reading.tokens[k].raw, ())
    except KeyError:
        return False
    before = reading.tokens[k - 1].raw if k > 0 else ""
    return _joined(reading, k) and any(before.endswith(e) for e in endings)


def superseded_prices(reading: _Reading) -> list[_Price]:
    """The prices a later one replaces: after "but" ("40 per kg, but for you 35"), after
    "now" or "today" right before a price, and a price quoted back ("you say 300")."""
    # "40 per kg, but for you 35": the price after "but" replaces those before it.
    but = [k for k, w in enumerate(reading.words) if w in _BUT]
    # "kal saath tha, aaj pachaas": "now"/"today" right before a price, not right after
    # one ("40 now, 50 later" is two prices)
    but += [
        k
        for k, w in enumerate(reading.words)
        if w in _NOW
        and any(0 < p.start - k <= 3 for p in reading.prices)
        and not any(p.end == k for p in reading.prices)
    ]
    superseded = [
        p
        for p in reading.prices
        if any(
            p.end <= k
            and any(
                q.start > k
                and not two_items(reading, p, q)
                and not names_another_form(reading, k + 1, q.start)
                for q in reading.prices
            )
            for k in but
        )
    ]  # "this one 100, but that one 150" prices two items: neither replaced
    superseded += [p for p in reading.prices if _quoted(reading, p) and p not in superseded]
    superseded += [p for p in _list_prices(reading) if p not in superseded]
    superseded += [p for p in settled_over(reading) if p not in superseded]  # "40... ok 45"
    superseded += [p for p in corrected_over(reading) if p not in superseded]  # "800, sorry, 850"
    superseded += [p for p in rate_then_total(reading) if p not in superseded]
    superseded += [p for p in sum_then_counter(reading) if p not in superseded]  # "comes to"
    superseded += [p for p in rate_explains_sum(reading) if p not in superseded]  # "8 a cup"
    superseded += [p for p in rounded_totals(reading) if p not in superseded]  # "make it 4850"
    superseded += [p for p in carried_over(reading) if p not in superseded]  # "32k, for you 31"
    superseded += [p for p in paid_by_others(reading) if p not in superseded]  # "cousin paid 18"
    return superseded


def _list_prices(reading: _Reading) -> list[_Price]:
    """A rate said first, then a lower price with no unit of its own offered to the buyer
    or by the speaker: the list price, then the price offered ("kilo 80, for you 70",
    "கிலோ நூறு, உங்களுக்கு தொண்ணூறு"); the first is replaced, and the second is a rate
    of the same unit. "tamatar 40 kilo, pyaaz 30" prices two goods."""
    said = [p for p in reading.prices if not p.negated]
    return [
        first
        for first, then in pairwise(said)
        if first.per_unit
        and first.quantity is not None
        and first.quantity.unit is not None
        and then.quantity is None
        and then.per_unit is not False
        and then.start > first.end
        and then.paise < first.paise
        and any(w in FOR_YOU for w in reading.words[max(then.start - 4, first.end) : then.start])
    ]
