"""A word of agreement said as a condition: "if ok, pack it", "ठीक लगे तो बाँध दो",
"சரின்னா கட்டிடுங்க", "ok ആണെങ്കിൽ പാക്ക് ചെയ്യ്". The speaker proposes and leaves the
other side to agree: it agrees to nothing, and the price said with it is an offer."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# "if" said before the word of agreement, in the same clause
_IF: dict[str, frozenset[str]] = {
    "en": _folded("if"),
    "hi": _folded("अगर", "agar", "jo", "यदि"),
    "mr": _folded("जर", "jar"),
    "gu": _folded("જો", "jo"),
    "pa": _folded("ਜੇ", "ਜੇਕਰ", "je", "jekar"),
    "bn": _folded("যদি", "jodi"),
    "te": _folded("ఒకవేళ"),
    "kn": _folded("ಒಂದುವೇಳೆ"),
    "ml": _folded("ഒരുപക്ഷേ"),
    "ta": _folded("ஒருவேளை"),
}
# "then" or a conditional ending said right after it ("ठीक लगे तो", "ఓకే అయితే")
_THEN: dict[str, frozenset[str]] = {
    "en": frozenset(),  # "ok then" agrees: English says the condition with "if"
    "hi": _folded("तो", "to"),
    "mr": _folded("तर", "tar"),
    "gu": _folded("તો", "to"),
    "pa": _folded("ਤਾਂ", "ਤਾ", "taan", "tan"),
    "bn": _folded("হলে", "হয়", "hole", "hoy"),
    "te": _folded("అయితే", "ఐతే", "ayithe", "aite", "ayite"),
    "kn": _folded("ಆದ್ರೆ", "ಆದರೆ", "aadre", "adare", "aadare"),
    "ml": _folded("ആണെങ്കിൽ", "ആണേൽ", "എങ്കിൽ", "aanenkil", "anenkil", "enkil"),
    "ta": _folded("ஆனா", "ஆனால்"),
}
# the conditional ending on the word of agreement itself ("சரின்னா", "ok-ന്നാണെങ്കിൽ")
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ta": ("ன்னா", "ன்னால்"),
    "ml": ("െങ്കിൽ", "ങ്കിൽ", "enkil"),
    "kn": ("ಆದ್ರೆ", "ಾದ್ರೆ", "adre"),
    "te": ("ఐతే", "అయితే"),
}
# a subjunctive or copula that may stand between the two: "ठीक लगे तो", "ok हो तो"
_FILLERS = _folded(
    "लगे",
    "lage",
    "हो",
    "ho",
    "लगता",
    "lagta",
    "લાગે",
    "હોય",
    "hoy",
    "ਲੱਗੇ",
    "ਹੋਵੇ",
    "ਹੋਏ",
    "वाटलं",
    "वाटत",
    "असेल",
    "असले",
    "is",
    "are",
    "it's",
    "for",
    "you",
    "with",
)
# "ठीक है तो", "ok then": said after "it is", the "then" closes the agreement
_COPULAS = _folded("है", "hai", "છે", "che", "ਹੈ", "ਆ", "आहे", "ahe")


def clause_around(reading: _Reading, start: int, end: int) -> range:
    """The words from the pause (punctuation) before `start` to the one after `end`."""
    while start > 0 and _joined(reading, start):
        start -= 1
    while end < len(reading.words) and _joined(reading, end):
        end += 1
    return range(start, end)


def _followed_by_then(reading: _Reading, end: int, then: frozenset[str]) -> bool:
    if reading.words[end - 1] in _COPULAS:
        return False
    for k in range(end, min(end + 3, len(reading.words))):
        if not _joined(reading, k):
            return False
        if reading.words[k] in then:
            return True
        if reading.words[k] not in _FILLERS:
            return False
    return False


def conditional_accepts(reading: _Reading) -> set[int]:
    """Starts of the words of agreement that are said as a condition."""
    language = reading.language
    said_if, then = _IF.get(language, frozenset()), _THEN.get(language, frozenset())
    endings = tuple(fold(e) for e in _ENDINGS.get(language, ()))
    found = set()
    for cue, start, end in reading.occurrences:
        if cue not in (Cue.ACCEPT, Cue.SOFT_ACCEPT):
            continue
        last = reading.words[end - 1]
        if (
            any(
                reading.words[k] in said_if
                for k in range(clause_around(reading, start, start).start, start)
            )
            or _followed_by_then(reading, end, then)
            or (endings and last.endswith(endings))
            or _after_taking_then(reading, start, then)
        ):
            found.add(start)
    return found


def _after_taking_then(reading: _Reading, start: int, then: frozenset[str]) -> bool:
    """The word of agreement right after "take it, then": "અત્યારે લઈ લો તો સારું" (better
    if you take it now), "ले लो तो अच्छा", "घेतलं तर बरं": the good of taking, no
    agreement."""
    words = reading.words
    return (
        start >= 2
        and words[start - 1] in then
        and words[start - 2] in _IF_TAKEN
        and _joined(reading, start)
        and _joined(reading, start - 1)
    )


# Taking more, said as a condition: "दस लोगे तो", "பத்து எடுத்தா", "పది తీసుకుంటే",
# "দশটা নিলে", "दहा घेतले तर", "દસ લો તો", "ಹತ್ತು ತಗೊಂಡ್ರೆ", "പത്തെണ്ണം എടുത്താൽ",
# "ਦਸ ਲਓ ਤਾਂ"; English says it before the count ("take ten", "if you buy fifty").
_IF_TAKEN = tuple(
    fold(w)
    for w in (
        "लोगे", "लो", "लेंगे", "lo", "loge", "घेतले", "घेतलं", "घेशील", "ghetle", "લો",
        "घेतल्या", "घेतली", "ghetlya", "उठाओगे", "uthaoge", "उठाओ", "uthao",
        "લેશો", "ਲਓ", "ਲਓਗੇ", "ਲਵੋਗੇ", "வாங்குனா", "வாங்கினா", "வாங்கினால்",
        "எடுத்தா", "எடுத்தால்", "తీసుకుంటే", "తీసుకుంటె", "కొంటే", "নিলে", "nile",
        "ತಗೊಂಡ್ರೆ", "ತಗೊಂಡರೆ", "ತೆಗೆದುಕೊಂಡರೆ", "എടുത്താൽ", "വാങ്ങിയാൽ",
    )
)  # fmt: skip
_TAKE_BEFORE = frozenset(("take", "buy", "takes", "buys"))
# "Less" promised, as the speaker's language says it besides its `less_words`
_LESS_STEMS = tuple(
    fold(w)
    for w in (
        "less", "reduce", "discount", "cheaper", "drop", "knock", "कम", "తక్కువ", "తగ్గి",
        "കുറ", "ಕಡಿಮೆ", "குறை",
        "கொறை", "கம்மி", "কম", "कमी", "ઓછ", "ਘੱਟ",
    )
)  # fmt: skip


def _less_after(reading: _Reading, end: int) -> int | None:
    """Where "less" is promised after `end`, or None."""
    for k in range(end, len(reading.words)):
        word = reading.words[k]
        if word.startswith(_LESS_STEMS) or reading.less.found([word]):
            return k
    return None


# English says the condition as the count and "and I'll": "two packets and I'll knock
# something off".
_AND_I = frozenset(fold(w) for w in ("i'll", "ill", "i", "we'll", "we", "i'd"))


def _take_before(reading: _Reading, start: int) -> bool:
    """English "take" within three words before `start`, with no other number or pause
    between: "take ten and ...", not the "twenty-two" of "take four hundred, twenty-two
    each"."""
    for k in range(start - 1, max(start - 4, -1), -1):
        if not _joined(reading, k + 1) or reading.number_at[k] is not None:
            return False
        if reading.words[k] in _TAKE_BEFORE:
            return True
    return False


