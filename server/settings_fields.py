"""The server's settings by area, as fields with their defaults, bounds and meaning: a
data table. `server.settings.Settings` puts them together (in this order, after the
voice engines' `EngineSettings`) and checks them; `server.settings_checks` holds the
checks beyond types and bounds, `server.settings_together` those across fields."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, SecretStr

ROOT = Path(__file__).resolve().parent.parent
"""The source tree when running from a checkout; site-packages when installed."""
DEFAULT_SECRET = "dev-insecure-secret-change-me-never-use-in-production"  # noqa: S105 - refused in production


def is_checkout() -> bool:
    """Whether the code runs from a source checkout (editable install or PYTHONPATH)."""
    return (ROOT / "pyproject.toml").is_file()


def default_data_dir() -> Path:
    """`var/` in a checkout; else `$XDG_DATA_HOME/vyaparmitra` (`~/.local/share/vyaparmitra`).

    An installed package never writes beside its own code: site-packages may be read-only
    and owned by someone else.
    """
    if is_checkout():
        return ROOT / "var"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "vyaparmitra"


def _data_dir(data: dict[str, Any]) -> Path:
    found = data.get("data_dir")
    return found if isinstance(found, Path) else default_data_dir()


class CoreSettings(BaseModel):
    """Secrets, the data folder, the database and Redis, serving, tokens, deadlines, rate
    limits; pools, outages and overload."""

    env: Literal["development", "production", "test"] = "development"
    """`production` refuses placeholder secrets and skips demo data."""
    secret_key: str = DEFAULT_SECRET
    """Signs bearer tokens and QR tokens; at least 32 random bytes in production."""
    secret_key_previous: str | None = None
    """Older secret keys, comma-separated, newest first: still accepted (never used to
    sign) while `secret_key` is being rotated. Each is held to the same rules as
    `secret_key`; a token or QR code signed with a key removed from here is refused."""
    data_dir: Path = Field(default_factory=default_data_dir)
    """The one writable folder: the SQLite database, prepared models, artifacts."""
    database_url: str = Field(
        default_factory=lambda data: f"sqlite+aiosqlite:///{_data_dir(data) / 'vyaparmitra.db'}"
    )
    """Default: SQLite `vyaparmitra.db` in the data folder."""
    redis_url: str | None = None
    """When set, rate limits (and later rooms and tickets) live in Redis."""
    public_base_url: str = "http://localhost:8000"
    """Where shoppers reach the server; QR codes point here."""
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    tls_cert_file: Path | None = None
    """With `tls_key_file`, `serve` speaks HTTPS with this certificate (chain, PEM);
    `vyaparmitra tls dev` makes one for the LAN. Behind a TLS proxy, leave both unset."""
    tls_key_file: Path | None = None

    token_ttl_seconds: int = 7 * 24 * 3600
    sign_in_max_seconds: int = Field(default=30 * 24 * 3600, ge=60, le=365 * 24 * 3600)
    """How long a vendor's or customer's sign-in may be renewed (`POST /api/auth/renew`)
    from the password login it began with; past it, only a log-in signs them in again.
    A password change or deactivation ends it sooner, renewals included."""
    guest_token_ttl_seconds: int = 24 * 3600
    guest_renew_grace_seconds: int = Field(default=7 * 24 * 3600, ge=0, le=90 * 24 * 3600)
    """How long after a guest's sign-in lapsed the page may still renew it with the lapsed
    token itself (`POST /api/guest/renew`: the same guest, their deals and orders kept);
    each renewal ends every earlier token of that guest. 0: never."""
    negotiation_idle_seconds: int = 15 * 60
    """A negotiation with no activity for this long expires."""
    max_open_negotiations_per_stall: int = Field(default=5, ge=0, le=1000)
    """How many deals one shopper may have open at one stall at once (0: no bound); one
    more is refused (409 `too_many_open`) until one is accepted, left or expires."""
    reservation_ttl_seconds: int = 15 * 60
    """Stock held for an accepted deal is released if unpaid after this long."""
    sweep_interval_seconds: float = 30.0
    qr_stall_ttl_seconds: int = 365 * 24 * 3600

    rate_limit_enabled: bool = True
    rate_limit_auth: str = "10/minute"
    rate_limit_bids: str = "30/minute"
    """Offers and moves (and new deals over the API) per account; per client address
    `rate_limit_bids_ip_factor` times this."""
    rate_limit_bids_ip_factor: int = Field(default=20, ge=1, le=1000)
    """How many accounts' worth of `rate_limit_bids` one client address may send. A
    market's shoppers share one address (a hotspot, a carrier's NAT) across all its
    stalls, and each is already held to `rate_limit_bids` by account: 20 lets 120
    shoppers behind one address offer every 12 s (or 20 at their own limit) while one
    address still cannot send more than 600 a minute however many guests it makes. The
    other categories' address windows are 5 accounts wide."""
    rate_limit_general: str = "120/minute"
    rate_limit_sockets: str = "30/minute"
    """Socket tickets (`POST /api/ws-ticket`): their own budget, so a console's polls
    cannot use up its reconnects, nor a reconnect loop its polls."""
    rate_limit_joins: str = "120/minute"
    """QR joins (`POST /api/qr/{token}/join`, a shopper's first step), per client address:
    a market's shoppers often share one (a hotspot, a carrier's NAT), so not the sign-in
    limit, which guards passwords."""
    rate_limit_sign_ins: str = "10/15 minutes"
    """Password sign-ins (`POST /api/auth/login`) for one account, from any address: the
    per-address `rate_limit_auth` alone lets guesses spread over many addresses try one
    vendor's phone number without end. Every try counts, so past this the right password
    waits too (429 `rate_limited` with `Retry-After`); a sign-in renewed with its token
    (`/api/auth/renew`) is no try. Keyed by the phone or email as stored, however written."""
    rate_limit_stall_deals: str = "30/10 minutes"
    """New deals opened at one stall by one phone (its device cookie) from one client
    address, whichever accounts open them; the address five times that at the stall. A
    stall's code makes a guest per scan, so the bound on one shopper's open deals
    (`max_open_negotiations_per_stall`) alone binds no one who scans again; past this,
    429 `rate_limited`. Per phone, so a market sharing one address is not one shopper."""

    api_docs: bool | None = None
    """Serve the interactive API pages `/docs` and `/redoc`; defaults to on except in
    production. They load Swagger UI and ReDoc from a CDN, unpinned and unchecked, into
    the origin that keeps the vendor's sign-in, and they need the internet: production
    serves `/openapi.json` alone unless this is set."""
    auto_migrate: bool | None = None
    """Upgrade the database at start-up; defaults to on for SQLite."""
    demo_data: bool | None = None
    """Load the demo vendor at start-up; defaults to on in development."""
    db_pool_size: int = Field(default=20, ge=1)
    """PostgreSQL connections per process, opened as needed and kept: more requests at once
    wait for one (`db_pool_timeout_seconds`), which costs less than opening another."""
    db_max_overflow: int = Field(default=0, ge=0)
    """Connections beyond `db_pool_size`, each closed as soon as it is returned. Under load
    that is a connection opened and closed per request (a backend forked, the statements
    prepared again), so the default is none."""
    password_hash_time_cost: int = Field(default=2, ge=1)
    password_hash_memory_kib: int = Field(default=19 * 1024, ge=8)
    # --- pools, outages and overload -----------------------------------------------
    db_pool_timeout_seconds: float = Field(default=5.0, gt=0)
    """How long a request waits for a pooled database connection before a 503."""
    db_answer_timeout_seconds: float = Field(default=10.0, gt=0)
    """How long PostgreSQL may take to accept a connection or answer one statement or
    commit; a hung server then costs a request this long and a 503, never a hung request."""
    redis_max_connections: int = Field(default=64, ge=2)
    """Redis connections per process (one is the rooms' subscriber); more requests wait."""
    redis_pool_timeout_seconds: float = Field(default=2.0, gt=0)
    """How long a request waits for a free Redis connection before a 503."""
    redis_socket_timeout_seconds: float = Field(default=2.0, gt=0)
    redis_connect_timeout_seconds: float = Field(default=1.0, gt=0)
    redis_retry_seconds: float = Field(default=2.0, gt=0)
    """With Redis unreachable, one request at a time tries it again this often; the others
    fail at once (rate limits count in memory, what needs Redis answers 503)."""
    redis_probe_timeout_seconds: float = Field(default=0.5, gt=0)
    """How long a try of an unreachable Redis, a rate-limit check and `/readyz`'s ping
    wait for an answer (a hung Redis costs this, not the socket timeout)."""
    max_requests_in_flight: int = Field(default=256, ge=0)
    """HTTP requests one process works on at once; more get 503 + Retry-After (0: no cap)."""
    max_wait_ms: float = Field(default=250.0, ge=0)
    """Admit no more HTTP requests at once than one process finishes in this long (at
    least 64, except for a second after a request took longer than this from arrival to
    its answer): past capacity the excess gets 503 + Retry-After, and the accepted ones
    wait about this long at most (0: only `max_requests_in_flight` caps)."""
    max_queue_ms: float = Field(default=50.0, ge=0)
    """Once HTTP requests have reached the app more than this long after the event loop
    read them, for 100 ms on end (CoDel's rule: not a burst that drains), new ones that
    waited longer get 503 + Retry-After until one comes in time (0: never). Measured
    under `serve` (httptools)."""
    max_loop_lag_ms: float = Field(default=100.0, ge=0)
    """While one process's event loop runs this late (a moving average), new HTTP requests
    get 503 + Retry-After: the process is short of CPU (0: never)."""
    unavailable_retry_after_seconds: int = Field(default=5, ge=1)
    """Retry-After of a 503 when the database or Redis is unreachable."""


