"""A QR guest's sign-in lapses a day after the scan while their page still keeps their
deal: the page renews it with the lapsed token (only that phone holds it), once, and the
guest keeps their deal; a copy renews at most once, never after its owner did, and a
deactivated guest or a token lapsed too long ago starts again from the QR code."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from models import AuditEntry, Role, User
from server import security
from tests.conftest import Api


async def _joined(api: Api, market: dict[str, Any]) -> dict[str, Any]:
    r = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "stall"})
    qr = r.json()["token"]
    r = await api.client.post(
        f"/api/qr/{qr}/join", json={"language": "hi", "product_id": market["product"]["id"]}
    )
    assert r.status_code == 200, r.text
    joined: dict[str, Any] = r.json()
    return joined


def _lapsed(app: Any, user_id: int, *, ago: int, version: int, role: Role = Role.GUEST) -> str:
    """The token the page holds a day after the scan: signed by the server a day and `ago`
    seconds ago, for a day (the clock moved back while it is signed)."""
    day, now = 24 * 3600, time.time()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(security, "time", SimpleNamespace(time=lambda: now - day - ago))
        token: str = app.state.tokens.issue(user_id, role, day, version=version)
    return token


async def _version(app: Any, user_id: int) -> int:
    async with app.state.sessions() as session:
        user = await session.get(User, user_id)
        assert user is not None
        return user.token_version


async def _renew(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post("/api/guest/renew", headers={"Authorization": f"Bearer {token}"})


async def test_a_lapsed_guest_renews_once_and_keeps_their_deal(
    api: Api, market: dict[str, Any], app: Any
) -> None:
    joined = await _joined(api, market)
    guest, nid = joined["user"]["id"], joined["negotiation"]["id"]
    lapsed = _lapsed(app, guest, ago=60, version=await _version(app, guest))
    r = await api.get(lapsed, f"/api/negotiations/{nid}")
    assert r.status_code == 401  # what the page met, and renews on
    # A guest has no log-in: told to renew or scan again, not to log in.
    assert "renew" in r.json()["error"]["message"]
    assert "log in" not in r.json()["error"]["message"]
    r = await _renew(api.client, lapsed)
    assert r.status_code == 200, r.text
    fresh = r.json()["token"]
    assert r.json()["user"]["id"] == guest
    r = await api.get(fresh, f"/api/negotiations/{nid}")
    assert r.status_code == 200 and r.json()["status"] == "OPEN"
    assert (await api.bid(fresh, nid, 3500)).status_code == 201
    # The lapsed token renews once: a copy of it cannot be renewed after its owner did.
    r = await _renew(api.client, lapsed)
    assert r.status_code == 410 and r.json()["error"]["code"] == "visit_ended"
    # ... and the renewal ended every earlier token of this guest.
    r = await api.get(joined["token"], f"/api/negotiations/{nid}")
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_revoked"
    # Said as a guest's: a guest has no password to have changed.
    assert "renewed" in r.json()["error"]["message"]
    assert "password" not in r.json()["error"]["message"]
    r = await api.get(joined["token"], "/api/me")
    assert r.status_code == 401 and "password" not in r.json()["error"]["message"]
    async with app.state.sessions() as session:
        rows = await session.scalars(
            AuditEntry.__table__.select().where(AuditEntry.action == "user.guest_renewed")
        )
        assert len(list(rows)) == 1


async def test_what_cannot_be_renewed(api: Api, market: dict[str, Any], app: Any) -> None:
    joined = await _joined(api, market)
    guest = joined["user"]["id"]
    version = await _version(app, guest)
    # Lapsed longer ago than the grace (a week by default): start again from the code.
    r = await _renew(api.client, _lapsed(app, guest, ago=8 * 24 * 3600, version=version))
    assert r.status_code == 401
    # Only guests: a vendor's lapsed sign-in is a log-in again.
    vendor = market["vendor"]["user"]["id"]
    vendor_version = await _version(app, vendor)
    r = await _renew(
        api.client, _lapsed(app, vendor, ago=60, version=vendor_version, role=Role.VENDOR)
    )
    assert r.status_code == 401
    # A forged one, or none.
    assert (await _renew(api.client, joined["token"][:-4] + "AAAA")).status_code == 401
    assert (await api.client.post("/api/guest/renew")).status_code == 401
    # A deactivated guest's lapsed token: the visit has ended.
    async with app.state.sessions() as session, session.begin():
        await session.execute(update(User).where(User.id == guest).values(is_active=False))
    r = await _renew(api.client, _lapsed(app, guest, ago=60, version=version))
    assert r.status_code == 410 and r.json()["error"]["code"] == "visit_ended"
