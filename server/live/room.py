"""One room as this process holds it: its voices and watchers, the event pump that
delivers the room's events to them, barge-in, the vendor's hints, and the price
questions waiting for a yes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from typing import TYPE_CHECKING, Any

from audio.acts import ActKind, NegotiationAct
from audio.confirmations import not_understood as not_understood_text
from audio.confirmations import say_again
from audio.phrasebook import confirm_prompt, end_deal_prompt, render
from audio.vendor_phrases import spoken_hint
from models import Side
from server.live import room_told
from server.live.clients import Client
from server.live.events import Say, SpeechStarted, translation_as_read
from server.live.playback import Speech, prompt_for
from server.live.room_info import RoomInfo
from server.live.rooms import LOST, RESTARTED, RESYNC, ROOM_RESTARTED, RoomEvent
from server.live.turns.question_wording import asked_in
from server.live.turns.rules import PriceQuestion
from server.live.versions import versions_for
from server.live.views import hint_view, offer_act

if TYPE_CHECKING:
    from server.live.service import LiveService

log = logging.getLogger("vyaparmitra.live")


class LocalRoom:
    """This process's share of a room: its sockets, their speech, and the event pump."""

    def __init__(self, service: LiveService, info: RoomInfo) -> None:
        self.service = service
        self.info = info
        self.id = info.negotiation_id
        self.clients: dict[str, Client] = {}
        """The voice of each side here: its audio in, the speech it hears out."""
        self.voice_seq: dict[str, int] = {}
        """The sequence number of the presence that made each local voice the voice."""
        self.watchers: dict[str, list[Client]] = {}
        """Screens that follow a side without being its voice (a vendor's console while
        their phone leg talks): every event the side gets, no audio either way."""
        self.speech = Speech(self)
        """Speech out to the local voices."""
        self.hints_after: dict[str, Say] = {}
        """A spoken hint waiting for the offer's own speech (by utterance id) to be queued."""
        self.questions: dict[str, PriceQuestion] = {}
        """Per side, the price heard without confidence that waits for the speaker's yes.
        Held by the process that heard it: a screen of that side here (the console
        watching a phone call) can answer it too."""
        self.answered: dict[str, deque[str]] = {}
        """Per side, the utterance ids of the latest questions no longer waiting."""
        self.offers_said: dict[str, deque[str]] = {}
        """Per side, the utterance ids under which its latest offers are said to the other
        side (the words relayed, the offer's own announcement, the hint after it): a newer
        offer drops those not yet begun."""
        self._listener: contextlib.AbstractAsyncContextManager[Any] | None = None
        self._pump: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._listener = self.service.bus.listen(self.id)
        queue = await self._listener.__aenter__()
        self._pump = asyncio.create_task(self._run(queue), name=f"room-{self.id}")

    def ask(self, side: str, question: PriceQuestion) -> PriceQuestion | None:
        """Make `question` the side's waiting one; the one it replaces, if any."""
        previous = self.questions.pop(side, None)
        if previous is not None:
            self.answered_question(side, previous)
        self.questions[side] = question
        return previous

    def take_question(self, side: str, utterance_id: str | None = None) -> PriceQuestion | None:
        """The side's waiting question (only if it is `utterance_id`'s), no longer waiting."""
        question = self.questions.get(side)
        if question is None or (utterance_id is not None and question.utterance_id != utterance_id):
            return None
        del self.questions[side]
        self.answered_question(side, question)
        return question

    def answered_question(self, side: str, question: PriceQuestion) -> None:
        self.answered.setdefault(side, deque(maxlen=16)).append(question.utterance_id)

    def _drop_questions(self, bid_seq: int | None) -> None:
        """A bid was made (or the bargaining ended): questions asked before it are stale;
        an answer to one would put a price against a conversation that moved on."""
        for side, question in list(self.questions.items()):
            if bid_seq is None or question.bid_count < bid_seq:
                del self.questions[side]
                self.answered_question(side, question)

    def _supersede(self, offer: dict[str, Any]) -> None:
        """A side's new offer supersedes its previous ones: the other side's voice here
        stops waiting to hear those (what already plays, plays on) and hears the newest."""
        side = str(offer.get("side"))
        said = self.offers_said.setdefault(side, deque(maxlen=16))
        listener = self.clients.get("vendor" if side == "customer" else "customer")
        if listener is not None and said:
            stale = set(said) | {f"{u}-hint" for u in said}
            self.speech.drop_queued(listener.side, stale)
            for u in stale:
                self.hints_after.pop(u, None)
        said.clear()
        utterance_id = offer.get("utterance_id")
        said.append(str(utterance_id) if utterance_id else f"offer-{offer.get('bid_id')}")
        said.append(f"{offer.get('bid_id')}-hint")

    async def barge_in(self, side: str) -> None:
        """Someone here may be starting to speak (speech onset): their own playback stops
        now, in this process, before the words are confirmed as an utterance."""
        if side in self.clients:
            await self.speech.interrupt(side)

    async def speech_started(self, side: str, at_ms: int | None = None) -> None:
        """An utterance began: the room hears `speech_started` (and a playback not yet cut
        at the onset is cut when it comes)."""
        await self.service.publish(self.id, SpeechStarted(side=side, at_ms=at_ms))

    async def stop(self) -> None:
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
        self.speech.stop()
        if self._listener is not None:
            await self._listener.__aexit__(None, None, None)

    async def _run(self, queue: asyncio.Queue[RoomEvent | None]) -> None:
        while True:
            event = await queue.get()
            if event is None:  # fell behind: make every local client resync
                for client in self.everyone():
                    await client.close(1013, "fell behind; reconnect to resync")
                return
            if event is LOST:  # Redis went away: the room may have missed events
                retry_after = self.service.retry_after
                notice = {
                    "type": "error",
                    "code": "redis_unavailable",
                    "message": "Live rooms are unavailable right now; "
                    f"reconnect in {retry_after} s.",
                    "retry_after": retry_after,
                }
                for client in self.everyone():
                    await client.close(1013, "live rooms unavailable; try again later", notice)
                return
            if event is RESTARTED:  # the room's numbers started again: resync, no outage
                for client in self.everyone():
                    await client.close(1013, "room restarted; reconnect to resync", ROOM_RESTARTED)
                return
            if event.type == RESYNC:  # another process recorded a move it could not tell
                for client in self.everyone():
                    await client.close(1013, "events lost; reconnect to resync")
                return
            try:
                await self.deliver(event)
            except Exception:
                log.exception("delivering a room event failed", extra={"type": event.type})

    def everyone(self) -> list[Client]:
        return [*self.clients.values(), *(w for ws in self.watchers.values() for w in ws)]

    def is_voice(self, client: Client) -> bool:
        return self.clients.get(client.side) is client

    async def deliver(self, event: RoomEvent) -> None:
        data = event.data
        if event.type == "say":
            client = self.clients.get(data["to"])
            if client is not None:
                self.speech.enqueue(client, Say.from_data(data))
                hint = self.hints_after.pop(str(data.get("utterance_id")), None)
                if hint is not None:
                    self.speech.enqueue(client, hint)
            return
        if event.type == "presence" and data.get("state") == "here":
            await self._voice_taken(event)
        if event.type == "product":
            self.info.product_changed(data.get("product") or {})
        if event.type == "offer":
            self._drop_questions(int(data.get("bid_seq") or 0))
            self._supersede(data)
        elif event.type == "order" or (
            event.type == "state"
            and (data.get("negotiation") or {}).get("status") not in ("OPEN", "COUNTERED")
        ):
            self._drop_questions(None)
        if event.type == "translation":
            data = await self._versions_here(data)
        if event.type == "speech_started":
            # Barge-in: the one who started speaking stops hearing the other side.
            listener = self.clients.get(data["side"])
            if listener is not None:
                await self.speech.interrupt(listener.side)
        for client in self.everyone():
            only = data.get("only")
            if only and only != client.side:
                continue
            try:
                await self._deliver(client, event, data)
            except Exception:
                # One listener's failure (a rendering, a closed socket) never keeps the
                # event from the others.
                log.exception(
                    "event not delivered", extra={"type": event.type, "side": client.side}
                )

    async def _versions_here(self, data: dict[str, Any]) -> dict[str, Any]:
        """A turn's words for this process's screens of the listening side that read a
        language the speaker's process made no version for (it knows only its own
        watchers): made here, once per language (`versions_for`)."""
        if not data.get("words"):
            return data
        listening = Side(str(data.get("side"))).other.value
        languages = {c.language for c in self.everyone() if c.side == listening}
        return await versions_for(self.service, self.info, data, languages)

    async def _deliver(self, client: Client, event: RoomEvent, data: dict[str, Any]) -> None:
        payload = {"type": event.type, "seq": event.seq, "room": event.room}
        payload.update({k: v for k, v in data.items() if k != "only"})
        if event.type == "offer":
            payload["text"] = render(offer_act(data), client.language)
            hint_said = None
            if client.side == "vendor" and data.get("side") == "customer":
                hint_said = await self.add_hint(client, payload)
            if (
                client.side != data.get("side")
                and not data.get("utterance_id")
                and self.is_voice(client)
            ):
                # A button offer has no words of its own to relay: the listener
                # (a phone has nothing else) hears the offer said in their language.
                said = str(payload["text"])
                if hint_said is not None:
                    said = f"{said} {hint_said.text}"
                self.speech.prompt(
                    client,
                    said,
                    hint_said.utterance_id if hint_said else f"offer-{data['bid_id']}",
                )
        elif event.type == "translation":
            # The other side's words in this screen's own language (a console chosen in
            # English watching the vendor's Tamil phone leg reads them in English).
            payload = translation_as_read(payload, client.side, client.language)
        elif event.type == "not_understood":
            # Read in each screen's language: a console chosen in English reads the notice
            # of the vendor's Tamil phone leg in English, the words heard as they were.
            payload["text"] = not_understood_text(
                str(data["reason"]), str(data["heard"]), client.language
            )
        elif event.type == "confirm_price":
            # The price question too: a console chosen in English reads the question put
            # to the vendor's Tamil phone leg in English (the words heard as they were).
            text = asked_in(data, self.info.unit, client.language)
            if text is not None:
                payload["text"], payload["language"] = text, client.language
        elif event.type == "confirm_price_cancelled" and data.get("text") is not None:
            # Likewise the say-again of a question that ended: a console watching the
            # phone leg reads it in its own language, and may type.
            payload["text"] = say_again(client.language, can_type=client.kind != "phone")
        elif event.type == "confirm":
            # A spoken accept's question, on every screen of the speaker's side (a console
            # watching the phone leg too), in that screen's language.
            act = NegotiationAct(
                ActKind.ACCEPT, amount_paise=int(data["amount_paise"]), unit=self.info.unit
            )
            payload["text"] = confirm_prompt(act, client.language)
        elif event.type == "confirm_reject":
            payload["text"] = end_deal_prompt(client.language)
        elif event.type == "order":
            room_told.say_deal(self, client, data["order"])
        elif event.type == "state":
            room_told.tell_state(self, client, data, payload)
        elif event.type in ("slow", "busy"):
            room_told.say_waiting(self, client, event.type, data)
        elif event.type == "confirming":
            room_told.tell_confirming(self, client, data, payload)
        await client.send_event(payload)

    async def _voice_taken(self, event: RoomEvent) -> None:
        """A newer voice for a side joined, maybe in another process: ours steps down
        (close 4000, as a reconnect in this process would have it)."""
        side, conn = event.data.get("side"), event.data.get("conn")
        local = self.clients.get(str(side))
        if local is None or conn is None or local.conn_id == conn:
            return
        if event.seq <= self.voice_seq.get(local.side, 0):
            return  # an older presence arriving late: ours is the newer voice
        del self.clients[local.side]
        await self.speech.interrupt(local.side)
        await local.close(4000, "replaced by a newer connection")

    async def add_hint(self, client: Client, payload: dict[str, Any]) -> Say | None:
        """The assistant's hint on the vendor's copy of a customer offer (never on the
        shared event: it is computed from the floor price). On a phone, optionally said
        after the offer itself: queued after a spoken or typed offer's relay, or returned
        (a button offer's own announcement carries it)."""
        if client.kind == "phone" and not self.service.speak_hints:
            return None  # a phone shows no events: nothing to compute
        try:
            hint = await self.service.vendor_hint(self.id, client.user_id, payload["bid_seq"])
        except Exception:  # the offer still reaches the vendor, without a hint
            log.exception("the assistant failed", extra={"room": self.id})
            return None
        if hint is None:
            return None
        code = hint.reason_code.value
        payload["hint"] = hint_view(hint, client.language)
        if not (self.service.speak_hints and client.kind == "phone"):
            return None
        utterance_id = payload.get("utterance_id")
        say = prompt_for(
            client,
            spoken_hint(code, client.language, amount_paise=hint.amount_paise, unit=hint.unit),
            f"{utterance_id or payload['bid_id']}-hint",
        )
        if utterance_id:  # spoken or typed: the offer's speech follows as a `say`
            self.hints_after = {str(utterance_id): say}
            return None
        return say
