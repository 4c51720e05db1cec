"""Start and stop the live service inside the app's lifespan."""

from __future__ import annotations

import functools
import logging
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from audio.config import AudioConfig
from audio.registry import EngineRegistry
from audio.vad import EndpointerConfig
from server.domain import news
from server.live.metrics import LiveMetrics
from server.live.redis_rooms import RedisRoomBus
from server.live.revocation import SignInWatch
from server.live.rooms import MemoryRoomBus, RoomBus
from server.live.service import LiveService
from server.live.tickets import MemoryTicketStore, RedisTicketStore, TicketStore
from server.live.transports.stall_waiting import announce_if_line_died
from server.live.turns.rules import TurnTaking
from server.sessions import after_commit
from server.settings import Settings

log = logging.getLogger("vyaparmitra.live")


async def start_live(
    app: Any, settings: Settings, sessions: async_sessionmaker[AsyncSession], redis: Any
) -> LiveService:
    bus: RoomBus
    vendor_bus: RoomBus
    tickets: TicketStore
    if redis is not None:
        ttl = settings.live_seq_ttl_seconds
        bus = RedisRoomBus(redis, seq_ttl_seconds=ttl)
        vendor_bus = RedisRoomBus(redis, prefix="vyapar:vendor:", seq_ttl_seconds=ttl)
        tickets = RedisTicketStore(redis)
    else:
        bus = MemoryRoomBus()
        vendor_bus = MemoryRoomBus()
        tickets = MemoryTicketStore()
    engines = EngineRegistry(AudioConfig.from_settings(settings))
    live = LiveService(
        bus=bus,
        sessions=sessions,
        engines=engines,
        metrics=LiveMetrics(),
        idle_seconds=settings.negotiation_idle_seconds,
        reservation_seconds=settings.reservation_ttl_seconds,
        min_total_paise=settings.payment_min_total_paise,
        max_total_paise=settings.payment_max_total_paise,
        endpointer_config=EndpointerConfig(
            hangover_ms=settings.vad_hangover_ms,
            narrowband_hangover_ms=settings.vad_hangover_phone_ms or None,
        ),
        vendor_bus=vendor_bus,
        speak_hints=settings.assistant_speak_hints,
        db_seconds=settings.db_answer_timeout_seconds,
        retry_after=settings.unavailable_retry_after_seconds,
        turn_taking=TurnTaking(
            complete_hangover_ms=settings.vad_complete_hangover_ms or None,
            complete_hangover_phone_ms=settings.vad_complete_hangover_phone_ms or None,
            partial_every_ms=settings.stt_partial_every_ms or None,
            reuse_min_confidence=settings.stt_reuse_min_confidence,
            end_min_confidence=settings.vad_complete_min_confidence,
            speak_ahead=settings.tts_speak_ahead,
        ),
    )
    if isinstance(bus, RedisRoomBus):
        bus.on_gone = functools.partial(announce_if_line_died, live)
    app.state.tickets = tickets
    app.state.live = live
    after_commit(sessions, news.KEY, live.moves.tell_unseen)
    after_commit(sessions, news.PRODUCTS_KEY, live.moves.tell_products)
    app.state.sign_ins = SignInWatch(
        app.state.accounts,
        interval=settings.revocation_check_seconds,
        renew_notice=settings.ws_renew_notice_seconds,
    )
    app.state.sign_ins.start()
    if settings.warm_engines:
        timings = await engines.warm(settings.warm_languages)
        log.info("engines warm", extra={k: round(v, 3) for k, v in timings.items()})
    return live


async def stop_live(app: Any) -> None:
    sign_ins: SignInWatch | None = getattr(app.state, "sign_ins", None)
    if sign_ins is not None:
        await sign_ins.aclose()
    live: LiveService | None = getattr(app.state, "live", None)
    if live is not None:
        await live.aclose()
        await live.bus.aclose()
        await live.vendors.bus.aclose()
        await live.engines.aclose()
    tickets = getattr(app.state, "tickets", None)
    if tickets is not None:
        await tickets.aclose()
