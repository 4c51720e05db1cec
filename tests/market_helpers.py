"""What a listener receives of a market line, through the whole `interpret` path."""

from __future__ import annotations

import asyncio

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


def received(text: str, language: str) -> str | None:
    """The market act the listener gets of `text` (said by a customer; heard in Hindi
    when said in English, else in English)."""
    target = "hi" if language == "en" else "en"
    got = asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )
    return got.market.act if got.market is not None else None
