"""Bearer tokens (JWT, HS256) and passwords (Argon2id)."""

from __future__ import annotations

import time
import warnings
from typing import Any

import jwt
import pytest

from models import Role
from server.security import (
    ALGORITHM,
    Passwords,
    TokenClaims,
    TokenError,
    Tokens,
)
from server.settings_fields import DEFAULT_SECRET

SECRET = "token-test-secret-" + "k" * 40
OTHER_SECRET = "token-other-secret-" + "q" * 40


@pytest.fixture(scope="module")
def passwords() -> Passwords:
    return Passwords(time_cost=1, memory_kib=64)


@pytest.fixture
def tokens() -> Tokens:
    return Tokens(SECRET)


def forge(claims: dict[str, Any], secret: str = SECRET, algorithm: str = ALGORITHM) -> str:
    return jwt.encode(claims, secret, algorithm=algorithm)


def good_claims(**changes: Any) -> dict[str, Any]:
    now = int(time.time())
    claims: dict[str, Any] = {
        "sub": "42",
        "role": "vendor",
        "iat": now,
        "exp": now + 600,
        "jti": "abc",
        "typ": "access",
    }
    claims.update(changes)
    return {k: v for k, v in claims.items() if v is not None}


# -- tokens ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_issue_then_verify(tokens: Tokens, role: Role) -> None:
    before = int(time.time())
    token = tokens.issue(7, role, ttl_seconds=3600)
    claims = tokens.verify(token)
    assert claims == TokenClaims(
        user_id=7, role=role, expires_at=claims.expires_at, signed_in_at=claims.signed_in_at
    )
    assert before + 3600 <= claims.expires_at <= int(time.time()) + 3600
    assert before <= claims.signed_in_at <= int(time.time())  # signed in now


def test_a_renewed_token_keeps_when_its_sign_in_began(tokens: Tokens) -> None:
    began = int(time.time()) - 3600
    claims = tokens.verify(tokens.issue(7, Role.VENDOR, 60, signed_in_at=began))
    assert claims.signed_in_at == began
    # A token from before the claim: its sign-in began when it was issued.
    claims_of_old = good_claims()
    assert tokens.verify(forge(claims_of_old)).signed_in_at == claims_of_old["iat"]
    # Like the other times, a whole number no later than the expiry.
    for auth_time in (claims_of_old["exp"] + 1, 1.5, "1"):
        with pytest.raises(TokenError):
            tokens.verify(forge(good_claims(auth_time=auth_time)))


def test_issued_token_carries_the_documented_claims(tokens: Tokens) -> None:
    token = tokens.issue(9, Role.CUSTOMER, ttl_seconds=60)
    raw = jwt.decode(token, SECRET, algorithms=[ALGORITHM])
    assert raw["sub"] == "9"
    assert raw["role"] == "customer"
    assert raw["typ"] == "access"
    assert raw["exp"] - raw["iat"] == 60
    assert raw["jti"]
    assert jwt.get_unverified_header(token)["alg"] == "HS256"


def test_each_token_is_unique(tokens: Tokens) -> None:
    a = tokens.issue(1, Role.CUSTOMER, ttl_seconds=60)
    b = tokens.issue(1, Role.CUSTOMER, ttl_seconds=60)
    assert a != b
    assert tokens.verify(a) == tokens.verify(b)


def test_expired_token_is_refused(tokens: Tokens) -> None:
    token = tokens.issue(1, Role.CUSTOMER, ttl_seconds=-5)
    with pytest.raises(TokenError, match="expired"):
        tokens.verify(token)


def test_a_verified_token_is_refused_once_it_expires(tokens: Tokens) -> None:
    token = tokens.issue(1, Role.CUSTOMER, ttl_seconds=1)
    assert tokens.verify(token).user_id == 1
    assert tokens.verify(token).user_id == 1  # from the verified cache
    time.sleep(max(0.0, tokens.verify(token).expires_at - time.time()) + 0.05)
    with pytest.raises(TokenError, match="expired"):
        tokens.verify(token)


def test_the_verified_cache_is_bounded(tokens: Tokens, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Tokens, "VERIFIED_CACHE", 3)
    issued = [tokens.issue(n, Role.CUSTOMER, ttl_seconds=60) for n in range(1, 6)]
    for n, token in enumerate(issued, start=1):
        assert tokens.verify(token).user_id == n
    assert len(tokens._verified) == 3
    assert [tokens.verify(t).user_id for t in issued] == [1, 2, 3, 4, 5]


def test_a_refused_token_is_not_remembered(tokens: Tokens) -> None:
    token = tokens.issue(1, Role.CUSTOMER, ttl_seconds=60)
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    for _ in range(2):
        with pytest.raises(TokenError):
            tokens.verify(forged)
    assert forged not in tokens._verified


