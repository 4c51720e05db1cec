"""The negotiation assistant: table-driven cases, convergence, stock, and a property loop."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from audio.vendor_phrases import (
    HINT_PREFIX,
    HINTS,
    NEW_CUSTOMER,
    SLOW_CUSTOMER,
    SLOW_OWN,
    hint_text,
    new_customer_text,
    slow_text,
    spoken_hint,
)
from models import Side
from server.domain.assistant import (
    Hint,
    HintAction,
    HintReason,
    Offer,
    Scarcity,
    Situation,
    advise,
    price_step,
    scarcity,
)

C, V = Side.CUSTOMER, Side.VENDOR
A, K, H = HintAction.ACCEPT, HintAction.COUNTER, HintAction.HOLD
R = HintReason


def tomatoes(*bids: tuple[Side, int], stock: int = 50, quantity: int = 1) -> Situation:
    """₹40/kg list, ₹32 floor."""
    return Situation(
        list_price_paise=4000,
        floor_price_paise=3200,
        offers=tuple(Offer(side, amount, quantity) for side, amount in bids),
        stock_left=stock,
        quantity=quantity,
    )


def must(situation: Situation) -> Hint:
    hint = advise(situation)
    assert hint is not None
    return hint


@pytest.mark.parametrize(
    ("situation", "action", "amount", "code"),
    [
        # at or above the list price: accept
        (tomatoes((C, 4000)), A, 4000, R.AT_LIST),
        (tomatoes((C, 4500)), A, 4000, R.AT_LIST),
        (tomatoes((V, 3800), (C, 4000)), A, 4000, R.AT_LIST),
        # meets the vendor's last counter
        (tomatoes((C, 3000), (V, 3600), (C, 3600)), A, 3600, R.MEETS_ASK),
        (tomatoes((C, 3000), (V, 3600), (C, 3700)), A, 3700, R.MEETS_ASK),
        # within a whisker of the vendor's price, above the floor
        (tomatoes((C, 3900)), A, 3900, R.CLOSE_ENOUGH),
        (tomatoes((C, 3000), (V, 3600), (C, 3500)), A, 3500, R.CLOSE_ENOUGH),
        # below the floor: counter, above the floor
        (tomatoes((C, 2500)), K, 3600, R.BELOW_FLOOR),
        (tomatoes((C, 100)), K, 3600, R.BELOW_FLOOR),
        (tomatoes((C, 2500), (V, 3600), (C, 3000)), K, 3400, R.BELOW_FLOOR),
        # above the floor, far from the price: meet partway
        (tomatoes((C, 3400)), K, 3700, R.MEET_PARTWAY),
        # the vendor already sits at the floor; the offer is below it: hold there
        (tomatoes((C, 2500), (V, 3200), (C, 2600)), H, 3200, R.AT_FLOOR),
        # the customer went down: hold at the standing price
        (tomatoes((C, 3000), (V, 3600), (C, 2800)), H, 3600, R.CUSTOMER_WENT_DOWN),
        # the customer repeated and there is nothing small enough left to give
        (tomatoes((C, 3000), (V, 3600), (C, 3000), (V, 3500), (C, 3000)), H, 3500, R.NO_MOVEMENT),
        # scarce stock: a small concession
        (tomatoes((C, 3400), stock=3, quantity=2), K, 3900, R.SCARCE_STOCK),
        # not enough stock for the order
        (tomatoes((C, 3900), stock=1, quantity=2), H, None, R.SHORT_OF_STOCK),
    ],
)
def test_cases(
    situation: Situation, action: HintAction, amount: int | None, code: HintReason
) -> None:
    hint = must(situation)
    assert (hint.action, hint.amount_paise, hint.reason_code) == (action, amount, code), hint
    assert hint.reason and "\n" not in hint.reason
    assert hint.offer_paise == min(situation.offers[-1].amount_paise, 4500)


def test_no_hint_without_a_customer_offer_to_answer() -> None:
    assert advise(tomatoes()) is None
    assert advise(tomatoes((V, 3800))) is None
    assert advise(tomatoes((C, 3000), (V, 3600))) is None


def test_reasons_are_sentences_with_rupees() -> None:
    hint = must(tomatoes((C, 2500)))
    assert hint.reason == "₹25/kg is below your floor; counter at ₹36/kg."
    hint = must(tomatoes((C, 3000), (V, 3600), (C, 2800)))
    assert hint.reason == "They lowered their offer from ₹30 to ₹28: hold at ₹36/kg."
    assert hint.to_json() == {
        "action": "hold",
        "amount_paise": 3600,
        "reason_code": "customer_went_down",
        "reason": hint.reason,
    }


def play(situation: Situation, customer: list[int], rounds: int = 30) -> list[Hint]:
    """The customer makes `customer` offers in turn (the last one repeated); the vendor
    follows every counter hint."""
    offers = list(situation.offers)
    hints: list[Hint] = []
    for i in range(rounds):
        offers.append(Offer(C, customer[min(i, len(customer) - 1)], situation.quantity))
        hint = must(replace(situation, offers=tuple(offers)))
        hints.append(hint)
        if hint.action is A:
            break
        if hint.action is K:
            assert hint.amount_paise is not None
            offers.append(Offer(V, hint.amount_paise, situation.quantity))
    return hints


def test_a_stubborn_customer_meets_converging_counters() -> None:
    hints = play(tomatoes(), [3000])
    counters = [h.amount_paise for h in hints if h.action is K]
    assert counters == sorted(counters, reverse=True)
    assert len(set(counters)) == len(counters)  # each counter gives a little more
    # …then the vendor stops conceding and holds at the last price, round after round.
    assert hints[-1].action is H
    assert {h.amount_paise for h in hints[len(counters) :]} == {counters[-1]}
    assert len(counters) <= 4
    assert counters[-1] is not None and counters[-1] > 3200


def test_a_customer_who_keeps_moving_gets_a_deal() -> None:
    hints = play(tomatoes(), [2500, 3000, 3300, 3400, 3500, 3600])
    assert hints[-1].action is A
    assert len(hints) <= 4
    accepted = hints[-1].amount_paise
    assert accepted is not None and 3200 <= accepted < 4000


def test_concessions_shrink_round_by_round() -> None:
    """A customer creeping up by ₹1 each round: the vendor's steps get no larger."""
    situation = Situation(100_000, 60_000, (), stock_left=100, quantity=1)
    hints = play(situation, list(range(40_000, 100_000, 1000)))
    counters = [h.amount_paise for h in hints if h.action is K and h.amount_paise is not None]
    steps = [a - b for a, b in zip([100_000, *counters], counters, strict=False)]
    assert len(steps) >= 3
    assert steps == sorted(steps, reverse=True)
    assert hints[-1].action is A


