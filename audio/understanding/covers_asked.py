"""What a price covers, asked: "700 means how many clothes?", "सात सौ में कितने कपड़े
होंगे?", "ஐநூறுல எத்தனை துணி?", "ಐನೂರು ಅಂದ್ರೆ ಎಷ್ಟು ಬಟ್ಟೆ?", "does 600 a month include
Sundays?", "ছশো টাকায় রবিবারও ধরা আছে?". The price is the other side's, or one the
speaker weighs; the line asks what it buys and offers nothing: a question, no price.

It shows as a "how many" word before the goods counted (a plain word after it, not the
"of"/"for" of a price asked: "कितने का?" asks the price), or a word of including, in a
line that asks, after the price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.also_this import _ALSO, _also_word
from audio.understanding.reading import _Reading


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# "How many", said before the goods counted.
_HOW_MANY: dict[str, frozenset[str]] = {
    "hi": _folded("कितने", "कितनी", "kitne", "kitni"),
    "mr": _folded("किती", "kiti"),
    "gu": _folded("કેટલા", "કેટલી", "કેટલાં", "ketla", "ketli"),
    "pa": _folded("ਕਿੰਨੇ", "ਕਿੰਨੀਆਂ", "ਕਿੰਨੀ", "kinne", "kinniyan"),
    "bn": _folded("কটা", "কয়টা", "ক'টা", "কতগুলো", "কতগুলি", "koyta", "kota"),
    "te": _folded("ఎన్ని", "enni"),
    "kn": _folded("ಎಷ್ಟು", "eshtu", "estu"),
    "ml": _folded("എത്ര", "ethra", "etra"),
    "ta": _folded("எத்தனை", "எத்தன", "ethanai", "ethana", "ettanai"),
    "en": _folded("many"),
}
# Including: "include", "शामिल", "ধরা", "धरून", "ਸ਼ਾਮਲ", "ഉൾപ്പെടെ" (not "together",
# which sums a count of goods: "twenty keys, all together how much?").
_INCLUDE = _folded(
    "include", "includes", "including", "included", "शामिल", "shamil", "ধরা", "dhora",
    "धरून", "dharun", "ਸ਼ਾਮਲ", "ਸ਼ਾਮਿਲ", "ഉൾപ്പെടെ", "ಒಳಗೊಂಡು", "உள்ளடக்கி",
)  # fmt: skip
# "Means", said between the price and what it covers: "ಐನೂರು ಅಂದ್ರೆ", "ఐదు వందలు అంటే".
_MEANS = _folded("means", "mean", "ಅಂದ್ರೆ", "ಅಂದರೆ", "andre", "అంటే", "ante", "म्हणजे", "यानी")


# Charged apart, "on top": "अलग से", "ऊपर से", "extra", "separately", "வேற", "തനിയെ". Asked
# after the price, with the thing named before it ("at 2,400, is the fitting extra?"), the
# line asks whether the price covers it.
_APART = _folded(
    "extra", "separate", "separately", "अलग", "alag", "एक्स्ट्रा", "எக்ஸ்ட்ரா", "தனி", "தனியா",
    "thani", "thaniya", "అదనం", "అదనంగా", "adanam", "విడిగా", "vidiga", "ఎక్స్ట్రా",
    "ఎక్స్‌ట్రా", "আলাদা", "alada", "এক্সট্রা", "वेगळे", "वेगळा", "वेगळी",
    "वेगळं", "vegle", "vegla", "અલગ", "અલગથી", "alagthi", "એક્સ્ટ્રા", "ಎಕ್ಸ್ಟ್ರಾ", "ಎಕ್ಸ್‌ಟ್ರಾ",
    "ಬೇರೆ", "bere", "ಪ್ರತ್ಯೇಕ", "എക്സ്ട്രാ", "വേറെ", "vere", "പ്രത്യേകം", "ਵੱਖਰੇ",
    "ਵੱਖਰਾ", "ਵੱਖਰੀ", "vakhre", "vakhra", "ਐਕਸਟਰਾ",
)  # fmt: skip
_ON_TOP = _folded("ऊपर", "upar", "ਉੱਤੋਂ", "ਉਪਰੋਂ", "उपर", "वरून", "varun", "ઉપરથી", "uparthi")
_FROM = _folded("से", "se", "ਤੋਂ", "ton")


def _asks_apart(reading: _Reading, last: int) -> bool:
    """After the last price, a word of charging apart or on top, with at least one word
    between them (the thing charged: "चौबीस सौ में बिल मिलेगा या ऊपर से लगेगा?"); a word
    right after the number is a charge of its own ("पचास अलग")."""
    words, tokens = reading.words, reading.tokens
    if reading.cue_near(0, last, Cue.ACCEPT, Cue.SOFT_ACCEPT):
        return False  # "okay, 130. Is the blouse piece separate?": agreed, then asked
    for k in range(last + 2, len(words)):
        if any(mark in reading.text[tokens[last - 1].end : tokens[k].start] for mark in ".।?!"):
            return False  # a new sentence asks about something else
        if words[k] in _APART or (
            words[k] in _ON_TOP and (k + 1 >= len(words) or words[k + 1] in _FROM)
        ):
            return True
        if words[k] == "on" and k + 1 < len(words) and words[k + 1] == "top":
            return True
    return False


def _counts_goods(reading: _Reading, k: int) -> bool:
    """The word after the "how many" at `k` is the goods counted, not a price's ending."""
    if k + 1 >= len(reading.words):
        return False
    if reading.tokens[k + 1].raw in "?.,!":
        return False
    return reading.is_plain(k + 1) and not reading.has(k + 1, Cue.OF, Cue.CURRENCY, Cue.UNIT)


