"""Prices nobody said: Punjabi "ਬਾਈ" as the address (brother), not 22; rupees asked loose
or in coins; a bare number weighed out (a weight); a count taken with one asked free."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    "text",
    ["ਬਾਈ ਜੀ, ਥੋੜ੍ਹਾ ਸਸਤਾ ਕਰੋ", "bai ji kujh ghatt karo", "ਥੋੜ੍ਹਾ ਘਟਾਓ ਬਾਈ", "ਬਾਈ, ਮਟਰ ਕਿਵੇਂ?"],
)
def test_bai_as_address_is_no_price(text: str) -> None:
    assert understand(text, language="pa", has_outstanding_offer=True).amount_paise is None


def test_bai_with_rupees_is_twenty_two() -> None:
    got = understand("ਬਾਈ ਰੁਪਏ ਕਿੱਲੋ ਮੂਲੀ", language="pa", has_outstanding_offer=False)
    assert got.amount_paise == 22_00


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "भैया तीस रुपये खुले चाहिए"),
        ("en", "give me forty rupees in coins please"),
        ("mr", "तीस रुपये सुट्टे द्या"),
    ],
)
def test_rupees_asked_loose_is_no_price(language: str, text: str) -> None:
    got = understand(text, language=language, has_outstanding_offer=True)
    assert got.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "quantity", "unit"),
    [
        ("hi", "तीन सौ किशमिश तोल दो", 300, "g"),
        ("bn", "দেড়শো বাদাম ওজন করে দিন", 150, "g"),
        ("en", "weigh out two hundred of walnuts", 200, "g"),
    ],
)
def test_a_bare_number_weighed_is_a_weight(
    language: str, text: str, quantity: int, unit: str
) -> None:
    got = understand(text, language=language, has_outstanding_offer=False)
    assert (got.amount_paise, got.quantity, got.unit) == (None, quantity, unit)


def test_rupees_worth_weighed_stays_a_price() -> None:
    got = understand("चालीस रुपये का अदरक तोल दो", language="hi", has_outstanding_offer=False)
    assert got.amount_paise == 40_00


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "पाँच ले रही हूँ, एक फ्री डाल दो"), ("en", "taking five, give one free")],
)
def test_a_count_taken_with_one_free_is_no_price(language: str, text: str) -> None:
    assert understand(text, language=language, has_outstanding_offer=True).amount_paise is None


def test_a_count_then_its_price_asked_for_all_is_a_question() -> None:
    got = understand("पचास प्लेटें, सबका कितना?", language="hi", has_outstanding_offer=False)
    assert (got.amount_paise, got.quantity) == (None, 50)
