"""A seller's own cost given as the reason for refusing: "no sir, I'd lose, I buy at
thirty-two myself", "எனக்கே முப்பதுக்கு வருது, நஷ்டம்", "আমারই ত্রিশ করে কেনা, লস হবে".
A price said in a clause that ties it to the speaker's own buying ("myself", "my own
buying price", "it comes to me at"), to a loss ("at thirty-five it's a loss") or to what
it does not even cover ("હજારમાં તો કાપડ પણ ન આવે": for a thousand even the cloth doesn't
come) is no offer, and neither is a price below that cost said with it ("my cost is 60,
how can I give at 55"). "I'll give it at my cost, 32" still offers 32: the cost is said
in a clause of its own. The same holds for no gain at the price ("at 300 no profit for
me", "तीन सौ में कुछ नहीं बचता", "তিনশোতে পোষায় না"): the price is refused, while a
counter in a clause of its own ("no profit at 300, give 340") and the customer's "you
still make a profit at 300" keep their price."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.conditions import clause_around
from audio.understanding.cost_alone import cost_alone_at
from audio.understanding.habits import HABIT, HERE
from audio.understanding.reading import _joined, _Price, _Reading


def _phrases(*said: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in s.split()) for s in said)


_LOSS = ("loss", "ലോസ്", "లాస్", "ಲಾಸ್", "லாஸ்")
# Words of the speaker's own buying or cost, and words of a loss: a price said in their
# clause is no offer.
_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases(
        *_LOSS,
        "doesn't even cover",
        "won't even cover",
        "bringing them",
        "transport",
        "my cost",
        "my own cost",
        "costs me",
        "cost me",
        "comes to me",
        "i buy",
        "i bought",
        "we buy",
        "we bought",
        "buying price",
        "cost price",
        "purchase price",
        "wholesaler",
        "i'd lose",
        "i lose",
        "we lose",
        "losing",
    ),
    "hi": _phrases(
        *_LOSS,
        "भी नहीं आता",
        "bhi nahi aata",
        "भी नहीं आएगा",
        "भी नहीं निकलता",
        "खरीदा",
        "kharida",
        "खरीद",
        "kharid",
        "kharidi",
        "मंडी से",
        "mandi se",
        "पड़ता है",
        "padta hai",
        "घाटा",
        "ghata",
        "ghaata",
        "नुकसान",
        "nuksan",
        "nuksaan",
        "लागत",
        "lagat",
        "laagat",
    ),
    "mr": _phrases(
        *_LOSS,
        "पण येत नाही",
        "सुद्धा येत नाही",
        "पण येणार नाही",
        "खरेदी",
        "kharedi",
        "आणलाय",
        "आणला",
        "पडतो",
        "तोटा",
        "tota",
        "नुकसान",
        "nuksan",
    ),
    "gu": _phrases(
        *_LOSS,
        "પણ ન આવે",
        "પણ ના આવે",
        "પણ નથી આવતું",
        "પણ નથી આવતો",
        "pan na aave",
        "ખરીદી",
        "ખરીદ",
        "kharidi",
        "ખરીદ્યું",
        "ખરીદ્યા",
        "ખોટ",
        "khot",
        "નુકસાન",
        "nuksan",
        "પડતર",
        "padtar",
    ),
    "pa": _phrases(
        *_LOSS,
        "ਮੇਰੀ ਖਰੀਦ",
        "ਖਰੀਦ",
        "ਘਾਟਾ",
        "ਘਾਟੇ",
        "ਨੁਕਸਾਨ",
        "ghata",
        "ghaata",
        "nuksaan",
        "ਲਾਗਤ",
        "lagat",
    ),
    "bn": _phrases(
        *_LOSS,
        "ও হয় না",
        "ও আসে না",
        "কেনা",
        "কেনাই",
        "কেনা দাম",
        "kena",
        "kenai",
        "কিনেছি",
        "লস",
        "লোকসান",
        "ক্ষতি",
        "loksan",
    ),
    "ta": _phrases(
        *_LOSS,
        "கூட வராது",
        "கூட வராதே",
        "kooda varadhu",
        "கொள்முதல்",
        "வாங்கினதே",
        "வாங்குனதே",
        "வாங்கின விலை",
        "வாங்கின விலையே",
        "அடக்க விலை",
        "நஷ்டம்",
        "நட்டம்",
        "nashtam",
        "nastam",
    ),
    "te": _phrases(
        *_LOSS,
        "కూడా రాదు",
        "కొన్నాను",
        "konnanu",
        "కొన్న రేటు",
        "కొన్న ధర",
        "konna rate",
        "కొనుగోలు",
        "కొనుగోలే",
        "కొన్నదే",
        "కొన్న రేటే",
        "కొన్న ధరే",
        "నష్టం",
        "నష్టమే",
        "nashtam",
    ),
    "kn": _phrases(*_LOSS, "ಕೂಡ ಬರಲ್ಲ", "ಸಹ ಬರಲ್ಲ", "ತಂದಿದ್ದೀನಿ", "ತಂದಿದೀನಿ", "ನಷ್ಟ", "ನಷ್ಟಾ", "nashta"),
    "ml": _phrases(
        *_LOSS,
        "പോലും കിട്ടില്ല",
        "പോലും വരില്ല",
        "എടുത്തതാ",
        "എടുത്തത്",
        "വാങ്ങിയത്",
        "വാങ്ങിയതാ",
        "നഷ്ടം",
        "നഷ്ടമാ",
        "നഷ്ടമാണ്",
        "nashtam",
        "തന്നെ മുതൽ",
        "മുതൽ വില",
        "വാങ്ങിയ വില",
    ),
}
# No gain at the price, said as a refusal: no profit, no margin, nothing left or saved, it
# doesn't pay ("पड़ता नहीं", "परवडत नाही", "ਵਾਰਾ ਨਹੀਂ ਖਾਂਦਾ", "கட்டுப்படி ஆகாது",
# "గిట్టుబాటు కాదు", "পোষায় না", "પોસાય નહીં", "ಗಿಟ್ಟಲ್ಲ", "മുതലാകില്ല"). Always with its
# "no": a profit said to be there is no refusal.
_NO_GAIN: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases(
        "no profit", "no margin", "no gain", "nothing left", "nothing saved", "nothing remains",
        "earn nothing", "make nothing", "gain nothing", "get nothing", "leaves me nothing",
        "don't make any", "not making any", "don't earn any", "don't make anything",
        "not making anything", "zero margin", "zero profit", "doesn't pay", "doesn't cover",
        "won't cover", "not even my cost",
    ),
    "hi": _phrases(
        "कुछ नहीं बचता", "कुछ नहीं बचेगा", "कुछ बचता नहीं", "कुछ भी नहीं बचता", "नहीं बचती",
        "kuch nahi bachta", "kuchh nahi bachta", "kuch nahi bachega", "kuch bachta nahi",
        "बचत नहीं", "bachat nahi", "मुनाफा नहीं", "munafa nahi", "फायदा नहीं", "fayda nahi",
        "profit nahi", "प्रॉफिट नहीं", "मार्जिन नहीं", "margin nahi", "पड़ता नहीं",
        "पड़ता ही नहीं", "पड़ेगा नहीं", "padta nahi", "padega nahi", "वारा नहीं",
        "भी नहीं निकलती", "bhi nahi nikalta", "bhi nahi nikalti", "कुछ नहीं मिलता",
        "kuch nahi milta", "खुद नहीं पड़ता", "ख़ुद नहीं पड़ता", "khud nahi padta",
        "मुझे नहीं पड़ता", "mujhe nahi padta", "mujhe hi nahi padta", "में नहीं पड़ता",
        "में नहीं पड़ेगा", "मेरा नहीं पड़ता", "मेरा नहीं पड़ेगा", "हमारा नहीं पड़ता",
        "mein nahi padta", "mein nahi padega", "mera nahi padta", "mera nahi padega",
    ),
    "mr": _phrases(
        "परवडत नाही", "परवडणार नाही", "नाही परवडत", "paravadat nahi", "parvadat nahi",
        "paravadnar nahi", "काही उरत नाही", "काहीच उरत नाही", "kahi urat nahi",
        "kahich urat nahi", "काही सुटत नाही", "काहीच सुटत नाही", "फायदा नाही", "fayda nahi",
        "फायदा होत नाही", "fayda hot nahi", "नफा होत नाही", "नफा नाही", "nafa nahi",
        "मार्जिन नाही", "प्रॉफिट नाही", "profit nahi",
    ),
    "gu": _phrases(
        "પોસાય નહીં", "પોસાય નહિ", "પોસાતું નથી", "ન પોસાય", "ના પોસાય", "posay nahi",
        "posay nai", "posatu nathi", "કંઈ બચતું નથી", "કશું બચતું નથી", "કંઈ ના બચે",
        "કંઈ ન બચે", "kai bachtu nathi", "kai na bache", "નફો નથી", "nafo nathi",
        "ફાયદો નથી", "faydo nathi", "નહીં પોસાય", "નહિ પોસાય", "nahi posay", "માર્જિન નથી",
        "પ્રોફિટ નથી", "profit nathi",
    ),
    "pa": _phrases(
        "ਵਾਰਾ ਨਹੀਂ", "ਵਾਰਾ ਨੀ", "vaara nahi", "vara nahi", "vaara ni", "ਕੁਝ ਨਹੀਂ ਬਚਦਾ",
        "ਕੁੱਝ ਨਹੀਂ ਬਚਦਾ", "kujh nahi bachda", "kuch nahi bachda", "ਮੁਨਾਫ਼ਾ ਨਹੀਂ",
        "ਮੁਨਾਫਾ ਨਹੀਂ", "munafa nahi", "ਫ਼ਾਇਦਾ ਨਹੀਂ", "ਫਾਇਦਾ ਨਹੀਂ", "fayda nahi", "ਨਹੀਂ ਪੁੱਗਦਾ", "ਪੁੱਗਦਾ ਨਹੀਂ",
        "ਨਹੀਂ ਪੁਗਦਾ", "ਪੁਗਦਾ ਨਹੀਂ", "ਨੀ ਪੁੱਗਦਾ", "nahi pugda", "pugda nahi", "ni pugda",
    ),
    "bn": _phrases(
        "পোষায় না", "পোষাবে না", "পোষাচ্ছে না", "poshay na", "poshabe na", "পোষায়না",
        "লাভ নেই", "লাভ হবে না", "labh nei", "lav nei", "lab nei", "কিছু থাকে না",
        "কিছুই থাকে না", "কিছু থাকবে না", "কিছুই থাকবে না", "kichu thake na",
        "kichui thake na", "মার্জিন নেই", "প্রফিট নেই", "profit nei",
    ),
    "ta": _phrases(
        "கட்டுப்படி ஆகாது", "கட்டுப்படியாகாது", "கட்டுப்படி ஆகல", "kattupadi aagadhu",
        "kattupadi agathu", "kattupadiyagadhu", "லாபம் இல்ல", "லாபம் இல்லை", "லாபமே இல்ல",
        "லாபமே இல்லை", "லாபமே இல்லைங்க", "லாபம் இல்லைங்க", "labam illa", "labame illa",
        "ஒண்ணும் மிஞ்சாது", "ஒன்னும் மிஞ்சாது", "ஒன்றும் மிஞ்சாது", "ஒண்ணுமே மிஞ்சாது",
        "onnum minjadhu", "onnume minjadhu", "மார்ஜின் இல்ல", "margin illa",
    ),
    "te": _phrases(
        "గిట్టుబాటు కాదు", "గిట్టుబాటు అవ్వదు", "గిట్టదు", "gittubatu kadu", "gittadu",
        "నాకు పడదు", "నాకే పడదు", "naaku padadu", "naake padadu",
        "లాభం లేదు", "లాభమే లేదు", "labham ledu", "labhame ledu", "ఏమీ మిగలదు",
        "ఏం మిగలదు", "ఏమి మిగలదు", "emi migaladu", "em migaladu", "మార్జిన్ లేదు",
        "margin ledu",
    ),
    "kn": _phrases(
        "ಗಿಟ್ಟಲ್ಲ", "ಗಿಟ್ಟೋದಿಲ್ಲ", "ಗಿಟ್ಟುವುದಿಲ್ಲ", "gittalla", "gittodilla", "ಲಾಭ ಇಲ್ಲ",
        "ಲಾಭಾನೇ ಇಲ್ಲ", "ಲಾಭವಿಲ್ಲ", "labha illa", "labhane illa", "ಏನೂ ಉಳಿಯಲ್ಲ",
        "ಏನೂ ಉಳಿಯೋದಿಲ್ಲ", "enu uliyalla", "enu uliyodilla", "ಮಾರ್ಜಿನ್ ಇಲ್ಲ", "margin illa",
    ),
    "ml": _phrases(
        "മുതലാകില്ല", "മുതലാവില്ല", "മുതലാകത്തില്ല", "മുതലാകുകയില്ല", "muthalakilla",
        "muthalavilla", "ലാഭമില്ല", "ലാഭം ഇല്ല", "ലാഭം ഒന്നുമില്ല", "labhamilla",
        "labham illa", "മിച്ചമില്ല", "ഒന്നും മിച്ചമില്ല", "michamilla", "മാർജിൻ ഇല്ല",
    ),
}  # fmt: skip
# Profit itself, after a word that is also agreement ("अच्छा मुनाफा": a good profit, no
# "ok").
_PROFIT = frozenset(
    fold(w)
    for w in (
        "profit", "margin", "मुनाफा", "munafa", "फायदा", "fayda", "मार्जिन", "प्रॉफिट", "नफा",
        "nafa", "નફો", "ફાયદો", "ਮੁਨਾਫ਼ਾ", "ਮੁਨਾਫਾ", "ਫਾਇਦਾ", "লাভ", "லாபம்", "లాభం", "ಲಾಭ",
        "ലാഭം",
    )
)  # fmt: skip
# "myself", "to me myself": with a word of cost or loss said in the same breath, a price
# in their clause is the speaker's own cost; alone they go with giving ("நானே முப்பது
# தரேன்": I'll give thirty myself).
_SELF: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases("myself", "ourselves"),
    "hi": _phrases("खुद", "khud", "ख़ुद", "मुझे ही"),
    "mr": _phrases("मलाच", "malach", "मीच", "स्वतः", "swatah"),
    "gu": _phrases("મને જ", "mane j", "પોતાની", "પોતાનો", "પોતાનું", "potani", "પોતે", "જાતે", "pote"),
    "pa": _phrases("ਮੈਨੂੰ ਆਪ", "ਮੈਂ ਆਪ"),
    "bn": _phrases("আমারই", "amari", "নিজের", "nijer", "নিজে", "নিজেই", "nije", "nijei"),
    "ta": _phrases("எனக்கே", "enakke", "நானே", "naane"),
    "te": _phrases("నాకే", "naake", "నేనే", "nene"),
    "kn": _phrases("ನಂಗೇ", "ನನಗೇ", "nange", "ನಾನೇ", "naane", "ಬೀಳುತ್ತೆ", "ಬಿದ್ದಿದೆ", "ಬಿತ್ತು"),
    "ml": _phrases(
        "എനിക്ക് തന്നെ", "തന്നെ എനിക്ക്", "ഞാൻ തന്നെ", "enikku thanne", "njan thanne", "കിട്ടുന്നതാ"
    ),
}
# "To me myself" and a verb of coming to or costing, in one clause: "எனக்கே எண்பது
# ஆகுது" (it comes to eighty for me myself), "నాకే ఎనభై పడుతుంది", "ನಂಗೇ ಎಂಬತ್ತು
# ಆಗುತ್ತೆ", "എനിക്ക് തന്നെ എൺപത് ആകും", "আমারই আশি পড়ে", "મને જ એંસી પડે", "ਮੈਨੂੰ ਆਪ
# ਅੱਸੀ ਪੈਂਦਾ": the speaker's own cost. The verb alone ("மொத்தம் எண்பது ஆகுது": the total
# comes to eighty) and "myself" with giving ("நானே எண்பது தரேன்") stay prices.
_TO_ME = _phrases(
    "எனக்கே", "enakke", "నాకే", "naake", "ನಂಗೇ", "ನನಗೇ", "nange", "എനിക്ക് തന്നെ",
    "enikku thanne", "আমারই", "amari", "আমার নিজেরই", "મને જ", "mane j", "ਮੈਨੂੰ ਆਪ",
    "ਮੈਨੂੰ ਹੀ",
)  # fmt: skip
_COMES_TO = tuple(
    fold(w)
    for w in (
        "ஆகுது", "ஆகுதே", "ஆவுது", "ஆகும்", "வருது", "விழுது", "agudhu", "aguthu", "avudhu",
        "varudhu", "vizhudhu", "అవుతుంది", "అవుతోంది", "పడుతుంది", "పడింది", "avutundi",
        "padutundi", "ಆಗುತ್ತೆ", "ಆಗುತ್ತದೆ", "ಆಗ್ತದೆ", "ಆಗ್ತಿದೆ", "ಬೀಳುತ್ತೆ", "ಬಿದ್ದಿದೆ", "ಬಿತ್ತು", "agutte", "agtide",
        "ആകും", "ആവും", "ആകുന്നു", "വരും", "akum", "avum", "পড়ে", "পড়েছে", "পড়ছে", "pore",
        "પડે", "પડ્યું", "પડ્યા", "pade", "ਪੈਂਦਾ", "ਪੈਂਦੀ", "ਪਿਆ", "painda",
    )
)  # fmt: skip
# The speaker's own buying, said as a past act: "I bought", "I picked up", "मैंने ...
# खरीदी", "लाया", "घेतलीय", "લીધું", "வாங்கினேன்", "ಕೊಂಡಿದ್ದೀನಿ", "কিনেছি", "ਖਰੀਦਿਆ".
# With "myself" in the same clause ("I bought it at 90 myself", "मैं खुद पैंसठ में लाया
# हूँ", "મેં પોતે નેવુંમાં લીધું છે") the price there is the seller's own cost; alone the
# verb may tell a customer's past purchase ("I bought it at 30 last week": recalled).
_BOUGHT = {
    language: frozenset(fold(w) for w in words)
    for language, words in {
        "en": ("bought", "picked", "got", "paid", "purchased"),
        "hi": (
            "खरीदी", "खरीदा", "खरीदे", "लाया", "लाई", "लाए", "लाये", "लिया", "ली",
            "kharidi", "kharida", "kharide", "laya", "layi", "laye", "liya",
        ),
        "mr": (
            "घेतलीय", "घेतलाय", "घेतलंय", "घेतलेय", "घेतली", "घेतला", "घेतलं", "घेतले",
            "आणली", "आणलं", "आणले", "आणलीय", "आणलाय", "आणलेय", "आणलंय", "आणलेत",
            "ghetli", "ghetla", "ghetlay",
        ),
        "gu": (
            "લીધું", "લીધો", "લીધી", "લીધા", "લાવ્યો", "લાવ્યા", "લાવી", "ખરીદ્યો", "ખરીદી",
            "lidhu", "lidho", "lidha", "lavyo",
        ),
        "pa": (
            "ਖਰੀਦਿਆ", "ਖਰੀਦੀ", "ਖਰੀਦੇ", "ਖ਼ਰੀਦਿਆ", "ਲਿਆਂਦਾ", "ਲਿਆਂਦੀ", "ਲਿਆ", "ਲਈ",
            "kharidya", "liaanda",
        ),
        "bn": ("কিনেছি", "কিনেছিলাম", "কিনলাম", "এনেছি", "নিয়েছি", "kinechi", "enechi"),
        "ta": (
            "வாங்கினேன்", "வாங்குனேன்", "வாங்கினோம்", "வாங்கியது", "வாங்கினது", "எடுத்தேன்",
            "vanginen", "vaanginen",
        ),
        "te": ("కొన్నాను", "కొన్నా", "కొన్నాం", "తెచ్చాను", "తెచ్చా", "konna", "techanu"),
        "kn": (
            "ಕೊಂಡಿದ್ದೀನಿ", "ಕೊಂಡಿದೀನಿ", "ಕೊಂಡೆ", "ತಗೊಂಡಿದ್ದೀನಿ", "ತಗೊಂಡೆ", "ತಂದೆ",
            "kondiddini", "kondidini",
        ),
        "ml": ("വാങ്ങി", "വാങ്ങിച്ചു", "എടുത്തു", "vangi", "eduthu"),
    }.items()
}  # fmt: skip
_BOUNDS = (Cue.COMPARATIVE, Cue.CAP, Cue.CAP_BEFORE)


def _said_at(reading: _Reading, table: dict[str, tuple[tuple[str, ...], ...]]) -> list[int]:
    """Where a phrase of the language's row of `table` is said."""
    return sorted({k for k, _ in _spans(reading, table)})


