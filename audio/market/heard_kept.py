"""The first passes over a line's cue hits (`audio.market.heard`): the cues kept in their
frames, and the acts added by what the line says around them.

A cue heard only in its market frame says nothing outside it ("are you free tomorrow?"),
nor one said of a noun beside it ("a small boy", "farm work"), nor the loan "change"
outside a money frame ("मौसम चेंज हो गया"; a number standing in the line makes it money),
nor goods finished by a "no" that says "or" after a question ("பழுத்திருக்கா, இல்ல
காயா?": `audio.market.or_asked`), nor a "how much" after "otherwise" that follows a
request (`audio.market.otherwise`), nor a regular's habit told as a memory ("when my son
was small we came here every Sunday": `audio.market.memory_told`), nor a habit's time
with nobody buying ("every week somebody's tyre bursts": `audio.market.habit_alone`).
Added: a lighter shade asked shows another, a rent or fare asked asks the price, a note to
be changed needs change, an MRP held up is too expensive, a bare "one minute" asks to wait, "what
else shall I give" and a size asked ("XL साइज़ है?"), a seat offered while goods come
(a wait, no goods finished), a cheaper price elsewhere, and a place named as the goods'
origin where no price is asked ("how much is this Paithani?" asks); goods come straight
from a place, ordered from one or made by hand in a workshop claim their origin
(`audio.market.origin_made`)."""

from __future__ import annotations

from audio.market.bare_wait import bare_wait
from audio.market.change_fetched import change_fetched
from audio.market.cheaper_elsewhere import cheaper_elsewhere
from audio.market.conceded import conceded
from audio.market.cue_hits import Hit, cue_hits
from audio.market.fare_asked import fare_asked
from audio.market.frames import in_frame
from audio.market.habit_alone import habit_alone
from audio.market.habit_here import REGULAR, habit_here
from audio.market.have_place import HAVE
from audio.market.loan_change import as_money, is_loan
from audio.market.loose_goods import loose_goods
from audio.market.memory_told import memory_told
from audio.market.morning_brought import ORIGIN
from audio.market.mrp import TOO_EXPENSIVE, mrp_held_up
from audio.market.much_scorned import much_scorned
from audio.market.note_change import NEED, note_change
from audio.market.or_asked import no_as_or
from audio.market.origin_made import origin_made
from audio.market.origin_told import origin_told
from audio.market.otherwise import unconditioned
from audio.market.pack_refused import PACK, pack_refused
from audio.market.passes import Line, Pass
from audio.market.pick_thanked import pick_thanked
from audio.market.places import place_named
from audio.market.price_compared import price_compared
from audio.market.rent_asked import rent_asked
from audio.market.said_of import said_of_other
from audio.market.season_sold import in_season
from audio.market.seated import FINISHED, seated_wait
from audio.market.second_sense import second_sense
from audio.market.shade_asked import shade_asked
from audio.market.shop_noticed import shop_noticed
from audio.market.sized_asked import sized_asked
from audio.market.stall_praised import stall_praised
from audio.market.turned import bag_missing
from audio.market.what_given import ANYTHING_ELSE, what_given

_ONE_CLAUSE = frozenset({"come_look"})
"""Acts whose cue is not heard across punctuation: "I'll come, see you later" says
goodbye, no "come see" calling to look."""


def cues_kept(line: Line) -> list[Hit]:
    """The line's cue hits (`audio.market.cue_hits`) that their frame and their words keep."""
    words, language, punct = line.words, line.language, line.punct
    return [
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
            and not as_money(words, h.start, h.end, language, numbered=line.numbered)
        )
        and not (h.act == "need_change" and change_fetched(words, h.end, language, punct))
    ]


def _senses(hits: list[Hit], line: Line) -> list[Hit]:
    words, language = line.words, line.language
    hits = second_sense(hits, words, language, line.punct)
    hits = stall_praised(hits, words, language, line.punct)
    return loose_goods(conceded(hits, words, language), words, language)


def _asked(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    shade = shade_asked(words, language)
    if shade is not None and not any(h.act == "show_another" for h in hits):
        hits.append(Hit("show_another", *shade))
    charge = rent_asked(words, language, punct) or fare_asked(words, language)
    if charge is not None and not any(h.act == "ask_price" for h in hits):
        hits.append(Hit("ask_price", *charge))
    return [bag_missing(h, words, language, punct) for h in hits]


def _habit(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    habit = habit_here(words, language, punct)
    if habit is not None and not any(h.act == REGULAR for h in hits):
        hits.append(Hit(REGULAR, *habit))
    return [h for h in hits if h.act != REGULAR or not memory_told(words, h.start, language, punct)]


def _added(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    hits += [Hit(NEED, s, e) for s, e in note_change(words, numbered=line.numbered)]
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
    return origin_told(hits, words, language, punct)


KEPT: tuple[Pass, ...] = (
    _senses,
    shop_noticed,
    _asked,
    _habit,
    habit_alone,
    _added,
    price_compared,
    origin_made,
    pick_thanked,
)
"""The first passes, in order, after `cues_kept`."""
