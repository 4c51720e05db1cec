"""Small talk with market words in it: "the heat spoiled my tomatoes", "इस बार दिवाली
की खरीदारी में सब महंगा हो गया", a cricket match. The weather, a match, a festival's
shopping, a wedding or the harvest is talked about; the words for soft, old, expensive,
good or the farm in such a line describe that, not the goods on the stall, and the line
is relayed as said.

An aside word makes the acts that describe goods or their price (`DESCRIBING`) no act in
its line; a request ("it's so hot, give me a bag") still stands.
Words are matched like cues (see `audio.market.inventory`): an Indic word of three letters
or more also as a stem, unless it ends in "=".
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold, is_indic
from audio.market.cue_hits import Hit
from audio.market.phrases import STEM_MIN

DESCRIBING = (
    "quality_soft",
    "quality_old",
    "quality_small",
    "claim_fresh",
    "claim_origin",
    "claim_sweet",
    "too_expensive",
    "out_of_stock",
    "show_better",
)
"""Acts that describe the goods or their price, which an aside turns to its own topic."""

_WORDS: dict[str, str] = {
    "en": "heat; heatwave; humid; humidity; sweating; sweat; overcast; rain clouds; "
    "clouds; cloudy day; cloudy sky; cloudy weather; cloudy today; it's cloudy; it is cloudy; "
    "muggy; sultry; sticky day; sticky weather; "
    "rain; rains; flood; floods; drought; weather; monsoon; match; "
    "cricket; wicket; century; sixer; football; goal; fog; foggy; smog; diwali; holi; pongal; "
    "onam; festival; wedding; shopping; harvest; crop; crops; arrivals; supply is; supply has",
    "hi": "गर्मी; उमस; पसीना; पसीने; बादल; garmi; dhoop; "
    "बारिश; barish; baarish; barsaat; "
    "बरसात; धूप; कोहरा; धुंध=; फुटबॉल; बाढ़; मौसम; मैच; क्रिकेट; छक्का; दिवाली; होली; त्योहार; "
    "शादी; खरीदारी; फसल; fasal; पैदावार; आवक; aavak; avak; supply kam; सप्लाई कम",
    "ta": "வெயில்; veyil; veyilu; வியர்வை; வேர்த்து; புழுக்கம்; மேகம்; மேகமூட்டம்; mazhai; "
    "மழை; பனிமூட்டம்; வெள்ளம்; மேட்ச்; கிரிக்கெட்; தீபாவளி; பொங்கல்; திருவிழா; "
    "ஷாப்பிங்; கல்யாண; விளைச்சல்; அறுவடை; பயிர்; வரத்து; varathu; varattu",
    "te": "ఎండకి; ఎండలు; ఉక్కపోత; చెమట; మబ్బు; మేఘా; ukkapotha; chemata; "
    "పొగమంచు; ఎండలో; వర్షం; వర్షా; వరద; మ్యాచ్; క్రికెట్; వాన; vaana; "
    "vaanalu; vanalu; varsham; "
    "సంక్రాంతి; దీపావళి; పండగ; షాపింగ్; పెళ్ళి; పంట; panta; సరుకు రాక; రాక తగ్గ; ఆవక",
    "bn": "গরমে; গরমের; গুমোট; ঘাম; ঘেমে; মেঘ=; মেঘলা; রোদ; "
    "বৃষ্টি; brishti; gorome; কুয়াশা; বন্যা; খেলা; ম্যাচ; ক্রিকেট; পুজো; পুজোর; দিওয়ালি; "
    "কেনাকাটা; বিয়ে; ফলন; ফসল; fasal; folon; আমদানি; amdani",
    "mr": "उन्हा; उकाडा; घाम; ढग; ढगाळ; paus; ukada; "
    "पाऊस; धुकं; धुके; धुक्या; पावसा; दुष्काळ; मॅच; क्रिकेट; षटकार; दिवाळी; "
    "गणपती; खरेदी; लग्न; पीक=; पिकं=; पिकाला=; पेरणी; आवक; aavak",
    "gu": "ગરમી; બફારો; પરસેવો; વાદળ; garmi; tadko; "
    "વરસાદ; ધુમ્મસ; varsad; varsaad; તડકો; મેચ; ક્રિકેટ; છગ્ગો; દિવાળી; નવરાત્રી; "
    "તહેવાર; ખરીદી; લગ્ન; પાક=; પાકને; ફસલ; paak=; આવક ઓછી; આવક ઘટી; આવક નથી",
    "kn": "ಬಿಸಿಲ; ಸೆಖೆ; ಬೆವರು; ಬೆವರಿ; ಮೋಡ; bisil*; sekhe; "
    "ಮಳೆ; ಮಂಜು; ಫುಟ್ಬಾಲ್; ಪ್ರವಾಹ; ಮ್ಯಾಚ್; ಕ್ರಿಕೆಟ್; ಸಿಕ್ಸರ್; ದೀಪಾವಳಿ; ಹಬ್ಬ; ಶಾಪಿಂಗ್; ಮದುವೆ; "
    "ಬೆಳೆ=; ಬೆಳೆಯ=; ಬೆಳೆಗೆ=; ಬೆಳೆಗಳ; ಫಸಲು; ಸುಗ್ಗಿ; ಆವಕ; ಆವಕ್",
    "ml": "ചൂടിൽ; ചൂട് കാരണം; വിയർ; ഉഷ്ണം; പുഴുക്ക; കാർമേഘ; മേഘം; mazha; veyil; "
    "മഴ; ഫുട്ബോൾ; വെള്ളപ്പൊക്ക; കളി കണ്ടോ; മാച്ച്; ക്രിക്കറ്റ്; സിക്സ്; "
    "ഓണം; ഓണത്തിന; വിഷു; ഉത്സവ; ഷോപ്പിംഗ്; കല്യാണ; വിളവ്; വിളവെടുപ്പ്; കൃഷി; "
    "ലോഡ് വരവ്; വരവ് കുറ; ചരക്ക് വരവ്",
    "pa": "ਗਰਮੀ; ਹੁੰਮਸ; ਪਸੀਨ; ਬੱਦਲ; garmi; "
    "ਮੀਂਹ; ਧੁੰਦ=; ਬਾਰਿਸ਼; ਧੁੱਪ; ਹੜ੍ਹ; ਮੈਚ; ਕ੍ਰਿਕਟ; ਛੱਕਾ; ਦੀਵਾਲੀ; ਤਿਉਹਾਰ; ਖਰੀਦਦਾਰੀ; "
    "ਵਿਆਹ; ਫ਼ਸਲ; ਫਸਲ; fasal; faslan; ਆਮਦ; aamad",
}
"""Per language, words of weather, sport, festivals, weddings, the harvest and the goods'
arrivals at the wholesale market ("; " apart): "the wheat harvest was good" praises the
crop, no better goods asked to be shown, and "arrivals at the mandi are low, everything is
costly" tells market news, no complaint about this price."""


