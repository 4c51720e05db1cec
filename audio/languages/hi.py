"""Hindi: Devanagari and the romanized Hindi of chat and Whisper (Hinglish).

Hindi 0–99 are single words, so every one is listed (both scripts); hundreds are said
with "सौ" ("दो सौ पचास"), then हज़ार, लाख, करोड़. Fractions: डेढ़ 1.5, ढाई 2.5, आधा 0.5,
पाव 0.25, and the prefixes साढ़े +0.5, सवा +0.25, पौने −0.25 ("साढ़े तीन सौ" 350).
Reference: ICU's Hindi spell-out rules, which `tests/unit/test_number_oracles.py` reads
back for every number up to a lakh.
"""

from __future__ import annotations

from audio.languages.base import Cue, Kind, LanguageSpec, Part

# Hindi 0–99 as people write them in Latin letters; `fold` merges vowel length and doubled
# letters, so "chaalis"/"chalis" or "sattar"/"satar" need one entry, not two. Spellings
# that fold onto everyday words are left out: "aat" (→ "at"), "chhai" (→ "chai").
# fmt: off
HINDI_ROMAN: dict[int, tuple[str, ...]] = {
    0: ("shunya", "shoonya", "sunya"), 1: ("ek",), 2: ("do",), 3: ("teen", "tin"),
    4: ("char", "chaar"), 5: ("panch", "paanch", "paach", "paanc"),
    6: ("chhe", "chheh", "chhah", "chah", "chey"), 7: ("saat",), 8: ("aath",),
    9: ("nau", "nao"), 10: ("das", "dus"), 11: ("gyarah", "gyara", "igyarah", "gyaarah"),
    12: ("barah", "baarah"), 13: ("terah",), 14: ("chaudah", "chodah", "choudah"),
    15: ("pandrah", "pandraha", "pandra", "pundrah"), 16: ("solah", "sola"),
    17: ("satrah", "sattrah", "satra"), 18: ("atharah", "attharah", "athara"),
    19: ("unnees", "unnis", "unis", "unees"), 20: ("bees", "bis"), 21: ("ikkees", "ikkis"),
    22: ("baees", "bais", "baais"), 23: ("teis", "teyis", "teyees"),
    24: ("chaubees", "chaubis", "chobis", "choubees"),
    25: ("pachees", "pachchees", "pachis", "pachchis"),
    26: ("chhabbees", "chhabbis", "chabbis"), 27: ("sattaees", "sattais", "satais"),
    28: ("atthaees", "athais", "atthais", "athaees"), 29: ("untees", "untis", "unatis"),
    30: ("tees", "tis"), 31: ("iktees", "ikattis", "ikatees", "ikatis"),
    32: ("battees", "battis"), 33: ("taintees", "taintis", "tetis", "tentis"),
    34: ("chauntees", "chauntis", "chautis"), 35: ("paintees", "paintis", "pentis"),
    36: ("chhattees", "chhattis", "chattis"), 37: ("saintees", "saintis", "sentis"),
    38: ("adtees", "adtis", "artees", "artis", "ardtis"),
    39: ("untaalees", "untalis", "untalees"), 40: ("chaalees", "chalis", "chaalis"),
    41: ("iktaalees", "iktalis"), 42: ("bayaalees", "bayalis", "byalis", "beyalis"),
    43: ("taintaalees", "taintalis", "tentalis"), 44: ("chauvaalees", "chavalis", "chauwalis"),
    45: ("paintaalees", "paintalis", "pentalis"), 46: ("chhiyaalees", "chhiyalis", "chiyalis"),
    47: ("saintaalees", "saintalis", "sentalis"), 48: ("adtaalees", "adtalis", "artalis"),
    49: ("unchaas", "unchas"), 50: ("pachaas", "pachas"), 51: ("ikyaavan", "ikyavan"),
    52: ("baavan", "bavan"), 53: ("tirpan", "tirepan", "tirapan"), 54: ("chauvan", "chauwan"),
    55: ("pachpan",), 56: ("chhappan", "chappan"), 57: ("sattaavan", "sattavan"),
    58: ("atthaavan", "athavan"), 59: ("unsath", "unsaath", "unsatth"), 60: ("saath", "sath"),
    61: ("iksath", "iksaath"), 62: ("baasath", "basath"), 63: ("tirsath", "tiresath"),
    64: ("chaunsath", "chausath"), 65: ("painsath", "pensath", "paisath"),
    66: ("chhiyaasath", "chhiyasath", "chiyasath"), 67: ("sadsath", "sarsath"),
    68: ("adsath", "arsath"), 69: ("unhattar",), 70: ("sattar",),
    71: ("ikhattar", "ikahattar"), 72: ("bahattar",), 73: ("tihattar",),
    74: ("chauhattar",), 75: ("pachhattar", "pachattar", "pachahattar"),
    76: ("chhihattar", "chihattar"), 77: ("satattar", "sathattar", "sathatar"),
    78: ("athattar", "athhattar"), 79: ("unaasi", "unasi", "unyasi"),
    80: ("assi", "assee", "asi"), 81: ("ikyaasi", "ikyasi"), 82: ("bayaasi", "bayasi"),
    83: ("tiraasi", "tirasi"), 84: ("chauraasi", "chaurasi"), 85: ("pachaasi", "pachasi"),
    86: ("chhiyaasi", "chiyasi"), 87: ("sattaasi", "sattasi"), 88: ("atthaasi", "athasi"),
    89: ("navaasi", "navasi", "nawasi"), 90: ("nabbe", "nabbey", "nabe"),
    91: ("ikyaanve", "ikyanve", "ikyanbe"), 92: ("baanve", "banve", "banbe"),
    93: ("tiraanve", "tiranve", "tiranbe"), 94: ("chauraanve", "chauranve", "chauranbe"),
    95: ("pachaanve", "pachanve", "pachanbe"), 96: ("chhiyaanve", "chhiyanve", "chhiyanbe"),
    97: ("sattaanve", "sattanve", "sattanbe"),
    98: ("atthaanve", "athanve", "atthanve", "atthanbe"),
    99: ("ninyaanve", "ninyanve", "ninanve", "ninyanbe"),
}

