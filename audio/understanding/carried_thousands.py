"""Thousands carried from the amount said just before: "it comes to thirty-two thousand,
for you thirty-one", "ગાદલું બાર હજારનું થાય, તમારા માટે અગિયાર", "மெத்தை
பன்னிரண்டாயிரம், உங்களுக்கு பதினொன்னு". A bare whole number after an amount in
thousands in the same line, with no rupee, unit or scale word of its own, is in the same
thousands where that lands near the first (0.3 to 1.5 times): ₹31,000, never ₹31. Called
from `audio.understanding.short_thousands` (the thousands said the short way).

The later number replaces the first only when it is the speaker's own new price ("for
you", "make it", "I'll give", "last"). Said as another seller's ("outside they ask
fifteen", "बाहर पंद्रह माँगते हैं", "బయట పదిహేను అడుగుతారు") it is dropped and the first
price stands; with nothing to say whose it is, the speaker is asked."""

from __future__ import annotations

from collections.abc import Sequence

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _joined, _Price, _Reading

_OWN_WORDS = (Cue.CURRENCY, Cue.PAISE, Cue.UNIT, Cue.MEASURE, Cue.NOT_MONEY, Cue.NUMBER_LABEL)
"""A word right beside the number that makes it say its own scale or no money at all."""


_MINE = (Cue.FOR_YOU, Cue.SET, Cue.FINAL, Cue.TAKE_IT)
"""Cues that make the later number the speaker's own new price."""

# I give / I'll do / last / make it, as a word's start: "दूँगा", "ఇస్తా", "দেব", "देतो".
_MINE_STEMS = tuple(
    fold(w)
    for w in (
        "give", "i'll", "ill", "last", "make", "do it", "दूँग", "दूंग", "दे दू", "दे द",
        "लगा द", "कर द", "लास्ट", "dunga", "doonga", "de dung", "laga d", "kar d",
        "தரேன்", "தர்றேன்", "குடுக்கறேன்", "குடுத்துடறேன்", "tharen", "kudukkaren",
        "ఇస్తా", "ఇస్తాను", "ఇచ్చేస్తా", "చేస్తా", "isthaa", "istha", "isthanu",
        "দেব", "দিয়ে দেব", "দেবো", "দিচ্ছি", "debo", "dibo", "dichhi",
        "देतो", "देईन", "देते", "लावतो", "deto", "dein", "lavto",
        "આપીશ", "આપું", "આપી દઈશ", "કરી આપ", "આપી દઉં", "apish", "apu", "aapish",
        "ಕೊಡ್ತೀನಿ", "ಕೊಡ್ತೇನೆ", "ಕೊಡುತ್ತೇನೆ", "ಮಾಡ್ಕೊಡ್ತೀನಿ", "kodtini", "kodteeni",
        "തരാം", "തരും", "തന്നേക്കാം", "ആക്കാം", "tharam", "thannekkam", "aakkam",
        "ਦੇ ਦਿਆਂ", "ਦੇ ਦੇਵਾਂ", "ਦਿਆਂਗੇ", "ਦੇਵਾਂਗਾ", "ਲਾ ਦਿਆਂ", "de diyan", "de devan",
    )
)  # fmt: skip

# Another seller: outside, elsewhere, the next shop, people; they ask, they charge.
_THEIRS_STEMS = tuple(
    fold(w)
    for w in (
        "outside", "elsewhere", "next shop", "shop", "market", "others", "other shop",
        "people", "they ask", "they charge", "they sell", "charges", "asks",
        "बाहर", "bahar", "baahar", "दुकान", "dukan", "बाज़ार", "बाजार", "bazaar", "bazar",
        "माँगते", "मांगते", "लेते हैं", "mangte", "maangte", "lete hain",
        "வெளியே", "வெளில", "கடையில", "கடைல", "கேக்குறாங்க", "கேட்பாங்க", "veliya", "veliye",
        "బయట", "బైట", "కొట్లో", "షాపులో", "అడుగుతారు", "అడుగుతున్నారు", "bayata", "baita",
        "adugutharu",
        "বাইরে", "দোকানে", "চায়", "চাইছে", "নেয়", "baire", "chay",
        "बाहेर", "दुकानात", "मागतात", "घेतात", "baher", "magtat", "magtaat",
        "બહાર", "દુકાનમાં", "માંગે", "માગે", "લે છે", "bahar", "mange",
        "ಹೊರಗೆ", "ಹೊರಗಡೆ", "ಅಂಗಡೀಲಿ", "ಅಂಗಡಿಯಲ್ಲಿ", "ಕೇಳ್ತಾರೆ", "ಕೇಳುತ್ತಾರೆ", "horage",
        "horagade", "keltare",
        "പുറത്ത്", "പുറത്തു", "കടയിൽ", "ചോദിക്കും", "ചോദിക്കുന്നു", "വാങ്ങും", "purathu",
        "ਬਾਹਰ", "ਦੁਕਾਨ", "ਮੰਗਦੇ", "ਲੈਂਦੇ", "bahar", "mangde",
    )
)  # fmt: skip


