"""Settings: `VYAPAR_*` variables, production's refusal of placeholder secrets, defaults."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner
from pydantic import ValidationError

import server.logs
from audio.config import COMPUTE_TYPES
from server.cli import main
from server.metrics_peers import PEERS_DIR
from server.settings import Settings, load_settings
from server.settings_fields import DEFAULT_SECRET
from server.settings_together import PLACEHOLDER_SECRETS, PlaceholderSecretError

GOOD_SECRET = "a-real-production-secret-" + "r" * 40
POSTGRES = "postgresql+psycopg://u@127.0.0.1:5432/vyapar"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No `.env` file and no `VYAPAR_*` variable from the shell running the tests."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("VYAPAR_") and not name.startswith("VYAPAR_TEST_"):
            monkeypatch.delenv(name)


def placeholder_error(exc: ValidationError) -> BaseException:
    errors = exc.errors()
    assert len(errors) == 1
    cause = errors[0]["ctx"]["error"]
    assert isinstance(cause, BaseException)
    return cause


# -- production refuses placeholder secrets -------------------------------------------


def test_development_allows_the_default_secret() -> None:
    settings = Settings()
    assert settings.env == "development"
    assert settings.secret_key == DEFAULT_SECRET
    assert DEFAULT_SECRET in PLACEHOLDER_SECRETS


def test_production_refuses_the_default_secret() -> None:
    with pytest.raises(ValidationError) as info:
        Settings(env="production")
    cause = placeholder_error(info.value)
    assert isinstance(cause, PlaceholderSecretError)
    assert isinstance(cause, ValueError)
    assert "VYAPAR_SECRET_KEY" in str(cause)
    assert "production needs a real secret" in str(cause)


@pytest.mark.parametrize("secret", sorted(PLACEHOLDER_SECRETS))
def test_production_refuses_every_placeholder(secret: str) -> None:
    with pytest.raises(ValidationError) as info:
        Settings(env="production", secret_key=secret)
    assert isinstance(placeholder_error(info.value), PlaceholderSecretError)


@pytest.mark.parametrize("length", [1, 16, 31])
def test_production_refuses_a_short_secret(length: int) -> None:
    with pytest.raises(ValidationError, match="shorter than 32 characters") as info:
        Settings(env="production", secret_key="k" * length)
    assert isinstance(placeholder_error(info.value), PlaceholderSecretError)


def test_production_accepts_a_32_character_secret() -> None:
    settings = Settings(env="production", secret_key="k" * 32)
    assert settings.secret_key == "k" * 32
    assert Settings(env="production", secret_key=GOOD_SECRET).env == "production"


@pytest.mark.parametrize("env", ["development", "test"])
def test_other_environments_allow_short_secrets(env: str) -> None:
    assert Settings(env=env, secret_key="short").secret_key == "short"  # type: ignore[arg-type]


def test_unknown_environment_is_refused() -> None:
    with pytest.raises(ValidationError, match="env"):
        Settings(env="staging")  # type: ignore[arg-type]


# -- environment variables ------------------------------------------------------------


def test_prefixed_environment_variables_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VYAPAR_ENV", "production")
    monkeypatch.setenv("VYAPAR_SECRET_KEY", GOOD_SECRET)
    monkeypatch.setenv("VYAPAR_DATABASE_URL", POSTGRES)
    monkeypatch.setenv("VYAPAR_PORT", "9123")
    monkeypatch.setenv("VYAPAR_RATE_LIMIT_ENABLED", "false")
    monkeypatch.setenv("VYAPAR_RATE_LIMIT_BIDS", "3/second")
    monkeypatch.setenv("VYAPAR_PASSWORD_HASH_MEMORY_KIB", "64")
    settings = Settings()
    assert settings.env == "production"
    assert settings.secret_key == GOOD_SECRET
    assert settings.database_url == POSTGRES
    assert settings.port == 9123
    assert settings.rate_limit_enabled is False
    assert settings.rate_limit_bids == "3/second"
    assert settings.password_hash_memory_kib == 64


def test_environment_variable_names_are_case_insensitive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("vyapar_port", "9124")
    assert Settings().port == 9124


def test_unprefixed_variables_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENV", "production")
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.setenv("PORT", "1")
    settings = Settings()
    assert settings.env == "development"
    assert settings.secret_key == DEFAULT_SECRET
    assert settings.port == 8000


def test_production_refuses_a_placeholder_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VYAPAR_ENV", "production")
    monkeypatch.setenv("VYAPAR_SECRET_KEY", "change-me")
    with pytest.raises(ValidationError) as info:
        load_settings()
    assert isinstance(placeholder_error(info.value), PlaceholderSecretError)


def test_dotenv_file_is_read_and_environment_wins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("VYAPAR_PORT=7001\nVYAPAR_HOST=0.0.0.0\n", encoding="utf-8")
    assert (Settings().port, Settings().host) == (7001, "0.0.0.0")
    monkeypatch.setenv("VYAPAR_PORT", "7002")
    assert (Settings().port, Settings().host) == (7002, "0.0.0.0")


def test_overrides_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VYAPAR_PORT", "9125")
    assert load_settings(port=9126).port == 9126


def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VYAPAR_PORT", "not-a-port")
    with pytest.raises(ValidationError, match="port"):
        Settings()


@pytest.mark.parametrize(
    ("field", "value"), [("password_hash_time_cost", 0), ("password_hash_memory_kib", 4)]
)
def test_password_hash_costs_have_floors(field: str, value: int) -> None:
    with pytest.raises(ValidationError, match=field):
        Settings(**{field: value})


# -- derived defaults -----------------------------------------------------------------


def test_sqlite_migrates_itself_by_default() -> None:
    settings = Settings()
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.is_sqlite
    assert settings.should_auto_migrate is True


def test_postgres_does_not_migrate_itself_by_default() -> None:
    settings = Settings(database_url=POSTGRES)
    assert not settings.is_sqlite
    assert settings.should_auto_migrate is False


@pytest.mark.parametrize(
    ("url", "auto_migrate", "expected"),
    [
        ("sqlite+aiosqlite:///x.db", False, False),
        ("sqlite+aiosqlite:///x.db", True, True),
        (POSTGRES, True, True),
        (POSTGRES, False, False),
    ],
)
def test_auto_migrate_override(url: str, auto_migrate: bool, expected: bool) -> None:
    assert Settings(database_url=url, auto_migrate=auto_migrate).should_auto_migrate is expected


@pytest.mark.parametrize(
    ("env", "demo_data", "expected"),
    [
        ("development", None, True),
        ("test", None, False),
        ("production", None, False),
        ("development", False, False),
        ("production", True, True),
        ("test", True, True),
    ],
)
def test_demo_data_default(env: str, demo_data: bool | None, expected: bool) -> None:
    settings = Settings(env=env, secret_key=GOOD_SECRET, demo_data=demo_data)  # type: ignore[arg-type]
    assert settings.should_load_demo is expected


def test_auto_migrate_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VYAPAR_AUTO_MIGRATE", "0")
    monkeypatch.setenv("VYAPAR_DEMO_DATA", "1")
    settings = Settings()
    assert settings.should_auto_migrate is False
    assert settings.should_load_demo is True


# -- the CLI refuses to serve production with a placeholder secret --------------------


@pytest.fixture
def uvicorn_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Record uvicorn.run instead of starting a server (and keep pytest's logging)."""
    calls: list[dict[str, Any]] = []

    def fake_run(app: str, **kwargs: Any) -> None:
        calls.append({"app": app, **kwargs})

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setattr(server.logs, "configure_logging", lambda *a, **k: None)
    return calls


