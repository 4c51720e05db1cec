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
            start = object_at(data, "start")
            return Start(
                stream_sid=text_at(data, "streamSid", None, where=None)
                or text_at(start, "streamSid"),
                call_sid=text_at(start, "callSid", ""),
                custom_parameters=_parameters(start.get("customParameters")),
                **_media_format(start.get("mediaFormat")),
            )
        if event == "media":
            media = object_at(data, "media")
            return Media(
                payload=base64_at(media, "payload", "media"),
                track=text_at(media, "track", "inbound", where="media"),
                timestamp_ms=integer_at(media, "timestamp", 0, "media"),
            )
        if event == "mark":
            return Mark(name=text_at(object_at(data, "mark"), "name", where="mark"))
        if event == "stop":
            return Stop()
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise TwilioProtocolError("invalid_message", malformed(event, exc)) from exc
    raise TwilioProtocolError("unknown_type", f"Unknown event {event!r}.")


# Reading a frame's fields: each mistake is a `FieldError` naming the field (operators
# read these in the log), never Python's own words.

_REQUIRED: Any = object()


class FieldError(ValueError):
    """A frame's field missing or of the wrong kind; the message names it."""


def malformed(event: object, exc: Exception) -> str:
    """The reason logged for a dropped frame: ours where we wrote one (a `FieldError`, a
    format refused), never the text of an error Python raised on its own."""
    if isinstance(exc, ValueError) and not isinstance(exc, binascii.Error | UnicodeError):
        return f"Malformed {event} message: {exc}"
    return f"Malformed {event} message: a field is missing or of the wrong kind"


def object_at(data: dict[str, Any], name: str) -> dict[str, Any]:
    """The frame's `name` object (`start`, `media`, `mark`…), which must be there."""
    if name not in data:
        raise FieldError(f"missing the `{name}` object")
    value = data[name]
    if not isinstance(value, dict):
        raise FieldError(f"`{name}` must be an object")
    return value


def _path(where: str | None, name: str) -> str:
    return f"{where}.{name}" if where else name


def text_at(
    data: dict[str, Any], name: str, default: Any = _REQUIRED, where: str | None = "start"
) -> str:
    """A string (or an integer, read as one) at `name`; `default` when absent."""
    if name not in data or data[name] is None:
        if default is _REQUIRED:
            raise FieldError(f"missing `{_path(where, name)}`")
        return str(default) if default is not None else ""
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise FieldError(f"`{_path(where, name)}` must be a string")
    return str(value)


def integer_at(data: dict[str, Any], name: str, default: int, where: str) -> int:
    """A whole number, sent as a number or as digits (Twilio writes `"timestamp": "20"`)."""
    value = data.get(name, default)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.strip().lstrip("-").isdigit():
        return int(value)
    raise FieldError(f"`{where}.{name}` must be a whole number")


def base64_at(data: dict[str, Any], name: str, where: str) -> bytes:
    if name not in data:
        raise FieldError(f"missing `{where}.{name}`")
    value = data[name]
    if not isinstance(value, str):
        raise FieldError(f"`{where}.{name}` must be a base64 string")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FieldError(f"`{where}.{name}` is not base64") from exc


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
