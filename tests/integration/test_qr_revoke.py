"""A vendor (or the operator, by CLI) withdraws a QR code; it then admits no one."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import pool, select, text

from models import AuditEntry, Role, User
from server import sync_db
from tests.conftest import Api
from tests.integration.test_cli import STALL_URL, fresh_url, ok, run_cli

__all__ = ["fresh_url"]  # the fixture, once per database


async def test_a_withdrawn_code_is_gone(api: Api, market: dict, app) -> None:
    c = api.client
    v = api.auth(market["v"])
    token = (await c.post("/api/qr", json={"kind": "stall"}, headers=v)).json()["token"]
    other = (await c.post("/api/qr", json={"kind": "stall"}, headers=v)).json()["token"]
    assert (await c.post(f"/api/qr/{token}/join", json={"language": "hi"})).status_code == 200

    r = await c.delete(f"/api/qr/{token}", headers=v)
    assert r.status_code == 204, r.text
    for r in (
        await c.post(f"/api/qr/{token}/join", json={"language": "hi"}),
        await c.get(f"/api/qr/{token}/stall"),
        await c.get(f"/api/qr/{token}.png"),
        await c.get(f"/api/qr/{token}.svg"),
    ):
        assert r.status_code == 410, r.text
        error = r.json()["error"]
        assert error["code"] == "qr_withdrawn"
        assert "withdrawn" in error["message"]
    page = await c.get(f"/s/{token}")
    assert page.status_code == 410
    # Withdrawing again is harmless; the vendor's other code still works.
    assert (await c.delete(f"/api/qr/{token}", headers=v)).status_code == 204
    assert (await c.post(f"/api/qr/{other}/join", json={"language": "hi"})).status_code == 200
    async with app.state.sessions() as session:
        entries = (
            await session.scalars(select(AuditEntry).where(AuditEntry.action == "qr.revoked"))
        ).all()
        guests = (await session.scalars(select(User).where(User.role == Role.GUEST))).all()
    assert len(entries) == 1
    assert len(guests) == 2


async def test_only_the_owner_withdraws_a_code(api: Api, market: dict) -> None:
    c = api.client
    token = (await c.post("/api/qr", json={"kind": "stall"}, headers=api.auth(market["v"]))).json()[
        "token"
    ]
    rival = await api.register("vendor")
    r = await c.delete(f"/api/qr/{token}", headers=api.auth(rival["token"]))
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"
    r = await c.delete(f"/api/qr/{token}", headers=api.auth(market["c"]))
    assert r.status_code == 403
    assert (await c.delete(f"/api/qr/{token}")).status_code == 401
    r = await c.delete(f"/api/qr/{token[:-2]}", headers=api.auth(market["v"]))
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "qr_invalid"
    assert (await c.post(f"/api/qr/{token}/join", json={"language": "hi"})).status_code == 200


def test_cli_withdraws_a_code_by_url(fresh_url: str, tmp_path: Path) -> None:
    if not fresh_url.startswith("sqlite"):
        ok(run_cli("db", "upgrade", database_url=fresh_url, cwd=tmp_path))
    match = STALL_URL.search(ok(run_cli("demo", database_url=fresh_url, cwd=tmp_path)))
    assert match is not None
    url = match["url"]
    out = ok(run_cli("qr", "revoke", url, database_url=fresh_url, cwd=tmp_path))
    assert out.startswith("withdrew QR 1 (stall) of vendor 1 at ")
    first_at = out.strip().rsplit(" at ", 1)[1]

    def withdrawals() -> tuple[object, int]:
        engine = sa.create_engine(sync_db.sync_url(fresh_url), poolclass=pool.NullPool)
        try:
            with engine.connect() as conn:
                revoked = conn.execute(text("SELECT revoked_at FROM qr_sessions")).scalar_one()
                audited = conn.execute(
                    text("SELECT count(*) FROM audit_log WHERE action = 'qr.revoked'")
                ).scalar_one()
        finally:
            engine.dispose()
        return revoked, audited

    revoked, audited = withdrawals()
    assert revoked is not None and audited == 1
    # Again, by its token: it says the code was withdrawn already, and when; nothing moves.
    again = ok(run_cli("qr", "revoke", url.rsplit("/", 1)[1], database_url=fresh_url, cwd=tmp_path))
    assert again.strip() == f"QR 1 (stall) of vendor 1 was already withdrawn at {first_at}"
    assert withdrawals() == (revoked, 1)
    # The demo loader makes a fresh stall code instead of the withdrawn one.
    again = STALL_URL.search(ok(run_cli("demo", database_url=fresh_url, cwd=tmp_path)))
    assert again is not None and again["url"] != url
    bad = run_cli("qr", "revoke", "not-a-code", database_url=fresh_url, cwd=tmp_path)
    assert bad.returncode == 1
    assert "not one of ours" in bad.stderr
    # A code's nonce may begin with "-": it is a code, not an option.
    dashed = run_cli("qr", "revoke", "-t42iFMz_0ZlT.MbcbEu4y", database_url=fresh_url, cwd=tmp_path)
    assert dashed.returncode == 1, dashed.stderr
    assert "No such option" not in dashed.stderr and "not one of ours" in dashed.stderr


async def test_a_guest_admitted_before_the_withdrawal_keeps_its_negotiation(
    api: Api, market: dict
) -> None:
    """Withdrawing a code stops it admitting anyone; a shopper it admitted before keeps
    their guest token and the negotiation they opened (docs/api.md "QR codes"), as a
    withdrawn product's code keeps the deals already under way."""
    c = api.client
    v = api.auth(market["v"])
    token = (await c.post("/api/qr", json={"kind": "stall"}, headers=v)).json()["token"]
    joined = await c.post(
        f"/api/qr/{token}/join", json={"language": "hi", "product_id": market["product"]["id"]}
    )
    assert joined.status_code == 200, joined.text
    guest, nid = joined.json()["token"], joined.json()["negotiation"]["id"]
    assert (await c.delete(f"/api/qr/{token}", headers=v)).status_code == 204
    gone = await c.post(f"/api/qr/{token}/join", json={"language": "hi"})
    assert gone.status_code == 410 and gone.json()["error"]["code"] == "qr_withdrawn"
    assert (await api.get(guest, "/api/me")).status_code == 200
    assert (await api.get(guest, f"/api/negotiations/{nid}")).status_code == 200
    assert (await api.bid(guest, nid, 3500)).status_code == 201
    assert (await api.bid(market["v"], nid, 3800)).status_code == 201