def _spans(
    reading: _Reading, table: dict[str, tuple[tuple[str, ...], ...]]
) -> list[tuple[int, int]]:
    words = reading.words
    return [
        (k, k + len(p))
        for k in range(len(words))
        for p in table.get(reading.language, ())
        if tuple(words[k : k + len(p)]) == p
        and k not in reading.no_loss
        and not (_buying(p) and (_buys_here(reading, k + len(p)) or _buys_if(reading, k)))
    ]


_BUY = tuple(fold(w) for w in ("buy", "bought", "खरीद", "kharid", "खरेदी"))


def _buying(phrase: tuple[str, ...]) -> bool:
    """A phrase of the speaker's own buying ("I buy", "खरीदा"), not of a loss or gain."""
    return any(w.startswith(_BUY) for w in phrase)


# "If", "when" before "I buy": a purchase to come, on a condition ("if I buy fifty, how
# much each?"), no cost.
_IF = frozenset(("if", "when", "suppose", "say"))


def _buys_if(reading: _Reading, k: int) -> bool:
    """A phrase of buying starting at `k` said as a condition ("if I buy forty")."""
    return k > 0 and reading.words[k - 1] in _IF


def _buys_here(reading: _Reading, k: int) -> bool:
    """After a phrase of buying ending before `k`: "here", "from you" or a habit in the
    next few words ("I buy here every Sunday", "मैं तो रोज़ आपसे खरीदती हूँ" said the
    other way round too): the customer's custom, a reason beside a price, no cost."""
    if any(reading.number_at[j] is not None for j in range(k, min(k + 3, len(reading.words)))):
        return False  # "I buy at 320 every day": the cost said
    near = reading.words[max(0, k - 5) : k + 4]
    from_you = any(a == "from" and b in ("you", "your") for a, b in pairwise(near))
    return from_you or any(w in HABIT or w in HERE for w in near)


