"""Hindi "दो" (two, and the imperative "give") after a round hundred: "साढ़े चार सौ दो
और तीनों ले जाओ" is "give 450 and take all three", never ₹452. After a complete
hundred-number, "दो" followed by "और", a pause or a verb clause ("ले जाओ", "दे दो") is the
verb: the number ends before it. With no such cue ("साढ़े चार सौ दो" alone) both readings
stand, 452 and "give 450": the price is asked, never one recorded on a guess. A money,
unit or paise word after it ("चार सौ दो रुपये", "दो सौ दो किलो") says the number."""

from __future__ import annotations

from dataclasses import replace

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

_GIVE = frozenset(fold(w) for w in ("दो", "do"))
_AND = frozenset(fold(w) for w in ("और", "aur", "or", "फिर", "phir", "तो", "to"))
# A verb clause right after: take, go, give, put, weigh, pack.
_VERB_STEMS = tuple(
    fold(w)
    for w in (
        "ले", "लो", "लीजिए", "जा", "दे", "दीजिए", "दीजि", "रख", "तौल", "बांध", "बाँध", "पैक",
        "le", "lo", "lijiye", "ja", "de", "dijiye", "rakh", "taul", "bandh", "pack",
    )
)  # fmt: skip
_PAUSES = frozenset(",.!;।")


def hundred_then_give(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Hindi spans with a last "दो" after a round hundred read as the verb where a cue
    says so, or marked with both readings where none does."""
    if reading.language != "hi":
        return spans
    words, tokens = reading.words, reading.tokens
    out: list[NumberSpan] = []
    for span in spans:
        last = span.end - 1
        head = span.value - 2
        if (
            span.end - span.start < 2
            or words[last] not in _GIVE
            or head < 100
            or head % 100 not in (0, 50)
            or span.alternative is not None
        ):
            out.append(span)
            continue
        nxt = span.end
        if nxt < len(words) and reading.has(nxt, Cue.CURRENCY, Cue.UNIT, Cue.PAISE):
            out.append(span)  # "चार सौ दो रुपये": 402
            continue
        gap = reading.text[tokens[last].end : tokens[nxt].start] if nxt < len(words) else ""
        cue = nxt < len(words) and (
            bool(_PAUSES & set(gap)) or words[nxt] in _AND or words[nxt].startswith(_VERB_STEMS)
        )
        if cue:
            out.append(replace(span, value=head, end=last))  # "साढ़े चार सौ दो और ...": give
        else:
            out.append(replace(span, alternative=head))  # 452, or "give 450": asked
    return out
