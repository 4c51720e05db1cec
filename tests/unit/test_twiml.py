"""Call set-up pieces: the URL Twilio signed (behind a proxy), the stream URL, the
signature over every form value, and the Twilio settings read from example files."""

from __future__ import annotations

from starlette.requests import Request
from twilio.request_validator import RequestValidator

from server.telephony import twiml
from tests.conftest import make_settings


def request(path: str, query: str = "") -> Request:
    scope = {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "server": ("10.0.0.5", 8000),  # what the server sees behind the proxy
        "path": path,
        "query_string": query.encode(),
        "headers": [],
    }
    return Request(scope)


def test_the_signed_url_is_the_public_one_with_path_and_query() -> None:
    settings = make_settings("sqlite://", twilio_webhook_base_url="https://stall.example.in/")
    url = twiml.signed_url(request("/api/telephony/twilio/voice", "a=1&b=2"), settings)
    assert url == "https://stall.example.in/api/telephony/twilio/voice?a=1&b=2"
    assert twiml.stream_url(settings) == "wss://stall.example.in/ws/telephony/twilio"
    plain = make_settings("sqlite://", public_base_url="http://192.168.1.5:8000")
    assert twiml.stream_url(plain) == "ws://192.168.1.5:8000/ws/telephony/twilio"
    assert twiml.signed_url(request("/x"), plain) == "http://192.168.1.5:8000/x"


def test_every_value_of_a_repeated_parameter_is_signed() -> None:
    body = b"CallSid=CA1&StatusCallbackEvent=ringing&StatusCallbackEvent=answered&Empty="
    params = twiml.form(body)
    assert params.getlist("StatusCallbackEvent") == ["ringing", "answered"]
    url = "https://stall.example.in/api/telephony/twilio/status"
    signature = RequestValidator("token").compute_signature(url, params)
    assert twiml.valid_signature("token", url, params, signature)
    assert not twiml.valid_signature("token", url, params, None)
    assert not twiml.valid_signature("other", url, params, signature)
    fewer = twiml.form(b"CallSid=CA1&StatusCallbackEvent=ringing&Empty=")
    assert not twiml.valid_signature("token", url, fewer, signature)


def test_empty_twilio_settings_are_unset() -> None:
    settings = make_settings(
        "sqlite://", twilio_account_sid="", twilio_auth_token=" \n", twilio_webhook_base_url=""
    )
    assert settings.twilio_account_sid is None
    assert settings.twilio_auth_token is None
    assert settings.twilio_webhook_base_url is None


def test_a_refusal_says_why_in_english_and_hindi_then_hangs_up() -> None:
    xml = twiml.say_and_hang_up(twiml.UNKNOWN_CALLER)
    assert '<Say language="en-IN">' in xml and '<Say language="hi-IN">' in xml
    assert xml.endswith("<Hangup /></Response>")
    stream = twiml.connect_stream(make_settings("sqlite://"), {"ticket": "a&b"})
    assert '<Parameter name="ticket" value="a&amp;b" />' in stream
