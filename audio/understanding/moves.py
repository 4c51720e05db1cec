"""Cues that decide the move: a price set by a verb, refusals that still refuse, and the
"but" after which a price replaces the one before it."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.understanding.reading import _BOUNDS, _REFUSALS, _joined, _Price, _Reading

_SETS = (Cue.SET, Cue.FOR_YOU)


def _sets_price(reading: _Reading, price: _Price) -> bool:
    """A verb that sets the price stands right beside it, with no pause: "50 kar do",
    "make it 50" (links between allowed: "60 ku fix pannidunga"); "35 ku pack pannunga"
    packs."""
    k = price.end
    while reading.has(k, Cue.LINK) and not reading.has(k, *_SETS) and k < price.end + 2:
        k += 1
    after = reading.has(k, *_SETS) and _joined(reading, k)  # "38, podunga" agrees
    return after or _set_before(reading, price)


# What may stand between "for you" and the price it makes: "for you madam, 35 a kilo",
# "ਤੁਹਾਡੇ ਲਈ ਕਿੱਲੋ ਪੰਜਾਹ", "உங்களுக்காக கிலோ அம்பது".
_BETWEEN_SET_AND_PRICE = (Cue.LINK, Cue.OF, Cue.ARTICLE, Cue.PER, Cue.UNIT, Cue.CURRENCY)


def _set_before(reading: _Reading, price: _Price) -> bool:
    """A price-setting word before the price ("make it 50", "for you 55"), with at most
    two words between it and the price that are fillers, forms of address or the rate's
    unit, and no other number."""
    k = price.start - 1
    while k >= 0 and k >= price.start - 3:
        if reading.has(k, *_SETS):
            return True
        if reading.number_at[k] is not None:
            return False
        if not (reading.is_plain(k) or reading.has(k, *_BETWEEN_SET_AND_PRICE)):
            return False
        k -= 1
    return False


def _live_refusals(reading: _Reading, has_price: bool) -> list[int]:
    """Token positions of refusals that still refuse: not "kam nahi" ("not less"), not
    "not less than", and, beside a price, not a bound ("can't go below that", "isse kam
    nahi hoga"); accept words negated right after ("theek nahi") count here."""
    found = []
    for cue, start, end in reading.occurrences:
        if cue not in _REFUSALS:
            continue
        if cue is Cue.NEGATION and reading.has(start - 1, *_BOUNDS):
            continue
        if cue is Cue.NOT and reading.has(end, *_BOUNDS):
            continue
        if has_price and reading.cue_near(start - 2, end + 3, *_BOUNDS):
            continue
        if reading.cue_near(start - 2, end + 2, Cue.PAYMENT):
            continue  # "chutta nahi hai", "பை ... இல்ல கவர்": about change or a bag
        if _pay_word_near(reading, start - 2, end + 2):
            continue  # "GPay பண்ணலாமா, இல்ல கேஷ் தானா?": GPay, or cash
        found.append(start)
    return found


# "but", after which a price replaces the one said before it
_BUT = frozenset(
    fold(w)
    for w in (
        "but", "lekin", "लेकिन", "magar", "मगर", "ஆனா", "ஆனால்", "aana", "కానీ", "kaani",
        "പക്ഷേ", "pakshe", "কিন্তু", "kintu", "परंतु", "પરંતુ", "ਪਰੰਤੂ", "ਲੇਕਿਨ",
    )
)  # fmt: skip

# "now", "today": a price after one replaces a price said before it ("kal saath tha, aaj
# pachaas", "yesterday 50, today make it 45", "నిన్న యాభై, ఈరోజు నలభై")
_NOW = frozenset(
    fold(w)
    for w in (
        "now", "today", "ab", "अब", "aaj", "आज", "ippo", "இப்போ", "இப்ப", "இன்னிக்கு",
        "இன்று", "ippudu", "ఇప్పుడు", "ఈరోజు", "ఇవాళ", "ಈಗ", "ಇವತ್ತು", "ಇಂದು", "eega",
        "ഇപ്പോൾ", "ഇന്ന്", "ippol", "এখন", "আজ", "ekhon", "aj", "आता", "ata", "હવે",
        "આજે", "have", "ਹੁਣ", "ਅੱਜ", "hun", "ajj",
    )
)  # fmt: skip

_COMES_TO = frozenset(
    fold(w)
    for w in (
        "ಆಗುತ್ತೆ", "ಆಗತ್ತೆ", "ಆಗುತ್ತದೆ", "ಆಗ್ತದೆ", "ಆಗ್ತೈತೆ", "aagutte", "agatte", "aagatte",
        "అవుతుంది", "avutundi", "ஆகும்", "aagum", "ആകും", "aakum",
        # came to: "ಸಾವಿರದ ಇನ್ನೂರು ಆಯ್ತು", "వెయ్యి రెండు వందలు అయింది"
        "ಆಯ್ತು", "ಆಯಿತು", "aaytu", "aaitu", "aytu", "అయింది", "అయ్యింది", "ayindi", "ayyindi",
        "ஆச்சு", "aachu", "ആയി", "aayi",
    )
)  # fmt: skip
"""A word that also agrees ("it'll do") but after a price says what it comes to:
"ಮೂರು ಕೆಜಿಗೆ ನಾನೂರ ಎಂಬತ್ತು ಆಗುತ್ತೆ" (three kilos come to 480) offers 480."""


def _comes_to(reading: _Reading, start: int) -> bool:
    """The accept word at `start` follows a number: "comes to" that price."""
    if reading.words[start] not in _COMES_TO:
        return False
    return any(reading.number_at[k] is not None for k in range(max(start - 2, 0), start))


# A verb that gives the goods at a price: after a word of agreement, a price with one
# beside it is a new price asked for ("ok, give it for 65", "accha, pachpan mein de do",
# "sari, aruvathu kudunga"), a counter, not agreement.
_GIVE_WORDS = frozenset(
    fold(w)
    for w in (
        "give", "de", "दे", "dijiye", "दीजिए", "दीजिये", "dena", "देना", "दो",
        "dya", "द्या", "dyal", "द्याल", "aapo", "apo", "આપો", "aapjo", "આપજો", "aapi", "આપી",
        "din", "দিন", "dao", "দাও", "diye", "দিয়ে", "deo", "dio", "ਦਿਓ", "ਦਿਉ", "ਦੇਓ",
        "kudunga", "kudu", "kodunga", "thaanga", "ivvandi", "ivvu", "ichey", "kodi", "kodu",
        "kodri", "tharu", "thaa", "tha", "tharoo",
    )
)  # fmt: skip
_OWN_GIVE_WORDS = frozenset(
    fold(w)
    for w in (
        "dunga", "dungi", "दूँगा", "दूंगा", "दूँगी", "दूंगी", "deto", "देतो", "dete", "देते",
        "deen", "देईन", "aapu", "આપું", "aapish", "આપીશ", "deyanga", "ਦੇਵਾਂਗਾ", "dauga",
        "ਦਊਂਗਾ", "tharen", "தரேன்",
        "tharean", "istanu", "ista", "ఇస్తాను", "ఇస్తా", "kodtini", "kodteeni", "ಕೊಡ್ತೀನಿ",
        "ಕೊಡುತ್ತೇನೆ", "tharaam", "tharam", "തരാം",
    )
)  # fmt: skip
""""I'll give": after an agreement word, the speaker's own new price ("ok, 3 kilo 99 la
deto"), a counter; only `_gives_at` reads these (a rate's unit may follow them)."""
_GIVE_STEMS = tuple(
    fold(w)
    for w in (
        "குடு", "கொடு", "குடுங்க", "தாங்க", "ఇవ్వ", "ఇచ్చే", "ಕೊಡಿ", "ಕೊಡು", "ಕೊಡ್ರಿ",
        "തരൂ", "തരു", "താ",
    )
)  # fmt: skip


# "At forty itself": an emphatic ending on the price echoes the price on the table
# ("சரி, நாப்பதுக்கே குடுங்க", "సరే, నలభైకే ఇవ్వండి", "আচ্ছা, চল্লিশেই দিন"): agreement.
_EMPHATIC = ("ே", "ే", "ೇ", "ই", "ഏ", "लाच")
_EMPHATIC_WORDS = frozenset(fold(w) for w in ("જ", "j", "ही", "hi", "ਹੀ", "തന്നെ", "itself"))
# "Yes": a plain yes before the price agrees to it ("haan bhai theek hai, pachaas mein de do")
_YES = frozenset(fold(w) for w in ("haan", "हाँ", "हां", "han", "ha", "yes", "ਹਾਂ", "હા"))


# "Put it at", "keep it at", "hold it at": a verb that sets the goods down at a price.
# After a word of agreement with a price joined to it ("சரி, 45 ரூபா போட்டுக்கோங்க",
# "సరే, యాభై పెట్టుకోండి", "ok, keep it 45") the speaker names the price they want: a
# counter, never a sure agreement. With the bag, cover or change beside it ("put it in
# the bag", "keep the change") the verb packs or pays, and says nothing of the price.
_PUT_WORDS = frozenset(
    fold(w)
    for w in (
        "put", "keep", "charge", "hold",
        "laga", "lagao", "lagaiye", "lagalo", "rakh", "rakho", "rakhiye", "rakhlo", "लगा",
        "लगाओ", "लगाइए", "लगाइये", "रख", "रखो", "रखिए", "रखिये",
        "लावा", "धरा", "ठेवा", "lava", "laava", "dhara", "theva",
        "રાખો", "ગણો", "લગાવો", "ગણી", "rakho", "gano", "gani", "lagavo",
        "রাখুন", "রাখো", "রাখ", "ধরুন", "ধরো", "ধর", "rakhun", "rakho", "dhorun", "dhoro",
        "dharun", "dharo",
        "ਲਾ", "ਲਾਓ", "ਲਾਉ", "ਰੱਖ", "ਰੱਖੋ", "ਲਗਾ", "ਲਗਾਓ",
        "lagao",
        "வைங்க", "vainga", "ಇಡಿ", "വെക്ക്", "vekku",
    )
)  # fmt: skip
_PUT_STEMS = tuple(
    fold(w)
    for w in (
        "போட்டுக்", "போடுங்", "போட்டுடு", "வச்சுக்", "வெச்சுக்", "வச்சிடு", "pottuk", "podung",
        "pottudu", "vachuk", "vechuk", "పెట్టుకో", "పెట్టండి", "వేసుకో", "వేయండి", "వెయ్యండి",
        "pettuko", "pettandi", "vesuko", "veyandi", "veyyandi", "ಹಾಕ್ಕೊ", "ಹಾಕಿಕೊ", "ಇಟ್ಕೊ",
        "ಇಟ್ಟುಕೊ", "haakko", "hakko", "itko", "ittuko", "ഇട്ടോ", "ഇട്ടേക്ക", "വെച്ചോ", "വച്ചോ",
        "itto", "ittekk", "vecho", "vacho",
    )
)  # fmt: skip


def _puts_at(reading: _Reading, price: _Price) -> bool:
    """A put/keep verb within four words before the price or two after it, with no pause
    between and no bag, cover or change beside the verb (`_PUT_WORDS`)."""
    lo, hi = max(price.start - 4, 0), min(price.end + 2, len(reading.words))
    for k in range(lo, hi):
        if price.start <= k < price.end or reading.number_at[k] is not None:
            continue
        word = reading.words[k]
        if not (word in _PUT_WORDS or word.startswith(_PUT_STEMS)):
            continue
        if reading.cue_near(k - 2, k + 3, Cue.PAYMENT):
            continue  # "put it in the bag", "keep the change"
        first, last = (k + 1, price.start) if k < price.start else (price.end, k)
        if all(_joined(reading, j) for j in range(first, last + 1)):
            return True
    return False


def emphatic(reading: _Reading, price: _Price) -> bool:
    """The price carries an emphatic "itself" ("पन्नासलाच", "ચાલીસમાં જ", "ਪੰਜਾਹ ਹੀ"): it
    echoes the price on the table."""
    if reading.tokens[price.end - 1].raw.endswith(_EMPHATIC):
        return True
    return any(w in _EMPHATIC_WORDS for w in reading.words[price.end : price.end + 2])


def _gives_at(reading: _Reading, price: _Price) -> bool:
    """A give verb within three words of the price, on either side; not when the price
    carries an emphatic "itself" (`emphatic`), a plain "yes" comes before it, or the
    verb says the goods were given ("de diya", a `Cue.TAKE_IT`). The speaker's own "I'll
    give" counters even after an emphatic: "pachaas hi dunga" is "I'll give only 50"."""
    window = range(price.end, min(price.end + 3, len(reading.words)))
    if any(reading.words[k] in _OWN_GIVE_WORDS for k in window):
        return True
    if emphatic(reading, price):
        return False
    if any(w in _YES for w in reading.words[: price.start]):
        return False
    if _puts_at(reading, price):
        return True
    for k in range(max(price.start - 3, 0), min(price.end + 3, len(reading.words))):
        if price.start <= k < price.end or reading.number_at[k] is not None:
            continue
        if reading.has(k, Cue.TAKE_IT):
            continue  # "pachaas mein de diya": given, the deal done
        word = reading.words[k]
        if word in _GIVE_WORDS or word in _OWN_GIVE_WORDS or word.startswith(_GIVE_STEMS):
            return True
    return False


# Buying elsewhere: "another / the next / the neighbouring" and, within two words after
# it, a shop, cart or stall (any case ending: "அடுத்த கடையில", "ಪಕ್ಕದ ಅಂಗಡಿಯಲ್ಲಿ"), or a
# word that says "elsewhere" by itself. "I'll take it from the next cart", "doosri dukaan
# se le lunga", "পাশের দোকান থেকে নেব": a buying verb beside it takes nothing here.
_OTHER_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("other", "another", "next", "neighbo"),
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
    ),
    "ta": ("பக்கத்து", "pakkathu", "வேற", "vera", "veru", "அடுத்த", "adutha", "aduth"),
    "te": ("పక్క", "pakka", "వేరే", "vere", "ఇంకో", "inko", "ఇంకొక"),
    "bn": ("পাশের", "pasher", "অন্য", "onno", "anno", "onyo"),
    "mr": ("दुसऱ्या", "दुसर्या", "dusrya", "पुढच्या", "pudhchya", "बाजूच्या", "bajuchya"),
    "gu": ("બીજ", "biji", "bija", "bije", "બાજુ", "baju", "આગળ", "aagal", "agal"),
    "kn": ("ಪಕ್ಕದ", "pakkada", "ಬೇರೆ", "bere", "ಮುಂದಿನ", "mundina"),
    "ml": ("അടുത്ത", "adutha", "വേറെ", "vere", "മറ്റൊരു", "mattoru", "അപ്പുറത്തെ"),
    "pa": ("ਦੂਜ", "dooj", "duj", "ਅਗਲ", "agl", "ਹੋਰ", "hor", "ਅੱਗੇ", "agge", "ਨਾਲ ਦੀ"),
}
_PLACE_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("shop", "stall", "cart", "store", "market", "vendor", "place"),
    "hi": ("dukaan", "dukan", "दुकान", "thel", "ठेल", "stall", "स्टॉल", "mandi", "मंडी",
           "jagah", "जगह", "gaad", "गाड़"),
    "ta": ("கடை", "kadai", "வண்டி", "vandi", "ஸ்டால்", "மார்க்கெட்", "market", "இடத்"),
    "te": ("కొట్టు", "kottu", "కొట్ల", "kotlo", "kotla", "బండి", "bandi", "షాప్", "shop",
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
_ELSEWHERE = frozenset(
    fold(w)
    for w in ("somewhere", "कहीं", "kahin", "kahi", "बाहर", "bahar", "ਕਿਤੋਂ", "kiton")
)  # fmt: skip
_ELSEWHERE_ALONE = frozenset(fold(w) for w in ("elsewhere",))


# "Further on" with a verb of looking: "aage dekh lenge", "ਅੱਗੇ ਦੇਖ ਲੈਂਦੇ ਆਂ", "पुढे बघतो"
# (we'll look further on): buying elsewhere, with no shop named.
_AHEAD = frozenset(
    fold(w)
    for w in ("aage", "aagey", "आगे", "agge", "age", "ਅੱਗੇ", "ਅਗੇ", "pudhe", "पुढे", "આગળ", "aagal")
)  # fmt: skip
_LOOK_STEMS = tuple(
    fold(w) for w in ("dekh", "देख", "ਦੇਖ", "vekh", "ਵੇਖ", "bagh", "बघ", "જો", "joi", "joish")
)  # fmt: skip


# "From over there": a word for that place with "from" in it or right after it, which with
# a taking verb after it ("ওদিক থেকে কিনে নেব", "udhar se le lunga", "ಅಲ್ಲಿಂದ ತಗೋತೀನಿ")
# buys elsewhere.
_YONDER_FROM = frozenset(
    fold(w)
    for w in (
        "तिकडून", "tikdun", "तिथून", "tithun", "ત્યાંથી", "tyanthi", "ಅಲ್ಲಿಂದ", "allinda",
        "ಆ ಕಡೆಯಿಂದ", "അവിടുന്ന്", "avidunnu", "അവിടെനിന്ന്", "അപ്പുറത്തുനിന്ന്", "ਉੱਥੋਂ",
        "utthon", "uthon", "ਓਧਰੋਂ", "ਉਧਰੋਂ", "odharon", "udharon", "அங்கிருந்து",
        "angirundhu", "అక్కడ్నుంచి", "అక్కడినుంచి", "akkadninchi", "akkadinunchi", "అటునుంచి",
    )
)  # fmt: skip
_YONDER = frozenset(
    fold(w)
    for w in (
        "ওদিক", "ওখান", "ওপাশ", "odik", "okhan", "opash", "udhar", "उधर", "wahan", "वहाँ",
        "vahan", "वहां", "there", "அங்க", "அங்கே", "anga", "ange", "అక్కడ", "akkada",
    )
)  # fmt: skip
_FROM = frozenset(
    fold(w)
    for w in ("থেকে", "theke", "se", "से", "from", "இருந்து", "irundhu", "నుంచి", "నుండి", "nunchi")
)  # fmt: skip


_TAKE_STEMS = tuple(
    fold(w)
    for w in (
        "take", "buy", "get", "le", "ले", "khareed", "खरीद", "ख़रीद", "কিন", "নেব", "নিয়ে",
        "kine", "nebo", "घे", "ghe", "விக", "வாங்க", "vang", "తీసుకు", "కొన", "teesuk",
        "konu", "લઈ", "લે", "lai", "ખરીદ", "ತಗೋ", "ತೊಗೊ", "ತಗೊ", "ಕೊಳ್ಳ", "tago", "togo",
        "വാങ്ങ", "ਲੈ", "ਖਰੀਦ", "ਖ਼ਰੀਦ",
    )
)  # fmt: skip


def _from_yonder(reading: _Reading, k: int) -> bool:
    """Token `k` says "from over there" and a taking verb follows within a few words."""
    words = reading.words
    if words[k] in _YONDER_FROM:
        end = k + 1
    elif words[k] in _YONDER and k + 1 < len(words) and words[k + 1] in _FROM:
        end = k + 2
    elif words[k] in _YONDER and k > 0 and words[k - 1] in _FROM:
        end = k + 1  # "from over there", "from there"
    else:
        return False
    return any(
        o[0] in (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT) and end <= o[1] < end + 4
        for o in reading.occurrences
    ) or any(w.startswith(_TAKE_STEMS) for w in (*words[max(k - 4, 0) : k], *words[end : end + 4]))


def elsewhere_at(reading: _Reading) -> int | None:
    """The token where the speaker says they will buy elsewhere, or None."""
    others = tuple(fold(w) for w in _OTHER_STEMS.get(reading.language, ()))
    places = tuple(fold(w) for w in _PLACE_STEMS.get(reading.language, ()))
    words = reading.words
    for k, word in enumerate(words[:-1]):
        if word in _AHEAD and words[k + 1].startswith(_LOOK_STEMS):
            return k
    for k, word in enumerate(words):
        if word in _ELSEWHERE and k + 1 < len(words) and words[k + 1] in _ELSE_AFTER:
            return k
        if word in _ELSEWHERE_ALONE or _from_yonder(reading, k):
            return k
        if (
            others
            and word.startswith(others)
            and any(w.startswith(places) for w in words[k + 1 : k + 3])
        ):
            return k
    return None


# "Later", "another time": buying put off. "Then" words that also mean later ("phir",
# "pinne", "appuram") are left out: "theek hai, phir pack kar do" still agrees.
_LATER = frozenset(
    fold(w)
    for w in (
        "later", "baad", "बाद", "baadme", "बादमें", "பிறகு", "piragu", "அப்புறமா", "appuramaa",
        "తర్వాత", "తరువాత", "tarvata", "taruvata", "tarvatha", "ಆಮೇಲೆ", "aamele",
        "amele", "ನಂತರ", "പിന്നീട്", "pinneed", "പിന്നെയാകട്ടെ", "পরে", "pore", "pare",
        "नंतर", "nantar", "પછી", "pachhi", "pachi", "પછીથી", "ਬਾਅਦ",
    )
)  # fmt: skip


def later_at(reading: _Reading) -> int | None:
    """The token where the speaker puts buying off to later, or None."""
    for k, word in enumerate(reading.words):
        if word in _LATER:
            return k
    return None


_ELSE_AFTER = frozenset(
    fold(w) for w in ("aur", "और", "se", "से", "else", "ton", "ਤੋਂ", "ਹੋਰ", "hor", "jakar")
)
"""What follows "kahin"/"bahar" when it means elsewhere: "kahin aur", "bahar se"."""


# Paying and how: a word of agreement beside one with no price ("gpay chalega?", "card
# ok?", "UPI चलेगा क्या") asks or says how the money is paid, never agrees to a price.
_PAY_BY = frozenset(
    fold(w)
    for w in (
        "gpay", "g-pay", "googlepay", "google", "phonepe", "phonpe", "paytm", "upi", "card",
        "cash", "online", "qr", "scan", "गूगल", "जीपे", "जी-पे", "फोनपे", "फ़ोनपे", "पेटीएम",
        "यूपीआई", "कार्ड", "कैश", "नकद", "ऑनलाइन", "कॅश", "रोख", "ஜிபே", "ஜீபே", "கூகுள்",
        "போன்பே", "யுபிஐ", "கார்டு", "கார்ட்", "கேஷ்", "ఫోన్‌పే", "ఫోన్పే", "జీపే", "జిపే",
        "గూగుల్", "యూపీఐ", "కార్డ్", "కార్డు", "క్యాష్", "জিপে", "গুগল", "ফোনপে", "ইউপিআই",
        "কার্ড", "ক্যাশ", "নগদ", "ગૂગલ", "જીપે", "ફોનપે", "યુપીઆઈ", "કાર્ડ", "રોકડા", "કેશ",
        "ಫೋನ್", "ಫೋನ್‌ಪೇ", "ಜಿಪೇ", "ಗೂಗಲ್", "ಯುಪಿಐ", "ಕಾರ್ಡ್", "ಕ್ಯಾಶ್", "ജിപേ", "ഗൂഗിൾ",
        "ഫോൺപേ", "യുപിഐ", "കാർഡ്", "ക്യാഷ്", "ਗੂਗਲ", "ਜੀਪੇ", "ਫੋਨਪੇ", "ਯੂਪੀਆਈ", "ਕਾਰਡ",
        "ਕੈਸ਼", "ਨਕਦ",
    )
)  # fmt: skip


# Packing the goods into a bag or cover, in reply to a price with none of one's own:
# "போடுங்க, பையில போட்டுக் குடுங்க", "ఇచ్చేయండి, సంచిలో వేయండి", "ಕವರ್‌ಗೆ ಹಾಕಿ ಕೊಡಿ" (put
# it in the bag): the goods are bought at the price on the table.
_CONTAINERS = frozenset(
    fold(w)
    for w in (
        "bag", "cover", "thaili", "thaile", "थैली", "थैले", "थैला", "jhola", "झोले", "झोला",
        "பை", "பையில", "பைல", "கவர்", "கவர்ல", "கவரில்", "பேக்ல", "సంచి", "సంచిలో", "కవర్",
        "కవర్లో", "కవర్‌లో", "బ్యాగ్", "బ్యాగ్‌లో", "ಕವರ್", "ಕವರ್ಗೆ", "ಕವರ್‌ಗೆ", "ಕವರಲ್ಲಿ",
        "ಚೀಲ", "ಚೀಲಕ್ಕೆ", "ಬ್ಯಾಗ್", "ಬ್ಯಾಗ್ಗೆ", "കവർ", "കവറിൽ", "സഞ്ചി", "സഞ്ചിയിൽ", "ബാഗിൽ",
        "ব্যাগ", "ব্যাগে", "থলে", "থলেতে", "থলিতে", "पिशवी", "पिशवीत", "pishvit", "થેલી",
        "થેલીમાં", "theli", "thelima", "ਲਿਫ਼ਾਫ਼ੇ", "ਲਿਫਾਫੇ", "ਲਿਫ਼ਾਫ਼ਾ", "ਝੋਲੇ", "lifafe",
    )
)  # fmt: skip
_PACK_VERBS = frozenset(
    fold(w)
    for w in (
        "pack", "पैक", "daal", "डाल", "bhar", "bhara", "भर", "भरा", "भरून", "નાખી", "નાખો", "ભરી",
        "ભરો", "nakhi", "nakho",
        "ਪਾ", "ਪਾਓ", "ಹಾಕಿ", "haaki", "ভরে", "ഇട്ടു", "ittu", "போட்டு", "ప్యాక్", "ಪ್ಯಾಕ್",
    )
)  # fmt: skip


def _packs(word: str) -> bool:
    return (
        word in _PACK_VERBS
        or word in _PUT_WORDS
        or word.startswith(_PUT_STEMS)
        or word in _GIVE_WORDS
        or word.startswith(_GIVE_STEMS)
    )


def packed_into(reading: _Reading, k: int) -> bool:
    """The word at `k` is a bag or cover with a packing verb right after it."""
    words = reading.words
    return words[k] in _CONTAINERS and any(_packs(w) for w in words[k + 1 : k + 3])


def packs_in_bag(reading: _Reading) -> bool:
    """A bag or cover named with a verb that puts, packs or gives the goods into it, and
    no word of refusal anywhere ("ਲਿਫ਼ਾਫ਼ਾ ਨਾ ਦਿਓ", don't give a bag: it packs nothing)."""
    if any(cue in _REFUSALS for cue, _, _ in reading.occurrences):
        return False
    words = reading.words
    if not any(w in _CONTAINERS for w in words):
        return False
    return any(_packs(w) for w in words)


def _pay_word_near(reading: _Reading, start: int, stop: int) -> bool:
    words = reading.words[max(start, 0) : stop]
    return any(w in _PAY_BY or w.startswith(("gpay", "upi")) for w in words)


def pays_by(reading: _Reading) -> bool:
    """A way of paying is named: GPay, UPI, a card, cash."""
    return any(w in _PAY_BY or w.startswith(("gpay", "upi")) for w in reading.words)


# "How are you": a greeting, not a question about the goods or the price.
_GREETINGS = tuple(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        "how are you", "how r u", "how are things", "kaise ho", "kaise hain", "kaise hai",
        "kaisa hai", "kaisi ho", "kya haal hai", "kya hal hai", "कैसे हो", "कैसे हैं",
        "कैसा है", "कैसी हो", "क्या हाल है", "எப்படி இருக்கீங்க", "எப்படி இருக்கே",
        "எப்படி இருக்கிறீர்கள்", "eppadi irukeenga", "eppadi irukinga", "eppadi iruke",
        "ఎలా ఉన్నారు", "ఎలా ఉన్నావు", "ఎలా ఉన్నావ్", "ela unnaru", "ela unnav", "ela unnavu",
        "কেমন আছেন", "কেমন আছো", "কেমন আছিস", "kemon achen", "kemon acho", "kemon achis",
        "कसा आहेस", "कसे आहात", "कशी आहेस", "kasa aahes", "kasa ahes", "kase aahat",
        "કેમ છો", "કેમ છે", "kem cho", "kem che", "ಹೇಗಿದ್ದೀರಾ", "ಹೇಗಿದ್ದೀರಿ", "ಹೇಗಿದ್ದೀಯ",
        "hegiddira", "hegiddiri", "hegiddiya", "സുഖമാണോ", "സുഖമല്ലേ", "സുഖം തന്നെ",
        "sugamano", "sukhamano", "sugamalle", "ਕੀ ਹਾਲ ਹੈ", "ਕੀ ਹਾਲ ਏ", "ਕਿਵੇਂ ਹੋ",
        "ki haal hai", "ki hal hai", "ki haal ae", "kiven ho",
    )
)  # fmt: skip


