"""One negotiation: a shopper and a vendor taking turns, each line timed against the
first audio of the reply the other side hears. A speaker asked back about a price ("did
you say ₹1?") hears the question out and answers it by voice, as a person would: "Yes."
when that is the price they said, else "No, thirty-seven." (`answer_for`)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks.lib.output import fail
from benchmarks.turn_data import MAX_ANSWERS, Line, answer_for, line_for
from benchmarks.turns.clients import (
    Browser,
    Microphone,
    Phone,
    Reply,
    Said,
    auth,
    register,
    ws_ticket,
)
from benchmarks.turns.clips import Clip


@dataclass
class Answered:
    """A price question about one of the line's pieces, and what the speaker said back."""

    utterance_id: str
    """The piece asked about."""
    asked_paise: int
    words: str
    said: Said


@dataclass
class Turn:
    """One line said by one side, and what came of it."""

    pair: int
    index: int
    speaker: str
    line: Line
    said: Said | None = None
    answers: list[Answered] = field(default_factory=list)
    gave_up: bool = False
    """Asked about the price more than `MAX_ANSWERS` times: the speaker stopped answering."""
    window_end: float | None = None
    note: str | None = None


@dataclass
class Pair:
    index: int
    negotiation_id: int
    customer_token: str
    vendor_token: str
    language: str = "en"
    """What both sides speak (and the pages and the phone are set to)."""
    browser: Browser = field(default_factory=Browser)
    phone: Phone = field(default_factory=Phone)
    watcher: Browser = field(default_factory=Browser)
    """The vendor's console beside the phone leg (`watch`): the vendor's own events, such
    as the price questions the phone also hears, and the vendor's transcripts."""
    turns: list[Turn] = field(default_factory=list)

    def screen(self, side: str) -> Browser:
        """The socket that shows `side` its own events (transcripts, price questions)."""
        return self.browser if side == "customer" else self.watcher

    def heard_by(self, side: str) -> list[Reply]:
        """Speech `side`'s voice connection received, in order."""
        if side == "customer":
            return [self.browser.replies[u] for u in self.browser.order]
        return list(self.phone.segments)


async def open_pair(
    http: httpx.AsyncClient,
    ws_url: str,
    index: int,
    lags: list[float],
    silence: tuple[list[bytes], list[str]],
    language: str = "en",
) -> Pair:
    vendor = await register(
        http, "vendor", business_name=f"Bench Greens {index}", language=language
    )
    customer = await register(http, "customer", language=language)
    r = await http.post(
        "/api/products",
        json={
            "names": {"en": "Tomato", "hi": "टमाटर"},
            "unit": "kg",
            "list_price_paise": 4000,
            "floor_price_paise": 3200,
            "stock": 500,
        },
        headers=auth(vendor["token"]),
    )
    if r.status_code != 201:
        fail(f"product: {r.status_code} {r.text[:200]}")
    r = await http.post(
        "/api/negotiations",
        json={"product_id": r.json()["id"], "quantity": 1},
        headers=auth(customer["token"]),
    )
    if r.status_code != 201:
        fail(f"negotiation: {r.status_code} {r.text[:200]}")
    pair = Pair(index, r.json()["id"], customer["token"], vendor["token"], language)
    pair.phone.inbox = pair.browser.inbox  # one waiter watches both sockets
    await pair.browser.open(
        ws_url,
        pair.negotiation_id,
        await ws_ticket(http, customer["token"], pair.negotiation_id),
        language,
    )
    deadline = asyncio.get_running_loop().time() + 20
    if not await pair.browser.inbox.until(lambda: bool(pair.browser.of("snapshot")), deadline):
        fail("no snapshot on the browser socket")
    await pair.phone.open(
        ws_url,
        {
            "token": vendor["token"],
            "negotiation_id": str(pair.negotiation_id),
            "language": language,
        },
    )

    def vendor_here() -> bool:
        return any(
            e.get("side") == "vendor" and e.get("state") == "here"
            for _, e in pair.browser.of("presence")
        )

    if not await pair.browser.inbox.until(vendor_here, deadline):
        fail("the phone never joined the room")
    pair.watcher.inbox = pair.browser.inbox
    await pair.watcher.open(
        ws_url,
        pair.negotiation_id,
        await ws_ticket(http, vendor["token"], pair.negotiation_id),
        language,
        watch=True,
    )
    if not await pair.browser.inbox.until(lambda: bool(pair.watcher.of("snapshot")), deadline):
        fail("no snapshot on the vendor's console")
    # Microphones on, streaming the room's noise floor until there is a line to say.
    pair.browser.mic = Microphone(pair.browser.send_audio, silence[0], lags)
    pair.phone.mic = Microphone(pair.phone.send_audio, silence[1], lags)
    pair.browser.mic.start()
    pair.phone.mic.start()
    return pair


