"""Everyday lines that were relayed: goods brought from the farm this morning claim
freshness (`audio.market.morning_brought`), picking one's own romanized, buying only
here, a nursery's own plants, a small thing asked free, a double cover, goods crushed and
gone black."""

from __future__ import annotations

import pytest

from audio.market import market_act


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found else None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("te", "ఈ జామకాయలు ఈ ఉదయం తోట నుంచి తెచ్చాం", "claim_fresh"),
        ("kn", "ಈ ಹೂವು ಬೆಳಗ್ಗೆ ತೋಟದಿಂದ ತಂದಿದ್ದು", "claim_fresh"),
        ("en", "straight from the farm this morning", "claim_fresh"),
        ("te", "nene erukovacha anna?", "pick_myself"),
        ("ml", "njan thanne thiranjedukkatte?", "pick_myself"),
        ("bn", "ami protidin apnar kach thekei mach kini", "regular_customer"),
        ("kn", "ಇದೆಲ್ಲ ನಮ್ಮ ನರ್ಸರಿ ಸಸಿಗಳು", "claim_origin"),
        ("en", "one sharpener free?", "ask_extra"),
        ("en", "give one small sachet of shampoo extra", "ask_extra"),
        ("en", "can you give a double bag please", "give_bag"),
        ("hi", "ye aam dab gaye hain", "quality_soft"),
    ],
)
def test_everyday_lines(language: str, text: str, act: str) -> None:
    assert _act(text, language) == act


def test_a_farm_alone_claims_origin() -> None:
    assert _act("సీదా తోట నుంచి తెచ్చాం", "te") == "claim_origin"


def test_not_one_free_is_no_request() -> None:
    assert _act("not one seat free on the bus", "en") is None