_HINDI_DEVANAGARI_0_TO_99 = (
    "शून्य एक दो तीन चार पांच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह "
    "अठारह उन्नीस बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस "
    "इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस चालीस इकतालीस बयालीस "
    "तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास इक्यावन बावन तिरपन चौवन "
    "पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ "
    "उनहत्तर सत्तर इकहत्तर बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी "
    "अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी अट्ठासी नवासी नब्बे इक्यानवे "
    "बानवे तिरानवे चौरानवे पचानवे छियानवे सत्तानवे अट्ठानवे निन्यानवे"
)
HINDI_DEVANAGARI: dict[str, float] = {
    **{word: value for value, word in enumerate(_HINDI_DEVANAGARI_0_TO_99.split())},
    "पाँच": 5, "छः": 6, "छे": 6, "तिरेपन": 53, "चौवालीस": 44, "उनासी": 79, "अठाईस": 28,
    # Spellings as common as the ones above (ICU and indic-numtowords write these):
    "अट्ठारह": 18, "चौंतालीस": 44, "तिरेसठ": 63, "छयासठ": 66, "सरसठ": 67, "अठासी": 88,
    "इक्यानबे": 91, "बानबे": 92, "तिरानबे": 93, "चौरानबे": 94, "पंचानबे": 95, "पचानबे": 95,
    "छियानबे": 96, "सत्तानबे": 97, "अट्ठानबे": 98, "निन्यानबे": 99, "उन्नासी": 79,
    "शून्य": 0, "ज़ीरो": 0,
}
# As often typed and transcribed: the nasal dropped ("पैतीस", "चौसठ") and "ै" written "े"
# ("पेंतीस", "पेंसठ"); a form that is another word is never added.
for _word, _number in list(HINDI_DEVANAGARI.items()):
    for _variant in {_word.replace("ं", ""), _word.replace("ै", "े"), _word.replace("ैं", "े")}:
        if len(_variant) > 2:
            HINDI_DEVANAGARI.setdefault(_variant, _number)


