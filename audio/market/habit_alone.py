"""A habit's time with nobody buying: "the roads here are so bad, every week somebody's
tyre bursts", "every Sunday the market is shut". A regular's claim told by its time alone
(`regular_customer` heard in "every week", "every Sunday", "ஒவ்வொரு வாரமும்") needs the
speaker's own buying, taking or coming in its clause ("I come to your shop every week",
"I buy here every week"): said of anything else it is small talk.

A hit of `regular_customer` whose words are all a habit's time (`audio.market.habit_here`:
a word of habit, or "every" with a day of the week) yields unless a word of the speaker's
taking (`habit_here.TAKING`: buy, drink my tea) or coming (`COMING`) stands in its clause. A claim
with other words ("your regular customer", "from you every day") is not touched."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.habit_here import REGULAR, habit_forms
from audio.market.passes import Line
from audio.market.phrases import end_at, forms_in

COMING = {
    "en": "come; came; coming; visit; visited; visiting",
    "hi": "आता; आती; आते; आया; आई; aata; aati; aate; ata=; ati=",
    "ta": "வருவேன்; வரேன்; வருவோம்; வந்துட்டு; varuven; varen",
    "te": "వస్తా; వస్తాను; వస్తుంటా; vasta*",
    "bn": "আসি; আসতাম; আসছি; asi; ashi",
    "mr": "येतो; येते; येतात; yeto; yete",
    "gu": "આવું; આવીએ; aavu; avu",
    "kn": "ಬರ್ತೀನಿ; ಬರುತ್ತೇನೆ; ಬರ್ತಿರ್ತೀನಿ; bartini; barteeni",
    "ml": "വരും; വരാറ്; വരുന്ന; varum; varaar*",
    "pa": "ਆਉਂਦਾ; ਆਉਂਦੀ; ਆਉਂਦੇ; aunda; aundi",
}
"""Per language, the speaker's coming ("I've come here every Sunday since my son was
little"): with a habit's time it keeps the regular's claim as buying does."""


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
    taking = (*habit_forms("taking", language), *forms_in(language, COMING))
    return not any(end_at(f, words, i) is not None for i in range(lo, hi) for f in taking)
