"""What a speaker or listener is told when a speech engine fails on their turn.

The engine's own message names providers, pipelines and an upstream's response text
("every provider failed for tts:ta (bhashini: … HTTP 500: boom)"): it is logged for the
operator, and the person gets the error code and one plain sentence (docs/protocol.md),
which the pages translate by code.
"""

from __future__ import annotations

import logging
from typing import Literal

from audio.errors import EngineError, EngineUnavailable

log = logging.getLogger("vyaparmitra.live")

MESSAGES = {
    "engine_unavailable": "Speech is not available just now; type the price, or try again soon.",
    "stt_failed": "Your words could not be made out this time; please say them again.",
    "tts_failed": "The reply could not be spoken; it is shown as text.",
}


def told(kind: Literal["stt", "tts"], exc: EngineError) -> tuple[str, str]:
    """(code, message) for an engine failure, its detail logged."""
    code = "engine_unavailable" if isinstance(exc, EngineUnavailable) else f"{kind}_failed"
    log.warning("%s failed: %s", kind, exc.message, extra={"code": code})
    return code, MESSAGES[code]
