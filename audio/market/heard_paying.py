"""The passes over a line's hits about paying and settling (`audio.market.heard`).

A way to pay refused ("no cash") says no act, one said as done ("phone pe kar diya") asks
to check the money, money sent by "you" is the listener's (`audio.market.goods_sent`), a
"how" said of goods given asks their price ("ये कैसे दिए?"), a claim asked back is no claim
(`audio.market.fault_denied`: a fault denied of "not even one" claims the goods fresh),
"fix" or "done" said alone settles the deal, and a way to pay asked whether it is taken
asks how to pay."""

from __future__ import annotations

from audio.market.bag_lacked import bag_lacked
from audio.market.bag_searched import bag_searched
from audio.market.bag_thanked import bag_thanked
from audio.market.cue_hits import Hit
from audio.market.fault_denied import claim_asked, fault_denied
from audio.market.firm_said import firm_said
from audio.market.goods_sent import sent_by_listener
from audio.market.how_given import goods_given
from audio.market.negation import METHODS
from audio.market.passes import Line, Pass
from audio.market.pay_asked import way_asked
from audio.market.pay_choice import or_asked
from audio.market.pay_done import PAID, said_done
from audio.market.pay_taken import CARD, HOW, TAKEN, taken_asked
from audio.market.paying_meant import card_asked, paying_meant, ran_out
from audio.market.settled import DEAL, done_alone, fixed_alone
from audio.market.turned import turned
from audio.market.wanted import named_wanted


def _meant(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    hits = named_wanted(
        paying_meant(words, ran_out(words, hits, language, punct), language, punct), language, words
    )
    hits = bag_searched(bag_thanked(hits, words, language, punct), words, language, punct)
    return or_asked(hits, words, language, punct, METHODS)


def _done(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    hits = [
        Hit(PAID, h.start, h.end)
        if h.act in METHODS and said_done(words, h.start, h.end, language, punct)
        else h
        for h in hits
    ]
    return sent_by_listener(hits, words, language, punct)


def _turned(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    hits = [
        Hit("ask_price", h.start, h.end)
        if h.act == HOW and goods_given(words, h.start, h.end, language, punct)
        else h
        for h in hits
    ]
    hits = [turned(h, words, language, punct) for h in card_asked(hits, words, language)]
    return claim_asked(fault_denied(hits, words, language, punct), words, punct)


def _settled(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    hits += [Hit(DEAL, s, e) for s, e in fixed_alone(words, language, punct)]
    done = done_alone(words, language, punct, [h.act for h in hits])
    hits = [h for h in hits if not any(s <= h.start < e for s, e in done)]
    return hits + [Hit(DEAL, s, e) for s, e in done]


def _how(hits: list[Hit], line: Line) -> list[Hit]:
    if any(h.act == CARD for h in hits):
        return hits
    words, language = line.words, line.language
    return [
        Hit(HOW, h.start, h.end)
        if h.act in TAKEN
        and (
            taken_asked(words, h.start, h.end, language)
            or way_asked(words, h.start, h.end, language)
        )
        else h
        for h in hits
    ]


PAYING: tuple[Pass, ...] = (_meant, bag_lacked, _done, _turned, _settled, firm_said, _how)
"""The passes about paying and settling, in order."""
