"""The phrasebook: every act in every language, amounts in digits, free text marked."""

from __future__ import annotations

import unicodedata

import pytest

from audio.acts import ActKind, NegotiationAct
from audio.engines import MTEngine
from audio.errors import EngineUnavailable
from audio.phrasebook import LANGUAGES, PHRASES, PhrasebookMT, product_name, render, say_price

TOMATO = {
    "hi": "टमाटर",
    "en": "tomatoes",
    "ta": "தக்காளி",
    "te": "టమాటా",
    "bn": "টমেটো",
    "mr": "टोमॅटो",
    "gu": "ટામેટાં",
    "kn": "ಟೊಮೆಟೊ",
    "ml": "തക്കാളി",
    "pa": "ਟਮਾਟਰ",
}
# How each language writes "kilo" in a quantity, so the unit is checked too.
KILO = {
    "hi": "किलो",
    "en": "kilos",
    "ta": "கிலோ",
    "te": "కిలో",
    "bn": "কেজি",
    "mr": "किलो",
    "gu": "કિલો",
    "kn": "ಕೆಜಿ",
    "ml": "കിലോ",
    "pa": "ਕਿੱਲੋ",
}
BLOCKS = {
    "hi": (0x0900, 0x097F),
    "mr": (0x0900, 0x097F),
    "bn": (0x0980, 0x09FF),
    "pa": (0x0A00, 0x0A7F),
    "gu": (0x0A80, 0x0AFF),
    "ta": (0x0B80, 0x0BFF),
    "te": (0x0C00, 0x0C7F),
    "kn": (0x0C80, 0x0CFF),
    "ml": (0x0D00, 0x0D7F),
}
PRICED_KINDS = [k for k in ActKind if k is not ActKind.GREETING]


def in_script(text: str, language: str) -> bool:
    marks = [c for c in text if unicodedata.category(c)[0] in "LM"]
    if language == "en":
        return all(c.isascii() for c in marks)
    lo, hi = BLOCKS[language]
    return all(lo <= ord(c) <= hi for c in marks)


def act(kind: ActKind, **fields: object) -> NegotiationAct:
    values: dict[str, object] = {
        "amount_paise": 4050,
        "per_unit": True,
        "quantity": 2,
        "unit": "kg",
        "product_names": TOMATO,
        "speaker": "vendor",
    }
    values.update(fields)
    return NegotiationAct(kind, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PRICED_KINDS)
@pytest.mark.parametrize("speaker", ["vendor", "customer", None])
def test_every_act_renders_amount_quantity_and_product(
    kind: ActKind, language: str, speaker: str | None
) -> None:
    text = render(act(kind, speaker=speaker), language)
    assert text.strip()
    assert in_script(text, language), text
    # ₹40.50 is said as 40 rupees 50 paise, both in digits.
    assert "40" in text and "50" in text, text
    assert f"2 {KILO[language]}" in text, text
    assert TOMATO[language] in text, text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("speaker", ["vendor", "customer", None])
