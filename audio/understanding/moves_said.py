"""The moves a transcript's reading says besides its price (`audio.understanding.utterance`):
accepts and refusals kept where they agree or refuse something (not "nahi chalega" as
agreement, not a "no" of the goods, not agreement before a question, a way to pay or a
goodbye), buying elsewhere or later, the market's news or the weighing that refuses
nothing, the questions asked, goods asked with a count, and whether the price is final
or a cap."""

from __future__ import annotations

from typing import NamedTuple

from audio.languages.base import Cue
from audio.lexicon import Token
from audio.understanding.ages import tells_an_age
from audio.understanding.agreed_first import agreed_before_asking
from audio.understanding.agreed_paying import pays_as_agreed
from audio.understanding.answered_yes import answered_yes
from audio.understanding.bags import bag_refusals
from audio.understanding.buys_goods import buys_named_goods, good_in_a_promise, goods_said_fine
from audio.understanding.clauses import (
    _auxiliary,
    _talk_besides,
)
from audio.understanding.closing import inside_closing
from audio.understanding.complaints import about_the_goods, goods_accepts
from audio.understanding.conditions import conditional_accepts
from audio.understanding.count_and_take import counted_then_taken
from audio.understanding.final_agreed import agreed_as_final
from audio.understanding.finals import final_said
from audio.understanding.hours import after_an_hour
from audio.understanding.instructions import gives_instructions
from audio.understanding.leaving import takes_leave
from audio.understanding.moves import _comes_to, _live_refusals, pays_by
from audio.understanding.needed import goods_asked
from audio.understanding.news import market_news
from audio.understanding.on_terms import accepts_on_terms
from audio.understanding.own_cost import refusals_beside_gain
from audio.understanding.past_accepts import bought_before
from audio.understanding.promises import promised
from audio.understanding.quantity import one_asked_about
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.refused_at import cannot_at
from audio.understanding.remarks import (
    agreed_before_change,
    elsewhere_at,
    greeting_at,
    later_at,
    shop_hours,
    tag_question_at,
)
from audio.understanding.set_aside import SetAside
from audio.understanding.weighing import weighing_talk


class MovesSaid(NamedTuple):
    chosen: _Price | None
    """The price chosen, or None when the line asks about goods with a count instead."""
    accepts: list[int]
    refusals: list[int]
    goods_talk: bool
    cues: set[Cue]
    questions: list[tuple[Cue, int, int]]
    weak_questions: list[tuple[Cue, int, int]]
    asks: bool
    """A question mark stands in the line."""
    asked_one: bool
    goods_counted: float | None
    final: bool
    bound: bool


