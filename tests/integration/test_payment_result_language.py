"""The page a shopper lands on after paying speaks their language: the language of the
shopper's account where the server knows whose payment it was, else the browser's
`Accept-Language`, else English; one table of strings per language the product speaks."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import httpx
import pytest

from server.domain.languages import _SCRIPT_WORD, SCRIPTS, SPOKEN
from server.payments.result_links import result_query
from server.web import pages
from tests.conftest import TEST_SECRET_KEY

NOTICES = Path(pages.__file__).parent / "notices"


async def result(
    client: httpx.AsyncClient,
    accept: str | None = None,
    *,
    status: str,
    order_id: int | None = None,
    lang: str | None = None,
) -> str:
    """The result page at the address the payment callback signs for these values."""
    headers = {"Accept-Language": accept} if accept is not None else {}
    query = result_query(status, (TEST_SECRET_KEY,), order_id=order_id, lang=lang)
    r = await client.get(f"/payment/result?{query}", headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    return r.text


async def test_the_browsers_language_when_the_page_names_none(client: httpx.AsyncClient) -> None:
    tamil = await result(client, "ta-IN,ta;q=0.9,en;q=0.5", status="refunding", order_id=7)
    assert '<html lang="ta">' in tamil
    assert pages.notices("ta")["refunding"][0] in tamil
    assert "ஆர்டர் 7" in tamil
    assert "refunded" not in tamil
    # A language the chrome lacks but the product speaks (Kannada) is served too.
    kannada = await result(client, "kn", status="failed")
    assert pages.notices("kn")["failed"][1] in kannada


async def test_the_shoppers_own_language_wins_over_the_browsers(client: httpx.AsyncClient) -> None:
    page = await result(client, "en-GB,en", status="pending", order_id=12, lang="hi")
    assert '<html lang="hi">' in page
    assert "आपके भुगतान की पुष्टि हो रही है" in page
    assert "ऑर्डर 12" in page


@pytest.mark.parametrize(
    ("accept", "lang"),
    [
        (None, None),  # nothing asked
        ("ur-PK,ur", None),  # a language the product does not speak
        ("ta;q=0, *;q=0.1", None),  # Tamil refused outright
        ("!!garbage;;q=zz", "xx"),  # nonsense header, an unknown `lang`
        ("fr", "<script>"),
    ],
)
async def test_english_when_nothing_better_is_known(
    client: httpx.AsyncClient, accept: str | None, lang: str | None
) -> None:
    page = await result(client, accept, status="paid", lang=lang)
    assert '<html lang="en">' in page
    assert "Payment received" in page
    assert "<script>" not in page


def test_a_table_per_spoken_language_each_in_its_own_script() -> None:
    assert {p.stem for p in NOTICES.glob("*.json")} == set(SPOKEN)
    english = json.loads((NOTICES / "en.json").read_text("utf-8"))
    for language in SPOKEN:
        table = pages.notices(language)
        assert table.keys() == english.keys(), language
        assert "{id}" in table["order"]
        if language == "en":
            continue
        word = _SCRIPT_WORD[SCRIPTS[language]]
        for key, value in table.items():
            lines = [value] if isinstance(value, str) else value
            for line in lines:
                assert line not in english.values(), (language, key)
                # In the language's own script (Razorpay and QR are names; {id} a slot).
                letters = line.replace("Razorpay", "").replace("QR", "").replace("{id}", "")
                named = {unicodedata.name(c).split()[0] for c in letters if c.isalpha()}
                assert named == {word}, (language, key, named)
