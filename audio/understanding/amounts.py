"""Pass 3: each number becomes a price, a quantity, or nothing ("10 minute", "a 500 rupee
note", "das rupaye kam karo")."""

from __future__ import annotations

from functools import lru_cache

from audio.languages import heard
from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import (
    NumberSpan,
)
from audio.understanding.adjustments import _added, _taken_off
from audio.understanding.ages import beside_an_age
from audio.understanding.bare_counts import counts_goods_unpriced
from audio.understanding.containers import portion_counts
from audio.understanding.contents import holds_a_count
from audio.understanding.countables import counted_goods, counts_unnamed_goods
from audio.understanding.counted import count_after_for, kilos_and_grams, measures_counted
from audio.understanding.counted_for import count_then_total
from audio.understanding.counted_totals import counted_totals, for_a_hundred
from audio.understanding.counts import count_after_price, count_before_price
from audio.understanding.distances import bound_to_distance
from audio.understanding.endings import (
    _CLASSIFIERS,
    _ends_in_case,
    _priced_by_ending,
)
from audio.understanding.goods_counts import goods_then_bare_price
from audio.understanding.item_sizes import drop_item_sizes
from audio.understanding.lots_counted import lots_counted
from audio.understanding.not_a_rupee import _not_a_rupee, _one_paisa_said
from audio.understanding.not_priced import drop_not_priced
from audio.understanding.orders import AND_WORDS
from audio.understanding.own_cost import inside_no_gain
from audio.understanding.paid_online import paid_online
from audio.understanding.payment import hour_to_come, paid_already, weather_talk
from audio.understanding.periods import rate_of_time
from audio.understanding.reading import (
    _SKIPPABLE,
    _joined,
    _Price,
    _Quantity,
    _Reading,
)
from audio.understanding.servings import one_serving
from audio.understanding.set_counts import drop_set_counts
from audio.understanding.shop_priced import given_at, said_given
from audio.understanding.sizes import _SIZES
from audio.understanding.spec_counts import counted_after_pause
from audio.understanding.timed_prices import no_hour

# A quarter or three quarters said alone is a weight: "paav bhar" is a quarter kilo.
_QUARTERS = (0.25, 0.75)


_DAYS = frozenset(("today", "tomorrow", "tonight"))
# Labels only before their number: "flat 402" is a flat, "four hundred flat" a price
# Labels said only before their number, so a number before them is no label's: "four
# hundred flat" (a flat price), Tamil "நூறு மாலை" (a hundred garlands; "மாலை ஆறு மணி" is
# six in the evening).
_LABELS_BEFORE = frozenset(fold(w) for w in ("flat", "மாலை", "malai", "maalai"))

# "shop" labels a number ("dukan 25", shop number 25), but not in a case: "dukan mein 25
# ka kilo", "दुकानात 30 ला", "দোকানে তিরিশে" (in the shop, at 30) name the shop's price.
_SHOPS = tuple(fold(w) for w in ("dukan", "दुकान", "દુકાન", "ਦੁਕਾਨ", "shop", "দোকান", "dokan"))


def _in_a_shop(reading: _Reading, k: int, span: NumberSpan) -> bool:
    word = reading.words[k]
    cased = bool(span.suffix)  # "পাশের দোকান তিরিশে দিচ্ছে": at thirty, a price
    cased = cased or given_at(reading, span)  # "dokan 280 te dicche" (`shop_priced`)
    return word.startswith(_SHOPS) and (k < span.start - 1 or word not in _SHOPS or cased)


def _gap(reading: _Reading, k: int) -> str:
    return reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]


