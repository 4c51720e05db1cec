"""Goods sold out in a season: "all the big pots went in the wedding season, not one left",
"शादी के सीज़न में सारे बड़े पतीले बिक गए", "পুজোর সময় সব বড় হাঁড়ি বিক্রি হয়ে গেছে",
"लग्नसराईत सगळी मोठी पातेली गेली". A festival or a wedding told as the time the goods sold
(its season, its time, "during" it) is when they went, no market news
(`audio.market.asides`): the line says they are finished (`out_of_stock`). The season
itself said over ("the wedding season is over", "सीज़न ख़त्म हो गया") sold nothing out: the
finished word there stands right after the season, with no goods between.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.asides import is_aside
from audio.market.cue_hits import Hit
from audio.market.phrases import Form, at, end_at, forms_in

GONE = "out_of_stock"

SEASON = {
    "en": "season; seasons; time; days; rush",
    "hi": "सीज़न; सीजन; सीसन; समय; टाइम; दिनों; seezan; sizan; samay; भीड़; भीड; bheed",
    "ta": "சீசன்; சீஸன்; சமயம்; நேரம்; டைம்; seasonla; கூட்டத்த; koottathula",
    "te": "సీజన్; సీజను; సమయం; టైమ్; టైంలో; రోజుల్లో; రద్దీ",
    "bn": "সময়; সময়ে; সিজন; সিজনে; মরসুম; মরশুম; somoy; somoye; ভিড়; ভিড়ে; ভিডে",
    "mr": "सीझन; सीजन; हंगाम; लग्नसराई; दिवसांत; दिवसात; टाइम; lagnasarai; गर्दी; gardit",
    "gu": "સીઝન; સિઝન; મોસમ; ટાઈમ; ટાઇમ; સમય; દિવસોમાં; sizan; ભીડ",
    "kn": "ಸೀಸನ್; ಸಮಯ; ಟೈಮ್; ಟೈಮಲ್ಲಿ; ದಿನಗಳಲ್ಲಿ; ರಶ್",
    "ml": "സീസൺ; സീസണ; സമയം; സമയത്ത്; ടൈം; ദിവസങ്ങളിൽ; തിരക്ക",
    "pa": "ਸੀਜ਼ਨ; ਸੀਜਨ; ਸਮੇਂ; ਟਾਈਮ; ਦਿਨਾਂ; seezan; ਭੀੜ; bheed",
}
"""Per language, words of a season, a time or its rush said after a festival or a wedding
("the wedding season", "दिवाली के दिनों", "পুজোর সময়", "दिवाली की भीड़ में"); English's heard
in every language."""

DURING = {"en": "during", "hi": "दौरान", "pa": "ਦੌਰਾਨ", "gu": "દરમિયાન"}
"""Words of "during" said before the festival ("during Diwali")."""

_REACH = 3
"""Words between a festival and its season ("शादी के सीज़न", "ವಿಆਹਾਂ ਦੇ ਸੀਜ਼ਨ")."""


@lru_cache(maxsize=16)
def _forms(language: str, table: str) -> tuple[Form, ...]:
    return forms_in(language, SEASON if table == "season" else DURING)


def _season_span(words: list[str], i: int, language: str) -> tuple[int, int] | None:
    """The words of the season told with the festival or wedding word at `i`, or None
    when the word is not told as a season."""
    for j in range(i, min(len(words), i + _REACH + 1)):
        for f in _forms(language, "season"):
            end = end_at(f, words, j)
            if end is not None:
                return i, end
    for k in range(max(0, i - 2), i):
        if any(at(f, words, k) for f in _forms(language, "during")):
            return k, i + 1
    return None


def in_season(
    act: str,
    words: list[str],
    start: int,
    end: int,
    language: str,
    punct: frozenset[int] = frozenset(),
) -> bool:
    """Whether an out-of-stock cue at [start, end) is goods sold out in a festival's or a
    wedding's season told beside it (above): every festival or wedding word of the line is
    told as such a season, and the finished word stands apart from it (after it with a
    word or a break between, or before a "during")."""
    if act != GONE:
        return False
    spans = []
    for i in range(len(words)):
        if not is_aside(words[i : i + 1], language):
            continue
        told = _season_span(words, i, language)
        if told is None:
            return False
        spans.append(told)
    if not spans:
        return False
    told_at = {k for lo, hi in spans for k in range(lo, hi)}
    if is_aside([w for k, w in enumerate(words) if k not in told_at], language):
        return False
    first, last = min(lo for lo, _ in spans), max(hi for _, hi in spans)
    return start >= last + 1 or (start == last and last in punct) or end <= first


def sold_in_season(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """The hits `in_season`: kept though the line talks of a festival or a wedding."""
    return [h for h in hits if in_season(h.act, words, h.start, h.end, language, punct)]
