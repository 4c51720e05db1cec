"""A turn's words for screens that read another language than the listening side's
voice (a console chosen in English watching a Tamil phone leg): each language's version
made once, from the understood move, by whichever process holds such a screen."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from audio.acts import ActKind, NegotiationAct
from server.live.room_info import RoomInfo
from server.live.turns.translated import as_read

if TYPE_CHECKING:
    from server.live.service import LiveService

log = logging.getLogger("vyaparmitra.live")


async def versions_for(
    service: LiveService, info: RoomInfo | None, data: dict[str, Any], languages: set[str]
) -> dict[str, Any]:
    """A `translation` event's data with versions for `languages` too, where the
    speaker's process made none (it knows only its own watchers; a screen that joins
    later, or elsewhere, reads one too): made from the understood move as here."""
    words = data.get("words")
    if not words:
        return data
    versions = dict(data.get("versions") or {})
    missing = sorted(language for language in languages if needs_version(data, language))
    if not missing:
        return data
    said, language = str(words["text"]), str(words["language"])
    market = info if words.get("market") else None
    try:
        raw = words.get("act")
        act = None if raw is None else NegotiationAct(**raw | {"kind": ActKind(raw["kind"])})
        made = await asyncio.gather(
            *(
                service.pipeline.ahead.translate(said, language, target, act, market)
                for target in missing
            )
        )
    except Exception:  # those screens read the words as the voice got them
        log.exception("a translation for a screen here failed", extra={"room": data.get("room")})
        return data
    for target, translation in zip(missing, made, strict=True):
        versions[target] = as_read(translation, target, said, language)
    return data | {"versions": versions}


def needs_version(data: dict[str, Any], language: str) -> bool:
    """Whether a `translation` event's data lacks the words for a screen reading
    `language` that can be made from what it carries."""
    words = data.get("words")
    if not words:
        return False
    return language not in {words["voice"], *(data.get("versions") or {})}
