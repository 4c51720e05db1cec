"""The domain's part of a turn (`server.live.turns.pipeline`): an understood act recorded
as a bid, an accept or a refusal through the live moves, and what is left to relay. A
spoken accept or refusal waits for its speaker's yes; a customer's offer above the list
price stands at the list price and is said afresh."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from audio.acts import ActKind, NegotiationAct
from audio.understanding import Understanding
from models import BidSource, Negotiation, Side
from server.live.prices import spoken_quantity, unit_price

if TYPE_CHECKING:
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker


async def record_move(
    live: LiveService,
    speaker: Speaker,
    act: NegotiationAct,
    text: str,
    n: Negotiation,
    *,
    source: BidSource,
    utterance_id: str,
    understood: Understanding,
    end_confirmed: bool = False,
    seen_seq: int | None = None,
) -> tuple[NegotiationAct, bool] | None:
    """The domain's part of a turn: the act to relay and whether its price was capped
    (said afresh), or None when nothing is relayed (a refused bid, an accept that
    waits for its yes or was made). A typed accept takes the offer its sender saw
    (`seen_seq`, the `text` message's `expected_seq`), never one made since: it is
    refused as the accept button's would be (without it, as the button's without it)."""
    client = speaker.client
    side = client.side
    other = Side(side).other.value
    latest = n.last_bid_amount_paise
    kind = act.kind
    if (
        kind is ActKind.ACCEPT
        and act.amount_paise is not None
        and latest is not None
        and unit_price(act, n.quantity, speaker.room.info.unit) != latest
    ):
        kind = ActKind.COUNTER  # "okay, 250 final" against 260 is a counter at 250
    if (
        kind is ActKind.ACCEPT
        and act.amount_paise is not None
        and (n.last_bid_side is None or n.last_bid_side.value != other or latest is None)
    ):
        # "Yes, ninety rupees" with nothing of the other side's to accept (the yes answers
        # a question, or the stall line's offer of a shopper): the speaker's own price.
        kind = ActKind.COUNTER if latest is not None else ActKind.OFFER
    if kind in (ActKind.OFFER, ActKind.COUNTER) and act.amount_paise is not None:
        outcome = await live.moves.place_bid(
            speaker,
            unit_price(act, n.quantity, speaker.room.info.unit),
            source,
            transcript=text,
            utterance_id=utterance_id,
            quantity=spoken_quantity(act, speaker.room.info.unit),
        )
        if outcome is None:
            # Refused (above their list price, below their floor unconfirmed, past
            # any deal): the speaker was told why, and the other side hears no price
            # that does not stand. A second price before the other side answers is
            # no refusal: it supersedes the first.
            return None
        if outcome.capped:
            # A customer's offer above the list price stands at the list price:
            # that is the price the vendor hears.
            act = replace(act, amount_paise=outcome.bid.amount_paise, per_unit=True, quantity=None)
            return act, True
    elif kind is ActKind.ACCEPT:
        if n.last_bid_side is None or n.last_bid_side.value != other or latest is None:
            await live.send_error(
                client,
                "nothing_to_accept",
                "There is no offer from the other side to accept yet.",
            )
        elif source is BidSource.VOICE:
            await live.moves.await_yes(speaker, n, latest, utterance_id)
            return None  # the other side hears the deal once it is confirmed
        else:
            # A spoken accept's yes names the offer it answered (`await_yes`); typed
            # words, the offer their sender saw.
            await live.moves.accept(speaker, expected_seq=seen_seq, source=source)
            return None
    elif kind is ActKind.REJECT:
        if source is BidSource.VOICE and not end_confirmed:
            # Spoken, it waits for a yes, as a spoken accept does; typed or a button
            # ends the negotiation at once.
            await live.moves.await_end_yes(speaker, n, understood, text, utterance_id)
            return None
        await live.moves.reject(speaker)
    return (act if act.kind is kind else replace(act, kind=kind)), False
