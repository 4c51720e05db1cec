"""The app factory. Engines, clients and background tasks are built in the lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
from collections.abc import AsyncIterator
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from fastapi.exceptions import WebSocketRequestValidationError
from sqlalchemy.exc import InterfaceError, OperationalError

from server import __version__, app_metrics, drain, metrics_peers, migrate, prefork
from server.api import error_docs, errors, fastbids, fastpay, query_once
from server.api.routes import (
    auth,
    console,
    health,
    live,
    negotiation_moves,
    negotiations,
    orders,
    payment_callbacks,
    payments,
    products,
    qr,
    stall,
    telephony,
)
from server.bodylimit import BodyLimits
from server.db import create_engine
from server.demo import DEMO_VENDOR_PASSWORD, DEMO_VENDOR_PHONE, load_demo_once
from server.gateway import Gateway
from server.live.runtime import start_live, stop_live
from server.live.transports.admission import refuse_bad_path
from server.payments.runtime import start_payments, stop_payments
from server.ratelimit import RateLimiter
from server.redisconn import redis_from_settings
from server.revocation import AccountGate
from server.security import Passwords, Tokens
from server.sessions import session_factory
from server.settings import Settings, load_settings
from server.sweeper import guests_kept, run_sweeper
from server.tracing import Tracing, TracingMiddleware
from server.web import mount as mount_pages

log = logging.getLogger("vyaparmitra")


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    prefork.watch_supervisor()  # a worker of `serve --workers N` ends when `serve` does
    timeout = settings.db_answer_timeout_seconds
    try:
        if settings.should_auto_migrate:
            await anyio.to_thread.run_sync(
                functools.partial(migrate.upgrade, settings.database_url, answer_timeout=timeout)
            )
        elif settings.env != "test":
            st = await anyio.to_thread.run_sync(
                functools.partial(migrate.status, settings.database_url, answer_timeout=timeout)
            )
            if not st.up_to_date:
                raise RuntimeError(
                    f"The database is at {st.current or '<base>'}, not {st.head}; "
                    "run `vyaparmitra db upgrade` first."
                )
    except (OperationalError, InterfaceError) as exc:
        # Bounded (server/sync_db.py `sync_engine`): a hung database fails start-up within
        # about the answer timeout, for a supervisor to restart, instead of never coming up.
        log.error("start-up failed: the database cannot be reached", extra={"error": str(exc.orig)})
        raise
    engine = create_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
        answer_timeout=settings.db_answer_timeout_seconds,
    )
    sessions = session_factory(engine)
    # One bounded pool per process for rate limits, tickets and rooms. Nothing connects
    # yet: the server starts (degraded) with Redis down, and uses it when it answers.
    redis: Any = redis_from_settings(settings) if settings.redis_url else None
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.redis = redis
    app.state.tokens = Tokens(settings.secret_key, settings.secret_keys[1:])
    app.state.accounts = AccountGate(
        sessions,
        ttl_seconds=settings.account_cache_seconds,
        max_entries=settings.account_cache_size,
    )
    app.state.passwords = Passwords(
        time_cost=settings.password_hash_time_cost, memory_kib=settings.password_hash_memory_kib
    )
    app.state.limiter = RateLimiter.from_settings(settings, redis)
    app.state.payments = await start_payments(app, settings, sessions)
    live_service = await start_live(app, settings, sessions, redis)
    live_service.tracing = app.state.tracing
    app.state.limiter.metrics.register(live_service.metrics.registry)
    app_metrics.register(live_service.metrics.registry, engine)
    metrics_peer = None
    peers = metrics_peers.peers_dir()
    if peers is not None:  # a worker of `serve --workers N`: /metrics gathers every worker's
        metrics_peer = metrics_peers.PeerServer(peers, lambda: live.exposition(live_service))
        await metrics_peer.start()

    if settings.should_load_demo:
        demo = await load_demo_once(sessions, settings, app.state.passwords)
        log.info(
            "demo data ready: print this stall QR, or open it on a phone",
            extra={
                "qr_url": demo.stall_url,
                "vendor_id": demo.vendor_id,
                "vendor_login": f"{DEMO_VENDOR_PHONE} / {DEMO_VENDOR_PASSWORD}",
            },
        )
    sweeper = None
    if settings.sweep_interval_seconds > 0:
        sweeper = asyncio.create_task(
            run_sweeper(
                sessions,
                settings.sweep_interval_seconds,
                guests_kept=guests_kept(settings.guest_token_ttl_seconds),
                before_release=functools.partial(app.state.payments.ask_before_release, sessions),
            ),
            name="sweeper",
        )
    log.info(
        "ready",
        extra={
            "database": engine.url.get_backend_name(),
            "rate_limits": "redis" if settings.redis_url else "memory",
        },
    )
    try:
        yield
    finally:
        if sweeper is not None:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
        dialer = getattr(app.state, "dialer", None)
        if dialer is not None:
            await dialer.aclose()
        if metrics_peer is not None:
            await metrics_peer.stop()
        await stop_live(app)
        await stop_payments(app.state.payments)
        await app.state.limiter.aclose()
        if redis is not None:
            await redis.aclose()
        await engine.dispose()
        await anyio.to_thread.run_sync(app.state.tracing.shutdown)


def create_app(settings: Settings | None = None, tracing: Tracing | None = None) -> FastAPI:
    """The app; `tracing` (tests) replaces the one the settings configure."""
    settings = settings or load_settings()
    docs = settings.should_serve_api_docs
    app = FastAPI(
        title="VyaparMitra",
        version=__version__,
        description="Real-time voice negotiation for Indian markets.",
        lifespan=lifespan,
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
    )
    app.state.settings = settings
    if os.environ.get(drain.DRAIN_FILE):  # a spawned worker of `serve --workers N`
        drain.install(app.state.settings.drain_seconds)
    errors.install(app)
    app.add_exception_handler(WebSocketRequestValidationError, refuse_bad_path)
    modules = (
        health,
        auth,
        products,
        qr,
        stall,
        negotiations,
        negotiation_moves,
        orders,
        payments,
        payment_callbacks,
        live,
        telephony,
        console,
    )
    # A query parameter given twice is refused (422 naming it), except where the answer
    # is for Razorpay's redirect or Twilio's webhook, which answer whatever comes.
    for module in modules:
        once = [] if module in (payment_callbacks, telephony) else [query_once.ONCE]
        app.include_router(module.router, dependencies=once)
    error_docs.document_errors(app, [module.router for module in modules])
    mount_pages(app)
    # Innermost: the lean paths (a bid; a payment's checkout, webhook and order polls)
    # see what the routes would (the request id, the budget, the body within its limit)
    # and answer as they would.
    fastbids.install(app)
    fastpay.install(app)
    # Every other edge of a request (the request id and access log, metrics, redirects,
    # the body limit, load shedding, the database budget, and for reads gzip, conditional
    # GETs and HEAD) is one layer, in that order (`server/gateway.py`).
    settings = app.state.settings
    app.add_middleware(
        Gateway,
        limits=BodyLimits(settings.max_body_bytes, settings.max_body_bytes_by_route),
        body_timeout=settings.body_timeout_seconds,
        db_seconds=settings.db_answer_timeout_seconds,
        max_in_flight=settings.max_requests_in_flight,
        max_lag_s=settings.max_loop_lag_ms / 1000,
        max_wait_s=settings.max_wait_ms / 1000,
        max_queue_s=settings.max_queue_ms / 1000,
    )
    app.state.tracing = tracing or Tracing.from_settings(app.state.settings.otlp_endpoint)
    if app.state.tracing.enabled:  # outermost: the span times shed and refused requests too
        app.add_middleware(TracingMiddleware, tracing=app.state.tracing)
    return app
