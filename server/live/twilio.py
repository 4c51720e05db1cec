"""The Twilio Media Streams wire format, as Twilio speaks it.

Inbound: `connected`, `start` (stream and call ids, media format, `customParameters`),
`media` (base64 μ-law 8 kHz, 20 ms per message), `mark` (our marks, echoed once played),
`stop`. Outbound: `media`, `mark`, `clear` (drop audio not yet played — barge-in).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any

SAMPLE_RATE = 8000
FRAME_BYTES = 160
"""20 ms of μ-law at 8 kHz."""


class TwilioProtocolError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Start:
    stream_sid: str
    call_sid: str
    custom_parameters: dict[str, str] = field(default_factory=dict)
    encoding: str = "audio/x-mulaw"
    sample_rate: int = SAMPLE_RATE


@dataclass(frozen=True, slots=True)
class Media:
    payload: bytes
    """μ-law bytes."""
    track: str
    timestamp_ms: int


@dataclass(frozen=True, slots=True)
class Mark:
    name: str


@dataclass(frozen=True, slots=True)
class Stop:
    pass


@dataclass(frozen=True, slots=True)
class Connected:
    pass


TwilioMessage = Connected | Start | Media | Mark | Stop


def parse(raw: str) -> TwilioMessage:
    try:
        data: Any = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise TwilioProtocolError("malformed_json", "That frame is not valid JSON.") from exc
    if not isinstance(data, dict):
        raise TwilioProtocolError("invalid_message", "A message is a JSON object.")
    event = data.get("event")
    try:
        if event == "connected":
            return Connected()
        if event == "start":
            start = data["start"]
            fmt = start.get("mediaFormat") or {}
            params = start.get("customParameters") or {}
            return Start(
                stream_sid=str(data.get("streamSid") or start["streamSid"]),
                call_sid=str(start.get("callSid", "")),
                custom_parameters={str(k): str(v) for k, v in params.items()},
                encoding=str(fmt.get("encoding", "audio/x-mulaw")),
                sample_rate=int(fmt.get("sampleRate", SAMPLE_RATE)),
            )
        if event == "media":
            media = data["media"]
            return Media(
                payload=base64.b64decode(media["payload"], validate=True),
                track=str(media.get("track", "inbound")),
                timestamp_ms=int(media.get("timestamp", 0)),
            )
        if event == "mark":
            return Mark(name=str(data["mark"]["name"]))
        if event == "stop":
            return Stop()
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, binascii.Error) as exc:
        raise TwilioProtocolError("invalid_message", f"Malformed {event} message: {exc}") from exc
    raise TwilioProtocolError("unknown_type", f"Unknown event {event!r}.")


def media_message(stream_sid: str, ulaw: bytes) -> str:
    payload = base64.b64encode(ulaw).decode()
    return json.dumps({"event": "media", "streamSid": stream_sid, "media": {"payload": payload}})


def mark_message(stream_sid: str, name: str) -> str:
    return json.dumps({"event": "mark", "streamSid": stream_sid, "mark": {"name": name}})


def clear_message(stream_sid: str) -> str:
    return json.dumps({"event": "clear", "streamSid": stream_sid})