def _said_alone(reading: _Reading, end: int) -> bool:
    """The price ends its phrase: no goods counted right after it ("twenty keys")."""
    if end >= len(reading.words) or reading.tokens[end].raw in "?.,!":
        return True
    return not reading.is_plain(end) or reading.words[end] in _MEANS


# A trip's way, asked after a fare: both ways or one way ("a hundred, both ways or one
# way?", "ನೂರು ಅಂದ್ರೆ ಹೋಗಿ ಬರೋದು ಸೇರಿನಾ?"): what the fare covers, no counter. Phrases of
# up to three words, folded.
_TRIP = _folded(
    "both ways", "one way", "one-way", "round trip", "return trip", "आना-जाना", "आना जाना",
    "आने-जाने", "आने जाने", "एक तरफ़", "एक तरफ", "ek taraf", "aana jaana", "ಹೋಗಿ ಬರೋದು",
    "ಹೋಗಿ ಬರುವುದು", "ಒಂದು ಕಡೆ", "ಒಂದು ಕಡೆಗೆ", "ಒಂದು ಕಡೆಗಾ", "hogi barodu", "hogi baroke",
    "ondu kade", "ondu kadege", "వెళ్ళి రావడం", "వెళ్లి రావడం", "ఒక వైపు", "ఒకవైపు",
    "போயிட்டு வர", "ஒரு பக்கம்", "যাওয়া আসা", "যাওয়া-আসা", "একদিক", "এক দিক",
    "जाऊन येऊन", "एका बाजूचे", "જવા આવવાનું", "એક તરફ", "ਆਉਣ ਜਾਣ", "ਇੱਕ ਪਾਸੇ",
    "പോയി വരാൻ", "ഒരു വശം", "ഒരു വശത്തേക്ക്",
)  # fmt: skip


def _asks_trip(reading: _Reading, last: int) -> bool:
    words = reading.words
    return any(
        " ".join(words[k : k + n]) in _TRIP
        for k in range(last, len(words))
        for n in (1, 2, 3)
        if k + n <= len(words)
    )


