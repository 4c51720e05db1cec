"""A price set on a condition, then an advance promised with no amount of its own ("give
it for 5,500 and I'll pay an advance tomorrow"): the price is no deposit and stands, while
an amount said right before the deposit word is still the deposit."""

from __future__ import annotations

from audio.understanding import Intent, understand


def _read(text: str, language: str) -> tuple[Intent, int | None]:
    u = understand(text, language=language, has_outstanding_offer=True)
    return u.intent, u.amount_paise


def test_price_before_an_advance_promised_stands() -> None:
    assert _read("ಐದೂವರೆ ಸಾವಿರಕ್ಕೆ ಕೊಟ್ರೆ ನಾಳೆನೇ ಅಡ್ವಾನ್ಸ್ ಕೊಡ್ತೀನಿ", "kn") == (
        Intent.COUNTER,
        550000,
    )
    assert _read("give it for five thousand and I will pay the advance tomorrow", "en") == (
        Intent.COUNTER,
        500000,
    )
    assert _read("चार हज़ार में दे दो तो कल ही एडवांस दे दूँगा", "hi") == (Intent.COUNTER, 400000)


def test_amount_right_before_the_deposit_word_is_still_the_deposit() -> None:
    assert _read("ಮೂರು ಸಾವಿರ, ಸಾವಿರ ರೂಪಾಯಿ ಮುಂಗಡವಾಗಿ ಕೊಡಿ", "kn") == (Intent.COUNTER, 300000)
    assert _read("ok three thousand, keep five hundred as advance", "en")[1] == 300000
