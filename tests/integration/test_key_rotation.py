"""Rotating `VYAPAR_SECRET_KEY` with `VYAPAR_SECRET_KEY_PREVIOUS`: hosts sharing one
database, some on the old key and some on the new, accept each other's sign-ins and
printed QR codes; once the old key is dropped its tokens end clearly."""

from __future__ import annotations

from typing import Any

import jwt
import pytest

from models import Role
from server.security import SigningKeyRetired, TokenError, Tokens
from server.settings import Settings
from server.settings_together import PlaceholderSecretError
from tests.conftest import Api, make_settings, running_app

OLD = "rotation-old-key-" + "o" * 40
NEW = "rotation-new-key-" + "n" * 40


async def me(api: Api, token: str) -> Any:
    return await api.get(token, "/api/me")


async def test_a_rolling_rotation_keeps_sign_ins_and_printed_codes(database_url: str) -> None:
    # Before: every host signs with OLD. A vendor prints a stall code; a shopper signs in.
    async with running_app(make_settings(database_url, secret_key=OLD)) as (_, old_client):
        old = Api(old_client)
        vendor = await old.register("vendor", business_name="Lakshmi Pan")
        shopper = await old.register("customer")
        r = await old_client.post(
            "/api/qr", headers=old.auth(vendor["token"]), json={"kind": "stall"}
        )
        assert r.status_code == 201, r.text
        printed = r.json()["token"]
        r = await old_client.post(
            "/api/qr", headers=old.auth(vendor["token"]), json={"kind": "visit"}
        )
        assert r.status_code == 201, r.text
        visit = r.json()["token"]

        # Step 1 of the rotation: a host that already accepts NEW, still signing with OLD.
        step1 = make_settings(database_url, secret_key=OLD, secret_key_previous=NEW)
        # Step 2: a host signing with NEW and still accepting OLD.
        step2 = make_settings(database_url, secret_key=NEW, secret_key_previous=OLD)
        async with running_app(step1) as (_, a_client), running_app(step2) as (_, b_client):
            a, b = Api(a_client), Api(b_client)
            for host in (a, b):
                assert (await me(host, shopper["token"])).status_code == 200
                assert (await me(host, vendor["token"])).status_code == 200
                page = await host.client.get(f"/s/{printed}")
                assert page.status_code == 200, page.text
            # A sign-in made on the new key works on a host still signing with the old one.
            login = await b_client.post(
                "/api/auth/login",
                json={"phone": shopper["user"]["phone"], "password": "correct horse battery"},
            )
            assert login.status_code == 200, login.text
            fresh = login.json()["token"]
            assert (await me(a, fresh)).status_code == 200
            assert (await me(b, fresh)).status_code == 200
            joined = await b_client.post(f"/api/qr/{printed}/join", json={"language": "ta"})
            assert joined.status_code == 200, joined.text
            # New codes are signed with the new key and open on both.
            r = await b_client.post(
                "/api/qr", headers=b.auth(vendor["token"]), json={"kind": "stall"}
            )
            assert r.status_code == 201, r.text
            assert (await a_client.get(f"/s/{r.json()['token']}")).status_code == 200

    # Step 3: the old key leaves. Its sign-ins end with a code that says why; the stall
    # code printed under it still opens (signs stay up for years), its one-visit codes
    # do not; the new key's sign-ins carry on.
    done = make_settings(database_url, secret_key=NEW)
    async with running_app(done) as (_, client):
        api = Api(client)
        gone = await me(api, shopper["token"])
        assert gone.status_code == 401
        assert gone.json()["error"]["code"] == "token_key_retired"
        assert "log in again" in gone.json()["error"]["message"]
        assert (await me(api, fresh)).status_code == 200
        still = await client.post(f"/api/qr/{printed}/join", json={"language": "hi"})
        assert still.status_code == 200, still.text
        assert (await client.get(f"/s/{printed}")).status_code == 200
        assert (await client.get(f"/api/qr/{printed}.png")).status_code == 200
        dead = await client.post(f"/api/qr/{visit}/join", json={"language": "hi"})
        assert dead.status_code == 400
        assert dead.json()["error"]["code"] == "qr_invalid"
        # A code of the same shape naming no stall code is no code of ours.
        nonce, _, signature = printed.partition(".")
        for forged in (f"{nonce[::-1]}.{signature}", f"{visit.partition('.')[0]}.{signature}"):
            r = await client.post(f"/api/qr/{forged}/join", json={"language": "hi"})
            assert r.status_code == 400 and r.json()["error"]["code"] == "qr_invalid", r.text
        # Its vendor can still withdraw it, and then it admits no one.
        vendor_now = await client.post(
            "/api/auth/login",
            json={"phone": vendor["user"]["phone"], "password": "correct horse battery"},
        )
        assert vendor_now.status_code == 200, vendor_now.text
        gone_code = await client.delete(
            f"/api/qr/{printed}", headers=api.auth(vendor_now.json()["token"])
        )
        assert gone_code.status_code in (200, 204), gone_code.text
        withdrawn = await client.post(f"/api/qr/{printed}/join", json={"language": "hi"})
        assert withdrawn.status_code == 410
        assert withdrawn.json()["error"]["code"] == "qr_withdrawn"


