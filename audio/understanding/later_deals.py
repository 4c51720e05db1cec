"""A price said, then a later word that changes what it is or replaces it:

- a count taken as the condition of the price: "give at 30 and I'll take two", "ત્રીસના આપો
  તો બે લઉં", "இருபது குடுத்தா ரெண்டு எடுத்துக்கறேன்": the count is the goods, no
  price, also said in a clause of its own ("साडेतीनशेला द्या, बारा घेते", "give it at
  three fifty, I'll take twelve"; a rate where "हिसाब से", "ਹਿਸਾਬ ਨਾਲ", "দরে" says so);
  "give 50 and take all" ("ষোলো দিলে সব দেব", "ਪੰਦਰਾਂ ਦੇ ਦਿਓ ਤਾਂ ਸਾਰੀ ਚੁੱਕ ਲਓ")
  leaves the price bare (a rate or a total, not said), never a total;
- a second, lower bare price for this buyer or on a condition: "180; for a college boy,
  160", "एक सौ, लेकिन student हो तो अस्सी", "ষাট, ছাত্র বলে পঞ্চাশ": the later stands;
- after a rate per piece, a count and a price: "samosa 15 ka ek, chaar 50", "একটা দশ
  টাকা, চারটে পঁয়ত্রিশ": the total for that count (the deal offered), and after single
  prices a price for "both" ("egg roll 50, chicken roll 70, both 120"): the later stands
  (a dozen's rate after one per piece, "5 each, a dozen 50", is two rates: asked, in
  `one_and_dozen`)."""

from __future__ import annotations

from itertools import combinations, pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.clauses_words import FOR_YOU
from audio.understanding.moves import _BUT
from audio.understanding.portions import portion_remarks
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.sizes import names_another_form
from audio.understanding.timed_prices import said_for_later, timed_alternatives
from audio.understanding.together import _TAKE, _TAKE_WORDS, _said_as_rate
from audio.understanding.totals import _ALL, _ALL_COUNTS
from audio.understanding.two_rates import item_total_after_rate, restated_rates
from audio.understanding.weighed_first import total_after_weight_and_rate

# Verbs of taking or carrying away said after a count or "all" ("ले जाओ", "நிয়ে যান").
_TAKE_AWAY = _TAKE + tuple(
    fold(w)
    for w in (
        "take", "buy", "le", "ले", "एडुत्", "எடுத்து", "நিয়ে", "নিয়ে", "নেব", "দেব", "घेऊन",
        "घेतो", "घेते", "લઈ", "લઉં", "ತಗೊಂಡು", "ತಗೋ", "കൊണ്ടുപോ", "എടുക്ക", "എടുത്ത", "ਲੈ", "ਚੁੱਕ",
        "తీసుకెళ్ల", "తీసుకుంటా",
    )
)  # fmt: skip
# The price said as a condition: "give 30 and ...", "... दे दो तो", "குடுத்தா", "দিলে".
_IF_GIVEN = frozenset(
    fold(w)
    for w in (
        "and", "तो", "to", "ਤਾਂ", "taan", "તો", "तर", "tar", "आणि", "குடுத்தா",
        "குடுத்தால்", "கொடுத்தா", "கொடுத்தால்", "kudutha", "ఇస్తే", "iste", "చేస్తే", "দিলে",
        "dile", "ಕೊಟ್ರೆ", "ಕೊಟ್ಟರೆ", "kotre", "ಮಾಡಿದ್ರೆ", "തന്നാൽ", "തന്നാല്", "ആക്കിയാൽ",
        "thannal",
    )
)  # fmt: skip
# Said before a second, lower price: who it is for, or why ("so", "तो", "বলে", "એટલે").
_FOR_SOMEONE = FOR_YOU | _BUT | frozenset(
    fold(w)
    for w in (
        "for", "so", "since", "because", "पर", "par", "तो", "to", "लिए", "liye", "लिये",
        "पण", "pan", "म्हणून", "mhanun", "तुमच्यासाठी", "तुझ्यासाठी", "પણ", "એટલે", "etle",
        "માટે", "mate", "ਪਰ", "ਤਾਂ", "ਲਈ", "lai", "তবে", "tobe", "বলে", "bole", "জন্য",
        "jonno", "కాబట్టి", "kabatti", "మీకైతే", "ಅಂತ", "anta", "ಆದ್ರೆ", "aadre",
        "ആയതുകൊണ്ട്", "കൊണ്ട്",
    )
)  # fmt: skip
# Conditional endings on the word before the second price ("பையன்னா": if a boy)
_IF_ENDINGS = ("ன்னா", "ைతే", "ಾದ್ರೆ")
# Counted with a classifier: "দুটো", "চারটে", "രണ്ടെണ്ണം" (pieces)
_PIECES = ("টো", "টা", "টি", "টে", "ণ্ণം", "ണ്ണം")
_GIVE_ALL = (fold("দেব"), "dibo", "debo")  # "ষোলো দিলে সব দেব": all given for it
_TWO = frozenset((fold("दो"), "do"))
_ELLA = fold("எல்லா")  # "எல்லாம்", "எல்லாத்தையும்"
# "All" said as the goods taken: "సব নিয়ে যান", "అన్నీ తీసుకెళ్లండి", "എല്ലാം കൊണ്ടുപോ".
_ALL_TAKEN = _ALL | frozenset(fold(w) for w in ("lot", "সব", "sob", "అన్నీ", "anni", "എല്ലാം"))


