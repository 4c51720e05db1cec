"""Where Bhashini is, how patient to be with it, and which languages to send it."""

from __future__ import annotations

from dataclasses import dataclass, field

PROVIDER = "bhashini"
DEFAULT_LANGUAGES = ("hi", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa", "or", "as", "ur", "en")


@dataclass(frozen=True, slots=True)
class BhashiniConfig:
    """Where Bhashini is and how patient to be with it."""

    ulca_base_url: str
    """The ULCA host, e.g. https://meity-auth.ulcacontrib.org (config calls go here)."""
    user_id: str
    api_key: str = field(repr=False)
    """The ULCA API key (`ulcaApiKey` header); kept out of reprs and logs."""
    pipeline_id: str
    timeout_s: float = 10
    """Per HTTP request."""
    max_retries: int = 2
    """Extra attempts after the first, for retryable failures only."""
    config_ttl_s: float = 3600
    backoff_s: float = 0.25
    """First retry delay; doubles per attempt, with jitter."""
    retry_after_cap_s: float = 5.0
    """Longest wait we accept, from `Retry-After` or backoff."""
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    tts_gender: str = "female"
