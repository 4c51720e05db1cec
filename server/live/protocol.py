"""The browser protocol: JSON control frames in, JSON events and binary PCM16 out.

Binary frames from the browser are PCM16LE mono at the rate given in `hello`.
See docs/protocol.md for the whole conversation with examples.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)

from server.api.text import StorableStr, reads_as_written, storable
from server.domain.languages import LANGUAGE_CODE, check_spoken
from server.domain.negotiation import MAX_DEAL_PAISE, MAX_QUANTITY
from server.jsontext import repeated_key
from server.live.refs import MAX_REF, ref_in

ACCEPTED_RATES = (8000, 16000, 24000, 48000)
LANGUAGE = Annotated[str, Field(pattern=LANGUAGE_CODE), AfterValidator(check_spoken)]


class _Msg(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


Ref = Annotated[str, StringConstraints(min_length=1, max_length=MAX_REF), AfterValidator(storable)]
"""A client's name for a move, echoed on the `error` that refuses it (`server/live/refs.py`)."""


class Hello(_Msg):
    type: Literal["hello"]
    language: LANGUAGE
    sample_rate: int = 16000
    """Rate of the PCM16 frames the client will send."""
    output_sample_rate: int = 16000
    """Rate at which the client wants TTS audio."""
    voice: StorableStr | None = None
    rate: Annotated[float, Field(ge=0.5, le=2.0)] = 1.0
    watch: bool = False
    """Follow the side without being its voice: every event, no audio either way (a
    vendor's console while their phone leg talks). A watcher replaces no one."""


class Mute(_Msg):
    type: Literal["mute"]
    muted: bool = True


class Text(_Msg):
    type: Literal["text"]
    text: Annotated[
        str,
        StringConstraints(min_length=1, max_length=500),
        AfterValidator(storable),
        AfterValidator(reads_as_written),
    ]
    """Typed words, shown to the other side as written: no text-direction controls."""
    expected_seq: int | None = None
    """The latest offer the sender saw (its `seq`): typed words that accept it ("deal")
    accept that offer only, as the `accept` button does."""
    ref: Ref | None = None


class Offer(_Msg):
    type: Literal["offer"]
    amount_paise: Annotated[int, Field(gt=0, le=MAX_DEAL_PAISE, strict=True)]
    quantity: Annotated[int, Field(gt=0, le=MAX_QUANTITY, strict=True)] | None = None
    confirm_below_floor: bool = False
    ref: Ref | None = None


class Accept(_Msg):
    type: Literal["accept"]
    confirm_below_floor: bool = False
    expected_seq: int | None = None
    ref: Ref | None = None


class Reject(_Msg):
    type: Literal["reject"]
    ref: Ref | None = None


class ConfirmPrice(_Msg):
    """The answer to a `confirm_price` question by button: `confirm` true records the
    heard price as a bid (as if it had been heard with confidence), false drops it."""

    type: Literal["confirm_price"]
    utterance_id: Annotated[
        str, StringConstraints(min_length=1, max_length=64), AfterValidator(storable)
    ]
    confirm: Annotated[bool, Field(strict=True)]
    ref: Ref | None = None


class Interrupt(_Msg):
    type: Literal["interrupt"]


class Ping(_Msg):
    type: Literal["ping"]


class Pong(_Msg):
    """The answer to the server's heartbeat `ping`."""

    type: Literal["pong"]
    at: float | None = None


class TakeVoice(_Msg):
    """A watcher becomes its side's voice (the connection it replaces is closed, 4000)."""

    type: Literal["take_voice"]


AnyMessage = (
    Hello
    | Mute
    | Text
    | Offer
    | Accept
    | Reject
    | ConfirmPrice
    | Interrupt
    | Ping
    | Pong
    | TakeVoice
)
ClientMessage = Annotated[AnyMessage, Field(discriminator="type")]
_ADAPTER: TypeAdapter[Any] = TypeAdapter(ClientMessage)


class ProtocolError(Exception):
    def __init__(self, code: str, message: str, ref: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.ref = ref
        """The refused frame's `ref`, when it had a plain one (`refs.ref_in`)."""


def _lone_surrogate(raw: str) -> str | None:
    """Where a frame that is valid JSON holds a lone surrogate (a `\\ud800` escape,
    which the fast parser refuses outright): the field's path, or None when the frame is
    not valid JSON at all (or holds none)."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None

    def find(value: Any, path: str) -> str | None:
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return path or "message"
            return None
        items: list[tuple[Any, Any]] = []
        if isinstance(value, dict):
            items = list(value.items())
        elif isinstance(value, list):
            items = list(enumerate(value))
        for key, item in items:
            here = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and find(key, "") is not None:
                return path or "message"
            found = find(item, here)
            if found is not None:
                return found
        return None

    try:
        return find(data, "")
    except RecursionError:  # nested deeper than anything a client sends
        return None


def parse_client_message(raw: str) -> AnyMessage:
    """A validated control message, or `ProtocolError` saying exactly what is wrong
    (a key given twice in one object included: `server/jsontext.py`)."""
    repeated = repeated_key(raw)
    if repeated is not None:
        raise ProtocolError("invalid_message", str(repeated))
    try:
        message = _ADAPTER.validate_json(raw)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0] if errors else {"msg": "invalid", "type": "invalid"}
        if first.get("type") == "json_invalid":
            where = _lone_surrogate(raw)
            if where is not None:  # valid JSON, but text no database can store
                raise ProtocolError(
                    "invalid_message", f"{where}: must be valid Unicode text (no lone surrogate)"
                ) from exc
            said = str(first.get("msg", ""))
            if "recursion limit exceeded" in said:  # valid JSON past what is read
                raise ProtocolError(
                    "malformed_json", "That frame is nested too deep to read."
                ) from exc
            if "number out of range" in said:
                raise ProtocolError(
                    "malformed_json", "That frame holds a number too long to read."
                ) from exc
            raise ProtocolError("malformed_json", "That frame is not valid JSON.") from exc
        if first.get("type") in ("union_tag_invalid", "union_tag_not_found"):
            raise ProtocolError(
                "unknown_type",
                "Unknown message type; expected one of hello, mute, text, offer, accept, "
                "reject, confirm_price, interrupt, ping, pong, take_voice.",
            ) from exc
        where = ".".join(str(p) for p in first.get("loc", ())[1:])
        raise ProtocolError(
            "invalid_message", f"{where or 'message'}: {first['msg']}", ref_in(raw)
        ) from exc
    result: AnyMessage = message
    return result
