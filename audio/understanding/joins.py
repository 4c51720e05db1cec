"""Numbers said apart that are one amount or one quantity: Tamil and Kannada quarter
forms said as two words, rupees and paise said as two groups, "one rupee" beside a
price; typed fraction words that are also everyday words ("sare", "der") read as
fractions right before what they measure."""

from __future__ import annotations

from functools import lru_cache

from audio.languages.base import Cue, Kind
from audio.lexicon import Token, TokenKind, fold, lexicon_for
from audio.numbers import NumberSpan, number_table, read_number
from audio.understanding.reading import _Reading

_QUARTERS = frozenset(fold(w) for w in ("கால்", "முக்கால்", "ಕಾಲು", "ಮುಕ್ಕಾಲು"))
_AND_ENDINGS = ("ே", "ೂ")


# Marathi "-she" (hundred) typed apart from its multiplier: "don she" is "donshe" (200),
# "teen she fifty" 350. A lone "she" stays English; only a number word right before it
# joins, and only when the two read as one number.
_TYPED_HUNDREDS = frozenset(("she", "sha", "shay", "shey"))


def _join_hundreds(tokens: list[Token]) -> list[Token]:
    table = number_table("mr")
    joined: list[Token] = []
    for token in tokens:
        last = joined[-1] if joined else None
        if (
            last is not None
            and token.norm in _TYPED_HUNDREDS
            and last.raw.isascii()
            and token.start - last.end == 1
            and table.parts(last.norm) is not None
        ):
            norm = fold(last.raw + "she")
            if table.parts(norm) is not None:
                joined[-1] = Token(last.raw + token.raw, norm, last.start, token.end, last.kind)
                continue
        joined.append(token)
    return joined


# Malayalam "-എണ്ണം" (count of items) fused to its number: "നാലെണ്ണം" is നാല് എണ്ണം (four
# pieces), "മൂന്നെണ്ണത്തിന്" for three of them, typed "randennam". Read apart.
_ML_COUNT_ENDINGS = ("െണ്ണത്തിന്", "െണ്ണം", "ennathinu", "ennam")
_ML_HEAD_ENDS = ("്", "u", "")


def _split_counts(tokens: list[Token]) -> list[Token]:
    table = number_table("ml")
    split: list[Token] = []
    for token in tokens:
        ending = next((e for e in _ML_COUNT_ENDINGS if token.norm.endswith(fold(e))), None)
        head = token.raw[: len(token.raw) - len(ending)] if ending else ""
        whole = next(
            (head + end for end in _ML_HEAD_ENDS if head and table.parts(fold(head + end))),
            None,
        )
        if ending is None or whole is None or head.startswith("ഒര"):
            split.append(token)
            continue
        cut = token.start + len(head)
        word = "എണ്ണം" if not ending.isascii() else "ennam"
        split.append(Token(whole, fold(whole), token.start, cut, token.kind))
        split.append(Token(word, fold(word), cut, token.end, token.kind))
    return split


# "Fourth" as a fraction: English "one-fourth kilo", "three fourths of a litre", Hindi
# "चौथाई किलो", "ek chauthai kilo": the language's own quarter word ("quarter", "पाव").
# Elsewhere "fourth" stays an ordinal ("fourth lane").
_FOURTHS: dict[str, tuple[frozenset[str], str]] = {
    "en": (frozenset(("fourth", "fourths")), "quarter"),
    "hi": (frozenset(fold(w) for w in ("चौथाई", "chauthai", "chouthai", "chothai")), "पाव"),
}
_FOURTH_COUNTS = frozenset(fold(w) for w in ("one", "three", "a"))


def _read_fourths(tokens: list[Token], language: str) -> list[Token]:
    entry = _FOURTHS.get(language)
    if entry is None:
        return tokens
    words, quarter = entry
    out = list(tokens)
    for i, token in enumerate(tokens):
        if token.norm not in words:
            continue
        counted = i > 0 and tokens[i - 1].norm in _FOURTH_COUNTS
        if language == "en" and not counted:
            continue  # "the fourth one": an ordinal
        out[i] = Token(token.raw, fold(quarter), token.start, token.end, TokenKind.WORD)
    return out


