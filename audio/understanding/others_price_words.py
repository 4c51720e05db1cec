"""The words of another seller's price, as `audio.understanding.others_price` reads them: the
endings and words that name a seller (`SELLER_ENDINGS`, `PLACE_SELLERS`), third persons,
demonstratives and persons, verbs of giving or selling (`GIVE_OR_SELL`, `THIRD_VERBS`),
first and second persons and today. Data only."""

from __future__ import annotations

from audio.lexicon import fold

# The endings of a word that names a seller: "sabziwala", "ऑटो वाला", "অটোওয়ালা",
# "रिक्षावाला", "લારીવાળો", "బండివాడు", "ஆட்டோக்காரன்", "ಆಟೋದವನು", "ഓട്ടോക്കാരൻ", "ਰੇਹੜੀ ਵਾਲਾ".
SELLER_ENDINGS = tuple(
    fold(w)
    for w in (
        "wala", "wale", "wali", "vala", "vale", "vali", "वाला", "वाले", "वाली", "वाल्या",
        "ওয়ালা", "ওয়ালি", "ওয়ালারা", "ওয়ালাটা", "વાળો", "વાળા", "વાળી", "వాడు", "వాళ్ళు",
        "వాళ్లు", "క்காரன்", "க்காரன்", "க்காரர்", "க்காரங்க", "க்காரரு", "க்காரி",
        "ದವನು", "ದವರು", "ಯವನು", "ಯವರು", "ಯವ್ನು", "ക്കാരൻ", "ക്കാരന്", "ക്കാരി", "ക്കാർ",
        "ਵਾਲਾ", "ਵਾਲੇ", "ਵਾਲੀ",
        # typed: "kottu vadu", "kadaikaaran", "angadiyavanu"
        "vadu", "vallu", "karan", "karar", "karanga", "yavanu", "yavaru", "davanu",
        # the one at a place, as the doer: "गिरणीवाल्याने", "ઘંટીવાળાએ", "ಮಿಲ್‌ನವರು"
        "वाल्याने", "वालीने", "વાળાએ", "વાળીએ", "ನವರು", "ನವನು",
    )
)  # fmt: skip

# He, she, they; a demonstrative before a person ("that lady", "ആ ചേച്ചി", "அந்த அம்மா").
THIRD = frozenset(
    fold(w)
    for w in (
        "he", "she", "they", "वह", "উনি", "সে", "ওরা", "त्यांनी", "అతను", "ఆమె",
        "వాళ్ళు", "ఆవిడ", "அவன்", "அவர்", "அவங்க", "அவரு", "ಅವನು", "ಅವರು", "ಅವಳು", "അവൻ",
        "അവർ", "അവൾ", "auto", "cart", "colony", "they're", "theyre",
        # typed: "ora", "avanga", "avaru", "avar", "athanu"
        "ora", "uni", "avan", "avar", "avaru", "avanga", "aval", "avalu", "avanu", "athanu",
        "aavida", "vallu", "vaallu",
        # he, she, they as the doer ("उसने … बताया था", "ਉਹਨੇ … ਦੱਸਿਆ ਸੀ", "त्याने")
        "उसने", "उन्होंने", "usne", "unhone", "ਉਹਨੇ", "ਉਹਨਾਂ", "ohne", "ohna", "त्याने",
        "तिने", "tyane", "tine", "તેણે", "એણે", "તેમણે",
        # the shopkeeper: "स्टँडजवळचा दुकानदार … सांगत होता"
        "दुकानदार", "dukandar", "dukaandar", "ਦੁਕਾਨਦਾਰ", "દુકાનદાર", "দোকানদার",
        # a mill, as the one that gave the price ("the mill said 2,800", "কলটা বলল")
        "mill", "mills", "কলটা", "কলওয়ালা",
    )
)  # fmt: skip

DEMONSTRATIVES = frozenset(
    fold(w)
    for w in (
        "that", "those", "ആ", "அந்த", "ಆ", "ఆ", "ওই", "उस", "ਉਸ", "ਉਹ", "પેલા", "વો", "वो",
        "ती", "तो", "પેલો", "પેલી", "aa", "andha", "antha", "oi", "pela", "pelo", "peli",
        "ti", "oh", "vo", "us",
    )
)  # fmt: skip

