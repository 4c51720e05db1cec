"""Which market act a line is: cues matched on the project's folded tokens.

Every cue of every act (the speaker's language's, and English, which market talk mixes
in) is looked for in the line. A cue found inside a longer cue of another act yields to it
("not fresh" is a doubt, not the "fresh" claim), and so does one inside a filler ("ঠিক
আছে", ok, holds no "আছে?", is there); a courtesy yields to any other act ("hello,
how much are the tomatoes?" asks the price). A way to pay refused ("no cash") says no act
(`negation`), nor do words describing goods in small talk about the weather, a match or a
festival (`asides`). What remains decides:

A question mark is a word of its own, so a cue can end in one ("છે ?", is there?). The cues
and their hits are found by `audio.market.cue_hits`; the passes that keep the hits that
say something are `audio.market.heard`.

- one act: that act;
- an act with acts it is meant `over` (its reasons, "I come every day, give a discount",
  or the next step, "done, pack it"): that act;
- several acts listed in another act's `joins` ("UPI or cash?"), or that act with one of
  them ("how will you pay, UPI?"): that act;
- a frame ("is there ...?") said with another act: the other one;
- "that's all" with a leaving and courtesies ("that's all, thanks, bye"): goodbye;
- a welcome with no word of looking said with a claim ("come sir, very fresh"): the claim;
- otherwise the act with the longest cue, when it is longer than every other's;
  equally long cues of different acts contradict each other and nothing is recognised.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from audio.lexicon import TokenKind, tokenize
from audio.market.clause import breaks
from audio.market.count_taken import BULK, count_taken
from audio.market.heard import heard
from audio.market.inventory import ACTS
from audio.market.welcome import greets, welcomes_claim
from audio.understanding import Catalogue


@dataclass(frozen=True, slots=True)
class MarketAct:
    act: str
    """The act id in `audio.market.inventory.ACTS`."""
    product: str | None
    """The catalogue key of the product named, when one is."""
    confidence: float


def market_act(text: str, language: str, catalogue: Catalogue | None = None) -> MarketAct | None:
    """The market act `text` (in `language`) says, or None when none or a contradiction."""
    found = _act_said(text, language)
    if found is None:
        return None
    product = None
    if catalogue is not None:
        item = catalogue.match(text, language=language)
        product = item.key if item is not None else None
    return MarketAct(found[0], product, found[1])


@lru_cache(maxsize=256)
def _act_said(text: str, language: str) -> tuple[str, float] | None:
    """The act and its confidence: one line is looked at up to three times on its way to
    the listener (a doubted count, an accept read in it, what to say), so it is kept."""
    tokens = tokenize(text)
    words = [t.norm for t in tokens if t.kind is TokenKind.WORD or t.norm == "?"]
    numbered = any(t.kind is TokenKind.NUMBER for t in tokens)
    digits, n = set(), 0
    for t in tokens:
        if t.kind is TokenKind.NUMBER:
            digits.add(n)
        elif t.kind is TokenKind.WORD or t.norm == "?":
            n += 1
    longest: dict[str, int] = {}
    for hit in heard(words, language, breaks(text), numbered=numbered, digits=frozenset(digits)):
        longest[hit.act] = max(longest.get(hit.act, 0), hit.end - hit.start)
    counted = count_taken(tokens, text, language, price_asked="ask_price" in longest)
    if counted is not None:
        longest[BULK] = max(longest.get(BULK, 0), counted[1] - counted[0])
    if greets(set(longest), words, language) or welcomes_claim(set(longest), words, language):
        longest.pop("come_look")
    if _closing_left(set(longest)):
        longest = {"goodbye": longest["goodbye"]}
    if len(longest) > 1:
        longest = {a: n for a, n in longest.items() if not ACTS[a].weak} or longest
    reasoned = _reasoned(set(longest)) if len(longest) > 1 else None
    if len(longest) > 1:
        longest = {a: n for a, n in longest.items() if not ACTS[a].frame} or longest
    if not longest:
        return None
    chosen: str | None
    confidence = 0.9
    if len(longest) == 1 and reasoned is None:
        chosen = next(iter(longest))
    else:
        chosen = reasoned or _joined(set(longest))
        confidence = 0.8
        if chosen is None:
            ranked = sorted(longest.items(), key=lambda kv: -kv[1])
            if ranked[0][1] == ranked[1][1]:
                return None
            chosen, confidence = ranked[0][0], 0.7
    return chosen, confidence


def _closing_left(acts: set[str]) -> bool:
    """Whether the line closes the buying and leaves ("that's all, thanks, bye", "बस इतना
    ही, चलती हूँ"): the leaving is what is said last, as "thank you, bye" says goodbye."""
    return {"goodbye", "that_is_all"} <= acts and all(
        ACTS[a].weak or a == "that_is_all" for a in acts
    )


def _reasoned(acts: set[str]) -> str | None:
    """The act meant over all the others ("these are small, show better ones")."""
    for act in acts:
        if acts - {act} <= set(ACTS[act].over):
            return act
    return None


def _joined(acts: set[str]) -> str | None:
    """The act that several said together make ("UPI or cash?" asks how to pay)."""
    for entry in ACTS.values():
        said = {entry.id, *entry.joins}
        if entry.joins and len(acts & said) >= 2 and acts <= said:
            return entry.id
    return None


def is_courtesy(text: str, language: str) -> bool:
    """Whether `text` is a courtesy ("namaste", "thank you", "see you"): an act marked
    `weak` in the inventory, which asks nothing of the other side and owes no price."""
    act = market_act(text, language)
    return act is not None and ACTS[act.act].weak