def _count_span(price: _Price) -> bool:
    value = price.span.value
    whole = value == int(value) and 2 <= value <= 50
    return whole and not price.explicit and price.quantity is None


def _taken(reading: _Reading, price: _Price) -> bool:
    """A verb of taking said with the bare count: "take two", "ரெண்டு எடுத்துக்கறேன்"."""
    words = reading.words
    if reading.language == "en":
        return any(w in ("take", "buy") for w in words[max(price.start - 2, 0) : price.start])
    near = words[price.end : price.end + 2]
    return any(w.startswith(_TAKE_AWAY) or w in _TAKE_WORDS for w in near)


def _to_count(reading: _Reading, price: _Price) -> _Quantity:
    unit = "piece" if price.span.suffix.endswith(_PIECES) else None
    quantity = _Quantity(price.span.value, unit, price.start, price.end)
    reading.prices.remove(price)
    reading.quantities.append(quantity)
    reading.quantities.sort(key=lambda q: q.start)
    return quantity


def _all_taken_at(reading: _Reading, price: _Price) -> int | None:
    """Where "all" (or the quantity) is said after a price put as a condition, with a
    verb of taking by it: "give 50 and take all", "ষোলো দিলে সব দেব"; else None."""
    if price.start > 0 and reading.words[price.start - 1] == "for":
        return None  # "I'll pay sixty for all": a total
    if not any(w in _IF_GIVEN for w in reading.words[price.end : price.end + 3]):
        return None
    after = reading.words[price.end : price.end + 7]
    said = (k for k, w in enumerate(after) if w in _ALL_TAKEN or w.startswith(_ELLA))
    at = next(said, None)
    if at is None and price.quantity is not None and price.quantity.start > price.end:
        at = price.quantity.start - price.end  # "do 35 and I'll take three bunches"
    if at is None or any(w in ("for", "in") for w in after[:at]):
        return None
    near = after[max(at - 3, 0) : at + 3]
    return at if any(w.startswith(_TAKE_AWAY + _GIVE_ALL) for w in near) else None


def _said_apart(reading: _Reading, price: _Price, count: _Price) -> bool:
    """The count said in a clause of its own after the price's: a comma between them."""
    tokens = reading.tokens
    gap = reading.text[tokens[price.end - 1].end : tokens[count.start].start]
    return "," in gap and price.per_unit is not False


def _counts_taken(reading: _Reading) -> None:
    """ "give at 30 and I'll take two": the count after the price, with its verb of
    taking, is the goods; "give 50 and take all": the price is no total."""
    for price in list(reading.prices):
        before = [p for p in reading.prices if p.end <= price.start and not p.negated]
        if not before or price.span.value > 20 or price.span.value >= before[-1].span.value:
            continue
        given = reading.words[before[-1].end : price.start]
        apart = _said_apart(reading, before[-1], price)  # "...ला द्या, बारा घेते"
        conditioned = any(w in _IF_GIVEN for w in given) or apart
        if conditioned and _count_span(price) and _taken(reading, price):
            _to_count(reading, price)
            if apart and _said_as_rate(reading, before[-1]):
                before[-1].per_unit = True  # "ਚਾਰ ਸੌ ਦੇ ਹਿਸਾਬ ਨਾਲ": a rate
    words = reading.words
    for k in range(1, len(words) - 1):
        # Hindi "दे दो तो दो ले लूँगा": "two" after "then", the word "give" cut as a verb
        two = words[k] in _TWO and words[k - 1] in _IF_GIVEN and reading.number_at[k] is None
        taken = words[k + 1] in _TAKE_WORDS or words[k + 1].startswith(_TAKE_AWAY)
        if two and taken and any(p.end < k for p in reading.prices):
            reading.quantities.append(_Quantity(2.0, None, k, k + 1))
    for price in reading.prices:
        if price.per_unit is False and _all_taken_at(reading, price) is not None:
            if price.quantity is not None:
                price.quantity.claimed = False
            price.per_unit, price.quantity = None, None


def _for_someone(reading: _Reading) -> list[_Price]:
    """Bare prices said before a lower bare price for this buyer or on a condition."""
    said = [p for p in reading.prices if not p.negated]
    found = []
    for first, then in pairwise(said):
        bare = all(p.per_unit is None and p.quantity is None for p in (first, then))
        between = reading.words[max(then.start - 10, first.end) : then.start]
        marked = any(w in _FOR_SOMEONE or w.endswith(_IF_ENDINGS) for w in between)
        later = said_for_later(reading, then, first.end)  # "300 now; after six, for 250"
        later = later or names_another_form(reading, first.end, then.start)  # "but a plain one"
        if bare and marked and then.start > first.end and then.paise < first.paise and not later:
            found.append(first)
    return found


