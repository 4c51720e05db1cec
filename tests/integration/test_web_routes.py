"""The pages' HTTP side: the shells, the QR error page, static files, and the read models
the pages use (a stall behind a QR code, the console's stall QR and orders)."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from models import QRSession, utcnow
from server.web.pages import CHROME_LANGUAGES, chrome_language, strings
from tests.conftest import Api


async def stall_qr(api: Api, vendor_token: str, **body: Any) -> dict[str, Any]:
    r = await api.client.post("/api/qr", headers=api.auth(vendor_token), json=body)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


def boot_of(page: str) -> dict[str, Any]:
    m = re.search(r'<script type="application/json" id="boot">(.*?)</script>', page, re.S)
    assert m, "the page carries its boot data"
    data: dict[str, Any] = json.loads(m.group(1))
    return data


async def test_shopper_page_for_a_stall_code(api: Api, market: dict) -> None:
    qr = await stall_qr(api, market["v"], kind="stall")
    r = await api.client.get(f"/s/{qr['token']}", headers={"Accept-Language": "ta-IN,ta;q=0.9"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert '<html lang="ta">' in r.text
    assert "<title>Ramesh Sabzi</title>" in r.text
    assert boot_of(r.text) == {"token": qr["token"], "business_name": "Ramesh Sabzi"}
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["referrer-policy"] == "no-referrer"
    # Viewing the page counts no use of the code.
    again = await api.client.get(f"/s/{qr['token']}")
    assert again.status_code == 200


async def test_boot_data_cannot_close_its_script(api: Api, market: dict) -> None:
    vendor = await api.register("vendor", business_name="</script><script>alert(1)</script>")
    await api.product(vendor["token"])
    qr = await stall_qr(api, vendor["token"], kind="stall")
    page = (await api.client.get(f"/s/{qr['token']}")).text
    assert "<script>alert(1)" not in page
    assert boot_of(page)["business_name"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize(
    ("case", "status", "key"),
    [("forged", 400, "err_invalid"), ("expired", 410, "err_expired"), ("used", 410, "err_used")],
)
async def test_unusable_codes_get_a_plain_page(
    api: Api, market: dict, app: Any, case: str, status: int, key: str
) -> None:
    # A stall code outlives its key, so it opens by its nonce: a visit code is forged here.
    qr = await stall_qr(api, market["v"], kind="stall" if case == "expired" else "visit")
    token = qr["token"]
    if case == "forged":
        token = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    elif case == "expired":
        async with app.state.sessions() as session, session.begin():
            await session.execute(
                update(QRSession).values(expires_at=utcnow() - timedelta(minutes=1))
            )
    else:
        joined = await api.client.post(f"/api/qr/{token}/join", json={"language": "hi"})
        assert joined.status_code == 200
    r = await api.client.get(f"/s/{token}", headers={"Accept-Language": "hi-IN,en;q=0.5"})
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert strings()["hi"][key] in r.text
    assert strings()["hi"]["err_hint"] in r.text
    assert "Traceback" not in r.text
    assert '<html lang="hi">' in r.text


@pytest.mark.parametrize("lang", ["gu", "kn", "ml", "pa"])
async def test_a_withdrawn_code_says_so_in_the_readers_language(
    api: Api, market: dict, lang: str
) -> None:
    qr = await stall_qr(api, market["v"], kind="stall")
    gone = await api.client.delete(f"/api/qr/{qr['token']}", headers=api.auth(market["v"]))
    assert gone.status_code == 204
    r = await api.client.get(
        f"/s/{qr['token']}", headers={"Accept-Language": f"{lang}-IN,{lang};q=0.9,en;q=0.5"}
    )
    assert r.status_code == 410
    assert f'<html lang="{lang}">' in r.text
    assert strings()[lang]["err_withdrawn"] in r.text
    assert strings()[lang]["err_hint"] in r.text
    assert strings()[lang]["err_expired"] not in r.text
    assert "withdrawn" not in r.text.replace("qr_withdrawn", "")  # no English sentence


async def test_resume_console_and_flyer_pages(client: httpx.AsyncClient) -> None:
    for path, script in (
        ("/shop", "/static/shopper.js"),
        ("/vendor", "/static/vendor.js"),
        ("/vendor/flyer", "/static/flyer.js"),
    ):
        r = await client.get(path)
        assert r.status_code == 200, path
        assert f'src="{script}"' in r.text
        js = await client.get(script)
        assert js.status_code == 200
        assert js.headers["content-type"].startswith(("text/javascript", "application/javascript"))
    # The bare address (as `tls dev` prints it) leads to the console, not a JSON 404.
    home = await client.get("/")
    assert home.status_code == 307 and home.headers["location"] == "/vendor"
    head = await client.head("/")  # a link checker or a load balancer's probe
    assert head.status_code == 307 and head.headers["location"] == "/vendor"
    for page in ("/vendor", "/shop", "/vendor/flyer", "/payment/result?status=invalid"):
        head = await client.head(page)
        assert head.status_code == 200 and head.headers["content-type"].startswith("text/html")
        assert head.content == b""


async def test_static_files_and_strings(client: httpx.AsyncClient) -> None:
    r = await client.get("/static/i18n.json")
    assert r.status_code == 200
    table = r.json()
    assert set(CHROME_LANGUAGES) <= set(table)
    english = table["en"]
    for lang in CHROME_LANGUAGES:
        assert set(table[lang]) == set(english), lang
        for key, text in table[lang].items():
            holes = set(re.findall(r"\{(\w+)\}", text))
            assert holes == set(re.findall(r"\{(\w+)\}", english[key])), (lang, key)
    # Indic chrome is written in its own script, not left in English.
    assert table["ta"]["start"] != english["start"]
    assert re.search(r"[\u0B80-\u0BFF]", table["ta"]["start"])
    assert (await client.get("/static/capture-worklet.js")).status_code == 200
    assert (await client.get("/static/app.css")).headers["content-type"].startswith("text/css")
    missing = await client.get("/static/nope.js")
    assert missing.status_code == 404


def test_chrome_language_from_accept_language() -> None:
    assert chrome_language("ta-IN,ta;q=0.9,en;q=0.8") == "ta"
    assert chrome_language("fr-FR,bn;q=0.5,hi;q=0.7") == "hi"
    assert chrome_language("de") == "en"
    assert chrome_language(None) == "en"
    assert chrome_language("mr;q=bogus, te") == "te"
    assert chrome_language("gu-IN,gu;q=0.9,hi;q=0.8") == "gu"
    assert chrome_language("pa-IN") == "pa"


async def test_stall_view_names_products_in_the_shoppers_script(api: Api, market: dict) -> None:
    v = market["v"]
    onion = await api.product(
        v, names={"hi": "प्याज", "en": "Onion"}, list_price_paise=3500, floor_price_paise=2800
    )
    await api.product(v, names={"en": "Sold out"}, stock=0)
    hidden = await api.product(v, names={"en": "Hidden"})
    await api.client.patch(
        f"/api/products/{hidden['id']}", headers=api.auth(v), json={"is_active": False}
    )
    qr = await stall_qr(api, v, kind="stall", product_id=onion["id"])

    async def view(language: str) -> dict[str, Any]:
        r = await api.client.get(f"/api/qr/{qr['token']}/stall", params={"language": language})
        assert r.status_code == 200, r.text
        data: dict[str, Any] = r.json()
        return data

    hi = await view("hi")
    assert hi["business_name"] == "Ramesh Sabzi"
    assert hi["kind"] == "stall"
    assert hi["product_id"] == onion["id"]
    assert [p["name"] for p in hi["products"]] == ["टमाटर", "प्याज"]  # on sale and in stock
    assert all("floor_price_paise" not in p for p in hi["products"])
    assert hi["products"][1]["list_price_paise"] == 3500
    mr = await view("mr")  # Marathi reads Devanagari: the Hindi name as it is
    assert [p["name"] for p in mr["products"]] == ["टमाटर", "प्याज"]
    assert not any(p["transliterated"] for p in mr["products"])
    ta = await view("ta")  # no Tamil name: the Hindi one in Tamil script
    assert ta["products"][0]["name"] == "டமாடர்"
    assert ta["products"][0]["transliterated"] is True
    en = await view("en")
    assert [p["name"] for p in en["products"]] == ["Tomato", "Onion"]
    # A language whose script no name can be shown in is refused (Odia, Assamese and Urdu
    # readers are shown names: test_product_names), never silently read as English.
    for odd in ("xx", "zz", "HI", "hin", ""):
        r = await api.client.get(f"/api/qr/{qr['token']}/stall", params={"language": odd})
        assert r.status_code == 422, (odd, r.text)
        assert r.json()["error"]["code"] == "validation_error"
        assert r.json()["error"]["fields"][0]["field"] == "query.language"


async def test_stall_view_refuses_what_the_page_refuses(api: Api, market: dict) -> None:
    qr = await stall_qr(api, market["v"], kind="visit")
    ok = await api.client.get(f"/api/qr/{qr['token']}/stall")
    assert ok.status_code == 200
    await api.client.post(f"/api/qr/{qr['token']}/join", json={"language": "hi"})
    used = await api.client.get(f"/api/qr/{qr['token']}/stall")
    assert used.status_code == 410
    assert used.json()["error"]["code"] == "qr_used"
    forged = await api.client.get("/api/qr/abc.def/stall")
    assert forged.status_code == 400
    assert forged.json()["error"]["code"] == "qr_invalid"


async def test_console_stall_qr(api: Api, market: dict) -> None:
    v = market["v"]
    none = await api.get(v, "/api/console/stall-qr")
    assert none.status_code == 200
    assert none.json() == {"business_name": "Ramesh Sabzi", "qr": None}
    await stall_qr(api, v, kind="visit")  # a one-visit code is not the stall's
    made = await stall_qr(api, v, kind="stall")
    got = (await api.get(v, "/api/console/stall-qr")).json()
    assert got["qr"]["token"] == made["token"]
    assert got["qr"]["url"].endswith(f"/s/{made['token']}")
    assert (await api.get(market["c"], "/api/console/stall-qr")).status_code == 403
    assert (await api.client.get("/api/console/stall-qr")).status_code == 401


async def test_console_orders_carry_their_payment_state(api: Api, market: dict) -> None:
    v, c = market["v"], market["c"]
    n = await api.open(c, market["product"]["id"], quantity=2)
    assert (await api.bid(c, n["id"], 3500)).status_code == 201
    accepted = await api.accept(v, n["id"])
    assert accepted.status_code == 200, accepted.text
    order_id = accepted.json()["order"]["id"]
    other = await api.register("vendor", business_name="Other")
    orders = (await api.get(v, "/api/console/orders")).json()
    assert [o["order"]["id"] for o in orders] == [order_id]
    first = orders[0]
    assert first["order"]["total_paise"] == 7000
    assert first["product_names"]["hi"] == "टमाटर"
    assert first["unit"] == "kg"
    assert first["payment"]["paid"] is False
    assert first["payment"]["paid_paise"] == 0
    assert (await api.get(other["token"], "/api/console/orders")).json() == []
    assert (await api.get(c, "/api/console/orders")).status_code == 403


PAGE_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


async def test_every_html_route_sends_the_pages_security_headers(
    client: httpx.AsyncClient, app: Any
) -> None:
    """Every GET route of the app is asked (a path parameter filled with a forged QR token
    or an id); whatever answers HTML, whichever router it lives on (`/payment/result` is
    the payments router's), carries the pages' policy: a new page cannot miss it."""
    from fastapi.routing import APIRoute

    def routes(of: list[Any], prefix: str = "") -> list[tuple[str, APIRoute]]:
        found: list[tuple[str, APIRoute]] = []
        for route in of:
            if isinstance(route, APIRoute):
                found.append((prefix + route.path, route))
            inner = getattr(route, "original_router", None)  # an included router
            if inner is not None:
                found += routes(inner.routes, prefix + getattr(inner, "prefix", ""))
        return found

    html_paths = []
    listed = routes(app.routes)
    assert len(listed) > 20, listed
    for full, route in listed:
        if "GET" not in route.methods:
            continue
        path = re.sub(r"\{token(?::\w+)?\}", "AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB", full)
        path = re.sub(r"\{\w+(?::\w+)?\}", "1", path)
        r = await client.get(path)
        if not r.headers.get("content-type", "").startswith("text/html"):
            continue
        html_paths.append(full)
        for name, value in PAGE_HEADERS.items():
            assert r.headers.get(name) == value, (full, name, r.headers)
        csp = r.headers.get("content-security-policy", "")
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, full
        assert "unsafe-inline" not in csp, full
        assert ' style="' not in r.text and "<style" not in r.text, full
    assert {"/s/{token}", "/shop", "/vendor", "/vendor/flyer", "/payment/result"} <= set(
        html_paths
    ), html_paths


async def test_the_consoles_price_bound_is_the_apis(client: httpx.AsyncClient) -> None:
    """The product form refuses, in the vendor's language, a price the API would refuse
    with a validation message naming the field."""
    from server.api.schemas import MAX_PAISE

    script = (await client.get("/static/vendor.js")).text
    found = re.search(r"const MAX_PRICE_PAISE = ([\d_]+);", script)
    assert found is not None and int(found[1].replace("_", "")) == MAX_PAISE
