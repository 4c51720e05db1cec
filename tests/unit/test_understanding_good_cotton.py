"""Gujarati "સારું રૂ" (good cotton) before a price is the adjective and the cotton: no
agreement and no rupee sign; "સારું," alone before a price still agrees."""

from __future__ import annotations

from audio.understanding import Intent, understand


def test_good_cotton_agrees_to_nothing() -> None:
    understood = understand("સારું રૂ, ત્રણસો સાઠ કિલો", language="gu")
    assert understood.intent is not Intent.ACCEPT


def test_good_cotton_with_its_rate_is_an_offer() -> None:
    understood = understand("સારો રૂ છે, ચારસો રૂપિયે કિલો", language="gu")
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == 40000


def test_okay_before_the_price_on_the_table_accepts() -> None:
    understood = understand(
        "સારું, ત્રણસો સાઠ રાખો", language="gu", has_outstanding_offer=True, reference_paise=36000
    )
    assert understood.intent is Intent.ACCEPT
