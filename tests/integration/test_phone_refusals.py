"""A phone leg is refused in its own protocol: a carrier's media stream (Twilio's, Exotel's)
has no `error` event, so every refusal is the close alone, its code saying which and its
reason naming the error; never a browser's JSON `error` frame the carrier cannot read.
Over real sockets, against a real server."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from tests.conftest import Api, make_settings
from tests.fakes import FakeSTT
from tests.live_helpers import (
    LiveServer,
    Received,
    live_server,
    open_browser,
    open_twilio,
    reader,
    speaking,
    stream_twilio,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    settings = make_settings(database_url, ws_start_seconds=1, ws_max_frames_per_second=50)
    async with live_server(settings, stt=FakeSTT(), tts=speaking()) as s:
        yield s


def only_its_protocol(got: Received) -> None:
    """Nothing but the carrier's own messages came back (none at all, before a start)."""
    assert got.events == [], got.events
    assert all(m.get("event") in ("media", "mark", "clear") for m in got.twilio), got.twilio


async def closed(got: Received, task: asyncio.Task[None]) -> tuple[int | None, str]:
    await asyncio.wait_for(task, timeout=15)
    assert got.closed is not None
    return got.closed


async def test_refusals_of_a_twilio_stream_are_closes_that_name_the_error(
    server: LiveServer,
) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"])
    n = (await api.open(customer["token"], product["id"]))["id"]
    good = {"token": vendor["token"], "negotiation_id": str(n)}
    cases = [
        ({"token": "not-a-token", "negotiation_id": str(n)}, 4401, "bad_credentials"),
        ({**good, "language": "xx"}, 1008, "unsupported_language"),
        ({**good, "negotiation_id": str(n + 1000)}, 4404, "not_found"),
        ({"token": customer["token"], "negotiation_id": str(n)}, 4403, "forbidden"),
    ]
    for params, code, error in cases:
        _, got, task, _ = await open_twilio(server, params)
        close_code, reason = await closed(got, task)
        assert (close_code, reason.split(":")[0]) == (code, error), (params, reason)
        only_its_protocol(got)

    # No start in time.
    ws = await connect(f"{server.ws_url}/ws/telephony/twilio")
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    await ws.send(json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"}))
    close_code, reason = await closed(got, task)
    assert (close_code, reason.split(":")[0]) == (4408, "start_timeout")
    only_its_protocol(got)

    # A binary frame.
    ws = await connect(f"{server.ws_url}/ws/telephony/twilio")
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    await ws.send(b"\x00" * 160)
    close_code, reason = await closed(got, task)
    assert (close_code, reason.split(":")[0]) == (1003, "binary")
    only_its_protocol(got)


async def test_a_flooded_phone_leg_is_closed_without_a_frame_it_cannot_read(
    server: LiveServer,
) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"])
    n = (await api.open(customer["token"], product["id"]))["id"]
    c = await open_browser(server, n, customer["token"], language="en")
    pws, pgot, ptask, sid = await open_twilio(
        server, {"token": vendor["token"], "negotiation_id": str(n)}
    )
    await wait_for(
        lambda: any(e["side"] == "vendor" for e in c[1].of("presence")), what="the phone leg"
    )
    with contextlib.suppress(ConnectionClosed):
        await stream_twilio(pws, sid, b"\xff" * 160 * 400, realtime=False)
    assert await closed(pgot, ptask) == (1008, "flood: too many frames")
    only_its_protocol(pgot)
    await c[0].close()
    await c[2]


async def test_an_exotel_stream_is_refused_by_its_close_alone(server: LiveServer) -> None:
    ws = await connect(f"{server.ws_url}/ws/telephony/exotel")
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    await ws.send(json.dumps({"event": "connected"}))
    await ws.send(
        json.dumps(
            {
                "event": "start",
                "sequence_number": "1",
                "stream_sid": "stream-1",
                "start": {
                    "stream_sid": "stream-1",
                    "call_sid": "call-1",
                    "account_sid": "acct",
                    "from": "+910000000000",
                    "to": "+910000000001",
                    "custom_parameters": {"token": "nope", "negotiation_id": "1"},
                    "media_format": {
                        "encoding": "audio/x-raw",
                        "sample_rate": "8000",
                        "bit_rate": "16",
                    },
                },
            }
        )
    )
    close_code, reason = await closed(got, task)
    assert (close_code, reason.split(":")[0]) == (4401, "bad_credentials")
    only_its_protocol(got)
