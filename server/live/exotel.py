"""The Exotel Voicebot (bidirectional stream) wire format, as Exotel documents it.

Inbound: `connected`, `start` (`stream_sid`, `call_sid`, `from`, `to`,
`custom_parameters` — the query string of the applet's URL — and `media_format`),
`media` (base64 raw PCM16 little-endian mono at 8 kHz, ~100 ms per message), `dtmf`,
`mark` (our marks, echoed once played), `stop`. Outbound: `media` (base64 PCM16 in
chunks of a multiple of 320 bytes, at least 3.2 kB = 100 ms), `mark`, `clear` (drop
audio not yet played — barge-in).

Messages parse into the same events as Twilio's (`server.live.twilio`), so one phone
session reads both; only the audio inside differs (PCM16 here, μ-law there).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from server import jsontext
from server.live import twilio

SAMPLE_RATE = 8000
CHUNK_BYTES = 3200
"""100 ms of PCM16 at 8 kHz: Exotel's smallest chunk, and a multiple of 320 bytes."""
PCM16_ENCODINGS = frozenset({"audio/x-raw", "raw/slin", "audio/l16", "slin", "pcm16"})
"""How Exotel names raw 16-bit linear PCM (`audio/x-raw` in its `start`, `raw/slin` and
`audio/L16` in its applet settings); compared in lower case."""
DEFAULT_FORMAT: dict[str, Any] = {"encoding": "audio/x-raw", "sample_rate": SAMPLE_RATE}
"""A `start` without `media_format` streams the applet's default: raw PCM16 at 8 kHz."""


class ExotelProtocolError(twilio.TwilioProtocolError):
    """A frame that is not Exotel's: the phone session reports it as it does Twilio's."""


@dataclass(frozen=True, slots=True)
class Dtmf:
    digit: str


ExotelMessage = twilio.Connected | twilio.Start | twilio.Media | twilio.Mark | twilio.Stop | Dtmf


def parse(raw: str) -> ExotelMessage:
    try:
        data: Any = jsontext.loads(raw)
    except jsontext.RepeatedKey as exc:
        raise ExotelProtocolError("invalid_message", str(exc)) from exc
    except (ValueError, RecursionError) as exc:
        raise ExotelProtocolError("malformed_json", "That frame is not valid JSON.") from exc
    if not isinstance(data, dict):
        raise ExotelProtocolError("invalid_message", "A message is a JSON object.")
    event = data.get("event")
    try:
        if event == "connected":
            return twilio.Connected()
        if event == "start":
            start = twilio.object_at(data, "start")
            return twilio.Start(
                stream_sid=twilio.text_at(data, "stream_sid", None, where=None)
                or twilio.text_at(start, "stream_sid"),
                call_sid=twilio.text_at(start, "call_sid", ""),
                custom_parameters=_parameters(start.get("custom_parameters")),
                **_media_format(start.get("media_format")),
            )
        if event == "media":
            media = twilio.object_at(data, "media")
            payload = twilio.base64_at(media, "payload", "media")
            if len(payload) % 2:
                raise ValueError("PCM16 payload has an odd number of bytes")
            return twilio.Media(
                payload=payload,
                track=twilio.text_at(media, "track", "inbound", where="media"),
                timestamp_ms=twilio.integer_at(media, "timestamp", 0, "media"),
            )
        if event == "mark":
            return twilio.Mark(
                name=twilio.text_at(twilio.object_at(data, "mark"), "name", where="mark")
            )
        if event == "dtmf":
            return Dtmf(digit=twilio.text_at(twilio.object_at(data, "dtmf"), "digit", where="dtmf"))
        if event == "stop":
            return twilio.Stop()
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise ExotelProtocolError("invalid_message", twilio.malformed(event, exc)) from exc
    raise ExotelProtocolError("unknown_type", f"Unknown event {event!r}.")


def _parameters(params: Any) -> dict[str, str]:
    """`custom_parameters` come from the applet URL's query string: names and values are
    strings. A number or a list is refused, never read into a string."""
    if params is None:
        return {}
    if not isinstance(params, dict) or not all(isinstance(v, str) for v in params.values()):
        raise ValueError("custom_parameters is an object of strings")
    return dict(params)


def _media_format(fmt: Any) -> dict[str, Any]:
    """Exotel writes the rate as a string (`"8000"`); digits or an integer are read, any
    other spelling is malformed rather than guessed."""
    if fmt is None:
        return dict(DEFAULT_FORMAT)
    if not isinstance(fmt, dict):
        raise ValueError("media_format is an object (encoding, sample_rate)")
    encoding, rate = fmt.get("encoding", DEFAULT_FORMAT["encoding"]), fmt.get("sample_rate")
    if not isinstance(encoding, str):
        raise ValueError("media_format.encoding is a string")
    if rate is None:
        rate = SAMPLE_RATE
    elif isinstance(rate, str) and rate.isascii() and rate.isdigit() and len(rate) <= 6:
        rate = int(rate)
    elif type(rate) is not int:
        raise ValueError('media_format.sample_rate is a number of hertz, such as "8000"')
    return {"encoding": encoding, "sample_rate": rate}


def is_pcm16(encoding: str) -> bool:
    return encoding.lower() in PCM16_ENCODINGS


def media_message(stream_sid: str, pcm16: bytes) -> str:
    payload = base64.b64encode(pcm16).decode()
    return json.dumps({"event": "media", "stream_sid": stream_sid, "media": {"payload": payload}})


def mark_message(stream_sid: str, name: str) -> str:
    return json.dumps({"event": "mark", "stream_sid": stream_sid, "mark": {"name": name}})


def clear_message(stream_sid: str) -> str:
    return json.dumps({"event": "clear", "stream_sid": stream_sid})
