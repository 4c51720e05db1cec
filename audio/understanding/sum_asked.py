"""A rate put as a condition, then the sum asked: "if it's 40 a kilo, what's the total for
3 kilos?", "oranges are 80 a dozen, so two dozen how much?",
"चालीस रुपये किलो है तो तीन किलो का कुल कितना?", "கிலோ நாப்பதுன்னா மூணு
கிலோக்கு மொத்தம் எவ்வளவு?", "ಕೆಜಿ ಅರವತ್ತು ಅಂದ್ರೆ ಎರಡು ಕೆಜಿಗೆ ಒಟ್ಟು ಎಷ್ಟು?". The rate is
supposed, not offered: the speaker asks what it comes to, so no price stands."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.orders import items_sum_asked
from audio.understanding.reading import _Reading

# The "then" of a condition, said after the rate: "है तो", "হলে", "అంటే", "असेल तर".
_THEN = frozenset(
    fold(w)
    for w in (
        "तो", "to", "ਤਾਂ", "ta", "taan", "tan", "તો", "तर", "tar",
        "அப்படின்னா", "na", "nna", "ana", "aana",
        "అంటే", "ante", "అయితే", "aithe", "ayithe", "ఐతే",
        "হলে", "hole",
        "ಅಂದ್ರೆ", "ಅಂದರೆ", "andre", "andare", "ಆದ್ರೆ", "ಆದರೆ", "adre", "aadre",
        "ആണെങ്കിൽ", "ആണെങ്കില്", "aanenkil", "anenkil", "ആണേൽ", "aanel",
        "വെച്ച്", "വച്ച്", "vechu", "vachu", "vech",
        "so", "then", "means", "फिर", "phir", "அப்போ", "அப்ப", "appo", "তাহলে", "tahole",
        "তাইলে", "म्हणजे", "mhanje", "मग", "mag", "അപ്പോ", "അപ്പോൾ", "ਫਿਰ", "phir",
        "हिसाब", "hisab", "hisaab", "ਹਿਸਾਬ", "হিসেবে", "hisebe", "हिशोबाने", "હિસાબે",
    )
)  # fmt: skip
# Tamil runs "if it is" into the word before: "ரூபான்னா", "நாப்பதுன்னா".
_THEN_ENDINGS = ("ன்னா", "னா")
# The "if" or "at" said before the rate: "if it's 40", "agar 60 hai", "ਜੇ ਸੱਠ ਦਾ".
_IF = frozenset(
    fold(w)
    for w in (
        "if", "at", "agar", "अगर", "je", "ਜੇ", "ਜੇਕਰ", "jekar", "jar", "जर", "jodi", "যদি",
        "jo", "જો",
    )
)  # fmt: skip
# The sum asked: "total", "in all", "come to", and the words for it (with case endings).
_SUM = frozenset(
    fold(w)
    for w in (
        "total", "altogether", "sum", "come", "कुल", "टोटल", "kul", "kull", "ਕੁੱਲ", "ਕੁਲ",
        "ਟੋਟਲ", "মোট", "mot", "एकूण", "ekun", "ekoon", "કુલ", "ટોટલ",
        "motham", "mottham", "mothama", "mothamaa", "mottam", "ottu", "aake",
    )
)  # fmt: skip
_SUM_STEMS = ("மொத்த", "మొత్త", "ಒಟ್ಟು", "മൊത്ത", "ആകെ", "टोटल")
_TAMIL_BUT = frozenset(("ஆனா", "ana", "aana"))


def _then_at(reading: _Reading, k: int) -> bool:
    word = reading.words[k]
    if word in _TAMIL_BUT and k == 0:
        return False
    return word in _THEN or (reading.language == "ta" and word.endswith(_THEN_ENDINGS))


def sum_asked_at_rate(reading: _Reading) -> bool:
    """Every price is said before (or in) a condition, and after it the sum is asked (the
    quantity asked about, once the rate no longer holds it, is the line's own)."""
    if not reading.prices:
        return False
    words = reading.words
    first, last = reading.prices[0].start, reading.prices[-1].end
    supposed = any(w in _IF for w in words[: first + 1][-3:]) or any(
        _then_at(reading, k) for k in range(max(0, first), min(len(words), last + 5))
    )
    if not supposed:
        return False
    condition_end = next(
        (k + 1 for k in range(first, min(len(words), last + 5)) if _then_at(reading, k)), last
    )
    if any(p.start >= condition_end for p in reading.prices):
        return False  # "40 a kilo, so three kilos 120": the sum is said, not asked
    rest = range(condition_end, len(words))
    summed = any(words[k] in _SUM or words[k].startswith(_SUM_STEMS) for k in rest)
    asked_how_much = reading.cue_near(condition_end, len(words), Cue.QUESTION)
    asked = reading.tokens[-1].raw == "?" or asked_how_much
    # "... so two dozen how much?": a quantity of goods after the rate, its sum asked
    rate_units = [p.quantity for p in reading.prices if p.per_unit]
    counted = [
        q
        for q in reading.quantities
        if q.start >= condition_end and q.unit is not None and all(q is not r for r in rate_units)
    ]
    if not ((summed and asked) or (counted and asked_how_much)):
        return False
    for quantity in counted:
        quantity.claimed = False  # the quantity asked about is the line's, not the rate's
    return True


def sum_asked(reading: _Reading) -> bool:
    """What the goods come to is asked, at a rate supposed or for several goods counted:
    no price said is offered."""
    return sum_asked_at_rate(reading) or items_sum_asked(reading)
