"""Register, log in, and who am I."""

from __future__ import annotations

import time

from fastapi import APIRouter, Request

from models import Role, User
from server.api.deps import (
    AnonymousActor,
    CurrentActor,
    PasswordsDep,
    SessionDep,
    SettingsDep,
    TokensDep,
    bearer_token,
    rate_limit,
)
from server.api.error_docs import error_responses
from server.api.errors import RateLimited
from server.api.schemas import AuthOut, LoginIn, RegisterIn, TokenOut, UserOut
from server.domain import accounts
from server.domain.errors import Forbidden, InvalidCredentials
from server.ratelimit import RateLimiter
from server.revocation import Standing, refusal
from server.security import AccountDeactivated, SignInTooOld

router = APIRouter(tags=["auth"])


@router.post(
    "/api/auth/register",
    status_code=201,
    response_model=AuthOut,
    dependencies=[rate_limit("auth")],
    responses=error_responses(409),
)
async def register(
    body: RegisterIn,
    session: SessionDep,
    actor: AnonymousActor,
    settings: SettingsDep,
    tokens: TokensDep,
    passwords: PasswordsDep,
) -> AuthOut:
    password_hash = await passwords.hash(body.password)
    async with session.begin():
        user = await accounts.register_user(
            session,
            actor,
            name=body.name,
            role=Role(body.role),
            password_hash=password_hash,
            phone=body.phone,
            email=body.email,
            language=body.language,
            business_name=body.business_name,
        )
    token = tokens.issue(user.id, user.role, settings.token_ttl_seconds, version=user.token_version)
    return AuthOut(user=UserOut.of(user), token=token)


def _account(body: LoginIn) -> str:
    """The account a sign-in names, one key however its phone or email is written."""
    if body.phone:
        return "phone:" + accounts.canonical_phone(body.phone)
    return "email:" + accounts.canonical_email(body.email or "")


@router.post("/api/auth/login", response_model=TokenOut, dependencies=[rate_limit("auth")])
async def login(
    body: LoginIn,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    tokens: TokensDep,
    passwords: PasswordsDep,
) -> TokenOut:
    """A password sign-in. Limited per client address (`rate_limit_auth`) and per account
    from any address (`rate_limit_sign_ins`), before the password is checked."""
    limiter: RateLimiter = request.app.state.limiter
    verdict = await limiter.hit_scoped("sign_ins", _account(body))
    if not verdict.allowed:
        raise RateLimited("sign_ins", verdict.retry_after)
    async with session.begin():
        user = await accounts.find_for_login(session, phone=body.phone, email=body.email)
    ok = await passwords.verify(user.password_hash if user else None, body.password)
    if user is None or not ok:
        raise InvalidCredentials("That phone/email and password do not match an account.")
    if not user.is_active:  # the password was right: saying so leaks nothing
        raise AccountDeactivated("This account has been deactivated; ask the market office.")
    return TokenOut(
        token=tokens.issue(
            user.id, user.role, settings.token_ttl_seconds, version=user.token_version
        ),
        expires_in=settings.token_ttl_seconds,
    )


@router.post(
    "/api/auth/renew",
    response_model=TokenOut,
    dependencies=[rate_limit("general")],
    responses=error_responses(401, 403),
)
async def renew(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    tokens: TokensDep,
    actor: CurrentActor,
) -> TokenOut:
    """A vendor's or customer's sign-in, renewed before it lapses: the token sent, still
    valid, buys a new one for `VYAPAR_TOKEN_TTL_SECONDS` (no password asked), so an open
    console carries on past its token's lapse. The account is read afresh, as `/api/me`
    reads it: deactivated (`401 account_deactivated`) or its password changed since
    (`401 session_revoked`) renews nothing. A sign-in renews for at most
    `VYAPAR_SIGN_IN_MAX_SECONDS` from the password login it began with: the new token
    lapses then at the latest, and one whose token already lasts that long is
    `401 sign_in_too_old` (log in again). A lapsed token renews nothing (`401`); a QR
    guest's sign-in renews at `POST /api/guest/renew` (`403`)."""
    assert actor.user_id is not None
    if actor.role is Role.GUEST:
        raise Forbidden("A QR guest's sign-in renews at POST /api/guest/renew.")
    token = bearer_token(request)
    assert token is not None  # CurrentActor read it
    claims = tokens.verify(token)
    async with session.begin():
        user = await session.get(User, actor.user_id)
    standing = None if user is None else Standing(user.is_active, user.token_version, user.role)
    problem = refusal(standing, claims.version, actor.role)
    if problem is not None:
        raise problem
    assert user is not None
    now = int(time.time())
    ends = claims.signed_in_at + settings.sign_in_max_seconds
    if ends <= claims.expires_at:  # this token already lasts as long as the sign-in may
        raise SignInTooOld(
            "This sign-in cannot be renewed any more (it began too long ago); log in again."
        )
    ttl = min(settings.token_ttl_seconds, ends - now)
    return TokenOut(
        token=tokens.issue(
            user.id, user.role, ttl, version=user.token_version, signed_in_at=claims.signed_in_at
        ),
        expires_in=ttl,
    )


@router.get(
    "/api/me",
    response_model=UserOut,
    dependencies=[rate_limit("general")],
)
async def me(request: Request, session: SessionDep, actor: CurrentActor) -> UserOut:
    """Who the token belongs to, from the database: an account deactivated since is
    `401 account_deactivated`, and a token from before a password change (or another
    revocation) `401 session_revoked`, at once, even within the account cache's few
    seconds, as `POST /api/ws-ticket` refuses."""
    assert actor.user_id is not None
    async with session.begin():
        user = await session.get(User, actor.user_id)
    standing = None if user is None else Standing(user.is_active, user.token_version, user.role)
    problem = refusal(standing, getattr(request.state, "token_version", None), actor.role)
    if problem is not None:
        raise problem
    assert user is not None
    return UserOut.of(user)
