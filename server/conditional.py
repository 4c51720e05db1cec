"""Conditional GETs for the API's JSON: a weak `ETag` on every 200, and `304 Not
Modified` (no body) when the client already holds it (`If-None-Match`).

The vendor console polls its lists every few seconds on phones with prepaid data; most
polls find nothing new. With `Cache-Control: private, no-cache` the browser keeps the
answer and asks again with its ETag, and `fetch` hands the page the kept body on a 304,
so the pages need no change. The ETag is a hash of the body as the route made it (it
costs the route's work, not the bytes), weak because the same body gzipped is the same
answer; `Vary: Authorization` since two accounts on one browser see different lists.
"""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BUFFERED = 4 * 1024 * 1024
"""Bodies larger than this pass as they are (no API list comes near it)."""


class ConditionalGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith("/api/")
        ):
            await self.app(scope, receive, send)
            return
        held = Headers(scope=scope).get("if-none-match", "")
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        passing = False

        async def hold(message: Message) -> None:
            nonlocal start, size, passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                headers = Headers(raw=message["headers"])
                if message["status"] != 200 or not headers.get("content-type", "").startswith(
                    "application/json"
                ):
                    passing = True
                    await send(message)
                    return
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > MAX_BUFFERED:
                passing = True
                await send(start)
                await send(
                    {
                        "type": "http.response.body",
                        "body": b"".join(chunks),
                        "more_body": message.get("more_body", False),
                    }
                )
                return
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            tag = 'W/"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
            headers = MutableHeaders(raw=list(start["headers"]))
            headers["ETag"] = tag
            headers.setdefault("Cache-Control", "private, no-cache")
            headers.add_vary_header("Authorization")
            if tag in (t.strip() for t in held.split(",")):
                for name in ("content-length", "content-type"):
                    del headers[name]
                await send({"type": "http.response.start", "status": 304, "headers": headers.raw})
                await send({"type": "http.response.body", "body": b""})
                return
            await send({**start, "headers": headers.raw})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, hold)


class GzipReads:
    """Gzip for what clients read (GET): the console's lists, the pages' string tables and
    scripts. Writes (a bid, a webhook) pass untouched, so the hot paths pay nothing;
    answers under `minimum_size` and pictures or audio are never compressed."""

    def __init__(self, app: ASGIApp, minimum_size: int = 1024, compresslevel: int = 6) -> None:
        from starlette.middleware.gzip import GZipMiddleware

        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size, compresslevel=compresslevel)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)
