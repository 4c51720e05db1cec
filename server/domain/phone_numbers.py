"""Whether a phone number can exist: its country code is one the ITU has assigned, and a
number written without one is a form an Indian number is written in.

A number that cannot exist would be stored as a contact nobody answers: `12345678`
(8 digits, no `+`) would read as +1 234 5678, and an Indian landline written without its
STD code (`2654 3210`) as +265 4321 0, a number in Malawi.
"""

from __future__ import annotations

from server.domain.errors import InvalidInput

# The country codes of ITU-T Recommendation E.164 in service, from the ITU's "List of
# ITU-T Recommendation E.164 assigned country codes" (Complement to Recommendation
# ITU-T E.164, https://www.itu.int/pub/T-SP-E.164D), by world numbering zone. Spare and
# reserved codes (210, 259, 28x, 384, 422, 671, 684, 83x, 969, 990, 997, 999 …) are left
# out, as are codes withdrawn from service (388). The codes are a prefix code: none
# begins another, so a number's code is its first one, two or three digits in the set.
COUNTRY_CODES = frozenset(
    """
    1
    20 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234
    235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255
    256 257 258 260 261 262 263 264 265 266 267 268 269 27 290 291 297 298 299
    30 31 32 33 34 350 351 352 353 354 355 356 357 358 359 36 370 371 372 373 374 375
    376 377 378 379 380 381 382 383 385 386 387 389 39
    40 41 420 421 423 43 44 45 46 47 48 49
    500 501 502 503 504 505 506 507 508 509 51 52 53 54 55 56 57 58 590 591 592 593 594
    595 596 597 598 599
    60 61 62 63 64 65 66 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687
    688 689 690 691 692
    7
    800 808 81 82 84 850 852 853 855 856 86 870 878 880 881 882 883 886 888
    90 91 92 93 94 95 960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976
    977 979 98 991 992 993 994 995 996 998
    """.split()
)

_NANP_DIGITS = 10
"""Every number under +1 (the North American Numbering Plan) is ten digits: a three-digit
area code and a seven-digit number."""

_NEEDS_COUNTRY_CODE = (
    "A phone number written without + needs its country code: write + and the country "
    "code before it (+44 7911 123456), or an Indian mobile as its 10 digits."
)


def country_code(digits: str) -> str | None:
    """The assigned country code `digits` (after the `+`) begin with, or None."""
    return next((digits[:n] for n in (1, 2, 3) if digits[:n] in COUNTRY_CODES), None)


def check_can_exist(written: str, e164: str) -> None:
    """Refuse (`InvalidInput`, 422, saying why) a number that cannot exist. `written` is
    the number as given, separators dropped (`+…`, `00…`, `0…` or bare digits); `e164` is
    what it was read as (`accounts.canonical_phone`)."""
    international = written.startswith(("+", "00"))
    if not international and not written.startswith("0"):
        # A bare number is an Indian mobile (10 digits, or 91 and 10 digits); any other
        # reading guesses a country.
        indian = len(written) == 10 or (written.startswith("91") and len(written) > 10)
        if not indian:
            raise InvalidInput(_NEEDS_COUNTRY_CODE)
    digits = e164[1:]
    if digits.startswith("0"):
        raise InvalidInput(
            "No country code begins with 0: after the + (or 00) comes the country code "
            "(91 for India), then the number without its trunk 0."
        )
    code = country_code(digits)
    if code is None:
        raise InvalidInput(
            f"The phone number +{digits[:3]}… does not begin with a country code in use; "
            "check it (an Indian number begins +91)."
        )
    if code == "1" and len(digits) != 1 + _NANP_DIGITS:
        raise InvalidInput(
            "A phone number under +1 (USA, Canada, the Caribbean) has 10 digits after +1."
        )