SCALES: dict[str, float] = {
    "sau": 100, "hazaar": 1000, "hazar": 1000, "hajar": 1000, "hajaar": 1000,
    "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
    "karod": 10_000_000, "karor": 10_000_000, "crore": 10_000_000,
    "सौ": 100, "हज़ार": 1000, "हजार": 1000, "लाख": 100_000, "करोड़": 10_000_000,
    "करोड": 10_000_000,
}
FRACTIONS: dict[str, float] = {
    # English "half" in the native script: "हाफ kilo"
    "हाफ": 0.5, "haaf": 0.5,
    "dedh": 1.5, "derh": 1.5, "dhed": 1.5, "dedha": 1.5, "dhai": 2.5, "dhaai": 2.5,
    "adhai": 2.5, "dhaee": 2.5, "aadha": 0.5, "adha": 0.5, "aadhi": 0.5, "aadhe": 0.5,
    "paav": 0.25, "pao": 0.25, "डेढ़": 1.5, "ढाई": 2.5, "आधा": 0.5, "आधी": 0.5, "आधे": 0.5,
    "पाव": 0.25, "पौना": 0.75, "पौन": 0.75, "पौनी": 0.75, "pauna": 0.75, "paun": 0.75,
}
PREFIXES: dict[str, float] = {
    "saadhe": 0.5, "sadhe": 0.5, "saade": 0.5, "sade": 0.5, "sawa": 0.25, "swa": 0.25,
    "paune": -0.25, "pone": -0.25, "paone": -0.25, "साढ़े": 0.5, "सवा": 0.25, "पौने": -0.25,
    # as Bengali and Punjabi speakers type them in Hindi chat
    "saadey": 0.5, "sadhey": 0.5, "sowa": 0.25,
}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("किलो", "केजी", "किलोग्राम", "kila"),
    "g": ("ग्राम",),
    "dozen": ("darjan", "darjen", "दर्जन", "दजन"),
    "piece": ("nag", "nang", "पीस", "नग", "peece", "pcs"),
    "litre": ("लीटर", "लिटर"),
    "bunch": (
        "gaddi", "gaddiyan", "gucha", "guchha", "gucchi", "guchhi", "गड्डी", "गुच्छा", "गुच्छी",
        # a bundle of firewood, fodder or sticks: "गट्ठर", "गठरी"
        "गट्ठर", "गठरी", "gatthar",
    ),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "rupaye", "rupaiye", "rupae", "rupaya", "rupaiya", "rupiya", "rupiye", "rupay",
        "rupai", "rupe", "rupye", "rupya", "rupia", "ruppe", "ruppee", "rupayo",
        "रुपये", "रुपए", "रुपया", "रुपय", "रुपयों", "रुपैया", "रुपिया", "रु", "रू", "रुपी",
        "रुपीज़",
    ),
    Cue.PAISE: ("paisa", "paise", "पैसे", "पैसा"),
    Cue.PER: ("prati", "har", "प्रति", "हर", "पर"),
    Cue.LINK: (
        # a time before, not a "last price"
        "pichhli baar", "पिछली बार", "पिछले हफ्ते", "pichhle hafte",
        "nahi to", "warna", "varna", "वरना", "नहीं तो",
        "ka", "ki", "ke", "mein", "me", "main", "mai", "se", "hai", "he", "h", "ko",
        "to", "toh", "bhi", "hisaab", "hisab", "wala", "vala", "vale", "wale", "का",
        "की", "के", "में", "मे", "से", "है", "को", "तो", "भी", "हिसाब", "वाला", "भर",
        "bhar", "ही", "hi", "बस", "bas", "सिर्फ़", "सिर्फ", "sirf", "ji", "जी", "भैया",
        "bhaiya", "bhaiyya", "दीदी", "didi", "arre", "अरे", "yaar", "यार",
    ),
    Cue.EACH: ("ek ka", "ek ke", "ek ki", "har ek", "harek", "एक का", "एक के", "हर एक"),
    # a unit of trade the product does not list (`Cue.MEASURE`): its price is a rate
    Cue.MEASURE: (
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "चक्कर का", "चक्कर के", "ट्रिप का", "ट्रिप के", "ट्रिप", "फेरे का", "फेरा",
        "chakkar ka", "trip ka", "phere ka",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "सवारी का", "प्रति सवारी", "सीट", "प्रति व्यक्ति", "sawari ka", "savari ka", "seat",
        "per head", "किलोमीटर", "किमी", "kilometer", "km", "तोला का", "तोले का",
        "प्रति तोला", "tola ka", "tole ka",
        "क्विंटल", "कुंटल", "मण", "मीटर", "गज", "पेटी", "बॉक्स", "quintal",
        "kuntal", "meter", "gaj", "peti", "फुट", "फ़ुट", "फीट", "फ़ीट", "foot", "feet",
        # a brass of sand or grit (100 cubic feet)
        "ब्रास", "ब्रास का",
        # baskets, pairs, sets, boxes: their price is a rate too
        "डब्बा", "डब्बे", "डिब्बा", "डिब्बे", "टोकरी", "टोकरा", "जोड़ी", "जोड़ा", "सेट",
        "dabba", "dibba", "tokri", "jodi", "jori",
        # a kodi, a score of twenty (kites, bangles): its price is a rate
        "कोड़ी", "कोडी",
        # a gross, twelve dozen: its price is a rate
        "ग्रोस", "ग्रॉस",
        "पेटियाँ", "पेटियां", "टोकरियाँ", "टोकरियां", "जोड़ियाँ", "जोड़ियां",
    ),
    Cue.LOT: (
        "thaila", "thaili", "jhola", "tokri", "tokra", "bori", "peti", "dher", "dheri",
        "packet", "dibba", "थैला", "थैली", "झोला", "टोकरी", "टोकरा", "बोरी", "पेटी", "ढेर",
        "ढेरी", "पैकेट", "डिब्बा", "लॉट",
        # a sack of grain or onions: "कट्टा नौ सौ"
        "कट्टा", "कट्टे", "katta", "ट्रॉली", "trolley",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "aapke liye", "apke liye", "aap ke liye", "tumhare liye", "tere liye", "आपके लिए",
        "आपके लिये", "आप के लिए", "तुम्हारे लिए", "तेरे लिए", "aapke liye bas", "aapko",
        "आपको",
    ),
    Cue.SET: (
        # "let's settle at X": proposes X
        "पक्का करते हैं", "तय करते हैं", "फिक्स करते हैं", "pakka karte hain", "tay karte hain",
        "kar do", "kar dijiye", "kar dijie", "kar dena", "kardo", "kar de", "laga do", "lagao",
        "laga dijiye", "lagaiye", "rakh do", "rakh lo", "कर दो", "कर दीजिए", "कर दीजिये",
        "कर दें", "कर दे", "लगा दो", "लगाओ", "लगाइए", "लगा दीजिए", "रख दो", "रख लो",
    ),
    Cue.TOTAL: (
        "kul", "kul milake", "kul milakar", "sab milake", "sab milakar", "milake",
        "milakar", "sab ka", "sabka", "sab ke", "poora", "pura", "sara", "saara",
        "कुल", "सब मिलाके", "सब मिलाकर", "मिलाके", "मिलाकर", "टोटल", "सब का", "पूरा",
        "पूरी", "पूरे", "सारा", "सारी", "सारे", "puri", "pure", "sari", "sare", "सब", "sab",
        "सारा का सारा", "sara ka sara",
    ),
    Cue.ACCEPT: (
        # as you say, as you wish, your word stands: take it
        "aap jo kaho", "aap jo kahoge", "jo aap kahoge", "jo aap kahen", "जो आप कहें",
        "jaisi aapki marzi", "aapki marzi", "jaisa aap kaho", "jaisa aap kahen", "jo aap bolo",
        "aapki baat rahi", "aap ki baat rahi", "जैसी आपकी मर्ज़ी", "आपकी मर्ज़ी",
        "जैसा आप कहें", "जैसा आप कहो", "जो आप बोलो", "आपकी बात रही", "आपकी बात", "aapki baat",
        # settled (at the price said)
        "तय रहा", "तय है", "tay raha", "tay hai",
        # "chaalis hi sahi": forty it is, then
        "ही सही", "hi sahi",
        "theek hai", "thik hai", "theek he", "thik he", "tik hai", "theek", "thik",
        "chaliye", "chalega", "haan", "han", "haa", "ji haan", "haan ji",
        "pakka", "pukka", "manjur", "sahi hai", "accha", "acha", "achha",
        "ठीक है", "ठीक", "चलिए", "चलेगा", "हाँ", "हां", "हाँ जी", "पक्का", "डन",
        "डील", "ओके", "मंज़ूर", "अच्छा", "सही है",
    ),
    Cue.REJECT: (
        # the goods not wanted: "I don't want (these)"
        "nahi lene", "नहीं लेने", "nahi chahiye mujhe",
        # leaving the goods without a price: "leave it", "rehne do"
        "rehne do", "rehene do", "rahne do", "रहने दो", "रहने दीजिए", "rehne dijiye", "chhodo",
        "chhod do", "छोड़ो", "छोड़ दो", "nahi lena", "नहीं लेना", "aage dekhta", "आगे देखता",
        "आगे देखती", "aage dekhti", "baad mein dekhenge", "बाद में देखेंगे",
        # going to another shop refuses this one's price
        "doosri dukaan", "dusri dukan", "kahin aur", "kahi aur", "दूसरी दुकान",
        "दूसरी दुकान पे", "कहीं और",
        # a loss to the seller: the price is refused
        "ghaata", "ghata", "घाटा", "nuksaan", "nuksan", "नुकसान", "loss",
        "doosri dukaan", "dusri dukan", "दूसरी दुकान", "पड़ता नहीं", "padta nahi", "नहीं पड़ता",
        "mat", "bilkul nahi", "bilkul nahin", "nahi chahiye", "nahin chahiye",
        "kam karo", "kam kijiye", "kam kar do", "kam kardo", "thoda kam", "kuch kam",
        "theek nahi", "thik nahi", "theek nahin", "thik nahin", "ok nahi", "nahi chalega",
        "nahin chalega", "chalega nahi", "deal nahi", "ठीक नहीं", "नहीं चलेगा", "मत",
        "बिल्कुल नहीं", "बिलकुल नहीं", "नहीं चाहिए", "कम करो", "कम कीजिए", "थोड़ा कम",
    ),
    Cue.NEGATION: ("nahi", "nahin", "nai", "nahee", "nhi", "नहीं", "नही", "नहि"),
    Cue.TOO_MUCH: (
        "bahut zyada", "bahut jyada", "bahut hai", "bahut ho gaya", "zyada", "jyada",
        "jada", "mehenga", "mehnga", "बहुत है", "bahot hai",
        "mahanga", "mahenga", "bahut mehenga", "बहुत ज़्यादा", "ज़्यादा", "ज्यादा", "महंगा",
        "मेहंगा", "बहुत महंगा", "लूट", "लूट है", "loot hai",
    ),
    Cue.COMPARATIVE: (
        # "than that": "50, not more than that" holds 50 as a bound
        "usse zyada", "usse jyada", "usse kam", "us se zyada", "is se zyada", "isse jyada",
        "isse upar", "उससे ज़्यादा", "उससे ज्यादा", "उससे कम", "इससे ज्यादा", "इससे ऊपर",
        "se kam", "kam", "se upar", "se niche", "se neeche", "se jyada", "से कम", "कम",
        "से ऊपर", "से नीचे", "se zyada", "se adhik", "से ज़्यादा", "से ज्यादा", "से अधिक",
        "isse kam", "इससे कम", "isse zyada", "इससे ज़्यादा", "neeche", "niche", "नीचे",
    ),
    Cue.QUESTION: (
        # a unit, then "what?": "किलो क्या?" asks its rate
        "किलो क्या", "दर्जन क्या", "kilo kya",
        "kitne", "kitna", "kitni", "kitne ka", "kitne mein", "kya rate", "rate kya",
        "kya price", "price kya", "kya bhav", "bhav kya", "kya daam", "daam kya",
        "kya dam", "dam kya", "कितने", "कितना", "कितनी", "क्या भाव", "भाव क्या",
        "क्या रेट", "रेट क्या", "क्या दाम", "दाम क्या", "kaise diye", "kaise diya",
        "kaise lagaye", "kaise lagaya", "कैसे दिए", "कैसे दिया", "कैसे लगाए", "कैसे लगाया",
        "किस भाव", "kis bhav", "क्या लोगे", "kya loge",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "le jao", "le jaiye", "le jaao", "ले जाओ", "ले जाइए", "ले जाइये", "ले लो", "ले लीजिए",
        "le lo", "le lijiye",
        # "given (at the price)": the deal done, said as the goods change hands
        "de diya", "दे दिया", "diya", "दिया", "de di", "दे दी",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "bol rahe ho", "bol rahe hain", "bol rahe hai", "bolte ho", "bola", "bole",
        "keh rahe ho", "kah rahe ho", "maang rahe ho", "mang rahe ho", "बोल रहे हो",
        "बोल रहे हैं", "बोलते हो", "बोला", "बोले", "कह रहे हो", "माँग रहे हो", "मांग रहे हो",
    ),
    Cue.WEAK_QUESTION: (
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "batao", "bataiye", "बताओ", "बताइए", "bolo", "बोलो",
        "bhav", "daam", "dam", "bhaav", "भाव", "दाम", "रेट", "प्राइस", "kaise", "कैसे",
    ),
    Cue.SOFT_ACCEPT: (
        "chalo", "चलो", "bilkul", "बिल्कुल", "बिलकुल", "लूँगा", "लूंगा", "lunga", "le lunga",
    ),
    Cue.OF: ("ka", "ke", "ki", "का", "के", "की"),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "आखिरी दाम", "आख़िरी दाम", "आखिरी रेट", "akhri daam", "aakhri daam", "akhri rate",
        "fix", "फिक्स", "फिक्स्ड",
        "फाइनल", "फ़ाइनल", "final", "fainal", "aakhri", "akhri", "aakhiri", "antim",
        "आखिरी", "आख़िरी", "अंतिम", "लास्ट", "last", "fixed", "fix rate", "fix price",
        # "lena hai to lo": take it or leave it
        "lena hai to lo", "lena ho to lo", "लेना है तो लो", "लेना हो तो लो",
        "फिक्स रेट", "pakka rate",
        "पक्का रेट",
    ),
    Cue.CAP_BEFORE: (
        "मैक्स", "मेक्स", "मैक्सीमम",
        "zyada se zyada", "jyada se jyada", "ज़्यादा से ज़्यादा", "ज्यादा से ज्यादा",
        "adhik se adhik", "अधिक से अधिक", "maximum", "मैक्सिमम", "kam se kam", "कम से कम",
    ),
    Cue.CAP: (
        "मैक्स", "मेक्स", "मैक्सीमम",
        "tak", "तक", "maximum", "मैक्सिमम",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "खुल्ला", "khulla", "चेंज",
        "chutta", "chhutta", "chutte", "chhutte", "khulle", "thaila", "thaili", "jhola",
        "panni", "polythene", "छुट्टा", "छुट्टे", "खुल्ले", "थैला", "थैली", "झोला", "पन्नी",
        "नोट", "note",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "minit", "minat", "mint", "minute", "ghanta", "मिनिट", "मिन्ट",
        # a bus route: "the 47 bus"
        "वाली बस", "wali bus", "wala bus", "waali bus",
        # a temperature, a school class, a distance or a span of time: "45 degree", "10 class"
        "degree", "degrees", "डिग्री", "class", "क्लास", "कक्षा", "kaksha", "जमात", "किलोमीटर",
        "kilometer", "km", "बरस", "baras", "वर्ष", "घंटा", "ghanta",
        # change for a note, other spellings
        "खुल्ला", "khulla", "चेंज",
        # a day of the month: "the 15th"
        "tarikh", "tareekh", "तारीख", "तारीख़", "तारिख",
        # change handed back
        "wapas", "vapas", "वापस", "chutta", "chhutta", "chhutte", "छुट्टा", "छुट्टे",
        "sadasya", "सदस्य",
        "बच्चे", "bachche", "bacche", "लोग", "log", "baje", "बजे", "subah", "सुबह", "shaam",
        "शाम", "raat", "रात", "minute", "मिनट", "ghante", "घंटे", "din", "दिन", "saal",
        "साल", "mahine", "महीने", "pratishat", "प्रतिशत", "taka", "takka", "टका",
        "टक्का", "fisadi", "feesadi", "फ़ीसदी", "फीसदी", "baar", "बार", "नोट", "note",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "हाईवे", "हाइवे", "हायवे", "एनएच", "राजमार्ग", "highway", "nh",
        # an ordinal ending typed after digits: "10वीं", "5वां"
        "वीं", "वां", "वें", "वी",
        # a school class: "class 8", "कक्षा 10"
        "class", "क्लास", "कक्षा", "kaksha",
        "नंबर", "number", "nambar", "gali", "गली", "दुकान", "dukan", "सुबह", "शाम", "रात",
        "दोपहर", "subah", "shaam",
    ),
}
# fmt: on


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "बस इतना ही", "इतना ही", "bas itna hi", "itna hi", "ही लगेगा", "ही लगेंगे",
    "ही पड़ेगा", "hi lagega", "hi lagenge", "hi padega", "इससे नीचे मत", "isse niche mat",
    "और बात नहीं", "aur baat nahi",
    # "no more talk": "ढाई सौ, आगे कोई बात नहीं", "बात ख़त्म"
    "आगे कोई बात नहीं", "आगे बात नहीं", "aage koi baat nahi", "बात ख़त्म", "बात खत्म",
    "baat khatam", "baat khatm",
    # "enough, done": "बस हो गया"; "nothing past this": "इससे आगे नहीं"; "say nothing
    # more": "अब कुछ मत बोलो"
    "बस हो गया", "बस्स हो गया", "bas ho gaya", "इससे आगे नहीं", "isse aage nahi",
    "अब कुछ मत बोलो", "कुछ मत बोलो", "ab kuch mat bolo",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = (
    "kam",
    "कम",
    "kami",
    "कमी",
    "sasta",
    "sasti",
    "सस्ता",
    "सस्ती",
    "discount",
    "डिस्काउंट",
    "छूट",
    "घटा-",
)
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("aur", "और", "zyada", "jyada", "ज़्यादा", "ज्यादा", "adhik", "अधिक")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = (
    "kya",
    "क्या",
    "doge",
    "दोगे",
    "दोगी",
    "sakte",
    "सकते",
    "sakoge",
    "सकोगे",
    "jayega",
    "जाएगा",
    "जायेगा",
)

# A count written into the hundred or thousand after it: "तीनसौ" 300, "दोहज़ार" 2000
# (read apart, "तीनसौ पचास" would lose the hundreds and read 50).
COMPOUNDS: dict[str, tuple[Part, ...]] = {
    word + scale: (Part(Kind.VALUE, n), Part(Kind.SCALE, size))
    for word, n in HINDI_DEVANAGARI.items()
    if 1 <= n <= 99
    for scale, size in (("सौ", 100), ("हज़ार", 1000), ("हजार", 1000))
    if size == 1000 or n < 20
}

SPEC = LanguageSpec(
    code="hi",
    values={
        **{word: float(v) for v, spellings in HINDI_ROMAN.items() for word in spellings},
        **HINDI_DEVANAGARI,
    },
    scales=SCALES,
    compounds=COMPOUNDS,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    # "do" is also "give" ("de do"), "saath" "with", "ek" the article.
    ambiguous=frozenset(("ek", "do", "saath", "barah", "terah", "एक", "दो")),
    units=UNITS,
    cues=CUES,
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    more_words=MORE_WORDS,
)
