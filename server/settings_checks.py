"""What `Settings` checks beyond each field's type and bounds: values cleaned as they are
read (a secret's trailing newline, an empty variable meaning unset), rates the limiter
can read, values in their ranges; the settings that only make sense together are
checked in `server.settings_together`. Each check raises `ValueError` with a sentence
naming the variables to set."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import SecretStr


def stripped_or_none(value: str | None) -> str | None:
    """Without surrounding spaces or a trailing newline (a secret read from a file, where
    one would make every signature fail); empty (`VYAPAR_TWILIO_ACCOUNT_SID=`, as in the
    example files) means unset."""
    return value.strip() or None if value is not None else None


def secret_or_none(value: SecretStr | None) -> SecretStr | None:
    """`stripped_or_none` for a secret (`VYAPAR_METRICS_TOKEN=`: no token)."""
    token = value.get_secret_value().strip() if value is not None else ""
    return SecretStr(token) if token else None


DATABASES = ("sqlite", "postgresql")
"""The database backends the project runs on."""


def database_url(value: str) -> str:
    """A SQLAlchemy URL of SQLite or PostgreSQL whose driver is installed: refused where
    the setting is named (never echoed: it may hold a password), not as a traceback from
    the first command that connects."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        url = make_url(value)
    except ArgumentError:
        raise ValueError(
            "not a database URL such as 'postgresql+psycopg://user@host/db' or "
            "'sqlite+aiosqlite:///path/vyaparmitra.db'"
        ) from None
    if url.get_backend_name() not in DATABASES:
        raise ValueError(f"the database must be one of {', '.join(DATABASES)}")
    try:
        url.get_dialect()
    except (NoSuchModuleError, ImportError):
        raise ValueError(f"no driver '{url.drivername}' is installed") from None
    return value


def base_url(value: str) -> str:
    """Where people or services reach the server (`http(s)://host[:port][/path]`): QR
    codes, payment callbacks and the sockets' Origin check are built from it, so a value
    that is no such URL ("not a url", "javascript:…", a port past 65535) is refused here
    rather than printed on every QR code."""
    from urllib.parse import urlsplit

    reason = "not a URL such as 'https://mandi.example.in' (http or https, a host, no query)"
    try:
        parts = urlsplit(value)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        raise ValueError(reason) from None
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or not port_ok
        or parts.query
        or parts.fragment
        or parts.username is not None
        or any(c.isspace() for c in value)
    ):
        raise ValueError(reason)
    return value


SERVICE_URL_EXAMPLES = {
    "razorpay_base_url": "https://api.razorpay.com",
    "razorpay_sandbox_webhook_url": "http://127.0.0.1:8000/api/payment/webhook",
    "twilio_api_base_url": "https://api.twilio.com",
    "bhashini_ulca_url": "https://meity-auth.ulcacontrib.org",
    "otlp_endpoint": "http://otel-collector:4318",
}
"""The URLs of services the server calls, each with the example its refusal gives."""
SERVICE_URLS_UNSET = frozenset({"razorpay_sandbox_webhook_url", "otlp_endpoint"})
"""Those of them that may be unset (empty)."""


def service_url(field: str, value: str | None) -> str | None:
    """A service's URL (`http(s)://host[:port][/path]`), checked where the setting is
    named: one without its scheme (`api.razorpay.com`, `localhost:4318`) or host would
    otherwise be accepted and fail on every call (a payment, a span sent each few
    seconds) with the client library's words, far from the setting. Empty means unset
    where the setting may be unset."""
    from urllib.parse import urlsplit

    example = SERVICE_URL_EXAMPLES[field]
    value = stripped_or_none(value)
    if value is None:
        if field in SERVICE_URLS_UNSET:
            return None
        raise ValueError(f"is empty: give the whole URL, such as '{example}'")
    try:
        parts = urlsplit(value)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
        parts = urlsplit("")
    if parts.scheme.lower() not in ("http", "https"):
        what = "has no scheme" if "://" not in value else "is not http or https"
        raise ValueError(f"{what}: give the whole URL, such as '{example}'")
    if not parts.hostname or not port_ok or parts.fragment or any(c.isspace() for c in value):
        raise ValueError(f"not a URL such as '{example}' (http or https, a host)")
    return value