def _clause(reading: _Reading, span: NumberSpan, start: int) -> range:
    """The words of the pause-free stretch holding `span`, from no earlier than `start`."""
    words = reading.words
    first = span.start
    while first > start and _joined(reading, first):
        first -= 1
    last = span.end
    while last < len(words) and _joined(reading, last):
        last += 1
    return range(first, last)


# English "do" right before the number: the speaker asks for it ("do five").
_DO = frozenset(("do", "make"))


def _said(text: str, stems: tuple[str, ...]) -> bool:
    """Whether a word of `text` starts with a stem, or a two-word stem is in it."""
    return any(w.startswith(stems) for w in text.split()) or any(
        f" {stem}" in f" {text}" for stem in stems if " " in stem
    )


def _whose(reading: _Reading, before: NumberSpan, span: NumberSpan) -> str:
    """ "mine", "theirs" or "" (nothing says) for a bare number after `before`."""
    around = [k for k in _clause(reading, span, before.end) if not span.start <= k < span.end]
    if any(reading.has(k, *_MINE) for k in around):
        return "mine"
    if span.start > 0 and reading.words[span.start - 1] in _DO and _joined(reading, span.start):
        return "mine"  # "last year it was four thousand, do five"
    text = " ".join(reading.words[k] for k in around)
    if _said(text, _THEIRS_STEMS):
        return "theirs"
    return "mine" if _said(text, _MINE_STEMS) else ""


def _in_thousands(span: NumberSpan) -> bool:
    return span.value >= 1000 and span.value % 500 == 0 and span.alternative is None


def _bare(reading: _Reading, span: NumberSpan) -> bool:
    """A whole number 1–99 said in words, with no case ending and no rupee, unit or
    label word right beside it."""
    words = reading.words
    return (
        span.value == int(span.value)
        and 1 <= span.value <= 99
        and not span.suffix
        and span.alternative is None
        and not any(words[k][:1].isdigit() for k in range(span.start, span.end))
        and not reading.has(span.end, *_OWN_WORDS)
        and not reading.has(span.start - 1, *_OWN_WORDS)
    )


def carry_thousands(reading: _Reading, spans: Sequence[NumberSpan]) -> list[NumberSpan]:
    """`spans` with each bare short number after an amount in thousands read in those
    thousands, where that lands near the amount."""
    out: list[NumberSpan] = []
    before: NumberSpan | None = None
    for span in spans:
        if before is not None and not span.ambiguous and _bare(reading, span):
            value = span.value * 1000
            if 0.3 * before.value <= value <= 1.5 * before.value:
                whose = _whose(reading, before, span)
                span = NumberSpan(value, span.start, span.end, False, span.suffix)
                reading.carried.add(span.start)
                if whose == "theirs":  # "outside they ask 15": the first price stands
                    reading.carried_theirs.add(span.start)
                elif not whose:  # nothing says whose: asked
                    reading.short_hundreds.add(span.start)
        if _in_thousands(span):
            before = span
        out.append(span)
    return out


def carried_over(reading: _Reading) -> list[_Price]:
    """The amounts in thousands that a later bare number took its thousands from: the
    price first named, replaced by the one said after it."""
    theirs = [p for p in reading.prices if p.span.start in reading.carried_theirs]
    return theirs + [
        first
        for first in reading.prices
        if any(
            then.span.start in reading.carried - reading.carried_theirs and then.start > first.end
            for then in reading.prices
        )
    ]
