"""Socket control frames are read as strictly as REST bodies: a number is a JSON number,
a flag a JSON boolean; text that only looks like one is refused with a clear error."""

from __future__ import annotations

import pytest

from server.live.protocol import Hello, ProtocolError, parse_client_message


@pytest.mark.parametrize(
    "raw",
    [
        '{"type": "hello", "language": "hi", "sample_rate": "16000"}',
        '{"type": "hello", "language": "hi", "sample_rate": 16000.0}',
        '{"type": "hello", "language": "hi", "output_sample_rate": true}',
        '{"type": "hello", "language": "hi", "watch": "yes"}',
        '{"type": "hello", "language": "hi", "watch": 1}',
        '{"type": "mute", "muted": "false"}',
        '{"type": "accept", "expected_seq": "3"}',
        '{"type": "accept", "confirm_below_floor": 1}',
        '{"type": "pong", "at": "12.5"}',
    ],
)
def test_look_alike_values_are_refused(raw: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_client_message(raw)
    assert caught.value.code == "invalid_message"
    assert str(caught.value)


def test_plain_json_values_are_read() -> None:
    hello = parse_client_message(
        '{"type": "hello", "language": "ta", "sample_rate": 48000, "rate": 1, "watch": true}'
    )
    assert isinstance(hello, Hello)
    assert (hello.sample_rate, hello.rate, hello.watch) == (48000, 1.0, True)
    pong = parse_client_message('{"type": "pong", "at": 5}')
    assert pong.at == 5.0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ('{"type": "offer", "amount_paise": ' + "9" * 5000 + "}", "a number too long to read"),
        ('{"type": "offer", "amount_paise": ' + "[" * 20000 + "]" * 20000 + "}", "nested too deep"),
        ('{"type": "offer", "amount_paise": 4', "not valid JSON"),
    ],
)
def test_json_past_the_reader_says_why(raw: str, why: str) -> None:
    """Valid JSON past what the reader takes is said as such, as the REST routes do; only
    what is broken is called not valid JSON."""
    with pytest.raises(ProtocolError) as caught:
        parse_client_message(raw)
    assert caught.value.code == "malformed_json"
    assert why in caught.value.message