@pytest.mark.parametrize("secret", [None, "change-me", "too-short"])
def test_serve_refuses_production_with_a_placeholder_secret(
    uvicorn_calls: list[dict[str, Any]], secret: str | None
) -> None:
    result = CliRunner().invoke(
        main, ["serve"], env={"VYAPAR_ENV": "production", "VYAPAR_SECRET_KEY": secret}
    )
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Error:" in result.output
    assert "VYAPAR_SECRET_KEY is a placeholder or shorter than 32 characters" in result.output
    assert uvicorn_calls == []


def test_serve_starts_in_production_with_a_real_secret(
    uvicorn_calls: list[dict[str, Any]],
) -> None:
    # The control for the refusal above: the same command does reach uvicorn.
    result = CliRunner().invoke(
        main,
        ["serve", "--port", "9127"],
        env={
            "VYAPAR_ENV": "production",
            "VYAPAR_SECRET_KEY": GOOD_SECRET,
            "VYAPAR_RAZORPAY_KEY_ID": "rzp_live_Production01",
            "VYAPAR_RAZORPAY_KEY_SECRET": "production-razorpay-key-secret",
            "VYAPAR_RAZORPAY_WEBHOOK_SECRET": "production-webhook-secret",
        },
    )
    assert result.exit_code == 0, result.output
    assert len(uvicorn_calls) == 1
    call = uvicorn_calls[0]
    assert call["app"] == "server.app:create_app"
    assert call["factory"] is True
    assert call["port"] == 9127
    assert call["host"] == "127.0.0.1"
    assert call["workers"] == 1


