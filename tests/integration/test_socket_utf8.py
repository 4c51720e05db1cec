"""A text frame that is not UTF-8: the socket is closed with 1007 (RFC 6455), the room
and the other side carry on, and the server logs one warning line, not an error with a
traceback that any client could repeat at will."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from server.logs import quiet_client_faults
from tests.conftest import Api, make_settings
from tests.live_helpers import browser_url, live_server, ticket


class Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


async def closed_with(ws: ClientConnection) -> int | None:
    with contextlib.suppress(ConnectionClosed):
        while True:
            await ws.recv()
    return ws.close_code


async def test_a_text_frame_that_is_not_utf8_closes_1007_with_one_warning(
    database_url: str,
) -> None:
    quiet_client_faults()
    kept = Kept()
    async with live_server(make_settings(database_url)) as server:
        # After the server's start, which configures uvicorn's loggers afresh.
        logging.getLogger("uvicorn.error").addHandler(kept)
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        customer = await api.register("customer", language="hi")
        product = await api.product(vendor["token"], names={"en": "Tomato"})
        n = (await api.open(customer["token"], product["id"], quantity=1))["id"]
        url = browser_url(server, n, await ticket(server, customer["token"], n))
        async with connect(url) as ws:
            await ws.send('{"type":"hello","language":"hi","sample_rate":16000}')
            await ws.recv()
            await ws.send(b'{"type":"text","text":"\xff\xfe"}', text=True)
            assert await closed_with(ws) == 1007
        # The server still serves, and a new socket to the same room works.
        url = browser_url(server, n, await ticket(server, customer["token"], n))
        async with connect(url) as ws:
            await ws.send('{"type":"hello","language":"hi","sample_rate":16000}')
            seen = [json.loads(await asyncio.wait_for(ws.recv(), 10)) for _ in range(2)]
            assert "snapshot" in [e["type"] for e in seen]
        logging.getLogger("uvicorn.error").removeHandler(kept)
    said = [r for r in kept.records if "UTF-8" in r.getMessage()]
    assert len(said) == 1, [r.getMessage() for r in kept.records]
    assert said[0].levelno == logging.WARNING
    assert said[0].exc_info is None and said[0].exc_text is None
    assert "1007" in said[0].getMessage()