def test_scarce_stock_makes_the_vendor_firmer() -> None:
    bids = ((C, 3300),)
    plenty = must(tomatoes(*bids, stock=50, quantity=2))
    tight = must(tomatoes(*bids, stock=6, quantity=2))
    scarce = must(tomatoes(*bids, stock=2, quantity=2))
    assert [h.action for h in (plenty, tight, scarce)] == [K, K, K]
    assert plenty.amount_paise is not None
    assert tight.amount_paise is not None
    assert scarce.amount_paise is not None
    assert plenty.amount_paise < tight.amount_paise < scarce.amount_paise
    assert scarce.reason_code is R.SCARCE_STOCK
    assert "2 kg left" in scarce.reason
    # …and it takes a closer offer to be "close enough".
    assert must(tomatoes((C, 3000), (V, 3600), (C, 3480))).action is A
    assert must(tomatoes((C, 3000), (V, 3600), (C, 3480), stock=2, quantity=2)).action is K


def test_quantity_against_stock() -> None:
    assert scarcity(50, 1) is Scarcity.PLENTY
    assert scarcity(4, 1) is Scarcity.TIGHT
    assert scarcity(3, 2) is Scarcity.SCARCE
    assert scarcity(2, 2) is Scarcity.SCARCE
    assert scarcity(1, 2) is Scarcity.SHORT
    # The same offer and stock: a bigger order takes more of what is left, so firmer.
    small = must(tomatoes((C, 3000), stock=10, quantity=1))
    large = must(tomatoes((C, 3000), stock=10, quantity=8))
    too_many = must(tomatoes((C, 3000), stock=10, quantity=11))
    assert small.amount_paise is not None and large.amount_paise is not None
    assert small.amount_paise < large.amount_paise
    assert (too_many.action, too_many.reason_code) == (H, R.SHORT_OF_STOCK)
    assert "Only 10 kg left, not enough for 11 kg" in too_many.reason
    # A customer who lowers the price while asking for more is not "going down".
    more = Situation(4000, 3200, (Offer(C, 3400, 1), Offer(V, 3700, 1), Offer(C, 3300, 5)), 50, 5)
    assert must(more).reason_code is not R.CUSTOMER_WENT_DOWN


@pytest.mark.parametrize(
    ("list_price", "floor", "step"),
    [
        (4000, 3200, 100),  # ₹40 tomatoes: whole rupees
        (2000, 1500, 50),  # ₹20: 50 paise
        (4000, 3900, 50),  # a narrow band: 50 paise
        (20_000, 15_000, 500),  # ₹200: ₹5
        (250_000, 180_000, 10_000),  # ₹2,500: ₹100
        (60_000, 59_000, 100),
        (150, 120, 1),
    ],
)
def test_price_steps(list_price: int, floor: int, step: int) -> None:
    assert price_step(list_price, floor) == step