CALLING = ("come_look", "wait")
"""Acts a remark about a crowd says by its "see" or "stand" and does not mean: "see the
Ganpati crowd today" calls nobody to the goods, "no room to stand" asks nobody to wait."""

_CROWD: dict[str, str] = {
    "en": "crowd; crowded; crowds; rush; place to stand; room to stand",
    "hi": "भीड़; भीड; भीड़भाड़; bheed; bhid; bheer; खड़े होने की जगह; पैर रखने की जगह",
    "ta": "கூட்டம்; கூட்டத்த; கூட்டமா; koottam; kootam; நிக்க இடம்; நிற்க இடம்",
    "te": "జనం; జనాలు; రద్దీ; janam; janalu; raddi; నిలబడే చోటు; నిలబడటానికి చోటు",
    "bn": "ভিড়; ভীড়; ভিড়ে; bhir; bhid; bheer; দাঁড়ানোর জায়গা; দাঁড়াবার জায়গা",
    "mr": "गर्दी; gardi; उभं राहायला जागा; उभे राहायला जागा",
    "gu": "ભીડ; bhid; bheed; ઊભા રહેવાની જગ્યા",
    "kn": "ಜನ=; ಜನಸಂದಣಿ; ಜನಜಂಗುಳಿ; ರಶ್; jana=; ನಿಲ್ಲೋಕೆ ಜಾಗ; ನಿಲ್ಲಲು ಜಾಗ",
    "ml": "തിരക്ക; ഓണത്തിരക്ക; പൂരത്തിരക്ക; thirakk; നിൽക്കാൻ സ്ഥലം",
    "pa": "ਭੀੜ; bheed; bhid; bheer; ਖੜ੍ਹਨ ਦੀ ਜਗ੍ਹਾ; ਖੜ੍ਹਨ ਨੂੰ ਥਾਂ",
}
"""Per language, words for a crowd, or for no room to stand in one ("; " apart)."""


@lru_cache(maxsize=32)
def _forms(language: str, crowd: bool = False) -> tuple[tuple[tuple[str, bool], ...], ...]:
    table = _CROWD if crowd else _WORDS
    phrases = [p.strip() for lang in {language, "en"} for p in table.get(lang, "").split(";")]
    out = []
    for phrase in filter(None, phrases):
        words = []
        for word in phrase.split():
            folded = fold(word.rstrip("="))
            stem = not word.endswith("=") and is_indic(folded) and len(folded) >= STEM_MIN
            words.append((folded, stem))
        out.append(tuple(words))
    return tuple(out)


def scorned(words: list[str], hit: Hit) -> bool:
    """Whether a hit is a price thrown back as a question ("काजू इतने महंगे? दिवाली है तो
    लूट मचा रखी है क्या"): the cost asked at this stall, which a festival or the weather
    told beside it does not turn into market news."""
    return hit.act == "too_expensive" and words[hit.end : hit.end + 1] == ["?"]


