"""Passwords (Argon2id) and signed, expiring bearer tokens (JWT, HS256)."""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass

import anyio.to_thread
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models import Role

ALGORITHM = "HS256"
_JWS = jwt.PyJWS()
_USER_ID = re.compile(r"[1-9][0-9]{0,18}")


class TokenError(Exception):
    """The bearer token is missing, malformed, forged or expired."""

    code = "unauthorized"


class SessionRevoked(TokenError):
    """The token was signed before its user's password changed (or the account was
    deactivated and activated again): that sign-in is over."""

    code = "session_revoked"


class SignInTooOld(TokenError):
    """The sign-in began (a password login) longer ago than renewals may carry it
    (`VYAPAR_SIGN_IN_MAX_SECONDS`): only a log-in signs its user in again."""

    code = "sign_in_too_old"


class SigningKeyRetired(TokenError):
    """The token was signed with a key this server no longer holds: `VYAPAR_SECRET_KEY`
    was rotated and the old key has since left `VYAPAR_SECRET_KEY_PREVIOUS`."""

    code = "token_key_retired"


class AccountDeactivated(TokenError):
    """The token's user no longer exists or has been deactivated."""

    code = "account_deactivated"


@dataclass(frozen=True, slots=True)
class TokenClaims:
    user_id: int
    role: Role
    expires_at: int
    version: int = 0
    """The user's token version when it was signed (tokens from before versions: 0)."""
    signed_in_at: int = 0
    """When its user last gave their password (`auth_time`, kept through renewals;
    a token from before the claim: when it was issued)."""