def rate(value: str) -> str:
    """One rate as the `limits` library reads it ("30/minute", "5/5 minutes"): refused
    where the setting is named, not when the first worker starts. Several rates in one
    setting ("1/minute;10/hour") are refused too: the limiter would keep only the first,
    silently."""
    from limits import parse_many

    try:
        rates = parse_many(value)
    except ValueError:
        raise ValueError("not a rate such as '30/minute' or '5/5 minutes'") from None
    if any(parsed.amount < 1 for parsed in rates):
        raise ValueError("must allow at least 1 request (turn limits off instead)")
    if len(rates) != 1:
        raise ValueError("takes one rate such as '30/minute', not several ('1/minute;10/hour')")
    return value


REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def redis_url(value: str | None) -> str | None:
    """A Redis URL the client can use (`redis://host:6379/0`, `rediss://…`,
    `unix:///path`); empty means unset. A value without its scheme (`localhost:6379`) is
    refused here, not as a traceback from every worker's start-up. Never echoed (it may
    hold a password)."""
    from urllib.parse import urlsplit

    value = stripped_or_none(value)
    if value is None:
        return None
    reason = (
        "not a Redis URL such as 'redis://localhost:6379/0' "
        f"(it starts with {', '.join(REDIS_SCHEMES)})"
    )
    if not value.lower().startswith(REDIS_SCHEMES):
        raise ValueError(reason)
    try:
        parts = urlsplit(value)
        _ = parts.port
    except ValueError:
        raise ValueError(reason) from None
    if parts.scheme.lower() != "unix" and not parts.hostname:
        raise ValueError(reason)
    return value


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def log_level(value: str) -> str:
    """One of Python's level names, in any case (`info`): written upper case."""
    level = value.strip().upper()
    if level not in LOG_LEVELS:
        raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
    return level


def at_least(floor: int) -> Callable[[int], int]:
    """A check that a count is `floor` or more (pool sizes the engines cannot start
    without: `VYAPAR_STT_WORKERS=0`)."""

    def check(value: int) -> int:
        if value < floor:
            raise ValueError(f"must be at least {floor}")
        return value

    return check


HOUR = 3600
DAY = 24 * HOUR

RANGES: dict[str, tuple[float, float]] = {
    # durations in seconds (0, where allowed, turns the thing off or means "never")
    "token_ttl_seconds": (60, 366 * DAY),
    "guest_token_ttl_seconds": (60, 30 * DAY),
    "negotiation_idle_seconds": (10, DAY),
    "reservation_ttl_seconds": (10, DAY),
    "sweep_interval_seconds": (0, HOUR),
    "qr_stall_ttl_seconds": (60, 10 * 366 * DAY),
    "db_pool_timeout_seconds": (0, HOUR),
    "db_answer_timeout_seconds": (0, HOUR),
    "redis_pool_timeout_seconds": (0, HOUR),
    "redis_socket_timeout_seconds": (0, HOUR),
    "redis_connect_timeout_seconds": (0, HOUR),
    "redis_retry_seconds": (0, HOUR),
    "redis_probe_timeout_seconds": (0, 60),
    "unavailable_retry_after_seconds": (1, HOUR),
    "razorpay_timeout_seconds": (0, HOUR),
    "razorpay_reconcile_interval_seconds": (0, DAY),
    "refund_follow_up_seconds": (0, DAY),
    "twilio_timeout_seconds": (0, HOUR),
    "phone_ring_again_seconds": (0, DAY),
    "phone_prompt_seconds": (0, HOUR),
    "ws_ticket_ttl_seconds": (1, HOUR),
    "ws_max_session_seconds": (1, DAY),
    "ws_idle_seconds": (0.1, DAY),
    "ws_start_seconds": (0, HOUR),
    "ws_ping_seconds": (0, HOUR),
    "phone_silence_seconds": (0, HOUR),
    "live_seq_ttl_seconds": (HOUR, 366 * DAY),
    "worker_healthcheck_seconds": (1, HOUR),
    "engine_start_seconds": (0, HOUR),
    "engine_hang_seconds": (0, HOUR),
    "header_timeout_seconds": (0, HOUR),
    "body_timeout_seconds": (0, HOUR),
    "account_cache_seconds": (0, HOUR),
    "revocation_check_seconds": (0, HOUR),
    "ws_renew_notice_seconds": (0, HOUR),
    "ws_send_timeout_seconds": (0, HOUR),
    # milliseconds
    "max_wait_ms": (0, 60_000),
    "max_loop_lag_ms": (0, 60_000),
    "max_queue_ms": (0, 60_000),
    "vad_hangover_ms": (0, 10_000),
    "vad_hangover_phone_ms": (0, 10_000),
    "vad_complete_hangover_ms": (0, 10_000),
    "vad_complete_hangover_phone_ms": (0, 10_000),
    "stt_partial_every_ms": (0, 60_000),
    # counts and sizes
    "stt_workers": (1, 256),
    "tts_workers": (1, 256),
    "stt_queue": (0, 100_000),
    "tts_queue": (0, 100_000),
    "whisper_cpu_threads": (0, 1024),
    "db_pool_size": (1, 10_000),
    "db_max_overflow": (0, 10_000),
    "password_hash_time_cost": (1, 100),
    "password_hash_memory_kib": (8, 4 * 1024 * 1024),
    "redis_max_connections": (2, 100_000),
    "max_requests_in_flight": (0, 1_000_000),
    "razorpay_workers": (1, 1024),
    "razorpay_sandbox_port": (0, 65535),
    "refund_follow_up_attempts": (0, 100),
    "ws_max_message_bytes": (1024, 16 * 1024 * 1024),
    "ws_max_frames_per_second": (1, 100_000),
    "ws_max_audio_pace": (1, 100_000),
    "ws_ping_misses": (1, 100),
    "ws_max_per_user": (1, 100_000),
    "max_body_bytes": (1, 1024 * 1024 * 1024),
    "account_cache_size": (1, 10_000_000),
    "ws_send_queue_bytes": (1024, 1024 * 1024 * 1024),
}
"""Every duration and count setting's range, both ends included (a field that must be
more than 0 says so on its own): a value outside it, `nan` or `inf` is refused at start
(`VYAPAR_NEGOTIATION_IDLE_SECONDS=-1` would expire every negotiation at once,
`VYAPAR_ACCOUNT_CACHE_SECONDS=1e23` would keep a deactivated user's tokens for ever)."""