def _comes_to_me_at(reading: _Reading) -> list[int]:
    """Where a verb of coming to or costing is said in one clause with "to me myself"."""
    words = reading.words
    to_me = [k for k in range(len(words)) for p in _TO_ME if tuple(words[k : k + len(p)]) == p]
    return [
        k
        for k, w in enumerate(words)
        if w.startswith(_COMES_TO)
        and any(j < k and j in clause_around(reading, k, k + 1) for j in to_me)
    ]


def _bought_myself_at(reading: _Reading) -> list[int]:
    """Where the speaker's own buying is said with "myself" in its clause."""
    bought = _BOUGHT.get(reading.language, frozenset())
    selves = _said_at(reading, _SELF)
    return [
        k
        for k, w in enumerate(reading.words)
        if w in bought and any(j in clause_around(reading, k, k + 1) for j in selves)
    ]


def speaks_of_cost(reading: _Reading) -> bool:
    """Whether the line speaks of the seller's own cost, a loss or no gain ("मजदूरी भी
    नहीं निकलती": even the labour isn't covered, no train leaving)."""
    return bool(_spans(reading, _COST) or _spans(reading, _NO_GAIN))


def refusals_beside_gain(reading: _Reading, refusals: list[int], keep: bool) -> list[int]:
    """The refusals left once the "no" inside a phrase of no gain is set aside: it refuses
    the price in its own clause (set aside already), or, with no price on the table, says
    how trade is ("no profit in onions these days"). Kept (`keep`) in reply with no price
    said: "कोई मुनाफा नहीं" alone refuses the price on the table."""
    if keep:
        return refusals
    inside = {k for start, end in _spans(reading, _NO_GAIN) for k in range(start, end)}
    return [r for r in refusals if r not in inside]


