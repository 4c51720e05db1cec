"""A count of lots taken, asked on a condition: "if I take 150 bags of cement, what's your
best rate?", "सिमेंटच्या दीडशे गोण्या घेतल्या तर काय भाव?", "100 થેલી લઉં તો?". The
lots (bags, sacks, boxes, cartons) and a word of taking with "if" (or the "then" that
closes an if-clause: "लूँ तो", "घेतल्या तर", "ਲਵਾਂ ਤਾਂ") ask the rate for that much:
`bulk_price`, over the plain price question. The count itself is digits (no word of the
line) or number words the gap `…` stands for, and is no price (`audio.market.counted`).

The phrases are generated: each language's lots, each with its words of taking on a
condition, with and without a gap for the count and the goods ("150 बोरी सीमेंट ले
लूँ तो")."""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold
from audio.market.phrases import at, forms

LOTS: dict[str, tuple[str, str]] = {
    "en": (
        "bags; sacks; boxes; cartons; bundles; crates; cases; packets; rolls; tins; drums; "
        "trays; tray; kilo; kilos; kg; dozen; quintal",
        "; ".join(
            f"{c} {who} {verb}"
            for c in ("if", "suppose")
            for who in ("i", "we")
            for verb in ("take", "buy", "order", "get")
        ),
    ),
    "hi": (
        "बोर; बोरियां; कट्ट; पेटी; पेटियां; डिब्ब; बंडल; कार्टन; ट्रे=; bori; katte; peti; किलो; दर्जन; क्विंटल",
        "तो; to",
    ),
    "mr": (
        "गोण; गोण्या; पोत; खोक; बॉक्स; पेट्या; बंडल; ट्रे=; gonya; poti; khoki; किलो; डझन; क्विंटल",
        "तर; tar",
    ),
    "gu": (
        "થેલ; કોથળ; બોરી; ખોખ; બોક્સ; પેટી; બંડલ; ટ્રે=; thela; theli; bori; khokha; કિલો; ડઝન; ક્વિન્ટલ",
        "તો; to",
    ),
    "pa": (
        "ਬੋਰ; ਥੈਲ; ਡੱਬ; ਪੇਟੀ; ਬੰਡਲ; ਟਰੇ=; ਟ੍ਰੇ=; ਟਰੇਆਂ=; ਟ੍ਰੇਆਂ=; bori; thaile; ਕਿੱਲੋ; ਕਿਲੋ; ਦਰਜਨ",
        "ਤਾਂ; taan; ta=",
    ),
    "bn": (
        "বস্তা; বাক্স; কার্টন; পেটি; বান্ডিল; ট্রে=; bosta; কেজি; কিলো; ডজন",
        "নিলে; কিনলে; nile; kinle; করালে; ছাপালে; বানালে; সেলাই করালে; অর্ডার দিলে; korale; "
        "chhapale; banale",
    ),
    "ta": (
        "மூட்டை; பெட்டி; பண்டல்; ட்ரே=; moottai; petti; கிலோ; டஜன்",
        "எடுத்தா; வாங்குனா; வாங்கினா; edutha; vaanguna; அடிச்சா; தைச்சா; ப்ரிண்ட் பண்ணுனா; "
        "ஆர்டர் பண்ணுனா; adicha; thaicha",
    ),
    "te": (
        "బస్తా; పెట్టె; బండిల్; ట్రే=; ట్రేలు=; basta; pette; కిలో; కేజీ; డజన్",
        "తీసుకుంటే; కొంటే; teesukunte; konte; చేయిస్తే; తీయిస్తే; వేయిస్తే; కుట్టిస్తే; "
        "ప్రింట్ చేయిస్తే; ఆర్డర్ ఇస్తే; cheyiste; teeyiste; veyiste; kuttiste",
    ),
    "kn": (
        "ಚೀಲ; ಮೂಟೆ; ಬಾಕ್ಸ್; ಪೆಟ್ಟಿಗೆ; ಬಂಡಲ್; ಟ್ರೇ=; ಟ್ರೇಗಳು=; cheela; moote; ಕೆಜಿ; ಕಿಲೋ; ಡಜನ್",
        "ತಗೊಂಡ್ರೆ; ತೆಗೆದುಕೊಂಡರೆ; ಕೊಂಡರೆ; tagondre; ಮಾಡಿಸಿದ್ರೆ; ಮಾಡಿಸಿದರೆ; ಮಾಡ್ಸಿದ್ರೆ; ಹೊಲಿಸಿದ್ರೆ; "
        "ತೆಗೆಸಿದ್ರೆ; ಪ್ರಿಂಟ್ ಮಾಡಿಸಿದ್ರೆ; ಆರ್ಡರ್ ಕೊಟ್ರೆ; madisidre; maadisidre",
    ),
    "ml": (
        "ചാക്ക്; പെട്ടി; ബണ്ടിൽ; ട്രേ=; ട്രേകൾ=; chaakku; chakku; petti; കിലോ; ഡസൻ",
        "എടുത്താൽ; വാങ്ങിയാൽ; eduthal; vangiyal; അടിച്ചാൽ; ചെയ്യിച്ചാൽ; തയ്പ്പിച്ചാൽ; "
        "പ്രിന്റ് ചെയ്താൽ; ഓർഡർ ചെയ്താൽ; adichal; cheyyichal",
    ),
}
"""Per language, (the lots, the words of taking on a condition), each `;`-separated; a
weight or dozen taken on a condition ("दहा किलो घेतलं तर काय रेट?") asks the rate for that
much as a lot does. In
English the condition comes first ("if I take … bags"), elsewhere after the lots."""


