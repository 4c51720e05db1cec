"""Which "scale" is meant: the English loan heard in every language is a weighing scale
only with a word of weighing in its line; "the scale of this work is very big, it won't
finish in a day", "इस प्रोजेक्ट का scale बहुत बड़ा है" speak of size and ask nobody to weigh.

A `weigh_it` cue that is the loan alone ("scale", "scales"; "on the scale" is the
weighing one) is heard when the
line also says (`SENSE`, English's heard in every language) a word of weighing or of the
weight, a unit of weight (grams, kilo), whose scale ("your scale", "आपका scale"), a
reading ("showing", "दिखा रहा") or a check, or a word of fault (`audio.market.scale_fault`);
otherwise it says no act. A word of more or less alone ("this project's scale is big,
we'll need more charts") says no weighing: too much or too little is a reading's only
with the reading said. The scale said to show too much ("the scale is showing 50 g extra, check it",
"kanta zyada dikha raha hai") is the complaint that the goods are not weighed right
(`weigh_properly`), as the scale said to show less is. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import fold
from audio.market.phrases import Form, at, end_at, forms_in
from audio.market.scale_fault import FAULT, FIX, SCALE
from audio.market.scale_short import WEIGHT

LOAN = frozenset({fold("scale"), fold("scales")})
"""The folded English loan, which says weighing only in a weighing line."""

OVER = {
    "en": "extra; excess; too much; zyada; jyada; jaada",
    "hi": "ज़्यादा; ज्यादा; जादा; zyada; jyada; jada=",
    "ta": "அதிகம்; அதிகமா; ஜாஸ்தி; athigam; jaasthi",
    "te": "ఎక్కువ; ఎక్స్ట్రా; ఎక్స్‌ట్రా; ekkuva",
    "bn": "বেশি; বেশী; beshi",
    "mr": "जास्त; jast; jaast",
    "gu": "વધારે; વધુ; vadhare; vadhu",
    "kn": "ಜಾಸ್ತಿ; ಹೆಚ್ಚು; jaasti; hechchu",
    "ml": "കൂടുതൽ; കൂടുതല; kooduthal",
    "pa": "ਜ਼ਿਆਦਾ; ਜਿਆਦਾ; ਵੱਧ; ziada; zyada; vadh",
}
"""Per language, words of too much said of a scale's reading."""

READS = {
    "en": "gram; grams; g=; gm; gms; kilo; kilos; kg; kgs; showing; shows; reading; needle",
    "hi": "ग्राम; किलो; दिखा; दिखाता; बता रहा; gram; kilo; dikha*",
    "ta": "கிராம்; கிலோ; காட்டுது; காமிக்குது; kiram; kilo; kaattudhu; kaamikkudhu",
    "te": "గ్రాము; గ్రాముల; కిలో; చూపిస్తోంది; చూపిస్తుంది; gramulu; kilo; chupistondi",
    "bn": "গ্রাম; কিলো; দেখাচ্ছে; gram; kilo; dekhachhe",
    "mr": "ग्रॅम; ग्राम; किलो; दाखवत; gram; kilo; dakhavt*",
    "gu": "ગ્રામ; કિલો; બતાવે; gram; kilo; batave",
    "kn": "ಗ್ರಾಂ; ಕೆಜಿ; ಕಿಲೋ; ತೋರಿಸ್ತಿದೆ; ತೋರಿಸುತ್ತಿದೆ; gram; kilo; torstide",
    "ml": "ഗ്രാം; കിലോ; കാണിക്കുന്ന; gram; kilo; kanikkunn*",
    "pa": "ਗ੍ਰਾਮ; ਕਿਲੋ; ਵਿਖਾ; ਦਿਖਾ; gram; kilo; dikha*",
}
"""Per language, a scale's reading: a unit of weight, "showing"."""

SENSE = {
    "en": "weigh; weighing; weighed; your scale; your scales; check; put it on; on your scale; "
    "on the scale; onto the scale; on the scales",
    "hi": "तौल; तोल; आपका; आपके; तुम्हारा; चेक; aapka; tumhara; scale pe; scale par; scale mein",
    "ta": "உங்க; செக்; unga",
    "te": "మీ=; చెక్",
    "bn": "আপনার; তোমার; চেক; apnar",
    "mr": "तुमचा; तुमचं; चेक; tumcha; scale var; scalevar",
    "gu": "તમારો; તમારું; ચેક; tamaro; scale par; scale pe",
    "kn": "ನಿಮ್ಮ; ಚೆಕ್; nimma",
    "ml": "നിങ്ങളുടെ; ചേട്ടന്റെ; ചെക്ക്",
    "pa": "ਤੁਹਾਡਾ; ਤੁਹਾਡੇ; ਚੈੱਕ; tuhada; scale te; scale utte",
}
"""Per language, words that make "scale" the weighing one besides its reading: whose
scale, a check, weighing."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    sources = {
        "sense": (SENSE, READS, WEIGHT, FAULT, FIX),
        "over": (OVER,),
        "reads": (READS,),
        "scale": (SCALE,),
    }[table]
    return forms_in(language, *sources)


def abstract_scale(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the `weigh_it` cue at [start, end) is the loan "scale" said with no word of
    weighing in the line (see above): a size, no scale to weigh on."""
    if end - start != 1 or words[start] not in LOAN:
        return False
    return not any(at(f, words, i) for i in range(len(words)) for f in _forms("sense", language))


def weighed_over(words: list[str], language: str) -> list[tuple[int, int]]:
    """The spans from each word for the scale to the word of too much said in its line
    with its reading ("scale is showing 50 g extra"): the complaint, as one act's words;
    "put a little more on the scale" asks for more goods."""
    over = [i for i in range(len(words)) if any(at(f, words, i) for f in _forms("over", language))]
    reads = any(at(f, words, i) for i in range(len(words)) for f in _forms("reads", language))
    if not over or not reads:
        return []
    out = []
    for i in range(len(words)):
        for f in _forms("scale", language):
            end = end_at(f, words, i)
            if end is not None:
                k = min(over, key=lambda j: abs(j - i))
                out.append((min(i, k), max(end, k + 1)))
                break
    return out