def _join_quarters(tokens: list[Token], language: str) -> list[Token]:
    """ "ஒன்றே கால்" (one and a quarter), "ಒಂದೂ ಕಾಲು": a number with its "and" ending
    and a quarter word said apart are one number, as written joined ("ஒன்றேகால்");
    Marathi "don she", "teen sha" are "donshe" (200), "teensha" (300)."""
    tokens = _read_fourths(tokens, language)
    if language == "mr":
        return _join_hundreds(tokens)
    if language == "ml":
        return _split_counts(tokens)
    if language not in ("ta", "kn") or len(tokens) < 2:
        return tokens
    table = number_table(language)
    joined: list[Token] = []
    for token in tokens:
        last = joined[-1] if joined else None
        if (
            last is not None
            and token.norm in _QUARTERS
            and last.raw.endswith(_AND_ENDINGS)
            and token.start - last.end == 1
        ):
            raw = last.raw + token.raw
            norm = fold(raw)
            if table.parts(norm) is not None:
                joined[-1] = Token(raw, norm, last.start, token.end, TokenKind.WORD)
                continue
        joined.append(token)
    return joined


# Typed fraction words that are also everyday English or Hindi words: read as the
# language's fraction only right before what they measure. Bengali "sare tinsho" is
# সাড়ে তিনশো (350), "der kilo" দেড় কিলো; Marathi "deed kilo" दीड किलो; Kannada "kaal kg"
# ಕಾಲು ಕೆಜಿ. Elsewhere they stay "all", "late", "did", "yesterday".
# Gujarati "adhi" is અઢી (2½) but also Hindi "aadhi" (half): only before a thousand
# ("adhi hajar") is it read as અઢી, and then asked unless the price on the table picks
# 2,500 over 500 (`audio.understanding.short_thousands`).
_NUMBER, _UNIT, _THOUSAND = "number", "unit", "thousand"
_TYPED_FRACTIONS: dict[str, dict[str, tuple[str, str]]] = {
    # typed word: (native word, what must follow: a number, a unit or a thousand, or
    # "unit" also a thousand)
    "bn": {"sare": ("সাড়ে", _NUMBER), "saare": ("সাড়ে", _NUMBER), "der": ("দেড়", _UNIT)},
    "mr": {"deed": ("दीड", _UNIT), "did": ("दीड", _UNIT)},
    "kn": {"kaal": ("ಕಾಲು", _UNIT)},
    "gu": {"adhi": ("અઢી", _THOUSAND)},
}
TYPED_BEFORE_THOUSAND: dict[str, frozenset[str]] = {"gu": frozenset((fold("adhi"),))}
"""Typed words read as a fraction only before a thousand, whose price is then asked
unless the price on the table picks it."""


@lru_cache(maxsize=16)
def _typed_words(language: str) -> dict[str, tuple[str, str]]:
    return {fold(w): entry for w, entry in _TYPED_FRACTIONS.get(language, {}).items()}


def _typed_fractions(tokens: list[Token], language: str) -> list[Token]:
    """Tokens with `_TYPED_FRACTIONS` words read as the native fraction where what they
    measure follows them (offsets and raw text kept)."""
    typed = _typed_words(language)
    if not typed or len(tokens) < 2:
        return tokens
    table, lexicon = number_table(language), lexicon_for(language)
    out = list(tokens)
    for i, token in enumerate(tokens[:-1]):
        entry = typed.get(token.norm)
        if entry is None:
            continue
        native, before = entry
        following = tokens[i + 1].norm
        found = table.parts(following)
        if before == _NUMBER:
            fits = found is not None and not following[:1].isdigit()
        else:  # a unit, or a thousand: "der hajar" (দেড় হাজার, 1,500); "der sho" asked
            parts = found[0] if found else ()
            fits = len(parts) == 1 and parts[0].kind is Kind.SCALE and parts[0].value >= 1000
            fits = fits or (
                before == _UNIT
                and any(
                    len(p.words) == 1 and p.cue is Cue.UNIT for p in lexicon.lookup([following], 0)
                )
            )
        if fits:
            out[i] = Token(token.raw, fold(native), token.start, token.end, TokenKind.WORD)
    return out


_RATE_WORDS = frozenset(("rate", "price", "cost", "costs"))
_AFTER_RATE = (Cue.UNIT, Cue.PER, Cue.CURRENCY, Cue.EACH)


