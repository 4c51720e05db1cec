"""The voice commands as people and scripts run them: a real process, JSON on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from audio.codecs import read_wav

EXE = str(Path(sys.executable).parent / "vyaparmitra")


def run(*args: str, cache: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VYAPAR_MODEL_CACHE_DIR": str(cache), "VYAPAR_LOG_LEVEL": "WARNING"}
    result = subprocess.run(
        [EXE, *args], capture_output=True, text=True, env=env, timeout=240, check=False
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-models")


def test_models_list_and_prepare(cache: Path) -> None:
    before = {m["name"]: m for m in as_json(run("models", "list", cache=cache))}
    assert before["tiny.en"]["ready"]
    assert not before["base"]["ready"]
    assert "models prepare base" in before["base"]["note"]
    prepared = run("models", "prepare", "base", cache=cache)
    assert as_json(prepared)["ready"] is True
    assert "joining base" in prepared.stderr  # the progress bar
    after = {m["name"]: m for m in as_json(run("models", "list", cache=cache))}
    assert after["base"]["ready"]
    assert after["base"]["path"] == str(cache / "whisper-base")
    bad = run("models", "prepare", "large-v9", cache=cache, check=False)
    assert bad.returncode != 0
    assert "unknown model" in bad.stderr


def test_understand(cache: Path, tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(json.dumps([{"key": "tomato", "names": {"en": "Tomato", "hi": "टमाटर"}}]))
    out = as_json(
        run(
            "understand",
            "--language",
            "hi",
            "--catalogue",
            str(catalogue),
            "tamatar dedh sau ka do kilo",
            cache=cache,
        )
    )
    assert out["intent"] == "offer"
    assert out["amount_paise"] == 15000
    assert out["per_unit"] is False
    assert out["quantity"] == 2
    assert out["unit"] == "kg"
    assert out["product"] == "tomato"
    out = as_json(run("understand", "-l", "hi", "--outstanding", "300 nahi, 250", cache=cache))
    assert out["intent"] == "counter"
    assert out["amount_paise"] == 25000


def test_transcribe_a_real_recording(cache: Path) -> None:
    out = as_json(
        run("transcribe", "/usr/share/sounds/alsa/Front_Left.wav", "--language", "en", cache=cache)
    )
    assert out["model"] == "tiny.en"
    [utterance] = out["utterances"]
    assert "front left" in utterance["text"].lower().replace(",", "")
    assert 0 <= utterance["start"] < utterance["end"] <= out["duration"]
    assert utterance["timings"]["decode"] > 0


def test_transcribe_refuses_bad_input(cache: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"not a wav")
    bad = run("transcribe", str(junk), "--language", "en", cache=cache, check=False)
    assert bad.returncode != 0
    assert "WAV" in bad.stderr
    assert "Traceback" not in bad.stderr
    wrong = run(
        "transcribe",
        "/usr/share/sounds/alsa/Front_Left.wav",
        "-l",
        "hi",
        "--model",
        "tiny.en",
        cache=cache,
        check=False,
    )
    assert wrong.returncode != 0
    assert "does not transcribe 'hi'" in wrong.stderr


def test_translate(cache: Path) -> None:
    out = as_json(
        run("translate", "--from", "hi", "--to", "ta", "चालीस रुपये किलो दे दो", cache=cache)
    )
    assert out["act"] == "offer"
    assert "40" in out["translation"]
    assert out["untranslated"] is False
    chat = as_json(run("translate", "--from", "hi", "--to", "en", "कल बारिश होगी क्या", cache=cache))
    assert chat["untranslated"] is True
    assert chat["act"] is None


def test_translate_with_an_offline_translation_model(cache: Path, tmp_path: Path) -> None:
    from tests import tiny_translation

    model = tiny_translation.build(tmp_path / "nllb", {"eng_Latn": "hello", "hin_Deva": "नमस्ते"})
    env = {
        **os.environ,
        "VYAPAR_MODEL_CACHE_DIR": str(cache),
        "VYAPAR_TRANSLATION_PROVIDERS": '{"*": ["ct2", "phrasebook"]}',
        "VYAPAR_TRANSLATION_MODEL_DIR": str(model),
    }
    result = subprocess.run(
        [EXE, "translate", "--from", "en", "--to", "hi", "it may rain in the evening"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=True,
    )
    out = json.loads(result.stdout)
    assert (out["translation"], out["untranslated"], out["act"]) == ("नमस्ते", False, None)


def test_speak(cache: Path, tmp_path: Path) -> None:
    wav = tmp_path / "out.wav"
    out = as_json(
        run(
            "speak",
            "--language",
            "hi",
            "टमाटर चालीस रुपये किलो। ठीक है?",
            "-o",
            str(wav),
            "--sample-rate",
            "16000",
            cache=cache,
        )
    )
    assert out["providers"] == ["espeak-ng"]
    assert out["chunks"] >= 2
    samples, rate = read_wav(str(wav))
    assert rate == 16000
    assert abs(len(samples) / rate - out["seconds"]) < 0.01
    assert float((samples**2).mean()) > 1e-4
    en = as_json(run("speak", "-l", "en", "Forty rupees a kilo.", "-o", str(wav), cache=cache))
    assert en["providers"][0] == "piper"
    bad = run("speak", "-l", "en", "x", "-o", str(wav), "--rate", "0", cache=cache, check=False)
    assert bad.returncode != 0


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 1, said
    assert result.stdout == "", said
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, said
    return lines[0]


def test_an_unknown_voice_is_refused_with_the_choices(cache: Path, tmp_path: Path) -> None:
    wav = tmp_path / "out.wav"
    for voice, language, choices in [
        ("nosuchvoice", "en", "en_US-joe-medium, en"),
        ("en_US-joe-medium", "hi", "hi"),  # a voice of another language
    ]:
        line = one_error_line(
            run(
                "speak",
                "-l",
                language,
                "x",
                "-o",
                str(wav),
                "--voice",
                voice,
                cache=cache,
                check=False,
            )
        )
        assert line == (
            f"Error: no voice {voice!r} for language {language!r}; choose one of: {choices}"
        )
    assert not wav.exists()
    out = as_json(run("speak", "-l", "hi", "ठीक है", "-o", str(wav), "--voice", "hi", cache=cache))
    assert out["providers"] == ["espeak-ng"]
    assert wav.exists()


def test_an_unknown_language_is_refused_with_the_choices(cache: Path) -> None:
    from audio.languages import LANGUAGES

    # A bad argument, like every other one: a usage error, status 2.
    for language in ("xx", "zz", "", "HI", "hi-IN"):
        result = run("understand", "-l", language, "das rupaye", cache=cache, check=False)
        said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
        assert result.returncode == 2 and result.stdout == "", said
        assert result.stderr.strip().splitlines()[-1] == (
            f"Error: Invalid value for --language: no language {language!r}; "
            f"choose one of: {', '.join(LANGUAGES)}"
        ), said