def test_expired_forged_token_is_refused_as_expired(tokens: Tokens) -> None:
    token = forge(good_claims(exp=int(time.time()) - 1))
    with pytest.raises(TokenError, match="expired; log in again"):
        tokens.verify(token)


def test_token_from_another_secret_is_refused(tokens: Tokens) -> None:
    token = Tokens(OTHER_SECRET).issue(1, Role.VENDOR, ttl_seconds=600)
    assert Tokens(OTHER_SECRET).verify(token).user_id == 1
    # It names a key this server does not hold: refused as signed by a retired key.
    with pytest.raises(TokenError, match="log in again") as refused:
        tokens.verify(token)
    assert refused.value.code == "token_key_retired"


def test_tampered_payload_is_refused(tokens: Tokens) -> None:
    token = tokens.issue(1, Role.CUSTOMER, ttl_seconds=600)
    header, _payload, signature = token.split(".")
    # Same signature, payload swapped for one that claims to be a vendor with id 2.
    evil = jwt.encode(good_claims(sub="2"), "whatever-" + "z" * 40, algorithm=ALGORITHM)
    evil_payload = evil.split(".")[1]
    with pytest.raises(TokenError, match="not valid"):
        tokens.verify(f"{header}.{evil_payload}.{signature}")


def test_tampered_signature_is_refused(tokens: Tokens) -> None:
    token = tokens.issue(1, Role.CUSTOMER, ttl_seconds=600)
    head, _, sig = token.rpartition(".")
    flipped = ("A" if sig[0] != "A" else "B") + sig[1:]
    with pytest.raises(TokenError):
        tokens.verify(f"{head}.{flipped}")


def test_unsigned_token_is_refused(tokens: Tokens) -> None:
    token = jwt.encode(good_claims(), key=None, algorithm="none")
    with pytest.raises(TokenError, match="not valid"):
        tokens.verify(token)


def test_other_algorithm_with_the_right_secret_is_refused() -> None:
    long_secret = "long-secret-" + "L" * 64  # long enough for HS512 too
    token = forge(good_claims(), secret=long_secret, algorithm="HS512")
    with pytest.raises(TokenError, match="not valid"):
        Tokens(long_secret).verify(token)


@pytest.mark.parametrize("garbage", ["", "abc", "a.b.c", "Bearer x.y.z", "é.é.é"])
def test_garbage_is_refused(tokens: Tokens, garbage: str) -> None:
    with pytest.raises(TokenError):
        tokens.verify(garbage)


@pytest.mark.parametrize("missing", ["exp", "sub", "role"])
def test_missing_required_claim_is_refused(tokens: Tokens, missing: str) -> None:
    claims = good_claims()
    del claims[missing]
    with pytest.raises(TokenError, match="not valid"):
        tokens.verify(forge(claims))


@pytest.mark.parametrize("typ", [None, "refresh", "ticket", "ACCESS", ""])
def test_wrong_typ_is_refused(tokens: Tokens, typ: str | None) -> None:
    claims = good_claims()
    if typ is None:
        del claims["typ"]
    else:
        claims["typ"] = typ
    with pytest.raises(TokenError, match="cannot be used here"):
        tokens.verify(forge(claims))


@pytest.mark.parametrize(
    "changes", [{"sub": "not-a-number"}, {"role": "admin"}, {"sub": ""}, {"role": ""}]
)
def test_malformed_claims_are_refused(tokens: Tokens, changes: dict[str, Any]) -> None:
    with pytest.raises(TokenError, match="not valid"):
        tokens.verify(forge(good_claims(**changes)))


def test_verify_accepts_a_well_formed_hand_made_token(tokens: Tokens) -> None:
    # Guards the refusal tests above: the same forge() with good claims is accepted.
    claims = tokens.verify(forge(good_claims()))
    assert (claims.user_id, claims.role) == (42, Role.VENDOR)


def test_a_token_carries_its_users_token_version(tokens: Tokens) -> None:
    token = tokens.issue(9, Role.VENDOR, ttl_seconds=60, version=3)
    assert jwt.decode(token, SECRET, algorithms=[ALGORITHM])["ver"] == 3
    assert tokens.verify(token).version == 3
    # Tokens signed before versions existed count as version 0.
    assert tokens.verify(forge(good_claims())).version == 0


@pytest.mark.parametrize("version", ["3", 1.5, True, None, [1]])
def test_a_malformed_token_version_is_refused(tokens: Tokens, version: Any) -> None:
    claims = good_claims()
    claims["ver"] = version
    with pytest.raises(TokenError, match="not valid"):
        tokens.verify(forge(claims))


