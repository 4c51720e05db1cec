"""Cues in what is said around a move, not the move itself: buying elsewhere or later
(refusals), greetings and tag questions (small talk). Paying is in `moves`, which needs it
for refusals; bags and packing are in `bags`."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.understanding.elsewhere_words import (
    AHEAD,
    ELSEWHERE,
    ELSEWHERE_ALONE,
    FROM,
    LOOK_STEMS,
    OPPOSITE_AFTER,
    OTHER_STEMS,
    PLACE_STEMS,
    TAKE_STEMS,
    THERE_ITSELF,
    YONDER,
    YONDER_FROM,
)
from audio.understanding.no_money import _change_word
from audio.understanding.reading import _joined, _Reading


def _from_yonder(reading: _Reading, k: int) -> bool:
    """Token `k` says "from over there" and a taking verb follows within a few words."""
    words = reading.words
    if words[k] in YONDER_FROM:
        end = k + 1
    elif words[k] in YONDER and k + 1 < len(words) and words[k + 1] in FROM:
        end = k + 2
    elif words[k] in YONDER and k > 0 and words[k - 1] in FROM:
        end = k + 1  # "from over there", "from there"
    elif words[k] in THERE_ITSELF or (words[k] == "him" and k > 0 and words[k - 1] == "from"):
        end = k + 1  # "அங்கேயே வாங்கிக்கோங்க", "buy it from him then"
    else:
        # "buy it there then"
        return words[k] == "there" and any(w in ("buy", "get") for w in words[max(k - 2, 0) : k])
    return any(
        o[0] in (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT) and end <= o[1] < end + 4
        for o in reading.occurrences
    ) or any(w.startswith(TAKE_STEMS) for w in (*words[max(k - 4, 0) : k], *words[end : end + 4]))


# English "take it from the booth (then)", "go buy them at the supermarket": a taking verb
# told to the listener, then "from" or "at" and a place; "I get it from the market" is the
# speaker's own buying, and "take it from me" names no place.
_EN_TAKE = frozenset(("take", "buy", "get"))
_EN_AT_PLACE = frozenset(("from", "at"))
_EN_DETERMINERS = frozenset(("the", "that", "this", "a", "their", "some"))
_EN_SUBJECTS = frozenset(("i", "we", "i'll", "we'll", "he", "she", "they", "i'd", "we'd"))


def _told_to_buy_at(reading: _Reading, k: int, places: tuple[str, ...]) -> bool:
    words = reading.words
    if reading.language != "en" or words[k] not in _EN_TAKE or not places:
        return False
    if k > 0 and words[k - 1] in _EN_SUBJECTS | {"to", "will", "can", "could", "would"}:
        return False
    j = k + 1
    while j < len(words) and j <= k + 2 and words[j] in ("it", "them", "one", "some"):
        j += 1
    if j >= len(words) or words[j] not in _EN_AT_PLACE:
        return False
    j += 1
    while j < len(words) and words[j] in _EN_DETERMINERS:
        j += 1
    return any(w.startswith(places) for w in words[j : j + 2])


def elsewhere_at(reading: _Reading) -> int | None:
    """The token where the speaker says they will buy elsewhere, or None."""
    others = tuple(fold(w) for w in OTHER_STEMS.get(reading.language, ()))
    places = tuple(fold(w) for w in PLACE_STEMS.get(reading.language, ()))
    words = reading.words
    for k, word in enumerate(words[:-1]):
        if word in AHEAD and words[k + 1].startswith(LOOK_STEMS):
            return k
    for k, word in enumerate(words):
        if word in ELSEWHERE and k + 1 < len(words) and words[k + 1] in _ELSE_AFTER:
            return k
        if word in ELSEWHERE_ALONE or _from_yonder(reading, k):
            return k
        if _told_to_buy_at(reading, k, places):
            return k
        if (
            others
            and word.startswith(others)
            and any(w.startswith(places) for w in words[k + 1 : k + 3])
        ):
            return k
        if word in OPPOSITE_AFTER and any(w.startswith(places) for w in words[max(k - 2, 0) : k]):
            return k  # "the stall opposite"
    return None


# Opening and closing, said of a shop: "the shop opposite closes at 9", "सामने वाली दुकान
# 9 बजे बंद", "எதிர்க்கடை 9 மணிக்கு மூடிடுவாங்க": its hours, not where the speaker buys.
_OPEN_SHUT_STEMS = tuple(
    fold(w)
    for w in (
        "open", "close", "shut", "खुल", "বন্ধ", "খোলে", "খোলা", "उघड", "બંધ", "ખુલ", "ਖੁੱਲ",
        "ਖੁਲ", "மூடு", "மூடி", "திற", "మూస", "తెరు", "తెరిచ", "ಮುಚ್ಚ", "ತೆರೆ", "അടയ്ക്ക",
        "അടക്ക", "തുറക്ക",
    )
)  # fmt: skip
# Whole words only: "band" begins Telugu "bandi" (a cart), "बंद" Hindi "बंदर".
_OPEN_SHUT_WORDS = frozenset(
    fold(w)
    for w in (
        "band", "bandh", "बंद", "ਬੰਦ", "khula", "khuli", "khulta", "khulti", "khulega",
        "bondho", "khole", "khola", "ughadta", "ughadte", "khulla", "khulda", "moodiduvanga",
        "moodi", "thirakkum", "moosestaru", "moostaru", "mucchutte", "adakkum", "adaykkum",
        "thurakkum",
    )
)  # fmt: skip


def shop_hours(reading: _Reading) -> bool:
    """The talk is of when a shop opens or closes, or an hour was said: no buying
    elsewhere in it."""
    return reading.hours or any(
        w in _OPEN_SHUT_WORDS or w.startswith(_OPEN_SHUT_STEMS) for w in reading.words
    )


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


# "How are you": a greeting, not a question about the goods or the price.
_GREETINGS = tuple(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        "how are you", "how r u", "how are things", "kaise ho", "kaise hain", "kaise hai",
        "kaisa hai", "kaisi ho", "kya haal hai", "kya hal hai", "कैसे हो", "कैसे हैं",
        "कैसा है", "कैसी हो", "क्या हाल है", "எப்படி இருக்கீங்க", "எப்படி இருக்கே", "எப்படி இருக்க",
        "எப்படி இருக்கிறீர்கள்", "eppadi irukeenga", "eppadi irukinga", "eppadi iruke", "eppadi irukka",
        "ఎలా ఉన్నారు", "ఎలా ఉన్నావు", "ఎలా ఉన్నావ్", "ela unnaru", "ela unnav", "ela unnavu",
        "কেমন আছেন", "কেমন আছো", "কেমন আছিস", "kemon achen", "kemon acho", "kemon achis",
        "कसा आहेस", "कसे आहात", "कशी आहेस", "kasa aahes", "kasa ahes", "kase aahat",
        "કેમ છો", "કેમ છે", "kem cho", "kem che", "ಹೇಗಿದ್ದೀರಾ", "ಹೇಗಿದ್ದೀರಿ", "ಹೇಗಿದ್ದೀಯ",
        "hegiddira", "hegiddiri", "hegiddiya", "സുഖമാണോ", "സുഖമല്ലേ", "സുഖം തന്നെ",
        "sugamano", "sukhamano", "sugamalle", "ਕੀ ਹਾਲ ਹੈ", "ਕੀ ਹਾਲ ਏ", "ਕਿਵੇਂ ਹੋ",
        "ki haal hai", "ki hal hai", "ki haal ae", "kiven ho",
    )
)  # fmt: skip


# The greetings by their first word, each with its place in `_GREETINGS`.
_GREETINGS_BY_FIRST: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
for _n, _phrase in enumerate(_GREETINGS):
    _GREETINGS_BY_FIRST.setdefault(_phrase[0], []).append((_n, _phrase))


def greeting_at(reading: _Reading) -> range | None:
    """The token positions of a "how are you" (the first greeting of `_GREETINGS` said,
    where it is first said), or None."""
    words = reading.words
    found: list[tuple[int, int, int]] = []
    for k, word in enumerate(words):
        for n, phrase in _GREETINGS_BY_FIRST.get(word, ()):
            if tuple(words[k : k + len(phrase)]) == phrase:
                found.append((n, k, len(phrase)))
    if not found:
        return None
    _, k, size = min(found)
    return range(k, k + size)


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


def refused_after_asking(
    reading: _Reading, questions: list[tuple[Cue, int, int]], refusals: list[int]
) -> bool:
    """A question about the price, a pause, then a refusal that ends what was said:
    "what price are you saying, don't want it", "என்ன விலை சொல்றீங்க, வேண்டாம்" rejects."""
    if not questions or not refusals or any(t.raw == "?" for t in reading.tokens):
        return False
    last_question = max(end for _, _, end in questions)
    last = max(refusals)
    if last < last_question or not reading.has(last, Cue.REJECT):
        return False
    paused = any(
        not _joined(reading, k) for k in range(last_question, min(last, len(reading.tokens)) + 1)
    )
    return paused and last >= len(reading.words) - 3


def refused_after_echo(reading: _Reading, refusals: list[int]) -> bool:
    """The price on the table said back as a question, then a refusal after the "?":
    "800? no, it's cheaper outside", "आठशे? नाही, बाहेर स्वस्त मिळतं". The "cheaper"
    is the reason it is refused, not a better price asked."""
    marks = [k for k, t in enumerate(reading.tokens) if t.raw == "?"]
    if not marks or not refusals:
        return False
    last = marks[-1]
    echoed = any(p.negated and p.end <= last for p in reading.prices)
    return echoed and all(p.end <= last for p in reading.prices) and max(refusals) > last


def agreed_before_change(reading: _Reading, accepts: list[int]) -> list[int]:
    """A word of agreement that leads the line, a pause, then change asked for a note:
    "okay done, will you have change for five hundred?", "ठीक है भैया, पाँच सौ का छुट्टा
    होगा?", "ശരി, അഞ്ഞൂറിന്റെ ചില്ലറ ഉണ്ടോ?". The agreement stands; the note is no price."""
    if not accepts or min(accepts) != 0:
        return []
    words = reading.words
    pause = next((k for k in range(1, len(words)) if not _joined(reading, k)), len(words))
    change = [k for k in range(pause, len(words)) if _change_word(reading, k)]
    return [a for a in accepts if a < pause] if change else []