PERSONS = frozenset(
    fold(w)
    for w in (
        "lady", "man", "guy", "woman", "aunty", "uncle", "ചേച്ചി", "ചേട്ടൻ", "അമ്മ", "அம்மா",
        "அக்கா", "அண்ணன்", "ಹೆಂಗಸು", "ಅಜ್ಜಿ", "ಅಣ್ಣ", "ಅಕ್ಕ", "ఆంటీ", "అక్క", "అన్న",
        "आंटी", "अम्मा", "ਬੀਬੀ", "ਭਾਈ", "মাসি", "কাকু", "মহিলা",
        "मावशी", "काका", "काकू", "मौसी", "કાકા", "કાકી", "মাসিমা", "ਅੰਕਲ", "ಅಂಕಲ್",
        "mashi", "masi", "maushi", "mavshi", "kaka", "kaki", "kaku", "chechi", "chettan",
        "bibi", "bhai", "akka", "anna", "amma", "ajji", "mausi",
    )
)  # fmt: skip

# Before a bare "wala" ("ये वाला", "bada wala", "50 wala") the word picks out goods.
THIS_ONE = frozenset(
    fold(w)
    for w in (
        "ye", "yeh", "yah", "ये", "यह", "वो", "वह", "woh", "wo", "is", "us", "इस", "उस", "ਇਹ",
        "ਉਹ", "ਇਸ", "ਉਸ", "bada", "chhota", "chota", "बड़ा", "छोटा", "ਵੱਡਾ", "ਛੋਟਾ", "हा", "तो",
    )
)  # fmt: skip