def test_tokens_from_before_key_ids_are_checked_against_every_key() -> None:
    """A token signed before tokens named their key (no `kid`) is still verified, by
    whichever held key signed it; a forgery is not."""
    claims = {"sub": "7", "role": "customer", "ver": 0, "iat": 0, "exp": 2**40, "typ": "access"}
    legacy = jwt.encode(claims, OLD, algorithm="HS256")
    assert Tokens(NEW, (OLD,)).verify(legacy).user_id == 7
    with pytest.raises(TokenError) as refused:
        Tokens(NEW).verify(legacy)
    assert refused.value.code == "unauthorized"
    forged = jwt.encode(claims, "x" * 48, algorithm="HS256", headers={"kid": "0" * 16})
    with pytest.raises(SigningKeyRetired):
        Tokens(NEW, (OLD,)).verify(forged)
    # A token naming a held key but signed with another is a forgery, not a rotation.
    issued = Tokens(OLD).issue(7, Role.CUSTOMER, 60)
    header, body, _sig = issued.split(".")
    resigned = jwt.encode(
        claims, NEW, algorithm="HS256", headers={"kid": jwt.get_unverified_header(issued)["kid"]}
    )
    tampered = f"{header}.{body}.{resigned.split('.')[2]}"
    with pytest.raises(TokenError) as bad:
        Tokens(NEW, (OLD,)).verify(tampered)
    assert bad.value.code == "unauthorized"


@pytest.mark.parametrize(
    ("previous", "complaint"),
    [
        ("short", "VYAPAR_SECRET_KEY_PREVIOUS (key 1)"),
        (f"{OLD},change-me", "VYAPAR_SECRET_KEY_PREVIOUS (key 2)"),
    ],
)
def test_every_previous_key_is_held_to_the_production_rules(previous: str, complaint: str) -> None:
    with pytest.raises(Exception) as refused:
        Settings(env="production", secret_key=NEW, secret_key_previous=previous)
    assert isinstance(refused.value, PlaceholderSecretError) or "placeholder" in str(refused.value)
    assert complaint in str(refused.value)


def test_previous_keys_are_read_as_a_comma_separated_list() -> None:
    settings = Settings(
        env="production", secret_key=NEW, secret_key_previous=f" {OLD} , {'p' * 40}\n"
    )
    assert settings.secret_keys == (NEW, OLD, "p" * 40)
    assert Settings(env="production", secret_key=NEW, secret_key_previous="  ").secret_keys == (
        NEW,
    )
    with pytest.raises(ValueError, match="one of them is blank"):
        Settings(secret_key=NEW, secret_key_previous=f"{OLD},,{'p' * 40}")
