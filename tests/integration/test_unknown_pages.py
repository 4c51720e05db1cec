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


async def test_a_page_sent_a_form_answers_a_page_too(client: httpx.AsyncClient) -> None:
    """A browser that POSTs to a page (an old bookmark of a form, a stray submit) gets the
    same small page, 405 with `Allow`; a script keeps the JSON error."""
    r = await client.post("/", headers={"Accept": BROWSER, "Accept-Language": "hi"})
    assert r.status_code == 405
    assert r.headers["content-type"].startswith("text/html")
    assert "GET" in r.headers["allow"]
    title, _text = pages.notices("hi")["not_found"]
    assert '<html lang="hi">' in r.text and html.escape(title) in r.text
    r = await client.post("/", headers={"Accept": "application/json"})
    assert r.status_code == 405
    assert r.json()["error"]["code"] == "method_not_allowed"
    assert "GET" in r.headers["allow"]
