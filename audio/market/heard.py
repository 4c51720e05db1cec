"""The hits of a line that say something (`audio.market.recognise` decides among them): the
passes that drop, add or turn the cue hits of `audio.market.cue_hits` by what is said
around them (a frame, a noun described, a way to pay refused or said done, a scale said
wrong, small talk, a coming with a later time, another's coming)."""

from __future__ import annotations

from audio.market.aged_praised import age_praised
from audio.market.any_told import any_told
from audio.market.asides import (
    DESCRIBING,
    aside_before,
    crowd_told,
    is_aside,
    minute_told,
    scorned,
    weather_looked,
)
from audio.market.asked_after import asked_after
from audio.market.bag_searched import bag_searched
from audio.market.bag_thanked import bag_thanked
from audio.market.bare_wait import bare_wait
from audio.market.change_fetched import change_fetched
from audio.market.cheaper_elsewhere import cheaper_elsewhere
from audio.market.coming import brought, later_coming
from audio.market.conceded import conceded
from audio.market.container_brought import container_brought
from audio.market.cook_tip import cook_tip
from audio.market.cooking import COOKED, cooking_asked
from audio.market.cue_hits import Hit, cue_hits
from audio.market.delay_told import delay_told
from audio.market.dried import dried_goods, gone_off, wilted
from audio.market.dried_made import dried_made
from audio.market.errand import errand_told
from audio.market.fare_asked import fare_asked
from audio.market.fault_denied import claim_asked, fault_denied
from audio.market.flavour import SWEET, TASTE, flavour_named
from audio.market.frames import in_frame
from audio.market.given_free import EXTRA, given_free
from audio.market.goods_sent import sent_by_listener
from audio.market.greet_open import open_asked
from audio.market.habit_here import REGULAR, habit_here
from audio.market.hardship import TALKED, talked_away
from audio.market.have_place import HAVE, place_asked
from audio.market.home_place import LAND_TOLD, TOLD, home_told, land_told
from audio.market.hours_asked import hours_asked, in_hours
from audio.market.house_old import house_old
from audio.market.how_given import goods_given
from audio.market.item_papers import age_asked, age_spans, item_asked
from audio.market.keepsake import keepsake
from audio.market.kin_still import kin_whereabouts
from audio.market.leak_reason import leak_for_bag
from audio.market.leaving import GOODBYE, blessed, come_again, left_with_thanks
from audio.market.left_only import left_only
from audio.market.loan_change import as_money, is_loan
from audio.market.loose_goods import loose_goods
from audio.market.lot_described import lot_as_place, lot_described
from audio.market.memory_told import memory_told
from audio.market.morning_brought import FRESH, ORIGIN, brought_this_morning
from audio.market.mrp import TOO_EXPENSIVE, mrp_held_up
from audio.market.much_scorned import much_scorned
from audio.market.much_tasted import much_tasted
from audio.market.negation import METHODS
from audio.market.note_change import NEED, note_change
from audio.market.or_asked import no_as_or
from audio.market.origin_told import origin_told
from audio.market.otherwise import rhetorical, unconditioned
from audio.market.own_damaged import own_damaged
from audio.market.pack_refused import PACK, pack_refused
from audio.market.pay_asked import way_asked
from audio.market.pay_choice import or_asked
from audio.market.pay_done import PAID, said_done
from audio.market.pay_taken import CARD, HOW, TAKEN, taken_asked
from audio.market.paying_meant import card_asked, paying_meant, ran_out
from audio.market.person_absent import person_absent
from audio.market.person_came import TRAVELLED, travel_told
from audio.market.places import place_named
from audio.market.preference import SAID_BY, preferred
from audio.market.price_news import price_news
from audio.market.quality_asked import BETTER
from audio.market.ready_by_then import ready_by_then
from audio.market.rent_asked import rent_asked
from audio.market.repair_asked import DAMAGE, PRICE, repair_asked
from audio.market.restock import restocked
from audio.market.said_of import SMALL, said_of_other
from audio.market.scale_fault import PROPERLY, WEIGH, scale_faulted
from audio.market.scale_sense import abstract_scale, weighed_over
from audio.market.scale_short import weighed_short
from audio.market.season_gone import season_gone
from audio.market.season_sold import in_season, sold_in_season
from audio.market.seated import FINISHED, seated_wait
from audio.market.second_sense import second_sense
from audio.market.seed_stock import seed_stock
from audio.market.settled import DEAL, done_alone, fixed_alone
from audio.market.shade_asked import shade_asked
from audio.market.sized_asked import sized_asked
from audio.market.spans_asked import span_asked
from audio.market.speaker import SPEAKER_ACTS, farewell, someone_else
from audio.market.stale_snack import OLD, TURNED, stale_snack
from audio.market.stall_praised import stall_praised
from audio.market.taste_asked import taste_asked
from audio.market.tasting import sweet_asked
from audio.market.try_buying import LOOK, bought_to_see
from audio.market.turned import bag_missing, turned
from audio.market.use_asked import good_asked, use_asked
from audio.market.used_goods import used_named
from audio.market.waiting import wait_told
from audio.market.wanted import named_wanted
from audio.market.weighed_out import weighed_out
from audio.market.what_given import ANYTHING_ELSE, what_given
from audio.market.worn import worn_small
from audio.understanding.degree_asked import quality_after