class Passwords:
    """Argon2id hashing, always off the event loop (a hash costs tens of milliseconds)."""

    def __init__(self, *, time_cost: int, memory_kib: int) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1)
        # Verifying against this when the user is unknown keeps login timing uniform.
        self._dummy = self._hasher.hash(secrets.token_hex(16))

    async def hash(self, password: str) -> str:
        return await anyio.to_thread.run_sync(self._hasher.hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        def _verify() -> bool:
            try:
                return self._hasher.verify(password_hash or self._dummy, password)
            except (VerificationError, InvalidHashError):
                return False

        ok = await anyio.to_thread.run_sync(_verify)
        return ok and password_hash is not None


class Tokens:
    VERIFIED_CACHE = 4096
    """Tokens whose signature and claims were checked, kept with their claims: a client
    sends the same token on every request, and checking it again (base64, JSON, HMAC)
    cost more than anything else the API does before its first query. Only the expiry
    is checked again on a hit; revocation is the account gate's, as before."""

    def __init__(self, secret: str, previous: tuple[str, ...] = ()) -> None:
        """Tokens are signed with `secret` and verified against it, then against each
        of `previous` (the keys of a rotation still under way): a token names the key
        that signed it (`kid`, a digest of the key), so one from a key no longer held is
        told apart from a forgery (401 `token_key_retired`)."""
        self._secret = secret
        self._kid = key_id(secret)
        self._keys = {key_id(key): key for key in (secret, *previous)}
        self._verified: dict[str, TokenClaims] = {}

    def issue(
        self,
        user_id: int,
        role: Role,
        ttl_seconds: int,
        *,
        version: int = 0,
        signed_in_at: int | None = None,
    ) -> str:
        """A token for `ttl_seconds`; `signed_in_at` carries a renewed sign-in's password
        login forward (None: signed in now)."""
        now = int(time.time())
        claims = {
            "sub": str(user_id),
            "role": role.value,
            "ver": version,
            "iat": now,
            "auth_time": now if signed_in_at is None else signed_in_at,
            "exp": now + ttl_seconds,
            "jti": secrets.token_urlsafe(12),
            "typ": "access",
        }
        return jwt.encode(claims, self._secret, algorithm=ALGORITHM, headers={"kid": self._kid})

    def verify(self, token: str) -> TokenClaims:
        claims = self._verified.get(token)
        if claims is not None and time.time() < claims.expires_at:
            return claims
        claims = self._verify(token)
        if len(self._verified) >= self.VERIFIED_CACHE:
            # The oldest entry goes (insertion order): a bound, not a recency policy.
            self._verified.pop(next(iter(self._verified)))
        self._verified[token] = claims
        return claims

    def verify_lapsed(self, token: str, grace_seconds: int) -> TokenClaims:
        """A token's claims even when it expired up to `grace_seconds` ago (a guest's
        sign-in renewed by `POST /api/guest/renew`); forged, retired-key or older tokens
        are refused as `verify` refuses them. Never cached."""
        return self._verify(token, leeway=grace_seconds)

    def _key_for(self, token: str) -> str:
        """The key to check `token` with: the one its `kid` names, or (a token signed
        before tokens named their key) the first held key whose signature it bears."""
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.PyJWTError as exc:
            raise TokenError("The bearer token is not valid; log in again.") from exc
        if kid is None:
            for key in self._keys.values():
                try:
                    _JWS.decode_complete(token, key, algorithms=[ALGORITHM])
                except jwt.PyJWTError:
                    continue
                return key
            return self._secret
        held = self._keys.get(kid) if isinstance(kid, str) else None
        if held is None:
            # A key never held (another deployment's, or made up) reads the same as one
            # retired: the token names a key, and this server cannot tell which it was.
            raise SigningKeyRetired(
                "This sign-in was signed with a key this server does not hold (its secret "
                "key was rotated, or the token is from elsewhere); log in again."
            )
        return held

    def _verify(self, token: str, leeway: int = 0) -> TokenClaims:
        key = self._key_for(token)
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[ALGORITHM],
                leeway=leeway,
                options={
                    "require": ["exp", "sub", "role"],
                    "verify_iat": False,
                    "verify_nbf": False,
                },
            )
        except jwt.ExpiredSignatureError as exc:
            # Signed by us (the signature is checked before the expiry): its role is true.
            role = jwt.decode(token, options={"verify_signature": False}).get("role")
            if role == Role.GUEST.value:  # a guest has no log-in to go back to
                raise TokenError(
                    "This visit's sign-in has lapsed; renew it (POST /api/guest/renew) or "
                    "scan the stall's QR code again."
                ) from exc
            raise TokenError("Your session has expired; log in again.") from exc
        except jwt.PyJWTError as exc:
            raise TokenError("The bearer token is not valid; log in again.") from exc
        if claims.get("typ") != "access":
            raise TokenError("That token cannot be used here.")
        # A start (issued at, not before, signed in at) that is a whole number, no later
        # than the expiry.
        # A start in the future is accepted: a host whose clock runs ahead signed it, or
        # this host's clock was stepped back (a restored VM) over the time it was issued —
        # refusing it would sign out every vendor and cost every QR guest (who has no
        # login) the deal in progress. The expiry, signed with it, still bounds its life.
        for name in ("iat", "nbf", "auth_time"):
            when = claims.get(name, 0)
            if type(when) is not int or type(claims["exp"]) is not int or when > claims["exp"]:
                raise TokenError("The bearer token is not valid; log in again.")
        version = claims.get("ver", 0)
        subject = claims["sub"]
        # As issued: the user id in ASCII digits, within a database id's range; an int
        # expiry and version. `int()` alone would also read " 7", "١" or 2**63.
        if (
            type(version) is not int
            or type(claims["exp"]) is not int
            or not isinstance(subject, str)
            or not _USER_ID.fullmatch(subject)
            or int(subject) >= 2**63
        ):
            raise TokenError("The bearer token is not valid; log in again.")
        try:
            return TokenClaims(
                user_id=int(subject),
                role=Role(claims["role"]),
                expires_at=claims["exp"],
                version=version,
                signed_in_at=claims.get("auth_time", claims.get("iat", 0)),
            )
        except (ValueError, KeyError) as exc:
            raise TokenError("The bearer token is not valid; log in again.") from exc


def key_id(secret: str) -> str:
    """A short public name of a signing key (a digest: it reveals nothing of the key)."""
    return hashlib.sha256(b"vyaparmitra-key-id:" + secret.encode()).hexdigest()[:16]