def _rupees_and_paise_apart(
    reading: _Reading, spans: list[NumberSpan], language: str
) -> list[NumberSpan]:
    """Rupees and paise said as two groups, "forty two fifty" (₹42.50),
    "eighteen seventy five" (₹18.75): joined only when the second group is paise said
    as tens (10 to 95, in fives) and money is being named around them ("make it ...",
    "rate is ...", "... a kilo", "... per piece"). Else the two numbers stand apart and
    the speaker is asked. In every language a paise word after them ("बयालीस पचास, एक
    पैसा कम नहीं") joins them; a verb of giving alone leaves them to be asked about."""
    if len(spans) < 2:
        return spans
    words, tokens = reading.words, reading.tokens
    out: list[NumberSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        if b is not None and _paise_group(reading, a, b):
            before = range(max(a.start - 3, 0), a.start)
            k = b.end
            if reading.has(k, Cue.ARTICLE, Cue.LINK) and not reading.has(k, *_AFTER_RATE):
                k += 1
            # "एक पैसा कम नहीं", "not a paisa less" after them: rupees and paise, clearly
            paise = any(reading.has(j, Cue.PAISE) for j in range(b.end, len(words)))
            money = paise or (
                language == "en"
                and (
                    any(
                        reading.has(j, Cue.SET, Cue.FINAL) or words[j] in _RATE_WORDS
                        for j in before
                    )
                    or reading.has(k, *_AFTER_RATE)
                    or _for_the_lot(reading, b.end)
                )
            )
            # Elsewhere ("बयालीस पचास दूंगा") it may be 42.50 or two prices: asked.
            gap = reading.text[tokens[a.end - 1].end : tokens[b.start].start]
            if money and gap.strip() == "":
                joined = NumberSpan(a.value + b.value / 100, a.start, b.end, False, b.suffix)
                for j in range(a.start, b.end):
                    reading.number_at[j] = joined
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# "For all", "for the (whole) lot", "for everything" after the amount: a total, so money.
_LOT = frozenset(fold(w) for w in ("all", "lot", "everything", "whole"))


def _for_the_lot(reading: _Reading, k: int) -> bool:
    """The word at `k` is "for" with the whole lot named within the next two words."""
    words = reading.words
    return k < len(words) and words[k] == "for" and any(w in _LOT for w in words[k + 1 : k + 3])


def _paise_group(reading: _Reading, a: NumberSpan, b: NumberSpan) -> bool:
    said = not any(reading.words[k][:1].isdigit() for k in range(a.start, b.end))
    return (
        said
        and a.end == b.start
        and a.alternative is None
        and b.alternative is None
        and 5 <= a.value <= 99  # under ₹5 nothing is haggled: "one twenty" is never ₹1.20
        and a.value == int(a.value)
        and 10 <= b.value <= 95
        and b.value % 5 == 0
        and not (a.value % 5 == 0 and 0 < b.value - a.value <= 10)  # "twenty twenty-five": a range
    )


def _one_rupee_apart(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """A price, then "one rupee even ..." read as one number: "நாப்பது ஒரு ரூபா கூட
    ஜாஸ்தி தர மாட்டேன்" is 40 and "not even one rupee more", never 41. The "one" is cut
    off the number when the currency and an "even" follow it."""
    from audio.understanding.not_a_rupee import _EVEN

    out: list[NumberSpan] = []
    words = reading.words
    for span in spans:
        last = span.end - 1
        after = span.end
        if (
            span.end - span.start >= 2
            and after + 1 < len(words)
            and reading.has(after, Cue.CURRENCY)
            and words[after + 1] in _EVEN
            and span.alternative is None
        ):
            head = read_number(words[span.start : last], 0, number_table(reading.language))
            one = read_number(words[last : span.end], 0, number_table(reading.language))
            if (
                head is not None
                and head.end == last - span.start
                and one is not None
                and one.value == 1
                and head.value + 1 == span.value
            ):
                first = NumberSpan(head.value, span.start, last, head.ambiguous)
                second = NumberSpan(1, last, span.end, False)
                reading.number_at[span.start : last] = [first] * (last - span.start)
                reading.number_at[last] = second
                out += [first, second]
                continue
        out.append(span)
    return out
