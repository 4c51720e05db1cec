"""A vehicle's registration said as it is painted, "KA 05 4412", "MH12 AB 3456",
"DL 1C 2233": a state's two letters, the district's one or two digits, maybe a series of
letters, then three or four digits. The numbers in it are no price and no count (a
vendor telling where to load the goods: "my truck number is KA 05 4412, load it there").

The two letters must be a state's or territory's code, and either be written in capitals
or come after a word for a vehicle or its number ("gaadi ka number up 32 4455"), so a
romanized "do 20 30" (give 20, 30) is never taken for one."""

from __future__ import annotations

import re

from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _NO_CUES, _Reading

_PLATE = re.compile(
    r"(?<!\w)([A-Za-z]{2})[\s-]?(\d{1,2})[\s-]?(?:[A-Za-z]{1,3}[\s-]?)?(\d{3,4})(?!\w)"
)
_STATES = frozenset(
    "AN AP AR AS BR CG CH DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR PB "
    "PY RJ SK TN TR TS UK UP WB".split()
)
_VEHICLE_WORDS = frozenset(
    fold(w)
    for w in (
        "number", "no", "truck", "lorry", "tempo", "auto", "car", "bike", "gaadi", "gadi",
        "van", "vehicle", "नंबर", "गाड़ी", "गाडी", "ट्रक", "टेम्पो", "टेंपो", "ऑटो", "নম্বর",
        "গাড়ি", "নম্বর", "ગાડી", "નંબર", "ਨੰਬਰ", "ਗੱਡੀ", "ನಂಬರ್", "ಗಾಡಿ", "నంబర్", "నెంబర్",
        "బండి", "நம்பர்", "வண்டி", "നമ്പർ", "വണ്ടി", "লরি", "ট্রাক",
    )
)  # fmt: skip


def plate_numbers(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """`spans` less the numbers of a registration plate said in the line."""
    dropped: set[int] = set()
    for match in _PLATE.finditer(reading.text):
        code = match.group(1)
        if code.upper() not in _STATES:
            continue
        inside = [
            k
            for k, t in enumerate(reading.tokens)
            if t.start >= match.start() and t.end <= match.end()
        ]
        if not inside:
            continue
        before = range(max(inside[0] - 4, 0), inside[0])
        if code.isupper() or any(reading.words[k] in _VEHICLE_WORDS for k in before):
            dropped.update(inside)
            if inside[0] > 0 and reading.words[inside[0] - 1] == "no":
                reading.cues[inside[0] - 1] = _NO_CUES  # "tempo no. DL 1C 2233": no refusal
    if not dropped:
        return spans
    for k in dropped:
        reading.number_at[k] = None
    return [s for s in spans if not any(k in dropped for k in range(s.start, s.end))]
