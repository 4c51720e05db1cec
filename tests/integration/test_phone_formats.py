"""Phone numbers as people in India write them: spaces, dashes, brackets, a trunk 0, a
country code, Indian (or full-width) digits. Each is the one E.164 number; anything
else is refused in plain words, never with a regular expression."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import Api

PASSWORD = "correct horse battery"

# One number (+91 9123 456 780), written eight ways, none of them the stored form.
WRITTEN = [
    "+91 91234 56780",
    "91234-56780",
    "091234 56780",
    "(+91) 9123-456-780",
    "+91.91234.56780",
    "+९१ ९१२३४ ५६७८०",  # Devanagari
    "৯১২৩৪ ৫৬৭৮০",  # Bengali, no country code
    "+91\u00a091234\u200956780",  # a no-break and a thin space
    "＋９１９１２３４５６７８０",  # full-width
    "௯௧௨௩௪-௫௬௭௮௦",  # Tamil
]


@pytest.mark.parametrize("written", WRITTEN)
async def test_a_number_written_any_way_is_the_one_account(
    api: Api, client: httpx.AsyncClient, written: str
) -> None:
    reg = await api.register("vendor", phone=written, business_name="Meena Phal")
    assert reg["user"]["phone"] == "+919123456780"
    for other in ("+919123456780", "9123456780", WRITTEN[written == WRITTEN[0]]):
        r = await client.post("/api/auth/login", json={"phone": other, "password": PASSWORD})
        assert r.status_code == 200, (other, r.text)
        me = await api.get(r.json()["token"], "/api/me")
        assert me.json()["id"] == reg["user"]["id"]


@pytest.mark.parametrize(
    "written",
    [
        "+91 98765 4321x",  # a letter
        "98765 43210 ext 4",
        "1234567",  # seven digits
        "+91 98765 43210 98765 43210",  # twenty digits
        "++919876543210",
        "98765_43210",
        "",
        "   ",
        "٩٨٧٦٥٤٣٢١٠" + "x" * 40,  # too long to read at all
    ],
)
async def test_anything_else_is_refused_in_plain_words(
    client: httpx.AsyncClient, written: str
) -> None:
    body = {"name": "Meena", "phone": written, "password": PASSWORD, "role": "customer"}
    r = await client.post("/api/auth/register", json=body)
    assert r.status_code == 422, r.text
    message = r.json()["error"]["message"]
    assert "phone" in message
    assert "pattern" not in message and "[0-9]" not in message and "^" not in message
    login = await client.post("/api/auth/login", json={"phone": written, "password": PASSWORD})
    assert login.status_code == 422, login.text


def test_the_vendor_login_sends_a_phone_as_a_phone() -> None:
    """The console's login sends an id with an @ as an e-mail address, anything else as
    a phone number for the server to read (it used to send any id its own pattern
    refused, "+91 98765 43210" included, as an e-mail address)."""
    from pathlib import Path

    import server.web

    js = (Path(server.web.__file__).parent / "static" / "vendor.js").read_text("utf-8")
    start = js.index("async function login(")
    login = js[start : js.index("\n}\n", start)]
    assert 'id.includes("@") ? { email: id, password } : { phone: id, password }' in login
    assert "[0-9]{8,15}" not in login
