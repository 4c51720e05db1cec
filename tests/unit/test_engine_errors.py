"""An engine failure is told to the person as its code and a plain sentence; the
engine's own text (providers, pipelines, an upstream's answer) goes to the log."""

from __future__ import annotations

import logging

import pytest

from audio.errors import EngineError, EngineUnavailable
from server.live.engine_errors import MESSAGES, told

DETAIL = "every provider failed for tts:ta (bhashini: bhashini compute tts: HTTP 500: boom)"


@pytest.mark.parametrize(
    ("kind", "exc", "code"),
    [
        ("tts", EngineError(DETAIL, retryable=False), "tts_failed"),
        ("stt", EngineError(DETAIL, retryable=True), "stt_failed"),
        ("stt", EngineUnavailable(DETAIL), "engine_unavailable"),
    ],
)
def test_the_person_gets_a_sentence_and_the_log_gets_the_detail(
    kind: str, exc: EngineError, code: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="vyaparmitra")
    assert told(kind, exc) == (code, MESSAGES[code])  # type: ignore[arg-type]
    assert "bhashini" not in MESSAGES[code] and "provider" not in MESSAGES[code]
    assert any(DETAIL in r.getMessage() for r in caplog.records)
