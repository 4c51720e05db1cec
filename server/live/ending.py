"""A reject's or cancel's reason as the other side reads and hears it: said in the
reader's language where the phrasebook can say it (the market act it is: "sold out",
"the quality is not good"), otherwise the words as typed, marked untranslated. Words that
hold a price are never said afresh: a price is relayed only as typed."""

from __future__ import annotations

from typing import Any

from audio.interpret import said_as_market_act
from audio.understanding import Catalogue, understand


def _latin_only(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


def _rendered(
    text: str,
    source: str,
    target: str,
    *,
    catalogue: Catalogue | None,
    product_names: dict[str, str] | None,
) -> str | None:
    """The reason said in `target` from the market act it is, or None."""
    if source == target:
        return None
    if understand(text, language=source, catalogue=catalogue).amount_paise is not None:
        return None  # a price in it: passed on as typed, never said afresh
    said = said_as_market_act(
        text, source=source, target=target, catalogue=catalogue, default_product=product_names
    )
    return said[0].text if said is not None and not said[0].untranslated else None


def reason_as_read(
    reason: dict[str, Any] | None,
    *,
    side: str,
    language: str | None,
    catalogue: Catalogue | None = None,
    product_names: dict[str, str] | None = None,
) -> dict[str, Any] | None:
    """`reason` (a negotiation view's `end_reason`: `text`, `language`, `side`) as a
    reader of `side` in `language` gets it: `text` and `language` as read, `untranslated`
    when they are the words as typed in another language than the reader's. The side
    that gave it reads its own words."""
    if not reason:
        return None
    text = str(reason["text"])
    typed_in = reason.get("language") or language or "en"
    # Typed in Latin letters by a speaker of another language: maybe English words.
    sources = [typed_in] + (["en"] if typed_in != "en" and _latin_only(text) else [])
    out = {"text": text, "language": typed_in, "side": reason["side"], "untranslated": False}
    if reason["side"] == side or language is None:
        return out
    for source in sources:
        said = _rendered(text, source, language, catalogue=catalogue, product_names=product_names)
        if said is not None:
            return out | {"text": said, "language": language}
    if language in sources:
        return out | {"language": language}  # typed in the reader's own language
    return out | {"untranslated": True}
