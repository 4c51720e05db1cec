"""The words of a recalled price, as `audio.understanding.recalled` reads them: the past
(`PAST`), another seller or place (`ELSEWHERE_STEMS`), why (`WHY`), what the speaker said or
proposed before (`I_SAID_STEMS`, `PROPOSE_STEMS`) and asking (`ASK_STEMS`). Data only."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding import said
from audio.understanding.placed import BESIDE_STEMS

# Words of the past that date a price: yesterday, last week/time, earlier, before.
PAST = frozenset(
    fold(w)
    for w in (
        "yesterday", "earlier", "before", "ago", "last week", "last time", "last month",
        "kal", "कल", "pehle", "पहले", "pahle", "pichhle", "pichle", "पिछले", "पिछली",
        "pichhli", "pichli",
        "কাল", "কালকে", "kalke", "গতকাল", "gotokal", "আগে", "age", "গত", "goto", "gato",
        "काल", "kaal", "आधी", "aadhi", "adhi", "पहिले", "pahile", "पूर्वी", "purvi", "मागच्या",
        "magchya", "मागील",
        "કાલે", "kale", "ગઈકાલે", "gaikale", "પહેલાં", "પહેલા", "pehla", "pehlan", "ગયા",
        "ગયે", "ગઈ",
        "ਕੱਲ੍ਹ", "ਕੱਲ", "ਕਲ", "kall", "ਪਹਿਲਾਂ", "ਪਿਛਲੇ", "ਪਿਛਲੀ",
        "నిన్న", "ninna", "ముందు", "mundu", "పోయిన", "poyina", "క్రితం",
        "நேத்து", "நேற்று", "nethu", "netthu", "nethiku", "முன்னாடி", "munnadi", "போன",
        "pona", "முன்னே",
        "ನಿನ್ನೆ", "ninne", "ಮುಂಚೆ", "munche", "ಹೋದ", "hoda", "ಹಿಂದಿನ", "hindina",
        "ഇന്നലെ", "innale", "മുമ്പ്", "മുൻപ്", "munpu", "mumbu", "കഴിഞ്ഞ", "kazhinja",
        # the day before yesterday, and "last time" said as one word
        "day before", "day before yesterday", "परसों", "parson", "parso", "ਪਰਸੋਂ", "parson",
        "మొన్న", "monna", "పోయినసారి", "poyinasari", "పోయినసారి", "పరశు", "পরশু", "porshu",
        "গতবার", "gotobar", "আগেরবার", "agerbar", "परवा", "parva", "પરમ દિવસે", "પરમદિવસે",
        "param divase", "ಮೊನ್ನೆ", "monne", "മിനിഞ്ഞാന്ന്", "minhanne", "முந்தாநேத்து",
        "munthanethu",
        # "till yesterday" said as one word: "कालपर्यंत", "నిన్నటివరకు", "ನಿನ್ನೆವರೆಗೆ"
        "कालपर्यंत", "kalparyant", "నిన్నటి", "నిన్నటివరకు", "నిన్నటిదాకా", "ninnati",
        "ನಿನ್ನೆವರೆಗೆ", "ನಿನ್ನೆವರೆಗೂ", "ninnevarege", "કાલ",
        # another seller named by a phrase: "the one next door"
        "bagal wala", "bagal vala", "ਨਾਲ ਵਾਲਾ", "ਨਾਲ ਵਾਲੇ", "nal vala", "nal wala",
        # a year, month or season ago: "last year", "ಕಳೆದ ವರ್ಷ", "ગયા વર્ષે"
        "years back", "year back", "months back", "month back", "weeks back", "days back",
        "last year", "last season", "last summer", "last winter", "ಕಳೆದ", "kaleda", "kalеda",
        "gaya varshe", "gaya mahine", "gaye varse", "pichhle baras", "pichle baras",
        *(f"last {day}" for day in ("sunday", "monday", "tuesday", "wednesday", "thursday",
                                    "friday", "saturday")),
    )
)  # fmt: skip

# Another seller's price: a shop, stall, cart or market word (as a word's start, so that
# case endings stay on: "கடையில", "షాపులో", "দোকানে"), or everyone else. Stems that begin
# other words are written whole ("கடையில", not "கடை", which begins "கடைசி", last).
ELSEWHERE_STEMS = (
    *(
        fold(w)
        for w in (
            "shop", "stall", "market", "bazar", "mandi", "vendor", "corner", "everyone",
            "everybody", "dukan", "दुकान", "मंडी", "बाज़ार", "बाजार", "ठेले", "rehdi", "rehri",
            "கடையில", "கடைல", "கடைக்காரர", "மார்க்கெட்", "சந்தையில", "எல்லாரும்", "எல்லோரும்",
            "కొట్లో", "కొట్టులో", "షాప", "దుకాణ", "మార్కెట్", "అందరూ", "బండి",
            "দোকান", "বাজার", "সবাই", "sobai",
            "शेजारच्या", "बाजारात", "गाडीवर", "सगळीकडे", "dukanat", "bajarat",
            "દુકાન", "બજાર", "લારી", "બધા", "bajar", "બાજુવાળ", "bajuval",
            "ಅಂಗಡಿ", "ಅಂಗಡೀ", "ಮಾರ್ಕೆಟ್", "ಗಾಡಿ", "ಎಲ್ಲರೂ", "ಎಲ್ಲಾರೂ", "angadi",
            "കടയിൽ", "കടയില്", "മാർക്കറ്റ", "ചന്തയിൽ", "എല്ലാവരും", "kadayil",
            # in town, in the city: "ടൗണിൽ എൺപതിന് കിട്ടും"
            "ടൗണിൽ", "ടൗണില്", "ടൌണിൽ", "ടൌണില്", "പട്ടണത്തിൽ", "സിറ്റിയിൽ", "townil",
            "ਦੁਕਾਨ", "ਮੰਡੀ", "ਰੇਹੜੀ", "ਬਾਜ਼ਾਰ", "ਬਜ਼ਾਰ", "ਸਾਰੇ",
            # over there: "उधर तीस का मिल रहा है", "అక్కడ ముప్పైకి ఇస్తున్నారు", "ওদিকে"
            "उधर", "वहाँ", "वहां", "అక్కడ", "அங்க", "ಅಲ್ಲಿ", "അവിടെ", "ওখানে", "ওদিকে", "तिकडे",
            "ત્યાં", "ਓਥੇ", "ਉੱਥੇ", "ਉਥੇ",
            # typed: a cart, a shop with its case ending ("lari vala", "kadaila")
            "lari", "kadaila", "kadaile", "kadayila", "kottulo", "kotlo", "dokane", "dukane",
            # a stall ("स्टॉलवर"); Malayalam typed "avide"
            "स्टॉल", "avide",
            # a co-operative society, a town or city: another seller's price wherever
            # it is named ("సొసైటీలో", "सोसाइटी में", "in town"). Not "wholesale": a
            # wholesale rate is asked of this seller ("होलसेल में कितने का दोगे?")
            "society", "societies", "co-op", "cooperative", "town",
            "city", "सोसाइटी", "सोसायटी", "सहकारी", "शहर", "सोसायटीत", "शहरात",
            "సొసైటీ", "సొసైటి", "టౌన్", "పట్నం", "పట్టణం", "సొసైటీలో",
            "சொசைட்டி", "சொசைட்டில", "டவுன்", "டவுனில", "டவுன்ல", "நகரத்தில",
            "সোসাইটি", "সমবায়", "শহরে", "টাউনে",
            "સોસાયટી", "સોસાયટીમાં", "મંડળી", "શહેર", "ટાઉન",
            "ಸೊಸೈಟಿ", "ಟೌನ್", "ಪಟ್ಟಣ", "ಸಿಟಿ",
            "സൊസൈറ്റി", "സഹകരണ",
            "ਸੁਸਾਇਟੀ", "ਸੋਸਾਇਟੀ", "ਸ਼ਹਿਰ",
            # in the village, where the word carries "in" ("ఊర్లో", "गावात", "ಊರಲ್ಲಿ")
            "ఊర్లో", "ఊళ్ళో", "ఊరిలో", "గ్రామంలో", "పల్లెలో", "ஊர்ல", "ஊரில", "கிராமத்தில",
            "গ্রামে", "गावात", "गावाकडे", "ગામમાં", "ಊರಲ್ಲಿ", "ಊರಿನಲ್ಲಿ", "ಹಳ್ಳಿಯಲ್ಲಿ",
            "ഗ്രാമത്തിൽ", "നാട്ടിൽ", "gavat",
        )
    ),
    # beside, across, opposite, a neighbour, near the station: the words `placed` reads
    *BESIDE_STEMS,
)  # fmt: skip

# "Why", "how come", "what is this": the present price questioned.
WHY = frozenset(
    fold(w)
    for w in (
        "why", "how come", "what's this", "what is this", "whats this",
        "kyun", "kyon", "kyu", "क्यों", "क्यूँ", "क्यूं", "ye kya", "yeh kya", "ये क्या",
        "यह क्या", "kaise", "कैसे",
        "কেন", "keno", "keno", "eta ki", "এটা কী", "এটা কি", "কী ব্যাপার", "ki byapar",
        "का", "ka", "कशाला", "kashala", "कसे", "kase", "हे काय", "he kay", "he kaay",
        "કેમ", "kem", "આ શું", "aa shu", "aa su",
        "ਕਿਉਂ", "ਕਿਓਂ", "kyon", "ਇਹ ਕੀ", "eh ki",
        "ఎందుకు", "enduku", "ఇదేంటి", "identi", "ఏంటి", "enti",
        "ஏன்", "yen", "ean", "என்ன இது", "இது என்ன", "enna idhu", "idhu enna",
        "ಯಾಕೆ", "ಯಾಕ್", "yaake", "yake", "yaak", "ಇದೇನು", "ಏನಿದು", "idenu", "enidu",
        "എന്താ", "എന്തിന്", "എന്താണ്", "enthaa", "entha", "enthina", "enthinu", "ഇതെന്താ",
        "ithentha",
    )
)  # fmt: skip

# "I said", "I told", "I quoted": a price said before, as a word's start ("சொன்னேன்",
# "বলেছিলাম", "ಹೇಳಿದ್ದೆ"), beside the "(you) said" forms of `said`; the price after it is
# the one said now ("I said 60, for you 55").
I_SAID_STEMS = (
    *said.SAID_STEMS,
    *(
        fold(w)
        for w in (
            "said", "told", "quoted", "म्हटल", "mhatl", "சொன்னேன்", "sonnen", "చెప్పాను",
            "చెప్పా", "అన్నాను", "cheppanu", "বলেছি", "বললাম", "বলেছিলাম", "bolechi", "bollam",
            "helid", "paranj",
        )
    ),
)  # fmt: skip

# A proposal put as a question, said right after the price: "will you charge / give /
# make it ...?" ("पचपन लगाओगे?", "அம்பத்தஞ்சுக்கு தருவீங்களா?", "ఇస్తారా?", "করবেন?",
# "लावाल का?", "કરશો?", "ಕೊಡ್ತೀರಾ?", "തരുമോ?", "ਲਾਓਗੇ?"), as a word's start.
PROPOSE_STEMS = tuple(
    fold(w)
    for w in (
        "लगाओग", "लगा दोग", "दोग", "दे दोग", "करोग", "कर दोग", "लगाएंग", "लगाएँग",
        "தருவ", "குடுப்ப", "கொடுப்ப", "தர்றீ", "பண்ணுவ", "போடுவ",
        "ఇస్తా", "ఇస్తావ", "చేస్తా", "పెడతా", "ఇవ్వగల",
        "করবে", "দেবে", "দিবে", "দেবেন", "দিবেন", "লাগাবে",
        "लावाल", "द्याल", "कराल", "लावणार", "देणार", "करणार",
        "કરશ", "આપશ", "લગાવશ", "રાખશ",
        "ಕೊಡ್ತೀ", "ಕೊಡುತ್ತೀ", "ಮಾಡ್ತೀ", "ಹಾಕ್ತೀ", "ಕೊಡ್ತಿ",
        "തരുമോ", "തരാമോ", "ആക്കുമോ", "ചെയ്യുമോ", "തരുവോ",
        "ਲਾਓਗ", "ਦਿਓਗ", "ਕਰੋਗ", "ਲਾ ਦਿਓਗ", "ਲਾਉਗ",
    )
)  # fmt: skip

# A verb asking for the price after the question, as a word's start: "make it", "give it
# for", "लगा दो", "लावा", "ਕਰ ਦਿਓ", "குடுங்க", "ત્રણસો વીસ કરો", "নব্বই দিন".
ASK_STEMS = tuple(
    fold(w)
    for w in (
        "make", "give", "do it", "take", "put", "let",
        "दे", "दो", "दीजिए", "दीजिये", "कर", "लगा", "लो", "लीजिए", "द्या", "लावा", "करा", "घ्या",
        "கொடு", "குடு", "போடு", "பண்ணு", "ఇవ్వ", "ఇయ్య", "ఇచ్చే", "చేయ", "చెయ్య", "పెట్ట",
        "দিন", "দাও", "দে", "করুন", "করো", "করে দিন", "নিন", "રાખો", "આપો", "આપી", "કરો", "કરી",
        "લગાવ", "ಕೊಡಿ", "ಕೊಡು", "ಮಾಡಿ", "ಹಾಕಿ", "തരൂ", "താ", "തര", "ആക്ക", "ਦਿਓ", "ਦੇ", "ਕਰ",
        "ਲਾ", "ਲਗਾ", "de do", "kar do", "laga do", "dedo", "karo", "kodi", "kudunga", "dyaa",
        "lava", "aapo", "karo", "dao", "din",
    )
)  # fmt: skip
