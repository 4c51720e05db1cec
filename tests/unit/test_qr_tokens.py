"""Signed QR tokens: `<nonce>.<signature>`, verified before the database is touched."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

import pytest

from server.domain.errors import QRTokenInvalid
from server.domain.qr import sign_token, verify_token

SECRET = "qr-test-secret-" + "s" * 40
OTHER = "qr-other-secret-" + "o" * 40


def fresh_nonce() -> str:
    return secrets.token_urlsafe(16)


def test_round_trip() -> None:
    nonce = fresh_nonce()
    token = sign_token(nonce, SECRET)
    assert token.startswith(nonce + ".")
    assert verify_token(token, SECRET) == nonce


def test_signature_is_hmac_sha256_of_the_nonce() -> None:
    nonce = fresh_nonce()
    mac = hmac.new(SECRET.encode(), f"qr:{nonce}".encode(), hashlib.sha256).digest()
    expected = base64.urlsafe_b64encode(mac).rstrip(b"=").decode()
    assert sign_token(nonce, SECRET) == f"{nonce}.{expected}"


def test_token_is_url_safe_and_fits_the_length_limit() -> None:
    token = sign_token(fresh_nonce(), SECRET)
    assert len(token) <= 128
    assert all(c.isalnum() or c in "-_." for c in token)
    assert "=" not in token


def test_signing_is_deterministic_and_nonce_specific() -> None:
    nonce = fresh_nonce()
    assert sign_token(nonce, SECRET) == sign_token(nonce, SECRET)
    assert sign_token(nonce, SECRET) != sign_token(fresh_nonce(), SECRET)


def test_forged_signature_is_refused() -> None:
    nonce = fresh_nonce()
    forged_mac = hmac.new(b"guess", f"qr:{nonce}".encode(), hashlib.sha256).digest()
    forged = f"{nonce}.{base64.urlsafe_b64encode(forged_mac).rstrip(b'=').decode()}"
    with pytest.raises(QRTokenInvalid, match="not one of ours"):
        verify_token(forged, SECRET)


def test_flipped_signature_character_is_refused() -> None:
    token = sign_token(fresh_nonce(), SECRET)
    last = token[-1]
    tampered = token[:-1] + ("A" if last != "A" else "B")
    with pytest.raises(QRTokenInvalid):
        verify_token(tampered, SECRET)


def test_altered_nonce_is_refused() -> None:
    nonce = fresh_nonce()
    _, _, sig = sign_token(nonce, SECRET).partition(".")
    other = ("x" if nonce[0] != "x" else "y") + nonce[1:]
    with pytest.raises(QRTokenInvalid):
        verify_token(f"{other}.{sig}", SECRET)


def test_signature_of_another_nonce_is_refused() -> None:
    _, _, sig = sign_token(fresh_nonce(), SECRET).partition(".")
    with pytest.raises(QRTokenInvalid):
        verify_token(f"{fresh_nonce()}.{sig}", SECRET)


def test_token_signed_with_another_secret_is_refused() -> None:
    token = sign_token(fresh_nonce(), OTHER)
    assert verify_token(token, OTHER)
    with pytest.raises(QRTokenInvalid):
        verify_token(token, SECRET)


def test_extra_segment_is_refused() -> None:
    token = sign_token(fresh_nonce(), SECRET)
    with pytest.raises(QRTokenInvalid):
        verify_token(token + ".extra", SECRET)


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        ".",
        "..",
        "no-dot-at-all",
        ".signature-without-nonce",
        "nonce-without-signature.",
        "a.b",
        "a" * 129,
        "a" * 64 + "." + "b" * 64,
        "a" * 10_000 + "." + "b" * 10_000,
        "null",
        "<script>alert(1)</script>.x",
        "%2e%2e%2f.x",
        " " + "a.b" + " ",
    ],
)
def test_garbage_is_refused(garbage: str) -> None:
    with pytest.raises(QRTokenInvalid, match="not one of ours"):
        verify_token(garbage, SECRET)


def test_oversized_token_with_valid_prefix_is_refused() -> None:
    nonce = "n" * 100
    token = sign_token(nonce, SECRET)  # a real signature, but longer than any we issue
    assert len(token) > 128
    with pytest.raises(QRTokenInvalid):
        verify_token(token, SECRET)


@pytest.mark.parametrize(
    "garbage",
    [
        "é.x",  # non-ASCII nonce
        "abc.ßig",  # non-ASCII signature
        "टमाटर.टमाटर",  # Devanagari, as a mangled scan or a hand-typed URL might carry
        "abc\u200b.def",  # zero-width space pasted from a chat message
    ],
    ids=["latin1-nonce", "latin1-signature", "devanagari", "zero-width-space"],
)
def test_non_ascii_garbage_is_refused_not_crashed(garbage: str) -> None:
    # hmac.compare_digest raises TypeError for non-ASCII str; the token must still be
    # refused as "not one of ours" rather than surfacing as a server error.
    with pytest.raises(QRTokenInvalid):
        verify_token(garbage, SECRET)
