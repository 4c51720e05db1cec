"""Price questions and their look-alikes in Punjabi, Kannada, Marathi and Gujarati:
"what will you take for it" asks the charge, "kinne loge" with riders counted asks the
fare, "for all of them" and "all together" mark a total, Kannada "at the end"
(ಕೊನೆಯಲ್ಲಿ) is a time and no last price, and Marathi "for that much a new one comes"
refuses the amount said back."""

from __future__ import annotations

import pytest

from audio.understanding import understand
from audio.understanding.result import Intent


@pytest.mark.parametrize(
    "text",
    [
        "ਕਮੀਜ਼ ਦੀ ਸਿਲਾਈ ਦਾ ਕੀ ਲਓਗੇ? ਕੱਪੜਾ ਮੇਰਾ ਆਪਣਾ ਆ।",
        "ਭਾਜੀ, ਇਸ ਸਾਈਕਲ ਦੀ ਮੁਰੰਮਤ ਦੇ ਕੀ ਲਓਗੇ",
        "bus adde ton mandi kinne loge? do jane aan",
        "kachehri tak kinne loge ji, teen bande haan",
    ],
)
def test_punjabi_charge_asked(text: str) -> None:
    assert understand(text, language="pa").intent is Intent.QUESTION


def test_punjabi_what_else_asks_no_price() -> None:
    u = understand("ਹੋਰ ਕੀ ਲਓਗੇ ਭੈਣ ਜੀ?", language="pa", has_outstanding_offer=True)
    assert u.intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [("ਤਿੰਨ ਸੌ ਨਹੀਂ, ਸਾਰਿਆਂ ਦੇ ਢਾਈ ਸੌ ਲਾ ਲਓ।", 25000), ("sariyan de do sau de deo", 20000)],
)
def test_punjabi_for_all_of_them_is_a_total(text: str, amount: int) -> None:
    u = understand(text, language="pa", has_outstanding_offer=True, reference_paise=30000)
    assert (u.intent, u.amount_paise, u.per_unit) == (Intent.COUNTER, amount, False)


@pytest.mark.parametrize(
    "text",
    [
        "ದಿನಕ್ಕೆ ಆರುನೂರು, ಭಾನುವಾರನೂ ಸೇರಿ, ವಾರದ ಕೊನೇಲಿ ಕೊಟ್ರೆ ಸಾಕು",
        "ತಿಂಗಳಿಗೆ ಎರಡು ಸಾವಿರ, ಭಾನುವಾರನೂ ಸೇರಿ, ತಿಂಗಳ ಕೊನೆಯಲ್ಲಿ ದುಡ್ಡು ಕೊಡಿ",
    ],
)
def test_kannada_at_the_end_is_a_time(text: str) -> None:
    u = understand(text, language="kn")
    assert u.amount_paise is not None
    assert not u.final


@pytest.mark.parametrize("text", ["ಕೊನೆಯ ಬೆಲೆ ಐನೂರು", "ಕೊನೆಗೆ ಐನೂರು, ಇನ್ನು ಕಡಿಮೆ ಇಲ್ಲ"])
def test_kannada_last_price_stays_final(text: str) -> None:
    u = understand(text, language="kn", has_outstanding_offer=True, reference_paise=60000)
    assert (u.amount_paise, u.final) == (50000, True)


@pytest.mark.parametrize(
    ("text", "ref"),
    [("अठराशे? एवढ्यात तर नवा मिक्सर येतो.", 180000), ("सातशे? एवढ्यात तर बाजारात नवीन मिळेल", 70000)],
)
def test_marathi_for_that_much_a_new_one_refuses(text: str, ref: int) -> None:
    u = understand(text, language="mr", has_outstanding_offer=True, reference_paise=ref)
    assert (u.intent, u.amount_paise) == (Intent.REJECT, None)


def test_marathi_own_visits_keep_the_counter() -> None:
    u = understand("तीनशे करा ना, मी नेहमी येतो", language="mr", has_outstanding_offer=True)
    assert (u.intent, u.amount_paise) == (Intent.COUNTER, 30000)


@pytest.mark.parametrize(
    ("text", "amount", "count"),
    [("ત્રણ થાળી, બધા મળીને છસો રૂપિયા", 60000, 3), ("બધા મળીને આઠસો", 80000, None)],
)
def test_gujarati_all_together_is_a_total(text: str, amount: int, count: int | None) -> None:
    u = understand(text, language="gu")
    assert (u.intent, u.amount_paise, u.per_unit, u.quantity) == (
        Intent.OFFER,
        amount,
        False,
        count,
    )


def test_gujarati_everyone_elses_price_stays_theirs() -> None:
    u = understand(
        "બધા સાતસો માં આપે છે, તમે આઠસો કેમ કહો છો?",
        language="gu",
        has_outstanding_offer=True,
        reference_paise=80000,
    )
    assert (u.intent, u.amount_paise) == (Intent.QUESTION, None)