def _number(value: float) -> str:
    """A bound as people read it: 31,622,400, 0.5 (never 3.16224e+07)."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def in_range(name: str, value: float) -> float:
    """`value` when it lies in `RANGES[name]`, else a `ValueError` naming the range."""
    low, high = RANGES[name]
    if not low <= value <= high:  # nan fails both
        raise ValueError(f"must be from {_number(low)} to {_number(high)}")
    return value


def _holds_undecodable(value: object) -> bool:
    """A string (or one inside a list or mapping) with a byte that was not UTF-8: Python
    reads such an environment variable with lone surrogates, which no database driver,
    file system call or `.encode()` later takes."""
    if isinstance(value, str):
        return any("\udc80" <= c <= "\udcff" or "\ud800" <= c <= "\udfff" for c in value)
    if isinstance(value, SecretStr):
        return _holds_undecodable(value.get_secret_value())
    if isinstance(value, dict):
        return any(_holds_undecodable(k) or _holds_undecodable(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_holds_undecodable(v) for v in value)
    return False


def utf8_text(data: object) -> object:
    """Settings as read, refused when one holds a byte that is not UTF-8 text (a data
    folder, a SQLite path, a database password, a metrics token): named, never echoed,
    before a command or a request meets it as a `UnicodeEncodeError`."""
    if isinstance(data, dict):
        for name, value in data.items():
            if isinstance(name, str) and _holds_undecodable(value):
                raise ValueError(
                    f"VYAPAR_{name.upper()}: not UTF-8 text (it holds a byte that is not "
                    "UTF-8; write the value in UTF-8)"
                )
    return data


TOKEN_CHARACTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/="
)
"""What a bearer token is made of (RFC 6750's b64token): all a scraper's header can carry
the same way everywhere."""


def bearer_token(value: SecretStr | None) -> SecretStr | None:
    """A token a scraper can present in `Authorization: Bearer …` (never echoed): one
    with other characters (a letter outside ASCII, a space) could be set but never
    presented, since HTTP clients send header text as Latin-1 or refuse it."""
    if value is not None and not set(value.get_secret_value()) <= TOKEN_CHARACTERS:
        raise ValueError(
            "a bearer token is ASCII letters, digits and - . _ ~ + / = only (generate it "
            "like the secret key)"
        )
    return value


def previous_keys(value: str | None) -> str | None:
    """`VYAPAR_SECRET_KEY_PREVIOUS`: unset or blank is none; else keys separated by
    commas, none of them blank (a stray comma is a mistake, not an empty key)."""
    if value is None or not value.strip():
        return None
    keys = [key.strip() for key in value.split(",")]
    if any(not key for key in keys):
        raise ValueError("separate older keys with single commas; one of them is blank")
    return ",".join(keys)
