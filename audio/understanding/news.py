"""The market's news told as small talk: the weather, the crowd, the traffic, a late lorry,
less stock come in, and "that's why" it is dear. "Kaalaila mazhai, adhan kootam illa" (it
rained this morning, that's why there's no crowd), "ivattu traffic jaasti, lorry late
aaytu": the "no", "less" or "too much" in it is about the market, not the deal, so
nothing is refused or agreed to. A refusal that takes or gives nothing still refuses:
"too costly, that's why I won't take it", "it rained, so make it less"."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.complaints import _WEATHER_STEMS, refuses_taking
from audio.understanding.moves import _GIVE_WORDS, _OWN_GIVE_WORDS
from audio.understanding.reading import _Reading

# "That's why", "so", "because": a clause that explains.
_BECAUSE = tuple(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        "that's why", "thats why", "that is why", "because", "so", "hence",
        "isliye", "isiliye", "इसलिए", "इसलिये", "इसीलिए", "kyunki", "क्योंकि", "tabhi", "तभी",
        "adhan", "athan", "அதான்", "அதனால", "அதனால்", "adhanala", "adhanaala", "athanala",
        "அதுனால", "adhunaala", "ஏன்னா", "enna na",
        "అందుకే", "anduke", "అందుకని", "andukani", "కాబట్టి", "kabatti", "ఎందుకంటే",
        "endukante",
        "তাই", "tai", "সেজন্য", "সেই জন্য", "কারণ", "karon", "ei jonno", "এই জন্য",
        "म्हणून", "म्हणुन", "mhanun", "mhanoon", "त्यामुळे", "tyamule", "कारण", "karan",
        "એટલે", "etle", "એટલા માટે", "etla mate", "કારણ કે", "karan ke", "તેથી", "tethi",
        "ಅದಕ್ಕೆ", "ಅದಕ್ಕೇ", "adakke", "ಹಾಗಾಗಿ", "haagaagi", "hagagi", "ಯಾಕಂದ್ರೆ", "yakandre",
        "ಆದ್ದರಿಂದ",
        "അതുകൊണ്ട്", "അതുകൊണ്ടാ", "athukond", "athukondu", "athukonda", "അതോണ്ട്", "athond",
        "കാരണം", "karanam",
        "ਇਸ ਲਈ", "ਇਸਲਈ", "is layi", "is lai", "ਏਸ ਕਰਕੇ", "ਇਸ ਕਰਕੇ", "is karke", "ਕਿਉਂਕਿ",
        "kyonki",
    )
)  # fmt: skip

# What the market's news is about besides the weather: the crowd and customers, the
# traffic, the lorry and its load, being late, the stock come in.
_NEWS_STEMS = tuple(
    fold(w)
    for w in (
        "crowd", "rush", "customer", "traffic", "lorry", "truck", "stock", "supply",
        "arrival",
        "bheed", "bhid", "भीड़", "भीड", "grahak", "ग्राहक", "ट्रैफिक", "ट्रैफ़िक", "जाम",
        "लॉरी", "ट्रक", "der se", "देर से", "आवक", "aavak",
        "கூட்டம்", "கூட்டமே", "kootam", "koottam", "கஸ்டமர்", "டிராபிக்", "ட்ராஃபிக்",
        "லாரி", "லோடு", "ஸ்டாக்", "சரக்கு", "sarakku", "வரத்து", "varathu",
        "రద్దీ", "raddi", "జనం", "janam", "గిరాకీ", "giraki", "ట్రాఫిక్", "లారీ", "లోడ్",
        "సరుకు", "saruku", "స్టాక్",
        "ভিড়", "bhir", "খদ্দের", "khodder", "ট্রাফিক", "জ্যাম", "লরি", "ট্রাক",
        "দেরি", "deri", "স্টক", "আমদানি", "amdani",
        "गर्दी", "gardi", "गिऱ्हाईक", "गिऱ्हाइक", "ट्रॅफिक", "ट्राफिक", "उशीर", "ushir",
        "आवक",
        "ભીડ", "ઘરાક", "gharak", "ગિરાકી", "ટ્રાફિક", "ટ્રક", "લોરી", "મોડું",
        "modu", "આવક",
        "ಜನ ಇಲ್ಲ", "ರಶ್", "ಗಿರಾಕಿ", "giraaki", "ಟ್ರಾಫಿಕ್", "traffic", "ಲಾರಿ", "ಲೋಡ್",
        "ಸ್ಟಾಕ್", "ಸರಕು", "saraku",
        "തിരക്ക്", "thirakk", "ആളില്ല", "aalilla", "ട്രാഫിക്", "ലോറി", "lori", "ലോഡ്",
        "വൈകി", "vaiki", "സ്റ്റോക്ക്", "ചരക്ക്", "charakk",
        "ਭੀੜ", "ਗਾਹਕ", "gahak", "gaahak", "ਟ੍ਰੈਫਿਕ", "ਟ੍ਰੈਫ਼ਿਕ", "ਟਰੱਕ", "ਲਾਰੀ",
        "ਦੇਰ", "ਸਟਾਕ",
        # the day's first sale or any sale: "not a single sale yet", "बोहनी नहीं हुई"
        "sale", "bohni", "bohani", "boni", "बिक्री", "बोहनी", "बोनी", "বিক্রি", "বউনি",
        "বিক্রিবাটা", "விற்பனை", "போணி", "போனி", "బోణీ", "బోణి", "అమ్మకం", "విక్రయ", "विक्री",
        "વેચાણ", "બોણી", "વકરો", "ಬೋಣಿ", "ಮಾರಾಟ", "ബോണി", "വിൽപ്പന", "വില്പന", "ਵਿਕਰੀ",
        "ਬੋਹਣੀ", "ਬੋਹਨੀ",
        # nothing sold: "एक किलो भी नहीं बिका", "ਇੱਕ ਕਿੱਲੋ ਵੀ ਨਹੀਂ ਵਿਕਿਆ" (past, not "won't sell")
        "nothing sold", "not sold", "haven't sold", "havent sold", "hasn't sold",
        "नहीं बिका", "नहीं बिकी", "nahi bika", "nahi biki", "nahin bika", "ਵਿਕਿਆ", "વેચાયું",
        "વેચાયો", "विकलं", "विकले",
        "விக்கல", "விற்கல", "అమ్ముడుపోలేదు", "ವಿಕ್ಕಿಲ್ಲ", "വിറ്റില്ല",
    )
)  # fmt: skip


# The boats come in and the auction held: a fish market's news ("the boat hasn't come
# yet, auction in a while", "बोट अजून आली नाही", "હોડી હજુ આવી નથી"), as whole words
# with their case endings (Marathi "नाव" is also a name, Bengali "নিলাম" also "I took":
# neither is here).
_BOATS_AUCTIONS = frozenset(
    fold(w)
    for w in (
        "boat", "boats", "trawler", "auction", "बोट", "होडी", "होड्या",
        "नीलामी", "लिलाव", "लिलावा", "હોડી", "હોડીઓ", "બોટ", "હરાજી", "લિલામ", "নৌকা",
        "নৌকো", "ট্রলার", "বোট", "படகு", "படகுகள்", "ஏலம்", "పడవ", "పడవలు", "బోటు",
        "బోట్లు", "వేలం", "ದೋಣಿ", "ಬೋಟ್", "ಬೋಟು", "ಹರಾಜು", "വള്ളം",
        "വള്ളങ്ങൾ", "ബോട്ട്", "ലേലം", "ਕਿਸ਼ਤੀ", "ਬੇੜੀ", "ਨਿਲਾਮੀ",
    )
)  # fmt: skip


# A festival: "everything got dear for Diwali" is the season's news, no price asked.
_FESTIVALS = tuple(
    fold(w)
    for w in (
        "diwali", "deepavali", "festival", "holi", "dussehra", "navratri", "pongal", "onam",
        "sankranti", "ugadi", "christmas", "दिवाली", "दीवाली", "होली", "दशहरा", "नवरात्र",
        "त्योहार", "त्यौहार", "tyohar", "தீபாவளி", "பொங்கல்", "பண்டிகை", "దీపావళి",
        "సంక్రాంతి", "ఉగాది", "పండగ", "పండుగ", "ದೀಪಾವಳಿ", "ಯುಗಾದಿ", "ಹಬ್ಬ", "ദീപാവലി",
        "ഓണ", "വിഷു", "ഉത്സവ", "দিওয়ালি", "পুজো", "পূজো", "পুজা", "পূজা", "উৎসব", "pujo",
        "दिवाळी", "दिवाळ", "गणपती", "सण", "દિવાળી", "નવરાત્રી", "તહેવાર", "ਦੀਵਾਲੀ",
        "ਲੋਹੜੀ", "ਤਿਉਹਾਰ",
    )
)  # fmt: skip


# The weather besides rain and heat: fog, cold, wind, a storm.
_FOG_COLD_WIND = tuple(
    fold(w)
    for w in (
        "fog", "foggy", "mist", "cold", "chilly", "wind", "windy", "storm", "humid",
        "कोहरा", "kohra", "kohraa", "धुंध", "ठंड", "ठंडी", "thand", "thandi", "हवा", "hawa",
        "आंधी", "aandhi", "तूफान", "toofan",
        "பனி", "pani", "குளிர்", "kulir", "காத்து", "kaathu", "புயல்",
        "పొగమంచు", "pogamanchu", "మంచు", "manchu", "చలి", "chali", "గాలి", "gaali",
        "কুয়াশা", "kuyasha", "kuasha", "ঠান্ডা", "thanda", "শীত", "sheet", "হাওয়া", "ঝড়",
        "धुकं", "धुके", "dhuka", "dhuke", "थंडी", "vaara", "वारा",
        "ધુમ્મસ", "dhummas", "ઠંડી", "પવન", "pavan",
        "ಮಂಜು", "manju", "ಚಳಿ", "ಗಾಳಿ",
        "മഞ്ഞ്", "manj", "തണുപ്പ്", "thanupp", "കാറ്റ്", "kaatt",
        "ਧੁੰਦ", "dhund", "ਠੰਡ", "ਠੰਢ", "ਹਵਾ",
    )
)  # fmt: skip

# "Nobody came", "no one is coming": the crowd's news, with a word of coming after it.
_NOBODY = frozenset(
    fold(w)
    for w in (
        "nobody", "noone", "कोई", "koi", "யாரும்", "yaarum", "yarum", "ఎవరూ", "evaru",
        "কেউ", "keu", "कोणी", "कुणी", "kuni", "koni", "કોઈ", "ಯಾರೂ", "yaaru", "ആരും", "aarum",
        "ਕੋਈ",
    )
)  # fmt: skip
_COMING = tuple(
    fold(w)
    for w in (
        "came", "come", "aaya", "aaye", "aai", "आया", "आए", "आई", "வர", "varal", "varala",
        "రాలే", "raled", "raale", "আস", "ashe", "ase", "आल", "aal", "આવ", "aav", "ಬಂದ",
        "band", "വന്ന", "vann", "ਆਇ", "aay",
    )
)  # fmt: skip
_COME = frozenset(fold(w) for w in ("आ", "aa", "ਆ", "ala", "रा", "రా"))


def nobody_came(words: list[str]) -> bool:
    """ "Nobody came till ten", "ਕੋਈ ਨਹੀਂ ਆਇਆ", "యారూ బందిల్ల": no customers yet."""
    return any(
        w in _NOBODY and any(v.startswith(_COMING) or v in _COME for v in words[k + 1 : k + 4])
        for k, w in enumerate(words)
    )


# Being late, said as a word of its own ("lorry late aaytu"): "later" puts buying off.
_LATE = frozenset(fold(w) for w in ("late", "लेट", "லேட்", "లేట్", "লেট", "ಲೇಟ್", "ലേറ്റ്", "ਲੇਟ", "લેટ"))


# Less of what came in or is there: "less fish came", "stock kammi bandide".
_CAME = (
    *_NEWS_STEMS,
    *(
        fold(w)
        for w in (
            "came", "come", "aaya", "aayi", "आया", "आई", "aaye", "आए", "வந்த", "vandh",
            "vanth", "వచ్చ", "vachch", "vachi", "এসে", "এল", "আসে", "ese", "elo", "ase",
            "आल", "aal", "આવ", "aav", "ಬಂತು", "ಬಂದ", "bant", "band", "വന്ന", "vann",
            "ਆਇ", "ਆਈ", "aai", "ಇದೆ", "ide", "ఉంది", "undi", "আছে", "ache", "आहे", "ahe",
            "છે", "che", "ਹੈ", "hai", "है", "ഉണ്ട്", "und", "இருக்கு", "irukku",
        )
    ),
)  # fmt: skip
_NOS = (Cue.NEGATION, Cue.NOT, Cue.REJECT)


def _has_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        size = len(phrase)
        if any(tuple(words[k : k + size]) == phrase for k in range(len(words) - size + 1)):
            return True
    return False


def _about(words: list[str], stems: tuple[str, ...]) -> bool:
    joined = " ".join(words)
    return any(w.startswith(stems) for w in words) or any(" " in s and s in joined for s in stems)


def market_news(reading: _Reading) -> bool:
    """With no price said: the weather, crowd, traffic or stock, told with a "that's why"
    or as the news itself (traffic, a late lorry), and nothing asked for, given or taken."""
    words = reading.words
    news = _about(words, _NEWS_STEMS) or any(w in _LATE for w in words) or nobody_came(words)
    news = news or any(w in _BOATS_AUCTIONS for w in words)  # "the boat isn't in yet"
    news = news or _about(words, _FESTIVALS) or reading.station  # "platform 6, not this one"
    if not (news or _about(words, _WEATHER_STEMS) or _about(words, _FOG_COLD_WIND)):
        return False
    if not (news or _has_phrase(words, _BECAUSE)):
        return False  # "it's raining, no" alone may still refuse
    if refuses_taking(reading):
        return False  # "too costly, that's why I won't take it"
    if any(w in _GIVE_WORDS or w in _OWN_GIVE_WORDS for w in words):
        return False  # "it rained, so give it for less"
    for k in range(len(words)):
        if reading.less.found(words[k : k + 1]) and not _about(words[k - 2 : k + 3], _CAME):
            return False  # "it rained, so it won't come down": less of the price
    for cue, start, end in reading.occurrences:
        if cue in (Cue.SET, Cue.QUESTION):
            return False
        if cue in _NOS and reading.less.found(words[max(start - 2, 0) : end + 2]):
            return False  # "it rained, so it can't be less": the price refused
    return True
