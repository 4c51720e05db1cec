"""A phone stream's malformed frame is logged with a reason an operator can act on: the
field that is missing or wrong, never the text of an error Python raised."""

from __future__ import annotations

import json
from typing import Any

import pytest

from server.live import exotel, twilio

TWILIO = [
    ({"event": "mark"}, "Malformed mark message: missing the `mark` object"),
    ({"event": "mark", "mark": "done"}, "Malformed mark message: `mark` must be an object"),
    ({"event": "mark", "mark": {}}, "Malformed mark message: missing `mark.name`"),
    ({"event": "mark", "mark": {"name": ["a"]}}, "`mark.name` must be a string"),
    ({"event": "media", "media": None}, "Malformed media message: `media` must be an object"),
    ({"event": "media"}, "Malformed media message: missing the `media` object"),
    ({"event": "media", "media": {}}, "Malformed media message: missing `media.payload`"),
    ({"event": "media", "media": {"payload": 7}}, "`media.payload` must be a base64 string"),
    ({"event": "media", "media": {"payload": "**"}}, "`media.payload` is not base64"),
    (
        {"event": "media", "media": {"payload": "AAAA", "timestamp": "soon"}},
        "`media.timestamp` must be a whole number",
    ),
    ({"event": "start"}, "Malformed start message: missing the `start` object"),
    ({"event": "start", "start": {}}, "Malformed start message: missing `start.streamSid`"),
    ({"event": "start", "start": {"streamSid": {}}}, "`start.streamSid` must be a string"),
]

EXOTEL = [
    ({"event": "mark"}, "Malformed mark message: missing the `mark` object"),
    ({"event": "media", "media": None}, "Malformed media message: `media` must be an object"),
    ({"event": "media", "media": {}}, "Malformed media message: missing `media.payload`"),
    ({"event": "dtmf", "dtmf": {"digit": None}}, "Malformed dtmf message: missing `dtmf.digit`"),
    ({"event": "dtmf", "dtmf": 5}, "Malformed dtmf message: `dtmf` must be an object"),
    ({"event": "start", "start": {}}, "Malformed start message: missing `start.stream_sid`"),
    (
        {"event": "media", "media": {"payload": "AAAA"}},
        "Malformed media message: PCM16 payload has an odd number of bytes",
    ),
]

PYTHON_WORDS = ("NoneType", "subscriptable", "KeyError", "object has no attribute", "literal")


@pytest.mark.parametrize(("frame", "reason"), TWILIO)
def test_twilio_frames_name_the_field(frame: dict[str, Any], reason: str) -> None:
    with pytest.raises(twilio.TwilioProtocolError) as refused:
        twilio.parse(json.dumps(frame))
    assert refused.value.code == "invalid_message"
    assert reason in refused.value.message
    assert not any(word in refused.value.message for word in PYTHON_WORDS)


@pytest.mark.parametrize(("frame", "reason"), EXOTEL)
def test_exotel_frames_name_the_field(frame: dict[str, Any], reason: str) -> None:
    with pytest.raises(exotel.ExotelProtocolError) as refused:
        exotel.parse(json.dumps(frame))
    assert refused.value.code == "invalid_message"
    assert reason in refused.value.message
    assert not any(word in refused.value.message for word in PYTHON_WORDS)


def test_well_formed_frames_still_read() -> None:
    media = twilio.parse(
        json.dumps({"event": "media", "media": {"payload": "AAAA", "timestamp": "40"}})
    )
    assert media == twilio.Media(payload=b"\0\0\0", track="inbound", timestamp_ms=40)
    assert twilio.parse('{"event": "mark", "mark": {"name": "7"}}') == twilio.Mark("7")
    start = twilio.parse(
        json.dumps(
            {
                "event": "start",
                "streamSid": "MZ1",
                "start": {
                    "streamSid": "MZ1",
                    "callSid": "CA1",
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000},
                },
            }
        )
    )
    assert isinstance(start, twilio.Start)
    assert (start.stream_sid, start.call_sid) == ("MZ1", "CA1")
    dtmf = exotel.parse('{"event": "dtmf", "dtmf": {"digit": 5}}')
    assert dtmf == exotel.Dtmf("5")