# A verb of giving or selling that is no imperative and no "I'll give", as a word's start.
GIVE_OR_SELL = tuple(
    fold(w)
    for w in (
        "gives", "giving", "gave", "sells", "selling", "sold", "देता", "देती", "देते", "दिया",
        "बेच", "deta", "deti", "dete", "diya", "bech", "दे रह", "দিচ্ছ", "দেয়", "দিল",
        "দিয়েছ", "বেচ", "বিক্রি", "देतो", "देत", "विकत", "विकतो", "આપે", "આપત", "વેચ",
        "ఇస్తున్న", "ఇస్తాడ", "ఇస్తార", "ఇచ్చాడ", "ఇచ్చార", "ఇస్తుంది", "అమ్ము", "குடுத்தான",
        "குடுத்தாங்க", "குடுத்தாரு", "குடுக்கிற", "குடுக்குற", "குடுக்கற", "கொடுக்கிற",
        "தர்றா", "தராங்க", "தராரு", "விக்கிற", "ಕೊಡ್ತಾ", "ಕೊಡುತ್ತಾ", "ಕೊಟ್ಟ", "ಮಾರ್ತಾ",
        "ಕೊಡ್ತಿದಾ", "ಕೊಡ್ತಿದ್ದಾ", "ಕೊಡ್ತಿದಾರ", "ಮಾರ್ತಿದಾ",
        "തരുന്ന", "കൊടുക്കുന്ന", "കൊടുത്ത", "വിൽക്കുന്ന", "ਦਿੰਦ", "ਦਿੱਤ", "ਵੇਚ",
        # English "sell" (the stalls sell), Malayalam typed "kodukkunnundu", "tharunnundu"
        "sell", "kodukkunn", "tharunn", "vilkkunn",
        # typed forms of the native stems above, each language
        "bikri", "diyech", "dicch", "dichh", "bechch", "det", "vikt", "vikat", "apto",
        "apti", "apta", "vech", "istunn", "istad", "istar", "ichad", "ichar", "istund",
        "ammu", "kuduth", "kudukir", "kudukur", "kudukar", "tharr", "vikkir", "vikkur",
        "vikkar", "kodta", "kodtha", "koduta", "kodtida", "kodtidda", "marta", "koduth",
        "dind", "vechd", "ditt",
        # saying the price: "ఆ బండి వాళ్ళు 280 అంటున్నారు", "aa vandikkaran 280 parayunnu"
        "says", "saying", "అంటున్న", "antunn", "ಅಂತಿದ್ದಾ", "ಅಂತಿದಾ", "ಅಂತಾರ", "antida",
        "antidda", "antaar", "বলছ", "bolch", "പറയുന്ന", "parayunn", "சொல்றா", "solra",
        "कहत", "म्हणतायत", "सांगतायत", "mhantayt", "sangtayt", "કહે", "kahe",
        # said or told it, in the past: "the Gandhi road shop said 3400", "அந்த கடையில
        # 3400 சொன்னாங்க", "ਉਸ ਦੁਕਾਨ ਤੇ 3400 ਦੱਸਿਆ"
        "said", "told", "quoted", "बोला", "बोले", "बताया", "बताए", "bola", "bataya", "bataye",
        "বলল", "বলেছে", "বললো", "বলেছিল", "bollo", "bolechhe", "boleche", "bolechilo",
        "सांगितल", "म्हणाल", "sangitl", "mhanal", "કીધું", "કીધુ", "કહ્યું", "kidhu", "kahyu",
        "ಹೇಳಿದ", "helid", "പറഞ്ഞു", "paranju", "ਦੱਸਿਆ", "ਦਸਿਆ", "dasya", "dasiya", "dassya",
        "சொன்னாங்க", "சொன்னாரு", "சொன்னான்", "சொன்னாக", "sonnaanga", "sonnanga", "sonnaru",
        "sonnan", "చెప్పారు", "చెప్పాడు", "చెప్పింది", "cheppaaru", "chepparu", "cheppadu",
        # was saying, kept telling, in the past: "ਉਹ 1100 ਕਹਿੰਦਾ ਸੀ", "सांगत होता"
        "ਕਹਿੰਦਾ", "ਕਹਿੰਦੀ", "ਦੱਸਦਾ", "ਦੱਸਦੀ", "ਦਸਦਾ", "ਦਸਦੀ", "kehnda", "kehndi", "dasda",
        "dasdi", "ਦੱਸਦੇ", "ਦਸਦੇ", "ਕਹਿੰਦੇ", "dasde", "kehnde", "बताते", "बताती",
        "batate", "batati", "सांगत", "sangat", "ಹೇಳ್ತಿದ್ರ", "ಹೇಳ್ತಿದ್ದರ", "ಹೇಳ್ತಿದ್ದ", "heltidr", "heltiddr",
        "म्हणत", "mhanat", "keto", "kaheto", "keti", "asking", "asked", "quoting",
        "சொல்லிட்டு", "சொல்லிக்கிட்டு", "sollittu", "ಅಂದಿದ್ದ", "ಅಂದಿದ್ರ", "ಅಂದರು", "ಅಂದ್ರು",
        "andidda", "പറഞ്ഞിരുന്ന", "paranjirunn", "అన్నారు", "అన్నాడు", "annaru", "annadu",
        # typed "he said": Marathi "mhanla", Punjabi "kiha" / "ਕਿਹਾ"
        "mhanla", "mhanle", "mhanali", "ਕਿਹਾ", "kiha", "keha",
    )
)  # fmt: skip

