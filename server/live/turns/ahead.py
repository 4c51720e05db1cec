"""The reply to words said so far, made during the pause that may end the speaker's turn.

`prepare` works out the relay the words would make (as the pipeline's `handle_words` and
`move` would make it, when it is a plain relay: no price question, no accept or refusal
waiting for its yes), translates it and has the listener's speech synthesized ahead when
the listener's socket is in this process. Nothing is recorded, published or sent. When
the turn ends with those words, the relay finds its translation (`translate`) and its
speech ready; otherwise they are dropped.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from audio.acts import ActKind, NegotiationAct
from audio.frames import Translation as Translated
from audio.interpret import (
    MIN_CONFIDENCE,
    act_from,
    said_as_market_act,
    unless_market_talk,
)
from audio.relayed import relay_note
from models import Negotiation, Side
from server.live.turns.rules import reading_of

if TYPE_CHECKING:
    from server.live.room_info import RoomInfo
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker


class ReplyAhead:
    """Translations (and, through the room's speech, audio) made before the turn ends."""

    def __init__(
        self, live: LiveService, negotiation: Callable[[int], Awaitable[Negotiation | None]]
    ) -> None:
        self.live = live
        self.negotiation = negotiation
        self.translated_ahead: dict[tuple[str, str, str, str], Translated] = {}
        """Translations made by `prepare`, for the relay of the same words and act (by
        the act's repr: an act holds its product's names, a dict)."""

    async def prepare(self, speaker: Speaker, text: str) -> None:
        """Ahead of the turn's end: the relay `text` would make (as `handle_words` and
        `move` would make it, when it is a plain relay: no price question, no accept or
        refusal waiting for its yes), translated, and its speech synthesized for a local
        listener. Reads the negotiation; records, publishes and sends nothing."""
        live = self.live
        client = speaker.client
        room = speaker.room
        side = client.side
        if speaker.pending is not None or side in room.questions or not text.strip():
            return
        other = Side(side).other.value
        listener = room.clients.get(other)
        if listener is None:  # the listener's voice is another process's
            return
        n = await self.negotiation(room.id)
        understood = reading_of(speaker, text, n)
        if understood.amount_paise is not None and understood.confidence < MIN_CONFIDENCE:
            return  # asked back, not relayed
        info = room.info
        names = info.names_by_key.get(understood.product or "", info.product_names)
        act = act_from(understood, speaker=side, product_names=names)
        act = unless_market_talk(
            act,
            text,
            source=client.language,
            catalogue=info.catalogue,
            has_outstanding_offer=n is not None
            and n.last_bid_side is not None
            and n.last_bid_side.value == other,
        )
        if act is not None and act.kind in (ActKind.ACCEPT, ActKind.REJECT):
            return  # waits for its yes
        if act is not None and act.per_unit and act.quantity == 1:
            act = replace(act, quantity=None)
        members = await live.bus.members(room.id)
        heard_by = members.get(other)
        language = heard_by.language if heard_by is not None else client.language
        unpriced = info if understood.amount_paise is None else None
        translation = await self._said(text, client.language, language, act, unpriced)
        self.translated_ahead[(text, client.language, language, repr(act))] = translation
        while len(self.translated_ahead) > 64:
            del self.translated_ahead[next(iter(self.translated_ahead))]
        if listener.language == language:
            room.speech.prepare(
                listener,
                relay_note(language, side, client.language)
                if translation.untranslated  # the note before the words as said
                else translation.text,
                heard_by.voice if heard_by is not None else None,
                heard_by.rate if heard_by is not None else 1.0,
            )

    async def translate(
        self,
        text: str,
        source: str,
        target: str,
        act: NegotiationAct | None,
        info: RoomInfo | None = None,
    ) -> Translated:
        ready = self.translated_ahead.pop((text, source, target, repr(act)), None)
        if ready is not None:
            return ready
        return await self._said(text, source, target, act, info)

    async def _said(
        self,
        text: str,
        source: str,
        target: str,
        act: NegotiationAct | None,
        info: RoomInfo | None,
    ) -> Translated:
        """The words in the listener's language: a price move rendered from its act,
        market talk ("these are soft", "UPI or cash?") from the market act it is, the
        rest through the translation chain. `info` is the room's, given only when the
        caller's understanding heard no price (market talk is looked for only then)."""
        if act is None and info is not None:
            said = said_as_market_act(
                text,
                source=source,
                target=target,
                catalogue=info.catalogue,
                product_names=info.names_by_key,
                default_product=info.product_names,
            )
            if said is not None:
                return said[0]
        return await self.live.engines.translation(source, target).translate(
            text, source=source, target=target, act=act
        )