def greeting_at(reading: _Reading) -> range | None:
    """The token positions of a "how are you", or None."""
    words = reading.words
    for phrase in _GREETINGS:
        size = len(phrase)
        for k in range(len(words) - size + 1):
            if tuple(words[k : k + size]) == phrase:
                return range(k, k + size)
    return None


def tag_question_at(reading: _Reading, *, unasked: bool = False) -> int | None:
    """A "no?" / "na?" / "illa?" that ends a remark ("lot of rain today, no?"): the
    position of that last word, when it asks for agreement with what was said before it
    (at least two words) rather than refusing. Transcripts often drop the "?": with
    `unasked` (no price on the table) a last "no" after three words or more is a tag too,
    when nothing else in the remark refuses."""
    tokens = reading.tokens
    k = len(tokens) - 1
    if k >= 0 and tokens[k].raw == "?":
        k -= 1
    elif not unasked or k < 3:
        return None  # without "?", only a longer remark with no price on the table
    if k < 2 or not reading.has(k, Cue.NEGATION, Cue.NOT, Cue.REJECT):
        return None
    if any(o[1] == k and o[2] - o[1] > 1 for o in reading.occurrences):
        return None  # a refusal of more than one word is no tag
    words_before = sum(t.kind is not TokenKind.SIGN for t in tokens[:k])
    return k if words_before >= 2 else None
