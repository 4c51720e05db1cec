"""Settings from `VYAPAR_*` environment variables and an optional `.env` file."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from pydantic import SecretStr, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from audio.config import EngineSettings
from server import settings_checks as checks
from server.settings_fields import (
    CoreSettings,
    EdgeSettings,
    LiveSettings,
    ObservabilitySettings,
    PaymentSettings,
    TelephonySettings,
)
from server.settings_together import check_together

PRODUCTION_DRAIN_SECONDS = 5.0
"""`VYAPAR_DRAIN_SECONDS` in production when it is not set: a load balancer's health check
sees `draining` within a usual interval, and the drain with requests in flight still ends
well inside Docker's 10 s and Kubernetes' 30 s before SIGKILL."""


class Settings(
    BaseSettings,
    ObservabilitySettings,
    EdgeSettings,
    LiveSettings,
    TelephonySettings,
    PaymentSettings,
    CoreSettings,
    EngineSettings,
):
    """The server's settings, and the voice engines' (`EngineSettings`) under the same
    `VYAPAR_` prefix: the fields by area are in `server.settings_fields` (the bases are
    listed last area first, so that the fields keep their order: the engines', then the
    core's, payments', … observability's)."""

    model_config = SettingsConfigDict(
        env_prefix="VYAPAR_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        hide_input_in_errors=True,
    )

    @field_validator(
        "razorpay_key_id",
        "razorpay_key_secret",
        "razorpay_webhook_secret",
        "razorpay_webhook_secret_previous",
        "twilio_account_sid",
        "twilio_webhook_base_url",
        "twilio_phone_number",
    )
    @classmethod
    def _stripped_or_none(cls, value: str | None) -> str | None:
        return checks.stripped_or_none(value)

    @field_validator("secret_key_previous")
    @classmethod
    def _previous_keys(cls, value: str | None) -> str | None:
        return checks.previous_keys(value)

    @property
    def secret_keys(self) -> tuple[str, ...]:
        """The key that signs, then the older ones still accepted (`secret_key_previous`)."""
        previous = (self.secret_key_previous or "").split(",")
        return (self.secret_key, *(key.strip() for key in previous if key.strip()))

    @field_validator("twilio_auth_token", "metrics_token", "metrics_token_previous")
    @classmethod
    def _secret_or_none(cls, value: SecretStr | None) -> SecretStr | None:
        return checks.secret_or_none(value)

    @field_validator("metrics_token", "metrics_token_previous")
    @classmethod
    def _bearer_token(cls, value: SecretStr | None) -> SecretStr | None:
        return checks.bearer_token(value)

    @field_validator("public_base_url", "twilio_webhook_base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        return None if value is None else checks.base_url(value)

    @field_validator(*checks.SERVICE_URL_EXAMPLES, mode="before")
    @classmethod
    def _service_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        assert info.field_name is not None
        return checks.service_url(info.field_name, value)

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        return checks.database_url(value)

    @field_validator("redis_url", mode="before")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        return checks.redis_url(value)

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        return checks.log_level(value)

    @field_validator("stt_workers", "tts_workers")
    @classmethod
    def _one_or_more(cls, value: int) -> int:
        return checks.at_least(1)(value)

    @field_validator("stt_queue", "tts_queue", "whisper_cpu_threads")
    @classmethod
    def _none_or_more(cls, value: int) -> int:
        return checks.at_least(0)(value)

    @field_validator(*checks.RANGES)
    @classmethod
    def _in_range(cls, value: float, info: ValidationInfo) -> float:
        assert info.field_name is not None
        return checks.in_range(info.field_name, value)

    @field_validator(
        "rate_limit_auth",
        "rate_limit_bids",
        "rate_limit_general",
        "rate_limit_sockets",
        "rate_limit_joins",
        "rate_limit_stall_deals",
        "rate_limit_sign_ins",
        "payment_rate_limit",
    )
    @classmethod
    def _rate_limit(cls, value: str) -> str:
        return checks.rate(value)

    @model_validator(mode="before")
    @classmethod
    def _utf8_text(cls, data: Any) -> Any:
        return checks.utf8_text(data)

    @model_validator(mode="after")
    def _models_in_the_data_folder(self) -> Settings:
        """Unless set, prepared models live in `models/` of the data folder."""
        if "model_cache_dir" not in self.model_fields_set:
            self.model_cache_dir = self.data_dir / "models"
        return self

    @model_validator(mode="after")
    def _drain_in_production(self) -> Settings:
        """Unless set, production drains for `PRODUCTION_DRAIN_SECONDS` after a SIGTERM:
        clients and load balancers see 503 `draining` and `Connection: close` before the
        port closes, rather than the reset of a request written at that instant."""
        if "drain_seconds" not in self.model_fields_set and self.env == "production":
            self.drain_seconds = PRODUCTION_DRAIN_SECONDS
        return self

    @model_validator(mode="after")
    def _checked_together(self) -> Settings:
        check_together(self)
        return self

    @cached_property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def should_auto_migrate(self) -> bool:
        return self.is_sqlite if self.auto_migrate is None else self.auto_migrate

    @property
    def should_serve_api_docs(self) -> bool:
        return self.env != "production" if self.api_docs is None else self.api_docs

    @property
    def should_load_demo(self) -> bool:
        return self.env == "development" if self.demo_data is None else self.demo_data


def load_settings(**overrides: object) -> Settings:
    """Build settings now (never at import time), with optional overrides for tests."""
    return Settings(**overrides)  # type: ignore[arg-type]
