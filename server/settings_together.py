"""The settings that only make sense together, checked once `Settings` has read them
all: a real secret and metrics token in production, keys and TLS files in pairs, payment
totals in order, a token within its sign-in, a room's counter that outlives its
negotiation. Each check raises `ValueError` with a sentence naming the variables to
set."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from server.settings import Settings

PLACEHOLDER_SECRETS = frozenset(
    {
        "",
        "change-me",
        "changeme",
        "secret",
        "dev-insecure-secret-change-me",
        "dev-insecure-secret-change-me-never-use-in-production",
    }
)


class PlaceholderSecretError(ValueError):
    """Production refuses to run with a secret anyone can read in the source."""


def check_together(settings: Settings) -> None:
    """The settings that only make sense together, checked in this order."""
    _refuse_placeholder_secret(settings)
    _refuse_short_metrics_token(settings)
    _seq_outlives_negotiations(settings)
    _razorpay_keys_come_in_pairs(settings)
    _payment_totals_in_order(settings)
    _token_within_sign_in(settings)
    _tls_files_come_in_pairs(settings)


def _refuse_placeholder_secret(settings: Settings) -> None:
    if settings.env != "production":
        return
    for n, key in enumerate(settings.secret_keys):
        if key in PLACEHOLDER_SECRETS or len(key) < 32:
            name = "VYAPAR_SECRET_KEY" if n == 0 else f"VYAPAR_SECRET_KEY_PREVIOUS (key {n})"
            raise PlaceholderSecretError(
                f"{name} is a placeholder or shorter than 32 characters; "
                "production needs a real secret (e.g. `python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))'`)."
            )


def _refuse_short_metrics_token(settings: Settings) -> None:
    if settings.metrics_token is None and settings.metrics_token_previous is not None:
        raise ValueError(
            "VYAPAR_METRICS_TOKEN_PREVIOUS is set without VYAPAR_METRICS_TOKEN: the "
            "previous token only bridges a change to a new one"
        )
    if settings.env != "production":
        return
    for name, token in (
        ("VYAPAR_METRICS_TOKEN", settings.metrics_token),
        ("VYAPAR_METRICS_TOKEN_PREVIOUS", settings.metrics_token_previous),
    ):
        if token is not None and len(token.get_secret_value()) < 32:
            raise ValueError(
                f"{name} is shorter than 32 characters; production needs one that "
                "cannot be guessed (e.g. `python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))'`)"
            )


def _payment_totals_in_order(settings: Settings) -> None:
    low, high = settings.payment_min_total_paise, settings.payment_max_total_paise
    if low > high:
        raise ValueError(
            f"VYAPAR_PAYMENT_MIN_TOTAL_PAISE ({low}) is above VYAPAR_PAYMENT_MAX_TOTAL_PAISE "
            f"({high}): no deal total could be paid; the minimum is the gateway's smallest "
            "order, the maximum its largest"
        )


def _token_within_sign_in(settings: Settings) -> None:
    """A log-in's token lasts `token_ttl_seconds`; a sign-in, renewals and all, at most
    `sign_in_max_seconds` from that log-in. A token longer than the sign-in would outlast
    the bound the renewal route keeps, and its first renewal would be refused."""
    ttl, most = settings.token_ttl_seconds, settings.sign_in_max_seconds
    if ttl > most:
        raise ValueError(
            f"VYAPAR_TOKEN_TTL_SECONDS ({ttl}) is longer than VYAPAR_SIGN_IN_MAX_SECONDS "
            f"({most}): a log-in's token would outlast the longest a sign-in may last; "
            "shorten the token or lengthen the sign-in"
        )


def _seq_outlives_negotiations(settings: Settings) -> None:
    life = settings.negotiation_idle_seconds + settings.reservation_ttl_seconds
    if settings.live_seq_ttl_seconds <= life:
        raise ValueError(
            f"VYAPAR_LIVE_SEQ_TTL_SECONDS must be longer than a negotiation lives "
            f"(idle {settings.negotiation_idle_seconds} s + reservation "
            f"{settings.reservation_ttl_seconds} s)"
        )


def _razorpay_keys_come_in_pairs(settings: Settings) -> None:
    if (settings.razorpay_key_id is None) != (settings.razorpay_key_secret is None):
        raise ValueError(
            "set both VYAPAR_RAZORPAY_KEY_ID and VYAPAR_RAZORPAY_KEY_SECRET, or neither "
            "(neither runs the local Razorpay sandbox)"
        )


def _tls_files_come_in_pairs(settings: Settings) -> None:
    if (settings.tls_cert_file is None) != (settings.tls_key_file is None):
        raise ValueError("set both VYAPAR_TLS_CERT_FILE and VYAPAR_TLS_KEY_FILE, or neither")
