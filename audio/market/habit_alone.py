"""A habit's time with nobody buying: "the roads here are so bad, every week somebody's
tyre bursts", "every Sunday the market is shut". A regular's claim told by its time alone
(`regular_customer` heard in "every week", "every Sunday", "ஒவ்வொரு வாரமும்") needs the
speaker's own buying, taking or coming in its clause ("I come to your shop every week",
"I buy here every week"): said of anything else it is small talk.

A hit of `regular_customer` whose words are all a habit's time (`audio.market.habit_here`:
a word of habit, or "every" with a day of the week) yields unless a word of the speaker's
taking (`habit_here.TAKING`: buy, drink my tea, "I come") stands in its clause. A claim
with other words ("your regular customer", "from you every day") is not touched."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.habit_here import REGULAR, habit_forms
from audio.market.passes import Line
from audio.market.phrases import end_at


def habit_alone(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a regular's claim told only by a habit's time, nobody buying (above)."""
    if not any(h.act == REGULAR for h in hits):
        return hits
    words, language = line.words, line.language
    return [h for h in hits if h.act != REGULAR or not _time_alone(h, words, language, line)]


def _time_alone(hit: Hit, words: list[str], language: str, line: Line) -> bool:
    if not any(end_at(f, words, hit.start) == hit.end for f in habit_forms("habit", language)):
        return False
    lo = max((b for b in line.punct if b <= hit.start), default=0)
    hi = min((b for b in line.punct if b >= hit.end), default=len(words))
    taking = habit_forms("taking", language)
    return not any(end_at(f, words, i) is not None for i in range(lo, hi) for f in taking)
