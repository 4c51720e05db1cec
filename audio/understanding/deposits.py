"""A deposit, security or advance said beside the price: "vessels, plates, glasses all
together three thousand, deposit five thousand", "ढाई हज़ार ठीक है, पर सिक्योरिटी हज़ार से
ज़्यादा नहीं दूँगा", "ಪಾತ್ರೆ ಎಲ್ಲಾ ಸೇರಿ ಮೂರು ಸಾವಿರ, ಮುಂಗಡ ಸಾವಿರ". The amount held against
the goods (or paid ahead to book them) is no price: its number is dropped, and the words
of its clause (a "no", a "more") say nothing of the price. A line whose only amount is a
deposit names no price ("just keep two thousand as security": `other`).

The number bound to a deposit word is the one right after it in its clause ("deposit five
thousand", "அட்வான்ஸ் ஆயிரம்"), else the one right before it ("पाँच सौ एडवांस", "a
thousand as security"), with no other number and only a measure word or a link between:
a price set on a condition, then an advance promised ("ಐದು ಸಾವಿರಕ್ಕೆ ಕೊಟ್ರೆ ನಾಳೆನೇ
ಅಡ್ವಾನ್ಸ್ ಕೊಡ್ತೀನಿ", give it for five thousand and I'll pay an advance tomorrow), keeps
its price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _joined, _Reading

_MEASURES = frozenset((Cue.UNIT, Cue.CURRENCY, Cue.PAISE, Cue.PER))
# What may stand between an amount and the deposit word after it: "पाँच सौ रुपये का एडवांस".
_BETWEEN = _MEASURES | {Cue.LINK, Cue.OF, Cue.ARTICLE}
_AS = frozenset(("as", "for", "ആയി", "ಆಗಿ", "ஆக", "గా"))

# Word starts: a case ending may follow ("डिपॉज़िट के", "அட்வான்ஸா", "ಮುಂಗಡವಾಗಿ").
_DEPOSIT = tuple(
    fold(w)
    for w in (
        "deposit", "security", "advance", "jamanat", "anamat", "bayana", "mungada",
        "डिपॉज़िट", "डिपॉजिट", "डिपाज़िट", "डिपाजिट", "सिक्योरिटी", "सेक्योरिटी", "एडवांस",
        "ऐडवांस", "बयाना", "ज़मानत", "जमानत",
        "டெபாசிட்", "டெபாஸிட்", "டிபாசிட்", "அட்வான்ஸ்", "அட்வான்ஸ", "செக்யூரிட்டி",
        "முன்பணம்",
        "డిపాజిట్", "డిపాసిట్", "అడ్వాన్స్", "సెక్యూరిటీ", "సెక్యూరిటి",
        "জামানত", "সিকিউরিটি", "সিকিউরিটী", "ডিপোজিট", "ডিপজিট", "অ্যাডভান্স", "এডভান্স",
        "অগ্রিম",
        "अनामत", "डिपॉझिट", "डिपॉसिट", "ॲडव्हान्स", "ॲडव्हांस", "अॅडव्हान्स", "ॲडवान्स",
        "डिपॉज़िट", "सिक्युरिटी",
        "ડિપોઝિટ", "ડિપોજીટ", "એડવાન્સ", "સિક્યોરિટી", "અનામત",
        "ಮುಂಗಡ", "ಡೆಪಾಸಿಟ್", "ಡಿಪಾಸಿಟ್", "ಡೆಪಾಜಿಟ್", "ಅಡ್ವಾನ್ಸ್", "ಸೆಕ್ಯುರಿಟಿ",
        "ഡെപ്പോസിറ്റ്", "ഡിപ്പോസിറ്റ്", "അഡ്വാൻസ്", "സെക്യൂരിറ്റി",
        "ਸਿਕਿਓਰਿਟੀ", "ਸਿਕਿਉਰਿਟੀ", "ਐਡਵਾਂਸ", "ਡਿਪਾਜ਼ਿਟ", "ਡਿਪਾਜਿਟ", "ਬਿਆਨਾ", "ਜ਼ਮਾਨਤ",
    )
)  # fmt: skip


def _deposit_word(word: str) -> bool:
    return word.startswith(_DEPOSIT)


def _clause(reading: _Reading, k: int) -> tuple[int, int]:
    start, stop = k, k + 1
    while start > 0 and _joined(reading, start):
        start -= 1
    while stop < len(reading.words) and _joined(reading, stop):
        stop += 1
    return start, stop


def _bound(
    reading: _Reading, spans: list[NumberSpan], k: int, start: int, stop: int
) -> NumberSpan | None:
    after = [s for s in spans if k < s.start < stop]
    if after:
        return min(after, key=lambda s: s.start)
    before = [s for s in spans if start <= s.start and s.end <= k]
    if not before:
        return None
    span = max(before, key=lambda s: s.start)
    between = range(span.end, k)
    fits = all(reading.cues[j] & _BETWEEN or reading.words[j] in _AS for j in between)
    return span if fits else None


def drop_deposits(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans without an amount bound to a deposit, security or advance word."""
    dropped: list[NumberSpan] = []
    for k, word in enumerate(reading.words):
        if not _deposit_word(word):
            continue
        start, stop = _clause(reading, k)
        span = _bound(reading, [s for s in spans if s not in dropped], k, start, stop)
        if span is None:
            continue
        dropped.append(span)
        for j in range(span.start, span.end):
            reading.number_at[j] = None
        if sum(1 for s in spans if start <= s.start < stop) == 1:
            lo, hi = start, stop  # the clause says only the deposit: its "no" is the deposit's
        else:
            lo, hi = min(k, span.start), max(k + 1, span.end)
        for j in range(lo, hi):
            reading.cues[j] = reading.cues[j] & _MEASURES
        reading.occurrences = [
            o for o in reading.occurrences if o[0] in _MEASURES or not lo <= o[1] < hi
        ]
    return [s for s in spans if s not in dropped]
