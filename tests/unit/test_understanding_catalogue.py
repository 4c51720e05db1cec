"""Matching products across scripts, loading catalogues, and the cost of one parse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio.understanding import Catalogue, CatalogueItem, sound_key, understand

ITEMS = [
    CatalogueItem(
        "tomato",
        {"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி", "te": "టమాటా", "bn": "টমেটো"},
    ),
    CatalogueItem("onion", {"en": "Onion", "hi": "प्याज़", "mr": "कांदा"}),
    CatalogueItem("potato", {"en": "Potato", "hi": "आलू", "bn": "আলু"}),
    CatalogueItem("banana", {"en": "Banana", "hi": "केला"}),
    CatalogueItem("green_chilli", {"en": "Green chilli", "hi": "हरी मिर्च"}),
    CatalogueItem("red_chilli", {"en": "Red chilli", "hi": "लाल मिर्च"}),
    CatalogueItem("okra", {"en": "Okra, lady finger", "hi": "भिंडी"}),
    CatalogueItem("egg", {"en": "Egg", "hi": "अंडा"}),
    CatalogueItem("mango", {"en": "Mango", "hi": "आम"}),
    CatalogueItem("milk", {"en": "Milk", "hi": "दूध", "ta": "பால்"}),
]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(ITEMS)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # one product, every script and spelling
        ("टमाटर", "tomato"), ("tamatar", "tomato"), ("tamaatar", "tomato"),
        ("Tamatar", "tomato"), ("tomatoes", "tomato"), ("Tomato", "tomato"),
        ("தக்காளி", "tomato"), ("thakkali", "tomato"), ("టమాటా", "tomato"),
        ("টমেটো", "tomato"),
        # near spellings
        ("tamater", "tomato"), ("tametar", "tomato"), ("tomatos", "tomato"),
        ("pyaaz", "onion"), ("pyaz", "onion"), ("pyaj", "onion"), ("प्याज", "onion"),
        ("onions", "onion"), ("kanda", "onion"), ("कांदा", "onion"),
        ("aloo", "potato"), ("alu", "potato"), ("aalu", "potato"), ("আলু", "potato"),
        ("potatoes", "potato"), ("kela", "banana"), ("kele", "banana"), ("bananas", "banana"),
        ("bhindi", "okra"), ("bhendi", "okra"), ("lady finger", "okra"), ("ladyfinger", "okra"),
        ("doodh", "milk"), ("दूध", "milk"), ("பால்", "milk"),
        # several words, and the longer name wins over a shared word
        ("hari mirch", "green_chilli"), ("हरी मिर्च", "green_chilli"),
        ("green chillies", "green_chilli"), ("lal mirch", "red_chilli"),
        ("red chilli", "red_chilli"),
        # short names match only as written
        ("egg", "egg"), ("eggs", "egg"), ("अंडा", "egg"), ("anda", "egg"), ("आम", "mango"),
        ("mangoes", "mango"),
        # in a sentence, the first product named
        ("bhaiya ek kilo tamatar dena", "tomato"), ("tamatar aur pyaaz", "tomato"),
    ],
)  # fmt: skip
def test_matches_across_scripts(catalogue: Catalogue, text: str, key: str) -> None:
    item = catalogue.match(text)
    assert item is not None, text
    assert item.key == key


@pytest.mark.parametrize(
    "text",
    ["", "ek kilo", "theek hai", "I am here", "aur kuch", "hello", "kitne ka", "do", "40"],
)
def test_matches_nothing_that_is_not_named(catalogue: Catalogue, text: str) -> None:
    assert catalogue.match(text) is None


def test_sound_keys_meet_across_scripts() -> None:
    assert sound_key("टमाटर") == sound_key("tamatar") == sound_key("tamaatar")
    assert sound_key("தக்காளி") == sound_key("thakkali")
    assert sound_key("प्याज़") == sound_key("pyaaz") == sound_key("pyaj")
    assert sound_key("भिंडी") == sound_key("bhindi")


def test_understand_uses_the_catalogue(catalogue: Catalogue) -> None:
    result = understand("Do kilo tamatar 80 rupaye", language="hi", catalogue=catalogue)
    assert (result.product, result.quantity, result.amount_paise) == ("tomato", 2, 8000)


def test_cue_words_are_not_taken_for_products() -> None:
    # "kilo" and "theek" are lexicon words, so a product spelled like them is not matched.
    catalogue = Catalogue([CatalogueItem("kilo_pack", {"en": "Kilos"})])
    assert understand("ek kilo 40", language="hi", catalogue=catalogue).product is None


def test_from_json_accepts_a_file_or_a_list(tmp_path: Path) -> None:
    entries: list[dict[str, object]] = [
        {"key": "tomato", "names": {"en": "Tomato", "hi": "टमाटर"}},
        {"names": {"en": "Green Chilli", "hi": "हरी मिर्च"}},
        {"names": {"hi": "धनिया"}},
    ]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    sources: list[str | Path | list[dict[str, object]]] = [path, str(path), entries]
    for source in sources:
        catalogue = Catalogue.from_json(source)
        assert [item.key for item in catalogue.items] == ["tomato", "green_chilli", "धनिया"]
        item = catalogue.match("dhaniya")
        assert item is not None
        assert item.names == {"hi": "धनिया"}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"key": "x"}, "JSON list"),
        ([{"key": "x"}], "has no 'names'"),
        ([{"names": {}}], "has no 'names'"),
        (["tomato"], "has no 'names'"),
    ],
)
def test_from_json_refuses_malformed_entries(source: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Catalogue.from_json(source)  # type: ignore[arg-type]
