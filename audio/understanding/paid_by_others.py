"""A refusal that cites what someone else paid: "twenty-five is too much, my cousin got it
done for eighteen", "पच्चीस हज़ार बहुत ज़्यादा है, मेरे भाई ने अठारह में करवाया",
"ಇಪ್ಪತ್ತೈದು ಸಾವಿರ ತುಂಬಾ ಜಾಸ್ತಿ, ನಮ್ಮ ತಮ್ಮ ಹದಿನೆಂಟು ಸಾವಿರಕ್ಕೆ ಮಾಡಿಸಿದ". The later amount is
another person's, said in a clause with a relative, friend or neighbour and a verb of
having got, paid or bought: no price of the speaker's. With the first price refused, the
line rejects with no amount."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading

_REFUSED = (Cue.TOO_MUCH, Cue.REJECT, Cue.NEGATION, Cue.NOT)
_AGREED = frozenset((Cue.ACCEPT, Cue.SOFT_ACCEPT))

# A relative, friend or neighbour, as a word's start (case endings stay on).
_PERSON_STEMS = tuple(
    fold(w)
    for w in (
        "cousin", "brother", "sister", "friend", "neighbour", "neighbor", "uncle", "aunt",
        "relative", "colleague", "bhai ne", "bhaiya ne", "dost", "padosi", "mama ne",
        "chacha ne", "bhen ne", "behen ne",
        "भाई ने", "भैया ने", "दोस्त", "पड़ोसी", "पडोसी", "रिश्तेदार", "मामा ने", "चाचा ने",
        "बहन ने", "मौसी", "भावाने", "मित्राने", "शेजाऱ्या", "शेजारच्यां", "बहिणीने",
        "ਭਰਾ", "ਭਾਈ ਨੇ", "ਦੋਸਤ", "ਗੁਆਂਢੀ", "ਭੈਣ ਨੇ", "ਮਾਮੇ", "bhra",
        "தம்பி", "அண்ணன்", "அண்ணா", "தங்கச்சி", "நண்பன்", "ஃப்ரெண்ட்", "பிரண்ட்",
        "பக்கத்து வீட்டு", "மச்சான்", "thambi", "annan",
        "తమ్ముడు", "అన్నయ్య", "చెల్లి", "ఫ్రెండ్", "స్నేహితుడు", "పక్కింటి", "బావ",
        "thammudu", "annayya",
        "আমার ভাই", "ভাই", "বোন", "বন্ধু", "প্রতিবেশী", "মামা", "কাকা", "bondhu",
        "ભાઈએ", "ભાઈ એ", "મિત્રએ", "મિત્રે", "પાડોશી", "બહેને", "મામાએ", "bhaie",
        "ತಮ್ಮ", "ಅಣ್ಣ", "ತಂಗಿ", "ಸ್ನೇಹಿತ", "ಫ್ರೆಂಡ್", "ಪಕ್ಕದ ಮನೆ", "ಮಾವ",
        "അനിയൻ", "ചേട്ടൻ", "അനിയത്തി", "കൂട്ടുകാരൻ", "കൂട്ടുകാരി", "അയൽക്കാര", "അളിയൻ",
        "aniyan", "chettan",
    )
)  # fmt: skip

# Got it done, paid, bought, got: a price that was someone's past deal.
_GOT_STEMS = tuple(
    fold(w)
    for w in (
        "got", "paid", "bought", "did it", "had it", "done for",
        "करवाया", "करवाई", "करवा लिया", "लिया था", "लिया", "ली थी", "दिया था", "खरीदा",
        "karwaya", "karvaya", "liya", "kharida",
        "करून घेतल", "घेतल", "घेतला", "केलं", "ghetla", "ghetla",
        "ਕਰਵਾਇਆ", "ਕਰਵਾਈ", "ਲਿਆ", "ਲਈ ਸੀ", "ਖਰੀਦ", "karvaya",
        "பண்ணான்", "பண்ணாரு", "பண்ணாங்க", "வாங்கினான்", "வாங்கினாரு", "வாங்கினா", "செஞ்சான்",
        "செஞ்சாரு", "பண்ணிக்கிட்டான்",
        "చేయించాడు", "చేయించుకున్నాడు", "చేయించింది", "కొన్నాడు", "కొన్నారు", "కొనుక్కున్నాడు",
        "చేయించారు",
        "করিয়েছে", "করিয়েছিল", "কিনেছে", "কিনেছিল", "পেয়েছে", "নিয়েছে",
        "કરાવ્યું", "કરાવ્યો", "લીધું", "લીધો", "લીધી", "ખરીદ્યું",
        "ಮಾಡಿಸಿದ", "ಮಾಡಿಸಿದ್ರು", "ಮಾಡಿಸ್ಕೊಂಡ", "ತಗೊಂಡ", "ತೆಗೆದುಕೊಂಡ", "ಕೊಂಡ",
        "ചെയ്യിച്ചു", "ചെയ്യിപ്പിച്ചു", "വാങ്ങി", "ചെയ്തു",
    )
)  # fmt: skip


def _said(text: str, stems: tuple[str, ...]) -> bool:
    return any(w.startswith(stems) for w in text.split()) or any(
        f" {stem}" in f" {text}" for stem in stems if " " in stem
    )


def _joined_or_hyphen(reading: _Reading, k: int) -> bool:
    """Whether token `k` goes on from the one before it ("brother-in-law")."""
    if _joined(reading, k):
        return True
    tokens = reading.tokens
    return k > 0 and reading.text[tokens[k - 1].end : tokens[k].start].strip() in ("-", "'")


def _bounds(reading: _Reading, price: _Price) -> tuple[int, int]:
    first, last = price.start, price.end
    while first > 0 and _joined_or_hyphen(reading, first):
        first -= 1
    while last < len(reading.words) and _joined_or_hyphen(reading, last):
        last += 1
    return first, last


def _clause(reading: _Reading, price: _Price) -> str:
    first, last = _bounds(reading, price)
    return " ".join(reading.words[first:last])


def _unaccept(reading: _Reading, price: _Price) -> None:
    """The clause tells of another's deal: its "done" agrees to nothing."""
    first, last = _bounds(reading, price)
    for k in range(first, last):
        reading.cues[k] = reading.cues[k] - _AGREED
    reading.occurrences = [
        o for o in reading.occurrences if not (o[0] in _AGREED and first <= o[1] < last)
    ]


def paid_by_others(reading: _Reading) -> list[_Price]:
    """Prices another person paid, cited beside the speaker's refusal: no price."""
    if not reading.cue_near(0, len(reading.words), *_REFUSED):
        return []
    theirs = [
        p
        for p in reading.prices
        if _said(_clause(reading, p), _PERSON_STEMS) and _said(_clause(reading, p), _GOT_STEMS)
    ]
    for price in theirs:
        _unaccept(reading, price)
    return theirs
