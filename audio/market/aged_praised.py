"""Age praised as a virtue is no doubt: "old rice is the best for biryani", "पुराना चावल
खिला-खिला बनता है", "பழைய அரிசி சாதம் உதிரியா வரும்".

Rice, jaggery, tamarind, pickle and ghee are sought aged: the vendor who says so praises
the goods, and the customer who says so asks for nothing. The word of age (`quality_old`)
said in a line with a word of praise or of how the goods cook (`PRAISE`: best, good for,
comes out well, separate grains) and no word of "no" is no complaint and says no act,
nor is its "the best" a request for better ones; "old rice, not good", "these look old"
and "these are old, show me the best" still doubt or ask.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.negation import is_negation
from audio.market.phrases import at, end_at, forms_in
from audio.market.quality_asked import BETTER

OLD = "quality_old"

PRAISE = {
    "en": "best; the best; good for; great for; ideal for; perfect for; cooks well; "
    "comes out well; turns out well; separate grains; fluffy; tastes better; more fragrant; "
    "comes out nice; makes a nice; makes nice; makes good; makes the best",
    "hi": "सबसे अच्छा; सबसे बढ़िया; बेस्ट; अच्छा होता; अच्छा बनता; अच्छी बनती; अच्छे बनते; "
    "बढ़िया बनता; बढ़िया बनती; खिला; के लिए अच्छा; sabse achha; sabse badhiya; best; "
    "achha banta; achhi banti; badhiya banti; badhiya banta; badiya banti; khila",
    "ta": "சிறந்த; சிறப்பு; நல்லா வரும்; நல்லா இருக்கும்; உதிரி; பெஸ்ட்; nalla varum; uthiri",
    "te": "బాగుంటుంది; బాగా వస్తుంది; బాగా ఉడుకుతుంది; శ్రేష్ఠ; ఉత్తమ; బెస్ట్; విడివిడి; "
    "పొడిపొడి; baguntundi; baga vastundi",
    "bn": "সেরা; সবচেয়ে ভালো; ভালো হয়; ভাল হয়; ঝরঝরে; বেস্ট; দারুণ হয়; bhalo hoy; jhorjhore; darun hoy",
    "mr": "सगळ्यात चांगला; सगळ्यात चांगले; सर्वात चांगला; चांगला होतो; चांगला लागतो; "
    "चांगली होते; मोकळा; मोकळे; छान होतो; छान होते; बेस्ट; changla hoto",
    "gu": "સૌથી સારા; સૌથી સારું; શ્રેષ્ઠ; સારા થાય; સારો થાય; સારું થાય; છૂટો; છૂટા; બેસ્ટ; "
    "સરસ બને; સરસ થાય; સારી બને; સારું બને; saru thay; "
    "saras bane; saras thay",
    "kn": "ಚೆನ್ನಾಗಿ ಆಗುತ್ತೆ; ಚೆನ್ನಾಗಿ ಬರುತ್ತೆ; ಚೆನ್ನಾಗಿರುತ್ತೆ; ಉತ್ತಮ; ಬೆಸ್ಟ್; ಉದುರು; chennagi barutte",
    "ml": "ഏറ്റവും നല്ലത്; നല്ലതാ; നന്നായി വരും; നന്നാവും; ഉതിർന്ന; ഉതിരി; ബെസ്റ്റ്; nannayi varum",
    "pa": "ਸਭ ਤੋਂ ਵਧੀਆ; ਵਧੀਆ ਹੁੰਦ; ਵਧੀਆ ਬਣਦ; ਚੰਗੇ ਬਣਦ; ਚੰਗਾ ਬਣਦ; ਖਿੜ; ਬੈਸਟ; vadhia hunde",
}
"""Per language, words praising the goods or how they cook (English's heard in every
language)."""


AGED = {
    "en": "aged; matured; year old; years old",
    "hi": "साल पुराना; साल पुराने; saal purana",
}
"""Per language, words of goods aged on purpose that are no cue of a doubt ("aged basmati")."""


SHOW = {
    "en": "show; dikha*; dikhao",
    "hi": "दिखा; dikha*",
    "ta": "காட்டு; காமி; kaattu*; kaami*",
    "te": "చూపించ; చూపి; choopinch*; chupinch*",
    "bn": "দেখান; দেখাও; দেখাবেন; dekhan; dekhao",
    "mr": "दाखव; dakhva*; dakhav*",
    "gu": "બતાવ; batav*",
    "kn": "ತೋರಿಸ; toris*",
    "ml": "കാണിക്ക; കാണിച്ച; kaanikk*; kanikk*",
    "pa": "ਵਿਖਾ; ਦਿਖਾ; vikha*; dikha*",
}
"""Per language, words asking to be shown goods: "show me the best ones" asks, with a
word of age or not."""


def praise_spans(words: list[str], language: str) -> list[tuple[int, int]]:
    """Where the line praises the goods (see above), or none where it says "no"."""
    if any(is_negation(w, language) for w in words):
        return []
    return [
        (i, end)
        for i in range(len(words))
        for f in forms_in(language, PRAISE)
        for end in [end_at(f, words, i)]
        if end is not None
    ]


def age_praised(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """The hits without the age of goods praised for it, nor a "best" that praises them
    ("old rice is the best for biryani" asks for no better ones)."""
    if not any(h.act == OLD for h in hits) and not any(
        at(f, words, i) for i in range(len(words)) for f in forms_in(language, AGED)
    ):
        return hits
    spans = praise_spans(words, language)
    if not spans or any(
        at(f, words, i) for i in range(len(words)) for f in forms_in(language, SHOW)
    ):
        return hits
    return [
        h
        for h in hits
        if h.act != OLD and not (h.act == BETTER and any(s <= h.start < e for s, e in spans))
    ]
