"""The engine configuration: declared once, read from `VYAPAR_*`, fed whole to the engines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError
from pydantic.fields import FieldInfo

from audio.config import AudioConfig, EngineSettings
from audio.models import default_cache_dir
from audio.providers.bhashini import BhashiniConfig
from server.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EVERY_ENGINE_VARIABLE = {
    "VYAPAR_MODEL_CACHE_DIR": "/srv/models",
    "VYAPAR_WHISPER_MODEL_EN": "base.en",
    "VYAPAR_WHISPER_MODEL": "small",
    "VYAPAR_WHISPER_MODEL_DIRS": '{"large-v3": "/models/whisper-large-v3-ct2"}',
    "VYAPAR_WHISPER_COMPUTE_TYPE": "float32",
    "VYAPAR_WHISPER_DEVICE": "cuda",
    "VYAPAR_WHISPER_CPU_THREADS": "6",
    "VYAPAR_STT_WORKERS": "3",
    "VYAPAR_STT_QUEUE": "5",
    "VYAPAR_TTS_WORKERS": "2",
    "VYAPAR_TTS_QUEUE": "7",
    "VYAPAR_VOICES_DIR": "/srv/voices",
    "VYAPAR_ENGINE_SOCKET": "/run/vyaparmitra/engines.sock",
    "VYAPAR_ASR_PROVIDERS": '{"en": ["whisper"], "*": ["bhashini", "whisper"]}',
    "VYAPAR_TRANSLATION_PROVIDERS": '{"*": ["bhashini", "phrasebook"]}',
    "VYAPAR_TRANSLATION_MODEL_DIR": "/srv/nllb-ct2",
    "VYAPAR_TRANSLATION_DEVICE": "cuda",
    "VYAPAR_TRANSLATION_COMPUTE_TYPE": "int8_float16",
    "VYAPAR_TRANSLITERATION_PROVIDERS": '{"*": ["bhashini", "indic"]}',
    "VYAPAR_TTS_PROVIDERS": '{"*": ["espeak"]}',
    "VYAPAR_BHASHINI_ULCA_URL": "https://ulca.example.in",
    "VYAPAR_BHASHINI_USER_ID": "ulca-user",
    "VYAPAR_BHASHINI_API_KEY": "ulca-key",
    "VYAPAR_BHASHINI_PIPELINE_ID": "pipeline-7",
    "VYAPAR_REMOTE_PROVIDER_WAIT_SECONDS": "2.5",
}
"""A value unlike the default for every engine setting, as an operator would write it."""
EXPECTED = {
    "model_cache_dir": Path("/srv/models"),
    "whisper_model_en": "base.en",
    "whisper_model": "small",
    "whisper_model_dirs": {"large-v3": Path("/models/whisper-large-v3-ct2")},
    "whisper_compute_type": "float32",
    "whisper_device": "cuda",
    "whisper_cpu_threads": 6,
    "stt_workers": 3,
    "stt_queue": 5,
    "tts_workers": 2,
    "tts_queue": 7,
    "voices_dir": Path("/srv/voices"),
    "engine_socket": Path("/run/vyaparmitra/engines.sock"),
    "asr_providers": {"en": ["whisper"], "*": ["bhashini", "whisper"]},
    "translation_providers": {"*": ["bhashini", "phrasebook"]},
    "translation_model_dir": Path("/srv/nllb-ct2"),
    "translation_device": "cuda",
    "translation_compute_type": "int8_float16",
    "transliteration_providers": {"*": ["bhashini", "indic"]},
    "tts_providers": {"*": ["espeak"]},
    "bhashini_ulca_url": "https://ulca.example.in",
    "bhashini_user_id": "ulca-user",
    "bhashini_api_key": "ulca-key",
    "bhashini_pipeline_id": "pipeline-7",
    "remote_provider_wait_seconds": 2.5,
}


def declared(field: FieldInfo) -> tuple[object, ...]:
    return field.annotation, field.default, field.default_factory, field.metadata, field.repr


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No `.env` file and no `VYAPAR_*` variable from the shell running the tests."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("VYAPAR_") and not name.startswith("VYAPAR_TEST_"):
            monkeypatch.delenv(name)


def test_the_examples_name_every_engine_setting() -> None:
    # Adding an engine setting means adding it to these tables too, so the test below
    # proves the new one reaches the engines.
    assert set(EVERY_ENGINE_VARIABLE) == {
        f"VYAPAR_{n.upper()}" for n in EngineSettings.model_fields
    }
    assert set(EXPECTED) == set(EngineSettings.model_fields)
    defaults = EngineSettings()
    for name, value in EXPECTED.items():
        assert getattr(defaults, name) != value, name


def test_every_engine_setting_reaches_the_engine_configuration(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in EVERY_ENGINE_VARIABLE.items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    config = AudioConfig.from_settings(settings)
    assert config == AudioConfig.from_settings(settings)
    assert {name: getattr(settings, name) for name in EXPECTED} == EXPECTED
    assert {name: getattr(config, name) for name in EXPECTED} == EXPECTED


def test_the_engine_configuration_is_the_engine_settings_and_nothing_else() -> None:
    # `bhashini` is the one field of its own: a ready client configuration, for callers
    # that tune its timeouts (never read from the environment).
    assert set(AudioConfig.model_fields) == set(EngineSettings.model_fields) | {"bhashini"}
    assert "bhashini" not in Settings.model_fields
    # The server declares none of them again, so no default can drift apart.
    for name, field in EngineSettings.model_fields.items():
        for model in (Settings, AudioConfig):
            assert declared(model.model_fields[name]) == declared(field), (model, name)


def test_the_same_defaults_with_and_without_the_server(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    config = AudioConfig.from_settings(settings)
    alone = AudioConfig(model_cache_dir=tmp_path / "models")
    assert config == alone
    assert config.bhashini_client_config() is None


def test_models_live_in_the_data_folder_unless_set(tmp_path: Path) -> None:
    assert Settings(data_dir=tmp_path).model_cache_dir == tmp_path / "models"
    assert Settings(data_dir=tmp_path, model_cache_dir="/ro/models").model_cache_dir == Path(
        "/ro/models"
    )
    # Without the server: the audio package's own default.
    assert AudioConfig().model_cache_dir == default_cache_dir()


def test_models_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VYAPAR_DATA_DIR", str(tmp_path))
    assert AudioConfig.from_settings(Settings()).model_cache_dir == tmp_path / "models"
    monkeypatch.setenv("VYAPAR_MODEL_CACHE_DIR", "/opt/vyaparmitra/models")
    assert AudioConfig.from_settings(Settings()).model_cache_dir == Path("/opt/vyaparmitra/models")


@pytest.mark.parametrize(
    ("user_id", "api_key"), [(None, None), ("ulca-user", None), (None, "k"), ("", "k")]
)
def test_bhashini_needs_a_user_id_and_a_key(user_id: str | None, api_key: str | None) -> None:
    settings = Settings(bhashini_user_id=user_id, bhashini_api_key=api_key)
    assert AudioConfig.from_settings(settings).bhashini_client_config() is None


def test_bhashini_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in EVERY_ENGINE_VARIABLE.items():
        monkeypatch.setenv(name, value)
    config = AudioConfig.from_settings(Settings())
    assert config.bhashini_client_config() == BhashiniConfig(
        ulca_base_url="https://ulca.example.in",
        user_id="ulca-user",
        api_key="ulca-key",
        pipeline_id="pipeline-7",
    )
    assert "ulca-key" not in repr(config)


def test_a_ready_bhashini_configuration_wins() -> None:
    ready = BhashiniConfig("http://127.0.0.1:9", "u", "k", "p", timeout_s=1, max_retries=0)
    config = AudioConfig(bhashini=ready, bhashini_user_id="other", bhashini_api_key="other")
    assert config.bhashini_client_config() is ready


def test_the_configuration_is_frozen_and_refuses_unknown_fields() -> None:
    config = AudioConfig()
    with pytest.raises(ValidationError, match="frozen"):
        config.stt_workers = 4  # type: ignore[misc]
    with pytest.raises(ValidationError, match="whisper_modle"):
        AudioConfig(whisper_modle="small")  # type: ignore[call-arg]


def test_the_audio_package_configures_engines_without_the_server(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from audio.config import AudioConfig\n"
        "from audio.registry import EngineRegistry\n"
        "registry = EngineRegistry(AudioConfig(model_cache_dir=sys.argv[1]))\n"
        "registry.stt_pool.shutdown()\n"
        "registry.tts_pool.shutdown()\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'server')\n"
        "assert not loaded, loaded\n"
        "assert 'audio.providers.bhashini' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True, timeout=120)


@pytest.mark.parametrize("example", [".env.example", ".env.production.example"])
def test_the_documented_env_files_configure_the_engines(
    example: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text((ROOT / example).read_text(encoding="utf-8"), "utf-8")
    monkeypatch.setenv("VYAPAR_SECRET_KEY", "a-real-production-secret-" + "r" * 40)
    config = AudioConfig.from_settings(Settings())
    if example == ".env.production.example":
        # English stays offline; Bhashini hears the rest once its id and key are filled in.
        assert config.asr_providers == {"en": ["whisper"], "*": ["bhashini", "whisper"]}
    else:
        assert config == AudioConfig.from_settings(Settings(_env_file=None))
    assert config.bhashini_client_config() is None  # the examples leave the key empty
