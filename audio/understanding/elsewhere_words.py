"""The words of buying elsewhere, as `audio.understanding.remarks` reads them: another shop or
cart (`OTHER_STEMS`, `PLACE_STEMS`), "elsewhere" itself, "further on" with looking, "from
over there" and "that very place" with a taking verb (`TAKE_STEMS`). Data only."""

from __future__ import annotations

from audio.lexicon import fold

# Buying elsewhere: "another / the next / the neighbouring" and, within two words after
# it, a shop, cart or stall (any case ending: "அடுத்த கடையில", "ಪಕ್ಕದ ಅಂಗಡಿಯಲ್ಲಿ"), or a
# word that says "elsewhere" by itself. "I'll take it from the next cart", "doosri dukaan
# se le lunga", "পাশের দোকান থেকে নেব": a buying verb beside it takes nothing here.
OTHER_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("other", "another", "next", "neighbo", "across"),
    "hi": (
        "doosr",
        "dusr",
        "दूसर",
        "agl",
        "अगल",
        "bagal",
        "बगल",
        "baju",
        "baaju",
        "बाजू",
        "aage",
        "आगे",
        "saamne",
        "samne",
        "सामने",
    ),
    "ta": (
        "பக்கத்து",
        "pakkathu",
        "வேற",
        "vera",
        "veru",
        "அடுத்த",
        "adutha",
        "aduth",
        "எதிர்",
        "எதிர",
        "ethir",
        "edhir",
    ),
    "te": ("పక్క", "pakka", "వేరే", "vere", "ఇంకో", "inko", "ఇంకొక", "ఎదురు", "ఎదుటి", "eduru"),
    "bn": ("পাশের", "pasher", "অন্য", "onno", "anno", "onyo", "উল্টো", "ulto", "সামনের", "samner"),
    "mr": ("दुसऱ्या", "दुसर्या", "dusrya", "पुढच्या", "pudhchya", "बाजूच्या", "bajuchya", "समोर", "samor"),
    "gu": (
        "બીજ",
        "biji",
        "bija",
        "bije",
        "બાજુ",
        "baju",
        "આગળ",
        "aagal",
        "agal",
        "સામે",
        "same",
        "samni",
    ),
    "kn": ("ಪಕ್ಕದ", "pakkada", "ಬೇರೆ", "bere", "ಮುಂದಿನ", "mundina", "ಎದುರ", "edur"),
    "ml": (
        "അടുത്ത",
        "adutha",
        "വേറെ",
        "vere",
        "മറ്റൊരു",
        "mattoru",
        "അപ്പുറത്തെ",
        "എതിര",
        "ethir",
        "opposite",
    ),
    "pa": (
        "ਦੂਜ",
        "dooj",
        "duj",
        "ਅਗਲ",
        "agl",
        "ਹੋਰ",
        "hor",
        "ਅੱਗੇ",
        "agge",
        "ਨਾਲ ਦੀ",
        "ਸਾਹਮਣੇ",
        "samne",
        "saamne",
    ),
}

PLACE_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("shop", "stall", "cart", "store", "market", "vendor", "place", "booth", "kiosk",
           "supermarket", "mall", "dairy"),
    "hi": ("dukaan", "dukan", "दुकान", "thel", "ठेल", "stall", "स्टॉल", "mandi", "मंडी",
           "jagah", "जगह", "gaad", "गाड़"),
    "ta": ("கடை", "kadai", "வண்டி", "vandi", "ஸ்டால்", "மார்க்கெட்", "market", "இடத்"),
    "te": ("కొట్టు", "kottu", "కొట్ల", "kotlo", "kotla", "బండి", "bandi", "షాప్", "షాపు", "shop",
           "దుకాణ", "అంగడి", "angadi", "మార్కెట్", "చోట", "chota"),
    "bn": ("দোকান", "dokan", "ঠেলা", "thela", "গাড়ি", "বাজার", "bajar", "স্টল", "জায়গা"),
    "mr": ("दुकान", "dukan", "गाडी", "gadi", "ठेल", "स्टॉल", "बाजार", "ठिकाण", "गाळ", "gaal",
           "टपरी", "tapri", "मंडई", "mandai"),
    "gu": ("દુકાન", "dukan", "લારી", "lari", "laari", "સ્ટોલ", "બજાર", "જગ્યા", "ઠેકાણ"),
    "kn": ("ಅಂಗಡಿ", "angadi", "ಗಾಡಿ", "gadi", "ಸ್ಟಾಲ್", "ಮಾರ್ಕೆಟ್", "ಕಡೆ", "kade"),
    "ml": ("കട", "kada", "വണ്ടി", "vandi", "സ്റ്റാൾ", "ഷോപ്പ", "ഇടത്ത", "idath"),
    "pa": ("ਦੁਕਾਨ", "dukaan", "dukan", "ਰੇਹੜੀ", "ਰੇੜ੍ਹੀ", "rehri", "ਸਟਾਲ", "ਮੰਡੀ", "ਥਾਂ",
           "ਜਗ੍ਹਾ"),
}  # fmt: skip

