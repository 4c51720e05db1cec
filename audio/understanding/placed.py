"""A price placed elsewhere: a clause that puts the price at another place (a stall next
door, a shop near the station, a market named with its locative ending: "కోఠీలో",
"গড়িয়াহাটে", "ബ്രോഡ്‌വേയിൽ", "ਹਾਲ ਬਾਜ਼ਾਰ ਵਿੱਚ", "in Crawford Market") with a verb in the
third person or an impersonal one ("is available", "దొరుకుతుంది", "পাওয়া যায়",
"ಸಿಗುತ್ತೆ", "they're putting it at", "వేస్తున్నారు", "লাগাচ্ছে"), and no "I", "you",
"my" or "here" in that clause. The general signal behind `others_price`: whichever verb
is said, a price placed at another seller's is no price of the speaker's own.

A word that puts the place beside or across from this one (next door, "పక్క", "পাশের",
"bajuchya", near the station) places the price with any verb or none ("the stall next
door has it at 40", "ಪಕ್ಕದ ಗಾಡೀಲಿ ನಲವತ್ತು ಇದೆ"); a shop, cart or stall word, which may be
the speaker's own, and a word read as a place only by its locative ending ("Koti-lo",
"Broadway-il") need a verb that says the goods are had, given or put there."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# Words that put a place beside or across from this one, or at the station: "बगल के ठेले
# पे", "పక్క బండి మీద", "পাশের ঠেলাতে", "bajuchya stall var", "ಪಕ್ಕದ ಗಾಡೀಲಿ", "ਸਟੇਸ਼ਨ ਕੋਲ"
# (as a word's start, or a phrase of two words). They place a price with no verb at all.
BESIDE_STEMS = tuple(
    fold(w)
    for w in (
        "next door", "across", "opposite", "neighbour", "neighbor", "बगल", "bagal", "सामने",
        "samne", "పక్క", "ఎదురు", "பக்கத்து", "pakkathu", "எதிர்", "পাশের", "পাশে",
        "pasher", "pashe", "ওপাশে", "opashe", "शेजार", "shejar", "पलीकड", "palikad",
        "bajuch", "बाजूच", "बाजूला", "bajula", "बाजूवाल", "bajuwal", "समोर", "samor", "બાજુ",
        "સામે", "ಪಕ್ಕದ",
        "pakkad", "ಎದುರು", "അപ്പുറത്ത", "appurath", "ਨਾਲ ਵਾਲ", "naal val", "nal val",
        "ਸਾਹਮਣੇ", "samhne", "station", "स्टेशन", "ஸ்டேஷன்", "స్టేషన్", "স্টেশন", "સ્ટેશન",
        "ಸ್ಟೇಷನ್", "സ്റ്റേഷ", "ਸਟੇਸ਼ਨ",
    )
)  # fmt: skip

# Places that are a seller's but may be the speaker's own (a cart, a stall, a square):
# they place a price with a verb that has it had or given there.
_PLACE_STEMS = tuple(
    fold(w)
    for w in (
        "chowk", "चौक", "ચોક", "ਚੌਕ", "ठेल", "thele", "ঠেলা", "thela", "স্টল", "ஸ்டால்",
        "స్టాల్", "ಸ್ಟಾಲ್", "സ്റ്റാൾ", "ਸਟਾਲ", "સ્ટોલ", "வண்டியில", "vandila", "vandiyila",
        "బండి", "bandi", "വണ്ടിയിൽ", "vandiyil", "കടയില", "kadayil", "dukaan", "dukan",
        "दुकानात", "दुकानमध्ये", "rehri", "rehdi", "reri",
        # typed carts, stalls, shops and the mandi with their case endings: "gaadivar",
        # "thelewala", "dukanat", "kadaila", "angadili", "kadayil", "dokane", "larie"
        "gaadi", "gadiv", "gadila", "thela", "thelewal", "thelawal", "dukanat", "dukanme",
        "dukaanme", "dukane", "dokan", "kadai", "kadaiy", "angadi", "kadayile", "kadeyil",
        "vandiy", "bandi", "kottul", "kotlo", "lari", "mandi", "मंडी", "hatti", "ਹੱਟੀ",
        "cart", "stall", "shop", "online", "ऑनलाइन",
        # a milk or ration booth, a kiosk: "ਡੇਅਰੀ ਬੂਥ ਤੇ", "মিল্ক বুথে", "ബൂത്തിൽ"
        "booth", "kiosk", "बूथ", "বুথ", "બૂથ", "బూత్", "பூத்", "ಬೂತ್", "ബൂത്ത", "ਬੂਥ",
    )
)  # fmt: skip

# Case endings and postpositions that make the word before them (or the word itself) a
# place: "कोठी-लो", "ബ്രോഡ്‌വേ-യിൽ", "ਹਾਲ ਬਾਜ਼ਾਰ ਵਿੱਚ", "manek chowk ma".
_LOCATIVE_ENDINGS = {
    "ta": ("ல", "ல்", "லே"),
    "te": ("లో", "lo"),
    "bn": ("ে", "তে", "e"),
    "mr": ("मध्ये", "ात", "त"),
    "gu": ("માં", "મા"),
    "kn": ("ಲ್ಲಿ", "ಲಿ", "alli"),
    "ml": ("ിൽ", "ില്", "il"),
    "pa": (),
    "hi": (),
    "en": (),
}
_POSTPOSITIONS = frozenset(
    fold(w)
    for w in (
        "में", "पे", "पर", "mein", "me", "pe", "par", "ਵਿੱਚ", "ਵਿਚ", "ਤੇ", "vich", "te",
        "मध्ये", "var", "वर", "madhe", "માં", "પર", "ma", "ಅಲ್ಲಿ", "alli", "il", "lo",
        "e", "মধ্যে", "দিকে",
    )
)  # fmt: skip
_BEFORE_PLACE = frozenset(fold(w) for w in ("in", "at", "near", "by"))

# Here, at this stall: the speaker's own place.
_HERE = frozenset(
    fold(w)
    for w in (
        "here", "यहाँ", "यहां", "yahan", "yaha", "idhar", "इधर", "এখানে", "ekhane", "इथे",
        "इकडे", "ikde", "અહીં", "ahiya", "ahi", "ఇక్కడ", "ikkada", "இங்க", "இங்கே",
        "inga", "ಇಲ್ಲಿ", "illi", "ഇവിടെ", "ivide", "ਇੱਥੇ", "ਏਥੇ", "ethe",
    )
)  # fmt: skip

# My, our, your: a place (or a price) of the speaker's or the listener's own.
_OWN_OR_YOURS = frozenset(
    fold(w)
    for w in (
        "my", "our", "your", "yours", "mine", "मेरी", "मेरा", "मेरे", "हमारी", "हमारा",
        "हमारे", "meri", "mera", "mere", "hamari", "hamara", "hamare", "आपकी", "आपका",
        "आपके", "आमार", "আমার", "আমাদের", "আপনার", "amar", "amader", "apnar", "माझ्या",
        "माझा", "माझी", "आमच्या", "majhya", "amchya", "तुमच्या", "मारी", "મારી", "મારા",
        "મારો", "મારે", "અમારી", "અમારા", "તમારી", "તમારા", "mari", "mara", "amari", "నా",
        "మా", "మీ", "మన", "என்", "எங்க", "என்னோட", "எங்களோட", "உங்க", "ನನ್ನ", "ನಮ್ಮ",
        "ನಿಮ್ಮ", "nanna", "namma", "nimma", "എന്റെ", "ഞങ്ങളുടെ", "നിങ്ങളുടെ", "ente",
        "ਮੇਰੀ", "ਮੇਰਾ", "ਮੇਰੇ", "ਸਾਡੀ", "ਸਾਡਾ", "ਸਾਡੇ", "ਤੁਹਾਡੀ", "ਤੁਹਾਡਾ", "saadi",
        "sadi", "sada",
    )
)  # fmt: skip

# Verbs that say the goods are had, put or fitted at a price by someone else, or that
# they are there (as a word's start): "मिलता है", "lag rahi", "கிடைக்கும்", "దొరుకుతుంది",
# "వేస్తున్నారు", "পাওয়া যায়", "লাগাচ্ছে", "मिळतो", "મળે છે", "ಸಿಗುತ್ತೆ", "ಸಿಗ್ತದೆ",
# "കിട്ടും", "ਮਿਲਦਾ", "available", "has".
_HAD_THERE = tuple(
    fold(w)
    for w in (
        "मिल", "milta", "milti", "milte", "mil rah", "लग रह", "lag rah", "लगा रह", "laga rah",
        "கிடைக்", "கெடைக்", "kidaik", "kedaik", "போடுறாங்க", "போடறாங்க", "podranga",
        "దొరుకు", "దొరుకుత", "doruku", "వేస్తున్నార", "వేస్తార", "vestunnar", "vestar",
        "పెడుతున్నార", "পাওয়া", "pava", "paova", "pova", "লাগাচ্ছ", "লাগায়",
        "lagacch", "lagach", "মিলছে", "मिळ", "milt", "milat", "लावत", "મળે", "મળી",
        "male", "mali", "ಸಿಗು", "ಸಿಗ್ತ", "sigu", "sigt", "കിട്ടു", "കിട്ടും", "kittu",
        "ਮਿਲਦ", "ਮਿਲ ਰਿਹ", "milda", "mildi", "milde", "available", "has", "have",
        "putting", "charging",
        # typed "is had, comes by" with the verb of going: "mil jaandi aa", "mil jaata hai"
        "mil ja", "ਮਿਲ ਜਾ",
        # it is only (that much) there: "ബൂത്തിൽ അമ്പത്തിരണ്ടേ ഉള്ളൂ"
        "ഉള്ളൂ", "ഉള്ളു", "ullu", "ulloo",
    )
)  # fmt: skip


def had_there(words: list[str], start: int, stop: int) -> bool:
    """A verb that has the goods had, put or fitted at a price."""
    span = words[start:stop]
    return any(" ".join(span[k : k + 2]).startswith(_HAD_THERE) for k in range(len(span)))


def _generic_place(reading: _Reading, k: int) -> bool:
    """A word read as a place by its locative ending or postposition: no number, no word
    the tables know (a unit, a bag, a link), no product."""
    words = reading.words

    def plain(j: int) -> bool:
        return (
            0 <= j < len(words)
            and reading.number_at[j] is None
            and not reading.cues[j]
            and j not in reading.product_at
            and words[j] not in _HERE
            and words[j] not in _OWN_OR_YOURS
            and len(words[j]) > 2
        )

    word = words[k]
    endings = tuple(fold(e) for e in _LOCATIVE_ENDINGS.get(reading.language, ()))
    if endings and word.endswith(endings) and word not in endings and plain(k):
        return True
    if word in _POSTPOSITIONS and plain(k - 1):
        return True
    return reading.language == "en" and word in _BEFORE_PLACE and plain(k + 1)


def places_in(reading: _Reading, start: int, stop: int, known: list[int], given: bool) -> bool:
    """Whether the clause `start:stop` places its price elsewhere: a place word the
    tables know (`known`, a cart, a stall) with a verb that has the goods had there (or
    `given`: a verb of giving or selling), a word beside it (next door, near the
    station) with any verb or none, or a named place with such a verb before the price;
    and no "I", "you", "my" or "here" in it."""
    words = reading.words
    clause = range(start, stop)
    if any(words[k] in _HERE or words[k] in _OWN_OR_YOURS for k in clause):
        return False
    if any(reading.has(k, Cue.SET) for k in clause):
        return False  # "make it 45": the speaker's own price
    two = [" ".join(words[k : k + 2]) for k in clause]
    if any(w.startswith(BESIDE_STEMS) for w in two):
        return True
    verb = given or had_there(words, start, stop)
    if verb and (any(k in clause for k in known) or any(w.startswith(_PLACE_STEMS) for w in two)):
        return True
    first = min((p.start for p in reading.prices if start <= p.start < stop), default=stop)
    before = range(start, stop if reading.language == "en" else first)
    return verb and any(_generic_place(reading, k) for k in before)