def test_development_default_secret_is_long_enough_for_hs256() -> None:
    # PyJWT warns (InsecureKeyLengthWarning) on every encode and decode when an HMAC key
    # is shorter than the hash's digest size (32 bytes for HS256); the default secret
    # used in development must not make every login and request warn.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dev = Tokens(DEFAULT_SECRET)
        assert dev.verify(dev.issue(1, Role.CUSTOMER, ttl_seconds=60)).user_id == 1
    assert len(DEFAULT_SECRET.encode()) >= 32


# -- passwords ------------------------------------------------------------------------


async def test_hash_is_not_the_plaintext(passwords: Passwords) -> None:
    hashed = await passwords.hash("correct horse battery")
    assert hashed != "correct horse battery"
    assert "correct horse battery" not in hashed
    assert hashed.startswith("$argon2id$")
    assert "m=64,t=1,p=1" in hashed


async def test_same_password_hashes_differently(passwords: Passwords) -> None:
    assert await passwords.hash("same") != await passwords.hash("same")


async def test_verify_right_password(passwords: Passwords) -> None:
    hashed = await passwords.hash("correct horse battery")
    assert await passwords.verify(hashed, "correct horse battery") is True


@pytest.mark.parametrize("attempt", ["wrong", "", "correct horse batter", "Correct horse battery"])
async def test_verify_wrong_password(passwords: Passwords, attempt: str) -> None:
    hashed = await passwords.hash("correct horse battery")
    assert await passwords.verify(hashed, attempt) is False


async def test_verify_unknown_user_is_false(passwords: Passwords) -> None:
    assert await passwords.verify(None, "anything") is False
    assert await passwords.verify(None, "") is False


@pytest.mark.parametrize("bad_hash", ["", "plaintext", "$argon2id$garbage", "$2b$12$bcrypt"])
async def test_verify_malformed_hash_is_false(passwords: Passwords, bad_hash: str) -> None:
    assert await passwords.verify(bad_hash, "plaintext") is False


async def test_unicode_password(passwords: Passwords) -> None:
    hashed = await passwords.hash("टमाटर ₹40 தக்காளி")
    assert await passwords.verify(hashed, "टमाटर ₹40 தக்காளி") is True
    assert await passwords.verify(hashed, "टमाटर ₹41 தக்காளி") is False


async def test_hash_from_other_costs_still_verifies(passwords: Passwords) -> None:
    # Raising the cost later must not lock out users hashed with the old cost.
    stronger = Passwords(time_cost=2, memory_kib=128)
    hashed = await stronger.hash("pass phrase")
    assert await passwords.verify(hashed, "pass phrase") is True


def _claims(**times: int) -> dict[str, Any]:
    now = int(time.time())
    return {"sub": "7", "role": "customer", "typ": "access", "iat": now, "exp": now + 600} | {
        k: now + v for k, v in times.items()
    }


@pytest.mark.parametrize("skew", [1, 5, 55, 3600, 86400])
def test_a_token_from_a_host_whose_clock_runs_ahead_is_accepted(tokens: Tokens, skew: int) -> None:
    """Another app host, its clock `skew` seconds ahead, signed it just now; or this host's
    clock was stepped back `skew` seconds (a restored VM) after it signed it: a vendor is
    not signed out, a QR guest (who has no login) keeps the deal in progress."""
    ahead = forge(_claims(iat=skew, nbf=skew, exp=600 + skew))
    assert tokens.verify(ahead).user_id == 7


def test_a_token_issued_by_this_host_before_its_clock_stepped_back_is_accepted(
    tokens: Tokens, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = tokens.issue(7, Role.GUEST, 600)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - 3600)
    assert tokens.verify(token).user_id == 7


def test_a_token_that_starts_after_it_ends_is_refused(tokens: Tokens) -> None:
    with pytest.raises(TokenError, match="not valid"):
        tokens.verify(forge(_claims(iat=700)))
    with pytest.raises(TokenError, match="not valid"):
        tokens.verify(forge(_claims(nbf=700)))


def test_the_leeway_is_for_the_start_not_the_expiry(tokens: Tokens) -> None:
    """A host whose clock runs behind made a token that expires that much early: harmless
    (it is still refused once expired), so an expiry has no leeway."""
    with pytest.raises(TokenError, match="expired"):
        tokens.verify(forge(_claims(iat=-600, exp=-2)))


@pytest.mark.parametrize("when", ["soon", 1.5e9, None, True])
def test_a_start_time_that_is_not_a_whole_number_is_refused(tokens: Tokens, when: Any) -> None:
    claims = _claims()
    claims["iat"] = when
    with pytest.raises(TokenError, match="not valid"):
        tokens.verify(forge(claims))
