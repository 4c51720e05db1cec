"""Cues that decide the move: a price set by a verb, refusals that still refuse, and the
"but" after which a price replaces the one before it."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.if_otherwise import after_otherwise
from audio.understanding.instructions import _attached
from audio.understanding.reading import _BOUNDS, _REFUSALS, _joined, _Price, _Reading

_SETS = (Cue.SET, Cue.FOR_YOU)


def _sets_price(reading: _Reading, price: _Price) -> bool:
    """A verb that sets the price stands right beside it, with no pause: "50 kar do",
    "make it 50" (links between allowed: "60 ku fix pannidunga"); "35 ku pack pannunga"
    packs."""
    k = price.end
    while (
        (_links(reading, k) or reading.has(k, Cue.UNIT, Cue.PER, Cue.ARTICLE, Cue.CURRENCY))
        and not reading.has(k, *_SETS)
        and k < price.end + 3
    ):
        k += 1  # "48 a kilo for you"
    after = reading.has(k, *_SETS) and _joined(reading, k)
    return (
        after or _for_you_after(reading, k) or _set_before(reading, price)
    )  # "38, podunga" agrees


# "Only, just" said before "for you" ("one sixty, only for you", "सिर्फ़ आपके लिए").
_ONLY = frozenset(
    fold(w)
    for w in (
        "only", "just", "sirf", "सिर्फ़", "सिर्फ", "bas", "बस", "फक्त", "fakt", "ફક્ત", "fakat",
        "ਸਿਰਫ਼", "ਸਿਰਫ", "ಮಾತ್ರ", "மட்டும்", "మాత్రమే", "শুধু", "kevala", "ಕೇವಲ",
    )
)  # fmt: skip


def _for_you_after(reading: _Reading, k: int) -> bool:
    """ "For you" said after the price past a pause ("okay, one sixty, only for you",
    "ಸರಿ, ಅರವತ್ತು, ನಿಮಗೋಸ್ಕರ"): a concession at that price, set by the speaker."""
    if k < len(reading.words) and reading.words[k] in _ONLY:
        k += 1
    return reading.has(k, Cue.FOR_YOU)


def _other_price_before(reading: _Reading, price: _Price) -> bool:
    """Another amount said before the price ("you said forty-five, okay, forty-two"): the
    price agreed to is not the one quoted, so the speaker names a new one."""
    return any(p.start < price.start and p.paise != price.paise for p in reading.prices)


# A case ending typed apart from digits ("65 ku", "65 e", "65 nu", "65 te", "65 पे"): it
# links the price to the verb after it, like a postposition.
_DETACHED_ENDINGS = frozenset(
    fold(w)
    for w in (
        "e", "te", "nu", "inu", "ku", "ki", "ke", "kke", "ge", "la", "ma", "pe", "पे", "पर",
        "ਤੇ", "ਨੂੰ", "ને", "માં", "ला", "ல", "கு", "కి", "కు", "ಕ್ಕೆ", "ಗೆ", "ന്", "ക്ക്",
    )
)  # fmt: skip


def _links(reading: _Reading, k: int) -> bool:
    return reading.has(k, Cue.LINK) or (
        0 <= k < len(reading.words) and reading.words[k] in _DETACHED_ENDINGS
    )


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
        if has_price and _attached(reading, start, end):
            continue  # "முப்பது, ஐஸ் வேண்டாம்னா சொல்லுங்க": the ice, never the price
        if has_price and after_otherwise(reading, start):
            continue  # "...I'll take it, otherwise no": the condition's other branch
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
        "ഇപ്പോൾ", "ഇപ്പോ", "ഇപ്പൊ", "ഇന്ന്", "ippol", "এখন", "আজ", "ekhon", "aj", "आता", "ata", "હવે",
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
        # "if you give (X, it's enough)": the price the speaker asks for
        "thannal", "tannal", "തന്നാൽ", "തന്നാല്", "kuduthaa", "kuduthaa", "குடுத்தா",
        "koduthaa", "கொடுத்தா", "iste", "ఇస్తే", "kottre", "kottare", "ಕೊಟ್ರೆ", "ಕೊಟ್ಟರೆ",
        "dile", "দিলে",
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
        if k >= price.end and reading.language == "en" and not _joined(reading, price.end):
            continue  # "Fine, ninety, give it": after a pause, the goods handed over
        if word in _GIVE_WORDS or word in _OWN_GIVE_WORDS or word.startswith(_GIVE_STEMS):
            return True
    return False


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


def _pay_word_near(reading: _Reading, start: int, stop: int) -> bool:
    words = reading.words[max(start, 0) : stop]
    return any(w in _PAY_BY or w.startswith(("gpay", "upi")) for w in words)


def pays_by(reading: _Reading) -> bool:
    """A way of paying is named: GPay, UPI, a card, cash."""
    return any(w in _PAY_BY or w.startswith(("gpay", "upi")) for w in reading.words)


def asks_it_lower(reading: _Reading, refusals: list[int]) -> bool:
    """ "thoda kam kar do", "கொஞ்சம் குறைச்சு குடுங்க", "একটু কম করুন না": every refusal
    heard is the plea to come down itself (a word for less inside it, or the pleading
    "na" after the verb), none says that it won't ("কম হবে না", "తగ్గదు")."""
    words = reading.words
    if any(w.endswith(_WONT) and reading.less.found([w]) for w in words):
        return False  # "తగ్గించలేను": can't bring it down
    for cue, start, end in reading.occurrences:
        plea = cue is Cue.NEGATION and _pleads(reading, start, end)
        if cue in (Cue.NEGATION, Cue.NOT) and not plea:
            return False  # "kam nahi hoga": a "not" anywhere, it won't come down
        if start not in refusals:
            continue
        lower = [w for w in words[start:end] if reading.less.found([w])]
        said = bool(lower) or reading.less.found(words[start:end])  # "കുറച്ചു താ"
        if not plea and (not said or any(w.endswith(_WONT) for w in lower)):
            return False
    return True


def _pleads(reading: _Reading, start: int, end: int) -> bool:
    """The pleading "na" after the verb that asks ("একটু কম করুন না", "দশ টাকা কম নাও
    না, রোজ আসি", "kom koro na kaku"): it ends the plea, with only a pause or a word of
    address after it, not "কম হবে না" (it won't come down)."""
    words = reading.words
    asked = reading.has(start - 1, Cue.SET, Cue.TAKE_IT) or any(
        cue is Cue.REJECT and stop == start and reading.less.found(words[begin:stop])
        for cue, begin, stop in reading.occurrences
    )
    return (
        start > 0
        and asked
        and (
            end == len(words)
            or not _joined(reading, end)
            or all(_plain_or_address(reading, k) for k in range(end, len(words)))
        )
    )


def _plain_or_address(reading: _Reading, k: int) -> bool:
    """A filler, or a word that only links or addresses ("দাদা", "didi")."""
    return reading.number_at[k] is None and reading.cues[k] <= {Cue.LINK}


# Negative endings of a verb of coming down: "తగ్గదు", "குறையாது", "കുറയില്ല", "kurayilla".
_WONT = ("దు", "లేను", "లేము", "lenu", "யாது", "ில்ல", "ില്ല", "ಲ್ಲ", "adu", "illa", "alla")
