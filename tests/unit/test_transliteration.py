"""Offline transliteration: round trips between scripts, readable Latin, mixed text."""

from __future__ import annotations

import unicodedata

import pytest

from audio.engines import TransliterationEngine
from audio.errors import EngineUnavailable
from audio.transliteration import (
    SUPPORTED_LANGUAGES,
    IndicTransliterator,
    script_of,
    transliterate,
)

# Unicode blocks of each language's script, to check output is in the listener's script.
BLOCKS = {
    "hi": (0x0900, 0x097F),
    "mr": (0x0900, 0x097F),
    "bn": (0x0980, 0x09FF),
    "as": (0x0980, 0x09FF),
    "pa": (0x0A00, 0x0A7F),
    "gu": (0x0A80, 0x0AFF),
    "or": (0x0B00, 0x0B7F),
    "ta": (0x0B80, 0x0BFF),
    "te": (0x0C00, 0x0C7F),
    "kn": (0x0C80, 0x0CFF),
    "ml": (0x0D00, 0x0D7F),
}

# Everyday market words a Hindi speaker says that no script here needs to respell: no
# nukta letters, and no silent vowel inside a word (see test_silent_vowels_are_written).
HINDI_WORDS = "नमस्ते स्वागत है किलो दाम चालीस पचास पैसे दर्जन धन्यवाद भाव सौदा पक्का धनिया आलू"
SAMPLES = {
    "hi": "नमस्ते, मुझे 2 किलो टमाटर चाहिए। ४० रुपये ठीक है? ज़रूर, कृपया।",
    "mr": "नमस्कार, टोमॅटो 40 रुपये किलो.",
    "bn": "নমস্কার! টমেটো ৪০ টাকা কেজি। ময়দা আছে?",
    "as": "নমস্কাৰ! বিলাহী 40 টকা কেজি।",
    "pa": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ! ਟਮਾਟਰ 40 ਰੁਪਏ ਕਿੱਲੋ।",
    "gu": "નમસ્તે! ટામેટાં કિલોના 40 રૂપિયા.",
    "or": "ନମସ୍କାର! ଟମାଟୋ 40 ଟଙ୍କା କିଲୋ।",
    "ta": "வணக்கம்! தக்காளி கிலோ 40 ரூபாய். நன்றி, காஃபி.",
    "te": "నమస్కారం! టమాటా కిలో 40 రూపాయలు.",
    "kn": "ನಮಸ್ಕಾರ! ಟೊಮೆಟೊ ಕೆಜಿಗೆ 40 ರೂಪಾಯಿ.",
    "ml": "നമസ്കാരം! തക്കാളി കിലോയ്ക്ക് 40 രൂപ. അവൻ വന്നു.",
    "en": "Namaste, aap kaise hain? Tamatar 40 Rs kilo.",
}


def letters(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c)[0] in "LM"]


def in_script(text: str, language: str) -> bool:
    if language == "en":
        return all(c.isascii() for c in letters(text))
    lo, hi = BLOCKS[language]
    return all(lo <= ord(c) <= hi for c in letters(text))


def test_script_of_gives_iso_15924_codes() -> None:
    assert script_of("hi") == script_of("mr") == "Deva"
    assert script_of("bn") == script_of("as") == "Beng"
    assert [script_of(x) for x in ("pa", "gu", "or", "ta", "te", "kn", "ml", "en")] == [
        "Guru",
        "Gujr",
        "Orya",
        "Taml",
        "Telu",
        "Knda",
        "Mlym",
        "Latn",
    ]
    with pytest.raises(ValueError, match="xx"):
        script_of("xx")


@pytest.mark.parametrize("target", ["te", "bn", "kn", "ml", "gu", "as"])
def test_hindi_round_trips_through_other_scripts(target: str) -> None:
    there = transliterate(HINDI_WORDS, "hi", target)
    assert in_script(there, target)
    assert transliterate(there, target, "hi") == HINDI_WORDS


def test_round_trip_hi_ta_te_bn_kn_and_back() -> None:
    # Tamil writes no voicing or aspiration, so only words without them survive it.
    words = "नमस्ते आम नमक किलो पैसा मिर्च"
    text = words
    for source, target in [("hi", "ta"), ("ta", "te"), ("te", "bn"), ("bn", "kn"), ("kn", "hi")]:
        text = transliterate(text, source, target)
        assert in_script(text, target), (target, text)
    assert text == words


@pytest.mark.parametrize(("a", "b"), [("te", "kn"), ("kn", "ml"), ("ml", "te"), ("bn", "hi")])
def test_round_trips_between_scripts_of_one_family(a: str, b: str) -> None:
    text = {
        "te": "నమస్కారం టమాటా కిలో రూపాయలు ధర ఎంత",
        "kn": "ನಮಸ್ಕಾರ ಟೊಮೆಟೊ ಕೆಜಿಗೆ ರೂಪಾಯಿ ಬೆಲೆ ಎಷ್ಟು",
        "ml": "നമസ്കാരം കിലോ വില എത്ര",
        "bn": "নমস্কার টমেটো কেজি টাকা দাম",
    }[a]
    assert transliterate(transliterate(text, a, b), b, a) == text


def test_tamil_round_trips_through_hindi() -> None:
    text = "வணக்கம் கிலோ அம்மா"
    assert transliterate(text, "ta", "hi") == "वणक्कम किलो अम्मा"
    assert transliterate(transliterate(text, "ta", "hi"), "hi", "ta") == text


