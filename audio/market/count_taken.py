"""A count of goods taken, asked on a condition: "if I take forty, what's the rate per
piece?", "পঞ্চাশটা নিলে কত করে পড়বে?", "यदि पचास ले लूँ तो एक का क्या लगाओगे?". The
number (in digits or in words, a classifier on it: "পঞ্চাশটা") followed by a word of
taking on a condition (`audio.market.lots`: "নিলে", "लूँ तो", "తీసుకుంటే"), or said
between "if" and a verb of taking ("যদি পঞ্চাশটা নিই", "if I take forty"), in a line that
asks ("?", or the price asked), asks the rate for that many: `bulk_price`, as a count of
lots does, and so does a count of many to be made or needed (`audio.market.made_many`).
The number counts the goods, no price (`audio.market.counted.bulk_counted`).
Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from audio.lexicon import Token, TokenKind, tokenize
from audio.market.lots import FAR_TAKING, LOTS
from audio.market.made_many import MANY, made_forms
from audio.market.phrases import Form, end_at, forms
from audio.number_tables import number_table
from audio.numbers import NumberSpan, find_numbers

BULK = "bulk_price"

IF_TAKE = {
    "en": "if i take; if i buy; if we take; if we buy; if i order; if i get; if i pick; "
    "suppose i take; suppose i buy; if i buy around; if i take around",
    "hi": "अगर; यदि; agar; yadi",
    "bn": "যদি; jodi; jadi",
    "mr": "जर; jar",
    "gu": "જો=; jo=",
    "pa": "ਜੇ=; ਜੇਕਰ; je=; jekar",
    "ta": "",
    "te": "",
    "kn": "",
    "ml": "",
}
"""Per language, "if" said before the count (English's with its taking)."""

TAKE_AFTER = {
    "hi": "लूँ; लूं; लें; ले लूँ; ले लूं; ले लें; lun; loon; le lun; le loon",
    "bn": "নিই; নি=; কিনি; nii; ni=; kini",
    "mr": "घेतले; घेतल्या; घेतलं; ghetle",
    "gu": "લઉં; લઈએ; lau; laie",
    "pa": "ਲਵਾਂ; ਲਈਏ; lavan; laiye",
}
"""Per language, a verb of taking after the count when "if" stands before it."""

_BETWEEN = 2
"""Words (the goods' name) that may stand between the count and the taking."""

_FAR_BETWEEN = 3
"""As many, where the taking is a verb with a bare "then" (`FAR_TAKING`): the goods may
be named with a word of their kind ("सौ शादी के कार्ड छपवाऊँ तो", a hundred wedding cards)."""


@lru_cache(maxsize=16)
def _forms(
    language: str,
) -> tuple[tuple[Form, ...], tuple[Form, ...], tuple[Form, ...], tuple[Form, ...]]:
    """(the taking on a condition after the count, English's "if I take" before it,
    the language's "if" before it, its verb of taking after it). Where the word of
    condition is a bare "then" (Hindi "तो"), only the verb with it (`FAR_TAKING`)."""
    taking = FAR_TAKING.get(language) or LOTS.get(language, ("", ""))[1]
    conditioned = forms(taking) if language != "en" else ()
    own = forms(IF_TAKE.get(language, "")) if language != "en" else ()
    return conditioned, forms(IF_TAKE["en"]), own, forms(TAKE_AFTER.get(language, ""))


def count_taken(
    tokens: list[Token], text: str, language: str, *, price_asked: bool = False
) -> tuple[int, int] | None:
    """The span, in the line's words ("?" among them), of a count taken on a condition
    (see above) in a line that asks (a "?", or `price_asked`), or None."""
    found = _count_taken(tokens, text, language, price_asked=price_asked)
    return None if found is None else found[0]


def counted_number(tokens: list[Token], text: str, language: str) -> tuple[int, int] | None:
    """Where, in the text, the number of a count taken on a condition stands (its first
    and last characters), or None."""
    found = _count_taken(tokens, text, language, price_asked=True)
    return None if found is None else found[1]


def _count_taken(
    tokens: list[Token], text: str, language: str, *, price_asked: bool
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    kept = [t for t in tokens if t.kind in (TokenKind.WORD, TokenKind.NUMBER) or t.norm == "?"]
    norms = [t.norm for t in kept]
    if "?" not in norms and not price_asked:
        return None
    spans = [s for s in _numbers_within_clauses(text, kept, language) if not s.ambiguous]
    if not spans:
        return None
    # the line's words, as the recogniser counts them (a number in digits is none)
    index = [i for i, t in enumerate(kept) if t.kind is not TokenKind.NUMBER]
    where = {k: n for n, k in enumerate(index)}
    conditioned, if_en, if_own, take_after = _forms(language)
    for span in spans:
        found = (
            _after(norms, span.end, conditioned, far=language in FAR_TAKING)
            or _between(norms, span.start, span.end, if_en, ())
            or _between(norms, span.start, span.end, if_own, take_after)
            or (_after(norms, span.end, made_forms(language)) if span.value >= MANY else None)
        )
        if found is None:
            continue
        start, end = found
        if not _one_clause(text, kept, min(start, span.start), max(end, span.end)):
            continue  # "கிலோ அறுபது, அஞ்சு கிலோ வாங்குனா": the rate is no count taken
        words_at = [where[k] for k in range(start, end) if k in where]
        if words_at:
            number = (kept[span.start].start, kept[span.end - 1].end)
            return (min(words_at), max(words_at) + 1), number
    return None


def only_taking_asked(number: str, tail: str, language: str) -> bool:
    """Whether `tail`, the words after the count `number`, is only the taking on a
    condition and a question mark: "પાંચ લઉં તો?" (if I take five?) asks the rate for that
    many, with nothing after the taking that could make the number a price. A number with
    a case ending ("પાંચમાં લઉં તો?", if I take it at five?) names the price it is taken at."""
    spans = find_numbers([t.norm for t in tokenize(number)], number_table(language))
    if len(spans) != 1 or spans[0].suffix:
        return False
    words = [t.norm for t in tokenize(tail) if t.kind is TokenKind.WORD or t.norm == "?"]
    if not words or words[-1] != "?" or "?" in words[:-1]:
        return False
    conditioned = _forms(language)[0]
    return any(end_at(f, words, 0) == len(words) - 1 for f in conditioned)


def _one_clause(text: str, kept: list[Token], start: int, end: int) -> bool:
    """Whether `kept[start:end]` stand in one clause: no comma or full stop between."""
    return all(not text[kept[k - 1].end : kept[k].start].strip() for k in range(start + 1, end))


def _numbers_within_clauses(text: str, kept: list[Token], language: str) -> list[NumberSpan]:
    """The numbers of `kept` (indexes into it), each read within one clause: a comma or a
    full stop between two number words ends the first ("கிலோ அறுபது, அஞ்சு கிலோ
    வாங்குனா": sixty, then five kilos taken, never sixty-five taken)."""
    table = number_table(language)
    spans: list[NumberSpan] = []
    start = 0
    while start < len(kept):
        end = start + 1
        while end < len(kept) and _one_clause(text, kept, end - 1, end + 1):
            end += 1
        norms = [t.norm for t in kept[start:end]]
        spans += [
            replace(s, start=s.start + start, end=s.end + start) for s in find_numbers(norms, table)
        ]
        start = end
    return spans


def _after(
    norms: list[str], end: int, conditioned: tuple[Form, ...], *, far: bool = False
) -> tuple[int, int] | None:
    for k in range(end, min(len(norms), end + (_FAR_BETWEEN if far else _BETWEEN) + 1)):
        if "?" in norms[end:k]:
            return None
        for f in conditioned:
            stop = end_at(f, norms, k)
            if stop is not None:
                return end - 1, stop
    return None


def _between(
    norms: list[str],
    start: int,
    end: int,
    if_take: tuple[Form, ...],
    take_after: tuple[Form, ...],
) -> tuple[int, int] | None:
    """ "if" right before the count (English's with its taking), and a verb of taking
    after it where `take_after` holds any."""
    for k in range(max(0, start - 4), start):
        for f in if_take:
            if end_at(f, norms, k) != start:
                continue
            if not take_after:
                return k, end
            for j in range(end, min(len(norms), end + _BETWEEN + 1)):
                for t in take_after:
                    stop = end_at(t, norms, j)
                    if stop is not None:
                        return k, stop
    return None
