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

from server import jsontext

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
        data: Any = jsontext.loads(raw)
    except jsontext.RepeatedKey as exc:
        raise TwilioProtocolError("invalid_message", str(exc)) from exc
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
            return Start(
                stream_sid=str(data.get("streamSid") or start["streamSid"]),
                call_sid=str(start.get("callSid", "")),
                custom_parameters=_parameters(start.get("customParameters")),
                **_media_format(start.get("mediaFormat")),
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


def _parameters(params: Any) -> dict[str, str]:
    """`customParameters` as Twilio sends them (its `<Parameter>` elements): names and
    values are strings. A number or a list is refused, never read into a string."""
    if params is None:
        return {}
    if not isinstance(params, dict) or not all(isinstance(v, str) for v in params.values()):
        raise ValueError("customParameters is an object of strings")
    return dict(params)


def _media_format(fmt: Any) -> dict[str, Any]:
    """`mediaFormat` is always in Twilio's `start`: without it the audio's format is
    unknown, so the start is refused rather than guessed."""
    if not isinstance(fmt, dict):
        raise ValueError("mediaFormat (encoding, sampleRate) is required")
    encoding, rate = fmt.get("encoding"), fmt.get("sampleRate")
    if not isinstance(encoding, str) or type(rate) is not int:
        raise ValueError("mediaFormat needs encoding (a string) and sampleRate (an integer)")
    return {"encoding": encoding, "sample_rate": rate}


def media_message(stream_sid: str, ulaw: bytes) -> str:
    payload = base64.b64encode(ulaw).decode()
    return json.dumps({"event": "media", "streamSid": stream_sid, "media": {"payload": payload}})


def mark_message(stream_sid: str, name: str) -> str:
    return json.dumps({"event": "mark", "streamSid": stream_sid, "mark": {"name": name}})


def clear_message(stream_sid: str) -> str:
    return json.dumps({"event": "clear", "streamSid": stream_sid})