def _not_money(reading: _Reading, span: NumberSpan) -> bool:
    """A number that counts or labels something else: "lane 5", "10 minute", "3 kids",
    "6 baje", "at 6 in the morning", an age ("meri umar sattar hai")."""
    if beside_an_age(reading, span.start, span.end):
        return True
    if holds_a_count(reading, span.start, span.end):
        return True  # "सिगारेटच्या पाकिटात वीस असतात": what a packet holds
    if bound_to_distance(reading, span.start, span.end):
        return True  # "पंद्रह किलोमीटर", "twelve miles": a distance
    k = span.start - 1
    while k > 0 and reading.has(k, Cue.LINK) and k > span.start - 3:
        k -= 1  # "house number is 42"
    if (
        reading.has(k, Cue.NUMBER_LABEL)
        and (k < span.start - 1 or _joined(reading, span.start))
        and not (reading.words[k] in _DAYS and span.value > 12)
        and not no_hour(reading, k, span)  # "शाम सात सौ": hundreds are no hour
        and not _in_a_shop(reading, k, span)
        and not one_serving(reading, k - 1)
        and not (k > 0 and reading.words[k - 1] in _SIZES)  # "பெரிய கிளாஸ்": a big glass
        and not (k > 0 and reading.number_at[k - 1] is not None and span.value >= 1000)
    ):  # "ஒரு கிளாஸ் முப்பது": one glass, not a school class
        return True  # "number 42", "house number is 42"; "today 35" is no hour
    # A rate ("kilo 32") and, after a pause, a word of the next clause: "కిలో ముప్పై రెండే,
    # పొద్దున్నే వచ్చాయి" (came this morning), "kilo battis, subah aaye".
    priced = span.start > 0 and reading.has(span.start - 1, Cue.UNIT, Cue.CURRENCY)
    after = span.end < len(reading.words) and reading.words[span.end] in _LABELS_BEFORE
    day = reading.words[span.end] in _DAYS if span.end < len(reading.words) else False
    if day and span.value > 31 and said_given(reading):
        return False  # "the next stall gives it at 280 today": no hour, no date
    if span.end < len(reading.tokens) and any(c in ".।!" for c in _gap(reading, span.end)):
        return False  # "ठीक है, दो सौ अस्सी. सुबह की पहली बोहनी": the next sentence's words
    labelled = reading.has(span.end, Cue.NUMBER_LABEL) and not no_hour(reading, span.end, span)
    if labelled and (_joined(reading, span.end) or not priced):
        return not after  # "বাহান্ন নম্বর"; "four hundred flat" is a flat price
    plain = 0
    for k in range(span.end, min(span.end + 4, len(reading.words))):
        if (priced or plain) and not _joined(reading, k):
            return False  # "ಐವತ್ತಕ್ಕೆ ಕೊಡಿ, ದಿನಾ ...": the next clause's "daily"
        if reading.has(k, Cue.NOT_MONEY) and not no_hour(reading, k, span):
            if rate_of_time(reading, span, k):
                return False  # "900 a day", "250 an hour": a wage, a rate of time
            if inside_no_gain(reading, k):
                return False  # "300 ma kai na bache": nothing left at 300, no children
            return not counted_after_pause(reading, span.end, k)  # "1700, two years guarantee"
        if reading.number_at[k] is not None or reading.has(k, Cue.CURRENCY, Cue.UNIT):
            return False
        if reading.cues[k] and not reading.has(k, *_SKIPPABLE):
            return False
        plain += not reading.cues[k]
        if plain > 1:
            return False  # "40, tomato niye jan": the counted thing is right after
    return False


@lru_cache(maxsize=16)
def _measures(language: str) -> dict[str, float]:
    return {fold(w): amount for t in heard(language) for w, (amount, _) in t.measures.items()}


def _measure(reading: _Reading, k: int, otherwise: float | None) -> float | None:
    """How much of its unit the word at `k` holds ("అరకిలో": 0.5), else `otherwise`."""
    return reading.measures.get(reading.words[k], otherwise)


def _names_money(reading: _Reading, price: _Price) -> bool:
    """An amount of money that is a thing, not a price: "a 500 rupee note" (the word
    after the amount, or after a link such as "ka", counts something else)."""
    k = price.end
    if reading.has(k, Cue.LINK, Cue.OF) and not reading.has(k, Cue.NOT_MONEY):
        k += 1
    return reading.has(k, Cue.NOT_MONEY)


def _change_for(reading: _Reading, price: _Price) -> bool:
    """The amount is a note to be changed: a word for change right before it ("change
    for 2000") or right after it ("2000 ka chutta", "ரெண்டாயிரத்துக்கு சில்லறை")."""
    k = price.end
    if reading.has(k, Cue.LINK, Cue.OF):
        k += 1
    if k < len(reading.tokens) and reading.tokens[k].raw.lower() in ("in", "as"):
        k += 1  # "twenty rupees in coins", "fifty as change"
    if _change_word(reading, k):
        return True
    k = price.start - 1
    if k > 0 and (reading.has(k, Cue.LINK, Cue.OF) or reading.tokens[k].raw.lower() == "for"):
        k -= 1
    return _change_word(reading, k)


