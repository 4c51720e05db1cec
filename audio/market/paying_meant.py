"""The ways to pay a line means (`audio.market.heard`'s passes over payment hits): none
refused or said short or run out, the one asked whether it will do over the others, card
asked beside "only cash"; a bag refused or said had is the speaker's own."""

from __future__ import annotations

from audio.market.bag_unneeded import unneeded
from audio.market.cue_hits import Hit
from audio.market.negation import METHODS, asked_for, refused, short_of, tag_no
from audio.market.net_down import NEEDS_NETWORK, net_down, network_nos
from audio.market.only import said_only
from audio.market.own_bag import own_bag
from audio.market.pay_choice import offered_choice
from audio.market.pay_taken import CASH, run_out, spent


def paying_meant(
    words: list[str], hits: list[Hit], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """The ways to pay meant: none refused ("no cash") or said short ("cash kam hai"), and
    the one asked whether it will do ("card chalega?") over the others, unless another is
    offered beside it with "or" ("is PhonePe ok, or cash?" asks how to pay:
    `audio.market.pay_choice`), nor one whose network is said missing ("QR scan panna
    net illa": `audio.market.net_down`); a bag refused ("theli nathi joiti") says the speaker has
    one, but not by a "no" in another clause ("पिशवी द्या, हातात नाही नेता येणार": give a
    bag, I can't carry it in my hands); a bag said had on oneself ("I have a cover, no
    need": `audio.market.own_bag`) or said not needed ("no need for a bag":
    `audio.market.bag_unneeded`) is the speaker's own."""
    paying = [h for h in hits if h.act in METHODS]
    spans = [(h.start, h.end) for h in paying]
    short = short_of(words, spans, language)
    nets = network_nos(words, language)
    gone = refused(words, spans, language, clauses=punct, skip=nets) | set(short)
    gone |= {
        k
        for k, h in enumerate(paying)
        if h.act in NEEDS_NETWORK and net_down(words, h.start, h.end, punct, language)
    }
    gone |= run_of(paying, gone)
    asked = {k: i for k, i in asked_for(words, spans, language).items() if k not in gone}
    kept = [s for k, s in enumerate(spans) if k not in gone]
    if asked and not offered_choice(words, kept, language, punct):
        gone |= {k for k in range(len(paying)) if k not in asked}
    spent = {*short.values(), *asked.values()}
    dropped = [paying[k] for k in gone]
    hits = [
        h
        for h in hits
        if h not in dropped and (h.act in METHODS or not any(h.start <= i < h.end for i in spent))
    ]
    bags = [h for h in hits if h.act == "give_bag"]
    spans = [(h.start, h.end) for h in bags]
    had = [own_bag(words, h.start, punct, language) for h in bags]
    turned = [
        bags[k]
        for k in refused(words, spans, language, plain=True, reach=4, punct=punct)
        if not tag_no(words, spans[k], language) and had[k] is not False
    ]
    turned += [
        h
        for k, h in enumerate(bags)
        if had[k] or (had[k] is None and unneeded(words, h.start, h.end, language, punct))
    ]
    return [Hit("have_bag", h.start, h.end) if h in turned else h for h in hits]


def run_of(paying: list[Hit], gone: set[int]) -> set[int]:
    """The ways to pay said right before or after a refused one of the same act: "QR scan"
    is one way, and the "no" after "scan" ("QR scan hot nahi") refuses the QR too."""
    run: set[int] = set()
    grown = True
    while grown:
        grown = False
        for k, h in enumerate(paying):
            if k in gone or k in run:
                continue
            if any(
                g.act == h.act and (g.end == h.start or h.end == g.start)
                for g in (paying[j] for j in gone | run)
            ):
                run.add(k)
                grown = True
    return run


def ran_out(
    words: list[str], hits: list[Hit], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """The hits without a way to pay said run out ("I've run out of cash", "कैश खत्म हो
    गया") or cash said spent further on in its clause ("all my cash went at the temple")
    and without the words that say so, which are no goods finished
    (`audio.market.pay_taken`)."""
    ways = [(h.start, h.end) for h in hits if h.act in METHODS]
    found: dict[int, tuple[int, int]] = {}
    for k, h in enumerate(hits):
        if h.act not in METHODS:
            continue
        span = run_out(words, h.start, h.end, language)
        if span is None and h.act == CASH:
            others = [w for w in ways if w != (h.start, h.end)]
            span = spent(words, h.start, h.end, language, punct, others)
        if span is not None:
            found[k] = span
    if not found:
        return hits
    spans = list(found.values())
    return [
        h
        for k, h in enumerate(hits)
        if k not in found
        and not (h.act in METHODS and any(h.start == hits[j].start for j in found))
        and not any(h.start < e and s < h.end for s, e in spans)
    ]


def card_asked(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """Asking "card, or only cash?" asks whether card is taken: a way to pay said with "only"
    beside it, where card is asked, is the alternative feared (`audio.market.only`)."""
    if not any(h.act == "pay_card" for h in hits):
        return hits
    return [
        h
        for h in hits
        if h.act not in METHODS
        or h.act == "pay_card"
        or not said_only(words, h.start, h.end, language)
    ]
