"""Market talk as acts: every act said and understood in every language, the stall corpus,
contradictions, products in the listener's words, and the hook in interpret()."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio.acts import ActKind
from audio.interpret import Interpretation, interpret
from audio.market import ACTS, LANGUAGES, market_act, say
from audio.market.inventory import act, check_table
from audio.phrasebook import PhrasebookMT
from audio.understanding import Catalogue, CatalogueItem, Intent, understand
from tests.unit.test_phrasebook import in_script

CORPUS = Path(__file__).parents[1] / "corpus" / "market"
TOMATO = {"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"}
CATALOGUE = Catalogue([CatalogueItem("tomato", TOMATO)])
PRICE_MOVES = (Intent.OFFER, Intent.COUNTER)


def corpus(language: str) -> list[dict[str, object]]:
    lines = (CORPUS / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_inventory_holds_at_least_forty_acts_in_ten_languages() -> None:
    assert len(ACTS) >= 40
    assert set(LANGUAGES) == {"hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa"}
    for entry in ACTS.values():
        assert entry.gloss
        assert set(entry.say) == set(LANGUAGES)
        assert all(entry.cues[lang] for lang in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_act_is_said_in_the_language_and_its_script(language: str) -> None:
    for entry in ACTS.values():
        said = say(entry.id, language)
        assert said.strip(), entry.id
        assert "{" not in said, entry.id
        assert in_script(said, language), (entry.id, said)
        named = say(entry.id, language, TOMATO)
        assert in_script(named, language), (entry.id, named)
        if entry.takes_product:
            # the listener's own word, or one transliterated into their script
            assert named != said, entry.id
            if language in TOMATO:
                assert TOMATO[language] in named, (entry.id, named)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rendering_is_understood_back_as_the_same_act(language: str) -> None:
    for entry in ACTS.values():
        for names in (None, TOMATO):
            said = say(entry.id, language, names)
            heard = market_act(said, language)
            assert heard is not None and heard.act == entry.id, (entry.id, said, heard)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stall_corpus_is_understood(language: str) -> None:
    lines = corpus(language)
    assert len(lines) >= 30
    assert sum(1 for line in lines if line["act"] is not None) >= 30
    right = 0
    for line in lines:
        text = str(line["text"])
        heard = market_act(text, language)
        right += (heard.act if heard else None) == line["act"]
        if line["act"] is not None:
            continue  # an act meant: what understanding makes of it is not checked here
        understood = understand(text, language=language)
        if understood.intent in PRICE_MOVES:
            # a price move meant: understanding keeps it, no market act stands in for it
            assert understood.amount_paise is not None, text
    assert right / len(lines) >= 0.9, f"{language}: {right}/{len(lines)}"


def test_a_cue_inside_a_longer_cue_of_another_act_yields_to_it() -> None:
    found = market_act("these beans look old, not fresh", "en")
    assert found is not None and found.act == "quality_old"
    found = market_act("छुट्टा नहीं है", "hi")
    assert found is not None and found.act == "no_change"


@pytest.mark.parametrize(
    ("language", "text", "meant"),
    [
        # a bag said with the speaker, the bag named first
        ("ta", "பை என்கிட்டயே இருக்கு, அதுல போட்டுக் குடுங்க", "have_bag"),
        ("bn", "থলি আমার কাছেই আছে, ওতে দিয়ে দিন", "have_bag"),
        ("pa", "ਸਬਜ਼ੀ ਵਾਲਾ ਥੈਲਾ ਮੈਂ ਲੈ ਕੇ ਆਇਆ ਹਾਂ ਭਾਜੀ", "have_bag"),
        # a place that holds the word for cash
        ("ml", "കാശ്മീരിൽ നിന്ന് നേരിട്ട് കൊണ്ടുവന്ന കുങ്കുമപ്പൂ ആണ് ചേച്ചി", "claim_origin"),
        ("ml", "കാശ് തന്നാൽ പോരേ?", "pay_cash"),
        # heat, sweat and clouds are weather
        ("ta", "veyil thaanga mudiyala, romba adhigama irukku", None),
        ("ml", "ഭയങ്കര ഉഷ്ണം, വിയർത്ത് ഒലിക്കുന്നു", None),
        ("bn", "আকাশে মেঘ করে আছে, ছাতা আনিনি", None),
        ("ml", "നല്ല ചൂട് ചായ, ഇപ്പോ ഇട്ടതാ", "claim_fresh"),
        # a price thrown back as a question beside the weather or a festival
        ("hi", "गर्मी है तो क्या, नींबू इतने महंगे?", "too_expensive"),
        ("te", "ఉల్లిపాయలు బాగా ప్రియం అయిపోయాయి అన్నా", "too_expensive"),
        ("te", "కొత్తిమీర కొంచెం ఎక్కువ వేయండి", "ask_extra"),
        # picking: one's own with the kind wanted, or the vendor's, thanked for
        ("en", "Let me pick the bangles myself, I want ones with more glitter", "pick_myself"),
        ("kn", "ಥ್ಯಾಂಕ್ಸ್ ಅಣ್ಣ, ಒಳ್ಳೆ ಹಣ್ಣು ಆರಿಸಿ ಕೊಟ್ಟಿದ್ದೀರಿ", "thanks"),
        ("hi", "धन्यवाद भैया, अच्छे आम छाँट के दिए आपने", "thanks"),
        ("gu", "રોકડા કે ઓનલાઈન, શેમાં આપશો?", "pay_how"),
        ("mr", "या ब्रेडला बुरशी आली आहे", "quality_soft"),
        ("ml", "ഈ പപ്പടം എല്ലാം പൊടിഞ്ഞ് പോയി", "quality_soft"),
        ("kn", "ಒಂದ್ನಿಮಿಷ, ಮಗನಿಗೆ ಫೋನ್ ಮಾಡ್ತೀನಿ", "wait"),
        ("bn", "একটা ক্যারিব্যাগ হবে দাদা?", "give_bag"),
    ],
)
def test_the_act_meant_is_heard_and_look_alikes_say_none(
    language: str, text: str, meant: str | None
) -> None:
    heard = market_act(text, language)
    assert (heard.act if heard else None) == meant, text


def test_contradicting_acts_recognise_nothing() -> None:
    assert market_act("ye tamatar naram hain, ekdam taja", "hi") is None
    assert market_act("too soft, very sweet", "en") is None


def test_methods_said_together_ask_how_to_pay_and_courtesies_yield() -> None:
    found = market_act("UPI ya cash?", "hi")
    assert found is not None and found.act == "pay_how"
    found = market_act("नमस्ते भैया, टमाटर कितने के दिए?", "hi")
    assert found is not None and found.act == "ask_price"
    assert market_act("आज बारिश बहुत है", "hi") is None
    assert market_act("", "ta") is None


def test_the_product_named_is_found_and_said_in_the_listeners_words() -> None:
    found = market_act("ye tamatar bilkul naram hain", "hi", CATALOGUE)
    assert found is not None and found.act == "quality_soft" and found.product == "tomato"
    assert "தக்காளி" in say(found, "ta", TOMATO)
    kannada = say(found, "kn", TOMATO)  # no Kannada name: transliterated
    assert in_script(kannada, "kn") and "Tomato" not in kannada


def test_bad_input_gets_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no market acts"):
        market_act("namaste", "fr")
    with pytest.raises(ValueError, match="unknown market act"):
        say("haggle", "hi")
    with pytest.raises(ValueError, match="no rendering"):
        say("greet", "or")
    three_ways = act("x", "x", **{lang: ("a|b {product}|c", "x") for lang in LANGUAGES})
    with pytest.raises(ValueError, match="with and without a product"):
        check_table([three_ways])
    with pytest.raises(ValueError, match="listed twice"):
        check_table([ACTS["greet"], ACTS["greet"]])


async def hindi_heard(text: str, target: str) -> Interpretation:
    """`text`, said in Hindi at a tomato stall, as a `target` listener receives it."""
    return await interpret(
        text,
        source="hi",
        target=target,
        speaker="customer",
        mt=PhrasebookMT(),
        catalogue=CATALOGUE,
        product_names={"tomato": TOMATO},
    )


async def test_interpret_says_a_market_line_as_its_act() -> None:
    result = await hindi_heard("ये टमाटर तो बिलकुल नरम हैं", "ta")
    assert result.act is None
    assert result.market is not None and result.market.act == "quality_soft"
    assert result.translation.provider == "phrasebook"
    assert result.translation.untranslated is False
    assert result.translation.text == say("quality_soft", "ta", TOMATO)


async def test_interpret_never_lets_a_market_act_override_a_price() -> None:
    result = await hindi_heard("एकदम ताज़ा टमाटर, चालीस रुपये किलो", "en")
    assert result.market is None
    assert result.act is not None and result.act.kind is ActKind.OFFER
    assert result.act.amount_paise == 4000
    assert "40" in result.translation.text


async def test_interpret_passes_what_no_act_covers_as_before() -> None:
    result = await hindi_heard("आज बारिश बहुत है", "ta")
    assert result.act is None and result.market is None
    assert result.translation.untranslated is True
