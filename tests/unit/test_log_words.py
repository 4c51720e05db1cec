"""`server.logs.SpokenWords`: what a person said or typed is in the log only at DEBUG; at
INFO a line keeps its length (and the language where the line has one)."""

from __future__ import annotations

import io
import json
import logging
import time
from typing import Any

import pytest

from audio.frames import DecodeStep, Transcript
from server.live.turns.decodes import log_decode
from server.logs import JSONFormatter, SpokenWords, configure_logging

SAID = "मेरा नंबर नौ आठ सात छह है, घर पर भेज देना"
PASS = "मेरा नंबर नौ आठ"


@pytest.fixture
def lines() -> tuple[io.StringIO, logging.Handler]:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JSONFormatter())
    handler.addFilter(SpokenWords())
    return out, handler


def logged(
    out: io.StringIO, handler: logging.Handler, logger_name: str, level: int, write: Any
) -> list[dict[str, Any]]:
    logger = logging.getLogger(logger_name)
    before = logger.level
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    try:
        write()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(before)
        logger.propagate = True
    return [json.loads(line) for line in out.getvalue().splitlines()]


def decode() -> None:
    transcript = Transcript(
        text=SAID,
        language="hi",
        provider="test",
        confidence=0.8,
        steps=(DecodeStep("short", "first", 2.0, 0.1, 0.1, text=PASS),),
    )
    log_decode(transcript, side="customer", purpose="turn", started=time.monotonic())


def test_an_stt_decode_at_info_keeps_the_length_not_the_words(
    lines: tuple[io.StringIO, logging.Handler],
) -> None:
    [line] = logged(*lines, "vyaparmitra.live", logging.INFO, decode)
    assert line["msg"] == "stt decode"
    assert SAID not in json.dumps(line, ensure_ascii=False)
    assert PASS not in json.dumps(line, ensure_ascii=False)
    assert "text" not in line
    assert line["text_chars"] == len(SAID)
    [step] = line["steps"]
    assert "text" not in step
    assert step["text_chars"] == len(PASS)
    assert step["kind"] == "short"  # the rest of the trace is kept
    assert line["confidence"] == 0.8


def test_the_words_are_logged_at_debug(lines: tuple[io.StringIO, logging.Handler]) -> None:
    [line] = logged(*lines, "vyaparmitra.live", logging.DEBUG, decode)
    assert line["text"] == SAID
    assert line["steps"][0]["text"] == PASS


def test_any_info_line_with_words_and_a_language(
    lines: tuple[io.StringIO, logging.Handler],
) -> None:
    """Whichever logger: a typed line (`transcript`) loses its words, keeps its language."""

    def write() -> None:
        logging.getLogger("vyaparmitra.other").info(
            "typed", extra={"transcript": "call me on 98765 43210", "language": "en"}
        )
        logging.getLogger("vyaparmitra.other").debug("typed", extra={"text": "at debug"})

    [line] = logged(*lines, "vyaparmitra.other", logging.INFO, write)
    assert line == line | {"transcript_chars": 22, "language": "en"}
    assert "transcript" not in line


def test_configure_logging_installs_it() -> None:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        configure_logging("INFO")
        [handler] = root.handlers
        assert any(isinstance(f, SpokenWords) for f in handler.filters)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
