"""An amount said back and refused, with no amount of the speaker's own: "Three thousand
for an old cooler with no motor? No sir, not possible", "हज़ार में ये गद्दा नहीं आता",
"हजारात हे हार येत नाहीत", "અઢી હજારમાં તો નવું ફ્રિજ આવી જાય, ના બેન ના", "for two
thousand you'd get a new one, no way". The amount is the one refused, never offered:
with no other price in the line it rejects with no amount. Called from
`audio.understanding.refused_at`."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.habits import HABIT
from audio.understanding.reading import _Price, _Reading
from audio.understanding.refused_that import refused_after_echo

_REFUSING = (Cue.REJECT, Cue.NEGATION, Cue.NOT)
_AGREEING = (Cue.ACCEPT, Cue.SOFT_ACCEPT)
_STOPS = ".।!"

# "In" or "for" the amount, as a word after it or an ending on it: "हज़ार में",
# "हजारात", "હજારમાં", "ஆயிரத்துக்கு", and English "for" before it.
_IN_AFTER = frozenset(fold(w) for w in ("में", "mein", "me", "mai", "ਵਿੱਚ", "vich", "ma", "ma"))
_IN_ENDINGS = frozenset(
    ("ात", "ाट", "त", "માં", "મા", "ਚ", "ে", "তে", "য়", "க்கு", "ுக்கு", "కి", "ಕ್ಕೆ", "ക്ക്", "ിന്")
)
_ENDED = tuple(e for e in _IN_ENDINGS if len(e) > 1)
_IN_BEFORE = frozenset(fold(w) for w in ("for", "in"))
# A verb of coming or getting: "in X it doesn't come", "for X you'd get a new one".
_COME_GET = tuple(
    fold(w)
    for w in (
        "आत", "आए", "आये", "आएग", "मिल", "येत", "येणार", "मिळ", "આવ", "મળ", "ਆਉ", "ਆਂਦ",
        "ਮਿਲ", "আস", "পাওয়া", "পাবেন", "পাব", "வரா", "வரும", "கிடை", "వస్త", "రాద",
        "దొరు", "ಬರಲ್ಲ", "ಬರುತ್ತ", "ಸಿಗ", "വരില്ല", "വരും", "കിട്ട", "get", "come",
        "aata", "aati", "milta", "milega", "yet", "aave", "aavi", "male",
    )
)  # fmt: skip


# A "no" said before the verb of coming: Gujarati "ના આવે", "નહીં આવે".
_NO_BEFORE = frozenset(fold(w) for w in ("ના", "નહીં", "નઈ", "na", "nahi", "nai"))

# Scrap, junk, waste paper, rubbish: what the goods are called to scorn the amount.
_SCRAP = tuple(
    fold(w)
    for w in (
        "waste", "junk", "scrap", "rubbish", "raddi", "रद्दी", "कबाड़", "कबाड", "kabad",
        "kabaad", "भंगार", "bhangar", "पस्ती", "pasti", "કચરો", "પસ્તી", "ભંગાર", "ਰੱਦੀ",
        "ਕਬਾੜ", "কাবাড়", "রদ্দি", "জঞ্জাল", "আবর্জনা", "ভাঙারি", "చెత్త", "చిత్తు",
        "గుజిరీ", "குப்பை", "kuppai", "ಕಸ", "ರದ್ದಿ", "ಗುಜರಿ",
        "ചവറ", "ആക്രി", "പാഴ്", "chavar", "aakri", "gujari", "guzri",
    )
)  # fmt: skip

# "Old paper", the waste-paper man's goods.
_OLD = frozenset(
    fold(w)
    for w in (
        "old", "पुराना", "पुराने", "पुरानी", "purana", "purane", "পুরোনো", "পুরনো", "purono",
        "பழைய", "pazhaya", "പഴയ", "పాత", "paata", "ಹಳೆ", "ಹಳೇ", "hale", "જૂનું", "જૂના",
        "ਪੁਰਾਣਾ", "ਪੁਰਾਣੇ", "जुनी", "जुने", "juni",
    )
)  # fmt: skip
_PAPER = tuple(
    fold(w)
    for w in (
        "paper", "pepar", "कागज", "कागज़", "kagaz", "kagaj", "কাগজ", "kagoj", "பேப்பர",
        "காகித", "പേപ്പർ", "കടലാസ", "కాగిత", "పేపర", "ಪೇಪರ", "ಕಾಗದ", "કાગળ", "ਕਾਗਜ਼",
        "ਕਾਗਜ",
    )
)  # fmt: skip

# "New", said of what the amount would buy instead: "for that I'd buy new shoes".
_NEW = frozenset(
    fold(w)
    for w in (
        "new", "नया", "नई", "नये", "नए", "naya", "nayi", "नवीन", "नवे", "नवी", "navin",
        "નવું", "નવા", "નવી", "ਨਵਾਂ", "ਨਵੀਂ", "ਨਵੇਂ", "নতুন", "notun", "புது", "புதிய",
        "pudhu", "puthu", "కొత్త", "kotha", "ಹೊಸ", "hosa", "പുതിയ", "puthiya",
    )
)  # fmt: skip
# A verb of coming said alone ("भैंस आ जाती है", a buffalo comes for that much).
_COMES = frozenset(fold(w) for w in ("आ", "aa", "ਆ", "આવી"))

# The stems of `_COME_GET` that get, not come: "for that I'd get new shoes" keeps its
# reading with the speaker as the one getting.
_GET = tuple(
    fold(w)
    for w in (
        "मिल", "मिळ", "મળ", "ਮਿਲ", "পাওয়া", "পাবেন", "পাব", "கிடை", "దొరు", "ಸಿಗ", "കിട്ട",
        "get", "milta", "milega", "male",
    )
)  # fmt: skip

# The speaker, or a habit (`HABIT`: "every week", "daily"), with the verb of coming: the speaker's
# own visits told as a reason ("can you do 300? I come every week", "रोज़ आती हूँ"),
# never goods that would come for the amount.
_SPEAKER = frozenset(
    fold(w)
    for w in (
        "i", "we", "मैं", "हम", "main", "hum", "हूँ", "हूं", "hoon", "hun", "मी", "आम्ही",
        "येतो", "येते", "હું", "અમે", "ਮੈਂ", "ਅਸੀਂ", "আমি", "আমরা", "ami", "நான்", "நாங்க",
        "naan", "నేను", "మేము", "nenu", "ನಾನು", "ನಾವು", "naanu", "ഞാൻ", "ഞങ്ങൾ", "njan",
    )
)  # fmt: skip


# "For that much", said before what it would get: "एवढ्यात तर नवा येतो" (for that much a
# new one comes). With it Marathi "येतो" is "it comes", not "I come".
_FOR_THAT_MUCH = frozenset(
    fold(w) for w in ("एवढ्यात", "इतक्यात", "तेवढ्यात", "evdhyat", "itkyat", "इतने", "itne")
)


def _bought_instead(reading: _Reading, k: int) -> bool:
    """After the question at `k`: what the amount would get instead ("For that I'd buy
    new shoes", "इतने में तो भैंस आ जाती है", "ওই দামে তো নতুন জুতো হয়ে যাবে")."""
    if any(c in _AGREEING for c, start, _end in reading.occurrences if start >= k):
        return False
    after = reading.words[k:]
    habit = any(w in HABIT for w in after)
    that_much = any(w in _FOR_THAT_MUCH for w in after)
    visits = habit or (not that_much and any(w in _SPEAKER for w in after))
    said = any(
        w in _NEW
        or (
            not visits
            and ((w in _COMES and not reading.has(j, Cue.ARTICLE)) or w.startswith(_COME_GET))
        )  # English "a" is no "आ"
        or (visits and not habit and w.startswith(_GET))
        for j, w in enumerate(after, start=k)
    )
    reading.bought_instead = reading.bought_instead or said
    return said


# "With that much", said after the "no" as the reason: what that much money would cover
# instead ("సరే? వద్దు, అంత డబ్బుతో పండగ మొత్తం అయిపోతుంది", "ਨਹੀਂ ਜੀ, ਇੰਨੇ ਵਿੱਚ ਤਾਂ ਸਾਰਾ
# ਤਿਉਹਾਰ ਨਿੱਕਲ ਜਾਂਦਾ", "ના, એટલામાં તો આખો તહેવાર થઈ જાય").
_WITH_THAT_MUCH = frozenset(
    fold(w)
    for w in (
        *_FOR_THAT_MUCH, "इतने", "इतने", "उतने", "एटलामां", "એટલામાં", "આટલામાં", "etlama",
        "ਇੰਨੇ", "ਇੰਨੇ", "ਐਨੇ", "inne", "এত", "এতো", "এতে", "ওতে", "eto", "అంత", "ఇంత",
        "అంతకి", "ఇంతకి", "அவ்வளவுக்கு", "இவ்வளவுக்கு", "அவ்வளவு", "അത്രയും", "അത്ര",
        "ಅಷ್ಟಕ್ಕೆ", "ಇಷ್ಟಕ್ಕೆ", "ಅಷ್ಟು", "ಇಷ್ಟು",
    )
)  # fmt: skip


def _that_much_instead(reading: _Reading, k: int) -> bool:
    """After the question at `k`: a "no", then what that much money would do instead."""
    if any(c in _AGREEING for c, start, _end in reading.occurrences if start >= k):
        return False
    words = reading.words
    while k < len(words) and reading.tokens[k].raw in "?,!.":
        k += 1
    no = [j for j in range(k, len(words)) if reading.has(j, *_REFUSING) or words[j] in _NO_BEFORE]
    if not no or no[0] != k:
        return False  # the "no" first, right after the question
    after = words[no[0] + 1 :]
    if not any(w in _WITH_THAT_MUCH for w in after[:3]) or len(after) < 3:
        return False
    if any(reading.number_at[j] is not None for j in range(no[0] + 1, len(words))):
        return False  # a price of the speaker's own after it
    reading.bought_instead = True
    return True


def _scorned(reading: _Reading, k: int) -> bool:
    """After the question at `k`: the goods called scrap or junk ("40 for one book? this
    is waste-paper stuff", "पचास? ये तो रद्दी के भाव का है"): the amount is refused."""
    if any(c in _AGREEING for c, start, _end in reading.occurrences if start >= k):
        return False
    words = reading.words[k:]
    said = any(w.startswith(_SCRAP) for w in words)
    said = said or any(
        old in _OLD and paper.startswith(_PAPER) for old, paper in pairwise(words)
    )  # "এ তো পুরোনো কাগজের দাম", old paper's price
    reading.refused_uncued = reading.refused_uncued or said
    return said


# Home, where the goods would be made instead: "450 for a box? better we make it at home",
# "ढाई सौ? इससे अच्छा घर पे बना लें", "ಮನೆಯಲ್ಲೇ ಮಾಡ್ಕೊಳ್ತೀವಿ".
_HOME = tuple(
    fold(w)
    for w in (
        "home", "घर", "ghar", "घरी", "घरीच", "ghari", "ઘરે", "ઘેર", "ghare", "ਘਰ", "বাড়ি",
        "বাড়িতে", "ঘরে", "bari", "barite", "ఇంట్లో", "ఇంటి", "intlo", "வீட்டில", "வீட்டுல",
        "veettula", "ಮನೆ", "mane", "വീട്ടിൽ", "veettil",
        # spoken forms: "வீட்லயே" (at home itself), "ಮನೇಲೇ", "വീട്ടില്"
        "வீட்ல", "veetla", "ಮನೇ", "manel", "വീട്ടില", "വീട്ടീ",
    )
)  # fmt: skip


# "Than this", before a "good" that says "better" ("इससे अच्छा घर पे बना लें"), no agreement.
_THAN_THIS = frozenset(fold(w) for w in ("इससे", "उससे", "isse", "usse", "than", "इसके", "ehde"))


def _made_at_home(reading: _Reading, k: int) -> bool:
    """After the question at `k`: the goods would be made at home instead. A "take" after
    the home word is the making verb's own ("বাড়িতে বানিয়ে নেব", I'll make it at home)."""
    words = reading.words
    home = next((j for j in range(k, len(words)) if words[j].startswith(_HOME)), None)
    if any(
        c in _AGREEING and not (start > 0 and reading.words[start - 1] in _THAN_THIS)
        for c, start, _end in reading.occurrences
        if start >= k and (home is None or start < home)
    ):
        return False
    said = home is not None
    reading.refused_uncued = reading.refused_uncued or said
    return said


def _sentence_end(reading: _Reading, k: int) -> bool:
    """A full stop or "!" right after token `k`."""
    tokens = reading.tokens
    if k + 1 >= len(tokens):
        return True
    said = reading.text[tokens[k].end : tokens[k + 1].start] + tokens[k + 1].raw
    return any(c in _STOPS for c in said)


def _refused_after(reading: _Reading, k: int) -> bool:
    after = [cue for cue, start, _end in reading.occurrences if start >= k]
    return any(c in _REFUSING for c in after) and not any(c in _AGREEING for c in after)


def _called_too_much(reading: _Reading, k: int) -> bool:
    """After the question at `k`: "too much", "so costly" ("120 for a charger? too much")."""
    after = [cue for cue, start, _end in reading.occurrences if start >= k]
    said = Cue.TOO_MUCH in after and not any(c in _AGREEING for c in after)
    reading.refused_uncued = reading.refused_uncued or said
    return said


def _asked_then_refused(reading: _Reading, price: _Price) -> bool:
    """The amount in a question ("Three thousand for an old cooler?"), then a refusal."""
    tokens = reading.tokens
    for k in range(price.end - 1, len(tokens) - 1):
        said = reading.text[tokens[k].end : tokens[k + 1].start] + tokens[k + 1].raw
        if "?" in said:
            refused = _refused_after(reading, k + 1) or _bought_instead(reading, k + 1)
            refused = refused or _called_too_much(reading, k + 1) or _made_at_home(reading, k + 1)
            refused = refused or refused_after_echo(reading, k + 1)  # "600? nobody gives"
            return refused or _scorned(reading, k + 1)
        if any(c in _STOPS for c in said):
            return False
    return False


def _in_it_comes(reading: _Reading, price: _Price) -> bool:
    """ "in X it doesn't come", "for X you'd get a new one": an "in" or "for" on the
    amount, a verb of coming or getting in its clause, and a refusal after it."""
    words = reading.words
    inside = price.span.suffix in _IN_ENDINGS
    # the ending on the rupee word after the number: "સો રૂપિયામાં", "నలభై రూపాయలకి"
    inside = inside or (price.end - 1 > price.start and words[price.end - 1].endswith(_ENDED))
    inside = inside or (price.end < len(words) and words[price.end] in _IN_AFTER)
    inside = inside or (price.start > 0 and words[price.start - 1] in _IN_BEFORE)
    if not inside:
        return False
    for k in range(price.end, min(price.end + 8, len(words))):
        if words[k].startswith(_COME_GET):
            # Gujarati puts its "no" before the verb: "સોમાં આ ના આવે" (the tables read
            # "ના" as "of" elsewhere)
            if k > price.end and words[k - 1] in _NO_BEFORE:
                reading.refused_uncued = True  # no refusal cue says it: the line rejects
                return True
            return _refused_after(reading, price.end)
        if _sentence_end(reading, k):
            return False
    return False


def echo_refused(reading: _Reading, price: _Price) -> bool:
    """Whether `price`, the only price in the line, is said back and refused."""
    if len(reading.prices) != 1:
        return False
    return _asked_then_refused(reading, price) or _in_it_comes(reading, price)


def that_much_refused(reading: _Reading) -> bool:
    """The only price said back in a question, then "no, with that much ... instead"
    ("ఐదు వందలా? వద్దు, అంత డబ్బుతో పండగ మొత్తం అయిపోతుంది"): refused, for a reason."""
    if len(reading.prices) != 1:
        return False
    tokens = reading.tokens
    for k in range(reading.prices[0].end - 1, len(tokens) - 1):
        said = reading.text[tokens[k].end : tokens[k + 1].start] + tokens[k + 1].raw
        if "?" in said:
            return _that_much_instead(reading, k + 1)
        if any(c in _STOPS for c in said):
            return False
    return False
