"""Pass 4, first half: each price refused or not, and a bound or not ("not 300", "300?
too much", "can't do 70", "వందకంటే ఎక్కువ ఇవ్వను" as a limit). `shape` then says per unit
or total."""

from __future__ import annotations

from functools import lru_cache

from audio.languages import spec
from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.address import ADDRESS
from audio.understanding.complaints import _WEATHER_STEMS
from audio.understanding.floors import gives_for_less_after
from audio.understanding.if_otherwise import after_otherwise
from audio.understanding.instructions import _attached
from audio.understanding.no_loss import reassures_no_loss
from audio.understanding.reading import (
    _BOUNDS,
    _SKIPPABLE,
    _joined,
    _plain_word,
    _Price,
    _Reading,
)
from audio.understanding.whole_cut import keep_whole
from audio.understanding.why_not import keep_why_not


def _bound_by_ending(reading: _Reading, price: _Price, language: str) -> bool:
    """The price's number or currency word carries a "than"/"within" ending."""
    endings = _bound_endings(language)
    if not endings:
        return False
    last = reading.words[price.end - 1]
    return price.span.suffix in endings or any(last.endswith(e) for e in endings)


@lru_cache(maxsize=16)
def _bound_endings(language: str) -> tuple[str, ...]:
    try:
        found = spec(language).bound_endings
    except KeyError:
        return ()
    return tuple(fold(e) for e in found)


def _negate(reading: _Reading, language: str) -> None:
    reassures_no_loss(reading)  # "no loss for you at 300": the "no" is the loss's
    price_at = {k for p in reading.prices for k in range(p.start, p.end)}
    for price in reading.prices:
        if _bound_by_ending(reading, price, language):
            price.bound = True  # "వందకంటే ఎక్కువ ఇవ్వను": a limit, not a refusal
            continue
        if reading.has(price.start - 1, Cue.NOT) and not reading.has(price.start - 1, *_BOUNDS):
            price.negated = True  # "not 300"
            continue
        if _cannot_do(reading, price):
            price.negated = True  # "can't do seventy", "won't pay 70"
            continue
        if reading.has(price.start - 1, *_BOUNDS) and _joined(reading, price.start):
            continue  # "less than 300 won't work": the refusal after holds to a floor
        for k in _after(reading, price.end, 3):
            if k in price_at or reading.number_at[k] is not None:
                break
            if reading.has(k, *_BOUNDS):
                break  # "250 se kam nahi", "40 se zyada nahi": a bound the speaker holds to
            if (
                reading.not_a_rupee
                and reading.has(k, Cue.NEGATION, Cue.REJECT, Cue.NOT)
                and _the_idioms(reading, k)
            ):
                break  # "40, won't give even one rupee more": the refusal is the idiom's
            if reading.has(k, Cue.NEGATION, Cue.REJECT) and after_otherwise(reading, k):
                break  # "90 if you give, I'll take it, otherwise no": the condition's
            if reading.has(k, Cue.NEGATION) and _determiner(reading, k):
                break  # "80 a kilo, no bargaining": "no" before a noun refuses the noun
            if (
                reading.has(k, Cue.NEGATION, Cue.REJECT)
                and k > price.end
                and _plain_word(reading, k - 1)
            ):
                break  # "90 rupaye kilo, molbhav nahi": the "nahi" refuses the haggling
            if reading.has(k, Cue.NEGATION, Cue.REJECT) and _attached(reading, k, k + 1):
                break  # "முப்பது, ஐஸ் வேண்டாம்னா", "30, no ice": the ice refused, not 30
            if reading.has(k, Cue.TOO_MUCH) and _remark_after(reading, price, k):
                break  # "18.50 per piece, maize is costly this season": the goods, dear
            if reading.has(k, Cue.NEGATION, Cue.TOO_MUCH, Cue.REJECT):
                if not _own_bound_after(reading, k):
                    price.negated = True  # ... but "can't go lower than that" is a bound
                break
            if reading.words[k] in _A_LOT and _said_again(reading, price):
                price.negated = True  # "बाईस बहुत है, बीस करो": 22 is a lot, make it 20
                break
            if reading.cues[k] and not reading.has(
                k, *_SKIPPABLE, Cue.CURRENCY, Cue.UNIT, Cue.EACH
            ):
                break
        if not price.negated and _echoed_and_refused(reading, price, price_at):
            price.negated = True  # "80 a kilo? That's too much."
    keep_why_not(reading)  # "why not 80?", "अस्सी क्यों नहीं?": asked, not refused
    keep_whole(reading)  # "पूरा पचास का, काट के नहीं": the cutting refused, not the price


def _the_idioms(reading: _Reading, k: int) -> bool:
    """The "no" at `k` belongs to "not a rupee": said after its "one rupee", or in the
    same breath just before it ("won't give even one rupee more"). "आठ सौ नहीं, नौ सौ,
    इससे एक रुपया कम नहीं": the first "no" refuses 800, the floor is 900's."""
    at = reading.not_a_rupee_at
    if at < 0 or k > at:
        return True
    return at - k <= 3 and all(_joined(reading, j) for j in range(k + 1, at + 1))


