"""HTTP methods as clients expect them: HEAD wherever GET is (same status and headers, no
body), `Allow` naming every method a path takes, and redirects that never echo the Host
header."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import Api


async def test_head_answers_as_get_without_the_body(
    client: httpx.AsyncClient, api: Api, market: dict[str, Any]
) -> None:
    n = (await api.open(market["c"], market["product"]["id"], amount_paise=3600))["id"]
    order = (await api.accept(market["v"], n)).json()["order"]
    r = await client.post("/api/qr", json={"kind": "stall"}, headers=Api.auth(market["v"]))
    code = r.json()["token"]
    vendor_id = market["vendor"]["user"]["id"]
    for path, token in [
        ("/api/me", market["c"]),
        (f"/api/orders/{order['id']}", market["c"]),  # a lean path
        (f"/api/negotiations/{n}/bids", market["c"]),
        (f"/api/vendors/{vendor_id}/products", market["c"]),
        (f"/api/qr/{code}.png", market["v"]),
        (f"/api/qr/{code}/stall", market["c"]),
        ("/api/orders/999999", market["c"]),  # an error answers HEAD alike
        ("/api/me", "not-a-token"),
    ]:
        get = await client.get(path, headers=Api.auth(token))
        head = await client.head(path, headers=Api.auth(token))
        assert head.status_code == get.status_code, (path, head.status_code, get.status_code)
        assert head.content == b"", path
        assert head.headers["content-type"] == get.headers["content-type"], path
        assert head.headers["content-length"] == str(len(get.content)), path


async def test_allow_names_every_method_of_the_path(
    client: httpx.AsyncClient, api: Api, market: dict[str, Any]
) -> None:
    n = (await api.open(market["c"], market["product"]["id"]))["id"]
    r = await client.post("/api/qr", json={"kind": "stall"}, headers=Api.auth(market["v"]))
    code = r.json()["token"]
    for method, path, allow in [
        ("PUT", f"/api/negotiations/{n}/bids", "GET, HEAD, POST"),
        ("DELETE", "/api/negotiations", "GET, HEAD, POST"),
        # A code's picture is not the code: DELETE /api/qr/{token} is not taken there.
        ("PUT", f"/api/qr/{code}.png", "GET, HEAD"),
        ("OPTIONS", f"/api/qr/{code}.svg", "GET, HEAD"),
        ("DELETE", f"/api/qr/{code}.png", "GET, HEAD"),
        ("PUT", f"/api/qr/{code}", "DELETE"),
        ("HEAD", "/api/payment/create", "POST"),
        ("OPTIONS", "/api/me", "GET, HEAD"),
        # Static files take GET and HEAD, whether or not the file is there.
        ("POST", "/static/app.css", "GET, HEAD"),
        ("DELETE", "/static/nosuch.js", "GET, HEAD"),
    ]:
        r = await client.request(method, path, headers=Api.auth(market["c"]))
        assert r.status_code == 405, (method, path, r.status_code)
        assert r.headers["allow"] == allow, (method, path)
        if method != "HEAD":
            assert r.json()["error"]["code"] == "method_not_allowed"
    # The code itself is still withdrawn by its token.
    r = await client.delete(f"/api/qr/{code}", headers=Api.auth(market["v"]))
    assert r.status_code == 204, r.text


async def test_redirects_never_name_the_host_a_request_sent(client: httpx.AsyncClient) -> None:
    for path, to in [("/vendor/", "/vendor"), ("/static", "/static/"), ("//evil.test/", "/")]:
        for headers in (
            {"Host": "evil.example"},
            {"Host": "evil.example", "X-Forwarded-Proto": "https"},
        ):
            r = await client.get(path, headers=headers)
            assert r.status_code in (307, 404), (path, r.status_code)
            if r.status_code == 307:
                location = r.headers["location"]
                assert "evil" not in location, (path, location)
                assert location.startswith(to), (path, location)
