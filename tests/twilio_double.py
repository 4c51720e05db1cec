"""Twilio's part of a phone call, played against a server as Twilio documents it: the
voice webhook (form parameters, `X-Twilio-Signature` made with the official SDK's
`RequestValidator`), the TwiML it answers, the Media Stream that TwiML asks for (the
`<Parameter>`s handed over as `start.customParameters`), and the status callbacks.

Twilio calls the URL configured on the number, a public one (`https://stall.example.in`)
in front of the server; like that proxy, the double signs the public URL and sends the
request to the server's own address."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import socket
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from twilio.request_validator import RequestValidator
from websockets.asyncio.client import ClientConnection, connect

from server.telephony import twiml
from tests.live_helpers import Received, reader

ACCOUNT_SID = "AC" + "0a" * 16
STALL_NUMBER = "+918000000000"
"""The Twilio number of the stall line (`To` of a vendor's call)."""


def sid(prefix: str) -> str:
    return prefix + secrets.token_hex(16)


@dataclass
class Answer:
    """What the voice webhook answered: the status, and the TwiML read."""

    status: int
    body: str
    said: list[tuple[str, str]] = field(default_factory=list)
    """(language, text) of each `<Say>`."""
    hangup: bool = False
    stream_url: str | None = None
    parameters: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Call:
    call_sid: str
    caller: str
    answer: Answer
    stream_sid: str = field(default_factory=lambda: sid("MZ"))


class TwilioDouble:
    def __init__(
        self,
        http: httpx.AsyncClient,
        ws_url: str,
        *,
        auth_token: str,
        public_base: str = "https://stall.example.in",
        account_sid: str = ACCOUNT_SID,
    ) -> None:
        self.http = http
        self.ws_url = ws_url
        self.validator = RequestValidator(auth_token)
        self.public_base = public_base
        self.account_sid = account_sid
        self.sequence = 0

    def signed(self, path: str, params: dict[str, str]) -> dict[str, str]:
        """The `X-Twilio-Signature` header Twilio sends with this request."""
        return {
            "X-Twilio-Signature": self.validator.compute_signature(self.public_base + path, params)
        }

    async def post(
        self, path: str, params: dict[str, str], headers: dict[str, str] | None = None
    ) -> httpx.Response:
        return await self.http.post(
            path,
            data=params,
            headers=self.signed(path, params) if headers is None else headers,
        )

    def voice_params(self, caller: str, call_sid: str, **extra: str) -> dict[str, str]:
        return {
            "CallSid": call_sid,
            "AccountSid": self.account_sid,
            "From": caller,
            "To": STALL_NUMBER,
            "Caller": caller,
            "Called": STALL_NUMBER,
            "CallStatus": "ringing",
            "ApiVersion": "2010-04-01",
            "Direction": "inbound",
            "FromCountry": "IN",
            "ToCountry": "IN",
            **extra,
        }

    async def call(
        self,
        caller: str,
        *,
        headers: dict[str, str] | None = None,
        call_sid: str | None = None,
        **extra: str,
    ) -> Call:
        """A call from `caller` to the stall number (or, with `Direction=outbound-api` and
        `To`, one placed through the REST API): the voice webhook and its answer."""
        call_sid = call_sid or sid("CA")
        r = await self.post(
            "/api/telephony/twilio/voice", self.voice_params(caller, call_sid, **extra), headers
        )
        return Call(call_sid, caller, read_twiml(r))

    async def status(self, call: Call, status: str, **extra: str) -> httpx.Response:
        self.sequence += 1
        params = {
            "CallSid": call.call_sid,
            "AccountSid": self.account_sid,
            "From": call.caller,
            "To": STALL_NUMBER,
            "CallStatus": status,
            "ApiVersion": "2010-04-01",
            "Direction": "inbound",
            "CallbackSource": "call-progress-events",
            "SequenceNumber": str(self.sequence),
            **extra,
        }
        return await self.post("/api/telephony/twilio/status", params)

    async def open_stream(
        self, call: Call, parameters: dict[str, str] | None = None
    ) -> tuple[ClientConnection, Received, asyncio.Task[None]]:
        """Open the Media Stream the TwiML asked for (at the server's address, as the proxy
        would pass it on): `connected`, then `start` with the `<Parameter>`s."""
        url = call.answer.stream_url
        assert url is not None, call.answer.body
        public_ws = "wss" + self.public_base.removeprefix("https")
        assert url.startswith(public_ws + "/"), url
        ws = await connect(self.ws_url + url.removeprefix(public_ws), max_size=2**22)
        await ws.send(json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"}))
        start = {
            "accountSid": self.account_sid,
            "streamSid": call.stream_sid,
            "callSid": call.call_sid,
            "tracks": ["inbound"],
            "customParameters": call.answer.parameters if parameters is None else parameters,
            "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
        }
        await ws.send(
            json.dumps(
                {
                    "event": "start",
                    "sequenceNumber": "1",
                    "streamSid": call.stream_sid,
                    "start": start,
                }
            )
        )
        got = Received()
        task = asyncio.create_task(reader(ws, got))
        return ws, got, task


def read_twiml(r: httpx.Response) -> Answer:
    answer = Answer(r.status_code, r.text)
    if r.status_code != 200 or not r.headers.get("content-type", "").startswith("application/xml"):
        return answer
    root = ET.fromstring(r.text)  # noqa: S314 - our own server's TwiML, in a test
    assert root.tag == "Response", r.text
    for verb in root:
        if verb.tag == "Say":
            answer.said.append((verb.get("language", ""), verb.text or ""))
        elif verb.tag == "Hangup":
            answer.hangup = True
        elif verb.tag == "Connect":
            stream = verb.find("Stream")
            assert stream is not None, r.text
            answer.stream_url = stream.get("url")
            answer.parameters = {
                p.get("name", ""): p.get("value", "") for p in stream.findall("Parameter")
            }
    return answer


class TwilioRestDouble:
    """Twilio's REST API for calls, on loopback: `POST /2010-04-01/Accounts/{sid}/Calls.json`
    with HTTP basic auth (account sid, auth token) and the documented form parameters;
    answers 201 with the call resource (status `queued`), 401 with Twilio's error body for
    wrong credentials, 400 for a call without `To`, `From` or `Url`. Keeps each call."""

    def __init__(self, *, auth_token: str, account_sid: str = ACCOUNT_SID) -> None:
        self.auth_token = auth_token
        self.account_sid = account_sid
        self.calls: list[dict[str, Any]] = []
        self.base_url = ""

    def app(self) -> Any:
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import JSONResponse
        from starlette.routing import Route

        async def create_call(request: Request) -> JSONResponse:
            account = request.path_params["account"]
            if request.headers.get("authorization") != basic(account, self.auth_token) or (
                account != self.account_sid
            ):
                return error(401, 20003, "Authenticate")
            form = twiml.form(await request.body())
            params = dict(form.items())
            if not all(params.get(k) for k in ("To", "From", "Url")):
                return error(400, 21201, "To, From and Url are required")
            call = {
                "sid": sid("CA"),
                "account_sid": account,
                "to": params["To"],
                "from": params["From"],
                "status": "queued",
                "direction": "outbound-api",
                "api_version": "2010-04-01",
                "uri": f"/2010-04-01/Accounts/{account}/Calls/.json",
                "params": params,
                "status_callback_event": form.getlist("StatusCallbackEvent"),
            }
            self.calls.append(call)
            return JSONResponse(call, status_code=201)

        return Starlette(
            routes=[
                Route("/2010-04-01/Accounts/{account}/Calls.json", create_call, methods=["POST"])
            ]
        )


def basic(user: str, password: str) -> str:
    import base64

    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def error(status: int, code: int, message: str) -> Any:
    from starlette.responses import JSONResponse

    body = {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }
    return JSONResponse(body, status_code=status)


@contextlib.asynccontextmanager
async def rest_double(auth_token: str) -> AsyncIterator[TwilioRestDouble]:
    """A `TwilioRestDouble` served on a loopback port (`base_url`)."""
    double = TwilioRestDouble(auth_token=auth_token)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    double.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(
        uvicorn.Config(double.app(), log_level="warning", access_log=False, lifespan="off")
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.02)
        yield double
    finally:
        server.should_exit = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, timeout=10)
        sock.close()