class PaymentSettings(BaseModel):
    """Payments (Razorpay)."""

    razorpay_key_id: str | None = None
    """API key id (`rzp_test_…` / `rzp_live_…`). Unset: the server runs a local sandbox."""
    razorpay_key_secret: str | None = None
    razorpay_webhook_secret: str | None = None
    """Verifies `X-Razorpay-Signature` on webhooks."""
    razorpay_webhook_secret_previous: str | None = None
    """Still accepted while a webhook secret is being rotated."""
    razorpay_base_url: str = "https://api.razorpay.com"
    """Razorpay's API, or a sandbox's URL (`vyaparmitra sandbox`)."""
    razorpay_timeout_seconds: float = Field(default=10.0, gt=0)
    """How long one Razorpay call may take before we give up on it."""
    razorpay_workers: int = Field(default=32, ge=1)
    """Threads (and pooled connections) for the blocking Razorpay SDK."""
    razorpay_sandbox_port: int = 0
    """Port of the embedded sandbox (started when no keys are set); 0 picks a free one."""
    razorpay_sandbox_webhook_url: str | None = None
    """Where `vyaparmitra sandbox` delivers webhooks (the embedded one delivers in-process)."""
    razorpay_reconcile_interval_seconds: float = 300.0
    """Background reconciliation with Razorpay; 0 turns it off (so does a 0 sweep interval)."""
    refund_follow_up_seconds: float = Field(default=15.0, ge=0)
    """After Razorpay did not answer a refund (a timeout, a 5xx), send it again (same
    idempotency key) this long later, then after twice as long each time; 0: leave it to
    the reconciler."""
    refund_follow_up_attempts: int = Field(default=4, ge=0)
    """How many times a refund is followed up (15 s, 30, 60, 120 by default: ~4 min)."""
    payment_rate_limit: str = "5/5 minutes"
    """Payment attempts (create, link) per user."""
    payment_min_total_paise: int = Field(default=100, ge=1, le=1_000_000_000)
    """The smallest order total the payment gateway takes (Razorpay: ₹1, "The amount must
    be at least INR 1.00"). An offer or accept that makes a deal below it is refused (422
    `total_too_small`) before any order is made: such an order could never be paid."""
    payment_max_total_paise: int = Field(default=50_000_000, ge=100, le=1_000_000_000)
    """The largest order total the payment gateway takes: the Razorpay account's maximum
    per transaction (₹5,00,000 unless Razorpay raised it for the account; refused with
    "Amount exceeds maximum amount allowed."). An offer or accept that makes a deal above
    it is refused (422 `total_too_large`) before any order is made; at most ₹1 crore, the
    most one negotiation can be for, and at least ₹1, the gateway's own minimum. The
    embedded sandbox takes the same maximum."""