# A seller named by the place: the gate, the depot, online ("ਅਗਲਾ ਡਿਪੂ … ਦਿੰਦਾ", "गेटवरचा
# माणूस … देतोय", "ഗേറ്റിലെ ചേട്ടൻ … തരുന്നുണ്ട്"), with a verb of giving or selling.
PLACE_SELLERS = tuple(
    fold(w)
    for w in (
        "gate", "गेट", "গেট", "ગેટ", "గేటు", "గేట్", "கேட்", "ಗೇಟ್", "ഗേറ്റ", "ਗੇਟ",
        "depot", "डिपो", "डेपो", "ডিপো", "ડેપો", "డిపో", "டிப்போ", "ಡಿಪೋ", "ഡിപ്പോ", "ਡਿਪੂ",
        "online", "ऑनलाइन", "ऑनलाईन", "অনলাইন", "ઓનલાઇન", "ఆన్‌లైన్", "ஆன்லைன்", "ಆನ್‌ಲೈನ್",
        "ഓൺലൈൻ", "ਔਨਲਾਈਨ", "ਆਨਲਾਈਨ", "amazon", "flipkart",
        # another auto stand: "the fellow at the next stand said 150", "स्टँडवाल्याने"
        "stand", "स्टैंड", "स्टँड", "স্ট্যান্ড", "સ્ટેન્ડ", "స్టాండ్", "ஸ்டாண்ட்", "ಸ್ಟ್ಯಾಂಡ್",
        "സ്റ്റാൻഡ", "ਸਟੈਂਡ",
        # a flour, rice or oil mill: "the mill near the bypass said 2,800", "चक्की वाले",
        # "గిరణీ", "மில்லுல", "మిల్లు", "മില്ലിൽ" (never "millilitre")
        "चक्की", "chaki", "गिरणी", "girni", "ਚੱਕੀ", "ઘંટી", "మిల్లు", "மில்லு", "மில்லில",
        "ಮಿಲ್ನ", "ಮಿಲ್ಲಲ್ಲಿ", "മില്ലിൽ", "മില്ലിലെ", "മില്ലുകാര", "আটাকল", "চালকল",
    )
)  # fmt: skip