def test_serve_leaves_dead_sockets_to_the_projects_own_checks(
    uvicorn_calls: list[dict[str, Any]],
) -> None:
    """uvicorn's keepalive (20 s + 20 s) closed a socket that stopped reading with 1011
    "keepalive ping timeout", before the heartbeat's 4002 or the slow consumer's 1013."""
    result = CliRunner().invoke(main, ["serve", "--port", "9128"])
    assert result.exit_code == 0, result.output
    [call] = uvicorn_calls
    assert call["ws_ping_interval"] is None
    assert call["ws_ping_timeout"] is None


def test_serve_refuses_several_workers_on_sqlite(uvicorn_calls: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(main, ["serve", "--workers", "2"])
    assert result.exit_code != 0
    assert "More than one worker needs PostgreSQL" in result.output
    assert uvicorn_calls == []


def test_serve_refusal_does_not_echo_the_secret(uvicorn_calls: list[dict[str, Any]]) -> None:
    # A real but too-short secret must not end up in the terminal or the deploy logs.
    secret = "prod-s3cret-but-short"
    result = CliRunner().invoke(
        main, ["serve"], env={"VYAPAR_ENV": "production", "VYAPAR_SECRET_KEY": secret}
    )
    assert result.exit_code != 0
    assert "shorter than 32 characters" in result.output
    assert "s3cret" not in result.output
    assert uvicorn_calls == []


# -- settings `serve` cannot use: one line, status 1, with any worker count -----------

UNUSABLE = [
    ("VYAPAR_REDIS_URL", "localhost:6379", "not a Redis URL"),
    ("VYAPAR_REDIS_URL", "abc", "not a Redis URL"),
    # URLs of services without their scheme: accepted, they failed on every call (a
    # payment, a span sent every few seconds) in the client library's words
    (
        "VYAPAR_RAZORPAY_BASE_URL",
        "api.razorpay.com",
        "has no scheme: give the whole URL, such as 'https://api.razorpay.com'",
    ),
    ("VYAPAR_RAZORPAY_BASE_URL", "", "is empty: give the whole URL, such as 'https://"),
    ("VYAPAR_RAZORPAY_BASE_URL", "ftp://api.razorpay.com", "is not http or https"),
    ("VYAPAR_RAZORPAY_BASE_URL", "https://", "not a URL such as 'https://api.razorpay.com'"),
    ("VYAPAR_RAZORPAY_SANDBOX_WEBHOOK_URL", "localhost:8000/api/payment/webhook", "has no"),
    ("VYAPAR_TWILIO_API_BASE_URL", "api.twilio.com", "has no scheme: give the whole URL"),
    (
        "VYAPAR_BHASHINI_ULCA_URL",
        "meity-auth.ulcacontrib.org",
        "has no scheme: give the whole URL, such as 'https://meity-auth.ulcacontrib.org'",
    ),
    (
        "VYAPAR_OTLP_ENDPOINT",
        "localhost:4318",
        "has no scheme: give the whole URL, such as 'http://otel-collector:4318'",
    ),
    ("VYAPAR_LOG_LEVEL", "INFOO", "must be one of DEBUG, INFO"),
    ("VYAPAR_LOG_LEVEL", "5", "must be one of DEBUG, INFO"),
    ("VYAPAR_STT_WORKERS", "0", "must be at least 1"),
    ("VYAPAR_TTS_WORKERS", "-1", "must be at least 1"),
    ("VYAPAR_STT_QUEUE", "-1", "must be at least 0"),
    # Speech providers and CTranslate2's options: a name no provider has used to be found
    # only when the engines built that chain (a traceback, or an engine process that
    # failed and was restarted for ever while `serve --workers 2` waited for it).
    ("VYAPAR_TTS_PROVIDERS", '{"*": ["festival"]}', "unknown tts provider 'festival'"),
    ("VYAPAR_ASR_PROVIDERS", '{"hi": ["whisper", "vosk"]}', "unknown asr provider 'vosk'"),
    ("VYAPAR_TRANSLATION_PROVIDERS", '{"*": ["google"]}', "unknown translation provider"),
    ("VYAPAR_TRANSLITERATION_PROVIDERS", '{"*": ["icu"]}', "unknown transliteration provider"),
    ("VYAPAR_WHISPER_COMPUTE_TYPE", "fp8", "not a compute type; choose from default"),
    ("VYAPAR_TRANSLATION_COMPUTE_TYPE", "INT8", "not a compute type; choose from default"),
    ("VYAPAR_WHISPER_DEVICE", "gpu", "not a device; choose from cpu, cuda, auto"),
    ("VYAPAR_TRANSLATION_DEVICE", "tpu", "not a device; choose from cpu, cuda, auto"),
    ("VYAPAR_REMOTE_PROVIDER_WAIT_SECONDS", "90", "Input should be less than or equal to 60"),
    ("VYAPAR_REMOTE_PROVIDER_WAIT_SECONDS", "nan", "Input should be"),
]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(("name", "value", "reason"), UNUSABLE)
def test_serve_refuses_a_setting_it_cannot_use_in_one_line(
    uvicorn_calls: list[dict[str, Any]], workers: str, name: str, value: str, reason: str
) -> None:
    env = {
        "VYAPAR_DATABASE_URL": POSTGRES,
        "VYAPAR_REDIS_URL": "redis://127.0.0.1:6379/0",
        name: value,
    }
    result = CliRunner().invoke(main, ["serve", "--workers", workers], env=env)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: invalid settings: {name}: {reason}")
    assert uvicorn_calls == []


@pytest.mark.parametrize(("name", "value", "reason"), UNUSABLE)
def test_every_command_refuses_a_setting_it_cannot_use(name: str, value: str, reason: str) -> None:
    result = CliRunner().invoke(main, ["db", "status"], env={name: value})
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert f"{name}: {reason}" in result.output
    # Only the setting at fault: not the data folder's database built from the others.
    assert "VYAPAR_DATABASE_URL" not in result.output


def _cannot_run_here() -> list[tuple[str, str, str]]:
    """Engine settings that are well formed but that this machine cannot run."""
    import ctranslate2

    cases = []
    if ctranslate2.get_cuda_device_count() == 0:
        cases.append(("VYAPAR_WHISPER_DEVICE", "cuda", "this machine cannot use that device"))
    unsupported = sorted(
        set(COMPUTE_TYPES) - {"default", "auto"} - ctranslate2.get_supported_compute_types("cpu")
    )
    if unsupported:
        cases.append(("VYAPAR_WHISPER_COMPUTE_TYPE", unsupported[0], "does not run on cpu here"))
    return [
        *cases,
        ("VYAPAR_VOICES_DIR", "/nonexistent/voices", "VYAPAR_VOICES_DIR: /nonexistent/voices"),
        ("VYAPAR_ASR_PROVIDERS", '{"*": ["bhashini"]}', "bhashini needs VYAPAR_BHASHINI_USER_ID"),
        ("VYAPAR_TTS_PROVIDERS", '{"*": []}', "'*' has no provider that can run"),
        (
            "VYAPAR_TRANSLATION_PROVIDERS",
            '{"*": ["ct2"]}',
            "ct2 needs VYAPAR_TRANSLATION_MODEL_DIR",
        ),
    ]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(("name", "value", "reason"), _cannot_run_here())
def test_serve_refuses_engine_settings_this_machine_cannot_run(
    uvicorn_calls: list[dict[str, Any]], workers: str, name: str, value: str, reason: str
) -> None:
    """One line and status 1 before the engine process or any worker starts: each of these
    failed every start of the engine process (restarted for ever with two workers) or
    every turn."""
    env = {
        "VYAPAR_DATABASE_URL": POSTGRES,
        "VYAPAR_REDIS_URL": "redis://127.0.0.1:6379/0",
        "VYAPAR_WARM_ENGINES": "false",
        name: value,
    }
    result = CliRunner().invoke(main, ["serve", "--workers", workers], env=env)
    assert result.exit_code == 1, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: invalid settings: "), line
    assert reason in line
    assert uvicorn_calls == []


def test_a_provider_named_without_its_settings_is_skipped_with_a_warning(
    uvicorn_calls: list[dict[str, Any]], caplog: pytest.LogCaptureFixture
) -> None:
    """Bhashini first in a chain without its keys (as the example files have it) still
    serves through the rest of the chain, and says so once at start."""
    env = {
        "VYAPAR_ASR_PROVIDERS": '{"en": ["whisper"], "*": ["bhashini", "whisper"]}',
        "VYAPAR_BHASHINI_USER_ID": "",
        "VYAPAR_WARM_ENGINES": "false",
    }
    with caplog.at_level("WARNING", logger="vyaparmitra.engines"):
        result = CliRunner().invoke(main, ["serve", "--port", "9129"], env=env)
    assert result.exit_code == 0, result.output
    assert len(uvicorn_calls) == 1
    assert [r.getMessage() for r in caplog.records] == [
        "VYAPAR_ASR_PROVIDERS: bhashini is skipped for '*' until VYAPAR_BHASHINI_USER_ID "
        "and VYAPAR_BHASHINI_API_KEY are set"
    ]


@pytest.mark.parametrize(
    ("name", "value", "read"),
    [
        (
            "VYAPAR_REDIS_URL",
            "rediss://:pw@cache.example:6380/1",
            "rediss://:pw@cache.example:6380/1",
        ),
        ("VYAPAR_REDIS_URL", "unix:///run/redis.sock", "unix:///run/redis.sock"),
        ("VYAPAR_REDIS_URL", "", None),
        ("VYAPAR_LOG_LEVEL", "debug", "DEBUG"),
        ("VYAPAR_STT_WORKERS", "1", 1),
    ],
)
def test_usable_values_are_read(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, read: object
) -> None:
    monkeypatch.setenv(name, value)
    assert getattr(load_settings(), name.removeprefix("VYAPAR_").lower()) == read


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_exits_1_when_a_worker_cannot_start(
    monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """uvicorn exits 3 for one server whose start-up failed, and returns as from a clean
    stop (status 0) when one of several workers did: both are one line and status 1."""
    from uvicorn.config import STARTUP_FAILURE
    from uvicorn.supervisors.multiprocess import Multiprocess

    import server.cli_serve as cli_serve

    class Failed:
        pid = 4242
        exitcode = STARTUP_FAILURE

    def fake_run(app: str, **kwargs: Any) -> None:
        if kwargs["workers"] == 1:
            raise SystemExit(STARTUP_FAILURE)
        supervisor = Multiprocess.__new__(Multiprocess)
        supervisor.processes = [Failed()]  # type: ignore[list-item]
        Multiprocess.keep_subprocess_alive(supervisor)

    monkeypatch.setattr(Multiprocess, "keep_subprocess_alive", lambda self: None)
    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setattr(server.logs, "configure_logging", lambda *a, **k: None)
    for name in ("_check_port", "_ready_database", "_check_models", "_start_engine_process"):
        monkeypatch.setattr(cli_serve, name, lambda *a, **k: None)
    monkeypatch.setattr("server.prefork.preload", lambda **_: None)
    monkeypatch.setattr("server.prefork.fork_workers", lambda: True)
    env = {"VYAPAR_DATABASE_URL": POSTGRES, "VYAPAR_REDIS_URL": "redis://127.0.0.1:6379/0"}
    result = CliRunner().invoke(main, ["serve", "--workers", str(workers)], env=env)
    assert result.exit_code == 1, result.output
    assert result.output.strip() == f"Error: {cli_serve.WORKER_FAILED}"
    # The run's metrics folder is gone, and so is its name: an app this process builds
    # later (the next test) must not look for sockets in it.
    assert PEERS_DIR not in os.environ


# -- every duration and count has a range, refused at start outside it ---------------


def test_every_number_setting_has_a_range() -> None:
    from server.settings_checks import RANGES

    numbers = {
        name for name, field in Settings.model_fields.items() if field.annotation in (int, float)
    }
    bounded_by_field = {
        name
        for name in numbers
        if any(hasattr(m, "le") or hasattr(m, "lt") for m in Settings.model_fields[name].metadata)
    }
    assert numbers - bounded_by_field <= set(RANGES), numbers - bounded_by_field - set(RANGES)
    defaults = load_settings()
    for name in RANGES:
        assert name in numbers, name
        low, high = RANGES[name]
        assert low <= getattr(defaults, name) <= high, name


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("VYAPAR_NEGOTIATION_IDLE_SECONDS", "-1"),
        ("VYAPAR_RESERVATION_TTL_SECONDS", "-1"),
        ("VYAPAR_ACCOUNT_CACHE_SECONDS", "1e23"),
        ("VYAPAR_ACCOUNT_CACHE_SECONDS", "99999999999999999999999"),
        ("VYAPAR_REVOCATION_CHECK_SECONDS", "1e23"),
        ("VYAPAR_PHONE_SILENCE_SECONDS", "1e23"),
        ("VYAPAR_ENGINE_HANG_SECONDS", "1e23"),
        ("VYAPAR_ENGINE_HANG_SECONDS", "inf"),
        ("VYAPAR_WS_IDLE_SECONDS", "nan"),
        ("VYAPAR_TOKEN_TTL_SECONDS", "0"),
        ("VYAPAR_WS_MAX_MESSAGE_BYTES", "1e30"),
    ],
)
def test_out_of_range_durations_are_refused_at_start_in_one_line(name: str, value: str) -> None:
    for command in (["db", "status"], ["serve"]):
        result = CliRunner().invoke(main, command, env={name: value})
        assert result.exit_code == 1, result.output
        [line] = result.output.strip().splitlines()
        assert line.startswith(f"Error: invalid settings: {name}: "), line
        assert "must be from" in line or "Input should be" in line, line


