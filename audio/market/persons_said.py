"""An act's word said of a person or of one's own things: "the boy is still too small for
the ride" (no small goods), "you're so sweet, uncle" (no sweet goods), "I forgot my bag
on the bus" (no bag asked for). Read as talk that makes the act's cue no act
(`audio.market.hardship.TALKED`).

- small (`SMALL`): a child named (boy, girl, son, daughter, kid: `CHILDREN`) in the line
  says that "small" is the child's age, not the size of the goods;
- sweet (`SWEET`): "you" (`YOU`) said with a word of sweetness at most two words after
  it ("tame to bahu sweet cho", "তুমি খুব মিষ্টি") calls the listener sweet;
- a bag lost or left behind (`LOST`): the bag with a verb of forgetting or losing after
  it (English: before it, "forgot my bag") is one's own, none asked for.

The tables are generated from small per-language word lists, matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import at, forms_in

CHILDREN = {
    "en": "boy; girl; son; daughter; kid; kids; child; children; baby; grandson; granddaughter",
    "hi": "बच्चा; बच्ची; बच्चे; बेटा; बेटी; लड़का; लड़की; मुन्ना; मुन्नी; bachcha; beta; beti; ladka; ladki",
    "gu": "છોકરો; છોકરી; દીકરો; દીકરી; બાળક; બાબો; બેબી; chhokro; chokro; dikro; dikri; balak",
    "mr": "मुलगा; मुलगी; पोरगा; पोरगी; बाळ; mulga; mulgi; porga",
    "bn": "ছেলে; মেয়ে; বাচ্চা; খোকা; খুকি; chhele; meye; baccha",
    "ta": "பையன்; பொண்ணு; குழந்தை; புள்ள; payyan; ponnu; kuzhandhai",
    "te": "అబ్బాయి; అమ్మాయి; పిల్లాడు; పిల్లలు; పాప=; బాబు=; abbayi; ammayi; pilladu",
    "kn": "ಹುಡುಗ; ಹುಡುಗಿ; ಮಗ=; ಮಗಳು; ಮಗು; huduga; hudugi; magu",
    "ml": "മോൻ; മോള്; കുട്ടി; കൊച്ച്; മകൻ; മകൾ; mon=; mol=; kutti",
    "pa": "ਮੁੰਡਾ; ਕੁੜੀ; ਬੱਚਾ; ਬੱਚੀ; ਪੁੱਤ; ਧੀ=; munda; kudi; bachcha",
}
"""Per language, words for a child (English's heard in every language)."""

YOU = {
    "en": "you're; you are; youre",
    "hi": "आप=; तुम=; aap=; tum=",
    "gu": "તમે; તું=; tame; tu=",
    "mr": "तुम्ही; तू=; tumhi",
    "bn": "আপনি; তুমি; apni; tumi",
    "ta": "நீங்க; நீ=; neenga",
    "te": "మీరు; నువ్వు; meeru; nuvvu",
    "kn": "ನೀವು; ನೀನು; neevu; neenu",
    "ml": "നിങ്ങൾ; നീ=; ningal",
    "pa": "ਤੁਸੀਂ; ਤੂੰ; tusi; tussi",
}
"""Per language, "you" as the one a remark is about."""

SWEET_WORDS = {
    "en": "sweet",
    "hi": "मीठे; मीठा; मीठी; mithe; meethe; mitha; meetha",
    "gu": "મીઠા; મીઠી; મીઠો; mitha; mithi; mitho",
    "mr": "गोड; god=",
    "bn": "মিষ্টি; misti; mishti",
    "ta": "இனிமை; ஸ்வீட்",
    "te": "తీపి; స్వీట్",
    "kn": "ಸಿಹಿ; ಸ್ವೀಟ್",
    "ml": "മധുരം; സ്വീറ്റ്",
    "pa": "ਮਿੱਠੇ; ਮਿੱਠਾ; ਮਿੱਠੀ; mithe; mitha",
}
"""Per language, words of sweetness."""

BAGS = {
    "en": "bag",
    "hi": "बैग; थैला; थैली; झोला",
    "gu": "બેગ; થેલી; થેલો; થેલા",
    "mr": "बॅग; बैग; पिशवी",
    "bn": "ব্যাগ; থলে",
    "ta": "பை=; பேக்",
    "te": "బ్యాగ్; సంచి",
    "kn": "ಬ್ಯಾಗ್; ಚೀಲ",
    "ml": "ബാഗ്; സഞ്ചി",
    "pa": "ਬੈਗ; ਥੈਲਾ; ਥੈਲੀ",
}
"""Per language, words for a bag."""

LOST_WORDS = {
    "en": "forgot; left; lost",
    "hi": "भूल; छूट; खो=; खोया; खो गया; bhool; bhul",
    "gu": "ભૂલી; ભૂલ્ય; ભૂલાઈ; ખોવાઈ; bhuli; bhulyo",
    "mr": "विसरल; विसरले; हरवल; visarlo; visarle",
    "bn": "ভুলে; হারিয়ে; bhule; hariye",
    "ta": "மறந்து; மறந்துட்ட; தொலைஞ்சு; தொலைச்ச; marandhu",
    "te": "మర్చిపో; మరిచిపో; పోయింది; marchipo*",
    "kn": "ಮರೆತ; ಮರೆತು; ಕಳೆದು; maretu",
    "ml": "മറന്ന; മറന്നു; കളഞ്ഞ; marannu",
    "pa": "ਭੁੱਲ; ਗੁਆਚ; ਗਵਾਚ; bhull*",
}
"""Per language, verbs of forgetting or losing a thing."""


def _words(table: dict[str, str], language: str) -> list[str]:
    return [w.strip() for w in table.get(language, "").split(";") if w.strip()]


def _pairs(first: list[str], then: list[str]) -> str:
    return "; ".join(f"{a} {b}; {a} … {b}" for a in first for b in then)


SMALL = CHILDREN
"""The talk that makes "small" no act: a child named."""

SWEET = {lang: _pairs(_words(YOU, lang), [*_words(SWEET_WORDS, lang), "sweet"]) for lang in YOU}
"""The talk that makes "sweet" no act: "you" called sweet."""

LOST = {
    lang: _pairs(_words(LOST_WORDS, "en"), ["my bag", "the bag", "bag"])
    if lang == "en"
    else _pairs(_words(BAGS, lang), _words(LOST_WORDS, lang))
    for lang in BAGS
}
"""The talk that makes a bag no act: a bag forgotten or lost."""

GIVE = {
    "en": "give; can i get; can i have",
    "hi": "दे दो; दे दीजिए; दीजिए; देना=; de do; dedo; de dijiye",
    "gu": "આપો; આપજો; આપશો; aapo; apo; aapjo",
    "mr": "द्या; दे=; द्याल; dya=; dyal",
    "bn": "দিন; দাও; দেবেন; din=; dao=; deben",
    "ta": "குடுங்க; கொடுங்க; தாங்க; kudunga; thaanga",
    "te": "ఇవ్వండి; ఇవ్వు; ivvandi",
    "kn": "ಕೊಡಿ; ಕೊಡ್ತೀರಾ; kodi=",
    "ml": "തരൂ; തരുമോ; താ=; tharu; tharumo",
    "pa": "ਦੇ ਦਿਓ; ਦਿਓ; ਦੇਣਾ; de dio; dio=",
}
"""Per language, words that ask to be given something: "थैला घर भूल गया, एक पन्नी दे दो"
(I forgot my bag at home, give me a polythene) still asks for a bag."""

ASKED_KEEPS = ("give_bag",)
"""Acts that a request said in the line keeps, though their cue is talk of a lost bag."""


def still_asked(act: str, words: list[str], language: str) -> bool:
    """Whether `act` is asked for in the line beside the talk that would make it none."""
    return act in ASKED_KEEPS and any(
        at(f, words, i) for i in range(len(words)) for f in forms_in(language, GIVE)
    )
