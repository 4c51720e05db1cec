"""A deal's total is held between the payment gateway's smallest and largest order
(`payment_min_total_paise`, `payment_max_total_paise`): the rule, its settings, and the
pages' sentence for a total above the most, in every language people talk in here."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError

from server.domain.errors import InvalidOffer, TotalTooLarge, TotalTooSmall
from server.domain.languages import SPOKEN, reads_in
from server.domain.negotiation import MAX_DEAL_PAISE, MAX_TOTAL_PAISE
from server.domain.negotiation.rules import check_total_payable
from server.settings import Settings
from server.web.pages import STATIC


def test_a_total_above_the_most_is_refused_naming_the_most() -> None:
    check_total_payable(50_000, 10, 100, 500_000)  # ₹5,000 exactly: taken
    with pytest.raises(TotalTooLarge) as refused:
        check_total_payable(50_001, 10, 100, 500_000)
    error = refused.value
    assert isinstance(error, InvalidOffer)  # a 422 like any offer that cannot be made
    assert error.code == "total_too_large"
    assert error.detail == {"max_total_paise": 500_000, "total_paise": 500_010}
    assert error.message.startswith("The total can be at most ₹5,000: ₹500.01 for 10")
    # The bottom is still held: the two bounds are checked in one place.
    with pytest.raises(TotalTooSmall):
        check_total_payable(9, 10, 100, 500_000)


def test_the_default_most_is_razorpays_default_account_maximum() -> None:
    assert MAX_TOTAL_PAISE == 50_000_000  # ₹5,00,000
    check_total_payable(5_000_000, 10, 100)
    with pytest.raises(TotalTooLarge):
        check_total_payable(5_000_001, 10, 100)
    settings = Settings()
    assert settings.payment_max_total_paise == MAX_TOTAL_PAISE


def test_the_maximum_setting_is_read_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VYAPAR_PAYMENT_MAX_TOTAL_PAISE", "100000000")
    assert Settings().payment_max_total_paise == 100_000_000
    # At most the most one negotiation can be for, at least the gateway's ₹1.
    for wrong in (MAX_DEAL_PAISE + 1, 99, 0):
        with pytest.raises(ValidationError, match="payment_max_total_paise"):
            Settings(payment_max_total_paise=wrong)
    assert Settings(payment_max_total_paise=MAX_DEAL_PAISE).payment_max_total_paise == (
        MAX_DEAL_PAISE
    )
    with pytest.raises(ValidationError, match=r"VYAPAR_PAYMENT_MIN_TOTAL_PAISE \(20000\) is above"):
        Settings(payment_min_total_paise=20_000, payment_max_total_paise=10_000)
    equal = Settings(payment_min_total_paise=10_000, payment_max_total_paise=10_000)
    assert equal.payment_max_total_paise == 10_000


def test_the_most_is_worded_in_every_language() -> None:
    messages = json.loads((STATIC / "errors.json").read_text("utf-8"))["messages"]
    sentences = set()
    for lang in SPOKEN:
        text = messages[lang]["total_too_large"]
        assert re.findall(r"\{(\w+)\}", text) == ["amount"], (lang, text)
        assert reads_in(text.replace("{amount}", ""), lang), (lang, text)
        assert text != messages[lang]["total_too_small"], lang
        sentences.add(text)
    assert len(sentences) == len(SPOKEN)
    # errorText fills {amount} from the refusal's detail.
    common = (STATIC / "common.js").read_text("utf-8")
    assert "detail.max_total_paise" in common