def test_a_token_longer_than_a_sign_in_is_refused_in_one_line() -> None:
    """A log-in's token may not outlast the most a sign-in may be renewed for: it would
    break the bound, and the console's first renewal would be refused."""
    env = {"VYAPAR_TOKEN_TTL_SECONDS": str(31 * 86400)}
    for command in (["db", "status"], ["serve"]):
        result = CliRunner().invoke(main, command, env=env)
        assert result.exit_code == 1, result.output
        [line] = result.output.strip().splitlines()
        assert "VYAPAR_TOKEN_TTL_SECONDS (2678400) is longer than" in line, line
        assert "VYAPAR_SIGN_IN_MAX_SECONDS (2592000)" in line, line
    with pytest.raises(ValidationError, match="longer than VYAPAR_SIGN_IN_MAX_SECONDS"):
        Settings(token_ttl_seconds=7200, sign_in_max_seconds=3600)
    assert Settings(token_ttl_seconds=3600, sign_in_max_seconds=3600).token_ttl_seconds == 3600


# -- a byte that is not UTF-8 in a setting: one line naming it, never the value --------

NOT_UTF8 = [
    ("VYAPAR_DATA_DIR", "/srv/vyapar-\udcff"),
    ("VYAPAR_DATABASE_URL", "sqlite+aiosqlite:////srv/vyapar-\udcff/vm.db"),
    ("VYAPAR_DATABASE_URL", "postgresql+psycopg://vm:s3cr\udcffet@127.0.0.1:5432/vm"),
    ("VYAPAR_METRICS_TOKEN", "metrics-s3cr\udcffet"),
    ("VYAPAR_SECRET_KEY", "s3cr\udcffet" * 8),
    ("VYAPAR_REDIS_URL", "redis://:s3cr\udcffet@127.0.0.1:6379/0"),
]


