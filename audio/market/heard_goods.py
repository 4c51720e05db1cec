"""The passes over a line's hits about the goods (`audio.market.heard`).

Too much of a taste ("too much chilli?", "मिर्च बहुत ज़्यादा है क्या?") complains of no
price and asks for no stock, a taste asked ("ये अचार तीखा है क्या?") asks for no stock,
how an order is to be made ("चीनी कम डालना") claims no sweetness, a scale said to be wrong
("कांटा खराब है") or to give short ("तराज़ू कम दिखा रहा है") asks to weigh properly, dried
goods are not old, wilted goods are, a cooked snack gone stale is old, small talk (weather,
a match, a festival) describes no goods, damage with a repair asked asks the price, a wait
told ("I'm waiting for my daughter") asks nobody to wait, an origin brought this
morning claims freshness, an order's "only … enough" with how it is to be made ends no
buying (`audio.market.order_only`), goods promised hot after a wait claim no freshness
(`audio.market.hot_promised`), and a bag asked beside a parcel is the bag
(`audio.market.parcel_bag`). Goods called "new" and said damaged claim no freshness
(`audio.market.faulty_new`)."""

from __future__ import annotations

from audio.market.asides import (
    DESCRIBING,
    aside_before,
    crowd_told,
    is_aside,
    minute_told,
    scorned,
    weather_looked,
)
from audio.market.cook_tip import cook_tip
from audio.market.cooking import COOKED, cooking_asked
from audio.market.cue_hits import Hit
from audio.market.delay_told import delay_told
from audio.market.dried import dried_goods, gone_off, wilted
from audio.market.dried_made import dried_made
from audio.market.extra_bagged import extra_bagged
from audio.market.faulty_new import faulty_new
from audio.market.flavour import SWEET, TASTE, flavour_named
from audio.market.given_free import EXTRA, given_free
from audio.market.gone_in_colour import gone_in_colour
from audio.market.hardship import TALKED, talked_away
from audio.market.have_place import HAVE
from audio.market.hot_promised import hot_promised
from audio.market.hours_asked import hours_asked
from audio.market.leak_reason import leak_for_bag
from audio.market.morning_brought import FRESH, ORIGIN, brought_this_morning
from audio.market.mrp import TOO_EXPENSIVE
from audio.market.much_tasted import much_tasted
from audio.market.none_left import none_left
from audio.market.order_only import order_only
from audio.market.origin_place import origin_place
from audio.market.packed_safe import packed_safe
from audio.market.parcel_bag import parcel_bag
from audio.market.passes import Line, Pass
from audio.market.preference import SAID_BY, preferred
from audio.market.quality_asked import BETTER
from audio.market.repair_asked import DAMAGE, PRICE, repair_asked
from audio.market.said_of import SMALL
from audio.market.scale_fault import PROPERLY, WEIGH, scale_faulted
from audio.market.scale_sense import abstract_scale, weighed_over
from audio.market.scale_short import weighed_short
from audio.market.season_gone import season_gone
from audio.market.season_sold import sold_in_season
from audio.market.stale_snack import OLD, TURNED, stale_snack
from audio.market.taste_asked import taste_asked
from audio.market.tasting import sweet_asked
from audio.market.thanks_praised import thanks_praised
from audio.market.try_buying import LOOK, bought_to_see
from audio.market.use_asked import good_asked, use_asked
from audio.market.waiting import wait_told
from audio.market.weighed_out import weighed_out
from audio.market.worn import worn_small
from audio.understanding.degree_asked import quality_after


def degree_said(words: list[str], start: int, end: int, punct: frozenset[int]) -> bool:
    """Whether the one-word price question at [start, end) says how much of a quality
    there is ("किती छान!", "எவ்வளவு அழகு!", "ਕਿੰਨੇ ਮਿੱਠੇ ਅੰਬ ਨੇ!"), no price asked
    (`audio.understanding.degree_asked`)."""
    return end == start + 1 and end not in punct and quality_after(words, start)


