"""HTTP methods as clients expect them: HEAD wherever GET is, an `Allow` header that names
every method a path takes, and redirects that never point at the Host a request named.

FastAPI's routes take HEAD only where a route says so, and Starlette answers 405 with the
methods of the *first* route whose path matches (`GET /api/negotiations/{id}/bids` hides
its POST twin; `DELETE /api/qr/{token}` matches `<token>.png` before the PNG's GET does).
Its trailing-slash redirect is an absolute URL built from the request's Host header, so
`Host: evil.example` sent the browser to evil.example.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.routing import BaseRoute, Match, Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_METHODS = ("DELETE", "GET", "PATCH", "POST", "PUT")


def allowed_methods(routes: list[BaseRoute], scope: Scope) -> str:
    """The `Allow` value for the path of `scope`: every method some route takes there in
    full (HEAD beside GET), sorted. Each method is tried against the routes as the router
    would, so routes nested in included routers count too; static files (a mount that
    matches any method) take GET. A scope seen inside a mount is matched from the app's
    own root, as the router saw it."""
    scope = {**scope, "root_path": scope.get("app_root_path", "")}
    methods = set()
    for route in routes:
        if isinstance(route, Mount) and isinstance(route.app, StaticFiles):
            if route.matches(scope)[0] is Match.FULL:
                methods.add("GET")
            continue
        methods.update(
            method
            for method in _METHODS
            if route.matches({**scope, "method": method})[0] is Match.FULL
        )
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


class HeadAsGet:
    """Answer HEAD as GET would, without the body (the headers, `Content-Length`
    included, are GET's)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class NoHostInRedirects:
    """A redirect to the request's own scheme and Host (what Starlette builds from the
    Host header) is sent as a path, so a forged Host never becomes a `Location`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def relative(message: Message) -> None:
            if message["type"] == "http.response.start" and 300 <= message["status"] < 400:
                relative_location(scope, message)
            await send(message)

        await self.app(scope, receive, relative)


def relative_location(scope: Scope, start: Message) -> None:
    """Make the `Location` of a redirect's `http.response.start` a path when it names the
    request's own scheme and Host (what Starlette builds from the Host header)."""
    # The request's headers are read only for a redirect, not on every response.
    host = Headers(scope=scope).get("host", "").lower()
    own = (str(scope.get("scheme", "http")), host)
    headers = MutableHeaders(scope=start)
    target = urlsplit(headers.get("location", ""))
    if target.netloc and (target.scheme, target.netloc.lower()) == own:
        # One leading slash: "//evil.example" would name another host.
        path = "/" + target.path.lstrip("/")
        headers["location"] = urlunsplit(("", "", path, target.query, target.fragment))