@pytest.mark.parametrize("scheme", ["iso", "iast", "itrans"])
def test_lossless_latin_schemes_round_trip(scheme: str) -> None:
    text = HINDI_WORDS + " प्याज़ आपका कितना"
    latin = transliterate(text, "hi", "en", latin_scheme=scheme)
    assert in_script(latin, "en") or scheme != "itrans"
    assert transliterate(latin, "en", "hi", latin_scheme=scheme) == text


def test_simple_latin_reads_like_people_write() -> None:
    said = transliterate("नमस्ते आपका टमाटर चालीस रुपये कितना मित्र साफ़ ठीक", "hi", "en")
    assert said == "namaste aapka tamaatar chaalees rupye kitna mitra saaf theek"
    assert transliterate("வணக்கம் தக்காளி நன்றி தமிழ் பைசா", "ta", "en") == (
        "vanakkam takkaali nandri tamizh paisa"
    )
    assert transliterate("নমস্কার টমেটো", "bn", "en") == "namaskaar tameto"
    assert transliterate("നമസ്കാരം", "ml", "en") == "namaskaaram"
    assert all(c.isascii() for c in transliterate(SAMPLES["hi"], "hi", "en"))


def test_casual_latin_becomes_indic_script() -> None:
    assert transliterate("namaste aap", "en", "hi") == "नमस्ते आप"
    assert transliterate("accha", "en", "hi") == "अच्छा"
    # Abbreviations and digits are not words to spell out.
    assert transliterate("2 kg, Rs 40", "en", "ta") == "2 kg, Rs 40"
    assert transliterate("namaste", "en", "ta") == "நமஸ்தே"


def test_silent_vowels_are_written_for_readers_who_say_every_vowel() -> None:
    # Hindi writes टमाटर and कितना but says "tamaatar", "kitnaa".
    assert transliterate("टमाटर", "hi", "ta") == "டமாடர்"
    assert transliterate("कितना", "hi", "te") == "కిత్నా"
    assert transliterate("मित्र", "hi", "te") == "మిత్ర"  # a conjunct keeps its vowel
    # And a Dravidian final virama is dropped for Hindi-type readers.
    assert transliterate("தமிழ்", "ta", "hi") == "तमिल"


def test_mixed_text_only_the_source_script_is_rewritten() -> None:
    out = transliterate("मुझे 2 kilo टमाटर चाहिए। total ₹80/-", "hi", "ta")
    assert "2 kilo" in out and "total ₹80/-" in out
    assert not any(0x0900 <= ord(c) <= 0x097F for c in out)
    assert out.endswith("total ₹80/-") and "டமாடர்" in out
    # Danda becomes a full stop for scripts that use one.
    assert "." in out and "।" not in out
    back = transliterate("தக்காளி 2 kilo please", "ta", "hi")
    assert back.endswith("2 kilo please")


def test_source_digits_come_out_ascii() -> None:
    assert transliterate("४० रुपये", "hi", "ta").startswith("40 ")
    assert transliterate("৪০ টাকা", "bn", "hi").startswith("40 ")
    assert transliterate("௪௦ ரூபாய்", "ta", "en").startswith("40 ")


def test_script_specific_spellings() -> None:
    assert transliterate("അവൻ", "ml", "ta") == "அவன்"  # Malayalam chillu read
    assert transliterate("हैं", "hi", "ml") == "ഹൈൻ"  # final nasal, not "m"
    assert transliterate("यदि", "hi", "bn") == "য়দি"  # Bengali y is য়
    assert transliterate("যদি", "bn", "hi") == "जदि"  # and its য is a j
    assert transliterate("पक्का", "hi", "pa") == "ਪੱਕਾ"  # Punjabi doubles with addak
    assert transliterate("कृपया", "hi", "ta") == "கிருப்யா"


@pytest.mark.parametrize("source", sorted(SAMPLES))
def test_every_pair_writes_only_the_target_script(source: str) -> None:
    for target in sorted(SUPPORTED_LANGUAGES):
        if target == source:
            continue
        out = transliterate(SAMPLES[source], source, target)
        if source == "en":
            # Latin words stay only if they are abbreviations ("Rs").
            assert in_script(out.replace("Rs", ""), target), (target, out)
        else:
            assert in_script(out, target), (source, target, out)
        if script_of(source) != script_of(target):
            assert "40" in out, (source, target, out)


def test_same_script_passes_through() -> None:
    assert transliterate(SAMPLES["hi"], "hi", "mr") == SAMPLES["hi"]
    assert transliterate("", "hi", "ta") == ""


def test_unknown_language_is_unavailable() -> None:
    with pytest.raises(EngineUnavailable):
        transliterate("नमस्ते", "hi", "xx")


async def test_engine_implements_the_protocol() -> None:
    engine = IndicTransliterator()
    assert isinstance(engine, TransliterationEngine)
    assert engine.name == "indic-transliteration"
    assert engine.supports("hi", "ta") and not engine.supports("hi", "ur")
    assert await engine.transliterate("नमस्ते", source="hi", target="ta") == "நமஸ்தே"
    iast = IndicTransliterator(latin_scheme="iast")
    assert await iast.transliterate("नमस्ते", source="hi", target="en") == "namaste"
    assert await iast.transliterate("चालीस", source="hi", target="en") == "cālīsa"
