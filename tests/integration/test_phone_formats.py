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


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("12345678", "country code"),  # would read as +1 234 5678
        ("2654 3210", "country code"),  # a landline without its STD code: not +265 (Malawi)
        ("447911123456", "country code"),  # no + before it: a guess, not a reading
        ("+0 123456789", "No country code begins with 0"),
        ("00 0123 456789", "No country code begins with 0"),
        ("+999999999999999", "+999"),  # a spare code
        ("+384 12 345 678", "+384"),
        ("+1 234 5678", "10 digits after +1"),
    ],
)
async def test_a_number_that_cannot_exist_is_refused_saying_why(
    client: httpx.AsyncClient, written: str, why: str
) -> None:
    body = {"name": "Meena", "phone": written, "password": PASSWORD, "role": "vendor"}
    r = await client.post("/api/auth/register", json=body)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_input"
    assert why in error["message"], error["message"]


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("+44 7911 123456", "+447911123456"),
        ("0044 7911 123456", "+447911123456"),
        ("+1 (202) 555-0123", "+12025550123"),
        ("+977 981-2345678", "+9779812345678"),
        ("+880 1712 345678", "+8801712345678"),
        ("91 98765 43210", "+919876543210"),
        ("098765 43210", "+919876543210"),
    ],
)
async def test_numbers_that_exist_are_kept(api: Api, written: str, stored: str) -> None:
    reg = await api.register("customer", phone=written)
    assert reg["user"]["phone"] == stored
