"""From a speaker's words to what the listener hears: understanding → act → their language.

Prices never go through free-text translation: when the words are understood as a
negotiation act, the act is rendered by the phrasebook in the listener's language; only
what is not understood goes through the translation chain (and is flagged when nothing
could translate it). Market talk that is not a price move ("these are soft", "UPI or
cash?") is tried against the market act inventory (`audio.market`) first, and said from
its rendering when recognised; a price is never overridden by it, but an accept, refusal
or price question read from filler words in it is (`audio.market.over_moves`).
"""

from __future__ import annotations

from dataclasses import dataclass

from audio.acts import ActKind, NegotiationAct
from audio.engines import MTEngine
from audio.frames import Translation
from audio.market import LANGUAGES as MARKET_LANGUAGES
from audio.market import MarketAct, market_act, say
from audio.market.compared_price import compared_not_price
from audio.market.counted import count_not_price
from audio.market.how_are_you import asks_how_going
from audio.market.lac_named import lac_not_price
from audio.market.leave_taken import leaves_only
from audio.market.money_told import money_not_offered
from audio.market.mrp import TOO_EXPENSIVE, held_up_in
from audio.market.named_one import named_not_price
from audio.market.not_offered import sum_not_offered
from audio.market.over_moves import stands_for_move
from audio.market.persons_counted import people_not_price
from audio.market.price_news import news_not_asked
from audio.market.refused_talk import refuses_nothing
from audio.market.restock_hour import restock_hour_not_price
from audio.market.spec_number import spec_not_price
from audio.phrasebook import PROVIDER as PHRASEBOOK
from audio.understanding import Catalogue, Intent, Understanding, understand

MIN_CONFIDENCE = 0.6
"""Below this an understanding is not trusted to become a bid (the words still pass)."""

_MARKET = set(MARKET_LANGUAGES)

_KINDS = {
    Intent.OFFER: ActKind.OFFER,
    Intent.COUNTER: ActKind.COUNTER,
    Intent.ACCEPT: ActKind.ACCEPT,
    Intent.REJECT: ActKind.REJECT,
    Intent.QUESTION: ActKind.QUESTION,
}


@dataclass(frozen=True)
class Interpretation:
    understanding: Understanding
    act: NegotiationAct | None
    """Set when the words are a negotiation move we trust."""
    translation: Translation
    market: MarketAct | None = None
    """Set when the words are no price move but an everyday market act ("too soft")."""


def act_from(
    understanding: Understanding,
    *,
    speaker: str,
    product_names: dict[str, str] | None = None,
) -> NegotiationAct | None:
    """The act to render, or None when the words are not a confident negotiation move."""
    kind = _KINDS.get(understanding.intent)
    if kind is None or understanding.confidence < MIN_CONFIDENCE:
        return None
    if kind in (ActKind.OFFER, ActKind.COUNTER) and understanding.amount_paise is None:
        return None
    return NegotiationAct(
        kind=kind,
        amount_paise=understanding.amount_paise,
        per_unit=understanding.per_unit is not False,
        quantity=understanding.quantity,
        unit=understanding.unit,
        product_names=product_names,
        speaker=speaker,
        final=understanding.final,
    )


async def interpret(
    text: str,
    *,
    source: str,
    target: str,
    speaker: str,
    mt: MTEngine,
    catalogue: Catalogue | None = None,
    product_names: dict[str, dict[str, str]] | None = None,
    default_product: dict[str, str] | None = None,
    has_outstanding_offer: bool = False,
) -> Interpretation:
    """Understand `text` (in `source`) and say it in `target`.

    `product_names` maps catalogue keys to names per language, so the listener hears the
    product in their own language; `default_product` names the product under
    negotiation when the speaker did not say one.
    """
    understood = understand(
        text, language=source, catalogue=catalogue, has_outstanding_offer=has_outstanding_offer
    )
    understood = unless_count_of_goods(understood, text, source=source, catalogue=catalogue)
    names = default_product
    if understood.product and product_names and understood.product in product_names:
        names = product_names[understood.product]
    act = act_from(understood, speaker=speaker, product_names=names)
    act = unless_market_talk(
        act, text, source=source, catalogue=catalogue, has_outstanding_offer=has_outstanding_offer
    )
    if act is None and understood.amount_paise is None:
        said = said_as_market_act(
            text, source=source, target=target, catalogue=catalogue,
            product_names=product_names, default_product=names,
        )  # fmt: skip
        if said is not None:
            return Interpretation(understood, None, said[0], said[1])
    translation = await mt.translate(text, source=source, target=target, act=act)
    return Interpretation(understanding=understood, act=act, translation=translation)


