"""One negotiation: a shopper and a vendor taking turns, each line timed against the
first audio of the reply the other side hears."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from benchmarks.lib.output import fail
from benchmarks.turn_data import Line, line_for
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
class Turn:
    """One line said by one side, and what came of it."""

    pair: int
    index: int
    speaker: str
    line: Line
    said: Said | None = None
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
    turns: list[Turn] = field(default_factory=list)


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
) -> None:
    """Alternate lines, shopper first; each listener hears the reply out, then answers."""
    loop = asyncio.get_running_loop()
    inbox = pair.browser.inbox  # shared by both sockets of the pair
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
            mic, frames = pair.browser.mic, clip.browser_frames
            before = len(pair.phone.segments)

            def new_replies(b: int = before) -> list[Reply]:
                return pair.phone.segments[b:]
        else:
            mic, frames = pair.phone.mic, clip.phone_frames
            before = len(pair.browser.order)

            def new_replies(b: int = before) -> list[Reply]:
                return [pair.browser.replies[u] for u in pair.browser.order[b:]]

        assert mic is not None
        heard_from = len(pair.browser.events)
        turn.said = await mic.say(frames)
        eos = turn.said.last_speech_frame

        def settled(
            nr: Callable[[], list[Reply]] = new_replies,
            h: int = heard_from,
            side: str = speaker,
            eos: float = eos,
        ) -> bool:
            """The line's last piece was transcribed (after the end of speech) and every
            piece's reply has been received."""
            mine = [
                t
                for t, e in pair.browser.events[h:]
                if e.get("type") == "transcript" and e.get("side") == side and e.get("final", True)
            ]
            replies = nr()
            return (
                any(t >= eos for t in mine)
                and len(replies) >= len(mine)
                and all(r.started and r.ended is not None for r in replies)
            )

        # A late reply is still awaited (a person would wait, or the next line would be
        # answered with the last one's words): up to 3 × the timeout, then move on.
        deadline = eos + 3 * reply_timeout
        started = await inbox.until(lambda nr=new_replies: any(r.started for r in nr()), deadline)
        if not started:
            turn.note = "no reply"
            turn.window_end = loop.time()
            continue
        # The listener hears the reply (every piece of a line cut short, too) in real time.
        while True:
            await inbox.until(settled, min(deadline, loop.time() + reply_timeout))
            replies = [r for r in new_replies() if r.started]
            end_of_play = max(r.started + r.seconds for r in replies)
            await asyncio.sleep(max(0.0, end_of_play - loop.time()))
            if (settled() and len(new_replies()) == len(replies)) or loop.time() > deadline:
                break
        turn.window_end = loop.time()
        await asyncio.sleep(gap)