def _tasted(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    tasted = min(
        (
            h.start
            for h in hits
            if h.act == TOO_EXPENSIVE
            and much_tasted(words, h.start, h.end, language, numbered=line.numbered)
        ),
        default=len(words),
    )
    return [
        h
        for h in hits
        if h.act
        and (h.act != "claim_sweet" or not sweet_asked(words, h.start, h.end, language, punct))
        and not (h.act == "ask_price" and degree_said(words, h.start, h.end, punct))
        and (
            h.act != "have_it"
            or not (taste_asked(words, h.start, language) or use_asked(words, h.start, language))
        )
        and (h.act != BETTER or not good_asked(words, h.start, h.end, language))
        and (h.act != EXTRA or not given_free(words, h.start, h.end, language))
        and not (h.act in (TOO_EXPENSIVE, "have_it") and h.start >= tasted)
    ]


def _aged(hits: list[Hit], line: Line) -> list[Hit]:
    words, language = line.words, line.language
    hits = [
        h for h in hits if h.act != WEIGH or not abstract_scale(words, h.start, h.end, language)
    ]
    hits = [
        h
        for h in hits
        if h.act != "quality_old" or not dried_goods(words, h.start, h.end, language)
    ]
    hits = [
        Hit("quality_old", h.start, h.end)
        if h.act == "quality_soft" and wilted(words, h.start, h.end, language)
        else h
        for h in hits
    ]
    hits = leak_for_bag(dried_made(hits, words, language), words, language)
    if {"quality_old", "quality_soft"} <= {h.act for h in hits}:
        meant = "quality_soft" if gone_off(words, language) else "quality_old"
        hits = [h for h in hits if h.act not in ("quality_old", "quality_soft") or h.act == meant]
    stale = stale_snack(words, language)
    if stale is not None:
        hits = [h for h in hits if h.act not in TURNED and h.act != OLD] + [Hit(OLD, *stale)]
    return hits


def _weighed(hits: list[Hit], line: Line) -> list[Hit]:
    words, language = line.words, line.language
    hits = weighed_out(hits, words, language)
    hits += [Hit(PROPERLY, s, e) for s, e in scale_faulted(words, language, line.punct)]
    short = weighed_short(words, language, weighing=any(h.act in (WEIGH, PROPERLY) for h in hits))
    short += weighed_over(words, language)
    if short:
        hits = [Hit(PROPERLY, h.start, h.end) if h.act == WEIGH else h for h in hits]
        hits += [Hit(PROPERLY, s, e) for s, e in short]
    return season_gone(hits, words, language, line.punct)


def _asides(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    if not is_aside(words, language):
        return hits
    seasoned = sold_in_season(hits, words, language, punct)
    return [
        h
        for h in hits
        if h.act not in DESCRIBING
        or scorned(words, h)
        or h in seasoned
        or not aside_before(words, (h.act, h.start), language, punct)
    ]


def _cooked(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    if any(h.act == DAMAGE for h in hits) and repair_asked(words, language):
        hits = [Hit(PRICE, h.start, h.end) if h.act == DAMAGE else h for h in hits]
    hits = cook_tip(hits, words, language)
    if any(h.act in COOKED for h in hits) and cooking_asked(words, language):
        hits = [h for h in hits if h.act not in COOKED]
    if any(h.act in TALKED for h in hits):
        hits = [
            h
            for h in hits
            if not talked_away(
                h.act, words, language, min([b for b in punct if b > h.start] + [len(words)])
            )
            or (h.act == SMALL and worn_small(words, h.start, language, punct))
        ]
    if any(h.act == TASTE for h in hits):
        hits = [
            h for h in hits if h.act != SWEET or not flavour_named(words, h.start, h.end, language)
        ]
    if any(h.act in SAID_BY for h in hits):
        made = preferred(words, language, punct)
        hits = [h for h in hits if h.act not in SAID_BY or not any(h.start in r for r in made)]
    return hits


def _told(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    hits = [
        h
        for h in hits
        if h.act != "wait"
        or not (
            minute_told(words, h.start, h.end, language)
            or wait_told(words, h.start, h.end, language, punct)
            or hours_asked(words, h.start, h.end, language, punct)
        )
    ]
    hits = [
        h
        for h in hits
        if not crowd_told(words, (h.act, h.start, h.end), language)
        and not weather_looked(words, (h.act, h.start, h.end), language, punct)
    ]
    acts = {h.act for h in hits}
    if ORIGIN in acts and brought_this_morning(words, language):
        hits = [Hit(FRESH, h.start, h.end) if h.act == ORIGIN else h for h in hits]
    return [
        h
        for h in hits
        if not (h.act == LOOK and bought_to_see(words, h.start, language, acts))
        and not (h.act == HAVE and delay_told(words, h.start, language))
    ]


GOODS: tuple[Pass, ...] = (
    _tasted,
    _aged,
    _weighed,
    _asides,
    _cooked,
    _told,
    order_only,
    hot_promised,
    extra_bagged,
    parcel_bag,
    none_left,
    gone_in_colour,
    thanks_praised,
    origin_place,
    faulty_new,
    packed_safe,
)
"""The passes about the goods, in order."""