ELSEWHERE = frozenset(
    fold(w)
    for w in ("somewhere", "कहीं", "kahin", "kahi", "बाहर", "bahar", "ਕਿਤੋਂ", "kiton")
)  # fmt: skip

ELSEWHERE_ALONE = frozenset(fold(w) for w in ("elsewhere",))

OPPOSITE_AFTER = frozenset(fold(w) for w in ("opposite", "across"))
"""Said after the place: "from the stall opposite"."""

# "Further on" with a verb of looking: "aage dekh lenge", "ਅੱਗੇ ਦੇਖ ਲੈਂਦੇ ਆਂ", "पुढे बघतो"
# (we'll look further on): buying elsewhere, with no shop named.
AHEAD = frozenset(
    fold(w)
    for w in ("aage", "aagey", "आगे", "agge", "age", "ਅੱਗੇ", "ਅਗੇ", "pudhe", "पुढे", "આગળ", "aagal")
)  # fmt: skip

LOOK_STEMS = tuple(
    fold(w) for w in ("dekh", "देख", "ਦੇਖ", "vekh", "ਵੇਖ", "bagh", "बघ", "જો", "joi", "joish")
)  # fmt: skip

# "From over there": a word for that place with "from" in it or right after it, which with
# a taking verb after it ("ওদিক থেকে কিনে নেব", "udhar se le lunga", "ಅಲ್ಲಿಂದ ತಗೋತೀನಿ")
# buys elsewhere.
YONDER_FROM = frozenset(
    fold(w)
    for w in (
        "तिकडून", "tikdun", "तिथून", "tithun", "ત્યાંથી", "tyanthi", "ಅಲ್ಲಿಂದ", "allinda",
        "ಆ ಕಡೆಯಿಂದ", "അവിടുന്ന്", "avidunnu", "അവിടെനിന്ന്", "അപ്പുറത്തുനിന്ന്", "ਉੱਥੋਂ",
        "utthon", "uthon", "ਓਧਰੋਂ", "ਉਧਰੋਂ", "odharon", "udharon", "அங்கிருந்து",
        "angirundhu", "అక్కడ్నుంచి", "అక్కడినుంచి", "akkadninchi", "akkadinunchi", "అటునుంచి",
    )
)  # fmt: skip

YONDER = frozenset(
    fold(w)
    for w in (
        "ওদিক", "ওখান", "ওপাশ", "odik", "okhan", "opash", "udhar", "उधर", "wahan", "वहाँ",
        "vahan", "वहां", "there", "அங்க", "அங்கே", "anga", "ange", "అక్కడ", "akkada",
    )
)  # fmt: skip

FROM = frozenset(
    fold(w)
    for w in (
        "থেকে", "থেকেই", "theke", "thekei", "se", "से", "from", "இருந்து", "irundhu", "నుంచి",
        "నుండి", "nunchi",
    )
)  # fmt: skip

# "That very place" with a taking verb beside it: "அங்கேயே வாங்கிக்கோங்க", "అక్కడే
# కొనుక్కోండి", "ಅಲ್ಲೇ ತಗೊಳ್ಳಿ", "tithech ghya", "वहीं ले लो": buy it there, then.
THERE_ITSELF = frozenset(
    fold(w)
    for w in (
        "वहीं", "wahin", "vahin", "तिथेच", "tithech", "tithe", "तिथे", "அங்கேயே", "angeye",
        "angaye", "అక్కడే", "akkade", "ಅಲ್ಲೇ", "ಅಲ್ಲಿಯೇ", "alle", "alliye", "ওখানেই", "okhanei",
        "ત્યાં", "tyan", "ਉੱਥੇ", "utthe", "അവിടെ", "avide", "അവിടുന്നു",
    )
)  # fmt: skip

TAKE_STEMS = tuple(
    fold(w)
    for w in (
        "take", "buy", "get", "le", "ले", "khareed", "खरीद", "ख़रीद", "কিন", "নেব", "নিয়ে",
        "kine", "nebo", "घे", "ghe", "விக", "வாங்க", "vang", "తీసుకు", "కొన", "teesuk",
        "konu", "લઈ", "લે", "lai", "ખરીદ", "ತಗೋ", "ತೊಗೊ", "ತಗೊ", "ಕೊಳ್ಳ", "tago", "togo",
        "വാങ്ങ", "ਲੈ", "ਖਰੀਦ", "ਖ਼ਰੀਦ",
    )
)  # fmt: skip
