"""What a room's sockets hear of the moves made without their words: a deal, the end of a
deal and its reason, a refusal, a wait, a question of confirmation. A page reads the event
in its own language; a voice (a phone, a page's speaker) hears it said."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audio.acts import ActKind, NegotiationAct
from audio.confirming import confirming_text
from audio.phrasebook import render
from audio.relayed import relay_note
from audio.vendor_phrases import busy_text, deal_ended_text, slow_text
from server.live.clients import Client
from server.live.ending import reason_as_read
from server.live.events import Say
from server.live.views import accept_act

if TYPE_CHECKING:
    from server.live.room import LocalRoom


def say_deal(room: LocalRoom, client: Client, order: dict[str, Any]) -> None:
    """An accept made without words (a button, typed, the HTTP API): the other side's
    voice hears the deal said, as it hears a spoken accept (`Moves.accept_spoken`)."""
    side = order.get("accepted_by")
    if order.get("source") == "voice" or client.side == side or not room.is_voice(client):
        return
    act = accept_act(
        order["unit_price_paise"],
        unit=room.info.unit,
        product_names=room.info.product_names,
        speaker=str(side),
    )
    room.speech.prompt(client, render(act, client.language), f"order-{order['id']}")


def tell_state(
    room: LocalRoom, client: Client, data: dict[str, Any], payload: dict[str, Any]
) -> None:
    """The deal's new state; one ended with a reason carries it as this socket's reader
    gets it (`reason_as_read`), and the other side's voice hears it said."""
    negotiation = dict(data.get("negotiation") or {})
    reason = reason_as_read(
        negotiation.get("end_reason"),
        side=client.side,
        language=client.language,
        catalogue=room.info.catalogue,
        product_names=room.info.product_names,
    )
    if reason is not None:
        payload["negotiation"] = negotiation | {"end_reason": reason}
    if data.get("rejected_by"):
        say_refusal(room, client, str(data["rejected_by"]), reason)
    else:
        say_ended(room, client, str(negotiation.get("status")))
        say_reason(room, client, reason)


def say_reason(room: LocalRoom, client: Client, reason: dict[str, Any] | None) -> bool:
    """The other side's reason for ending the deal, heard by this side's voice: said in
    its language where it could be, otherwise a note ("The vendor said, in Tamil:")
    and the words as typed, read in their own language. False: none to say."""
    if reason is None or reason["side"] == client.side or not room.is_voice(client):
        return False
    said = f"reason-{room.id}"
    if not reason["untranslated"]:
        room.speech.prompt(client, str(reason["text"]), said)
        return True
    side, typed_in = str(reason["side"]), str(reason["language"])
    room.speech.enqueue(
        client,
        Say(
            to=client.side,
            from_=side,
            text=relay_note(client.language, side, typed_in),
            language=client.language,
            utterance_id=said,
            relay="words",
            original=str(reason["text"]),
            original_language=typed_in,
        ),
    )
    return True


def say_refusal(room: LocalRoom, client: Client, side: str, reason: dict[str, Any] | None) -> None:
    """A rejection made without words (a button, the HTTP API): the other side's voice
    hears the refusal said, as it hears a spoken one's words; one with a reason hears
    the reason instead."""
    if client.side == side or not room.is_voice(client):
        return
    if say_reason(room, client, reason):
        return
    act = NegotiationAct(ActKind.REJECT, speaker=side)
    room.speech.prompt(client, render(act, client.language), f"rejected-{room.id}")


def say_ended(room: LocalRoom, client: Client, status: str) -> None:
    """A phone, which shows no `state`, hears that its negotiation expired or was
    cancelled (said to nobody else: the pages show it)."""
    text = deal_ended_text(status, client.language)
    if text is None or client.kind != "phone" or not room.is_voice(client):
        return
    room.speech.prompt(client, text, f"ended-{room.id}")


def say_waiting(room: LocalRoom, client: Client, kind: str, data: dict[str, Any]) -> None:
    """A phone, which shows no `slow` or `busy`, hears that words are still being made
    out (`slow`) or wait their turn (`busy`): its own (so the caller does not say them
    again) or the customer's (so the silence is not taken for theirs). A page shows
    the event instead."""
    if client.kind != "phone" or not room.is_voice(client):
        return
    own = data.get("side") == client.side
    if not own and data.get("side") != "customer":
        return
    text = (slow_text if kind == "slow" else busy_text)(own, client.language)
    room.speech.prompt(client, text, f"{kind}-{data.get('utterance_id')}")


def tell_confirming(
    room: LocalRoom, client: Client, data: dict[str, Any], payload: dict[str, Any]
) -> None:
    """The other side's spoken move waits for its yes, or ended without one: read in
    this socket's language, and heard by the side's voice (a phone shows nothing; a
    page's speaker would otherwise hear silence)."""
    text = confirming_text(
        str(data["side"]), str(data["move"]), str(data["state"]), client.language
    )
    if text is None:
        return  # answered: the deal, or the end, is said instead
    payload["text"] = text
    if room.is_voice(client):
        room.speech.prompt(client, text, f"confirming-{data['utterance_id']}-{data['state']}")