def _taken_if(reading: _Reading, start: int, end: int) -> bool:
    words = reading.words
    if reading.language == "en":
        said_and = any(
            words[k] == "and" and k + 1 < len(words) and words[k + 1] in _AND_I
            for k in range(end, min(end + 2, len(words) - 1))
        )  # "two packets and I'll ...": the count, then the promise
        return said_and or _take_before(reading, start)
    return any(w.startswith(_IF_TAKEN) for w in words[end : end + 3])


def discount_if_more(reading: _Reading) -> None:
    """ "One garland 150; take ten and I'll make it less", "ਇੱਕ ਹਾਰ ਪੰਜਾਹ ਦਾ, ਵੀਹ ਲਓ ਤਾਂ
    ਘੱਟ ਲਾ ਦਿਆਂਗੇ": a price, then a count taken as the condition of a discount. The
    count is no price and no quantity of the price said; the "less" promised is none."""
    first = reading.prices[0] if reading.prices else None
    if first is None:
        return
    for count in [p for p in reading.prices if p.start >= first.end]:
        value = count.span.value
        if count.explicit or not (value == int(value) and 2 <= value <= 100):
            continue
        less = _less_after(reading, count.end)
        if _taken_if(reading, count.start, count.end) and less is not None:
            if any(p.start > count.end for p in reading.prices):
                return
            reading.prices.remove(count)
            break
    else:
        counted = [q for q in reading.quantities if q.start >= first.end and q.value]
        taken = [q for q in counted if _taken_if(reading, q.start, q.end)]
        less = _less_after(reading, taken[0].end) if taken else None
        if less is None or any(p.start >= first.end for p in reading.prices):
            return
    for q in reading.quantities:
        q.claimed = q.claimed or q.start >= first.end
    # "ಕಡಿಮೆ ಆಗುತ್ತೆ" (it will come less), "I'll reduce it": the promise agrees to nothing
    # and refuses nothing, so the price before it stands
    said = (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.REJECT)
    refused_before = any(
        o[0] in (Cue.REJECT, Cue.NEGATION, Cue.NOT) and o[1] < less for o in reading.occurrences
    )
    reading.occurrences = [o for o in reading.occurrences if not (o[0] in said and o[1] >= less)]
    if first.negated and not refused_before:
        first.negated = False


