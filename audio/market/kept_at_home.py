"""One's own old things told of as still in use or still at home: "our village's old trunk
still looks new", "मेरी दादी अभी भी पुराने रुई के गद्दे पे सोती हैं", "দাদুর ট্রাঙ্কটা এখনও
বাড়িতে আছে, একদম নতুনের মতো", "ਸਾਡੇ ਪਿੰਡ ਦਾ ਪੁਰਾਣਾ ਸੰਦੂਕ ਅਜੇ ਵੀ ਨਵਾਂ ਲੱਗਦਾ ਹੈ".

A word for "still" (`STILL`) with one of the speaker's elders (`ELDER`: grandmother,
grandpa), the home (`AT_HOME`), or a word of age and one of newness (`NEW`: "still looks
new") tells of a thing kept for years: small talk. Its age is no doubt of the goods on
sale (`quality_old`), its village no origin claimed (`claim_origin`) and its "is at home"
no stock asked (`have_it`). Without "still" the line is judged as said ("our village's
ghee, the same old taste" claims the origin).

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.kin_still import STILL
from audio.market.passes import Line
from audio.market.phrases import first_span, forms_in

OLD = "quality_old"
TOLD_OF = frozenset({OLD, "claim_origin", "have_it"})
"""Acts a thing kept for years says nothing of."""

MORE_STILL = {
    "en": "still",
    "hi": "आज भी; aaj bhi",
    "ta": "இப்பவும்; இப்போதும்; ippavum",
    "te": "ఇప్పటికీ; ippatiki",
    "bn": "এখনো; আজও",
    "mr": "आजही; अजूनपण; aajahi",
    "gu": "આજે પણ; હજુ પણ; હજી પણ",
    "kn": "ಈಗಲೂ; ಇವತ್ತಿಗೂ; eegalu",
    "ml": "ഇന്നും; innum",
    "pa": "ਅੱਜ ਵੀ; ਹੁਣ ਤੱਕ; ajj vi",
}
"""Per language, "still" said as "even today", beside `kin_still.STILL`."""

ELDER = {
    "en": "grandmother; grandfather; grandma; grandpa; granny; grandpa's; grandma's",
    "hi": "दादी; दादा=; दादाजी; दादा जी; नानी; नाना=; नानाजी; dadi; dada=; nani",
    "ta": "பாட்டி; தாத்தா; paati; thatha",
    "te": "నానమ్మ; అమ్మమ్మ; తాతయ్య; తాత=; తాతగారి; nanamma; ammamma; tatayya",
    "bn": "ঠাকুমা; ঠাকুরমা; দিদিমা; দাদু; ঠাকুরদা; thakuma; didima; dadu",
    "mr": "आजी; आजोबा; aaji; ajoba",
    "gu": "દાદી; દાદા=; દાદાની; દાદાનો; દાદાનું; નાની=; બા=; dadi",
    "kn": "ಅಜ್ಜಿ; ಅಜ್ಜ=; ಅಜ್ಜನ; ನಮ್ಮಜ್ಜಿ; ನಮ್ಮಜ್ಜ; ತಾತ; ajji; taata",
    "ml": "അമ്മൂമ്മ; അപ്പൂപ്പ; മുത്തശ്ശ; ammoomma; appooppan",
    "pa": "ਦਾਦੀ; ਦਾਦਾ; ਨਾਨੀ; ਨਾਨਾ; ਬੇਬੇ; dadi; nani",
}
"""Per language, the speaker's grandparents, whose things are kept."""

AT_HOME = {
    "en": "at home; at my place",
    "hi": "घर पे; घर पर; घर में; ghar pe; ghar mein",
    "ta": "வீட்டுல; வீட்டில்; veettula",
    "te": "ఇంట్లో; intlo",
    "bn": "বাড়িতে; barite",
    "mr": "घरी=; ghari",
    "gu": "ઘરે=; ghare",
    "kn": "ಮನೆಯಲ್ಲ; ಮನೇಲ; maneyalli",
    "ml": "വീട്ടിൽ; വീട്ടിലുണ്ട; veettil",
    "pa": "ਘਰ ਹੈ; ਘਰੇ=; ਘਰ ਵਿੱਚ; ghar hai",
}
"""Per language, "at home"."""

NEW = {
    "en": "new; like new",
    "hi": "नया; नई; नए; नये; naya",
    "ta": "புதுசு; புதுசா; புதிய; pudhusu",
    "te": "కొత్తద; కొత్తగా; kottadi",
    "bn": "নতুন; notun",
    "mr": "नवी; नवा; नवं; नवे; नव्यासारख; navi",
    "gu": "નવી=; નવો=; નવું=; નવા=; navi",
    "kn": "ಹೊಸದ; ಹೊಸ=; hosadu",
    "ml": "പുതിയത; പുത്തൻ; puthiyath*",
    "pa": "ਨਵਾਂ; ਨਵੀਂ; ਨਵੇਂ; navan",
}
"""Per language, a word of newness: an old thing said to be still new is one's own."""

AGED = {
    "en": "old",
    "hi": "पुरान; puran*",
    "ta": "பழைய; pazhaya",
    "te": "పాత=; paata",
    "bn": "পুরোনো; পুরনো; purono",
    "mr": "जुनी; जुना; जुने; जुनं; juni",
    "gu": "જૂન; જુન; juni",
    "kn": "ಹಳೆ; ಹಳೇ; ಹಳೆಯ; hale",
    "ml": "പഴയ; pazhaya",
    "pa": "ਪੁਰਾਣ; purana",
}
"""Per language, a word of age said of the thing kept."""


def _said(table: dict[str, str], words: list[str], language: str) -> bool:
    return first_span(forms_in(language, table), words) is not None


def kept_at_home(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without the age, origin or stock told of one's own thing kept (see above)."""
    words, language = line.words, line.language
    if not any(h.act in TOLD_OF for h in hits):
        return hits
    if not (_said(STILL, words, language) or _said(MORE_STILL, words, language)):
        return hits
    kept = (
        _said(ELDER, words, language)
        or _said(AT_HOME, words, language)
        or (
            (any(h.act == OLD for h in hits) or _said(AGED, words, language))
            and _said(NEW, words, language)
        )
    )
    return [h for h in hits if h.act not in TOLD_OF] if kept else hits