def test_never_below_floor_nor_above_list_over_many_situations() -> None:
    rng = random.Random(20240611)
    seen: set[tuple[HintAction, HintReason]] = set()
    for _ in range(20_000):
        list_price = rng.choice([150, 999, 2000, 4000, 4550, 12_000, 99_900, 250_000])
        floor = rng.randint(max(1, list_price // 3), list_price)
        quantity = rng.randint(1, 10)
        stock = rng.randint(0, 60)
        offers: list[Offer] = []
        side = rng.choice([C, V])
        for _ in range(rng.randint(1, 9)):
            mine = [o.amount_paise for o in offers if o.side is side]
            if mine and rng.random() < 0.25:
                amount = mine[-1]  # said again
            elif side is C:
                amount = rng.randint(1, list_price + list_price // 5)
            else:
                amount = rng.randint(max(1, floor - list_price // 10), list_price)
            offers.append(Offer(side, amount, rng.choice([quantity, quantity, 1])))
            side = side.other
        situation = Situation(list_price, floor, tuple(offers), stock, quantity)
        hint = advise(situation)
        if offers[-1].side is V:
            assert hint is None
            continue
        assert hint is not None
        assert hint == advise(situation)  # deterministic
        seen.add((hint.action, hint.reason_code))
        if hint.amount_paise is None:
            assert (hint.action, hint.reason_code) == (H, R.SHORT_OF_STOCK)
            continue
        assert floor <= hint.amount_paise <= list_price, (situation, hint)
        offer = min(offers[-1].amount_paise, list_price)
        vendor = [o.amount_paise for o in offers if o.side is V]
        standing = max(floor, min(vendor[-1], list_price)) if vendor else list_price
        if hint.action is A:
            assert hint.amount_paise == offer
        elif hint.action is K:
            assert offer < hint.amount_paise < standing
            step = price_step(list_price, floor)
            assert hint.amount_paise % step == 0 or hint.amount_paise == floor
        else:
            assert hint.amount_paise == standing
    assert {code for _, code in seen} == set(HintReason)  # every branch was exercised


def test_every_language_says_every_hint() -> None:
    codes = {r.value for r in HintReason}
    assert set(HINT_PREFIX) == set(HINTS) == set(NEW_CUSTOMER)
    for language, table in HINTS.items():
        assert set(table) == codes, language
        for code, template in table.items():
            assert ("{price}" in template) == (code != "short_of_stock"), (language, code)
    assert hint_text("meet_partway", "hi", amount_paise=3650, unit="kg") == (
        "बीच में मिलिए: 36 रुपये 50 पैसे किलो बोलिए।"
    )
    assert hint_text("meet_partway", "en", amount_paise=3600, unit="kg") == (
        "Meet them partway: counter at 36 rupees a kilo."
    )
    assert spoken_hint("at_floor", "ta", amount_paise=3200, unit="kg") == (
        "ஆலோசனை: நீங்கள் குறைந்தபட்ச விலையில் இருக்கிறீர்கள். கிலோ 32 ரூபாய் இல் உறுதியாக இருங்கள்."
    )
    # An unknown language (or code) falls back to English rather than failing.
    assert hint_text("at_list", "xx", amount_paise=4000, unit="kg").startswith("They offered")
    assert spoken_hint("short_of_stock", "xx", amount_paise=None).startswith("Hint: Not enough")


def test_new_customer_notice() -> None:
    names = {"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"}
    assert new_customer_text("en", names) == "New customer for tomato."
    assert new_customer_text("hi", names) == "टमाटर के लिए नया ग्राहक आया है।"
    assert new_customer_text("ta", names) == "தக்காளி வாங்க புதிய வாடிக்கையாளர் வந்துள்ளார்."
    assert new_customer_text("te", {"hi": "टमाटर"}).startswith("టమాటర")  # transliterated
    assert new_customer_text("bn", None) == "নতুন ক্রেতা এসেছেন।"
    assert new_customer_text("xx", names) == "New customer for tomato."


def test_every_language_says_the_slow_notices() -> None:
    """A phone's notice that words are slow to be made out, its own or the customer's,
    in each language the notices speak; an unknown language falls back to English."""
    assert set(SLOW_OWN) == set(SLOW_CUSTOMER) == set(NEW_CUSTOMER)
    for language in NEW_CUSTOMER:
        own, theirs = slow_text(True, language), slow_text(False, language)
        assert own and theirs and own != theirs, language
    assert slow_text(False, "xx") == SLOW_CUSTOMER["en"]
