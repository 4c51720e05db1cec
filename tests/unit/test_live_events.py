"""Typed room events give the JSON objects of docs/protocol.md, keys in their order."""

from __future__ import annotations

from audio.understanding import Intent, Understanding
from server.live.events import (
    ConfirmAccept,
    ConfirmPriceCancelled,
    ErrorEvent,
    Presence,
    Say,
    TranscriptEvent,
    Understood,
)


def test_only_leads_and_optional_fields_are_left_out() -> None:
    partial = TranscriptEvent(
        only="customer", side="customer", text="thirty", final=False, language="en", confidence=0.5
    )
    assert list(partial.data()) == ["only", "side", "text", "final", "language", "confidence"]
    final = TranscriptEvent(
        side="customer",
        text="thirty",
        final=True,
        utterance_id="u1",
        language="en",
        confidence=0.9,
    )
    assert list(final.data()) == [
        "side",
        "text",
        "final",
        "utterance_id",
        "language",
        "confidence",
    ]
    assert Presence(side="vendor", state="away").data() == {"side": "vendor", "state": "away"}
    cancelled = ConfirmPriceCancelled(only="customer", utterance_id="u1", reason="replaced")
    assert cancelled.data() == {"only": "customer", "utterance_id": "u1", "reason": "replaced"}


def test_understood_carries_the_understanding_flat() -> None:
    understood = Understanding(Intent.OFFER, 3600, True, None, "kg", None, 0.9, (), "en")
    data = Understood(only="vendor", utterance_id="u1", understood=understood, recorded=True).data()
    assert data == {
        "only": "vendor",
        "utterance_id": "u1",
        **understood.to_json(),
        "recorded": True,
    }
    asked = Understood(
        only="vendor", utterance_id="u1", understood=understood, recorded=False, asked=True
    )
    assert asked.data()["asked"] is True and "confirmed" not in asked.data()


def test_a_say_goes_over_the_bus_and_back() -> None:
    say = Say(
        to="vendor",
        from_="customer",
        text="Thirty",
        language="en",
        utterance_id="u1",
        eos_wall=12.5,
        stages={"stt": 0.2},
        end_of_turn="complete",
    )
    assert list(say.data())[:2] == ["to", "from"]
    assert Say.from_data(say.data()) == say
    prompt = Say(to="vendor", text="Yes?", language="en", utterance_id="u1-confirm", prompt=True)
    assert prompt.data() == {
        "to": "vendor",
        "text": "Yes?",
        "language": "en",
        "utterance_id": "u1-confirm",
        "prompt": True,
    }


def test_a_clients_own_event_leads_with_its_type() -> None:
    assert list(ErrorEvent(code="busy", message="Wait.").payload()) == ["type", "code", "message"]
    confirm = ConfirmAccept(utterance_id="u1", text="Deal at 40?", amount_paise=4000, expires_in=20)
    assert list(confirm.payload()) == ["type", "utterance_id", "text", "amount_paise", "expires_in"]