class TelephonySettings(BaseModel):
    """Telephony (Twilio)."""

    twilio_account_sid: str | None = None
    """The Twilio account (`AC…`) whose numbers call the stall line."""
    twilio_auth_token: SecretStr | None = None
    """Verifies `X-Twilio-Signature` on the voice and status webhooks. Unset: the webhooks
    answer 503 `telephony_not_configured`."""
    twilio_webhook_base_url: str | None = None
    """The public origin Twilio calls (`https://stall.example.in`), as configured on the
    number: the signature covers the exact URL Twilio requested, so behind a proxy it is
    rebuilt from this. Default: `public_base_url`."""
    twilio_phone_number: str | None = None
    """The stall line's Twilio number (E.164). With it, the account and the token, a
    shopper's scan while the vendor has no console or call open rings the vendor's phone."""
    twilio_api_base_url: str = "https://api.twilio.com"
    """Twilio's REST API, or a local double's URL (tests)."""
    twilio_timeout_seconds: float = Field(default=10.0, gt=0)
    """How long one call to Twilio's REST API may take."""
    phone_ring_again_seconds: float = Field(default=60.0, ge=0)
    """After ringing a vendor, further scans ring them again only after this long."""
    phone_prompt_seconds: float = Field(default=6.0, gt=0)
    """On the stall line: after "new customer … say yes", the call joins the negotiation
    when the vendor says yes, or after this long."""


