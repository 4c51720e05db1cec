"""Ringing a vendor: when a shopper scans the stall's code while the vendor has no console
or call open anywhere, the vendor's registered phone is called from the stall line's
Twilio number with the official SDK's Calls API; the call comes back to the voice webhook
(`Direction=outbound-api`) and becomes the stall line, which offers that shopper.

The SDK blocks, so it runs in a worker thread; the scan never waits for it and never
fails because of it. A vendor is rung at most once per `phone_ring_again_seconds` (in
Redis when configured, so every process agrees)."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from twilio.base.exceptions import TwilioException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from models import Role, User
from server.settings import Settings
from server.telephony import twiml

log = logging.getLogger("vyaparmitra.telephony")

TWILIO_API = "https://api.twilio.com"
STATUS_EVENTS = ["initiated", "ringing", "answered", "completed"]


class _ApiAt(TwilioHttpClient):  # type: ignore[misc]
    """The SDK's HTTP client, sending what it addresses to Twilio's API to `base_url`."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        if url.startswith(TWILIO_API):
            url = self.base_url + url[len(TWILIO_API) :]
        return super().request(method, url, *args, **kwargs)


class Dialer:
    def __init__(self, settings: Settings, redis: Any = None) -> None:
        self.settings = settings
        self.redis = redis
        self._rung: dict[int, float] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._client: Client | None = None

    @property
    def enabled(self) -> bool:
        s = self.settings
        return bool(s.twilio_account_sid and s.twilio_auth_token and s.twilio_phone_number)

    def client(self) -> Client:
        if self._client is None:
            s = self.settings
            assert s.twilio_auth_token is not None
            self._client = Client(
                s.twilio_account_sid,
                s.twilio_auth_token.get_secret_value(),
                http_client=_ApiAt(s.twilio_api_base_url, s.twilio_timeout_seconds),
            )
        return self._client

    def ring_later(self, app: Any, vendor_id: int) -> None:
        """Ring the vendor if they are away, in the background (never raises)."""
        if not self.enabled:
            return
        task = asyncio.create_task(self._ring(app, vendor_id), name=f"ring-{vendor_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _ring(self, app: Any, vendor_id: int) -> None:
        try:
            if await app.state.live.vendors.bus.heard(vendor_id):
                return  # a console or a call of theirs is open: they heard the notice
            if not await self._claim(vendor_id):
                return
            phone = await self._phone_of(app, vendor_id)
            if phone is None:
                return
            sid = await asyncio.to_thread(self._create, phone)
            log.info("rang the vendor", extra={"vendor": vendor_id, "call": sid})
        except TwilioException as exc:
            log.warning("Twilio refused to ring the vendor", extra={"error": str(exc)[:200]})
        except Exception as exc:  # a scan never fails because the phone could not ring
            log.warning(
                "could not ring the vendor",
                extra={"vendor": vendor_id, "error": f"{type(exc).__name__}: {exc}"[:200]},
            )

    async def _claim(self, vendor_id: int) -> bool:
        """Whether this scan may ring the vendor (none did within the last while)."""
        again = self.settings.phone_ring_again_seconds
        if self.redis is not None:
            key = f"vyapar:ring:{vendor_id}"
            return bool(await self.redis.set(key, "1", nx=True, px=max(1, int(again * 1000))))
        now = time.monotonic()
        if now - self._rung.get(vendor_id, -again - 1) < again:
            return False
        self._rung[vendor_id] = now
        return True

    async def _phone_of(self, app: Any, vendor_id: int) -> str | None:
        async with app.state.live.unit() as session:
            user = await session.get(User, vendor_id)
            if user is None or not user.is_active or user.role is not Role.VENDOR:
                return None
            phone: str | None = user.phone
            return phone

    def _create(self, phone: str) -> str:
        s = self.settings
        base = twiml.webhook_base(s)
        call = self.client().calls.create(
            to=phone,
            from_=s.twilio_phone_number,
            url=f"{base}/api/telephony/twilio/voice",
            status_callback=f"{base}/api/telephony/twilio/status",
            status_callback_event=STATUS_EVENTS,
            timeout=30,
        )
        return str(call.sid)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)


def dialer_of(app: Any) -> Dialer:
    dialer: Dialer | None = getattr(app.state, "dialer", None)
    if dialer is None:
        dialer = Dialer(app.state.settings, getattr(app.state, "redis", None))
        app.state.dialer = dialer
    return dialer
