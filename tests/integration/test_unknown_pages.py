"""A browser that opens an address the server has no page for gets a small page in its
reader's language (404), not the API's JSON; the API keeps its JSON error body."""

from __future__ import annotations

import html

import httpx
import pytest

from server.web import pages

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize(
    ("accept_language", "lang"),
    [("ta-IN,ta;q=0.9,en;q=0.8", "ta"), ("hi", "hi"), ("pa-IN", "pa"), ("ur, fr;q=0.5", "en")],
)
async def test_a_browser_gets_a_page_in_its_language(
    client: httpx.AsyncClient, accept_language: str, lang: str
) -> None:
    r = await client.get(
        "/shops/ramesh/tomatoes", headers={"Accept": BROWSER, "Accept-Language": accept_language}
    )
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    title, text = pages.notices(lang)["not_found"]
    assert f'<html lang="{lang}">' in r.text
    assert html.escape(title) in r.text and html.escape(text) in r.text
    assert "not_found" not in r.text


@pytest.mark.parametrize(
    ("path", "accept"),
    [
        ("/api/no/such/route", BROWSER),  # the API answers JSON, whoever asks
        ("/no/such/page", "application/json"),
        ("/no/such/page", "*/*"),  # curl, scripts
    ],
)
async def test_the_api_and_other_clients_keep_json(
    client: httpx.AsyncClient, path: str, accept: str
) -> None:
    r = await client.get(path, headers={"Accept": accept, "Accept-Language": "ta"})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]["code"] == "not_found"