def is_lot(word: str, language: str) -> bool:
    """Whether `word` (folded) names lots ("boxes", "बोरियां", "গোণ্যা"), in `language` or
    English."""
    return any(word.startswith(lot) for lang in {language, "en"} for lot in _lots(lang))


@lru_cache(maxsize=16)
def _lots(language: str) -> tuple[str, ...]:
    return tuple(
        fold(p.strip().rstrip("=*"))
        for p in LOTS.get(language, ("", ""))[0].split(";")
        if p.strip()
    )


FAR_TAKING: dict[str, str] = {
    "hi": "लूँ तो; लूं तो; लें तो; लूँगा तो; लूंगा तो; lun to; loon to; करवाऊँ तो; करवाऊं तो; "
    "करवाएँ तो; करवाएं तो; छपवाऊँ तो; छपवाऊं तो; छपवाएँ तो; छपवाएं तो; बनवाऊँ तो; बनवाऊं तो; "
    "सिलवाऊँ तो; सिलवाऊं तो; karwaun to; karvaun to; chhapwaun to; banwaun to; silwaun to",
    "mr": "घेतल्या तर; घेतले तर; घेतलं तर; घेतली तर; नेल्या तर; नेली तर; ghetle tar; ghetli tar; "
    "काढल्या तर; काढले तर; छापल्या तर; छापले तर; शिवल्या तर; बनवल्या तर; kadhlya tar; chhaplya tar",
    "gu": "લઉં તો; લઈએ તો; જાઉં તો; lau to; કરાવું તો; કરાવીએ તો; છપાવું તો; છપાવીએ તો; "
    "સિવડાવું તો; બનાવડાવું તો; karavu to; chhapavu to",
    "pa": "ਲਵਾਂ ਤਾਂ; ਲਈਏ ਤਾਂ; ਜਾਵਾਂ ਤਾਂ; lavan taan; ਕਰਵਾਵਾਂ ਤਾਂ; ਕਰਵਾਈਏ ਤਾਂ; ਛਪਵਾਵਾਂ ਤਾਂ; "
    "ਬਣਵਾਵਾਂ ਤਾਂ; ਸਿਲਵਾਵਾਂ ਤਾਂ; karvavan taan; chhapvavan taan",
}
"""Per language whose word of condition is a bare "then" (`LOTS`), the verb of taking with
it: the lots and the taking may stand further apart when the verb is said ("सारी पेटियाँ
मैं ही उठा लूँ तो", "ਸਾਰੀਆਂ ਬੋਰੀਆਂ ਮੈਂ ਹੀ ਲੈ ਜਾਵਾਂ ਤਾਂ"), as they may in a language whose
word of condition is the verb. A service had done on a condition is taken as goods are
("पचास कॉपी करवाऊँ तो", if I get fifty copies made; "પાંચસો કોપી કરાવું તો", "ಐನೂರು ಕಾಪಿ ಮಾಡಿಸಿದ್ರೆ")."""


def lots_asked(language: str) -> str:
    """The cue phrases of a count of lots asked on a condition in `language` (see above):
    up to two words between the lots and the taking, up to four with a verb of taking."""
    lots, taking = (tuple(p.strip() for p in s.split(";")) for s in LOTS[language])
    far = tuple(p.strip() for p in FAR_TAKING.get(language, "; ".join(taking)).split(";"))
    if language == "en":
        pairs = [(t, lot) for t in taking for lot in lots]
        far_pairs = [(t, lot) for t in far for lot in lots]
    else:
        pairs = [(lot, t) for lot in lots for t in taking]
        far_pairs = [(lot, t) for lot in lots for t in far]
    near = (f"{a} {b}; {a} … {b}" for a, b in pairs)
    return "; ".join([*near, *(f"{a} … … {b}" for a, b in far_pairs)])


TOGETHER = forms(
    "together; at once; in one go; all together; एक साथ; एकसाथ; इकट्ठा; इकट्ठे; ek saath; "
    "ek sath; eksath; ikattha; ikatthe; একসাথে; এক সাথে; একবারে; ekshathe; eksathe; "
    "ekosathe; ஒண்ணா; ஒன்னா; சேர்த்து; மொத்தமா; onna; onnaa; mothama; ottu motha*; "
    "ఒకేసారి; ఒక్కసారిగా; okesari; okkesari; एकदम; एकत्र; ekdam; ekatra; એકસાથે; એક સાથે; "
    "eksathe; ಒಟ್ಟಿಗೆ; ಒಟ್ಟಿಗೇ; ottige; ഒരുമിച്ച്; ഒരുമിച്ചു; ഒന്നിച്ച്; ഒന്നിച്ചു; orumichu; "
    "onnichu; ਇਕੱਠੇ; ਇਕੱਠਾ; ਇੱਕੋ ਵਾਰ; ikatthe; ikathe"
)
"""Words of taking together ("50 together", "পঞ্চাশটা একসাথে", "ಐವತ್ತು ಒಟ್ಟಿಗೆ"): a number
right before them counts the goods taken, as a lot does."""


def is_together(words: list[str]) -> bool:
    """Whether `words` (folded) begin with a word of taking together."""
    return any(at(f, words, 0) for f in TOGETHER)
