"""Offline free-text translation through a CTranslate2 model folder (`ct2`), on a tiny
model the tests build (tests/tiny_translation.py): loading, language tags, batching
across callers, acts kept to the phrasebook, and the provider chain around it."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from audio.acts import ActKind, NegotiationAct
from audio.config import AudioConfig
from audio.errors import EngineUnavailable
from audio.providers.ct2_translation import CT2Translation
from audio.registry import EngineRegistry
from audio.workers import WorkerPool
from tests import tiny_translation

GREETINGS = {"eng_Latn": "hello", "hin_Deva": "नमस्ते", "ben_Beng": "নমস্কার"}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny-nllb")
    return tiny_translation.build(folder, GREETINGS, words=("these", "tomatoes", "are", "soft"))


@pytest.fixture
def engine(model_dir: Path) -> CT2Translation:
    return CT2Translation(model_dir, pool=WorkerPool("mt-test", workers=1, queue=8))


async def test_free_text_is_translated_by_the_model_into_the_listeners_language(
    engine: CT2Translation,
) -> None:
    to_hindi = await engine.translate("these tomatoes are soft", source="en", target="hi")
    assert (to_hindi.text, to_hindi.provider, to_hindi.untranslated) == ("नमस्ते", "ct2", False)
    to_english = await engine.translate("ये टमाटर नरम हैं", source="hi", target="en")
    assert to_english.text == "hello"  # a word the tokenizer has never seen is <unk>
    to_bengali = await engine.translate("these are soft", source="hi", target="bn")
    assert to_bengali.text == "নমস্কার"


async def test_callers_at_the_same_moment_share_one_batch_and_each_gets_their_own(
    engine: CT2Translation,
) -> None:
    targets = ["hi", "bn", "en", "hi", "bn", "hi"]
    results = await asyncio.gather(
        *(
            engine.translate("tomatoes", source="en" if t != "en" else "hi", target=t)
            for t in targets
        )
    )
    assert [r.text for r in results] == [
        {"hi": "नमस्ते", "bn": "নমস্কার", "en": "hello"}[t] for t in targets
    ]
    assert engine.batches == 1


async def test_more_callers_than_a_batch_holds_are_served_in_several(
    model_dir: Path,
) -> None:
    engine = CT2Translation(model_dir, pool=WorkerPool("mt-test", workers=1, queue=8), max_batch=4)
    results = await asyncio.gather(
        *(engine.translate("soft", source="en", target="hi") for _ in range(10))
    )
    assert {r.text for r in results} == {"नमस्ते"}
    assert engine.batches == 3


async def test_a_price_move_is_rendered_by_the_phrasebook_never_by_the_model(
    engine: CT2Translation,
) -> None:
    act = NegotiationAct(ActKind.OFFER, amount_paise=4_000, unit="kg", speaker="customer")
    said = await engine.translate("forty a kilo", source="en", target="hi", act=act)
    assert said.provider == "phrasebook"
    assert "40" in said.text and said.untranslated is False
    assert engine.batches == 0


async def test_same_language_and_empty_text_pass_through_untouched(
    engine: CT2Translation,
) -> None:
    same = await engine.translate("these tomatoes are soft", source="en", target="en")
    assert same.text == "these tomatoes are soft"
    empty = await engine.translate("  ", source="en", target="hi")
    assert empty.text == "  "
    assert engine.batches == 0


def test_supports_only_languages_whose_tags_the_model_knows(engine: CT2Translation) -> None:
    assert engine.supports("en", "hi") and engine.supports("bn", "en")
    assert not engine.supports("en", "ta")  # the tiny model has no tam_Taml
    assert not engine.supports("en", "xx")


async def test_a_pair_the_model_lacks_is_unavailable_not_guessed(engine: CT2Translation) -> None:
    with pytest.raises(EngineUnavailable, match="no en→ta"):
        await engine.translate("soft", source="en", target="ta")


def test_a_folder_without_the_model_files_is_named(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(EngineUnavailable, match=r"lacks model\.bin, tokenizer\.json"):
        CT2Translation(tmp_path, pool=WorkerPool("mt-test", workers=1, queue=1))


async def test_a_failing_batch_fails_every_caller_in_it(
    engine: CT2Translation, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(batch: object) -> list[str]:
        raise RuntimeError("out of memory")

    monkeypatch.setattr(engine, "_translate_batch", broken)
    results = await asyncio.gather(
        *(engine.translate("soft", source="en", target="hi") for _ in range(3)),
        return_exceptions=True,
    )
    assert all(isinstance(r, RuntimeError) for r in results)


async def test_the_registry_chain_uses_the_model_and_falls_back_to_the_phrasebook(
    model_dir: Path,
) -> None:
    registry = EngineRegistry(
        AudioConfig(
            translation_providers={"*": ["ct2", "phrasebook"]},
            translation_model_dir=model_dir,
        )
    )
    try:
        timings = await registry.warm([], understanding=False)
        assert "translation:ct2" in timings
        translated = await registry.translation("en", "hi").translate(
            "these tomatoes are soft", source="en", target="hi"
        )
        assert (translated.text, translated.provider) == ("नमस्ते", "ct2")
        # Tamil is not in this model: the phrasebook passes the words through, flagged.
        passed = await registry.translation("en", "ta").translate(
            "these tomatoes are soft", source="en", target="ta"
        )
        assert passed.provider == "phrasebook" and passed.untranslated
    finally:
        await registry.aclose()


async def test_a_chain_naming_ct2_without_a_folder_serves_with_the_rest(
    caplog: pytest.LogCaptureFixture,
) -> None:
    registry = EngineRegistry(AudioConfig(translation_providers={"*": ["ct2", "phrasebook"]}))
    try:
        with caplog.at_level(logging.WARNING, logger="vyaparmitra.audio"):
            await registry.warm([], understanding=False)
            passed = await registry.translation("en", "hi").translate(
                "these tomatoes are soft", source="en", target="hi"
            )
        assert passed.provider == "phrasebook" and passed.untranslated
        assert any("VYAPAR_TRANSLATION_MODEL_DIR" in str(r.__dict__) for r in caplog.records)
    finally:
        await registry.aclose()