def moves_said(
    reading: _Reading,
    tokens: list[Token],
    chosen: _Price | None,
    aside: SetAside,
    *,
    has_outstanding_offer: bool,
    reference_paise: int | None,
) -> MovesSaid:
    """The accepts, refusals and questions of `reading` beside the price `chosen`."""
    cost_at, people, measured, promise = aside.cost_at, aside.people, aside.measured, aside.promise
    closing = inside_closing(reading)  # "no problem", "aur kuch nahi chahiye"
    refusals = [
        r for r in _live_refusals(reading, has_price=chosen is not None) if r not in closing
    ]
    if chosen is None and not has_outstanding_offer:
        # "zyada lagega" (I'll need more): too much needs a price to be too much.
        refusals = [
            start
            for cue, start, end in reading.occurrences
            if start in refusals and not (cue is Cue.TOO_MUCH and end - start == 1)
        ]
    if chosen is None:
        refusals = bag_refusals(reading, refusals)  # "no plastic, I have a bag"
        refusals += [cost_at] if cost_at is not None and has_outstanding_offer else []
    if chosen is not None and chosen.bound:
        refusals = [r for r in refusals if r < chosen.start]  # "... ఎక్కువ ఇవ్వను" bounds it
    refusals = refusals_beside_gain(reading, refusals, chosen is None and has_outstanding_offer)
    accepts = [
        start
        for cue, start, end in reading.occurrences
        if cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT)
        and not (reading.has(end, Cue.NEGATION) and end not in closing)
        and not (
            (reading.has(start - 1, Cue.NEGATION, Cue.NOT) or cannot_at(reading, start - 1))
            and _joined(reading, start)
        )
    ]  # "nahi chalega", "ਨਹੀਂ ਚੱਲਣਾ", "can't agree" refuse; "nahi... theek hai" turns round
    accepts = [
        a
        for a in accepts
        if a not in refusals and not _comes_to(reading, a) and not _auxiliary(reading, a)
    ]
    accepts = [a for a in accepts if a not in conditional_accepts(reading)]  # "if ok, pack"
    accepts = [a for a in accepts if a not in accepts_on_terms(reading.words, accepts)]
    accepts = [a for a in accepts if a not in buys_named_goods(reading, accepts)]  # "2 bakre gheto"
    accepts = [a for a in accepts if a not in good_in_a_promise(reading, accepts)]  # "સારું તળિયું"
    accepts = [a for a in accepts if a not in goods_said_fine(reading)]  # "ফোন একদম ঠিক আছে"
    accepts = [a for a in accepts if a not in counted_then_taken(reading, accepts)]  # "গুনে নিন"
    accepts = [a for a in accepts if a not in bought_before(reading, accepts)]  # "গত হপ্তায় ...নিলাম"
    accepts = answered_yes(reading, accepts, chosen, has_outstanding_offer)  # "haan, ..., 50"
    elsewhere = elsewhere_at(reading)
    if elsewhere is not None:
        # "I'll take it from the next cart", "doosri dukaan se le lunga": the buying verb
        # buys elsewhere; it agrees to nothing here, and with no price, in reply to one or
        # with that verb, it refuses ("my other shop is in lane 5" is only talk).
        if chosen is None and (accepts or has_outstanding_offer) and not shop_hours(reading):
            refusals = sorted({*refusals, elsewhere})  # not "the shop opposite closes at 9"
        accepts = []
    later = later_at(reading)
    if later is not None and after_an_hour(reading, later):
        later = None  # "come after four", "5 baje ke baad": the hour's "after", nothing put off
    if later is not None and chosen is None:
        # "na dada, pore kine nebo", "I'll take it later": the buying verb buys another
        # time; it agrees to nothing now, and in reply to a price it puts it off.
        if has_outstanding_offer:
            refusals = sorted({*refusals, later})
        accepts = []
    if chosen is None and not has_outstanding_offer and _talk_besides(reading) > 1:
        # "okay, looks like rain", "હા, આ વખતે ગરમી બહુ છે": with no price said and none on
        # the table, agreement before other talk agrees to nothing ("okay, done" does).
        accepts = []
        if refusals and min(refusals) == 0 and len(refusals) == 1 and later is None:
            refusals = []  # "No, last week's bananas went black": talk, nothing refused
    asks = any(t.raw == "?" for t in tokens)
    agreed = agreed_before_change(reading, accepts)  # "okay done, change for 500?"
    settled = has_outstanding_offer and agreed_before_asking(reading, accepts)  # "ok, done. when?"
    paying = pays_by(reading) and not pays_as_agreed(reading, accepts)  # "ok, paying cash"
    if chosen is None and (asks or paying or takes_leave(reading)) and not settled:
        # "gpay chalega?", "card ok?", "thaili milegi?", "ok, I'll go": a word of agreement
        # in a question, about how to pay, or before a goodbye agrees to no price.
        accepts = []
    accepts = [] if promised(reading, chosen is None or not has_outstanding_offer) else accepts
    goods_talk = chosen is None and about_the_goods(reading, has_outstanding_offer)
    talk = market_news(reading) or weighing_talk(reading) or tells_an_age(reading) or people
    talk = talk or gives_instructions(reading)  # "no ice, less sugar": nothing refused
    talk = talk or measured  # "took the measurements: chest 38": nothing refused
    talk = talk or promise  # "take ten and I'll make it less": the seller's terms
    # "3,000? the auction closed at 2,400, no way": the market's rate set aside as the
    # reason, in reply, refuses
    talk = talk and not (cost_at is not None and has_outstanding_offer and chosen is None)
    if chosen is None and (talk or reading.money_back or reading.asked_free) and elsewhere is None:
        # "it rained, that's why there's no crowd", "one minute, let me set the scale
        # right": the market's news or the weighing, no refusal and no agreement
        accepts, refusals, goods_talk = [], [], True
    if goods_talk and elsewhere is None:
        # "no no, these are rotten", "ok ok, but not stale ones": the goods, not the deal
        accepts, refusals = goods_accepts(reading, accepts, bool(refusals)), []
    accepts = accepts or (agreed if chosen is None and has_outstanding_offer else [])
    tag = tag_question_at(reading, unasked=not has_outstanding_offer and len(refusals) == 1)
    refusals = [r for r in refusals if chosen is not None or r != tag]  # "rain today, no?"
    greeting = greeting_at(reading) or range(0)
    questions = [
        o
        for o in reading.occurrences
        if o[0] is Cue.QUESTION and (o[1] not in greeting or o[2] > greeting.stop)
    ]  # "kaise ho?" greets; "kaise diye?", "how are you selling?" ask the price
    weak_questions = [  # "ಬೇರೆ ಏನೂ ಬೇಡ": nothing else, no "what"
        o for o in reading.occurrences if o[0] is Cue.WEAK_QUESTION and o[1] not in greeting
    ]
    weak_questions = [o for o in weak_questions if o[1] not in closing]
    weak_questions = [] if reading.phone and chosen is None else weak_questions  # a call
    cues = {o[0] for o in reading.occurrences}
    asked_one = one_asked_about(reading)  # "nariyal ek kitne ka?", "ஒண்ணு எவ்ளோ?"
    counted = goods_asked(reading, chosen, asked_one, bool(questions))  # "100 haar chahiye"
    asked_one, goods_counted = counted or (asked_one, None)
    chosen = None if counted else chosen  # "how much 1 coconut", "2 nariyal kitne ka"
    final = chosen is not None and final_said(reading, chosen)  # "final price 60", "800, not less"
    if final and chosen is not None and has_outstanding_offer:
        final = not agreed_as_final(reading, chosen, accepts, refusals, reference_paise)
    bound = chosen is not None and (chosen.bound or bool(cues & {Cue.CAP, Cue.CAP_BEFORE}))
    return MovesSaid(
        chosen,
        accepts,
        refusals,
        goods_talk,
        cues,
        questions,
        weak_questions,
        asks,
        asked_one,
        goods_counted,
        final,
        bound,
    )