# The buyer's own "if I take" ("दस ले लूँ तो", "ਦਸ ਲਵਾਂ ਤਾਂ"): his question, never the
# seller's promise.
_MINE = tuple(fold(w) for w in ("लूँ", "लूं", "ले लूँ", "lun", "loon", "લઉં", "ਲਵਾਂ", "ਲੈ"))
_EN_ME = frozenset(fold(w) for w in ("i", "we"))


def _units_taken(reading: _Reading) -> list[int]:
    """A unit or bundle word right before the taking verb with no count ("ಕಟ್ಟು
    ತಗೊಂಡ್ರೆ", "if you take a bundle"): positions of the unit words."""
    words, found = reading.words, []
    for k in range(len(words) - 1):
        if reading.units[k] is None or reading.number_at[k] is not None:
            continue
        if reading.language == "en":
            if any(w in _TAKE_BEFORE for w in words[max(k - 3, 0) : k]):
                found.append(k)
        elif words[k + 1].startswith(_IF_TAKEN):
            found.append(k)
    return found


def _count_of_condition(reading: _Reading, start: int, end: int) -> bool:
    """The number at `start`..`end` is the count taken: right before the taking verb
    (past a piece word or classifier: "बीस पीस लोगे तो", "দশটা নিলে"), or in English right
    after "take" or before "and I'll"."""
    words = reading.words
    if reading.language == "en":
        if any(w in _EN_ME for w in words[max(start - 3, 0) : start]):
            return False  # "if I take ten": the buyer's
        return _taken_if(reading, start, end)
    k = end
    if (
        k < len(words)
        and _joined(reading, k)
        and (reading.units[k] is not None or words[k] in _COUNT_WORDS)
    ):
        k += 1  # "बीस पीस", "ten bundles", "দশটা ..."
    return k < len(words) and words[k].startswith(_IF_TAKEN) and _joined(reading, k)


# A classifier or piece word typed apart between the count and the taking verb.
_COUNT_WORDS = frozenset(fold(w) for w in ("ta", "ti", "টা", "টি", "എണ്ണം", "ennam"))


def discount_promised_alone(reading: _Reading) -> bool:
    """ "Take ten and I'll make it less", "दस लो तो कुछ कम कर दूँगा", "ಕಟ್ಟು ತಗೊಂಡ್ರೆ
    ಕಡಿಮೆ ಮಾಡ್ತೀನಿ", "দশটা নিলে কম করে দেব": the seller's condition, a count (or a
    unit) taken, then less promised, with no price said. The count is no price and no
    quantity (it is removed) and the line prices nothing (True). Not when asked ("if I
    take ten, will you make it less?"), nor the buyer's own "if I take"."""
    words = reading.words
    for q in reading.quantities:
        if q.value is None and unit_of_condition(reading, q.start):
            q.claimed = True  # "..., ಕಟ್ಟು ತಗೊಂಡ್ರೆ ಕಡಿಮೆ": the condition's unit, not the rate's
    if any(t.raw == "?" for t in reading.tokens) or any(
        o[0] in (Cue.QUESTION, Cue.WEAK_QUESTION) for o in reading.occurrences
    ):
        return False
    if any(w.startswith(_MINE) for w in words):
        return False
    counts = [(p.start, p.end) for p in reading.prices]
    counts += [(q.start, q.end) for q in reading.quantities if q.value]
    counts = [c for c in counts if _count_of_condition(reading, *c)]
    counts += [(k, k + 1) for k in _units_taken(reading)]
    if any(p.explicit or (p.start, p.end) not in counts for p in reading.prices):
        return False  # a price of its own: "one for 40, less if you take a bundle"
    for _start, end in sorted(counts):
        less = _less_after(reading, end)
        if less is None:
            continue
        if any(reading.has(j, Cue.NEGATION, Cue.NOT) for j in range(less, len(words))):
            continue  # "take ten, it still won't be less": refused, left to the rest
        reading.prices = []
        reading.quantities = [q for q in reading.quantities if q.start >= less]
        return True
    return False


def unit_of_condition(reading: _Reading, k: int) -> bool:
    """The unit word at `k` is said past a pause, right before the taking verb of a
    condition ("cane, one for 40, less if you take a bundle": "ಒಂದಕ್ಕೆ ನಲವತ್ತು, ಕಟ್ಟು
    ತಗೊಂಡ್ರೆ ಕಡಿಮೆ"): the number before the pause is no count of it. Not where a price
    follows the condition ("dozen lo to 360 kar dunga": the deal's unit)."""
    words = reading.words
    return (
        0 < k < len(words) - 1
        and not _joined(reading, k)
        and reading.language != "en"
        and words[k + 1].startswith(_IF_TAKEN)
        and all(n is None for n in reading.number_at[k + 1 :])
    )