class LiveSettings(BaseModel):
    """Live sessions (WebSockets), their engines and turn-taking."""

    allowed_origins: list[str] = Field(default_factory=list)
    """Origins allowed to open sockets, besides `public_base_url` (no Origin = non-browser)."""
    ws_ticket_ttl_seconds: int = 60
    ws_max_message_bytes: int = 64 * 1024
    ws_max_frames_per_second: float = 100.0
    """Sustained frame rate per socket (a 20 ms audio stream is 50/s); 5 s bursts pass."""
    ws_max_audio_pace: float = 1.25
    """Seconds of audio a socket may send per second, sustained (a live microphone sends
    1.0); a catch-up burst of 10 s (or 5 s at this pace, if more) passes. A frame may hold
    up to `ws_max_message_bytes` of audio, so the frame rate alone does not bound it."""
    ws_max_session_seconds: int = 3600
    ws_idle_seconds: float = 120.0
    ws_start_seconds: float = Field(default=10.0, gt=0)
    """A phone leg must send a valid `start` within this long, or it is closed (4408)."""
    ws_ping_seconds: float = Field(default=15.0, ge=0)
    """How often the server pings a browser or vendor-console socket (`ping` event, answered
    with `pong`); 0: no heartbeat."""
    ws_ping_misses: int = Field(default=2, ge=1)
    """Pings in a row after which nothing at all came back (no pong, no frame): the link is
    dead, and the socket is closed (4002) so the room sees the side away."""
    phone_silence_seconds: float = Field(default=20.0, ge=0)
    """A phone leg whose media stream sends nothing for this long is closed (4003): a
    carrier streams 50 frames a second, silence included. 0: never."""
    ws_max_per_user: int = Field(default=16, ge=1)
    """Open live sockets one user may hold in one process; more are refused (4429)."""
    live_seq_ttl_seconds: int = Field(default=7 * 24 * 3600, ge=3600)
    """With Redis: how long a room's (or a vendor channel's) event counter outlives its
    last event. Longer than any negotiation lives (idle time plus the reservation)."""
    warm_engines: bool = True
    """Load and run the engines once at start-up, so the first turn is fast; with `serve
    --workers N`, also build understanding's tables in the parent, shared by the forked
    workers. False: a start in seconds; each worker builds a language's tables (up to a
    few seconds, Malayalam the largest) when it first hears that language."""
    warm_languages: list[str] = Field(default_factory=lambda: ["en", "hi"])
    shared_engines: bool = True
    """`serve --workers N` (N > 1): one engine process holds the Whisper models and Piper
    voices for all the workers (`server.engine_process`); false: each worker loads its
    own copy."""
    fork_workers: bool = True
    """`serve --workers N` (N > 1): fork the workers from a parent that imported the app
    and built understanding's tables, so they share those pages (`server.prefork`);
    false: each worker is a fresh interpreter (uvicorn's spawn)."""
    worker_healthcheck_seconds: int = Field(default=30, gt=0)
    """`serve --workers N`: how long a worker may leave the supervisor's health ping
    unanswered before it is restarted (uvicorn's default, 5 s, restarts workers that are
    only busy: starting up or warming engines on a loaded machine)."""
    drain_seconds: float = Field(default=0.0, ge=0, le=300)
    """`serve`: how long after a SIGTERM the server goes on serving, `/readyz` answering
    503 `draining`, before it stops accepting connections (`server.drain`). Set it to the
    load balancer's health-check interval so no new request is sent to a host that is
    about to refuse it; 0 stops accepting at once. Unset: 0, and in production
    `PRODUCTION_DRAIN_SECONDS` (5 s; `server.settings`)."""
    shutdown_grace_seconds: float = Field(default=30.0, gt=0, le=3600)
    """`serve`: once it stops accepting, how long requests in flight may take to finish
    before they are cancelled and the process exits (live sockets close with 1012 at
    once)."""
    engine_start_seconds: float = Field(default=300.0, gt=0)
    """How long `serve` waits for the engine process to load and warm the models before
    starting the workers anyway (their turns get `engine_unavailable` until it answers).
    One still loading past it is left to finish (said once in the log), never killed for
    being slow."""
    engine_hang_seconds: float = Field(default=20.0, gt=0)
    """How long the engine process may leave `serve`'s pings (every 2 s) unanswered, once it
    has answered, before it is killed and restarted: a hung process would otherwise hold
    every worker's turns until their own 60 s timeout."""
    vad_hangover_ms: int = 576
    """Silence after speech that ends an utterance (a phone line stretches a 350 ms comma
    pause to ~550 ms of VAD silence)."""
    vad_hangover_phone_ms: int = Field(default=640, ge=0)
    """`vad_hangover_ms` on a phone (8 kHz) leg; 0: `vad_hangover_ms`. A 350 ms comma
    pause ("Last offer, [comma] thirty five a kilo.") reached 576 ms of VAD silence at 2 of
    8 offsets against the VAD's windows in `benchmarks/turn_latency.py`'s offline check,
    608 ms at 1, 640 ms at none: with 576 the phone speaker was cut at that comma."""
    vad_complete_hangover_ms: int = Field(default=480, ge=0)
    """Silence that ends an utterance whose words so far, decoded with confidence, already
    make a whole move (a price, a question, the awaited yes) or a finished sentence (a
    full stop, three words or more, no dangling last word), on a browser (16 kHz) leg; 0:
    always `vad_hangover_ms`. It must outlast a comma pause (~350 ms of speech pause is
    up to 416 ms of VAD silence on this leg)."""
    vad_complete_hangover_phone_ms: int = Field(default=0, ge=0)
    """The same on a phone (8 kHz) leg; 0 (the default): always `vad_hangover_phone_ms`,
    since a 350 ms comma pause is up to 576 ms of VAD silence there."""
    vad_complete_min_confidence: float = Field(default=0.6, ge=0.0, le=1.0)
    """The recogniser's confidence a pause decode needs to end a turn after
    `vad_complete_hangover_ms` (below, the full hangover)."""
    stt_partial_every_ms: int = Field(default=640, ge=0)
    """New speech between partial transcripts while someone talks (decoded only when the
    STT pool is idle); 0: partials only at pauses."""
    stt_reuse_min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    """A decode made at a pause stands as the final transcript (when nothing was said or
    heard since: the same audio) only at this confidence or more; below, the whole
    utterance is decoded again through the language's engine chain. 0 (the default):
    reuse whatever covers the same audio, which the local recogniser reads the same way
    twice (`TurnTaking.reuse_min_confidence`)."""
    tts_speak_ahead: bool = True
    """Synthesize the reply a speaker's words would make while the pause that may end
    their turn runs out (when the speech workers are idle and the listener's socket is in
    this process); used only if the turn ends with those words, dropped otherwise."""
    assistant_speak_hints: bool = False
    """After a customer's offer, a vendor on the phone also hears the assistant's hint."""


