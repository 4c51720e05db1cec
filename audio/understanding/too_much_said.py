"""A price called too much with the everyday "is" of the speaker's speech: Punjabi "ਦੋ
ਹਜ਼ਾਰ ਬਹੁਤ ਆ" (2000 is too much; "ਆ" for "ਹੈ"), "ਤੇਰਾਂ ਸੌ ਤਾਂ ਬਹੁਤ ਏ", Marathi "पंधराशे
लई जास्त हाय" ("हाय" for "आहे"), Gujarati "બારસો બહુ છે", Haryanvi Hindi "बारह सौ
बहुत सै". A word of "much" right after the price, then that "is", says the price is
too much, as "ਜ਼ਿਆਦਾ", "ज़्यादा है" do: the price is refused, never the speaker's own. The
word of "much" alone names no refusal ("ਪੰਜ ਕਿੱਲੋ ਬਹੁਤ ਆ", five kilo is plenty, is a
count, no price), so only a price before it is read this way."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_MUCH: dict[str, frozenset[str]] = {
    "pa": _folded("ਬਹੁਤ", "ਬਹੁਤੇ", "ਬਹੁਤੀ", "ਬਾਹਲਾ", "ਬਾਹਲੇ", "ਬਾਹਲੀ", "bahut", "bohat",
                  "bahot", "bahute", "bahla", "bahle"),
    "hi": _folded("बहुत", "बहोत", "घणा", "घणे", "bahut", "bahot", "ghana"),
    "mr": _folded("लई", "लय", "खूप", "फार", "lai", "lay", "khup"),
    "gu": _folded("બહુ", "બઉ", "ઘણા", "ઘણું", "bahu", "bau", "ghana"),
}  # fmt: skip
# The "is" of everyday speech (and the standard one), after the word of "much".
_IS: dict[str, frozenset[str]] = {
    "pa": _folded("ਆ", "ਏ", "ਐ", "ਹੈ", "ਨੇ", "ਹਨ", "ਹੈਗਾ", "ਹੈਗੇ", "aa", "ae", "ai", "hai",
                  "ne", "hega"),
    "hi": _folded("सै", "से", "है", "हैं", "हे", "se", "sai", "hai", "hain"),
    "mr": _folded("हाय", "हायेत", "हाई", "आहे", "आहेत", "झाले", "झालं", "झाला", "hay",
                  "haay", "aahe", "ahe", "zale", "jhale"),
    "gu": _folded("છે", "છ", "થાય", "કહેવાય", "che", "chhe", "thay", "kevay"),
}  # fmt: skip
# "more" between them, or alone before the "is" ("लई जास्त हाय", "जास्त हाय").
_MORE = _folded("जास्त", "जास्तच", "ज़्यादा", "ज्यादा", "ਜ਼ਿਆਦਾ", "ਜਿਆਦਾ", "વધારે", "jast",
                "jasta", "zyada", "jyada", "ziada", "vadhare")  # fmt: skip
# "This", "that", said back after the price asked again ("ਅੱਠ ਸੌ? ਇਹ ਤਾਂ ਬਹੁਤ ਆ").
_THIS = _folded("ਇਹ", "ਏਹ", "eh", "ih", "ye", "yeh", "ये", "यह", "हे", "हा", "ही", "he", "ha",
                "આ", "aa", "e", "એ")  # fmt: skip
_FILLERS = _folded("ਤਾਂ", "ਤੇ", "ਤਾ", "taan", "tan", "ta", "तो", "तर", "तरी", "to", "tar",
                   "તો", "ji", "ਜੀ", "जी")  # fmt: skip


def mark_too_much(reading: _Reading) -> None:
    """Tag "much" + "is" right after a price as the too-much refusal of that price."""
    much, said_is = _MUCH.get(reading.language), _IS.get(reading.language)
    if not much or not said_is:
        return
    words = reading.words
    for price in reading.prices:
        k, echoed = price.end, False
        if k + 1 < len(words) and reading.tokens[k].raw == "?":
            # "Nausho? far jast ahe", "Chhe sau? eh taan bahut jyada aa": said back, then too much
            k, echoed = k + 1, True
            if words[k] in _THIS and k + 1 < len(words):
                k += 1
        while k < len(words) and (echoed or _joined(reading, k)) and words[k] in _FILLERS:
            k += 1
        end = _said_too_much(reading, k, much, said_is, echoed)
        if end is None or any(reading.has(j, Cue.TOO_MUCH) for j in range(k, end)):
            continue
        for j in range(k, end):
            # "जास्त" here is the too much, not "more than" a bound
            reading.cues[j] = (reading.cues[j] - {Cue.COMPARATIVE}) | {Cue.TOO_MUCH}
        kept = [o for o in reading.occurrences if not (o[0] is Cue.COMPARATIVE and k <= o[1] < end)]
        reading.occurrences = sorted([*kept, (Cue.TOO_MUCH, k, end)], key=lambda o: (o[1], o[2]))


def _said_too_much(
    reading: _Reading, k: int, much: frozenset[str], said_is: frozenset[str], echoed: bool
) -> int | None:
    """Where "much is", "much more is" or "more is" said from word `k` ends, or None
    (after a price said back as a question, `echoed`, the first word may follow the "?")."""
    words = reading.words
    j = k
    if j < len(words) and words[j] in much:
        j += 1
    if j < len(words) and words[j] in _MORE:
        j += 1
    if j == k or j >= len(words) or words[j] not in said_is:
        return None
    if not all(_joined(reading, i) for i in range(k + echoed, j + 1)):
        return None
    return j + 1