@pytest.mark.parametrize(("name", "value"), NOT_UTF8)
@pytest.mark.parametrize(
    "command", [["db", "status"], ["db", "upgrade"], ["users", "deactivate", "1"], ["serve"]]
)
def test_a_setting_that_is_not_utf8_is_refused_in_one_line(
    uvicorn_calls: list[dict[str, Any]], name: str, value: str, command: list[str]
) -> None:
    result = CliRunner().invoke(main, command, env={name: value})
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "UnicodeEncodeError" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: invalid settings: {name}: not UTF-8 text"), line
    assert "s3cr" not in line and "vyapar-" not in line
    assert uvicorn_calls == []


def test_a_range_is_named_in_plain_digits() -> None:
    """An out-of-range setting names its bounds as people read them, never 3.16224e+07."""
    from server.settings_checks import RANGES, in_range

    name = next(n for n, (_, high) in RANGES.items() if high >= 10_000_000)
    _low, high = RANGES[name]
    with pytest.raises(ValueError, match=r"must be from [\d,.]+ to [\d,.]+$") as raised:
        in_range(name, high * 2)
    assert "e+" not in str(raised.value)
    assert f"{int(high):,}" in str(raised.value)


# -- the README's ranges are the ones the settings take -------------------------------

README = Path(__file__).resolve().parents[2] / "README.md"
_RANGES_START = "seconds, milliseconds for `_MS`, bytes for `_BYTES`): "
_RANGES_END = "\n\nWith Redis down the API"


