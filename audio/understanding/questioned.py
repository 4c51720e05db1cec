"""A price complained about is no counter: "since when is it eighty?", "भैया प्याज़ बहुत
ज़्यादा है, अस्सी कब से हो गया", "ಇದು ನೂರಿಪ್ಪತ್ತು ಯಾಕೆ?". A price said in a clause with
"since when", "how come" or "why" is the other side's price questioned, never the
speaker's own offer: with no other price the line is a question with no amount; a
counter said after it ("since when is it 80? give it for 70") keeps its own price. "Why
not 80?" (a negation in the clause) is no complaint."""

from __future__ import annotations

from dataclasses import replace

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _joined, _Price, _Reading

# "Since when", "how come", "why": a word or a phrase of up to three words.
QUESTIONING = frozenset(
    fold(w)
    for w in (
        "since when", "how come", "why", "why is it",
        "कब से", "कबसे", "kab se", "kabse", "क्यों", "क्यूँ", "क्यूं", "kyun", "kyon", "kyu",
        "எப்போலிருந்து", "எப்பலேருந்து", "எப்போதிலிருந்து", "எப்பருந்து", "eppo lerundhu",
        "eppolerundhu", "eppa lerundhu", "ஏன்", "yen",
        "ఎప్పటి నుంచి", "ఎప్పటినుంచి", "ఎప్పటి నుండి", "ఎప్పటినుండి", "eppati nunchi",
        "eppatinunchi", "ఎందుకు", "enduku",
        "কবে থেকে", "কবেথেকে", "kobe theke", "kobetheke", "কেন", "keno",
        "केव्हापासून", "कधीपासून", "kevhapasun", "kadhipasun", "कशाला", "kashala",
        "ક્યારથી", "ક્યારનું", "kyarthi", "kyaarthi", "કેમ", "kem",
        "ಯಾವಾಗಿಂದ", "ಯಾವಾಗಿನಿಂದ", "yavaginda", "yaavaaginda", "ಯಾಕೆ", "yaake", "yake",
        "എപ്പോ മുതൽ", "എപ്പോൾ മുതൽ", "എപ്പോമുതൽ", "eppo muthal", "eppol muthal",
        "എന്തിന്", "എന്തിനാ", "enthina", "enthinu",
        "ਕਦੋਂ ਤੋਂ", "ਕਦੋਂ ਦਾ", "kadon ton", "kado ton", "ਕਿਉਂ", "ਕਿਓਂ",
    )
)  # fmt: skip
_FIRST = frozenset(w.split()[0] for w in QUESTIONING)
_SINCE = frozenset(
    fold(w)
    for w in (
        "kab se", "kabse", "kadhipasun", "kevhapasun", "kyarthi", "kyaarthi", "kadon ton",
        "kado ton",
    )
)  # fmt: skip


def since_vouches(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans with a romanized number word that is also an everyday word ("saath",
    60 and "with") made a number when "since when" follows it and no "of" precedes it:
    "tamatar saath kab se ho gaya" (since when 60), not "uske saath kab se" (with him)."""
    out = []
    for span in spans:
        after = reading.words[span.end : span.end + 2]
        if (
            span.ambiguous
            and span.value >= 10
            and (span.start == 0 or reading.words[span.start - 1] not in reading.of_words)
            and any(" ".join(after[:n]) in _SINCE for n in (1, 2))
        ):
            span = replace(span, ambiguous=False)
        out.append(span)
    return out


def _clause(reading: _Reading, k: int) -> range:
    """The words between the pauses (punctuation) on either side of `k`."""
    n = len(reading.words)

    def pause(j: int) -> bool:
        return not _joined(reading, j) or reading.tokens[j - 1].raw in ("?", "!", ".")

    start = max((j for j in range(1, k + 1) if pause(j)), default=0)
    stop = min((j for j in range(k + 1, n) if pause(j)), default=n)
    return range(start, stop)


# "What / why" words that also ask a plain "what": Malayalam "ഇപ്പോ എന്താ മുന്നൂറ്?" (why
# 300 now?) beside "എന്താ വില?" (what's the price?), Marathi "आता तीनशे का?" (why 300
# now?) beside "तीनशेला देणार का?" (will you give it for 300?). They question the price
# in their clause only where no verb of giving or making is said in it; Marathi "का"
# only at the clause's end, right after the price.
_WEAK_QUESTIONING = {
    "ml": frozenset(fold(w) for w in ("എന്താ", "എന്താണ്", "ഇതെന്താ", "ഇതെന്താണ്", "enthaa", "entha")),
    "mr": frozenset(fold(w) for w in ("का", "कसं", "कसे")),
}
_GIVING_STEMS = {
    "ml": tuple(
        fold(w)
        for w in (
            "തര", "താ", "തന്ന", "ആക്ക", "കൊട", "ചെയ്", "എടുക്ക", "എടുത്ത", "വാങ്ങ", "ഇട",
            "thar", "tha", "aakk", "akk",
        )
    ),
    "mr": tuple(
        fold(w)
        for w in ("दे", "द्या", "दिल", "लाव", "कर", "घ्या", "घे", "घेत", "देत", "ला", "ना", "नाही")
    ),
}  # fmt: skip


# The end of the clause after Marathi "का", or a verb of becoming: "आता तीनशे का झाले?"
_BECAME_OR_END = frozenset(("?", *(fold(w) for w in ("झाले", "झालं", "झाला", "झाली", "झालेत"))))


def _weakly_questioned(reading: _Reading, price: _Price, clause: range) -> bool:
    words = set(_WEAK_QUESTIONING.get(reading.language, ()))
    if not words:
        return False
    stems = _GIVING_STEMS[reading.language]
    inside = [k for k in clause if reading.number_at[k] is None]
    if any(reading.words[k].startswith(stems) for k in inside if reading.words[k] not in words):
        return False  # "ഇന്ന് മുന്നൂറിന് തരുമോ, എന്താ?": a proposal
    if reading.language == "mr":
        k = price.end
        while k < clause.stop and reading.has(k, Cue.CURRENCY):
            k += 1
        after = reading.words[k + 1] if k + 1 < clause.stop else "?"
        return k < clause.stop and reading.words[k] in words and after in _BECAME_OR_END
    return any(reading.words[k] in words for k in inside)


def _questioning_at(reading: _Reading, clause: range) -> bool:
    words = reading.words
    for k in clause:
        if words[k] not in _FIRST:
            continue
        for n in (1, 2, 3):
            if k + n <= clause.stop and " ".join(words[k : k + n]) in QUESTIONING:
                return True
    return False


def questioned_prices(reading: _Reading, superseded: list[_Price]) -> bool:
    """Add the prices said inside "since when / why is it X" to `superseded`; whether no
    other price stands (the line questions the price, no amount)."""
    found = []
    for price in reading.prices:
        clause = _clause(reading, price.start)
        if price.negated or any(reading.has(k, Cue.NEGATION, Cue.NOT) for k in clause):
            continue  # "अस्सी क्यों नहीं?": why not 80
        if _questioning_at(reading, clause) or _weakly_questioned(reading, price, clause):
            found.append(price)
    superseded += [p for p in found if p not in superseded]
    return bool(found) and all(p in superseded or p.negated for p in reading.prices)
