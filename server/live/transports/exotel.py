"""A phone leg in Exotel's Voicebot (bidirectional stream) format: the phone session of
`phone.py`, reading Exotel's messages and raw PCM16 instead of Twilio's μ-law.

Credentials and options come as Exotel passes custom parameters: the query string of
the URL set on the Voicebot applet (`?ticket=…` or `?token=…&negotiation_id=…`, and
optionally `language`, `voice`), which Exotel repeats as `start.custom_parameters`. The
start's values are read; should a start carry none, the same query string is read from
the socket's own URL, so an applet works either way.
"""

from __future__ import annotations

from typing import Any

from fastapi import WebSocket

from server.live import exotel, twilio
from server.live.clients import ExotelClient, PhoneClient
from server.live.transports.phone import PhoneSession

_CARRIER_QUERY = frozenset({"sample-rate", "sample_rate"})
"""Query parameters that configure the stream itself, not us."""


class ExotelSession(PhoneSession):
    def parse_frame(self, text: str) -> object:
        return exotel.parse(text)

    def format_refusal(self, event: twilio.Start) -> str | None:
        if not exotel.is_pcm16(event.encoding) or event.sample_rate != exotel.SAMPLE_RATE:
            return (
                "Only raw PCM16 (audio/x-raw, raw/slin) at 8000 Hz is supported; "
                "set the applet's sample rate to 8000."
            )
        return None

    def start_parameters(self, event: twilio.Start) -> dict[str, str]:
        if event.custom_parameters:
            return event.custom_parameters
        query = self.websocket.query_params
        return {k: v for k, v in query.items() if k not in _CARRIER_QUERY}

    def to_pcm16(self, payload: bytes) -> bytes:
        return payload

    def new_client(self, websocket: WebSocket, **kwargs: Any) -> PhoneClient:
        return ExotelClient(websocket, **kwargs)