TOLD_AFTER = ("out_of_stock", "too_expensive")
"""Acts a festival or a wedding told after them, in a clause of its own, gives a reason
for and does not turn into small talk: "the jasmine strings are all finished, there are
three weddings today" says the goods sold out, and "you're charging too much, so what if
it's Diwali" scorns the price. Told before ("arrivals are low this year, so everything
is costly") the line is market news."""


def aside_before(
    words: list[str], hit: tuple[str, int], language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether small talk stands in the clause of a hit (act, start) or before it; for
    other acts than `TOLD_AFTER`, anywhere in the line (`punct`: the indices of the words
    after punctuation)."""
    act, start = hit
    if act not in TOLD_AFTER:
        return is_aside(words, language)
    end = min((b for b in punct if b > start), default=len(words))
    return is_aside(words[:end], language)


def is_aside(words: list[str], language: str, crowd: bool = False) -> bool:
    """Whether the line (folded words) talks of weather, sport, a festival or a wedding
    (with `crowd`: of a crowd)."""
    exact, stems = _by_first_word(language, crowd)
    for i, first in enumerate(words):
        for phrase in (
            *exact.get(first, ()),
            *(p for p in stems.get(first[:STEM_MIN], ()) if first.startswith(p[0][0])),
        ):
            got = words[i : i + len(phrase)]
            if len(got) == len(phrase) and all(
                g == w or (stem and g.startswith(w))
                for (w, stem), g in zip(phrase[1:], got[1:], strict=True)
            ):
                return True
    return False


_Phrase = tuple[tuple[str, bool], ...]


@lru_cache(maxsize=32)
def _by_first_word(
    language: str, crowd: bool
) -> tuple[dict[str, list[_Phrase]], dict[str, list[_Phrase]]]:
    """`_forms` by their first word, so a line's word is matched only against the phrases
    that can start with it: those whose first word it is, and by the word's first
    `STEM_MIN` letters, those whose first word is a stem it may start with."""
    exact: dict[str, list[_Phrase]] = {}
    stems: dict[str, list[_Phrase]] = {}
    for phrase in _forms(language, crowd):
        want, stem = phrase[0]
        if stem:  # a stem is STEM_MIN letters or more
            stems.setdefault(want[:STEM_MIN], []).append(phrase)
        else:
            exact.setdefault(want, []).append(phrase)
    return exact, stems


_MINUTE = frozenset(
    fold(w)
    for w in (
        "minute minutes min mint मिनट मिनिट मिनिटं நிமிஷம் நிமிஷத்துல நிமிடம் నిమిషం నిమిషంలో "
        "মিনিট মিনিটে मिनिटाला મિનિટ મિનિટે ನಿಮಿಷ ನಿಮಿಷದಲ್ಲಿ മിനിറ്റ് മിനിറ്റിൽ ਮਿੰਟ ਮਿੰਟਾਂ"
    ).split()
)
"""Words for a minute, as a wait says them ("एक मिनट", "ஒரு நிமிஷம்")."""

_LAST = frozenset(
    fold(w)
    for w in (
        "last final आखिरी आख़िरी akhiri aakhri கடைசி கடைசீ చివరి ఆఖరి শেষ শেষের शेवटच्या "
        "शेवटचं छेल्ली છેલ્લી છેલ્લા ಕೊನೆ ಕೊನೇ ಕಡೇ അവസാന അവസാനത്തെ ਆਖਰੀ ਆਖ਼ਰੀ"
    ).split()
)
"""Words for "last": "the last minute" of a match or a bus is a time told, no wait."""


def crowd_told(words: list[str], hit: tuple[str, int, int], language: str) -> bool:
    """Whether an act (id, start, end) is only the "see" or "stand" of a remark about a
    crowd: a wait said with a minute ("bheed hai, ek minute ruko") still asks to wait."""
    act, start, end = hit
    if act not in CALLING or not is_aside(words, language, crowd=True):
        return False
    said = words[start:end]
    return act != "wait" or not any(w in _MINUTE for w in said)


def minute_told(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether a wait heard in words [start, end) is only a minute in a story: the
    cue is a word for a minute, said after "last" ("a goal in the last minute") or in
    small talk (`is_aside`: a match, the weather); "wait", "ruko" said there still
    ask to wait."""
    said = words[start:end]
    if not any(w in _MINUTE or any(w.startswith(m) for m in _MINUTE if is_indic(m)) for w in said):
        return False
    return (start > 0 and words[start - 1] in _LAST) or is_aside(words, language)


def weather_looked(
    words: list[str], hit: tuple[str, int, int], language: str, punct: frozenset[int]
) -> bool:
    """Whether a call to look (act, start, end) only points at the weather or a festival
    told before it in its clause ("ગરમી તો જુઓ", "look at this rain": `punct`, the indices
    of the words after punctuation): nobody is called to the goods. A call in a clause of
    its own ("it's hot, but come and see the melons") still calls."""
    act, start, _ = hit
    if act != "come_look":
        return False
    lo = max([b for b in punct if b <= start] + [0])
    return is_aside(words[lo:start], language)