_ONE_CLAUSE = frozenset({"come_look"})
"""Acts whose cue is not heard across punctuation: "I'll come, see you later" says
goodbye, no "come see" calling to look."""


def degree_said(words: list[str], start: int, end: int, punct: frozenset[int]) -> bool:
    """Whether the one-word price question at [start, end) says how much of a quality
    there is ("किती छान!", "எவ்வளவு அழகு!", "ਕਿੰਨੇ ਮਿੱਠੇ ਅੰਬ ਨੇ!"), no price asked
    (`audio.understanding.degree_asked`)."""
    return end == start + 1 and end not in punct and quality_after(words, start)


def heard(
    words: list[str],
    language: str,
    punct: frozenset[int] = frozenset(),
    *,
    numbered: bool = False,
) -> list[Hit]:
    """The hits that say something: a cue heard only in its market frame says nothing
    outside it ("are you free tomorrow?"), nor one said of a noun beside it ("a small boy",
    "farm work"), nor the loan "change" outside a money frame ("मौसम चेंज हो गया";
    `numbered`: a number stands in the line), a way to pay refused ("no cash") says no act
    and one said as done ("phone pe kar diya") asks to check the money, a scale said to be
    wrong ("कांटा खराब है") or to give short ("तराज़ू कम दिखा रहा है") asks to weigh
    properly, small talk (weather, a match, a festival) describes no goods, how an order is
    to be made ("चीनी कम डालना") claims no sweetness and asks no discount, too much of a
    taste ("too much chilli?", "मिर्च बहुत ज़्यादा है क्या?") complains of no price and
    asks for no stock, a taste asked ("ये अचार तीखा है क्या?") asks for no stock, a wait
    told ("I'm waiting for my daughter") asks nobody to wait, a way to travel or a market
    day asked ("ఆటో దొరుకుతుందా?") asks for no stock, nor is a wait asked about the hours
    ("रोज़ कितने बजे तक रुकते हो?"), nor stock asked of the item's own papers or box ("इसका
    बिल है?"), nor staleness of its age asked ("how old is this phone?":
    `audio.market.item_papers`), nor of a used item named "old" in a price question or a
    question whether the stall buys it ("पुरानी पेटी का क्या लोगे?":
    `audio.market.used_goods`), nor a regular's habit told as a memory ("when my son
    was small we came here every Sunday": `audio.market.memory_told`),
    nor goods finished by a "no" that says "or" after a question ("பழுத்திருக்கா, இல்ல
    காயா?": `audio.market.or_asked`), nor a "how much"
    after "otherwise" that follows a request (`audio.market.otherwise`), nor money sent
    by "you" (`audio.market.goods_sent`); a fault denied of "not even one" claims the
    goods fresh (`audio.market.fault_denied`), and another's coming ("the truck will
    come in an hour") is not the speaker's, nor is a person's not coming goods finished
    (`audio.market.person_absent`), nor "old" said of a parent's keepsake a doubt
    (`audio.market.keepsake`); seed asked whether it will sprout doubts its age and
    stock asked whether it has come asks for it (`audio.market.seed_stock`)."""
    hits = [
        h
        for h in unconditioned(cue_hits(words, language), words, language)
        if (not h.framed or in_frame(h.act, words, h.start, h.end, language, punct))
        and not (
            said_of_other(h.act, words, h.start, h.end, language, punct)
            and not in_season(h.act, words, h.start, h.end, language, punct)
        )
        and not (h.act in _ONE_CLAUSE and any(h.start < b < h.end for b in punct))
        and not (h.act == "out_of_stock" and no_as_or(words, h.start, language, punct))
        and not (h.act == PACK and pack_refused(words, h.start, h.end, language, punct))
        and not (
            h.act == "need_change"
            and is_loan(words, h.start, h.end, language)
            and not as_money(words, h.start, h.end, language, numbered=numbered)
        )
        and not (h.act == "need_change" and change_fetched(words, h.end, language, punct))
    ]
    hits = second_sense(hits, words, language, punct)
    hits = stall_praised(hits, words, language, punct)
    hits = conceded(hits, words, language)
    hits = loose_goods(hits, words, language)
    shade = shade_asked(words, language)
    if shade is not None and not any(h.act == "show_another" for h in hits):
        hits.append(Hit("show_another", *shade))
    charge = rent_asked(words, language, punct) or fare_asked(words, language)
    if charge is not None and not any(h.act == "ask_price" for h in hits):
        hits.append(Hit("ask_price", *charge))
    hits = [bag_missing(h, words, language, punct) for h in hits]
    habit = habit_here(words, language, punct)
    if habit is not None and not any(h.act == REGULAR for h in hits):
        hits.append(Hit(REGULAR, *habit))
    hits = [h for h in hits if h.act != REGULAR or not memory_told(words, h.start, language, punct)]
    hits += [Hit(NEED, s, e) for s, e in note_change(words, numbered=numbered)]
    hits += [Hit(TOO_EXPENSIVE, s, e) for s, e in mrp_held_up(words, language)]
    hits += [Hit("wait", s, e) for s, e in bare_wait(words, language, punct)]
    if not any(h.act == ANYTHING_ELSE for h in hits):  # "ਹੋਰ ਦੱਸੋ ਕੀ ਦਿਆਂ?"
        hits += [Hit(ANYTHING_ELSE, s, e) for s, e in what_given(words, language, punct)]
    if not any(h.act == HAVE for h in hits):  # "XL साइज़ है?"
        hits += [Hit(HAVE, s, e) for s, e in sized_asked(words, language, punct)]
    seated = seated_wait(words, language, punct)
    if seated:
        hits = [h for h in hits if h.act != FINISHED] + [Hit("wait", s, e) for s, e in seated]
    hits += [
        Hit(TOO_EXPENSIVE, s, e)
        for s, e in cheaper_elsewhere(words, language, punct)
        if not said_of_other(TOO_EXPENSIVE, words, s, e, language, punct)
    ]
    hits = much_scorned(hits, words, language, punct)
    if not any(h.act == "ask_price" for h in hits):  # "how much is this Paithani?" asks
        hits += [Hit(ORIGIN, s, e) for s, e in place_named(words, language)]
    hits = origin_told(hits, words, language, punct)
    hits = named_wanted(
        paying_meant(words, ran_out(words, hits, language, punct), language, punct), language, words
    )
    hits = bag_searched(bag_thanked(hits, words, language, punct), words, language, punct)
    hits = or_asked(hits, words, language, punct, METHODS)
    hits = [
        Hit(PAID, h.start, h.end)
        if h.act in METHODS and said_done(words, h.start, h.end, language, punct)
        else h
        for h in hits
    ]
    hits = sent_by_listener(hits, words, language, punct)
    hits = [
        Hit("ask_price", h.start, h.end)
        if h.act == HOW and goods_given(words, h.start, h.end, language, punct)
        else h
        for h in hits
    ]
    hits = [turned(h, words, language, punct) for h in card_asked(hits, words, language)]
    hits = claim_asked(fault_denied(hits, words, language, punct), words, punct)
    hits += [Hit(DEAL, s, e) for s, e in fixed_alone(words, language, punct)]
    done = done_alone(words, language, punct, [h.act for h in hits])
    hits = [h for h in hits if not any(s <= h.start < e for s, e in done)]
    hits += [Hit(DEAL, s, e) for s, e in done]
    if not any(h.act == CARD for h in hits):
        hits = [
            Hit(HOW, h.start, h.end)
            if h.act in TAKEN
            and (
                taken_asked(words, h.start, h.end, language)
                or way_asked(words, h.start, h.end, language)
            )
            else h
            for h in hits
        ]
    tasted = min(
        (
            h.start
            for h in hits
            if h.act == TOO_EXPENSIVE
            and much_tasted(words, h.start, h.end, language, numbered=numbered)
        ),
        default=len(words),
    )
    hits = [
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
    hits = weighed_out(hits, words, language)
    hits += [Hit(PROPERLY, s, e) for s, e in scale_faulted(words, language, punct)]
    short = weighed_short(words, language, weighing=any(h.act in (WEIGH, PROPERLY) for h in hits))
    short += weighed_over(words, language)
    if short:
        hits = [Hit(PROPERLY, h.start, h.end) if h.act == WEIGH else h for h in hits]
        hits += [Hit(PROPERLY, s, e) for s, e in short]
    hits = season_gone(hits, words, language, punct)
    if is_aside(words, language):
        seasoned = sold_in_season(hits, words, language, punct)
        hits = [
            h
            for h in hits
            if h.act not in DESCRIBING
            or scorned(words, h)
            or h in seasoned
            or not aside_before(words, (h.act, h.start), language, punct)
        ]
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
    hits = [
        h
        for h in hits
        if not (h.act == LOOK and bought_to_see(words, h.start, language, acts))
        and not (h.act == HAVE and delay_told(words, h.start, language))
    ]
    if any(h.act == HAVE for h in hits) and (
        place_asked(words, language) or item_asked(words, language) or age_asked(words, language)
    ):
        hits = [h for h in hits if h.act != HAVE]
    hits = age_praised(hits, words, language)
    hits = used_named(hits, words, language, punct)
    hits = house_old(hits, words, language)
    if any(h.act in ("quality_old", "ask_price") for h in hits) and age_asked(words, language):
        aged = age_spans(words, language)
        hits = [
            h
            for h in hits
            if h.act != "quality_old"
            and not (h.act == "ask_price" and any(s <= h.start < e for s, e in aged))
        ]
    hits = [
        h
        for h in hits
        if not (h.act == "ask_price" and in_hours(words, h.start, language))
        and not (h.act == "ask_price" and span_asked(words, h.end))
        and not (
            h.act == "have_it" and hours_asked(words, h.start, h.end, language, punct, daily=False)
        )
    ]
    hits += [
        Hit(GOODBYE, s, e) for s, e in left_with_thanks(words, language, {h.act for h in hits})
    ]
    hits = restocked(hits, words, language, punct)
    hits = _coming(hits, words, language, punct)
    opened = min((h.start for h in hits if h.act == "greet"), default=None)
    if opened is not None:
        hits = [
            h for h in hits if h.act != HAVE or not open_asked(words, opened, h.start, language)
        ]
    if any(h.act in SPEAKER_ACTS for h in hits) and someone_else(words, language):
        hits = [
            h
            for h in hits
            if h.act not in SPEAKER_ACTS or (h.act == GOODBYE and farewell(words[h.start : h.end]))
        ]
    hits += [Hit(GOODBYE, s, e) for s, e in blessed(words, language)]
    hits = errand_told(hits, words, language)
    hits = ready_by_then(hits, words, language)
    hits = left_only(hits, words, language, punct)
    hits = any_told(hits, words, punct)
    if any(h.act in TOLD for h in hits) and home_told(words, language):
        hits = [h for h in hits if h.act not in TOLD]
    if any(h.act in LAND_TOLD for h in hits):
        hits = _land_left(hits, words, language, punct)
    hits = keepsake(person_absent(hits, words, language, punct), words, language, punct)
    hits = seed_stock(hits, words, language, punct)
    hits = own_damaged(container_brought(hits, words, language, punct), words, language, punct)
    hits = kin_whereabouts(hits, words, language, punct)
    hits = price_news(hits, words, language, punct)
    if any(h.act in TRAVELLED for h in hits):
        hits = [
            h
            for h in hits
            if h.act not in TRAVELLED or not travel_told(words, h.start, language, punct)
        ]
    return rhetorical(
        lot_described(
            lot_as_place(asked_after(hits, words, language, punct), words, language), words
        ),
        words,
        language,
    )


def _land_left(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without the claims, complaints and calls to look said in a clause about the
    land of the speaker's own place (`audio.market.home_place`): "ਸਾਡੇ ਪਿੰਡ ਦੀ ਜ਼ਮੀਨ ਦੇ ਭਾਅ
    ਵੱਧ ਗਏ" claims no origin, while "…, ਖੇਤ ਤੋਂ ਸਿੱਧੀ" in a clause of its own still does."""

    def clause(k: int) -> int:
        return max((b for b in punct if b <= k), default=0)

    land = {clause(j) for j in land_told(words, language)}
    return [h for h in hits if h.act not in LAND_TOLD or clause(h.start) not in land]


def _coming(hits: list[Hit], words: list[str], language: str, punct: frozenset[int]) -> list[Hit]:
    """The speaker's coming as it is meant (`audio.market.coming`): after a word of bringing
    ("ಕರ್ಕೊಂಡು ಬರ್ತೀನಿ") no leaving nor coming back, and with a later time ("সন্ধেবেলা
    আসছি") a coming back, no goodbye, nor goods said come in the morning ("നാളെ രാവിലെ
    വന്നു വാങ്ങിക്കോളാം", I'll come tomorrow morning and buy it)."""
    hits = [
        h
        for h in hits
        if h.act not in SPEAKER_ACTS
        or not any(brought(words, k, language) for k in range(h.start, h.end))
    ]
    span = later_coming(words, language, punct)
    if span is not None:  # "നാളെ രാവിലെ വന്നു വാങ്ങിക്കോളാം": the speaker's coming, no goods come
        hits = [h for h in hits if h.act != "claim_fresh" or not span[0] < h.end <= span[1]]
    if span is None and any(h.act == "thanks" for h in hits):
        hits = [
            Hit(GOODBYE, h.start, h.end)
            if h.act == "come_back_later" and come_again(words, h.start, h.end, language)
            else h
            for h in hits
        ]
    if span is None or any(h.act == "come_back_later" for h in hits):
        return hits
    return [h for h in hits if h.act != "goodbye"] + [Hit("come_back_later", *span)]
