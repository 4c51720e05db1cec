"""The words of a seller's own cost, as `audio.understanding.own_cost` reads them: their
own buying or cost and a loss (`COST`), no gain at the price (`NO_GAIN`, `PROFIT`),
"myself" (`SELF`), "it comes to me at" (`TO_ME`, `COMES_TO`) and their own past buying
(`BOUGHT`). Data only."""

from __future__ import annotations

from audio.lexicon import fold


def _phrases(*said: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in s.split()) for s in said)


LOSS = ("loss", "ലോസ്", "లాస్", "ಲಾಸ್", "லாஸ்")
# Words of the speaker's own buying or cost, and words of a loss: a price said in their
# clause is no offer.
COST: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases(
        *LOSS,
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
        *LOSS,
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
        *LOSS,
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
        *LOSS,
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
        *LOSS,
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
        *LOSS,
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
        *LOSS,
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
        *LOSS,
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
    "kn": _phrases(*LOSS, "ಕೂಡ ಬರಲ್ಲ", "ಸಹ ಬರಲ್ಲ", "ತಂದಿದ್ದೀನಿ", "ತಂದಿದೀನಿ", "ನಷ್ಟ", "ನಷ್ಟಾ", "nashta"),
    "ml": _phrases(
        *LOSS,
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
NO_GAIN: dict[str, tuple[tuple[str, ...], ...]] = {
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
PROFIT = frozenset(
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
SELF: dict[str, tuple[tuple[str, ...], ...]] = {
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
TO_ME = _phrases(
    "எனக்கே", "enakke", "నాకే", "naake", "ನಂಗೇ", "ನನಗೇ", "nange", "എനിക്ക് തന്നെ",
    "enikku thanne", "আমারই", "amari", "আমার নিজেরই", "મને જ", "mane j", "ਮੈਨੂੰ ਆਪ",
    "ਮੈਨੂੰ ਹੀ",
)  # fmt: skip
COMES_TO = tuple(
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
BOUGHT = {
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