# Another thing asked along with the price, "too": the goods or service named, then an
# "also" word or ending ("बारह सौ में कवर भी मिलेगा?", "ரெண்டாயிரத்துக்கு டெலிவரியும்
# சேர்த்தா?", "তিন হাজারে মিষ্টিও থাকবে?", "ಸಾವಿರದ ಐನೂರಕ್ಕೆ ಭಾನುವಾರನೂ ಬರ್ತೀರಾ?"). Not a
# pronoun ("will you give this one too for 100?" proposes a deal for both).
_PRONOUNS = _folded(
    "ये", "यह", "इसे", "इसको", "वो", "वह", "मैं", "हम", "आप", "ye", "yeh", "ise", "main", "hum",
    "this", "that", "it", "i", "we", "you", "one", "इथे", "हे", "हा", "ही", "मी", "आम्ही",
    "he", "mi", "આ", "એ", "હું", "અમે", "aa", "ਇਹ", "ਉਹ", "ਮੈਂ", "ਅਸੀਂ", "eh", "ఇది", "అది",
    "నేను", "మేము", "idi", "adi", "এটাও", "ওটাও", "আমিও", "eitao", "இதுவும்", "அதுவும்",
    "நானும்", "ಇದೂ", "ಅದೂ", "ನಾನೂ", "ഇതും", "അതും", "ഞാനും",
)  # fmt: skip
# Asked whether a thing is there or comes with it, after the goods named: "ஆயிரத்தி
# ஐநூறுக்கு மீன் குழம்பு உண்டா?", "ആയിരത്തി ഇരുനൂറിന് പായസം ഉണ്ടാകുമോ?", "at 2,200, is
# the fish curry part of it?".
_COMES_WITH = _folded(
    "உண்டா", "இருக்குமா", "ഉണ്ടോ", "ഉണ്ടാകുമോ", "ഉണ്ടാവുമോ", "ಇರುತ್ತಾ", "ಇರುತ್ತದೆಯಾ",
    "ఉంటుందా", "ఉంటాయా", "থাকবে", "থাকছে", "part",
)  # fmt: skip
# The price on the table said as "that much": "इतने में", "এত টাকায়", "എത്രയും പൈസയ്ക്ക്".
_THAT_MUCH = _folded(
    "इतने", "itne", "उतने", "utne", "এত", "এতো", "eto", "इतक्यात", "एवढ्यात", "तेवढ्यात",
    "एटलामां", "એટલામાં", "આટલામાં", "etla", "etlama", "ਇੰਨੇ", "inne", "అంతకి", "అంతకు",
    "ఇంతకి", "అంత", "ಅಷ್ಟಕ್ಕೆ", "ಇಷ್ಟಕ್ಕೆ", "ashtakke", "അത്രയും", "ഇത്രയും", "athrayum",
    "அவ்வளவுக்கு", "இவ்வளவுக்கு", "avvalavukku",
)  # fmt: skip
_THAT_MUCH_PHRASES = (("that", "much"), ("this", "much"))


def _sentence_end(reading: _Reading, k: int) -> int:
    tokens = reading.tokens
    for j in range(k, len(tokens)):
        if tokens[j].raw in (".", "।", "?", "!"):
            return j
        if j > 0 and any(c in reading.text[tokens[j - 1].end : tokens[j].start] for c in ".।!"):
            return j  # "ഓക്കെ, ആയിരത്തി അഞ്ഞൂറ്. GPay ഉണ്ടോ?": the price's sentence ends there
    return len(tokens)


# Endings of "even if", "ever" that look like the "also" clitic: Tamil "எடுத்தாலும்",
# Malayalam "ആരെങ്കിലും", "എങ്കിലും", Kannada "ತಗೊಂಡ್ರೂ", "ಆದರೂ".
_EVEN_IF_ENDINGS = tuple(fold(w) for w in ("லும்", "ലും", "ರೂ"))
# Verbs of being there that begin like a word of refusal (Bengali "থাক", leave it).
_BE_THERE = _folded("থাকবে", "থাকবেন", "থাকছে", "থাকে")