def _own_bound_after(reading: _Reading, k: int) -> bool:
    """A bound word soon after the "no" at `k`, with no other number before it: "nahi,
    isse kam nahi" bounds the price before; "70 nahi, 80 se kam nahi" bounds the 80. Not
    a "than that" after a pause with no refusal of its own ("300 won't do, it cost me more
    than that", "ಅದಕ್ಕಿಂತ ಜಾಸ್ತಿ ಬಿದ್ದಿದೆ"): the comparative points back at the price refused,
    the reason for the refusal."""
    for j in range(k + 1, min(k + 4, len(reading.words))):
        if reading.number_at[j] is not None:
            return False
        if reading.has(j, *_BOUNDS):
            return not _points_back(reading, k, j)
    return gives_for_less_after(reading, k)  # "950, won't give it for less"


def _points_back(reading: _Reading, k: int, j: int) -> bool:
    """The bound word at `j` begins a clause of its own after the refusal at `k` (a pause
    between) and no refusal follows it in that clause: "it cost me more than that"."""
    if all(_joined(reading, i) for i in range(k + 1, j + 1)):
        return False
    stop = j + 1
    while stop < len(reading.words) and _joined(reading, stop):
        stop += 1
    return not reading.cue_near(j + 1, stop, Cue.NEGATION, Cue.REJECT, Cue.NOT)


# "A lot", "very", said of a price with another price after it ("22 bahut hai, 20 karo",
# "ਬਾਈ ਬਹੁਤ ਨੇ, ਵੀਹ ਕਰੋ"): the first is refused, the second stands.
_A_LOT = frozenset(
    fold(w)
    for w in (
        "bahut", "bohot", "bahot", "बहुत", "ਬਹੁਤ", "bahut", "બહુ", "bahu", "खूप", "khup",
        "jast", "जास्त", "অনেক", "onek", "বড্ড", "ரொம்ப", "romba", "చాలా", "chala", "ತುಂಬಾ",
        "tumba", "thumba", "ഒരുപാട്", "orupad", "കൂടുതലാ", "kooduthala", "lot",
        "steep", "high",
    )
)  # fmt: skip


# Why things are dear: the season, the rain, the crop, the wholesale market, these days.
_REASONS = (
    *_WEATHER_STEMS,
    *(fold(w) for w in ("mandi", "मंडी", "market", "aajkal", "आजकल", "nowadays", "these days")),
)


# A word of becoming after "dear": the cost of something went up ("चारा महंगा हो गया",
# "ಮೇವು ದುಬಾರಿ ಆಗಿದೆ", "feed has become costly"), as a word's start.
_BECAME = tuple(
    fold(w)
    for w in (
        "become", "became", "got", "gone", "went", "increased", "risen", "हो", "बढ़", "बढ",
        "झाल", "वाढ", "ಆಗಿದೆ", "ಆಯ್ತು", "ಆಗಿದ", "ਹੋ", "ਵਧ", "થય", "થઈ", "વધ", "হয়েছে", "হল",
        "বেড়েছে", "ஆயிடுச்சு", "ஆச்சு", "ஏறிடுச்சு", "ஏறி", "అయింది", "అయ్యింది", "పెరిగ",
        "ആയി", "കൂടി",
    )
)  # fmt: skip
# What says the dear thing is the price or the goods, not a cost of the speaker's: "this",
# "it", "very", "too" ("80, very costly it's become" refuses).
_NOT_A_COST = frozenset(
    fold(w)
    for w in (
        "this", "it", "it's", "that", "very", "too", "so", "bahut", "bohot", "बहुत", "ज़्यादा",
        "ज्यादा", "ये", "यह", "तो", "फार", "खूप", "हे", "ತುಂಬಾ", "ಇದು", "ਬਹੁਤ", "ਇਹ", "ਬੜਾ",
        "ખૂબ", "બહુ", "આ", "খুব", "এটা", "বড্ড", "ரொம்ப", "இது", "చాలా", "ఇది", "വളരെ", "ഇത്",
    )
)  # fmt: skip


def _cost_went_up(reading: _Reading, k: int) -> bool:
    """ "चारा महंगा हो गया", "ಮೇವು ದುಬಾರಿ ಆಗಿದೆ": a thing of the speaker's cost, named
    right before the word for dear at `k`, has become dear: the reason for the price."""
    words = reading.words
    if k < 1 or not reading.is_plain(k - 1) or words[k - 1] in _NOT_A_COST:
        return False
    if not _joined(reading, k) or words[k - 1] in ADDRESS:
        return False
    return any(w.startswith(_BECAME) for w in words[k + 1 : k + 3]) or words[k].startswith(_BECAME)


def _remark_after(reading: _Reading, price: _Price, k: int) -> bool:
    """A word for dear said after a pause, with a reason why ("Rs 18.50 a piece, maize is
    costly this season", "70 a litre, fodder has become dear"), or "more" said of what the
    goods hold ("50 each, lots of water in it"): a remark on the market or the goods,
    not a refusal of the price."""
    after = reading.words[price.end :]
    return any(not _joined(reading, j) for j in range(price.end, k + 1)) and (
        any(w.startswith(_REASONS) for w in after)
        or any(" " in r and r in " ".join(after) for r in _REASONS)
        or _cost_went_up(reading, k)
        or (k > price.end and reading.words[k - 1].startswith(_CONTENTS))
    )


