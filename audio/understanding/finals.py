"""Whether the price that stands is said as final (README `final`): "final price 60"
(`Cue.FINAL`), "60, not a rupee more", "800 rupees, not less" (a floor), and the words of
each language that close the haggling after a price (`LanguageSpec.final_words`): "110,
that's it" ("నూట పది, అంతే", "ನೂರ ಹತ್ತು, ಅಷ್ಟೇ"), "55, won't go below that" ("అంతకంటే
తగ్గదు", "এর নিচে নামব না"), "don't ask lower" ("அதுக்கு கீழ கேக்காதீங்க", "അതിൽ താഴെ
ചോദിക്കണ്ട"), "no more talk" ("আর কথা নয়"), "350 it will take, only" ("साढ़े तीन सौ ही
लगेगा"). A final price is an offer or counter marked final, never an accept, whoever says
it; asked ("that's it?", "bas itna?", "అంతేనా?") the words ask for a better price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.floor_at import floor_after, minimum_said
from audio.understanding.floors import floor_said
from audio.understanding.handover import said_final
from audio.understanding.limits import limit_said
from audio.understanding.reading import _joined, _Price, _Reading, _word_set
from audio.understanding.same_for_all import drop_same_for_all


def _asks(reading: _Reading) -> bool:
    return any(t.raw == "?" for t in reading.tokens) or reading.cue_near(
        0, len(reading.words), Cue.QUESTION
    )


def closes_after(reading: _Reading, price: _Price) -> bool:
    """A word or phrase of the speaker's `final_words` said after `price`, in a line that
    asks nothing. A lone word said right on the number with no pause ("ಐವತ್ತು ಅಷ್ಟೇ",
    just fifty) is "only", no closing word: "ನೂರ ಹತ್ತು, ಅಷ್ಟೇ" closes, and so does one
    that ends the line after agreement ("ಸರಿ, ಮೂವತ್ತೈದು ಅಷ್ಟೇ")."""
    if _asks(reading):
        return False
    table = _word_set(reading.language, "final_words")
    words = reading.words
    for k in range(price.end, len(words)):
        if any(tuple(words[k : k + len(p)]) == p for p in table.phrases):
            return True  # "साढ़े तीन सौ ही लगेगा"
        if table.found(words[k : k + 1]) and not (k == price.end and _joined(reading, k)):
            return True
        if table.found(words[k : k + 1]) and k == len(words) - 1 and _agreed_before(reading, price):
            return True  # "ಸರಿ, ಮೂವತ್ತೈದು ಅಷ್ಟೇ": ok, 35, that's it
    return False


def _agreed_before(reading: _Reading, price: _Price) -> bool:
    """A word of agreement is said before `price` ("ಸರಿ, ...", "चलो ...")."""
    return any(
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT) and end <= price.start
        for cue, _, end in reading.occurrences
    )


# "That's all", said alone to end the line after a price: "ਸਾਢੇ ਤਿੰਨ ਸੌ ਲੱਗੂ, ਬਸ",
# "पावणेचारशे, बस", "સાડા ત્રણસો, બસ". Said anywhere else it is "only" ("ਬਸ ਇੱਕ ਕਿੱਲੋ").
_ENOUGH_LAST = {
    "pa": frozenset(fold(w) for w in ("ਬਸ", "ਬੱਸ", "bas", "bass")),
    "mr": frozenset(fold(w) for w in ("बस", "bas", "बस्स", "बास", "bass")),
    "gu": frozenset(fold(w) for w in ("બસ", "બસ્સ", "bas")),
    "hi": frozenset(fold(w) for w in ("बस", "bas", "बस्स")),
    "bn": frozenset(fold(w) for w in ("ব্যস", "ব্যাস", "bas", "byas")),
    "en": frozenset(fold(w) for w in ("bas", "bass")),
}
# Hindi and Bengali (and Indian English, "sixty, bas") close with it only right after a
# bare price, its currency or unit at most between ("अस्सी, बस", "নব্বই টাকা কেজি, ব্যস",
# "चलो पैंतीस, बस"); after a verb ("साठ दूँगा, बस", "একশো টাকা দেব, ব্যস") it only rounds
# the sentence off.
_ENOUGH_AFTER_AGREEMENT = frozenset(("hi", "bn", "en"))
_POLITE = frozenset(fold(w) for w in ("ਜੀ", "ji", "जी", "જી", "bhai", "ਭਾਜੀ", "bai"))


def enough_at_end(reading: _Reading, price: _Price) -> bool:
    """The line ends on a lone "that's all" after a pause, past `price` (a polite word
    may follow it), in a line that asks nothing."""
    enough = _ENOUGH_LAST.get(reading.language)
    if not enough or _asks(reading):
        return False
    words = reading.words
    k = len(words) - 1
    while k > price.end and words[k] in _POLITE:
        k -= 1
    if reading.language in _ENOUGH_AFTER_AGREEMENT and not all(
        reading.has(j, Cue.CURRENCY, Cue.UNIT) for j in range(price.end, k)
    ):
        return False
    return k >= price.end and words[k] in enough and not _joined(reading, k)


def final_said(reading: _Reading, price: _Price) -> bool:
    """The standing `price` is called final: a final word before or after it, the
    not-a-rupee idiom, a floor, or a closing word after it. "All the same price" is
    no final mark (`same_for_all`)."""
    drop_same_for_all(reading)
    return (
        said_final(reading)
        or reading.not_a_rupee
        or floor_said(reading)
        or floor_after(reading, price)  # "ఐదు వందల యాభైకి తగ్గదు"
        or minimum_said(reading, price)  # "550 minimum", "कम से कम साढ़े पाँच सौ"
        or closes_after(reading, price)
        or enough_at_end(reading, price)  # "ਸਾਢੇ ਤਿੰਨ ਸੌ ਲੱਗੂ, ਬਸ"
        or limit_said(reading, price)  # "30, I won't go higher", "45, it won't come down"
    )