# Verb forms that say the third person themselves (a phrase of up to three words).
THIRD_VERBS = frozenset(
    fold(w)
    for w in (
        "gives", "sells", "is giving", "is selling", "are giving", "are selling",
        "was giving", "was selling", "देता है", "देती है", "देते हैं", "दे रहा है", "दे रही है",
        "दे रहे हैं", "बेच रहा है", "बेचता है", "deta hai", "deti hai", "de raha hai",
        "de rahi hai", "de rahe hain", "দিচ্ছে", "দেয়", "দিচ্ছিল", "দিয়েছে", "বেচছে", "dicche",
        "देतात", "देत होता", "देत होती", "देत होते", "આપે છે", "આપતો હતો", "આપતા હતા", "આપતી હતી",
        "ape che", "aape chhe", "ఇస్తున్నాడు", "ఇచ్చాడు", "ఇస్తాడు", "ఇస్తుంది", "ఇస్తోంది",
        "ఇచ్చింది", "అమ్ముతున్నాడు", "అమ్ముతాడు", "குடுத்தான்", "குடுக்கிறான்", "குடுக்குறான்",
        "தர்றான்", "தர்றாரு", "தராரு", "குடுக்கிறாங்க", "குடுக்குறாங்க", "தர்றாங்க", "குடுத்தாங்க",
        "குடுத்தாரு", "கொடுக்கிறார்", "விக்கிறான்", "விக்கிறாங்க", "ಕೊಡ್ತಾನೆ", "ಕೊಡ್ತಾರೆ",
        "ಕೊಡ್ತಾಳೆ", "ಕೊಡುತ್ತಾನೆ", "ಕೊಡುತ್ತಾರೆ", "ಕೊಡುತ್ತಾಳೆ", "ಕೊಟ್ಟನು", "ಮಾರ್ತಾನೆ", "ಮಾರ್ತಾರೆ",
        "ਦਿੰਦਾ ਏ", "ਦਿੰਦਾ ਹੈ", "ਦਿੰਦੇ ਨੇ", "ਦਿੰਦੀ ਏ", "ਦੇ ਰਿਹਾ ਏ", "ਦੇ ਰਿਹਾ ਹੈ", "ਦੇ ਰਹੇ ਨੇ",
        "ಕೊಡ್ತಿದಾರೆ", "ಕೊಡ್ತಿದಾನೆ", "ಕೊಡ್ತಿದಾಳೆ", "ಕೊಡ್ತಿದ್ದಾರೆ", "ಕೊಡ್ತಿದ್ದಾನೆ",
        # they (or a seller spoken of with respect) give, sell: plural, honorific,
        # progressive and habitual forms, native and typed
        "they give", "they sell", "dicche", "dichhe", "bechche", "বিক্রি করছে",
        "देतायत", "विकतायत", "विकतात", "देत आहेत", "विकत आहेत", "detayat", "detat",
        "விக்கறாங்க", "விக்குறாங்க", "குடுக்கறாரு", "kudukkaranga", "kudukkuranga",
        "tharranga", "tharaanga", "vikkaranga", "ఇస్తారు", "ఇస్తున్నారు", "అమ్ముతున్నారు",
        "అమ్ముతారు", "istunnaru", "istaru", "ammutunnaru", "આપી રહ્યા છે", "આપી રહ્યો છે",
        "આપી રહી છે", "વેચે છે", "વેચી રહ્યા છે", "aapi rahya che", "ape chhe", "aape che",
        "ಮಾರ್ತಿದ್ದಾರೆ", "ಮಾರ್ತಿದಾರೆ", "kodtare", "kodtidare", "kodtiddare", "maartare",
        "ਵੇਚਦੇ ਨੇ", "ਵੇਚ ਰਹੇ ਨੇ", "dinde ne", "de rahe ne", "vechde ne",
        # each form above in the other script: typed for native, native for typed
        "बेचती है", "बेचती हैं", "बेचते हैं", "बेच रहे हैं", "बेच रही है", "dete hain",
        "bech raha hai", "bech rahe hain", "bechta hai", "bechti hai", "bechte hain",
        "bikri korche", "diyeche", "dicchilo", "det hota", "det hoti", "det hote", "viktat",
        "viktayat", "det ahet", "vikat ahet", "veche che", "veche chhe", "apto hato",
        "apta hata", "apti hati", "istunnadu", "istadu", "ichadu", "istundi", "istondi",
        "ichindi", "ammutunnadu", "ammutadu", "ammutundi", "ammutaru", "kuduthan",
        "kudukuran", "kudukiran", "tharran", "tharraru", "tharaaru", "kuduthanga",
        "kudutharu", "vikkiran", "vikkuranga", "vikkiranga", "kodtane", "kodtale",
        "kodtidane", "kodtiddane", "maartane", "kodutthare", "kodutthane", "dinda ae",
        "dinda hai", "dindi ae", "de riha ae", "de reha ae", "vechde ne", "vechdi ae",
        "vechda ae", "dinda aa", "dindi aa", "dinde aa", "ਦਿੰਦਾ ਆ", "ਦਿੰਦੀ ਆ", "ਦਿੰਦੇ ਆ",
        "ਵੇਚਦਾ ਏ", "ਵੇਚਦੀ ਏ", "ਵੇਚ ਰਿਹਾ ਏ", "বিক্রি করে", "বিক্রি করছিল",
        "વેચતો હતો", "ఇస్తాడు", "అమ్ముతుంది", "విక్రయిస్తున్నారు",
        # a tailor or another craftsman stitches (for a price): "the tailor on our street
        # stitches it for 200"
        "सिलता है", "सिलते हैं", "सिल देता है", "सिल देते हैं", "silta hai", "silte hain",
        "ಹೊಲೀತಾರೆ", "ಹೊಲಿತಾರೆ", "ಹೊಲೀತಾನೆ", "ಹೊಲಿತಾನೆ", "ಹೊಲಿಯುತ್ತಾರೆ", "holitare",
        "holeetare", "தைக்கிறாங்க", "தைக்கறாங்க", "தைக்கிறாரு", "தைச்சு தர்றாங்க",
        "thaikkiraanga", "కుడతారు", "కుడుతున్నారు", "కుడతాడు", "kudataru",
        "সেলাই করে দেয়", "সেলাই করে দিচ্ছে", "shelai kore dey", "शिवतात", "शिवून देतात",
        "shivtat", "સીવે છે", "સીવી આપે છે", "sive chhe", "തയ്ച്ചു കൊടുക്കുന്നുണ്ട്",
        "തയ്ക്കുന്നുണ്ട്", "ਸਿਉਂਦਾ ਆ", "ਸੀਉਂਦਾ ਆ", "ਸਿਉਂਦੇ ਨੇ", "ਸੀਉਂਦੇ ਨੇ", "siunda aa",
        # they say (the price): native and typed
        "says", "is saying", "are saying", "they say", "అంటున్నారు", "అంటున్నాడు",
        "antunnaru", "antunnadu", "ಅಂತಿದ್ದಾರೆ", "ಅಂತಿದಾರೆ", "ಅಂತಾರೆ", "antidaare", "antidare",
        "antiddare", "antaare", "বলছে", "bolche", "bolchhe", "പറയുന്നു", "parayunnu",
        "சொல்றாங்க", "சொல்றான்", "solraanga", "solranga", "म्हणतायत", "सांगतायत", "mhantayt",
        "sangtayt", "કહે છે", "kahe che", "kahe chhe", "बोल रहे हैं", "बोल रहा है",
        "कह रहे हैं", "कह रहा है", "bol rahe the", "bol raha tha", "keh rahe the",
        "ਕਹਿ ਰਹੇ ਨੇ", "ਕਹਿੰਦੇ ਨੇ", "keh rahe ne", "kehnde ne",
        "ਕਹਿੰਦੇ ਸੀ", "ਕਹਿੰਦੇ ਸਨ", "kehnde si", "ਦੱਸਦੇ ਸੀ", "dasde si",
        # they take (a fare, a charge): "দিনে দেড়শো নেয়", "పగలు నూట యాభై తీసుకుంటారు"
        "নেয়", "নিচ্ছে", "ney", "తీసుకుంటారు", "తీసుకుంటాడు", "teesukuntaru", "घेतात",
        "ghetat", "લે છે", "le che", "le chhe", "ਲੈਂਦੇ ਨੇ", "ਲੈਂਦਾ ਏ", "lainde ne",
        "வாங்கினாங்க", "வாங்குவாங்க", "வாங்கறாங்க", "vanginanga", "vanguvanga",
    )
)  # fmt: skip

