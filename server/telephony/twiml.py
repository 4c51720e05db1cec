"""Twilio's side of call set-up: the webhook signature, the URL Twilio signed, and the
TwiML answers (a media stream to the stall line, or a spoken goodbye)."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl

from starlette.datastructures import ImmutableMultiDict
from starlette.requests import Request
from twilio.request_validator import RequestValidator
from twilio.twiml.voice_response import Connect, VoiceResponse

from server.settings import Settings

STREAM_PATH = "/ws/telephony/twilio"
VOICE_PATH = "/api/telephony/twilio/voice"
TWIML = "application/xml"

UNKNOWN_CALLER = {
    "en": "This number is not registered for a stall on Vyapar Mitra. Goodbye.",
    "hi": "यह नंबर व्यापार मित्र पर किसी दुकान के लिए दर्ज नहीं है। धन्यवाद।",
}
"""Said to a caller whose number is no vendor's (in English and Hindi), before hanging up."""
INACTIVE_VENDOR = {
    "en": "This stall's account is not active. Goodbye.",
    "hi": "इस दुकान का खाता अभी चालू नहीं है। धन्यवाद।",
}
UNAVAILABLE = {
    "en": "The stall line is unavailable right now. Please call again in a minute.",
    "hi": "दुकान की लाइन अभी उपलब्ध नहीं है। कृपया एक मिनट बाद फिर से कॉल करें।",
}
_SAY_LANGUAGE = {"en": "en-IN", "hi": "hi-IN"}


def webhook_base(settings: Settings) -> str:
    """The public origin Twilio calls, without a trailing slash."""
    return (settings.twilio_webhook_base_url or settings.public_base_url).rstrip("/")


def signed_url(request: Request, settings: Settings) -> str:
    """The URL Twilio requested, as it signed it: the configured public origin (a proxy in
    front changes the scheme, host and port this server sees), the path and the query."""
    url = webhook_base(settings) + request.url.path
    if request.url.query:
        url += "?" + request.url.query
    return url


def stream_url(settings: Settings) -> str:
    base = webhook_base(settings)
    scheme, _, rest = base.partition("://")
    return ("wss" if scheme == "https" else "ws") + "://" + rest + STREAM_PATH


def form(body: bytes) -> ImmutableMultiDict[str, str]:
    """A webhook's `application/x-www-form-urlencoded` body, every value kept (a repeated
    name is signed with each of its values)."""
    text = body.decode("utf-8", "replace")
    return ImmutableMultiDict(parse_qsl(text, keep_blank_values=True))


def valid_signature(token: str, url: str, params: Mapping[str, str], signature: str | None) -> bool:
    """Whether `X-Twilio-Signature` is Twilio's HMAC of this URL and these parameters under
    the account's auth token (checked by the official SDK, in constant time)."""
    if not signature:
        return False
    return bool(RequestValidator(token).validate(url, params, signature))


def connect_stream(settings: Settings, parameters: dict[str, str]) -> str:
    """`<Connect><Stream>` to the stall line, the credentials as `<Parameter>`s: Twilio
    hands them to the stream's `start.customParameters`, never in a URL."""
    response = VoiceResponse()
    connect = Connect()
    stream = connect.stream(url=stream_url(settings))
    for name, value in parameters.items():
        stream.parameter(name=name, value=value)
    response.append(connect)
    return str(response)


def say_and_hang_up(sentences: dict[str, str]) -> str:
    """A short message, in English then Hindi, and the end of the call."""
    response = VoiceResponse()
    for language, text in sentences.items():
        response.say(text, language=_SAY_LANGUAGE.get(language, "en-IN"))
    response.hangup()
    return str(response)