def test_greetings_and_bare_acts_render(language: str, speaker: str | None) -> None:
    for kind in ActKind:
        bare = NegotiationAct(kind, speaker=speaker)
        text = render(bare, language)
        assert text.strip() and in_script(text, language)
        assert not any(c.isdigit() for c in text)
    assert render(NegotiationAct(ActKind.GREETING, speaker="vendor"), language) != render(
        NegotiationAct(ActKind.REJECT), language
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_unit(language: str) -> None:
    for unit in ("kg", "g", "dozen", "piece", "litre", "bunch"):
        text = render(act(ActKind.OFFER, unit=unit, quantity=3, per_unit=True), language)
        assert "3" in text and "40" in text
    assert set(PHRASES[language].units) == {"kg", "g", "dozen", "piece", "litre", "bunch"}


def test_per_unit_and_total_are_said_differently() -> None:
    per_kilo = act(ActKind.OFFER, amount_paise=4000, quantity=None, product_names=None)
    total = act(ActKind.OFFER, amount_paise=8000, per_unit=False, product_names=None)
    assert render(per_kilo, "hi") == "ले लीजिए, 40 रुपये किलो।"
    assert render(total, "hi") == "ले लीजिए, 2 किलो 80 रुपये में।"
    assert render(per_kilo, "en") == "I can do 40 rupees a kilo."
    assert render(act(ActKind.OFFER, amount_paise=8000, per_unit=False), "en") == (
        "I can give you 2 kilos of tomatoes for 80 rupees."
    )
    assert render(per_kilo, "ta") == "கிலோ 40 ரூபாய், வாங்கிக்கோங்க."
    assert "80 ரூபாய்க்கு" in render(act(ActKind.ACCEPT, amount_paise=8000, per_unit=False), "ta")
    assert "ಕೆಜಿಗೆ 40 ರೂಪಾಯಿ" in render(per_kilo, "kn")


def test_paise_only_when_not_zero() -> None:
    assert "पैसे" not in render(act(ActKind.ACCEPT, amount_paise=4000), "hi")
    assert "40 रुपये 50 पैसे" in render(act(ActKind.ACCEPT), "hi")
    assert "50 पैसे" in render(act(ActKind.ACCEPT, amount_paise=50), "hi")
    assert "1 rupee" in render(act(ActKind.ACCEPT, amount_paise=100), "en")
    assert "1 रुपया" in say_price(100, "hi")


def test_large_amounts_get_indian_grouping() -> None:
    text = say_price(12_500_000, "en")
    assert "1,25,000 rupees" in text
    assert "9999 rupees" in say_price(999_900, "en")


def test_quantities_are_said_in_whole_units() -> None:
    text = render(act(ActKind.COUNTER, quantity=1.5), "hi")
    assert "1 किलो 500 ग्राम" in text
    assert "250 grams of tomatoes" in render(act(ActKind.QUESTION, quantity=0.25), "en")
    coconut = {"hi": "नारियल", "en": "coconut"}
    three = act(ActKind.OFFER, unit="piece", quantity=3, product_names=coconut, speaker=None)
    assert "3 नारियल" in render(three, "hi")
    assert "3 pieces of coconut" in render(three, "en")
    assert "3টা" in render(three, "bn")


def test_unit_aliases_are_understood() -> None:
    assert render(act(ActKind.OFFER, unit="Kilo"), "hi") == render(act(ActKind.OFFER), "hi")
    assert render(act(ActKind.OFFER, unit="pcs"), "en") == render(
        act(ActKind.OFFER, unit="piece"), "en"
    )


def test_speakers_are_heard_in_their_role() -> None:
    vendor = render(act(ActKind.OFFER, speaker="vendor"), "hi")
    customer = render(act(ActKind.OFFER, speaker="customer"), "hi")
    assert vendor.startswith("ले लीजिए") and customer.endswith("दे दीजिए।")


def test_an_offer_without_a_price_asks_for_one() -> None:
    assert render(act(ActKind.OFFER, amount_paise=None, quantity=None), "hi") == (
        "टमाटर का क्या भाव है?"
    )
    assert render(act(ActKind.COUNTER, amount_paise=None, quantity=None), "en") == (
        "How much for tomatoes?"
    )


def test_product_names_fall_back_to_transliteration() -> None:
    only_hindi = NegotiationAct(ActKind.QUESTION, product_names={"hi": "टमाटर"})
    assert product_name(only_hindi, "mr") == "टमाटर"  # same script: as written
    assert product_name(only_hindi, "ta") == "டமாடர்"
    assert "டமாடர்" in render(only_hindi, "ta")
    assert product_name(only_hindi, "en") == "tamaatar"
    english_only = NegotiationAct(ActKind.QUESTION, product_names={"en": "okra"})
    assert in_script(render(english_only, "hi"), "hi")
    assert product_name(NegotiationAct(ActKind.QUESTION), "hi") is None


def test_bad_acts_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        render(act(ActKind.OFFER, amount_paise=-1), "hi")
    with pytest.raises(ValueError, match="positive"):
        render(act(ActKind.OFFER, quantity=0), "hi")
    with pytest.raises(EngineUnavailable):
        render(act(ActKind.OFFER), "xx")


async def test_translate_renders_acts() -> None:
    mt = PhrasebookMT()
    assert isinstance(mt, MTEngine)
    offer = act(ActKind.OFFER)
    result = await mt.translate("टमाटर चालीस रुपये पचास पैसे किलो", source="hi", target="ta", act=offer)
    assert result.text == render(offer, "ta")
    assert not result.untranslated and result.provider == "phrasebook"


async def test_free_text_passes_through_transliterated_and_marked() -> None:
    mt = PhrasebookMT()
    result = await mt.translate("मुझे 2 किलो टमाटर चाहिए", source="hi", target="ta")
    assert result.untranslated
    assert result.text == "முஜே 2 கிலோ டமாடர் சாஹிஏ"
    assert in_script(result.text, "ta")
    latin = await mt.translate("aap kaise hain", source="en", target="hi")
    assert latin.untranslated and in_script(latin.text, "hi")


async def test_same_language_passes_through_unchanged() -> None:
    mt = PhrasebookMT()
    result = await mt.translate("टमाटर 40 रुपये", source="hi", target="hi", act=act(ActKind.OFFER))
    assert result.text == "टमाटर 40 रुपये" and not result.untranslated


def test_supports() -> None:
    mt = PhrasebookMT()
    assert all(mt.supports("hi", target) for target in LANGUAGES)
    assert mt.supports("or", "ta")  # free Odia text can still be transliterated
    assert not mt.supports("hi", "or")  # but there are no Odia templates
    assert not mt.supports("xx", "hi")