# "I", "we", "me": the speaker's own price.
FIRST = frozenset(
    fold(w)
    for w in (
        "i", "i'll", "i'm", "we", "me", "मैं", "मै", "हम", "আমি", "আমরা", "मी", "आम्ही",
        "હું", "અમે", "నేను", "మేము", "நான்", "நா", "நாங்க", "ನಾನು", "ನಾವು", "ഞാൻ", "ഞങ്ങൾ",
        "ਮੈਂ", "ਅਸੀਂ", "हूँ", "हूं", "hoon", "hun",
        # typed: "hum tees mein bechte hain", "amra", "memu", "njangal"
        "hum", "main", "mai", "ami", "amra", "mi", "amhi", "hu", "ame", "nenu", "memu",
        "naan", "nanga", "naanu", "navu", "njan", "njangal", "asin", "asi",
        # typed Tamil "my" and first-person giving ("en kadaila 40-ku tharen")
        "en", "ennoda", "tharen", "tharren", "tharom", "kudukuren", "kudukkuren", "kodukkaren",
    )
)  # fmt: skip

# "You": the listener's own price put back ("మీరు అరవైకి ఇస్తారు కదా"), not another's.
SECOND = frozenset(
    fold(w)
    for w in (
        "you", "आप", "तुम", "तुम्ही", "tumhi", "aap", "আপনি", "তুমি", "apni", "તમે", "tame",
        "మీరు", "meeru", "நீங்க", "நீங்கள்", "ನೀವು", "neevu", "നിങ്ങൾ", "ਤੁਸੀਂ", "tusi",
    )
)  # fmt: skip

# "Today": "baju valo 280 ma aape chhe aaj", "ఈరోజు", "இன்னைக்கு", "ഇന്ന്", "ਅੱਜ".
TODAY = frozenset(
    fold(w)
    for w in (
        "today", "aaj", "aj", "आज", "আজ", "আজকে", "aajke", "આજે", "આજ", "aaje", "ఈరోజు",
        "eeroju", "ఈ", "రోజు", "இன்னைக்கு", "இன்று", "innaikku", "innaiku", "ಇವತ್ತು",
        "ivattu", "ഇന്ന്", "innu", "ਅੱਜ", "ajj",
    )
)  # fmt: skip
