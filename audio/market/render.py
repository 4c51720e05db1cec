"""Saying a market act in the listener's language, the product in their own words."""

from __future__ import annotations

from audio.market.inventory import ACTS
from audio.market.recognise import MarketAct
from audio.phrasebook import name_in


def say(act: MarketAct | str, language: str, product_names: dict[str, str] | None = None) -> str:
    """The act in `language`; `product_names` (language → name) names the product when
    the act can name one: the listener's own name for it, else one transliterated."""
    act_id = act if isinstance(act, str) else act.act
    entry = ACTS.get(act_id)
    if entry is None:
        raise ValueError(f"unknown market act {act_id!r}")
    said = entry.say.get(language)
    if said is None:
        raise ValueError(f"market act {act_id!r} has no rendering in {language!r}")
    bare, _, with_product = said.partition("|")
    name = name_in(product_names, language) if product_names else None
    if with_product and name:
        return with_product.format(product=name)
    return bare
