"""A total offered if the buyer takes a count: "20 each, take six and it's 100", "दस का
एक, छह लो तो पचास", "ஆறு எடுத்தா அம்பது", "ಆರು ತಗೊಂಡ್ರೆ ಐವತ್ತು", "ਛੇ ਲਓ ਤਾਂ ਪੰਜਾਹ". The
price after the condition is the total for that count. Said after a rate ("एक का दस, छह
लो तो पचास"), the line names two prices on a condition, the rate and the deal: both
stand, so the speaker is asked which one is meant (neither replaces the other)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.rate_if_taken import (
    past_classifier,
    rate_for_count,
    said_per_piece,
    unit_past_condition,
)
from audio.understanding.reading import _Price, _Quantity, _Reading

# One word that says "if (you) take": Bengali "নিলে", Tamil "எடுத்தா", Telugu
# "తీసుకుంటే", Kannada "ತಗೊಂಡ್ರೆ", Malayalam "എടുത്താൽ", Marathi "घेतल्यास".
_IF_TAKEN = frozenset(
    fold(w)
    for w in (
        "নিলে", "nile", "কিনলে", "kinle",
        "எடுத்தா", "எடுத்தால்", "எடுத்தீங்கன்னா", "வாங்குனா", "வாங்கினா", "வாங்கினால்",
        "edutha", "eduththa", "vaangina",
        "తీసుకుంటే", "తీసుకుంటె", "కొంటే", "teesukunte", "tisukunte", "konte",
        "ತಗೊಂಡ್ರೆ", "ತಗೊಂಡರೆ", "ತೆಗೆದುಕೊಂಡರೆ", "ತಗಂಡ್ರೆ", "tagondre", "togondre",
        "എടുത്താൽ", "എടുത്താല്", "വാങ്ങിയാൽ", "eduthal", "eduthaal", "vangiyal",
        "घेतल्यास", "ghetlyas",
    )
)  # fmt: skip
# A taking verb, then the "then" word: "छह लो तो", "ਛੇ ਲਓ ਤਾਂ", "છ લો તો", "सहा घेतलं तर".
_TAKE = frozenset(
    fold(w)
    for w in (
        "लो", "लोगे", "लें", "लेंगे", "लीजिए", "lo", "loge", "len", "lenge",
        "ਲਓ", "ਲਓਗੇ", "ਲਵੋ", "ਲਵੋਗੇ", "ਲੈ", "lao", "lavo", "laoge", "lavoge",
        "લો", "લેશો", "લ્યો", "lesho", "lyo",
        "घेतलं", "घेतले", "घेतला", "घेतली", "घेतल्या", "घ्याल", "ghetla", "ghetle", "ghetlya",
        "ghyal",
    )
)  # fmt: skip
_THEN = frozenset(fold(w) for w in ("तो", "to", "ਤਾਂ", "taan", "tan", "તો", "तर", "tar"))
_EN_TAKE = frozenset(("take", "buy"))
_EN_BETWEEN = frozenset(("and", "it's", "its", "it", "is", "will", "be", "then", "for", "at"))


# "Together", said between the count and "take" ("तीन दर्जन एक साथ लो तो"): the count is
# still the one taken on the condition.
_TOGETHER = frozenset(
    fold(w)
    for w in (
        "एक साथ", "एकसाथ", "इकट्ठे", "इकट्ठा", "ek saath", "eksaath", "ikatthe",
        "एकदम", "एकत्र", "ekdam", "ਇਕੱਠੇ", "ਇੱਕਠੇ", "ikatthe", "એક સાથે", "એકસાથે", "સાથે",
        "ભેગા", "ek sathe", "sathe", "bhega",
    )
)  # fmt: skip


def _past_together(words: list[str], k: int) -> int:
    for size in (2, 1):
        if " ".join(words[k : k + size]) in _TOGETHER:
            return k + size
    return k


def _condition_after(reading: _Reading, k: int) -> int | None:
    """Where the "if you take" said from token `k` ends, or None."""
    words = reading.words
    k = _past_together(words, k)
    if k < len(words) and words[k] in _IF_TAKEN:
        return k + 1
    if k + 1 < len(words) and words[k] in _TAKE and words[k + 1] in _THEN:
        return k + 2
    return None


def _english_condition(reading: _Reading, start: int, end: int) -> int | None:
    """ "take six and it's 100", "if you take five, 180": where the words end before the
    price, or None."""
    if start == 0 or reading.words[start - 1] not in _EN_TAKE:
        return None
    k = end
    while k < len(reading.words) and reading.words[k] in _EN_BETWEEN:
        k += 1
    conditional = start >= 2 and reading.words[start - 2] == "you"
    said_and = "and" in reading.words[end:k]  # "take six and it's 100", not "take 3 at 40"
    return k if conditional or said_and else None


_MOST_COUNTED = 100_000
"""A bare count in hundreds or thousands ("if you take four hundred, 22 each") is a count
only where the price after the condition is a piece's rate."""