def _asks_too(reading: _Reading, after: int, *, packing: bool = False) -> bool:
    """After word `after`, in the same sentence, which ends asking, the goods or service
    named with an "also" on it, or asked to be there or to come with it (with `packing`,
    a bag or cover asked for: "for that much, does it come with a bag?")."""
    stop = _sentence_end(reading, after)
    if stop >= len(reading.tokens) or reading.tokens[stop].raw != "?":
        return False
    words = reading.words
    refused = (Cue.REJECT, Cue.NEGATION, Cue.NOT, Cue.TOO_MUCH, Cue.ACCEPT, Cue.SOFT_ACCEPT)
    if any(reading.has(k, *refused) and words[k] not in _BE_THERE for k in range(after, stop)):
        return False
    if reading.cue_near(after, stop, Cue.CURRENCY):
        return False
    if any(reading.number_at[k] is not None for k in range(after, stop)):
        return False
    if packing and reading.cue_near(after, stop, Cue.PAYMENT):
        return True
    for k in range(after, stop):
        if words[k] in _PRONOUNS or (k > after and words[k - 1] in _PRONOUNS):
            continue
        if words[k] in _COMES_WITH and k > after and reading.is_plain(k - 1):
            return True
        if not _also_word(reading, k) or words[k] in ("too",):
            continue
        if words[k] in _ALSO:
            if k > after and reading.is_plain(k - 1) and words[k - 1] not in _PRONOUNS:
                return True
        elif reading.is_plain(k) and k + 1 < stop and not words[k].endswith(_EVEN_IF_ENDINGS):
            return True  # the goods with the ending, then the verb ("..., ஞായറாഴ്ചയും വരുമോ?")
    return False


def asks_what_that_much_covers(reading: _Reading) -> bool:
    """No price said, the one on the table named as "that much", then a thing asked to come
    with it ("इतने में फिटिंग भी कर दोगे?", "അത്രയും പൈസയ്ക്ക് ഫിറ്റിംഗും ചെയ്തു
    തരുമോ?")."""
    if reading.prices:
        return False
    words = reading.words
    for k, word in enumerate(words):
        pair = tuple(words[k : k + 2])
        if word in _THAT_MUCH:
            return _asks_too(reading, k + 1, packing=True)
        if pair in _THAT_MUCH_PHRASES:
            return _asks_too(reading, k + 2, packing=True)
    return False


def asks_what_price_covers(reading: _Reading) -> bool:
    """Whether the line asks what a price said before covers (no price stands)."""
    if not reading.prices or not any(t.raw == "?" for t in reading.tokens):
        return False
    one = reading.prices[0]
    if len(reading.prices) == 1 and not one.quantity and _asks_too(reading, one.end):
        return True  # "बारह सौ में कवर भी मिलेगा?": does the price cover it?
    first = min(p.start for p in reading.prices)
    last = max(p.end for p in reading.prices)
    how_many = _HOW_MANY.get(reading.language, frozenset())
    # not "forty tumblers, how much for all?": a count of goods, no price
    alone = all(_said_alone(reading, p.end) for p in reading.prices)
    for k in range(last, len(reading.words)):
        word = reading.words[k]
        if alone and word in how_many and _counts_goods(reading, k):
            return True
    words = reading.words
    if _asks_trip(reading, last):
        return True  # "a hundred: both ways, or one way?"
    if _asks_apart(reading, last) and not reading.cue_near(last, len(words), Cue.SET):
        return True  # "at 2,400 is the bill included, or is GST charged on top?"
    return any(w in _INCLUDE for w in words[last:]) or (
        reading.language == "en" and any(w in _INCLUDE for w in words[:first])
    )
