"""When a market act stands in for a move understanding read without a price.

Agreement, refusal and question words run through stall talk as fillers: "ok, I'll come
tomorrow", "नहीं, दूसरा दिखाओ", "fine, I'll pay by UPI", "ज़रा कांटे पे रख के देखो कितना है".
Understanding reads such a line as an accept, a refusal or a price question with no price;
the line is the market act it says, and an accept read into it would hand the listener a
deal nobody made. Price talk ("too expensive", "how much?", "done") keeps the move read
in it, except that a bare price question read in "give a discount" or "how much for all?"
is said as that request, and one read in "so pricey! for one bag?" ("এত দাম?", "इतना
दाम?") is said as the complaint, and one read in "ok, take it at that same rate" is said as the
deal; an act that carries a purchase on ("ok, pack it", "theek hai,
UPI kar deta hoon") keeps an accept when a price is on the table, for then the "ok"
agrees to it; so does a courtesy ("ok, thank you"), which otherwise stands only for an
accept ("ok, bye"), never for a refusal or a question ("no, thank you" refuses).
"""

from __future__ import annotations

from audio.acts import ActKind, NegotiationAct
from audio.market.inventory import ACTS
from audio.market.recognise import MarketAct

_WORDS_ONLY = (ActKind.ACCEPT, ActKind.REJECT, ActKind.QUESTION)
"""Moves that can be read from words alone, with no price said."""

_AGREEMENTS = frozenset({"deal"})
"""Price talk that agrees: a bare price question read in "ok, at that same rate then"
("అదే రేటుకి", "ওই দামেই") is the deal, no question; an accept read in it stays."""

_COMPLAINTS = frozenset({"too_expensive"})
"""Price talk that asks nothing: a bare price question read in it is only its "?"."""


def stands_for_move(
    market: MarketAct | None, move: NegotiationAct | None, *, has_outstanding_offer: bool
) -> bool:
    """Whether `market` (the act recognised in the line) is what the line says rather than
    `move` (the negotiation move understanding read in it)."""
    if market is None or move is None:
        return False
    entry = ACTS[market.act]
    # "give a discount" heard as a bare "how much?": the request is said
    if entry.asks or entry.id in _COMPLAINTS:
        return move.kind is ActKind.QUESTION and move.amount_paise is None
    if entry.id in _AGREEMENTS and move.kind is ActKind.QUESTION:
        return move.amount_paise is None
    if entry.price_talk or move.kind not in _WORDS_ONLY or move.amount_paise is not None:
        return False
    if move.kind is not ActKind.ACCEPT:
        return not entry.weak
    if entry.owns_right:
        return True
    return not (has_outstanding_offer and (entry.goes_on or entry.weak))