def _gain_refuses(reading: _Reading, held: list[_Price]) -> list[_Price]:
    """The price each phrase of no gain refuses: the nearest said before it in its clause
    ("300 mein kuch nahi bachta"), else the nearest after ("no profit at 300"). Another
    price left in that clause with no pause between ("300 mein kuch nahi bachta 340 de
    do") may be what was refused: asked."""
    refused = []
    for start, _ in _spans(reading, _NO_GAIN):
        near = [p for p in held if start in clause_around(reading, p.start, p.end)]
        before = [p for p in near if p.end <= start]
        after = [p for p in near if p.end > start]
        if before or after:
            refused.append(max(before, key=lambda p: p.end) if before else after[0])
        for price in near:
            price.two_readings |= price.paise != refused[-1].paise  # same said again: one
    return refused


def set_aside_own_cost(reading: _Reading) -> int | None:
    """Set aside the prices tied to the speaker's own cost, a loss or no gain, and those
    below that cost; the position of the first word of it, or None when no price was.
    No gain at a price sets no floor: "గిట్టదు at 300, give 250" still counters 250."""
    reading.occurrences = [
        (cue, start, end)
        for cue, start, end in reading.occurrences
        if not (
            cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT)
            and end < len(reading.words)
            and reading.words[end] in _PROFIT
            and _joined(reading, end)
        )
    ]  # "तीन सौ में भी आपका अच्छा मुनाफा है": a good profit, nothing agreed
    cost = _said_at(reading, _COST) + cost_alone_at(reading) + _comes_to_me_at(reading)
    cost += _bought_myself_at(reading)  # "I bought it at 90 myself"
    gain = _said_at(reading, _NO_GAIN)
    if not (cost or gain):
        return None
    cost = sorted(cost + _said_at(reading, _SELF))
    costs, refused, held = [], False, []
    for price in reading.prices:
        clause = clause_around(reading, price.start, price.end)
        if price.bound or any(reading.has(k, *_BOUNDS) for k in clause):
            continue  # "35 se kam mein ghata hai": a bound the seller holds to
        if any(k in clause for k in cost):
            price.negated = refused = True
            costs.append(price.paise)
        else:
            held.append(price)
    dropped = []
    for price in _gain_refuses(reading, held):
        price.negated = refused = True  # "at 300 no profit for me"
        if any(p.start > price.end and p.paise == price.paise for p in reading.prices):
            dropped.append(price)  # "no profit even at 300, but for you, ok, 300"
    reading.prices = [p for p in reading.prices if p not in dropped]
    for price in reading.prices:
        if costs and not price.negated and price.paise < min(costs):
            price.negated = True  # "my own cost is 60, how can I give at 55"
    return min(cost + gain) if refused else None


def inside_no_gain(reading: _Reading, k: int) -> bool:
    """The word at `k` is part of a phrase that says no gain is left ("kai na bache":
    nothing is left, not the Hindi "bache", children)."""
    return any(start <= k < end for start, end in _spans(reading, _NO_GAIN))