def taken_range(name: str) -> str:
    """What a setting takes, as the README says it: `0–3,600` (both ends included) or
    `more than 0 to 3,600` for one whose field refuses its low end, from `RANGES` and
    the field's own bounds together."""
    from server.settings_checks import RANGES, _number

    metadata = Settings.model_fields[name].metadata
    bound = {
        key: getattr(m, key) for m in metadata for key in ("ge", "gt", "le") if hasattr(m, key)
    }
    low, high = RANGES.get(name, (bound.get("ge", bound.get("gt")), bound.get("le")))
    assert low is not None and high is not None, name
    low, high = max(low, bound.get("ge", low)), min(high, bound.get("le", high))
    if "gt" in bound and bound["gt"] >= low:
        return f"more than {_number(bound['gt'])} to {_number(high)}"
    return f"{_number(low)}–{_number(high)}"


def readme_ranges() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(_RANGES_START) + len(_RANGES_START)
    listed = " ".join(text[start : text.index(_RANGES_END, start)].split())
    return dict(re.findall(r"`VYAPAR_([A-Z0-9_]+)` ([^;`]+?)[;.](?: |$)", listed))


def test_the_readme_lists_every_range_as_the_settings_take_it() -> None:
    """It said `VYAPAR_DB_POOL_TIMEOUT_SECONDS 0–3,600` of settings that refuse 0."""
    from server.settings_checks import RANGES

    listed = readme_ranges()
    assert {name.lower() for name in listed} >= set(RANGES), set(RANGES) - {
        name.lower() for name in listed
    }
    wrong = {
        name: (said, taken_range(name.lower()))
        for name, said in listed.items()
        if said != taken_range(name.lower())
    }
    assert not wrong, wrong


