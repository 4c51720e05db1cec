"""The pages' table of error messages (`static/errors.json`): every stable error code the
server sends reads in each language people talk in here, with a fallback."""

from __future__ import annotations

import json
import re

import httpx

from server.domain import errors as domain_errors
from server.domain.languages import SPOKEN
from server.live import engine_errors
from server.payments import errors as payment_errors

CODES = {
    "network",
    "unauthorized",
    "session_revoked",
    "account_deactivated",
    "rate_limited",
    "flood",
    "busy",
    "overloaded",
    "database_unavailable",
    "redis_unavailable",
    "unavailable",
    "not_saved",
    "internal_error",
    "turn_failed",
    "stt_failed",
    "tts_failed",
    "engine_unavailable",
    "nothing_to_accept",
    "validation_error",
    "invalid_message",
    "malformed_json",
    "body_not_utf8",
    "confirm_unknown",
    "confirm_stale",
    "confirm_expired",
    "watching",
    "invalid_path",
    "room_restarted",
}
"""Codes sent outside the domain's typed errors (the edge, the live layer)."""

SCRIPT = {
    "hi": r"[\u0900-\u097F]",
    "mr": r"[\u0900-\u097F]",
    "bn": r"[\u0980-\u09FF]",
    "pa": r"[\u0A00-\u0A7F]",
    "gu": r"[\u0A80-\u0AFF]",
    "ta": r"[\u0B80-\u0BFF]",
    "te": r"[\u0C00-\u0C7F]",
    "kn": r"[\u0C80-\u0CFF]",
    "ml": r"[\u0D00-\u0D7F]",
}


def _domain_codes() -> set[str]:
    found = set()
    stack = [domain_errors.DomainError]
    while stack:
        cls = stack.pop()
        found.add(cls.code)
        stack.extend(cls.__subclasses__())
    assert payment_errors.PaymentsNotConfigured.code in found  # payments' errors too
    return found - {"domain_error", "conflict"}


async def test_every_error_code_reads_in_every_spoken_language(client: httpx.AsyncClient) -> None:
    r = await client.get("/static/errors.json")
    assert r.status_code == 200
    table = r.json()
    aliases, messages = table["aliases"], table["messages"]
    assert set(messages) == set(SPOKEN)
    keys = set(messages["en"])
    assert "other" in keys  # the fallback for a code not in the table
    for lang, texts in messages.items():
        assert set(texts) == keys, lang
        if lang in SCRIPT:
            for key, text in texts.items():
                assert re.search(SCRIPT[lang], text), (lang, key)
    assert set(aliases.values()) <= keys
    # A sentence that names an amount names it in every language (filled from the
    # answer's detail by `errorText`).
    for key in keys:
        with_amount = {lang for lang, texts in messages.items() if "{amount}" in texts[key]}
        assert with_amount in (set(), set(messages)), key
    for code in _domain_codes() | CODES:
        assert (aliases.get(code) or code) in keys, code
    # The file is what the pages load: valid JSON, written in UTF-8.
    json.loads(r.content.decode("utf-8"))


async def test_a_speech_engine_failure_reads_as_what_the_server_says(
    client: httpx.AsyncClient,
) -> None:
    """What a speaker or listener is told when a speech engine fails on their turn has a
    sentence of its own in the table (the English one the server's), never "the server is
    busy": the speaker is asked to say it again, the listener reads the reply."""
    table = (await client.get("/static/errors.json")).json()
    for code, english in engine_errors.MESSAGES.items():
        key = table["aliases"].get(code, code)
        assert table["messages"]["en"][key] == english, code
