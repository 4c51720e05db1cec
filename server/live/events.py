"""The events the live service publishes to rooms or sends to one client, as typed values.

Each event is a small frozen, keyword-only dataclass (a subclass of `Event` is made one
by declaring it); `data()` gives the JSON object the room bus carries (and clients
receive, after `type`, `seq` and `room`), keys in field order; `payload()` the object
sent straight to one client, `type` first. `only` (a side) keeps an event to that side's
sockets; it leads the object when set and never reaches a client. A field named in
`_omit_none` is left out while it is None.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar, dataclass_transform

from audio.understanding import Understanding


@dataclass_transform(frozen_default=True, kw_only_default=True)
@dataclass(frozen=True, kw_only=True)
class Event:
    type: ClassVar[str]
    _omit_none: ClassVar[frozenset[str]] = frozenset()

    only: str | None = None
    """The one side that gets this event; None: everyone in the room."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Every event is a frozen, keyword-only dataclass: declaring its fields is enough.
        super().__init_subclass__(**kwargs)
        dataclass(frozen=True, kw_only=True)(cls)

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {} if self.only is None else {"only": self.only}
        for f in fields(self):
            if f.name == "only":
                continue
            value = getattr(self, f.name)
            if value is None and f.name in self._omit_none:
                continue
            out[f.name.rstrip("_")] = value
        return out

    def payload(self) -> dict[str, Any]:
        """The event as one client gets it from this process, not through the room."""
        return {"type": self.type, **self.data()}


class SpeechStarted(Event):
    """Someone began to speak: the speaker's own playback is cut (barge-in)."""

    type = "speech_started"
    _omit_none = frozenset({"at_ms"})
    side: str
    at_ms: int | None = None
    """Where the utterance began in the speaking socket's audio (ms of audio it had sent
    there): a page that must move to another socket mid-utterance sends it again from
    there. None where no socket's audio is meant."""


class Presence(Event):
    type = "presence"
    _omit_none = frozenset({"language", "client", "conn"})
    side: str
    state: str
    """"here" or "away"."""
    language: str | None = None
    client: str | None = None
    conn: str | None = None
    """The side's new voice connection (on "here"): an older voice of the side steps down."""


class TranscriptEvent(Event):
    """Words heard: partial (the speaker's own screen, no utterance id) or final."""

    type = "transcript"
    _omit_none = frozenset({"utterance_id"})
    side: str
    text: str
    final: bool
    utterance_id: str | None = None
    language: str
    confidence: float


class Understood(Event):
    """What the speaker's words were taken to mean (the speaker's screen only)."""

    type = "understood"
    utterance_id: str
    understood: Understanding
    recorded: bool
    asked: bool = False
    """The price is being asked about (`confirm_price`)."""
    confirmed: bool = False
    """A price its speaker confirmed."""

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {} if self.only is None else {"only": self.only}
        out["utterance_id"] = self.utterance_id
        out.update(self.understood.to_json())
        out["recorded"] = self.recorded
        if self.asked:
            out["asked"] = True
        if self.confirmed:
            out["confirmed"] = True
        return out


class ConfirmPrice(Event):
    """A price heard without confidence: its speaker is asked whether they said it."""

    type = "confirm_price"
    _omit_none = frozenset({"said_total_paise", "said_quantity", "said_unit", "list_price_paise"})
    utterance_id: str
    text: str
    language: str
    heard: str
    amount_paise: int
    per_unit: bool | None
    quantity: float | None
    unit: str | None
    unit_price_paise: int
    expires_in: float
    total_paise: int | None = None
    """What a yes records in all: `unit_price_paise` times the quantity it records."""
    said_total_paise: int | None = None
    """A total heard that the record cannot keep as said (for a part of a unit, or not
    whole paise a unit), with the quantity it was said for: the question names both."""
    said_quantity: float | None = None
    said_unit: str | None = None
    list_price_paise: int | None = None
    """A shopper's rate heard above the list price: the list price, which a yes records
    (`unit_price_paise` is it), and the question says so."""


class ConfirmPriceCancelled(Event):
    type = "confirm_price_cancelled"
    _omit_none = frozenset({"text"})
    utterance_id: str
    reason: str
    text: str | None = None
    """Asking the speaker to say the price again, when they are told."""


class NotUnderstood(Event):
    """Words heard where the speaker was expected to answer a price, with no move in
    them: what was heard and "say the price again, or type it", in the speaker's
    language, for the speaker's screens (a phone hears it)."""

    type = "not_understood"
    utterance_id: str
    reason: str
    """"no_move", "other_language" or "nothing_heard" (no words in the transcript)."""
    heard: str
    text: str
    language: str


class Translation(Event):
    """The words as the listener gets them: rendered from an act, translated by a model
    (`machine`: marked as machine translation on the pages), or untranslated (the words
    as said, in `language`, the speaker's: `server.live.turns.relay`)."""

    type = "translation"
    _omit_none = frozenset({"versions", "words"})
    side: str
    utterance_id: str
    text: str
    language: str
    untranslated: bool
    machine: bool = False
    versions: dict[str, dict[str, Any]] | None = None
    """The words for the listening side's screens that read another language than its
    voice (a console watching the phone leg), by that language: each with its own
    `text`, `language`, `untranslated` and `machine`. Never sent as such: each socket
    gets its own version (`translation_as_read`)."""
    words: dict[str, Any] | None = None
    """What the versions are made from, for a process whose screens read a language none
    was made for (a console held by another process than the speaker's): `text` and
    `language` (as said or rendered), `act` (the understood move, `dataclasses.asdict`),
    `market` (no price heard: the words may be market talk) and `voice` (the language of
    the listening side's voice). Never sent to a socket."""


