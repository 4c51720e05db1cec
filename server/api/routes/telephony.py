"""Twilio's webhooks: call set-up (`voice`, answered with TwiML) and call status. Both are
verified with `X-Twilio-Signature` against the URL Twilio requested before anything is
read from them."""

from __future__ import annotations

import logging
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.datastructures import ImmutableMultiDict

from server.api.deps import SessionDep
from server.api.error_docs import error_responses
from server.api.errors import error_body
from server.domain import telephony as domain
from server.live.tickets import TicketClaims
from server.live.transports.admission import UNAVAILABLE
from server.settings import Settings
from server.telephony import twiml

log = logging.getLogger("vyaparmitra.telephony")

router = APIRouter(tags=["telephony"])

_TWIML_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"content": {twiml.TWIML: {}}, "description": "TwiML for the call."},
    **error_responses(400, 403, 503),
}


class StatusOut(BaseModel):
    status: Literal["recorded", "duplicate"]


def _refused(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status)


async def _verified(
    request: Request, signature: str | None
) -> ImmutableMultiDict[str, str] | JSONResponse:
    """The webhook's parameters once its signature holds; else the refusal to send."""
    settings: Settings = request.app.state.settings
    token = settings.twilio_auth_token
    if token is None:
        return JSONResponse(
            error_body(
                "telephony_not_configured",
                "Twilio is not configured here (VYAPAR_TWILIO_AUTH_TOKEN).",
                retry_after=settings.unavailable_retry_after_seconds,
            ),
            status_code=503,
            headers={"Retry-After": str(settings.unavailable_retry_after_seconds)},
        )
    params = twiml.form(await request.body())
    url = twiml.signed_url(request, settings)
    if not twiml.valid_signature(token.get_secret_value(), url, params, signature):
        log.warning("twilio webhook refused: bad signature", extra={"path": request.url.path})
        return _refused(
            403,
            "bad_signature",
            "X-Twilio-Signature is missing or does not match this request "
            "(is VYAPAR_TWILIO_WEBHOOK_BASE_URL the URL configured on the number?).",
        )
    if any(_control(name) or _control(value) for name, value in params.multi_items()):
        # Twilio never sends these; a database text column cannot hold a NUL.
        return _refused(400, "invalid_webhook", "A webhook parameter holds a control character.")
    account = settings.twilio_account_sid
    if account is not None and params.get("AccountSid") != account:
        return _refused(403, "wrong_account", "That call belongs to another Twilio account.")
    if not params.get("CallSid"):
        return _refused(400, "invalid_webhook", "A Twilio webhook names its CallSid.")
    return params


def _control(text: str) -> bool:
    return any((ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127 for c in text)


def _twiml(body: str) -> Response:
    return Response(body, media_type=twiml.TWIML)


@router.post(twiml.VOICE_PATH, responses=_TWIML_RESPONSES, response_class=Response)
async def twilio_voice(
    request: Request,
    session: SessionDep,
    x_twilio_signature: Annotated[str | None, Header()] = None,
) -> Response:
    """A call to (or from) the stall line. The vendor is the caller (`From`; `To` on a call
    we placed), matched against registered phone numbers; the answer is TwiML that connects
    the call's audio to `/ws/telephony/twilio`, with a single-use ticket for this call as a
    `<Parameter>`. An unknown or deactivated caller hears why (English, Hindi) and the call
    ends; so does every caller while the database or Redis is unreachable."""
    params = await _verified(request, x_twilio_signature)
    if isinstance(params, Response):
        return params
    settings: Settings = request.app.state.settings
    call_sid = params["CallSid"]
    outbound = params.get("Direction", "").startswith("outbound")
    number = params.get("To" if outbound else "From", "")
    try:
        async with session.begin():
            vendor = await domain.vendor_calling(session, number)
        if vendor is None:
            log.info("call from an unknown number", extra={"call": call_sid})
            return _twiml(twiml.say_and_hang_up(twiml.UNKNOWN_CALLER))
        if not vendor.is_active:
            log.info("call from a deactivated vendor", extra={"call": call_sid})
            return _twiml(twiml.say_and_hang_up(twiml.INACTIVE_VENDOR))
        ticket = await request.app.state.tickets.issue(
            TicketClaims(
                vendor.id,
                vendor.role.value,
                None,
                token_version=vendor.token_version,
                call_sid=call_sid,
            ),
            settings.ws_ticket_ttl_seconds,
        )
    except UNAVAILABLE as exc:
        # A 5xx would make Twilio play its own "application error"; the caller is told.
        log.warning("stall line unavailable for a call", extra={"error": type(exc).__name__})
        return _twiml(twiml.say_and_hang_up(twiml.UNAVAILABLE))
    log.info("call connected to the stall line", extra={"call": call_sid, "vendor": vendor.id})
    return _twiml(twiml.connect_stream(settings, {"ticket": ticket}))


@router.post(
    "/api/telephony/twilio/status",
    response_model=StatusOut,
    responses=error_responses(400, 403, 503),
)
async def twilio_status(
    request: Request,
    session: SessionDep,
    x_twilio_signature: Annotated[str | None, Header()] = None,
) -> StatusOut | Response:
    """A call's status callback (`initiated`, `ringing`, `in-progress`, `completed`, `busy`,
    `no-answer`, `failed`, `canceled`), stored once per call and status: a callback sent
    again is answered `duplicate` and changes nothing."""
    params = await _verified(request, x_twilio_signature)
    if isinstance(params, Response):
        return params
    status = params.get("CallStatus", "")
    if not status or len(status) > 24:
        return _refused(400, "invalid_webhook", "A status callback names its CallStatus.")
    outbound = params.get("Direction", "").startswith("outbound")
    async with session.begin():
        vendor = await domain.vendor_calling(session, params.get("To" if outbound else "From", ""))
        recorded = await domain.record_call_event(
            session,
            provider="twilio",
            call_sid=params["CallSid"][:64],
            status=status,
            vendor_id=vendor.id if vendor is not None else None,
            from_number=params.get("From", "")[:32] or None,
            to_number=params.get("To", "")[:32] or None,
            direction=params.get("Direction", "")[:24] or None,
            duration_seconds=_integer(params.get("CallDuration")),
            sequence_number=_integer(params.get("SequenceNumber")),
        )
    return StatusOut(status="recorded" if recorded else "duplicate")


def _integer(value: str | None) -> int | None:
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 9:
        return None
    return int(value)
