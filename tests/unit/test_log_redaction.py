"""`server.logs.RedactQueries`: a URL's query, or a credential-like `name=value`, never
reaches a log line, whichever logger wrote it and however uvicorn passes the path."""

from __future__ import annotations

import io
import json
import logging

import pytest

from server.logs import JSONFormatter, RedactQueries, redact_queries

TOKEN = "eyJhbGciOiJIUzI1NiIs.eyJzdWIiOiI3In0.c2lnbmF0dXJl"


def emitted(logger_name: str, msg: str, *args: object) -> str:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JSONFormatter())
    handler.addFilter(RedactQueries())
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        logger.info(msg, *args)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    return json.loads(out.getvalue())["msg"]


@pytest.mark.parametrize(
    "path",
    [
        f"/ws/telephony/exotel?token={TOKEN}&negotiation_id=182",
        f"/ws/negotiations/112?ticket={TOKEN}",
        f"/ws/negotiations/112?ticket=x&ticket={TOKEN}",
        f'/ws/x y?a"b&tick%65t={TOKEN}',
    ],
)
def test_uvicorn_handshake_lines_keep_the_path_and_lose_the_query(path: str) -> None:
    line = emitted(
        "uvicorn.error.redaction-test", '%s - "WebSocket %s" [accepted]', "127.0.0.1:5", path
    )
    assert TOKEN not in line
    assert line == f'127.0.0.1:5 - "WebSocket {path.split("?")[0]}?[redacted]" [accepted]'
    line = emitted("uvicorn.error.redaction-test", '%s - "WebSocket %s" %d', "1.2.3.4:9", path, 403)
    assert TOKEN not in line and line.endswith('?[redacted]" 403')


def test_credentials_in_any_line_are_redacted() -> None:
    assert TOKEN not in emitted("vyaparmitra.test", f"GET https://h.example/a?token={TOKEN}")
    assert TOKEN not in emitted("vyaparmitra.test", "webhook %s", f"signature={TOKEN}")
    assert redact_queries(f"api_key={TOKEN} x") == "api_key=[redacted] x"
    assert redact_queries(f"see /ws/vendor?ticket={TOKEN}.") == "see /ws/vendor?[redacted]"


def test_lines_without_urls_are_left_alone() -> None:
    for text in ("Did you say 5 rupees?", "kg/dozen? yes", "price 50 ok", "a = b"):
        assert redact_queries(text) == text
    assert emitted("vyaparmitra.test", "%d%% of %s", 5, "stock") == "5% of stock"


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        (f"/s/{TOKEN}", "/s/[redacted]"),
        (f"/api/qr/{TOKEN}", "/api/qr/[redacted]"),
        (f"/api/qr/{TOKEN}.png", "/api/qr/[redacted].png"),
        (f"/api/qr/{TOKEN}.svg", "/api/qr/[redacted].svg"),
        (f"/api/qr/{TOKEN}/join", "/api/qr/[redacted]/join"),
        (f"/api/qr/{TOKEN}/stall", "/api/qr/[redacted]/stall"),
        (f"https://mandi.example.in/s/{TOKEN}", "https://mandi.example.in/s/[redacted]"),
    ],
)
def test_qr_tokens_in_paths_are_redacted(path: str, kept: str) -> None:
    """A QR code's token (one-visit codes too) lets whoever reads it join the stall."""
    assert redact_queries(path) == kept
    assert emitted("vyaparmitra.test", "GET %s 200", path) == f"GET {kept} 200"
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JSONFormatter())
    handler.addFilter(RedactQueries())
    logger = logging.getLogger("vyaparmitra.access.redaction-test")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    try:
        logger.info("request", extra={"path": path})
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    assert TOKEN not in out.getvalue()
    assert json.loads(out.getvalue())["path"] == kept


def test_paths_without_qr_tokens_are_left_alone() -> None:
    for path in ("/api/qr", "/static/s/app.js", "/api/negotiations/7/bids", "kg/s/day"):
        assert redact_queries(path) == path
