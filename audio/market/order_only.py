"""An order told with how it is to be made: "എനിക്ക് കട്ടൻ ചായ മാത്രം മതി, പഞ്ചസാര വേണ്ട,
ഷുഗർ ഉണ്ട്" (just black tea for me, no sugar, I'm diabetic), "ಬ್ಲಾಕ್ ಕಾಫಿ ಮಾತ್ರ ಸಾಕು, ಸಕ್ಕರೆ
ಬೇಡ". Its "only … enough" says what the customer wants, not that the buying is over: no
`that_is_all`, as its preference's clause says none (`audio.market.preference`).

A hit of `that_is_all` yields when its clause holds a word of "only" (`ONLY`) and the line
holds an order's preference in any clause. "ഇത്ര മതി, വേറൊന്നും വേണ്ട" (this much is
enough, nothing else) says no preference and keeps its act. Words are matched like cues
(see `audio.market.phrases`)."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import at, forms_in
from audio.market.preference import preferred

ALL = "that_is_all"

ONLY = {
    "en": "only; just",
    "hi": "सिर्फ; सिर्फ़; केवल; sirf; keval",
    "ta": "மட்டும்; மட்டுந்தான்; mattum",
    "te": "మాత్రమే; మాత్రం; matrame; maatrame",
    "bn": "শুধু; কেবল; shudhu; sudhu",
    "mr": "फक्त; fakt; fakta",
    "gu": "ફક્ત; માત્ર; fakt; matra",
    "kn": "ಮಾತ್ರ; matra; maatra",
    "ml": "മാത്രം; maathram; mathram",
    "pa": "ਸਿਰਫ਼; ਸਿਰਫ; ਕੇਵਲ; sirf",
}
"""Per language, the word "only"."""


def order_only(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a "that's all" said as "only … enough" of an order told with how it
    is to be made (above)."""
    if not any(h.act == ALL for h in hits):
        return hits
    words, language, punct = line.words, line.language, line.punct
    if not preferred(words, language, punct):
        return hits
    only = forms_in(language, ONLY)

    def ordered(h: Hit) -> bool:
        lo = max((b for b in punct if b <= h.start), default=0)
        hi = min((b for b in punct if b >= h.end), default=len(words))
        return any(at(f, words, i) for i in range(lo, hi) for f in only)

    return [h for h in hits if h.act != ALL or not ordered(h)]
