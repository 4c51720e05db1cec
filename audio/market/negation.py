"""A way to pay said with "no" beside it: "cash nahi hai, PhonePe kar doon?", "UPI is not
working, I'll give cash". Two ways to pay in one line ask how to pay ("UPI or cash?") only
when neither is refused; the one refused is no act of its own, and the other is the act.

A negation word refuses the way to pay said nearest to it within `_REACH` words: in an
Indic language the nearest one before it, else after it; in English the nearest, the one
before when two are as near; Bengali "না" said between two ways to pay is "or"
("ক্যাশ না অনলাইন?": cash or online?) and refuses neither, in a question also with a word
between ("ক্যাশ দেবেন না অনলাইনে?": will you pay cash or online?).
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold, is_indic
from audio.market.pay_failed import fails
from audio.market.phrases import at, forms_in

_REACH = 3
"""How many words from a way to pay a negation word may stand and still refuse it."""

METHODS = ("pay_upi", "pay_cash", "pay_card")
"""The acts that name a way to pay."""

_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("no", "not", "don't", "dont", "doesn't", "isn't", "nahi", "without"),
    "hi": ("नहीं", "नही", "नी", "nahi", "nahin", "nai", "ni", "मत", "mat"),
    "ta": (
        "இல்ல",
        "இல்லை",
        "வேண்டாம்",
        "illa",
        "illai",
        "vendam",
        "vendaam",
        "venaam",
        # romanized "does not": "scan aagala", "GPay varala", "velai seyyala"
        "aagala",
        "agala",
        "aagalai",
        "varala",
        "seyyala",
        "velaiseyyala",
    ),
    "te": ("లేదు", "లేవు", "వద్దు", "లేదన్నా", "లేదండి", "ledu", "levu", "vaddu"),
    "bn": ("নেই", "না", "নাই", "nei", "nai"),
    # "नाहीये", "nahiye": the spoken "is not" ("QR chalat nahiye")
    "mr": ("नाही", "नाहीत", "नाय", "नको", "नाहीये", "nahi", "nahit", "nay", "nako", "nahiye"),
    "gu": ("નથી", "નહીં", "નઈ", "નૈ", "ના", "nathi", "nahi", "nai"),
    "kn": ("ಇಲ್ಲ", "ಇಲ್ರೀ", "ಇಲ್ರಿ", "ಬೇಡ", "illa", "illri", "beda", "bedi"),
    "ml": ("ഇല്ല", "വേണ്ട", "അല്ല", "illa", "venda", "vendaa", "alla"),
    "pa": ("ਨਹੀਂ", "ਨਹੀ", "ਨੀ", "ਨਈਂ", "ਨਈ", "nahi", "nahin", "ni", "nai"),
}
"""Per language, words that say no (and English's, heard in every language), as said in
the street too ("ਨੀ", "नाय", "નઈ", "ಇಲ್ರೀ")."""

_ENDINGS: dict[str, tuple[str, ...]] = {
    "ta": ("யல", "கல", "ரல"),
    "te": ("ట్లేదు", "లేదు"),
    "kn": ("ಲ್ಲ",),
    "ml": ("ല്ല",),
}
"""Per language, verb endings that say "does not" ("வேலை செய்யல", "ಆಗ್ತಿಲ್ಲ")."""

_SHORT: dict[str, tuple[str, ...]] = {
    "en": ("short", "less"),
    "hi": ("कम", "kam"),
    "ta": ("கம்மி", "கம்மியா", "குறைவ", "kammi", "kammiya", "kammiyaa", "korachal"),
    "te": ("తక్కువ", "తక్కువగా", "takkuva", "thakkuva", "takkuvaga"),
    "bn": ("কম", "kom"),
    "mr": ("कमी", "kami"),
    "gu": ("ઓછા", "ઓછું", "ઓછી", "ochha", "ochhu", "ocha"),
    "kn": ("ಕಮ್ಮಿ", "ಕಡಿಮೆ", "kammi", "kadime"),
    "ml": ("കുറവ", "kurav", "kuravu", "kuravanu", "kuravaanu"),
    "pa": ("ਘੱਟ", "ghatt", "ghat"),
}
"""Per language, words that say too little of a way to pay ("cash kam hai", "short of
cash"): they refuse the way to pay said just before them (or, in English, just before or
after), and say nothing of their own there (no discount asked in "cash kammi")."""

_OK: dict[str, tuple[str, ...]] = {
    "en": ("do", "ok", "okay", "fine", "chalega", "chalegi"),
    "hi": ("चलेगा", "चलेगी", "चलता", "ठीक", "chalega", "chalegi", "chalta"),
    "ta": ("நடக்குமா", "ஓகேவா", "பரவாயில்லையா", "ஓகே", "nadakkuma", "okva"),
    "te": ("పర్వాలేదా", "పర్లేదా", "ఓకేనా", "నడుస్తుందా", "paravaledha", "parledha", "okena"),
    "bn": ("চলবে", "হবে", "cholbe", "hobe"),
    "mr": ("चालेल", "चालतं", "chalel", "chalta"),
    "gu": ("ચાલશે", "ચાલે", "chalshe", "chale"),
    "kn": ("ಆಗುತ್ತಾ", "ಆಗುತ್ತೆ", "ನಡೆಯುತ್ತಾ", "ಓಕೆನಾ", "aagutta", "agutta", "nadeyutta"),
    "ml": ("മതിയോ", "മതി", "നടക്കുമോ", "ഓക്കെ", "mathiyo", "nadakkumo"),
    "pa": ("ਚੱਲੂ", "ਚੱਲੇਗਾ", "ਚੱਲਦਾ", "ਠੀਕ", "chalu", "chalega", "chalda"),
}
"""Per language, words that ask whether a way to pay will do ("card chalega?", "கார்டு
நடக்குமா?"): the way to pay said just before one is the one meant, over another said in
the same line ("card chalega? cash kam hai"), and the word says no act of its own."""

OTHERWISE: dict[str, str] = {
    "en": "otherwise; nahi to; nahi toh; warna; varna",
    "hi": "नहीं तो; नही तो; वरना; nahi to; nahi toh",
    "ta": "இல்லன்னா; இல்லைன்னா; இல்லேன்னா; இல்லாட்டி; illana; illanna; illaina; illatti",
    "te": "లేకపోతే; లేదంటే; lekapothe; ledante",
    "bn": "নইলে; নাহলে; না হলে; noile; nahole; na hole",
    "mr": "नाहीतर; नाही तर; नायतर; nahitar; nahi tar",
    "gu": "નહીંતર; નહિતર; નહીં તો; નઈ તો; nahitar; nahi to",
    "kn": "ಇಲ್ಲಾಂದ್ರೆ; ಇಲ್ಲಾಂದರೆ; ಇಲ್ಲದಿದ್ದರೆ; ಇಲ್ಲಂದ್ರೆ; illandre; illadiddare",
    "ml": "ഇല്ലേൽ; ഇല്ലെങ്കിൽ; ഇല്ലെങ്കി; illel; illenkil",
    "pa": "ਨਹੀਂ ਤਾਂ; ਨਹੀਂਤਾਂ; ਨਈ ਤਾਂ; nahi taan; nahi ta; ni ta",
}
"""Per language, "otherwise" said with a word for no ("एक पन्नी दे दो नहीं तो टपकेगा", give
a bag, otherwise it drips): it gives the reason for what is asked and refuses nothing."""

_BROKEN: dict[str, tuple[str, ...]] = {
    "en": ("down", "failing", "fails", "failed", "never", "broken", "kharab", "band"),
    "hi": ("खराब", "ख़राब", "बंद", "डाउन", "kharab", "band"),
    # "won't go", "won't work" of a way to pay: "ஜிபே போகாது", "ఫోన్‌పే పోదు"
    "ta": (
        "கெட்டுப்போச்சு",
        "ரிப்பேர்",
        "repair",
        "போகாது",
        "ஆகாது",
        "நடக்காது",
        "pogadhu",
        "pogathu",
        "aagadhu",
        "aagathu",
        "டவுன்",
    ),
    "te": ("పాడైంది", "రిపేర్", "padaindi", "repair", "పోదు", "అవ్వదు", "avvadhu", "డౌన్"),
    "bn": ("খারাপ", "বন্ধ", "ডাউন", "kharap", "bondho"),
    "mr": ("खराब", "बंद", "डाउन", "kharab", "band"),
    "gu": ("ખરાબ", "બંધ", "ડાઉન", "kharab", "bandh"),
    "kn": ("ಕೆಟ್ಟಿದೆ", "ಕೆಟ್ಟೋಗಿದೆ", "ರಿಪೇರಿ", "ಡೌನ್", "repair"),
    "ml": ("കേടാ", "കേടായി", "കേട്", "ഡൗൺ", "kedaa", "kedayi"),
    "pa": ("ਖਰਾਬ", "ਖ਼ਰਾਬ", "ਬੰਦ", "ਡਾਊਨ", "kharab", "band"),
}
"""Per language, words that say a way to pay does not work ("your card machine never
works", "UPI scanner is down", "कार्ड मशीन खराब है"): they refuse it as a "no" does, so the
other way said beside it is the one the speaker pays with."""

_ROMAN_ENDINGS: dict[str, tuple[str, ...]] = {
    "te": ("tledu", "yyadu", "avvadu"),
    "kn": ("tilla", "talla"),
    "ml": ("unnilla",),
}
"""Per language, romanized endings of "does not" ("work avvatledu", "panicheyyadu")."""

_DEVICE = (
    "machine; scanner; server; network; net; qr; app; system; मशीन; सर्वर; नेटवर्क; नेट; "
    "স্ক্যানার; মেশিন; সার্ভার; নেট; मशिन; મશીન; સર્વર; નેટ; மெஷின்; சர்வர்; நெட்; "
    "మెషిన్; మిషన్; సర్వర్; నెట్; ಮೆಷಿನ್; ಸರ್ವರ್; ನೆಟ್; മെഷീൻ; സെർവർ; നെറ്റ്; ਮਸ਼ੀਨ; "
    "ਸਰਵਰ; ਨੈੱਟ; mashin; mishan"
)
"""The device a way to pay works through, said after it ("card machine", "UPI scanner"):
a "no" after the device reaches the way to pay two words further."""

_PARTICLES = (
    "तो; ही; भी; तर; पण; તો; જ; પણ; ਤਾਂ; ਹੀ; ਵੀ; তো; ও; to; hi; bhi; is; always; keeps; "
    "anyway; your; the; आपकी; आपका; तुमची; તમારું; তোমার; ਤੁਹਾਡੀ; ਤੁਹਾਡਾ"
)
"""Words that may stand between a device and its "no" and reach no further ("कार्ड
मशीन तो चलती ही नहीं")."""

_ALSO_OR: dict[str, tuple[str, ...]] = {"bn": ("না",)}
"""Per language, negation words that also say "or" between two choices."""

_OR_BETWEEN: dict[str, tuple[str, ...]] = {
    **_ALSO_OR,
    "ta": ("இல்ல", "இல்லை", "illa", "illai"),
    "kn": ("ಇಲ್ಲ", "illa", "ಇಲ್ಲಾ", "illaa", "ಇಲ್ಲಾಂದ್ರೆ", "ಇಲ್ಲಾಂದರೆ", "illandre"),
}
"""Per language, negation words that say "or" only between two ways to pay ("காசா இல்ல
ஜிபேயா?": cash or GPay?; "card tagotira illa cash maatrana?") in a question; said
elsewhere they still refuse ("காசு இல்ல, ஜிபே பண்றேன்": no cash, I'll pay by GPay)."""


@lru_cache(maxsize=16)
def _forms(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    words = {fold(w) for w in (*_WORDS.get(language, ()), *_WORDS["en"])}
    return frozenset(words), tuple(fold(e) for e in _ENDINGS.get(language, ()))


@lru_cache(maxsize=16)
def _broken(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    words = {fold(w) for w in (*_BROKEN.get(language, ()), *_BROKEN["en"])}
    return frozenset(words), tuple(fold(e) for e in _ROMAN_ENDINGS.get(language, ()))


@lru_cache(maxsize=1)
def _device_words() -> tuple[frozenset[str], frozenset[str]]:
    device = frozenset(fold(w.strip()) for w in _DEVICE.split(";"))
    return device, frozenset(fold(w.strip()) for w in _PARTICLES.split(";"))


def says_broken(word: str, language: str) -> bool:
    """Whether `word` (folded) says a way to pay does not work (`_BROKEN`), or fails
    (`audio.market.pay_failed`)."""
    words, endings = _broken(language)
    return (
        word in words
        or (
            not is_indic(word) and any(word.endswith(e) and len(word) > len(e) + 1 for e in endings)
        )
        or fails(word, language)
    )


def _through_device(words: list[str], end: int) -> int:
    """How many words past `end` (a way to pay's) its device and the particles after it
    stand ("card machine to ..."): 0 where no device follows."""
    device, particles = _device_words()
    if end >= len(words) or words[end] not in device:
        return 0
    n = 1
    while end + n < len(words) and n < 4 and words[end + n] in particles:
        n += 1
    return n


def is_negation(word: str, language: str) -> bool:
    """Whether `word` (folded) says no in `language`."""
    words, endings = _forms(language)
    if word in words or any(word.endswith(e) and word != e for e in endings):
        return True
    # "లేదన్నా", "இல்லண்ணா": the word for no with a term of address on it
    return is_indic(word) and any(len(w) >= 3 and word.startswith(w) for w in words)


def _near_after(
    words: list[str], spans: list[tuple[int, int]], table: dict[str, tuple[str, ...]], language: str
) -> dict[int, int]:
    """For each span followed (within a word) by a word of `table`: that word's index."""
    said = {fold(w) for w in (*table.get(language, ()), *table["en"])}
    out: dict[int, int] = {}
    for k, (_, end) in enumerate(spans):
        for i in range(end, min(end + 2, len(words))):
            if words[i] in said or (
                is_indic(words[i])
                and any(len(w) >= 3 and words[i].startswith(w) for w in said if is_indic(w))
            ):
                out[k] = i
                break
    return out


def short_of(words: list[str], spans: list[tuple[int, int]], language: str) -> dict[int, int]:
    """Which of `spans` (ways to pay said) a word of too little follows ("cash kam hai",
    "I'm short of cash"), each with that word's index."""
    out = _near_after(words, spans, _SHORT, language)
    said = {fold(w) for w in _SHORT["en"]}
    for k, (start, _) in enumerate(spans):
        for i in range(max(0, start - 2), start):
            if words[i] in said:
                out.setdefault(k, i)
    return out


def asked_for(words: list[str], spans: list[tuple[int, int]], language: str) -> dict[int, int]:
    """Which of `spans` (ways to pay said) a word asking "will it do?" follows ("card
    chalega?"), each with that word's index."""
    return _near_after(words, spans, _OK, language)


def refused(
    words: list[str],
    spans: list[tuple[int, int]],
    language: str,
    plain: bool = False,
    reach: int = _REACH,
    punct: frozenset[int] = frozenset(),
    clauses: frozenset[int] = frozenset(),
    skip: frozenset[int] = frozenset(),
) -> set[int]:
    """Which of `spans` (ways to pay said, token spans [start, end)) a negation refuses;
    `plain`: only by a word that says nothing but no (Bengali "দাও না" asks, "please
    give"); `reach`: how many words away it may stand; `punct`: indices of words after
    punctuation, which a negation said after a span does not reach back across;
    `clauses`: the same, which in an Indic language a negation does not reach across
    either way (`punct` counts too): "कैश दूँगा, नेट नहीं है" (I'll give cash, there's no
    net) refuses no cash, its "no" the reason another way fails. A negation after a question
    mark with a way to pay after it refuses that one, not the one asked: "can I pay by
    card? not enough cash" asks about the card, the cash its reason."""
    out: set[int] = set()
    asked = frozenset(j + 1 for j, w in enumerate(words) if w == "?")
    also = {fold(w) for w in _ALSO_OR.get(language, ())}
    either = {fold(w) for w in _OR_BETWEEN.get(language, ())}
    for i, word in enumerate(words):
        broken = not plain and says_broken(word, language)
        if not (is_negation(word, language) or broken) or (plain and word in also) or i in skip:
            continue
        if any(at(f, words, i) for f in forms_in(language, OTHERWISE)):
            continue
        if _refuses_next(words, i, spans):
            continue  # "meter or no meter, UPI or cash?": the meter is refused
        # "X না Y": or; in a question also with a verb between ("ক্যাশ দেবেন না অনলাইনে?")
        gap = 1 if "?" in words else 0
        between = any(i - gap <= e <= i for _, e in spans) and any(
            i + 1 <= s <= i + 1 + gap for s, _ in spans
        )
        if between and (word in also or (word in either and "?" in words)):
            continue
        near = [
            (s - i if s > i else max(1, i - e - _through_device(words, e) + 1), s > i, k)
            for k, (s, e) in enumerate(spans)
            if not s <= i < e
            and not _across(i, s, e, punct | (clauses if language != "en" else frozenset()))
            and not (language != "en" and _ahead(i, s, punct | clauses))
            and not (s > i and _clause_ends(words, i, punct | clauses))
        ]
        limit = reach
        if language == "en" and words[i + 1 : i + 2] and words[i + 1] in _HOLD:
            # "card? I don't have (carry) that much cash": what is not had comes after
            near, limit = [n for n in near if n[1]], reach + 2
        near = [n for n in near if n[0] <= limit]
        if any(n[1] for n in near):
            # "can I pay by card? not enough cash": the card asked, the cash the reason
            near = [n for n in near if n[1] or not _across(i, *spans[n[2]], asked)]
        if near:
            # Indic languages say no after the thing refused ("GPay काम नहीं कर रहा")
            key = (lambda n: n) if language == "en" else (lambda n: (n[1], n[0]))
            out.add(min(near, key=key)[2])
    return out


_BEFORE = frozenset({"no", "without"})
"""English words that refuse the noun right after them ("no meter", "without a bill")."""


def _refuses_next(words: list[str], i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the English "no" at `i` refuses the word right after it, no way to pay."""
    if words[i] not in _BEFORE or i + 1 >= len(words) or words[i + 1] == "?":
        return False
    return not any(s <= i + 1 < e for s, e in spans)


def _clause_ends(words: list[str], i: int, breaks: frozenset[int]) -> bool:
    """Whether the word at `i` ends its clause ("meter or not? UPI or cash?"): a "no" there
    refuses what came before it, nothing after."""
    return i + 1 in breaks or words[i + 1 : i + 2] == ["?"]


def _across(i: int, start: int, end: int, punct: frozenset[int]) -> bool:
    """Whether word i (a negation) follows the span [start, end) past punctuation: "a
    bag, please, I can't carry it" refuses no bag; a "no" before it still reaches on
    ("don't give a polythene, a bag I have")."""
    return start < i and any(end <= b <= i for b in punct)


def _ahead(i: int, start: int, punct: frozenset[int]) -> bool:
    """Whether word i (a negation) comes before a span at `start` past punctuation: in an
    Indic language "no" follows what it refuses, so the "नहीं" of "नेट नहीं चल रहा, कैश दे
    देता हूँ" (the net isn't working, I'll give cash) refuses no cash."""
    return i < start and any(i < b <= start for b in punct)


_HOLD = frozenset(fold(w) for w in ("have", "got", "carry", "keep", "bring", "hold"))
"""English verbs of having on one: "I don't carry that much cash"."""

_ASKING = ("give", "put", "pack", "send")
"""English words that ask for a thing: "give one cover, no" asks with a tag "no"."""


def tag_no(words: list[str], span: tuple[int, int], language: str) -> bool:
    """Whether the only "no" after `span` (a thing asked for, in English) is the tag that
    closes a request ("give one cover no", "put it in a cover no, anna"): it follows the
    thing, at most a term of address or a question mark and a reason after it ("a bag no?
    it leaks"), a word of asking before it, and no other
    negation in the line."""
    if language != "en" or "no" not in words[span[1] : span[1] + 2]:
        return False
    at = words.index("no", span[1])
    return (
        (len(words) - at <= 2 or words[at + 1 : at + 2] == ["?"])
        and any(w in _ASKING for w in words[: span[0]])
        and sum(is_negation(w, language) for w in words) == 1
    )