def _count_after_each(reading: _Reading) -> None:
    """After a rate per piece, "N X": X a total for N pieces."""
    for first, then in pairwise(reading.prices):
        count = first.quantity
        if first.per_unit is not False or count is None or not count.value:
            continue
        after = count.start >= first.end and then.start == count.end and then.each
        if after and first.paise < then.paise <= count.value * first.paise * 1.5:
            # "एक नग दहा रुपये, चार नग पस्तीस": the count is the later price's
            first.per_unit, first.quantity, first.each = True, None, True
            then.per_unit, then.quantity, then.each = False, count, False
            return
    rates = [p for p in reading.prices if p.per_unit and p.each]
    if not rates:
        return
    for said, total in pairwise([p for p in reading.prices if p.start >= rates[0].end]):
        adjacent = total.start == said.end and _count_span(said)
        value = said.span.value
        if adjacent and rates[0].paise < total.paise <= value * rates[0].paise * 1.5:
            quantity = _to_count(reading, said)
            quantity.unit, quantity.claimed = "piece", True
            total.per_unit, total.quantity, total.each = False, quantity, False
            return


def _unit_word(reading: _Reading, price: _Price) -> str | None:
    """The word the rate is said by, right before the price ("ಹೊರೆ ನೂರ ಎಂಬತ್ತು") or
    after it past "a"/"per" ("180 a bundle")."""
    words = reading.words
    after = price.end + (price.end < len(words) and words[price.end] in ("a", "per", "an"))
    for k in (price.start - 1, after):
        if 0 <= k < len(words) and reading.number_at[k] is None and len(words[k]) > 2:
            return words[k]
    return None


def _same_unit(said: str, again: str) -> bool:
    """ "bundle" / "bundles", "ಹೊರೆ" / "ಹೊರೆಗೆ", "ചാക്ക്" / "ചാക്കിന്"."""
    return again.startswith(said) or (len(said) > 3 and again.startswith(said[:-1]))


def _lot_of_the_unit(reading: _Reading) -> list[_Price]:
    """A rate by a unit, then "N <that unit> X": X the total for N of them ("180 a
    bundle, twenty bundles 3500", "బస్తా పదకొండు వందల యాభై, ఇరవై బస్తాలకి ఇరవై రెండు
    వేలు"); the rate is replaced."""
    said = [p for p in reading.prices if not p.negated]
    for first, total in combinations(said, 2):
        unit, k = _unit_word(reading, first), total.start - 1
        span = reading.number_at[k - 1] if k > first.end else None
        if unit is None or span is None or span.start < first.end:
            continue
        if reading.has(k, Cue.UNIT) or (total.quantity and total.quantity.unit):
            continue  # a unit the product lists: `rate_then_total` reads it
        value = span.value
        lot = value == int(value) and 2 <= value <= 100 and _same_unit(unit, reading.words[k])
        if lot and first.paise < total.paise <= value * first.paise * 1.5:
            _drop_count(reading, span.start, k)
            quantity = _Quantity(value, None, span.start, k + 1, claimed=True)
            reading.quantities.append(quantity)
            total.per_unit, total.quantity = False, quantity
            return [p for p in reading.prices if p.end <= span.start]
    return []


def _drop_count(reading: _Reading, start: int, end: int) -> None:
    reading.prices = [p for p in reading.prices if not start <= p.start < end]
    reading.quantities = [q for q in reading.quantities if not start <= q.start < end]


def _deal_after(reading: _Reading) -> list[_Price]:
    """The prices a later, larger deal replaces: a price for "both" or "all N" after
    single prices."""
    said = [p for p in reading.prices if not p.negated]
    if len(said) < 2:
        return []
    last = said[-1]
    before = reading.words[max(last.start - 2, 0) : last.start]
    both = last.per_unit is False and any(w in _ALL_COUNTS for w in before)
    if not both or any(p.paise >= last.paise for p in said[:-1]):
        return []
    return said[:-1]


def later_deals(reading: _Reading) -> list[_Price]:
    """Read the shapes above; return the prices that a later one replaces."""
    _counts_taken(reading)
    _count_after_each(reading)
    replaced = _for_someone(reading) + _deal_after(reading) + _lot_of_the_unit(reading)
    replaced += timed_alternatives(reading)  # "500 an hour, at sunset 700": 500
    replaced += portion_remarks(reading)  # "fifty a plate, half plate thirty": 50 a plate
    replaced += item_total_after_rate(reading)  # "1,100 a kilo; this one is 0.75 kg, 825"
    replaced += total_after_weight_and_rate(reading)  # "this pot is 1.75 kg, 1,200 a kilo, 2,100"
    return replaced + restated_rates(reading)  # "quarter kilo 225, that's 900 a kilo"