def _counts(reading: _Reading) -> list[tuple[_Quantity, _Price | None]]:
    """Bare counts: a number heard as a price, or a count with its classifier ("ছটা")."""
    found: list[tuple[_Quantity, _Price | None]] = []
    for p in reading.prices:
        value = p.span.value
        if p.explicit or p.quantity is not None or value != int(value):
            continue
        if 1 < value <= 100 or (100 < value <= _MOST_COUNTED and not p.negated):
            found.append((_Quantity(float(value), None, p.start, p.end), p))
    for q in reading.quantities:
        if q.value and q.value > 1 and q.unit in (None, "piece") and not q.claimed:
            found.append((q, None))
    return found


def said_on_condition(reading: _Reading, total: _Price) -> bool:
    """The total is said right after "if you take N" for its own count N ("ஆறு எடுத்தா
    அம்பது"): a deal on a condition, which a rate before it does not give way to."""
    q = total.quantity
    if total.on_condition or total.per_unit is not False or q is None or q.end > total.start:
        return total.on_condition
    if reading.language == "en":
        then = _english_condition(reading, q.start, q.end)
    else:
        then = _condition_after(reading, past_classifier(reading, q.end))
    return then is not None and then <= total.start <= then + 2


def total_if_taken(reading: _Reading) -> list[_Price]:
    """Make the price after "take N and it's", "N लो तो", "N எடுத்தா" the total for N.
    The rate said before the count still stands beside it (two prices: asked); a total
    that only repeats the rate ("25 each, take four and it's 100") is one offer, and the
    rate said first stands: the total is returned as replaced."""
    replaced: list[_Price] = []
    for p in list(reading.prices) if reading.language != "en" else []:
        if (then := _condition_after(reading, past_classifier(reading, p.end))) is not None:
            unit_past_condition(reading, p, then)
    for quantity, as_price in _counts(reading):
        start, end = quantity.start, quantity.end
        if reading.language == "en":
            then = _english_condition(reading, start, end)
        else:
            then = _condition_after(reading, past_classifier(reading, end))
        if then is None:
            continue
        total = next((p for p in reading.prices if then <= p.start <= then + 2), None)
        if total is None or total is as_price or total.negated:
            continue
        large = quantity.value is not None and quantity.value > 100
        if large and (as_price is None or not said_per_piece(reading, then, total)):
            continue  # "take four hundred and it's 9,000": asked, never a guess
        if rate_for_count(reading, quantity, as_price, then, total):
            continue  # "दस लोगे तो पैंतीस रुपये पीस": ten, at 35 each
        if reading.cue_near(total.end, total.end + 3, Cue.EACH, Cue.PER):
            continue  # "if you take five, 40 each": still a rate
        rates = [p for p in reading.prices if p.end <= start and p.per_unit and not p.negated]
        if quantity.unit is None and rates:
            before = rates[-1]
            unit = before.quantity.unit if before.quantity is not None else None
            quantity.unit = unit or ("piece" if before.each else None)
        if as_price is not None:
            reading.prices.remove(as_price)
            reading.quantities.append(quantity)
        quantity.claimed = True
        total.per_unit, total.quantity, total.each = False, quantity, False
        total.on_condition = bool(rates)
        if rates and round(total.unit_paise()) == rates[-1].paise:
            replaced.append(total)  # "એકના પચ્ચીસ, ચાર લો તો સો": the same offer twice
    return replaced
