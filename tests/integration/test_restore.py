"""After a restore from backup, what the backup lost stays lost: the ids of lost rows are
handed out again, and nothing issued for a lost row (a bearer token, a socket ticket)
may stand for the new row that reuses its id."""

from __future__ import annotations

from tests.conftest import Api, make_settings, running_app
from tests.restore import backup, restore


async def test_a_token_of_an_account_lost_by_a_restore_is_refused(database_url: str) -> None:
    settings = make_settings(database_url)
    async with running_app(settings) as (_, client):
        api = Api(client)
        await api.register("vendor", business_name="Kept")
        marks = backup(database_url)
        lost = await api.register("customer", name="Lost Shopper")
        lost_vendor = await api.register("vendor", business_name="Lost Stall")
    restore(database_url, marks)
    # The server starts again on the restored database (no cache survives a restart).
    async with running_app(settings) as (_, client):
        api = Api(client)
        taken = await api.register("customer", name="New Shopper")
        taken_vendor = await api.register("vendor", business_name="New Stall")
        assert taken["user"]["id"] == lost["user"]["id"]
        assert taken_vendor["user"]["id"] == lost_vendor["user"]["id"]
        for old, new in ((lost, taken), (lost_vendor, taken_vendor)):
            for path in ("/api/me", "/api/orders"):
                r = await api.get(old["token"], path)
                assert r.status_code == 401, (path, r.text)
            r = await client.post(
                "/api/ws-ticket", json={"negotiation_id": None}, headers=api.auth(old["token"])
            )
            assert r.status_code == 401, r.text
            # The new account's own token works.
            r = await api.get(new["token"], "/api/me")
            assert r.status_code == 200 and r.json()["name"] == new["user"]["name"], r.text


async def test_a_token_whose_account_is_gone_says_so(database_url: str) -> None:
    settings = make_settings(database_url)
    async with running_app(settings) as (_, client):
        api = Api(client)
        marks = backup(database_url)
        lost = await api.register("customer")
    restore(database_url, marks)
    async with running_app(settings) as (_, client):
        r = await Api(client).get(lost["token"], "/api/me")
        assert r.status_code == 401, r.text
        assert "no longer exists" in r.json()["error"]["message"]
