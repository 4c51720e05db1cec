"""The relay of a turn's words: rendered (a confirmed price said afresh), translated once
per language the listening side reads in this process, and published as a `translation`
and a `say` for the listener's voice; words no engine translates go on as said
(`server.live.turns.relay`)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from audio.acts import NegotiationAct
from audio.frames import Translation as Translated
from audio.phrasebook import PROVIDER, render
from models import Side
from server.live.events import Say, Translation
from server.live.turns.relay import relay_as_said

if TYPE_CHECKING:
    from server.live.room_info import RoomInfo
    from server.live.service import LiveService
    from server.live.turns.ahead import ReplyAhead
    from server.live.turns.endpointing import Speaker


async def relay_translated(
    live: LiveService,
    ahead: ReplyAhead,
    speaker: Speaker,
    act: NegotiationAct | None,
    text: str,
    listener_language: str,
    *,
    confirmed: bool,
    utterance_id: str,
    turn_id: str | None,
    eos_wall: float,
    stages: dict[str, float],
    t_domain: float,
    unpriced: RoomInfo | None = None,
) -> None:
    """Render, translate and pass the turn on: a `say` for the listener's voice.
    `unpriced`: the room, when no price was heard (its words may be market talk)."""
    client = speaker.client
    room = speaker.room
    side = client.side
    if act is not None and act.per_unit and act.quantity == 1:
        # "40 a kilo" names a rate: the listener hears "40 rupees a kilo", not "1 kilo
        # … 40 rupees a kilo" when 2 kilos are being bargained for.
        act = replace(act, quantity=None)
    if confirmed and act is not None:
        # The heard words held more than one price: the listener gets the confirmed one
        # said afresh, even in the speaker's own language.
        text = render(act, client.language)
    # The listening side's screens here that read another language than its voice (a
    # console in English watching the Tamil phone leg) get the turn in theirs: one
    # rendering per language, made beside the voice's; none when all share one.
    watching = room.watchers.get(Side(side).other.value, [])
    others = sorted({w.language for w in watching} - {listener_language})
    translation, *theirs = await asyncio.gather(
        *(
            ahead.translate(text, client.language, language, act, unpriced)
            for language in (listener_language, *others)
        )
    )
    versions = {
        language: as_read(t, language, text, client.language)
        for language, t in zip(others, theirs, strict=True)
    } or None
    words = {
        "text": text,
        "language": client.language,
        "act": asdict(act) if act is not None else None,
        "market": unpriced is not None,
        "voice": listener_language,
    }
    stages["translate"] = time.monotonic() - t_domain
    if translation.untranslated:  # never read out as a transliteration
        await relay_as_said(
            live,
            speaker,
            text,
            listener_language,
            utterance_id=utterance_id,
            eos_wall=eos_wall,
            stages=stages,
            end_of_turn=speaker.end_reasons.pop(turn_id or utterance_id, None),
            versions=versions,
            words=words,
        )
        return
    await live.publish(
        room.id,
        Translation(
            side=side,
            utterance_id=utterance_id,
            **as_read(translation, listener_language, text, client.language),
            versions=versions,
            words=words,
        ),
    )
    await live.publish(
        room.id,
        Say(
            to=Side(side).other.value,
            from_=side,
            text=translation.text,
            language=listener_language,
            utterance_id=utterance_id,
            eos_wall=eos_wall,
            stages={k: round(v, 4) for k, v in stages.items()},
            end_of_turn=speaker.end_reasons.pop(turn_id or utterance_id, None),
        ),
    )
    for stage, seconds in stages.items():
        live.metrics.turn_seconds.labels(stage).observe(seconds)


def as_read(
    translation: Translated, language: str, said: str, speaker_language: str
) -> dict[str, Any]:
    """A `translation` event's words for a reader of `language`: translated
    (`machine` when a model, not the phrasebook, did it), or, when nothing translated
    them, the words as said in the speaker's language, marked untranslated."""
    if translation.untranslated:
        return {"text": said, "language": speaker_language, "untranslated": True, "machine": False}
    return {
        "text": translation.text,
        "language": language,
        "untranslated": False,
        "machine": translation.provider != PROVIDER and translation.source != translation.target,
    }