# What the goods hold, praised as "more": water, juice, cream, pulp, flesh ("ಎಳನೀರು
# ಒಂದಕ್ಕೆ ಐವತ್ತು, ನೀರು ಜಾಸ್ತಿ ಇದೆ", "मलाई ज़्यादा है", "சதை அதிகம்"), as word beginnings.
_CONTENTS = tuple(
    fold(w)
    for w in (
        "water", "juice", "cream", "pulp", "flesh", "पानी", "रस", "मलाई", "गूदा", "paani",
        "malai", "தண்ணி", "தண்ணீர்", "ஜூஸ்", "சதை", "வழுக்கை", "నీళ్ళు", "నీళ్లు", "నీరు",
        "రసం", "గుజ్జు", "మీగడ", "জল", "রস", "শাঁস", "পানি", "पाणी", "मलई", "પાણી",
        "રસ", "મલાઈ", "ನೀರು", "ನೀರ್", "ರಸ", "ಗಂಜಿ", "ತಿರುಳು", "വെള്ളം", "നീര്", "കാമ്പ്",
        "ਪਾਣੀ", "ਰਸ", "ਮਲਾਈ", "ਗੁੱਦਾ",
    )
)  # fmt: skip


_CANNOT = frozenset(fold(w) for w in ("can't", "cant", "cannot", "won't", "wont", "not"))
_DO_VERBS = frozenset(fold(w) for w in ("do", "pay", "give", "go", "accept", "take"))


def _cannot_do(reading: _Reading, price: _Price) -> bool:
    """English "can't do 70", "won't pay 70", "can not do 70": the price is refused."""
    k = price.start
    return (
        k >= 2
        and reading.words[k - 1] in _DO_VERBS
        and reading.words[k - 2] in _CANNOT
        and _said_again(reading, price)
    )


def _said_again(reading: _Reading, price: _Price) -> bool:
    """Another price is said after this one."""
    return any(p.start >= price.end for p in reading.prices if p is not price)


def _after(reading: _Reading, start: int, words: int) -> list[int]:
    """Token positions from `start` through the next `words` words, not counting the
    price's own unit, currency and link words on the way ("80 a kilo is too much")."""
    found: list[int] = []
    counted = 0
    k = start
    while k < len(reading.words) and counted < words:
        found.append(k)
        if not reading.has(k, *_SKIPPABLE, Cue.UNIT, Cue.CURRENCY, Cue.EACH):
            counted += 1
        k += 1
    return found


def _echoed_and_refused(reading: _Reading, price: _Price, price_at: set[int]) -> bool:
    """The price is said back as a question and then refused, with no other number
    after it: "80 a kilo? That's too much", "அம்பது ரூபாயா? ரொம்ப அதிகம்", "डेढ़ सौ मीटर?
    इतना नहीं दूँगी" (a unit of trade too). The quantity
    and the goods may sit between the price and the "?" ("1200 for 5 kilo basmati? Forget
    it", "तीन सौ में दो किलो? रहने दो"), and so may a bare count with no unit ("yabhai ki
    moodu aa? vaddu", fifty for three? no)."""
    k, plain = price.end, 0
    while k < len(reading.words):
        if (
            reading.has(k, *_SKIPPABLE, Cue.UNIT, Cue.MEASURE, Cue.CURRENCY)
            or k in reading.quantity_at
        ):
            k += 1
        elif _count_in_echo(reading, price, k):
            k = max(k + 1, reading.number_at[k].end)  # type: ignore[union-attr]
        elif reading.is_plain(k) and plain < 2 and reading.tokens[k].raw != "?":
            k, plain = k + 1, plain + 1
        else:
            break
    if k >= len(reading.tokens) or reading.tokens[k].raw != "?":
        return False
    for j in range(k + 1, len(reading.words)):
        if j in price_at or reading.number_at[j] is not None or reading.has(j, *_BOUNDS):
            return False
        if reading.has(j, Cue.TOO_MUCH) or (
            reading.has(j, Cue.REJECT, Cue.NEGATION) and not _determiner(reading, j)
        ):
            return True
    return False


def _count_in_echo(reading: _Reading, price: _Price, k: int) -> bool:
    """Word `k` starts a bare count smaller than the price, with no money word on it: the
    count the echoed price is for ("nuuru ki rendu aa?")."""
    span = reading.number_at[k]
    if span is None or span.start != k or not span.value < price.paise / 100:
        return False
    return not (span.end < len(reading.words) and reading.has(span.end, Cue.CURRENCY))


def _determiner(reading: _Reading, k: int) -> bool:
    """An English "no" that is a determiner ("no bargaining"), not an answer ("no, 60")."""
    word = reading.tokens[k].raw.lower()
    return word == "no" and k + 1 < len(reading.words) and reading.is_plain(k + 1)
