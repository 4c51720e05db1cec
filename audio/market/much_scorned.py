"""A price thrown back as "this much?" and scorned: "அய்யோ, இவ்வளவா? போன வாரம் இதை விட
கம்மி", "एवढं भाडं? पलीकडे स्वस्त आहे", "ਇੰਨਾ ਕਿਰਾਇਆ? ਇਹ ਤਾਂ ਹੱਦ ਹੋ ਗਈ", "अरे बाप रे, इतना?
स्टेशन तो दो कदम पे है", "who pays this much? the shop near the bus stand gives it cheaper".

Understanding reads the bare "this much?" as a price question. Asked back in a clause of
its own (`MUCH`, a question mark within a few words after it: the fare, the rent, the
money or the goods between) and said with a cry of dismay (`DISMAY`: "अरे बाप रे",
"அய்யோ", "काय बोलताय"), a word of the limit passed (`LIMIT`: "हद हो गई"), the goods
said cheaper (`audio.market.cheaper_elsewhere.CHEAP`), less beside a comparison, a place
or a time gone by (`LESS` with `THAN_THIS`, `PLACE`, `ELSEWHERE`, `BEFORE`: "last week it
was less"), or the place said near (`NEAR`: "two steps away", for a fare), the line
complains that the price is too high (`too_expensive`); no price is named. The words in
the asked-back clause say no act of their own ("ഇത്രയും കാശോ?", this much money?, pays no
cash), and an ask of its own said with it ("इतना? थोड़ा कम करो", a discount) stands: the
line is then left as it was. "Only this much?" (`ONLY`) doubts a quantity, no price.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.lexicon import TokenKind, tokenize
from audio.market.cheaper_elsewhere import CHEAP, LESS, PLACE, THAN_THIS
from audio.market.cue_hits import Hit
from audio.market.inventory import ACTS
from audio.market.phrases import Form, end_at, forms_in

TOO_EXPENSIVE = "too_expensive"

MUCH = {
    "en": "this much; that much; so much; this costly",
    "hi": "इतना; इतने; इतनी; itna; itne; itni",
    "ta": "இவ்வளவா; இவ்வளவு; இவ்ளோ; இவ்ளோவா; ivvalava; ivvalavu; ivlo; ivlova",
    "te": "ఇంతా; ఇంత=; ఇంతటి; inta; intha; inthaa",
    "bn": "এত=; এতো; এত্ত; eto; ato; etto",
    "mr": "एवढं; एवढा; एवढे; एवढी; इतके; इतकं; इतका; evdha; evdhe; evdhi; itke; itka",
    "gu": "આટલા; આટલું; આટલો; આટલી; aatla; aatlu; aatlo",
    "kn": "ಇಷ್ಟೊಂದ; ಇಷ್ಟು; ಇಷ್ಟಾ; ishtonda; ishtu",
    "ml": "ഇത്രയും; ഇത്രയോ; ഇത്ര=; ഇത്രേം; ithrayum; ithrayo; ithra",
    "pa": "ਇੰਨਾ; ਇੰਨੇ; ਇੰਨੀ; ਐਨਾ; ਐਨੇ; ਐਨੀ; inna; inne; aina; aine",
}
"""Per language, "this much", said of the price asked back."""

ONLY = {
    "en": "only; just",
    "hi": "ही; बस; hi=; bas",
    "ta": "தானா; தான்; thana; than",
    "te": "ఏనా; ఇంతేనా; ఇంతే; enaa; inthena",
    "bn": "ই=; শুধু; মাত্র; shudhu",
    "mr": "च=; फक्त; ch=; fakt",
    "gu": "જ=; ફક્ત; ફકત; j=; fakt",
    "kn": "ಅಷ್ಟೇ; ಇಷ್ಟೇ; ಮಾತ್ರ; ishte; ashte",
    "ml": "മാത്രം; മാത്രമോ; mathram",
    "pa": "ਹੀ; ਈ; ਬੱਸ; ਸਿਰਫ਼; hi=; bas",
}
"""Per language, "only" beside "this much": a quantity doubted, no price."""

DISMAY = {
    "en": "oh god; my god; oh my god; oh no; are you mad; are you crazy; what are you saying",
    "hi": "बाप रे; अरे बाप; हे भगवान; हाय राम; क्या बोल रहे; क्या कह रहे; baap re; bap re; "
    "hai ram; kya bol rahe",
    "ta": "அய்யோ; ஐயோ; அம்மாடி; அடேங்கப்பா; என்ன சொல்றீங்க; ayyo; ammadi; adengappa",
    "te": "అమ్మో; అయ్యో; బాబోయ్; ఏంటండీ; ammo; ayyo; baboy",
    "bn": "বাবা রে; বাপ রে; ও মা; কী বলছেন; কি বলছেন; baba re; bap re; ki bolchen",
    "mr": "बापरे; बाप रे; अरे देवा; काय बोलताय; काय बोलता; काय सांगताय; काय सांगता; bapre; "
    "kay boltay; kay bolta; kay sangtay",
    "gu": "બાપ રે; હે ભગવાન; અરે રે; શું વાત કરો; શું બોલો; baap re; shu vaat karo",
    "kn": "ಅಯ್ಯೋ; ಅಯ್ಯಪ್ಪ; ಅಬ್ಬಾ; ಏನ್ ಹೇಳ್ತಿದ್ದೀರ; ayyo; ayyappa; abba",
    "ml": "അയ്യോ; എന്റമ്മോ; എന്റെ ദൈവമേ; ദൈവമേ; എന്താ പറയുന്നത്; ayyo; entammo; daivame",
    "pa": "ਹਾਏ ਰੱਬਾ; ਹਾਏ; ਓ ਰੱਬਾ; ਰੱਬਾ; ਕੀ ਕਹਿੰਦੇ; ਕੀ ਗੱਲ ਕਰਦੇ; haye rabba; rabba; ki kehnde",
}
"""Per language, a cry of dismay or disbelief said with a price asked back."""

LIMIT = {
    "en": "this is the limit; that's the limit; too much now",
    "hi": "हद हो गई; हद हो गयी; हद है; अंधेर; had ho gayi; had hai",
    "ta": "அநியாயம்; அக்கிரமம்; aniyayam; akramam",
    "te": "అన్యాయం; దారుణం; anyayam; darunam",
    "bn": "বাড়াবাড়ি; অন্যায়; barabari",
    "mr": "हद्द झाली; हद झाली; अन्याय; hadd jhali",
    "gu": "હદ થઈ ગઈ; હદ થઈ; હદ છે; had thai gai",
    "kn": "ಅನ್ಯಾಯ; ಅತಿ ಆಯ್ತು; anyaya",
    "ml": "അന്യായം; കടുപ്പം; anyayam",
    "pa": "ਹੱਦ ਹੋ ਗਈ; ਹੱਦ ਹੈ; ਹੱਦ ਕਰ; ਅੰਨ੍ਹੇਰ; hadd ho gayi; had ho gayi",
}
"""Per language, the limit said passed: the price asked is past bearing."""

ELSEWHERE = {
    "en": "next door; nearby; over there; across the road; round the corner; elsewhere",
    "hi": "बगल; पड़ोस; सामने वाल; उधर; दूसरी जगह; bagal; samne wal*; udhar",
    "ta": "பக்கத்து; எதிர்த்த; அந்த பக்கம்; pakkathu; ethirtha",
    "te": "పక్క=; పక్కన; ఎదురుగా; అవతల; pakka=; pakkana",
    "bn": "পাশের; পাশে; সামনের; ওদিকে; অন্য জায়গায়; pasher; pashe",
    "mr": "पलीकडे; शेजारी; शेजारच; समोरच; दुसरीकडे; palikade; shejari",
    "gu": "બાજુમાં; બાજુની; બાજુના; સામેની; બીજે; baju*",
    "kn": "ಪಕ್ಕದ; ಪಕ್ಕದಲ್ಲಿ; ಎದುರುಗಡೆ; ಆ ಕಡೆ; pakkada",
    "ml": "അടുത്ത; അപ്പുറത്ത; തൊട്ടടുത്ത; മറ്റേ; adutha; appurath*",
    "pa": "ਨਾਲ ਦੀ; ਨਾਲ ਦੇ; ਗੁਆਂਢ; ਸਾਹਮਣੇ ਵਾਲ; ਦੂਜੀ ਥਾਂ; naal di; naal de",
}
"""Per language, a place beside or across from the stall: where else the goods are sold."""

BEFORE = {
    "en": "last week; last time; last month; yesterday; earlier; before",
    "hi": "पिछले; पिछली; पिछला; पहले; कल=; pichhle; pichli; pehle",
    "ta": "போன; போன தடவ; முன்னாடி; நேத்து; pona; munnadi; nethu",
    "te": "పోయిన; మొన్న; నిన్న; ఇంతకుముందు; poyina; monna; ninna",
    "bn": "গত=; আগের; আগে; কাল=; gato; ager",
    "mr": "मागच्या; मागल्या; मागे; आधी; काल=; magchya; aadhi",
    "gu": "ગયા; પહેલાં; પહેલા; ગઈકાલે; gaya; pehla",
    "kn": "ಕಳೆದ; ಹೋದ; ಮುಂಚೆ; ನಿನ್ನೆ; kaleda; hoda",
    "ml": "കഴിഞ്ഞ; മുമ്പ്; ഇന്നലെ; kazhinja; mumb*",
    "pa": "ਪਿਛਲੇ; ਪਿਛਲੀ; ਪਹਿਲਾਂ; ਕੱਲ੍ਹ; pichhle; pehlan",
}
"""Per language, a time gone by: the price then was less."""

NEAR = {
    "en": "two steps; stone's throw; just there; right there; so close",
    "hi": "दो कदम; दो क़दम; पास ही; पास में ही; do kadam",
    "ta": "பக்கத்துல தான்; கிட்டத்துல தான்; ரெண்டு எட்டு",
    "te": "దగ్గరే; రెండు అడుగులు; daggare",
    "bn": "দু পা; দুই পা; কাছেই; du pa; kachei",
    "mr": "दोन पावल; जवळच; जवळ तर; don paval*; javalach",
    "gu": "બે ડગલ; પાસે જ; નજીક જ; be dagla*",
    "kn": "ಹತ್ರಾನೇ; ಹತ್ತಿರಾನೇ; ಎರಡು ಹೆಜ್ಜೆ",
    "ml": "തൊട്ടടുത്താണ്; അടുത്തല്ലേ; രണ്ടടി",
    "pa": "ਦੋ ਕਦਮ; ਨੇੜੇ ਹੀ; ਨੇੜੇ ਈ; do kadam",
}
"""Per language, the place said near: a fare asked back for a short way."""

MONEY = {
    "en": "rupees; rupee; rs",
    "hi": "रुपये; रुपए; रुपया; rupaye; rupaye",
    "ta": "ரூபாய்; ரூபா; rubai; roobai",
    "te": "రూపాయ; రూపాయల; rupayalu",
    "bn": "টাকা; taka",
    "mr": "रुपये; रुपयांना; रुपयाला; rupaye",
    "gu": "રૂપિયા; rupiya",
    "kn": "ರೂಪಾಯಿ; ರೂಪಾಯ್; rupayi",
    "ml": "രൂപ; roopa",
    "pa": "ਰੁਪਏ; ਰੁਪਈਏ; rupaye",
}
"""Per language, a word of rupees: a sum asked back after a cry of dismay ("काय बोलताय,
तीनशे रुपये डझन?") is the price scorned as well as "this much?"."""

_REACH = 4
"""Words a question mark may stand after "this much" (the fare, the goods between)."""


def _said(table: dict[str, str], words: list[str], lo: int, hi: int, language: str) -> bool:
    forms = forms_in(language, table)
    return any(_within(f, words, i, hi) for i in range(lo, hi) for f in forms)


def _within(f: Form, words: list[str], i: int, hi: int) -> bool:
    end = end_at(f, words, i)
    return end is not None and end <= hi


def _asked_back(words: list[str], language: str, table: dict[str, str]) -> tuple[int, int] | None:
    """The span from "this much" (or a word of `table`) to the question mark that asks it
    back, or None."""
    for i in range(len(words)):
        ends = [end_at(f, words, i) for f in forms_in(language, table)]
        end = max((e for e in ends if e is not None), default=None)
        if end is None:
            continue
        reach = range(end, min(len(words), end + _REACH + 1))
        mark = next((k for k in reach if words[k] == "?"), None)
        if mark is None or _said(ONLY, words, max(0, i - 1), mark, language):
            continue
        return i, mark
    return None


def _compared(words: list[str], lo: int, hi: int, language: str) -> bool:
    """Whether words [lo, hi) say the goods cheaper elsewhere or before (see above)."""
    if _said(CHEAP, words, lo, hi, language) or _said(NEAR, words, lo, hi, language):
        return True
    if not _said(LESS, words, lo, hi, language):
        return False
    return any(_said(t, words, lo, hi, language) for t in (THAN_THIS, PLACE, ELSEWHERE, BEFORE))


def much_scorned(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` with the complaint of a price asked back in scorn (see above)."""
    if any(h.act == TOO_EXPENSIVE for h in hits):
        return hits
    span = _asked_back(words, language, MUCH)
    dismay = _said(DISMAY, words, 0, len(words), language)
    if span is None and dismay:
        span = _asked_back(words, language, MONEY)
    if span is None:
        return hits
    start, mark = span
    rest = [h for h in hits if not start <= h.start <= mark and h.act != "ask_price"]
    if any(not ACTS[h.act].weak for h in rest):
        return hits
    scorned = (
        dismay
        or _said(LIMIT, words, 0, len(words), language)
        or _compared(words, mark + 1, len(words), language)
        or _compared(words, 0, start, language)
    )
    if not scorned:
        return hits
    return [*rest, Hit(TOO_EXPENSIVE, start, mark + 1)]


def dismayed_echo(text: str, language: str, start: int, end: int) -> bool:
    """Whether the sum at [start, end) (character offsets) is the other side's price asked
    back after a cry of dismay ("काय बोलताय, तीनशे रुपये डझन?", what are you saying, three
    hundred a dozen?): a question mark ends the sum's clause, with at most the rate and the
    goods between, and the cry stands before the sum. Nobody offers that price."""
    rest = text[end:]
    mark = rest.find("?")
    if mark < 0 or any(c in ",.!;:" for c in rest[:mark]) or len(rest[:mark].split()) > 3:
        return False
    before = [t.norm for t in tokenize(text[:start]) if t.kind is TokenKind.WORD]
    return _said(DISMAY, before, 0, len(before), language)
