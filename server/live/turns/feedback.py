"""Telling a speaker that their words made no move where one was expected of them: what
was heard, and to say the price again, in their language, on their screens and spoken on
a phone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from audio.confirmations import not_understood as not_understood_text
from models import Negotiation, NegotiationStatus, Side
from server.live.events import NotUnderstood

if TYPE_CHECKING:
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker


def expects_answer(n: Negotiation | None, side: str) -> bool:
    """Whether a price is expected of `side`: the negotiation is open and the other
    side's offer is the latest, or nobody has offered yet (either side may open, so
    words with no price in them are told to either side alike)."""
    if n is None or n.status not in (NegotiationStatus.OPEN, NegotiationStatus.COUNTERED):
        return False
    return n.last_bid_side is None or n.last_bid_side.value == Side(side).other.value


async def nothing_heard(live: LiveService, speaker: Speaker, utterance_id: str) -> None:
    """Speech whose transcript has no words: its speaker is told when a price was
    expected of them; otherwise nothing happens, as for a cough."""
    if speaker.room.questions.get(speaker.client.side) is not None:
        return
    async with live.unit() as session:
        n = await session.get(Negotiation, speaker.room.id)
    if expects_answer(n, speaker.client.side):
        await not_understood(live, speaker, "nothing_heard", "", utterance_id)


async def not_understood(
    live: LiveService, speaker: Speaker, reason: str, heard: str, utterance_id: str
) -> None:
    """Tell a speaker whose words made no move where one was expected what was heard
    and to say the price again: on their screens, and spoken on a phone."""
    client = speaker.client
    live.metrics.not_understood.labels(reason).inc()
    await live.publish(
        speaker.room.id,
        NotUnderstood(
            only=client.side,
            utterance_id=utterance_id,
            reason=reason,
            heard=heard,
            text=not_understood_text(reason, heard, client.language),
            language=client.language,
        ),
    )
    if client.kind == "phone":
        spoken = not_understood_text(reason, heard, client.language, can_type=False)
        speaker.room.speech.prompt(client, spoken, f"{utterance_id}-again")
