"""Who is coming back: the speaker ("I'll come in an hour", "ਮੈਂ ਘੰਟੇ ਤੱਕ ਆਉਂਦਾ ਹਾਂ") or
someone else ("the truck will come in an hour", "ట్రక్ గంటలో వస్తుంది", "मेरा भाई शाम को
आएगा"). An act said of the speaker's own coming (`SPEAKER_ACTS`) is no act in a line that
names another who comes, by a third-person verb or a named subject (truck, stock, the
boy, my brother, the rain, the bus), unless the speaker is in it too ("my brother has the
money, I'll come back in an hour"): that is small talk, relayed as said.

The speaker is said by a first-person pronoun or a first-person verb ending; many lines
say neither ("नंतर येतो", "maybe in the evening") and then only another named stops the
act. Words are matched like cues (see `audio.market.inventory`): an Indic word of three
letters or more also as a stem, unless it ends in "="; an ending starts with "-".
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold, is_indic

SPEAKER_ACTS = ("come_back_later", "goodbye")
"""Acts that say the speaker's own coming back, or going ("येतो", I'll come: goodbye)."""

_FIRST: dict[str, str] = {
    "en": "i=; i'll=; i'm=; im=; we=; we'll=; let me; let us; let's=; lets=",
    "hi": "मैं=; मै=; हम=; main=; mai=; hum=; -ूँगा; -ूंगा; -ूँगी; -ूंगी; -ऊँगा; -ऊंगा; -ऊँगी; -ऊंगी; "
    "हूँ=; हूं=; hoon=; hun=; hu=; -unga; -ungi",
    "ta": "நான்=; நாங்க=; naan=; -ேன்; -ren; -ven",
    "te": "నేను=; మేము=; nenu=; -ాను; -స్తా; -ంటా; -స్తాం; -sta; -nta; -anu",
    "bn": "আমি=; আমরা=; ami=; -সব; -েব; -াব; -নব; -বো; -ছি; আসি=; নিই=; -bo; -chi",
    "mr": "मी=; आम्ही=; mi=; -ईन; -ein",
    "gu": "હું=; અમે=; hu=; -ીશ; -ઈશ; છું=; chhu=; -ish",
    "kn": "ನಾನು=; ನಾವು=; naanu=; nanu=; -ತೀನಿ; -ತೀವಿ; -ತೇನೆ; -teeni; -tini",
    "ml": "ഞാൻ=; ഞങ്ങൾ=; njan=; -ാം; -ലാം; -am",
    "pa": "ਮੈਂ=; ਅਸੀਂ=; main=; -ਾਂਗਾ; -ਾਂਗੀ; -ਾਂਗੇ; ਹਾਂ=; -anga; haan=",
}
"""Per language, the speaker said: pronouns and first-person verb endings ("; " apart)."""

_OTHERS: dict[str, str] = {
    "en": "he=; she=; they=; he'll=; she'll=; they'll=; it'll=; it will; will come; comes=; "
    "is coming; will be back; truck; lorry; tempo; bus; train; stock; supply; delivery; "
    "boy; my brother; my sister; his brother; her brother; husband; owner; rain; son; daughter; "
    "guests; relatives; in-laws; "
    "my mother; my father; people; everyone; everybody; customers; folks; buyers",
    "hi": "आएगा; आएगी; आएँगे; आएंगे; आयेगा; आयेगी; जाएगा; जाएगी; आता है; आती है; आ रहा है; "
    "वो=; वह=; ट्रक; गाड़ी; टेम्पो; माल; लड़का; मेरा भाई; छोटा भाई; बड़ा भाई; बारिश; "
    "aayega; aayegi; aaega; बेटा; बेटी; बहू; दामाद; मेहमान; रिश्तेदार; बहन; beta; beti; mehman; "
    "लोग; सब लोग; ग्राहक; log=; aate hain",
    "ta": "வரும்=; வருவான்; வருவா=; வருவாங்க; வந்துடும்; வந்துரும்; லாரி; வண்டி; சரக்கு; "
    "என் தம்பி; எங்க தம்பி; பையன்; மழை; varum=; மகன்; மகள்; மருமக; விருந்தாளி; சொந்தக்கார; "
    "அக்கா வீட்டு",
    "te": "వస్తుంది; వస్తాడు; వస్తాయి; వచ్చేస్తుంది; లారీ; బండి; సరుకు; మా తమ్ముడు; మా అన్న; అబ్బాయి; "
    "వర్షం; vastundi; vastadu; కొడుకు; కూతురు; కోడలు; అల్లుడు; చుట్టాలు; అతిథు; వస్తారు; అందరూ; "
    "జనం; vastaru; వస్తారంట; వస్తాడంట; వస్తుందంట; vastarant; vastadant",
    "bn": "আসবে; আসছে; আসে=; ট্রাক; গাড়ি; মাল; আমার ভাই; ছোট ভাই; ছেলেটা; বৃষ্টি; asbe; "
    "ছেলে; মেয়ে; বৌমা; জামাই; আত্মীয়; অতিথি; সবাই; লোকে; লোকজন",
    "mr": "येईल; येतील; ट्रक; गाडी; माल; माझा भाऊ; पोरगा; पाऊस; yeil; मुलगा; मुलगी; सून; "
    "जावई; पाहुणे; बहीण; नातेवाईक; लोक=; सगळे; येतात",
    "gu": "આવશે; આવે છે; ટ્રક; ગાડી; માલ; મારો ભાઈ; નાનો ભાઈ; છોકરો; વરસાદ; aavshe; દીકરો; "
    "દીકરી; વહુ; જમાઈ; મહેમાન; બહેન; સગા; લોકો; બધા=",
    "kn": "ಬರುತ್ತೆ; ಬರುತ್ತದೆ; ಬರ್ತಾನ; ಬರ್ತಾಳ; ಬರ್ತಾರ; ಬರ್ತದೆ; ಬರುತ್ತಾರ; ಲಾರಿ; ಗಾಡಿ; ಸ್ಟಾಕ್; ನಮ್ಮ ತಮ್ಮ; ನಮ್ ತಮ್ಮ; "
    "ಹುಡುಗ; ಮಳೆ; barutte; bartare; bartara; bartane; bartale; ಮಗ=; ಮಗಳು; ಸೊಸೆ; ಅಳಿಯ; "
    "ನೆಂಟರು; ಅತಿಥಿ; ಎಲ್ಲರೂ; ಜನ=",
    "ml": "വരും=; എത്തും=; ലോറി; വണ്ടി; സ്റ്റോക്ക്; അനിയൻ; ചെക്കൻ; മഴ; varum=; മകൻ; മകൾ; "
    "മരുമക; അതിഥി; ബന്ധുക്കൾ; എല്ലാരും; എല്ലാവരും; ആളുകൾ",
    "pa": "ਆਊਗਾ; ਆਊਗੀ; ਆਵੇਗਾ; ਆਵੇਗੀ; ਆਉਣਗੇ; ਆਉਂਦਾ ਹੈ; ਟਰੱਕ; ਗੱਡੀ; ਮਾਲ; ਮੇਰਾ ਭਰਾ; ਮੁੰਡਾ; ਮੀਂਹ; "
    "aauga; ਪੁੱਤ; ਧੀ; ਨੂੰਹ; ਜਵਾਈ; ਪ੍ਰਾਹੁਣੇ; ਰਿਸ਼ਤੇਦਾਰ; ਲੋਕ=; ਸਾਰੇ=; ਆਉਂਦੇ",
}
"""Per language, another who comes: third-person verbs of coming and the subjects named."""

_EATERS: dict[str, str] = {
    "en": "whoever; everyone who; anyone who; people who",
    "hi": "जो एक बार; जो भी खाए; जो खाए; लोग=",
    "ta": "சாப்பிட்டவங்க; சாப்பிட்டவர்கள்",
    "te": "తిన్నవాళ్ళు; తిన్నవారు; వస్తారు",
    "bn": "যে একবার; যে খায়; লোকে",
    "mr": "माणूस; खाल्ली की; खाल्लं की; जो खातो",
    "gu": "એક વાર ખાય; જે ખાય; લોકો",
    "kn": "ತಿಂದವರು",
    "ml": "കഴിച്ചവർ",
    "pa": "ਜਿਹੜਾ ਇੱਕ ਵਾਰ; ਜਿਹੜਾ ਖਾਵੇ",
}
"""Per language, whoever eats the goods, who comes again ("whoever eats it once comes
again": a claim of taste, no coming back of the speaker)."""

_OTHERS = {
    lang: f"{_EATERS[lang]}; {said}" if lang in _EATERS else said for lang, said in _OTHERS.items()
}

_Form = tuple[tuple[str, bool], ...]


def _parse(text: str) -> tuple[tuple[_Form, ...], tuple[str, ...]]:
    phrases: list[_Form] = []
    endings: list[str] = []
    for phrase in filter(None, (p.strip() for p in text.split(";"))):
        if phrase.startswith("-"):
            endings.append(fold(phrase[1:]))
            continue
        words = []
        for word in phrase.split():
            folded = fold(word.rstrip("="))
            words.append((folded, not word.endswith("=") and len(folded) >= 3))
        phrases.append(tuple(words))
    return tuple(phrases), tuple(endings)


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[tuple[_Form, ...], tuple[str, ...]]:
    words = _FIRST if table == "first" else _OTHERS
    phrases, endings = _parse(words.get(language, ""))
    if language != "en":
        more, _ = _parse(words["en"])  # English pronouns and subjects are heard everywhere
        phrases += more
    return phrases, endings


def _says(words: list[str], table: str, language: str) -> bool:
    phrases, endings = _forms(table, language)
    for i in range(len(words)):
        if any(words[i].endswith(e) and words[i] != e for e in endings):
            return True
        for phrase in phrases:
            got = words[i : i + len(phrase)]
            if len(got) == len(phrase) and all(
                g == w or (stem and (is_indic(w) or len(w) >= 4) and g.startswith(w))
                for (w, stem), g in zip(phrase, got, strict=True)
            ):
                return True
    return False


def speaker_said(words: list[str], language: str) -> bool:
    """Whether `words` say the speaker: a first-person pronoun or verb ending."""
    return _says(words, "first", language)


FAREWELLS = frozenset(fold(w) for w in ("bye", "goodbye", "tata", "alvida", "अलविदा", "टाटा"))
"""Words that only take leave ("that's my bus coming, bye"): a goodbye said with one is
the speaker's, whoever else is said to come."""


def farewell(said: list[str]) -> bool:
    """Whether the words of a goodbye hold a word that only takes leave."""
    return any(w in FAREWELLS for w in said)


def someone_else(words: list[str], language: str) -> bool:
    """Whether the line (folded words) says another comes and not the speaker."""
    return _says(words, "others", language) and not _says(words, "first", language)