def translation_as_read(data: dict[str, Any], side: str, language: str | None) -> dict[str, Any]:
    """A `translation` event's data as one socket of `side`, reading `language`, gets it:
    a screen of the listening side reads its own language's version where one was made;
    the speaker's side reads what the listening side's voice got."""
    versions = data.get("versions")
    out = {k: v for k, v in data.items() if k not in ("versions", "words")}
    if versions and side != data.get("side") and language in versions:
        out.update(versions[language])
    return out


class Say(Event):
    """Speech for one side's voice, in its language: a relayed turn (with its timing, so
    the listener's process reports the turn's latency) or a prompt of our own."""

    type = "say"
    _omit_none = frozenset(
        {
            "from_",
            "eos_wall",
            "stages",
            "end_of_turn",
            "prompt",
            "relay",
            "original",
            "original_language",
        }
    )
    to: str
    from_: str | None = None
    text: str
    language: str
    utterance_id: str
    eos_wall: float | None = None
    """The speaker's end of speech, wall clock: where the turn's latency starts."""
    stages: dict[str, float] | None = None
    end_of_turn: str | None = None
    prompt: bool | None = None
    """Said by the assistant (a question, a notice), not relayed from the other side."""
    relay: str | None = None
    """Words no engine translated: `text` is the note before them, then the speaker's own
    voice ("voice": their clip on the room bus) or `original` read out in
    `original_language` ("words") follows (`server.live.turns.relay`)."""
    original: str | None = None
    original_language: str | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Say:
        return cls(
            to=data["to"],
            from_=data.get("from"),
            text=data["text"],
            language=data["language"],
            utterance_id=data["utterance_id"],
            eos_wall=data.get("eos_wall"),
            stages=data.get("stages"),
            end_of_turn=data.get("end_of_turn"),
            prompt=data.get("prompt"),
            relay=data.get("relay"),
            original=data.get("original"),
            original_language=data.get("original_language"),
        )


class OfferMade(Event):
    type = "offer"
    side: str
    bid_id: int
    bid_seq: int
    amount_paise: int
    quantity: int
    unit: str
    product_names: dict[str, str]
    source: str
    utterance_id: str | None
    transcript: str | None
    capped: bool
    note: str | None
    state: str


class OrderPlaced(Event):
    type = "order"
    order: dict[str, Any]


class StateChanged(Event):
    type = "state"
    _omit_none = frozenset({"rejected_by"})
    negotiation: dict[str, Any]
    rejected_by: str | None = None
    """The side that rejected by a move without words (a button, the HTTP API): the other
    side's voice hears the refusal said. None: no rejection, or its words were relayed."""


class ProductChanged(Event):
    """The vendor edited the negotiation's product (`product_view`: names, unit, list
    price, stock, on sale): the pages show it, and the room's own copy of it follows."""

    type = "product"
    product: dict[str, Any]


class Latency(Event):
    """A turn's latency, from the speaker's end of speech to the listener's first audio."""

    type = "latency"
    utterance_id: str
    speaker: str | None
    listener: str
    total_ms: float
    stages_ms: dict[str, float]
    end_of_turn: str | None


class ErrorEvent(Event):
    type = "error"
    _omit_none = frozenset({"detail", "ref"})
    code: str
    message: str
    detail: dict[str, Any] | None = None
    """What the REST error's `detail` holds for the same refusal (`out_of_stock`: the
    `stock` left and its `unit`), for a page to word it in its reader's language."""
    ref: str | None = None
    """The `ref` of the client's message being handled (`server/live/refs.py`)."""


class Busy(Event):
    """The STT pool is full: the utterance waits its turn. The whole room is told (each
    page words it: the speaker's side that its words are queued, the other side that
    words are on the way), as it is of `Slow`."""

    type = "busy"
    side: str
    utterance_id: str
    message: str


class Slow(Event):
    """A speaker's words not made out yet, well after they stopped (a remote engine
    answering slowly): the speaker is told their words are still being worked on, the
    other side that words are on the way. The turn goes on; nothing is recorded for it."""

    type = "slow"
    side: str
    utterance_id: str
    stage: str
    """"hearing": speech to text."""


class ConfirmAccept(Event):
    """A spoken accept waits for its one-word yes."""

    type = "confirm"
    utterance_id: str
    text: str
    amount_paise: int
    expires_in: float


class ConfirmReject(Event):
    """A spoken refusal that would end the negotiation waits for its one-word yes."""

    type = "confirm_reject"
    utterance_id: str
    text: str
    expires_in: float


class ConfirmCancelled(Event):
    """The words after a spoken accept or refusal were not its yes (or came too late)."""

    type = "confirm_cancelled"
    utterance_id: str


class Confirming(Event):
    """The other side's spoken accept or refusal waits for its yes (`ConfirmAccept`,
    `ConfirmReject`), and later its end: told to the listening side only, each socket
    reading it in its own language (`audio.confirming`), a voice hearing it said."""

    type = "confirming"
    side: str
    """The side whose move waits for its yes."""
    utterance_id: str
    """The words that made the move (the question's id on the speaker's side)."""
    move: str
    """`accept` or `reject`."""
    state: str
    """`waiting`, `answered` (yes: the deal or the end follows), `cancelled` (other words)
    or `lapsed` (no answer in time)."""
