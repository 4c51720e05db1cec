"""The pages' strings in every spoken language: the chrome tables (`static/i18n.json`) are
whole in all ten, each written in its own script, the pages offer all ten, and the page for
a QR code that cannot be used is told in the reader's language."""

from __future__ import annotations

import json
import re
import unicodedata
from types import SimpleNamespace
from typing import Any

import pytest
from starlette.requests import Request

from server.domain.errors import (
    DomainError,
    NotFound,
    QRTokenExpired,
    QRTokenInvalid,
    QRTokenUsed,
    QRTokenWithdrawn,
    StallClosed,
)
from server.domain.languages import _SCRIPT_WORD as SCRIPT_WORD
from server.domain.languages import SCRIPTS, SPOKEN, reads_in
from server.settings import Settings
from server.web.pages import CHROME_LANGUAGES, STATIC, chrome_language, error_page, strings

HOLE = re.compile(r"\{(\w+)\}")
# Words a page keeps as they are in every language: the product's name, payment schemes.
KEPT = re.compile(r"\{\w+\}|VyaparMitra|UPI|QR|₹")


def own_letters(text: str, language: str) -> bool:
    word = SCRIPT_WORD[SCRIPTS[language]]
    return any(unicodedata.name(c, "").startswith(word) for c in text if c.isalpha())


def test_the_chrome_is_written_in_every_spoken_language() -> None:
    table = strings()
    assert set(table) == set(SPOKEN)
    assert CHROME_LANGUAGES == SPOKEN
    english = table["en"]
    for lang in SPOKEN:
        assert list(table[lang]) == list(english), f"{lang}: keys differ from English"
        for key, text in table[lang].items():
            assert text.strip(), (lang, key)
            assert set(HOLE.findall(text)) == set(HOLE.findall(english[key])), (lang, key)


@pytest.mark.parametrize("lang", [lang for lang in SPOKEN if lang != "en"])
def test_each_table_reads_in_its_own_script(lang: str) -> None:
    table, english = strings()[lang], strings()["en"]
    for key, text in table.items():
        assert reads_in(text, lang), (lang, key, text)  # no letter of another script
        if re.search(r"[A-Za-z]", KEPT.sub("", english[key])):
            assert own_letters(text, lang), f"{lang}.{key} left in English: {text!r}"


def test_the_pages_offer_all_ten_languages() -> None:
    source = (STATIC / "common.js").read_text("utf-8")
    block = re.search(r"export const LANGUAGES = \{(.*?)\};", source, re.S)
    assert block, "common.js names its languages"
    names = dict(re.findall(r"^\s*(\w\w): \"([^\"]+)\",$", block.group(1), re.M))
    assert tuple(names) == SPOKEN
    for lang, name in names.items():  # each by its own name, in its own script
        assert lang == "en" or own_letters(name, lang), (lang, name)
    errors = json.loads((STATIC / "errors.json").read_text("utf-8"))
    assert set(SPOKEN) <= set(errors["messages"])


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("gu-IN,gu;q=0.9,en;q=0.8", "gu"),
        ("kn", "kn"),
        ("ml-IN", "ml"),
        ("pa-IN,hi;q=0.5", "pa"),
        ("fr, pa;q=0, kn;q=0.3", "kn"),  # q=0 refuses Punjabi
        ("de-DE", "en"),
    ],
)
def test_chrome_language_picks_any_of_the_ten(header: str, lang: str) -> None:
    assert chrome_language(header) == lang


def request_with(accept_language: str) -> Request:
    state = SimpleNamespace(settings=Settings(), outage_log=None)
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "path": "/s/x",
        "headers": [(b"accept-language", accept_language.encode())],
        "app": SimpleNamespace(state=state),
    }
    return Request(scope)


UNUSABLE: list[tuple[DomainError, int, str]] = [
    (QRTokenInvalid("forged"), 400, "err_invalid"),
    (QRTokenExpired("past its end"), 410, "err_expired"),
    (QRTokenWithdrawn("withdrawn"), 410, "err_withdrawn"),
    (QRTokenUsed("spent"), 410, "err_used"),
    (StallClosed("closed"), 410, "err_closed"),
    (NotFound("gone"), 404, "err_gone"),
]


@pytest.mark.parametrize("lang", SPOKEN)
@pytest.mark.parametrize(("exc", "status", "key"), UNUSABLE, ids=[u[2] for u in UNUSABLE])
def test_an_unusable_code_is_told_in_the_readers_language(
    lang: str, exc: DomainError, status: int, key: str
) -> None:
    table = strings()[lang]
    page = error_page(request_with(f"{lang}-IN,{lang};q=0.9,en;q=0.5"), exc)
    body = bytes(page.body).decode()
    assert page.status_code == status
    assert f'<html lang="{lang}">' in body
    assert f"<h1>{table[key]}</h1>" in body
    assert table["err_hint"] in body
    if lang != "en":
        assert strings()["en"][key] not in body


def test_a_withdrawn_code_does_not_read_expired() -> None:
    for lang in SPOKEN:
        table = strings()[lang]
        assert table["err_withdrawn"] != table["err_expired"], lang
    body = error_page(request_with("en"), QRTokenWithdrawn("withdrawn")).body
    body = bytes(body).decode()
    assert "withdrawn" in body and "expired" not in body
