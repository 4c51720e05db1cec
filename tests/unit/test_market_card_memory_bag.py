"""A way to pay asked with another's shortage as its reason, a regular's habit told as a
memory, and a bag said forgotten or not had with a request for one."""

from __future__ import annotations

import pytest

from audio.market.recognise import market_act

CASES = [
    # a card asked, the cash short its reason: the card is asked
    ("en", "can I pay by card? not enough cash", "pay_card"),
    ("en", "card? no, cash only", "pay_cash"),
    ("en", "UPI? not working, I'll give cash", "pay_cash"),
    ("bn", "কার্ড চলবে? ক্যাশ কম আছে", "pay_card"),
    ("ml", "കാർഡ് എടുക്കുമോ? ക്യാഷ് കുറവാണ്", "pay_card"),
    # a habit told as a memory is no claim to be a regular now
    ("en", "when my son was little we used to come here every Sunday", None),
    ("en", "we used to come here every Sunday when my daughter was small", None),
    ("hi", "जब बेटी छोटी थी, हम every Sunday यहाँ आते थे", None),
    ("en", "I've come here every Sunday since my son was little", "regular_customer"),
    ("en", "I come here every Sunday", "regular_customer"),
    ("en", "I've been buying from you for ten years", "regular_customer"),
    ("te", "padi samvatsaraluga mee daggare konutunna", "regular_customer"),
    # the claim said outright in the present beside a memory still claims it
    ("en", "your mother used to sell us rice, I'm a regular here", "regular_customer"),
    (
        "hi",
        "bachpan mein papa ke saath aate the, ab main aapka regular customer hoon",
        "regular_customer",
    ),
    # a bag forgotten or not had, one asked for
    ("gu", "thelo lavanu bhuli gayo, ek aapo", "give_bag"),
    ("gu", "થેલી લાવવાનું ભૂલી ગઈ, એક આપો ને", "give_bag"),
    ("pa", "ਥੈਲਾ ਲਿਆਉਣਾ ਭੁੱਲ ਗਈ, ਇੱਕ ਦੇ ਦਿਓ", "give_bag"),
    ("en", "forgot my bag, give me one", "give_bag"),
    ("en", "I have no bag with me, give one", "give_bag"),
    ("en", "no bag with me today, give one", "give_bag"),
    ("en", "I have my bag with me", "have_bag"),
    ("en", "I forgot my bag on the bus", None),
    ("hi", "थैला बस में भूल गई", None),
]


@pytest.mark.parametrize(("language", "text", "act"), CASES)
def test_act(language: str, text: str, act: str | None) -> None:
    found = market_act(text, language)
    assert (found.act if found else None) == act