class EdgeSettings(BaseModel):
    """Request heads and bodies; revoked sign-ins and slow sockets."""

    header_timeout_seconds: float = Field(default=15.0, gt=0, le=3600)
    """How long a connection may take to send a complete request head, from when it opens
    (or from the answer to its previous request); a slower or silent one is closed
    (`serve`)."""
    max_header_bytes: int = Field(default=64 * 1024, ge=1024, le=16 * 1024 * 1024)
    """The largest request head (request line and headers) a connection may send; a larger
    one is answered 431 and the connection closed as soon as the bytes read pass it
    (`serve`)."""
    body_timeout_seconds: float = Field(default=15.0, gt=0, le=3600)
    """How long a request's body may take to arrive once its headers are in; a slower one
    is answered 408 `body_timeout`."""
    max_body_bytes: int = Field(default=64 * 1024, ge=1)
    """The largest request body a route accepts unless listed below; a larger one is
    answered 413 without being read whole or parsed."""
    max_body_bytes_by_route: dict[str, Annotated[int, Field(ge=1)]] = Field(
        default_factory=lambda: {"/api/payment/webhook": 256 * 1024}
    )
    """Per-route body limits by request path; `*` globs allowed, an exact path or else the
    longest matching pattern wins, e.g. `{"/api/payment/webhook": 262144, "/api/qr/*": 4096}`.
    Setting this replaces the whole map (keep the webhook's entry)."""

    account_cache_seconds: float = Field(default=5.0, ge=0)
    """How long a worker trusts what it last read of a user's standing (active, token
    version): a deactivation or a new password ends their tokens within this time."""
    account_cache_size: int = Field(default=10_000, ge=1)
    """Users whose standing a worker keeps cached (least recently used ones go first)."""
    revocation_check_seconds: float = Field(default=2.0, gt=0)
    """How often a worker checks the users behind its open sockets (closed with 4410)."""
    ws_renew_notice_seconds: float = Field(default=60.0, ge=0)
    """How long before a socket's sign-in lapses it is sent `renew` (the page renews its
    token and reconnects); at the lapse itself it is closed with 4401 `token_expired`."""
    ws_send_queue_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)
    """Speech and events waiting to be written to one socket; a client that falls this
    far behind is closed with 1013."""
    ws_send_timeout_seconds: float = Field(default=15.0, gt=0)
    """A write that waits this long on a client that stopped reading closes it (1013)."""


class ObservabilitySettings(BaseModel):
    """Metrics, tracing and logs."""

    metrics_token: SecretStr | None = None
    """When set, `/metrics` answers only `Authorization: Bearer <this token>` (401 else):
    ASCII letters, digits and `-._~+/=`, at least 32 characters in production. Wrong
    tokens from one address count against `rate_limit_auth`; past it, 429."""
    metrics_token_previous: SecretStr | None = None
    """A token still accepted while scrapers move to a new `metrics_token` (same rules):
    set the new token with the old one here, update the scrapers, then unset this."""
    metrics_public: bool = False
    """In production without a token `/metrics` is a 404; `true` serves it to anyone (a
    scraper on a private network the public cannot reach)."""
    otlp_endpoint: str | None = None
    """An OpenTelemetry collector (OTLP/HTTP, e.g. `http://localhost:4318`): a span per
    HTTP request and a trace per voice turn go there. Unset: the standard
    `OTEL_EXPORTER_OTLP_ENDPOINT`, else no tracing at all."""
    log_level: str = "INFO"
    log_json: bool = True
