"""Trays counted on a condition ask the bulk rate, also with the lots and the taking far
apart ("सारी पेटियाँ मैं ही उठा लूँ तो"); the land of one's own village talked about
claims no origin of goods; Marathi "कसं काय?" after a greeting greets, no price asked."""

from __future__ import annotations

import asyncio

import pytest

from audio.acts import ActKind
from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def _heard(text: str, language: str) -> tuple[str | None, ActKind | None]:
    result = asyncio.run(
        interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    )
    market = result.market.act if result.market is not None else None
    return market, result.act.kind if result.act is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "if we take twenty five trays daily for the hostel, what's the rate?"),
        ("hi", "ढाबे के लिए रोज़ तीस ट्रे लूँ तो क्या भाव दोगे?"),
        ("hi", "अगर ये सारी बोरियाँ हम ही उठा लें तो क्या रेट लगाओगे?"),
        ("pa", "ਜੇ ਸਾਰੀਆਂ ਪੇਟੀਆਂ ਅਸੀਂ ਹੀ ਲੈ ਜਾਵਾਂ ਤਾਂ ਕੀ ਰੇਟ ਲਾਓਗੇ?"),
        ("te", "మెస్ కి రోజూ ఇరవై ట్రేలు తీసుకుంటే ఏ రేటుకి ఇస్తారు?"),
        ("kn", "ಮೆಸ್‌ಗೆ ದಿನಾ ಹತ್ತು ಟ್ರೇ ತಗೊಂಡ್ರೆ ಏನು ರೇಟ್?"),
        ("ta", "மெஸ்ஸுக்கு தினமும் பத்து ட்ரே எடுத்தா என்ன ரேட்?"),
        ("ml", "കടയിലേക്ക് ദിവസവും പത്ത് ട്രേ എടുത്താൽ എന്ത് റേറ്റ്?"),
        ("gu", "લારી માટે રોજ દસ ટ્રે લઉં તો શું ભાવ?"),
        ("mr", "खानावळीसाठी रोज दहा ट्रे घेतले तर काय भाव?"),
        ("bn", "দোকানের জন্য রোজ দশ ট্রে নিলে কী দর?"),
    ],
)
def test_trays_or_far_lots_on_condition_ask_bulk_rate(language: str, text: str) -> None:
    assert _heard(text, language)[0] == "bulk_price"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how much is one tray?"),
        ("hi", "एक ट्रे कितने की है?"),
        ("kn", "ಒಂದು ಟ್ರೇ ಎಷ್ಟು?"),
    ],
)
def test_one_tray_priced_stays_price_question(language: str, text: str) -> None:
    assert _heard(text, language) == (None, ActKind.QUESTION)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "ਮੇਰੇ ਪਿੰਡ ਦੀ ਜ਼ਮੀਨ ਦਾ ਰੇਟ ਹੁਣ ਬਹੁਤ ਚੜ੍ਹ ਗਿਆ"),
        ("hi", "मेरे गाँव की जमीन पर इस बार धान अच्छा हुआ"),
        ("gu", "મારા ગામની જમીન હવે બહુ મોંઘી થઈ ગઈ"),
        ("bn", "আমার গ্রামের জমিতে এবার ধান ভালো হয়েছে"),
        ("te", "మా ఊరి భూమి ఈసారి బాగా పండింది"),
        ("en", "land in my village is so costly these days"),
    ],
)
def test_own_village_land_claims_no_origin(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is None or act.act not in ("claim_origin", "too_expensive", "come_look")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "ਇਹ ਸ਼ੱਕਰ ਸਾਡੇ ਪਿੰਡ ਦੀ ਹੈ, ਘਰ ਦੀ ਬਣੀ"),
        ("pa", "ਸਾਡੇ ਪਿੰਡ ਦੀ ਜ਼ਮੀਨ ਦੇ ਆਲੂ ਨੇ, ਖੇਤ ਤੋਂ ਸਿੱਧੇ"),
    ],
)
def test_goods_from_own_village_still_claim_origin(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "claim_origin"


@pytest.mark.parametrize(
    "text", ["रामराम मावशी, कसं काय?", "नमस्कार भाऊ, कसं काय चाललंय?", "राम राम, kasa kay?"]
)
def test_marathi_how_is_it_after_greeting_greets(text: str) -> None:
    assert _heard(text, "mr") == ("greet", None)


@pytest.mark.parametrize("text", ["नमस्कार, हे कसं काय दिलं?", "वांगी कसा काय दिला?"])
def test_marathi_how_given_stays_price_question(text: str) -> None:
    assert _heard(text, "mr") == (None, ActKind.QUESTION)


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "इस पेटी में तो सिर्फ आठ-दस आम हैं", None),
        ("hi", "इस ट्रे में तो तीन अंडे फूटे हुए हैं", "quality_soft"),
        ("pa", "ਇਸ ਪੇਟੀ ਵਿੱਚ ਤਾਂ ਅੱਧੇ ਆਲੂ ਗਲੇ ਹੋਏ ਨੇ", "quality_soft"),
        ("gu", "આ પેટીમાં તો માંડ દસ કેરી છે", None),
    ],
)
def test_lot_the_goods_lie_in_asks_no_bulk_rate(language: str, text: str, act: str | None) -> None:
    got = market_act(text, language)
    assert (got.act if got is not None else None) == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "what's the rate for a dozen lac bangles?", "ask_price"),
        ("en", "Come didi, have a look, lac bangles with mirror work", "come_look"),
        ("hi", "लाख की चूड़ियाँ कितने की दी?", "ask_price"),
        ("gu", "લાખની બંગડી મળશે?", "have_it"),
    ],
)
def test_lac_named_as_material_is_no_lakh(language: str, text: str, act: str) -> None:
    result = asyncio.run(
        interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    )
    assert result.act is None or result.act.amount_paise is None
    heard = result.market.act if result.market is not None else None
    asked = result.act is not None and result.act.kind is ActKind.QUESTION
    assert heard == act or (act == "ask_price" and asked)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [("en", "two lac for this necklace?", 20_000_000), ("hi", "एक लाख में दोगे ये हार?", 10_000_000)],
)
def test_lakh_said_as_sum_keeps_its_price(language: str, text: str, paise: int) -> None:
    result = asyncio.run(
        interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    )
    assert result.act is not None and result.act.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("ml", "അഞ്ച് ഷർട്ട് എടുക്കുവാ, എന്തെങ്കിലും ഡിസ്കൗണ്ട് താ", "ask_discount"),
        ("ml", "മൂന്ന് ഡസൻ എടുക്കാം, വില കുറച്ചു തരാമോ?", "ask_discount"),
        ("te", "ఈ సొరకాయ మరీ చిన్నది, పెద్దది లేదా?", "quality_small"),
        ("te", "ee kaakarakaaya chala chinnadi anna", "quality_small"),
    ],
)
def test_discount_with_count_and_small_said_are_the_act(language: str, text: str, act: str) -> None:
    assert _heard(text, language) == (act, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "maa papa inka chinnadi, school ki ippude vellindi"),
        ("ml", "എന്റെ മോൻ ചെറുതാണ്, രണ്ടാം ക്ലാസിലാ"),
        ("ml", "ഇത്തവണ മീനിന് വില കുറച്ചു കൂടി"),
    ],
)
def test_child_small_or_price_gone_up_is_no_act(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is None or act.act not in ("quality_small", "ask_discount")
