"""A price asked back and a lower one told of another place ("150 for a kilo of onions?
the shop next lane sells at 90"): the first sum is the other side's price repeated in
doubt, the later one what is asked elsewhere, and the line, the complaint recognised
(`audio.market.price_compared`), carries no price. The first sum is asked back when a
question mark ends its clause with the goods at most between; every sum after that mark
is lower."""

from __future__ import annotations

import re
from dataclasses import replace

from audio.market.mrp import TOO_EXPENSIVE
from audio.market.recognise import market_act
from audio.understanding import Catalogue, Intent, Understanding

_DIGITS = re.compile(r"\d+")


def _asked_sum(understood: Understanding, text: str) -> tuple[int, int] | None:
    """(the sum asked back, in paise; where its question mark stands): the first mention
    with a question mark ending its clause, or, where understanding took no such mention
    ("এই শাড়ি ১২০০? ...", the bare sum read as no price), the last number in digits in the
    clause the first question mark ends."""
    for m in sorted(understood.mentions, key=lambda m: m.start):
        mark = _asked_back_at(text, m.end)
        if mark is not None and m.amount_paise is not None and not m.negated:
            return m.amount_paise, mark
    mark = text.find("?")
    if mark < 0:
        return None
    clause = re.split(r"[,.!;:।]", text[:mark])[-1]
    said = _DIGITS.findall(clause)
    if not said or len(clause.split()) > 6:
        return None
    return int(said[-1]) * 100, mark


def _asked_back_at(text: str, end: int) -> int | None:
    """Where the question mark that ends the sum's clause stands (the sum ending at `end`,
    a character offset, the goods at most between), or None."""
    rest = text[end:]
    mark = rest.find("?")
    if mark < 0 or any(c in ",.!;:।" for c in rest[:mark]) or len(rest[:mark].split()) > 5:
        return None
    return end + mark


def compared_not_price(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where the line asks a price back and tells a
    lower one asked elsewhere (see above), or None where the price stands."""
    del min_confidence
    if understood.amount_paise is None:
        return None
    asked = _asked_sum(understood, text)
    if asked is None:
        return None
    amount, mark = asked
    later = [m for m in understood.mentions if m.start > mark]
    if not later or any(m.amount_paise is None or m.amount_paise >= amount for m in later):
        return None
    act = market_act(text, language, catalogue)
    if act is None or act.act != TOO_EXPENSIVE:
        return None
    return replace(understood, intent=Intent.OTHER, amount_paise=None, per_unit=None, mentions=())
