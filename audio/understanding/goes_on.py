"""An agreement that goes on talking: "OK, fifty-five. Weigh one and a half kilo, I'm
sending the basket down", "ठीक है, एक सौ तीस। ब्लाउज़ पीस अलग है क्या?", "ಸರಿ, ಎಂಬತ್ತು.
ಅರ್ಧ ಕೆಜಿ ಮೇಲೆ ಕಳಿಸಿ". A word of agreement, then exactly the price on the table, then,
after a pause, an instruction (weigh, pack, send up, wrap, give) or a question about
something else: the price on the table is agreed to. A word or two may close the price
before the pause ("okay, two hundred it is, put three bags in the auto", "ಸರಿ, ಆರು ನೂರೇ
ಆಗಲಿ, ...", "ઠીક છે, ત્રીસ રૂપિયા જ, ...", and the agreement itself after it: "पाँच सौ
ठीक है, दो किलो ... दे दो"), and putting the goods in the car or the auto is such an
instruction ("ಲಾರಿಗೆ ಹಾಕಿ", "ఆటోలో పెట్టండి", "गाडीत ठेवा"). The kilos to weigh are
the goods wanted, not a quantity the price pays for ("55 for one and a half kilo"), and the
question asks about the goods, not the price. A different price, or none on the table
known, is the speaker's own (a counter) as before."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.bags import _PACK_VERBS
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.weighing import _WEIGHING

_PAUSES = frozenset(",.।;!?:")

# Verbs that send the goods up or down, wrap or pack them, as word beginnings: an
# instruction about the goods bought, no price.
_INSTRUCTIONS = tuple(
    fold(w)
    for w in (
        "send", "wrap", "pack", "tie", "put", "bag",
        "भेज", "भिजवा", "bhej", "bhijwa", "लपेट", "lapet", "बांध", "बाँध", "bandh", "pack",
        "पैक", "डाल", "daal",
        "அனுப்பு", "அனுப்ப", "anuppu", "கட்டு", "kattu", "மடி", "pack", "போட்டு", "பேக்",
        "పంప", "pampa", "కట్ట", "katt", "ప్యాక్", "చుట్ట", "vesi", "వేసి",
        "পাঠা", "patha", "bhore", "ভরে", "বেঁধে", "bendhe", "মুড়ে", "mure", "প্যাক",
        "पाठव", "pathav", "बांधून", "bandhun", "गुंडाळ", "gundal", "भरून",
        "મોકલ", "mokal", "બાંધ", "bandh", "પેક", "ભરી", "વીંટ", "તોળ",
        "ಕಳಿಸ", "ಕಳುಹಿಸ", "kalis", "ಕಟ್ಟ", "katt", "ಪ್ಯಾಕ್", "ಸುತ್ತ", "ಹಾಕಿ",
        "കൊടുത്തയക്ക", "അയക്ക", "ayakk", "കെട്ട", "kett", "പൊതിഞ്ഞ", "pothinj", "പാക്ക്",
        "ਭੇਜ", "bhej", "ਬੰਨ੍ਹ", "ਲਪੇਟ", "ਪੈਕ",
        # putting the goods in the vehicle or by the door: load, keep, lift
        "load", "ठेव", "thev", "పెట్టండి", "ఎక్కించ", "ಇಡಿ", "ಏರಿಸ", "വെക്ക", "കയറ്റ",
        "ஏத்து", "ஏற்று", "મૂકી", "મૂકો", "ਚੜ੍ਹਾ", "তুলে", "চড়িয়ে", "चढ़ा",
    )
)  # fmt: skip
# Cutting cloth or pouring milk and oil, as word beginnings: an instruction only with the
# measure wanted after the pause ("ढाई मीटर काट देता हूँ", "రెండు లీటర్లు పోయండి"), as
# "बीस काट लो" takes money off.
_MEASURED_OUT = tuple(
    fold(w)
    for w in (
        "cut", "pour", "काट", "kaat", "फाड़", "పోయ", "poy", "కత్తిరించ", "కోయ", "ஊத்த",
        "ஊத்து", "ஊற்ற", "வெட்டி", "கிழி", "কেটে", "kete", "ঢেলে", "dhele",
    )
)  # fmt: skip
_CLOSERS = 2
"""At most this many words between the price and the pause: "two hundred it is", "ಆರು
ನೂರೇ ಆಗಲಿ", "ત્રીસ રૂપિયા જ", "साढ़े छह सौ ठीक है"."""
_SHAPE = (Cue.EACH, Cue.PER, Cue.TOTAL, Cue.UNIT, Cue.MEASURE)
_VERBS = (*_INSTRUCTIONS, *(fold(w) for w in _WEIGHING), *_GIVE_STEMS)


def _instructs(word: str) -> bool:
    return word.startswith(_VERBS) or word in _PACK_VERBS or word in _GIVE_WORDS