_CHANGE = frozenset(
    fold(w)
    for w in (
        "change", "chutta", "chhutta", "chutte", "chhutte", "khulle", "छुट्टा", "छुट्टे",
        "खुल्ले", "சில்லறை", "chillarai", "చిల్లర", "chillara", "খুচরো", "খুচরা", "ভাংতি",
        "khuchro", "सुट्टे", "सुटे", "sutte", "છુટ્ટા", "છૂટા", "ಚಿಲ್ಲರೆ", "chillare",
        "ചില്ലറ", "ਭਾਨ", "bhaan", "ਛੁੱਟੇ", "ਖੁੱਲ੍ਹੇ", "chhutte", "khulla", "chillara", "khuchra",
        "chutte", "suttey", "chilre", "chillre", "chilla", "bhangti", "bhangani", "ভাঙানি",
        # the English word, written in each script
        "चेंज", "चेन्ज", "চেঞ্জ", "চেন্জ", "சேஞ்ச்", "சேஞ்சு", "చేంజ్", "చేంజి", "ચેન્જ", "ચેંજ",
        "ಚೇಂಜ್", "ಚೇಂಜು", "ಚೆಂಜ್", "ചേഞ്ച്", "ചെയ്ഞ്ച്", "ਚੇਂਜ", "ਚੇਂਜ੍ਹ", "ਚੇਨਜ",
        # loose money and coins asked for: "बीस रुपये खुले", "twenty rupees in coins"
        "खुले", "khule", "सिक्के", "sikke", "coins", "coin", "சில்லறையா", "சில்லறையாக",
        "chillaraiya", "చిల్లరగా", "খুচরোয়", "सुट्टे", "ਖੁੱਲ੍ਹੇ", "khulle",
        # the singular forms: "પાંચસોનું છુટ્ટું", "ਪੰਜ ਸੌ ਦਾ ਖੁੱਲ੍ਹਾ"
        "છુટ્ટું", "છુટ્ટુ", "છૂટું", "chhuttu", "chuttu", "ਖੁੱਲ੍ਹਾ", "ਖੁੱਲਾ", "ਛੁੱਟਾ",
    )
)  # fmt: skip


def _change_word(reading: _Reading, k: int) -> bool:
    """Token `k` is a word for change (coins and small notes for a big one)."""
    return 0 <= k < len(reading.words) and reading.words[k] in _CHANGE


