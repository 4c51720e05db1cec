"""The assigned E.164 country codes a phone number must begin with."""

from __future__ import annotations

import pytest

from server.domain.errors import InvalidInput
from server.domain.phone_numbers import COUNTRY_CODES, check_can_exist, country_code


def test_the_codes_are_a_prefix_code() -> None:
    for code in COUNTRY_CODES:
        assert code.isdigit() and 1 <= len(code) <= 3 and not code.startswith("0")
        assert not any(other != code and other.startswith(code) for other in COUNTRY_CODES)


@pytest.mark.parametrize(
    ("digits", "code"),
    [
        ("919876543210", "91"),
        ("447911123456", "44"),
        ("12025550123", "1"),
        ("79161234567", "7"),
        ("9779812345678", "977"),
        ("8801712345678", "880"),
        ("971501234567", "971"),
        ("999999999999", None),
        ("2101234567", None),
        ("0123456789", None),
    ],
)
def test_country_code(digits: str, code: str | None) -> None:
    assert country_code(digits) == code


@pytest.mark.parametrize(
    ("written", "e164"),
    [("12345678", "+12345678"), ("+0123456789", "+0123456789"), ("+99912345678", "+99912345678")],
)
def test_numbers_that_cannot_exist(written: str, e164: str) -> None:
    with pytest.raises(InvalidInput):
        check_can_exist(written, e164)


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("9876543210", "+919876543210"),
        ("919876543210", "+919876543210"),
        ("09876543210", "+919876543210"),
        ("+447911123456", "+447911123456"),
        ("00447911123456", "+447911123456"),
    ],
)
def test_numbers_that_can(written: str, e164: str) -> None:
    check_can_exist(written, e164)