def unless_count_of_goods(
    understood: Understanding, text: str, *, source: str, catalogue: Catalogue | None
) -> Understanding:
    """`understood`, without its price where that doubted price is the count of goods in
    a market act ("দুটো কাঁচালঙ্কা ফাউ দেবেন", two chillies free: `audio.market.counted`),
    so the act reaches the listener rather than the speaker being asked about "₹2"; so
    also a note to break, the exact sum asked for want of change, or a price echoed in
    scorn (`audio.market.not_offered`), or a number bound to a specification ("70 GSM
    paper", "size 8": `audio.market.spec_number`), or a count of people ("for three kids":
    `audio.market.persons_counted`), or a number naming the one to show ("1509 wala":
    `audio.market.named_one`), or money told saved or spent ("you saved me 500 rupees":
    `audio.market.money_told`), or lac named as what bangles are made of ("lac bangles",
    "लाख की चूड़ियाँ": `audio.market.lac_named`), or the hour new stock comes at ("ছটায় নতুন
    মাল আসবে": `audio.market.restock_hour`), or a price asked back and a lower one told of
    another shop ("150 a kilo? the next shop sells at 90": `audio.market.compared_price`)."""
    if source not in _MARKET:
        return understood
    counted = count_not_price(understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE)
    counted = counted or sum_not_offered(
        understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE
    )
    counted = counted or spec_not_price(
        understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE
    )
    counted = counted or people_not_price(
        understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE
    )
    counted = counted or named_not_price(
        understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE
    )
    counted = counted or money_not_offered(
        understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE
    )
    counted = counted or lac_not_price(
        understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE
    )
    counted = counted or restock_hour_not_price(
        understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE
    )
    counted = counted or compared_not_price(
        understood, text, source, catalogue, min_confidence=MIN_CONFIDENCE
    )
    return counted or understood


def unless_market_talk(
    act: NegotiationAct | None,
    text: str,
    *,
    source: str,
    catalogue: Catalogue | None,
    has_outstanding_offer: bool,
) -> NegotiationAct | None:
    """`act`, or None where the market act said in `text` stands for it: "ok, I'll come
    tomorrow" read as an accept with no price is a goodbye, never a deal nobody made
    (`audio.market.over_moves`), nor is "the MRP itself is less" a refusal
    (`audio.market.mrp`), nor a "no" said of a bus, the weather or a piece of work
    (`audio.market.refused_talk`), nor "we'll see later" said with the speaker's leaving
    (`audio.market.leave_taken`), nor prices told gone up a question of the price
    (`audio.market.price_news`). A price is never dropped."""
    if act is None or source not in _MARKET:
        return act
    market = market_act(text, source, catalogue)
    if stands_for_move(market, act, has_outstanding_offer=has_outstanding_offer):
        return None
    if (
        market is not None
        and market.act == TOO_EXPENSIVE
        and act.kind is ActKind.REJECT
        and act.amount_paise is None
        and held_up_in(text, source)
    ):
        return None  # "the MRP itself is less": the complaint, no refusal of an amount
    if act.kind is ActKind.REJECT and act.amount_paise is None and refuses_nothing(text, source):
        return None  # "the bus won't come before six": a "no" said of no deal
    if (
        market is not None
        and market.act == "goodbye"
        and act.kind is ActKind.REJECT
        and act.amount_paise is None
        and leaves_only(text, source)
    ):
        return None  # "அப்புறம் பாக்கலாம், போயிட்டு வரேன்": the leave taken, nothing refused
    if (
        market is not None
        and market.act == "greet"
        and act.kind is ActKind.QUESTION
        and act.amount_paise is None
        and asks_how_going(text, source)
    ):
        return None  # "रामराम, कसं काय?": the greeting's "how is it?", no price asked
    if act.kind is ActKind.QUESTION and act.amount_paise is None and news_not_asked(text, source):
        return None  # "तेल के दाम फिर बढ़ गए": prices told as news, no price asked
    return act


def said_as_market_act(
    text: str,
    *,
    source: str,
    target: str,
    catalogue: Catalogue | None = None,
    product_names: dict[str, dict[str, str]] | None = None,
    default_product: dict[str, str] | None = None,
) -> tuple[Translation, MarketAct] | None:
    """Words that are no price move said as the market act they are ("these are soft",
    "UPI or cash?"), rendered in `target` from the act, or None when they are none.
    The caller has checked that no price was heard."""
    if not {source, target} <= _MARKET:
        return None
    market = market_act(text, source, catalogue)
    if market is None:
        return None
    names = default_product
    if market.product and product_names and market.product in product_names:
        names = product_names[market.product]
    said = text if source == target else say(market, target, names)
    return Translation(said, source, target, PHRASEBOOK, untranslated=False), market
