"""Goods named before "how will you give?" ask their price: "ಈರುಳ್ಳಿ ಹೇಗೆ ಕೊಡ್ತೀರಾ?" (how
do you give the onions?), "టమాటా ఎలా ఇస్తారు?", "আলু কীভাবে দেবেন?". The vendor gives the
goods at a rate, so the question is `ask_price`, as "कैसे दिए?" is. Said alone, of money or
a way to pay ("ಹೇಗೆ ಕೊಡ್ತೀರಾ ಅಕ್ಕ?", "ಹೇಗೆ ಕೊಡ್ತೀರಾ, ಕ್ಯಾಶ್ ಆ ಫೋನ್‌ಪೇ ನಾ?", "पैसे कैसे
दोगे?") it asks how the customer pays (`pay_how`).

A `pay_how` cue that is one of `HOW_GIVE` asks the price when a word of its clause stands
before it that is none of the money and payment words of `PAYING`, a term of address or
one of the little words of `FILLER`: that word names what is given. Words are matched
like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, at, forms_in
from audio.understanding.address import ADDRESS

HOW_GIVE = {
    "hi": "कैसे दोगे; कैसे दोगी; कैसे देंगे; kaise doge; kaise denge",
    "ta": "எப்படி தருவீங்க; எப்படி குடுப்பீங்க; eppadi tharuveenga; eppadi kudupeenga",
    "te": "ఎలా ఇస్తారు; ఎలా ఇస్తున్నారు; ela istaru; ela isthunnaru",
    "bn": "কীভাবে দেবেন; কী ভাবে দেবেন; কিভাবে দেবেন; kibhabe deben",
    "mr": "कसे देणार; कसे देता; kase denar; kase deta",
    "gu": "કેવી રીતે આપશો; કેમ આપશો; kem aapsho; kem apsho",
    "kn": "ಹೇಗೆ ಕೊಡ್ತೀ; hege kodti*",
    "ml": "എങ്ങനെ തരും; എങ്ങനെയാ തരുന്നത്; engane tharum; enganeya tharunnath*",
    "pa": "ਕਿਵੇਂ ਦਿਓਗੇ; ਕਿਵੇਂ ਦੇਵੋਗੇ; kiven deoge",
}
"""Per language, "how will you give?": how the customer pays, or the goods' rate."""

PAYING = {
    "en": "money; cash; upi; gpay; g pay; google pay; phonepe; phone pe; paytm; card; "
    "online; payment; bill; amount; change",
    "hi": "पैसे; पैसा; पेमेंट; बिल; नकद; कैश; paise; paisa; payment",
    "ta": "பணம்; காசு; பேமெண்ட்; பில்; கேஷ்; panam; kaasu",
    "te": "డబ్బు; డబ్బులు; పేమెంట్; బిల్లు; క్యాష్; dabbu; dabbulu",
    "bn": "টাকা; পয়সা; পেমেন্ট; বিল; ক্যাশ; taka; poisa",
    "mr": "पैसे; पेमेंट; बिल; रोख; paise",
    "gu": "પૈસા; પેમેન્ટ; બિલ; રોકડા; paisa",
    "kn": "ದುಡ್ಡು; ಹಣ; ಪೇಮೆಂಟ್; ಬಿಲ್; ಕ್ಯಾಶ್; duddu; hana",
    "ml": "പൈസ; കാശ്; പേയ്മെന്റ്; ബില്ല്; ക്യാഷ്; paisa; kaash",
    "pa": "ਪੈਸੇ; ਪੇਮੈਂਟ; ਬਿੱਲ; ਕੈਸ਼; paise",
}
"""Per language, money and payment: said before "how will you give?", how one pays."""

FILLER = {
    "en": "so; then; ok; okay; and; you; now",
    "hi": "तो; अब; आप; और; to; ab; aap",
    "ta": "சரி; நீங்க; அப்போ; sari; neenga",
    "te": "సరే; మీరు; ఇంతకీ; sare; meeru",
    "bn": "তো; আপনি; আচ্ছা; to; apni",
    "mr": "मग; तुम्ही; बरं; mag; tumhi",
    "gu": "તો; તમે; સારું; to; tame",
    "kn": "ಸರಿ; ನೀವು; ಮತ್ತೆ; sari; neevu",
    "ml": "ശരി; നിങ്ങൾ; അപ്പോൾ; shari; ningal",
    "pa": "ਤਾਂ; ਤੁਸੀਂ; ਚੰਗਾ; tan; tusi",
}
"""Per language, little words before "how will you give?" that name nothing given."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"how": HOW_GIVE, "pay": PAYING, "filler": FILLER}[table])


def _covered(words: list[str], lo: int, hi: int, language: str, table: str) -> set[int]:
    out: set[int] = set()
    for i in range(lo, hi):
        for f in _forms(table, language):
            if at(f, words, i):
                out.update(range(i, i + len(f)))
    return out


def goods_given(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the `pay_how` cue at [start, end) is "how will you give" said after goods
    named in its clause (see above): then it asks their price."""
    if not any(at(f, words, start) for f in _forms("how", language)):
        return False
    lo = max((b for b in punct if b <= start), default=0)
    if lo == start:
        return False
    if _covered(words, lo, min(end + 3, len(words)), language, "pay"):
        return False
    little = _covered(words, lo, start, language, "filler")
    return any(k not in little and words[k] not in ADDRESS for k in range(lo, start))