# -- production drains before it stops ------------------------------------------------


def test_production_drains_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    # A request written at the instant the port closes can only be reset; in production
    # clients see 503 `draining` with `Connection: close` first.
    monkeypatch.delenv("VYAPAR_DRAIN_SECONDS", raising=False)
    assert Settings().drain_seconds == 0
    assert Settings(env="production", secret_key=GOOD_SECRET).drain_seconds == 5
    chosen = Settings(env="production", secret_key=GOOD_SECRET, drain_seconds=0)
    assert chosen.drain_seconds == 0
    monkeypatch.setenv("VYAPAR_DRAIN_SECONDS", "12")
    assert Settings(env="production", secret_key=GOOD_SECRET).drain_seconds == 12


def test_a_database_url_without_its_scheme_is_refused_with_an_example() -> None:
    for value in ("localhost:5432/vyaparmitra", "vyaparmitra.db"):
        result = CliRunner().invoke(main, ["db", "status"], env={"VYAPAR_DATABASE_URL": value})
        assert result.exit_code == 1, result.output
        [line] = result.output.strip().splitlines()
        assert line.startswith("Error: invalid settings: VYAPAR_DATABASE_URL: not a database URL")
        assert "such as 'postgresql+psycopg://user@host/db'" in line


def test_service_urls_with_their_scheme_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VYAPAR_OTLP_ENDPOINT", "")
    settings = Settings(
        razorpay_base_url="http://127.0.0.1:9000/razorpay",
        twilio_api_base_url="https://api.twilio.com",
        bhashini_ulca_url="https://ulca.example.in:8443",
    )
    assert settings.razorpay_base_url == "http://127.0.0.1:9000/razorpay"
    assert settings.otlp_endpoint is None  # empty: unset