def _pause_after(reading: _Reading, price: _Price) -> bool:
    tokens = reading.tokens
    if price.end >= len(tokens):
        return False
    gap = reading.text[tokens[price.end - 1].end : tokens[price.end].start]
    return any(c in _PAUSES for c in gap) or tokens[price.end].raw == "?"


def _pause_closing(reading: _Reading, price: _Price) -> int | None:
    """Where the talk goes on after the pause that closes the price: right after it, or
    past a word or two that close it (no number, no count, rate or unit among them)."""
    tokens = reading.tokens
    for k in range(price.end, min(price.end + _CLOSERS + 1, len(tokens))):
        if k > price.end and (reading.number_at[k - 1] is not None or reading.has(k - 1, *_SHAPE)):
            return None
        if k == price.end:
            if _pause_after(reading, price):
                return k
            continue
        gap = reading.text[tokens[k - 1].end : tokens[k].start]
        if any(c in _PAUSES for c in gap) or tokens[k].raw in _PAUSES:
            return k
    return None


def _measure_wanted(reading: _Reading, quantity: _Quantity, pause: int) -> bool:
    """A count with its unit or measure word after the pause: "three metres", "రెండు లీటర్లు"."""
    if quantity.start < pause:
        return False
    stop = min(quantity.end + 1, len(reading.words))
    return any(reading.has(k, Cue.UNIT, Cue.MEASURE) for k in range(quantity.start, stop))


def _goes_on(reading: _Reading, chosen: _Price, accepts: list[int]) -> bool:
    """Agreement, the one price, a pause, then an instruction or a question."""
    if len(reading.prices) != 1 or chosen.negated or chosen.bound:
        return False
    pause = _pause_closing(reading, chosen)
    if pause is None or not any(
        a < pause and a not in range(chosen.start, chosen.end) for a in accepts
    ):
        return False
    rest = range(pause, len(reading.words))
    asked = reading.tokens[-1].raw == "?"
    measured = any(_measure_wanted(reading, q, pause) for q in reading.quantities) and any(
        reading.words[k].startswith(_MEASURED_OUT) for k in rest
    )
    if not asked and not measured and not any(_instructs(reading.words[k]) for k in rest):
        return False
    # "ok 55, that's 55 a kilo?": the price's shape is still being said
    return not any(reading.has(k, Cue.CURRENCY, Cue.EACH, Cue.PER, Cue.TOTAL) for k in rest)


def own_price_goes_on(reading: _Reading, chosen: _Price, accepts: list[int]) -> bool:
    """With no price on the table known, "ठीक है, पचपन। डेढ़ किलो तौल दो" names the
    speaker's own 55 for the kilos to weigh: no agreement to anything."""
    return chosen.quantity is not None and _goes_on(reading, chosen, accepts)


def agreement_goes_on(
    reading: _Reading,
    chosen: _Price,
    accepts: list[int],
    reference_paise: int | None,
) -> bool:
    """The line agrees to the price on the table and goes on with an instruction or a
    question about something else: the price's shape (a total for the kilos to weigh, a
    rate of the "piece" asked about) is taken off it, and the question asks no price."""
    if reference_paise is None or chosen.paise != reference_paise:
        return False
    if not _goes_on(reading, chosen, accepts):
        return False
    own = chosen.quantity
    if own is not None and own.start >= chosen.end:
        # the kilos to weigh are the goods wanted; a unit word alone names nothing sold
        own.claimed = own.value is None
        chosen.quantity, chosen.per_unit, chosen.each = None, None, False
    elif (
        own is None
        and chosen.per_unit is False
        and all(q.start >= chosen.end for q in reading.quantities)
    ):
        # "ಸರಿ, ಆರು ನೂರೇ ಆಗಲಿ, ಮೂರು ಬುಟ್ಟಿ ಲಾರಿಗೆ ಹಾಕಿ": the baskets counted after the
        # pause are the goods wanted, no total the price pays for
        chosen.per_unit = None
    return True


def remark_after_own_agreement(reading: _Reading, chosen: _Price, accepts: list[int]) -> bool:
    """With no price on the table known, agreement, a bare number, a pause, then talk
    that is no instruction ("సరే, మూడు వందల ఇరవై. పండగ బోణీ", ok, 320, the festival's
    first sale): the number may agree to the other side's price or name the speaker's
    own, so it is asked. A number with its unit or ending, or an instruction after it
    ("fine, seventy, pack it"), reads as before."""
    if len(reading.prices) != 1 or chosen.negated or chosen.bound or chosen.explicit:
        return False
    if chosen.quantity is not None or chosen.each or chosen.per_unit is not None:
        return False
    if not any(a < chosen.start for a in accepts) or not _pause_after(reading, chosen):
        return False
    rest = range(chosen.end, len(reading.words))
    talk = [k for k in rest if reading.is_plain(k)]
    return bool(talk) and not any(_instructs(reading.words[k]) for k in rest)
