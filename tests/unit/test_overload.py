"""Load shedding's caps, on a bare ASGI app: in flight, by throughput, by loop lag, by the
time requests wait before the app sees them and take to be answered."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from server.headtimeout import ARRIVED
from server.overload import (
    MIN_CAP,
    MIN_CAP_BEHIND,
    LoadShedding,
    SlowAnswers,
    Sojourn,
    Throughput,
)
from server.telephony import twiml


def _scope(path: str = "/api/x") -> Scope:
    return {"type": "http", "method": "GET", "path": path, "headers": []}


async def _call(shedding: LoadShedding, path: str = "/api/x") -> tuple[int, dict[str, Any]]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    await shedding(_scope(path), receive, send)
    status = sent[0]["status"]
    headers = dict(sent[0].get("headers", []))
    body = json.loads(sent[1]["body"]) if sent[1].get("body") else {}
    if status == 503:
        assert headers[b"retry-after"] == b"1"
    return status, body


def _held_app(release: asyncio.Event) -> Any:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    return app


def test_the_throughput_cap_follows_what_the_process_finishes() -> None:
    shedding = LoadShedding(_held_app(asyncio.Event()), max_in_flight=256, max_wait_s=0.25)
    assert shedding.cap() == MIN_CAP  # idle: the floor
    shedding.throughput.per_second = 400.0
    assert shedding.cap() == 100  # 0.25 s of what it finishes
    shedding.throughput.per_second = 4000.0
    assert shedding.cap() == 256  # never above the fixed cap
    assert LoadShedding(_held_app(asyncio.Event()), max_in_flight=0, max_wait_s=0).cap() == 0


def test_throughput_is_measured_over_windows() -> None:
    meter = Throughput(window=0.05, weight=1.0)
    for _ in range(20):
        meter.finished()
    assert meter.per_second == 0.0  # the window is not over yet
    time.sleep(0.06)
    meter.finished()
    assert 100 < meter.per_second < 21 / 0.06 + 1


async def test_requests_beyond_the_throughput_cap_are_shed() -> None:
    release = asyncio.Event()
    shedding = LoadShedding(_held_app(release), max_in_flight=256, max_wait_s=0.25)
    held = [asyncio.create_task(_call(shedding)) for _ in range(MIN_CAP)]
    while shedding.in_flight < MIN_CAP:  # bounded by the requests above
        await asyncio.sleep(0.001)
    status, body = await _call(shedding)
    assert status == 503 and body["error"]["code"] == "overloaded"
    release.set()
    assert [(await t)[0] for t in held] == [200] * MIN_CAP
    assert (await _call(shedding))[0] == 200
    assert shedding.shed == 1


async def _refused_raw(path: str, method: str, headers: list[tuple[bytes, bytes]]) -> list[Message]:
    release = asyncio.Event()
    shedding = LoadShedding(_held_app(release), max_in_flight=1)
    held = asyncio.create_task(_call(shedding))
    while shedding.in_flight < 1:
        await asyncio.sleep(0.001)
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {**_scope(path), "method": method, "headers": headers}
    asked = asyncio.create_task(shedding(scope, receive, send))
    await asyncio.sleep(0.01)  # refused at once, or admitted and held with the first
    release.set()
    await asyncio.gather(held, asked)
    return sent


async def test_a_page_gets_a_page_that_reloads_and_the_payment_return_is_admitted() -> None:
    sent = await _refused_raw("/vendor", "GET", [(b"accept", b"text/html,*/*;q=0.8")])
    assert sent[0]["status"] == 503
    headers = dict(sent[0]["headers"])
    assert headers[b"content-type"].startswith(b"text/html") and headers[b"retry-after"] == b"1"
    assert b"http-equiv=refresh" in sent[1]["body"]
    # An API client asking for JSON still gets the error body.
    sent = await _refused_raw("/api/orders", "GET", [(b"accept", b"application/json")])
    assert sent[0]["status"] == 503 and json.loads(sent[1]["body"])["error"]["code"] == "overloaded"
    # The shopper's return from a paid link is never refused.
    sent = await _refused_raw("/api/payment/callback", "GET", [(b"accept", b"text/html")])
    assert sent[0]["status"] == 200


async def test_a_call_to_the_stall_line_is_told_to_call_again_not_given_a_5xx() -> None:
    """Twilio plays its own "application error" for a 5xx; a refused call hears why."""
    sent = await _refused_raw(twiml.VOICE_PATH, "POST", [])
    assert sent[0]["status"] == 200
    assert dict(sent[0]["headers"])[b"content-type"] == b"application/xml"
    body = sent[1]["body"].decode()
    assert "<Say" in body and "<Hangup" in body and "call again" in body


async def test_a_client_that_does_not_read_its_answer_holds_no_place() -> None:
    """A request counts until it is answered, not until the client has read the answer:
    clients that never read (their connections stuck on a full send buffer) cannot fill
    the cap and shut everyone else out."""
    stuck = asyncio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b'{"x": "' + b"x" * 1000 + b'"}'})

    shedding = LoadShedding(app, max_in_flight=2)

    async def never_read(message: Message) -> None:
        if message["type"] == "http.response.body":
            await stuck.wait()  # the transport waits for a client that does not read

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    readers = [asyncio.create_task(shedding(_scope(), receive, never_read)) for _ in range(6)]
    await asyncio.sleep(0.01)
    assert shedding.in_flight == 0
    assert (await _call(shedding))[0] == 200  # an ordinary client is served
    stuck.set()
    await asyncio.gather(*readers)
    assert shedding.in_flight == 0 and shedding.shed == 0


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_that_drains_within_the_interval_is_never_a_standing_queue() -> None:
    clock = _Clock()
    queue = Sojourn(0.05, interval=0.1, clock=clock)
    assert queue.note(0.2)  # the first late one opens the interval
    clock.now += 0.09
    assert queue.note(0.2)  # still within it: a burst
    assert queue.note(0.01)  # one in time: the burst drained
    clock.now += 0.5
    assert queue.note(0.2) and not queue.standing  # a new interval, not the old one


def test_late_for_a_whole_interval_is_a_standing_queue_until_one_is_in_time() -> None:
    clock = _Clock()
    queue = Sojourn(0.05, interval=0.1, clock=clock)
    assert queue.note(0.2)
    clock.now += 0.1
    assert not queue.note(0.2) and queue.standing
    clock.now += 5.0
    assert not queue.note(0.06)  # still standing, however long ago it began
    assert queue.note(0.05) and not queue.standing


def test_one_slow_answer_marks_the_process_behind_for_the_hold() -> None:
    clock = _Clock()
    answers = SlowAnswers(0.25, hold=1.0, clock=clock)
    answers.note(0.1)
    assert not answers.slow
    answers.note(0.3)
    clock.now += 0.99
    assert answers.slow
    answers.note(0.01)  # fast ones do not clear it: the tail is what is bounded
    clock.now += 0.02
    assert not answers.slow


def test_behind_the_throughput_cap_loses_its_floor() -> None:
    clock = _Clock()
    shedding = LoadShedding(
        _held_app(asyncio.Event()), max_in_flight=256, max_wait_s=0.25, clock=clock
    )
    shedding.throughput.per_second = 100.0
    assert shedding.cap() == MIN_CAP  # 25 would be refused a burst from idle
    assert shedding.answering is not None
    shedding.answering.note(0.4)
    assert shedding.behind() and shedding.cap() == 25  # 0.25 s of what it finishes
    shedding.throughput.per_second = 1.0
    assert shedding.cap() == MIN_CAP_BEHIND
    clock.now += 1.1
    assert shedding.cap() == MIN_CAP


async def test_requests_that_waited_past_the_bound_for_an_interval_are_refused() -> None:
    """The stamp of arrival (`serve`'s protocol) against the clock at the middleware."""
    clock = _Clock()
    release = asyncio.Event()
    release.set()
    shedding = LoadShedding(
        _held_app(release), max_in_flight=256, max_wait_s=0.25, max_queue_s=0.05, clock=clock
    )

    async def arriving(waited: float) -> int:
        sent: list[Message] = []

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: Message) -> None:
            sent.append(message)

        await shedding({**_scope(), ARRIVED: clock.now - waited}, receive, send)
        if sent[0]["status"] == 503:
            assert dict(sent[0]["headers"])[b"retry-after"] == b"1"
        return int(sent[0]["status"])

    assert await arriving(0.3) == 200  # a burst, so far
    clock.now += 0.1
    assert await arriving(0.3) == 503  # late for the whole interval: standing
    assert shedding.behind()
    assert await arriving(0.01) == 200  # in time: admitted, and the queue is gone
    assert await arriving(0.3) == 200
    assert shedding.shed == 1
    clock.now += 0.1
    assert await arriving(0.3) == 503
    # Without a stamp (h11, a test client) there is nothing to judge by.
    assert (await _call(shedding))[0] == 200