async def run_pair(
    pair: Pair,
    clips: dict[str, Clip],
    turns: int,
    *,
    offset: float,
    gap: float,
    reply_timeout: float,
    answers: dict[tuple[str, str], Clip] | None = None,
) -> None:
    """Alternate lines, shopper first; each listener hears the reply out, then answers.
    A speaker asked about a price hears the question out, pauses `gap` and answers it
    (with `answers`, the spoken answers by (language, words)); asked more than
    `MAX_ANSWERS` times about one line, they give up and the next turn begins."""
    loop = asyncio.get_running_loop()
    inbox = pair.browser.inbox  # shared by the pair's sockets
    await asyncio.sleep(offset)
    for k in range(turns):
        speaker = "customer" if k % 2 == 0 else "vendor"
        # Each negotiation starts at its own place in the lines, so that a few turns
        # each at a large N still say lines of every kind.
        line = line_for(speaker, k // 2 + pair.index, pair.language)
        clip = clips[line.id]
        turn = Turn(pair.index, k, speaker, line)
        pair.turns.append(turn)
        if speaker == "customer":
            mic, phone_side = pair.browser.mic, False
            before = len(pair.phone.segments)

            def new_replies(b: int = before) -> list[Reply]:
                return pair.phone.segments[b:]
        else:
            mic, phone_side = pair.phone.mic, True
            before = len(pair.browser.order)

            def new_replies(b: int = before) -> list[Reply]:
                return [pair.browser.replies[u] for u in pair.browser.order[b:]]

        assert mic is not None
        screen = pair.screen(speaker)
        seen_from = len(screen.events)
        handled: set[str] = set()
        turn.said = await mic.say(clip.phone_frames if phone_side else clip.browser_frames)
        last_eos = turn.said.last_speech_frame

        def question(s: Browser = screen, f: int = seen_from, h: set[str] = handled) -> Any:
            """A price question to the speaker not yet answered."""
            return next(
                (
                    e
                    for _, e in s.events[f:]
                    if e.get("type") == "confirm_price" and e["utterance_id"] not in h
                ),
                None,
            )

        def told_again(s: Browser = screen, f: int = seen_from, h: set[str] = handled) -> Any:
            """A question answered no (or too late): the speaker is asked to say it again."""
            return next(
                (
                    e
                    for _, e in s.events[f:]
                    if e.get("type") == "confirm_price_cancelled"
                    and e.get("utterance_id") in h
                    and e.get("reason") in ("refused", "expired")
                ),
                None,
            )

        def settled(
            nr: Callable[[], list[Reply]] = new_replies,
            s: Browser = screen,
            f: int = seen_from,
            side: str = speaker,
            t: Turn = turn,
        ) -> bool:
            """The line's last piece (or answer) was transcribed after the end of speech
            and every reply owed has been received: one per piece, or one for the line
            once it was asked about."""
            eos = t.answers[-1].said.last_speech_frame if t.answers else t.said.last_speech_frame
            mine = [
                at
                for at, e in s.events[f:]
                if e.get("type") == "transcript" and e.get("side") == side and e.get("final", True)
            ]
            replies = nr()
            owed = 1 if t.answers else len(mine)
            return (
                any(at >= eos for at in mine)
                and len(replies) >= owed
                and all(r.started and r.ended is not None for r in replies)
            )

        # A late reply is still awaited (a person would wait, or the next line would be
        # answered with the last one's words): up to 3 × the timeout, then move on.
        deadline = last_eos + 3 * reply_timeout
        while True:
            started = await inbox.until(
                lambda nr=new_replies: (
                    any(r.started for r in nr()) or question() is not None or told_again()
                ),
                deadline,
            )
            asked = question()
            if asked is not None:
                handled.add(asked["utterance_id"])
                await hear_out(pair, speaker, f"{asked['utterance_id']}-confirm", deadline)
                if len(turn.answers) >= MAX_ANSWERS or answers is None:
                    turn.gave_up = True
                    break
                await asyncio.sleep(gap)
                words = answer_for(line, asked.get("amount_paise"))
                spoken = answers[(line.language, words)]
                said = await mic.say(spoken.phone_frames if phone_side else spoken.browser_frames)
                turn.answers.append(
                    Answered(
                        asked["utterance_id"], int(asked.get("amount_paise") or 0), words, said
                    )
                )
                deadline = said.last_speech_frame + reply_timeout
                continue
            again = told_again()
            if again is not None:  # no price to relay: the turn's words are lost
                await hear_out(pair, speaker, f"{again['utterance_id']}-again", deadline)
                break
            if not started:
                turn.note = "no reply"
                break
            # The listener hears the reply (every piece of a line cut short, too) in real
            # time; a question about a later piece interrupts the wait.
            interrupted = False
            while True:
                await inbox.until(
                    lambda: settled() or question() is not None,
                    min(deadline, loop.time() + reply_timeout),
                )
                if question() is not None:
                    interrupted = True
                    break
                replies = [r for r in new_replies() if r.started]
                end_of_play = max(r.started + r.seconds for r in replies)
                await asyncio.sleep(max(0.0, end_of_play - loop.time()))
                if (settled() and len(new_replies()) == len(replies)) or loop.time() > deadline:
                    break
            if not interrupted:
                break
        turn.window_end = loop.time()
        await asyncio.sleep(gap)


async def hear_out(pair: Pair, side: str, utterance_id: str, deadline: float) -> None:
    """Wait for the speech `utterance_id` to `side` to arrive and end, then as long as it
    plays (real time from its first audio), or until `deadline`."""
    loop = asyncio.get_running_loop()

    def done() -> Reply | None:
        return next(
            (
                r
                for r in pair.heard_by(side)
                if r.utterance_id == utterance_id and r.started and r.ended is not None
            ),
            None,
        )

    await pair.browser.inbox.until(lambda: done() is not None, deadline)
    reply = done()
    if reply is not None:
        await asyncio.sleep(max(0.0, min(deadline, reply.started + reply.seconds) - loop.time()))