def _count_for_price(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """A small bare count, "for", then a larger number: "three for a hundred", "4 for
    50". The count is said first and is the goods, the larger number the price."""
    span = spans[index]
    nxt = spans[index + 1] if index + 1 < len(spans) else None
    k = span.end
    if nxt is None or k >= len(reading.words) or reading.tokens[k].raw.lower() != "for":
        return False
    gap = nxt.start - k
    article = gap == 2 and reading.has(k + 1, Cue.ARTICLE)  # "for a hundred"
    return (
        (gap == 1 or article)
        and span.value == int(span.value)
        and 2 <= span.value <= 12
        and nxt.value >= 10
        and nxt.value > span.value
        and not reading.has(span.start - 1, Cue.CURRENCY)
    )


def _classifier_count(spans: list[NumberSpan], index: int) -> bool:
    """A small count with a classifier, then right after it a larger number: "দুটো
    আঠারোশো" (two for eighteen hundred). The count is the pieces, the number the price."""
    span = spans[index]
    nxt = spans[index + 1] if index + 1 < len(spans) else None
    return (
        nxt is not None
        and span.suffix in _CLASSIFIERS
        and nxt.start == span.end
        and span.value == int(span.value)
        and 2 <= span.value <= 12
        and nxt.value >= 10 * span.value
    )


def _rupees_and_paise(reading: _Reading, span: NumberSpan) -> bool:
    """Digits with exactly two decimals ("42.50 kilo", "18.75 a dozen") are rupees and
    paise, a rate, when no other number follows; "1.5 kilo" (one decimal) stays a
    quantity."""
    if span.end - span.start != 1:
        return False
    word = reading.tokens[span.start].raw
    whole, dot, part = word.partition(".")
    return bool(dot) and len(part) == 2 and part.isdigit() and whole.replace(",", "").isdigit()


def _classify_numbers(reading: _Reading, spans: list[NumberSpan]) -> None:
    attached: set[int] = set()  # currency tokens already owned by a price
    skip: set[int] = set()  # spans merged into the price before them (paise)
    for index, span in enumerate(spans):
        if index in skip:
            continue
        after = span.end
        if reading.has(after, Cue.PAISE):
            price = _Price(round(span.value), span.start, after + 1, True, span)
        elif reading.has(after, Cue.CURRENCY):
            price = _Price(round(span.value * 100), span.start, after + 1, True, span)
            attached.add(after)
            nxt = spans[index + 1] if index + 1 < len(spans) else None
            joined = nxt is not None and (
                nxt.start == after + 1
                or (nxt.start == after + 2 and reading.words[after + 1] in AND_WORDS)
            )  # "seven rupees and fifty paise"
            if (
                nxt is not None
                and joined
                and reading.has(nxt.end, Cue.PAISE)
                and not _one_paisa_said(reading, nxt)
            ):
                price.paise += round(nxt.value)  # "chaalis rupaye pachaas paise"
                price.end = nxt.end + 1
                skip.add(index + 1)
        elif reading.has(span.start - 1, Cue.CURRENCY) and span.start - 1 not in attached:
            price = _Price(round(span.value * 100), span.start - 1, span.end, True, span)
        elif (
            (
                (span.value == int(span.value) and counted_goods(reading, after))
                or counts_unnamed_goods(reading, span)
                or counts_goods_unpriced(reading, span)  # "पचास माला तैयार रखना"
            )
            and not _count_for_price(reading, spans, index)
            and not count_before_price(reading, spans, index)
            and not count_after_price(reading, spans, index)
            and not beside_an_age(reading, span.start, span.end)  # "under 16 years, no bidi"
        ):
            # "eight lemons", "बारह केले", "chhe aam" (not 6 a.m.), "six samosas": a count;
            # said after a price for them ("बीस रुपये में पाँच नींबू"), a count of pieces
            counted = reading.prices and count_after_for(reading, reading.prices[-1], span)
            unit = "piece" if counted else None
            reading.quantities.append(_Quantity(span.value, unit, span.start, after))
            continue
        elif (
            _not_money(reading, span)
            or weather_talk(reading)
            or hour_to_come(reading, span.start, span.end)
        ):
            continue  # "10 minute", "5 percent", "lane 5", "the mercury touched 45"
        elif (
            reading.has(after, Cue.UNIT)
            and not _priced_by_ending(reading, span)
            and not (index == len(spans) - 1 and _rupees_and_paise(reading, span))
        ):  # "2.25 kg for 100" counts; a last "42.50 kilo" is the rate
            amount = span.value * reading.measures.get(
                reading.words[after], 1.0
            )  # "రెండు అరకిలో": one kilo
            quantity = _Quantity(amount, reading.units[after], span.start, after + 1)
            reading.quantities.append(quantity)
            continue
        elif lots_counted(reading, span):
            # "बीस बोरी", "ഇരുപത് ചാക്ക്": twenty sacks, not twenty rupees
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue
        elif measures_counted(reading, spans, index):
            # "மூணு முழம் அம்பது", "ಮೂರು ಮಾರು ಅರವತ್ತು": three lengths of a flower string
            reading.quantities.append(_Quantity(span.value, None, span.start, after + 1))
            continue
        elif (
            span.value < 1 and reading.has(after, Cue.ARTICLE) and reading.has(after + 1, Cue.UNIT)
        ):
            # "half a kilo", "a quarter of a kilo" is not a price of fifty paise
            quantity = _Quantity(span.value, reading.units[after + 1], span.start, after + 2)
            reading.quantities.append(quantity)
            continue
        elif after in reading.product_at:
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue  # "teen tamatar": a count of the product, not a price
        elif _classifier_count(spans, index):
            reading.quantities.append(_Quantity(span.value, "piece", span.start, after))
            continue  # "দুটো আঠারোশো": two pieces, eighteen hundred for them
        elif _count_for_price(reading, spans, index):
            # "three for a hundred": three of them, for a hundred in all
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue
        elif (
            count_before_price(reading, spans, index)
            or count_after_price(reading, spans, index)
            or goods_then_bare_price(reading, spans, index)
        ):
            # "30 eggs for 190", "ಎರಡಕ್ಕೆ ಎಪ್ಪತ್ತೈದು", "75 for two": pieces, a price for all
            reading.quantities.append(_Quantity(span.value, "piece", span.start, after))
            continue
        elif span.value in _QUARTERS or (span.value == 0.5 and span.end - span.start > 1):
            # "এক পোয়া", "do paav": a quarter kilo, half a kilo
            reading.quantities.append(_Quantity(span.value, "kg", span.start, after))
            continue  # "paav bhar": a quarter kilo
        elif (
            index > 0
            and reading.prices
            and span.value == int(span.value)
            and (
                (reading.prices[-1].end == span.start - 1 and reading.has(span.start - 1, Cue.OF))
                or (
                    reading.prices[-1].end == span.start
                    and reading.prices[-1].span.suffix in reading.of_words
                )
                or (
                    reading.prices[-1].end == span.start
                    and reading.prices[-1].explicit
                    and _ends_in_case(reading, span.start - 1)
                )
                or count_after_for(reading, reading.prices[-1], span)
            )
        ):
            # "das ke teen", "sau rupaye ke chaar": a count of pieces for the price before it.
            reading.quantities.append(_Quantity(span.value, "piece", span.start, after))
            continue
        else:
            price = _Price(round(span.value * 100), span.start, span.end, False, span)
        if (
            (price.explicit and _names_money(reading, price))
            or _change_for(reading, price)
            or paid_already(reading, price)
            or paid_online(reading, price)  # "sent 200 on GPay": paid, no offer
        ):
            # "ஐநூறு ரூபா நோட்டு" (a banknote), "no change for 2000", "give back the rest,
            # I gave 500": money handed over or owed, not a price
            reading.money_back = True
            continue
        if _not_a_rupee(reading, price):
            reading.not_a_rupee, reading.not_a_rupee_at = True, price.start
            continue  # "ek rupaya nahi dunga": not a single rupee, not a price of one
        if _taken_off(reading, price):
            reading.amounts_off.append(price)
            continue  # "das rupaye kam karo": ten off, not a price
        if _added(reading, price):
            continue  # "paanch aur": five on, not a price
        if span.value < 1 and not price.explicit and not reading.words[span.start][:1].isdigit():
            continue  # "aadhe aloo sade the", "অর্ধেক পচা": half of something, no price
        if price.paise > 0:
            reading.prices.append(price)
    drop_not_priced(reading, spans)  # "two-three extra, free", "the twelfth": no price
    counted_totals(reading, spans)  # "दस के साढ़े पाँच सौ": 550 for ten, not 10 for 550
    for_a_hundred(reading)  # "300 for a hundred": dung cakes counted by the hundred
    count_then_total(reading)  # "इनमें से बीस दे दो, ढाई सौ में": 250 for twenty
    claimed_units = {q.end - 1 for q in reading.quantities if q.unit is not None}
    for i, unit in enumerate(reading.units):
        if unit is None or i in claimed_units or not reading.has(i, Cue.UNIT):
            continue
        if reading.has(i - 1, Cue.ARTICLE):  # "a kilo", "a dozen"
            reading.quantities.append(_Quantity(1.0, unit, i - 1, i + 1, article=True))
        elif len(reading.words[i]) > 1:  # a lone "g" or "l" is a unit only after a number
            # "అరకిలో" holds its amount: half a kilo
            reading.quantities.append(_Quantity(_measure(reading, i, None), unit, i, i + 1))
    kilos_and_grams(reading)  # "ek kilo do sau gram": 1.2 kg
    reading.quantities.sort(key=lambda q: q.start)
    for q in reading.quantities:
        for k in range(q.start, q.end):
            reading.quantity_at[k] = q
    drop_item_sizes(reading)  # "दस लीटर वाला", "a 2-litre bottle": a size, no quantity
    drop_set_counts(reading)  # "छह गिलास का सेट", "the set of six glasses": one set
    portion_counts(reading)  # "half plate", "ரெண்டு பிளேட்டுக்கு": plates counted, no price
