"""A person's age said with a number: "मेरी उम्र सत्तर है", "என் பையனுக்கு ஒன்பது வயசு",
"I am seventy, I can't carry it", "my son is nine". The number is years, never a price,
and the line is talk about the speaker: what refuses or agrees in it ("I can't carry
it") is about the person, not the price. Used by pass 3 (`audio.understanding.amounts`)
and by pass 5."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading
from audio.understanding.spec_counts import counted_after_pause

# "Age" and "years old", as a word's start so that case endings stay on ("வயசாச்சு",
# "വയസ്സായി", "ವಯಸ್ಸಾಯ್ತು", "वर्षांचा", "વર્ષનો").
_AGE_STEMS = tuple(
    fold(w)
    for w in (
        "उम्र", "उमर", "umar", "umr", "वय", "वर्षां", "वर्षाच", "ઉંમર", "ઉમર", "વર્ષન", "વરસન",
        "ਉਮਰ", "বয়স", "বয়েস", "boyos", "বছরের", "வயசு", "வயசா", "வயது", "vayas", "వయసు",
        "వయస్సు", "ఏళ్ళ", "ఏళ్ల", "ಏಳ್ಳ", "ವಯಸ್ಸ", "ವಯಸ್", "വയസ്സ", "വയസ്", "പ്രായം",
        "prayam", "age", "aged",
    )
)  # fmt: skip
# Typed age words too short to be a word's start ("vayal" is a Tamil field): Marathi "vay"
# ("vay daha": age ten) and its "of age" forms.
_AGE_WORDS = frozenset(fold(w) for w in ("vay", "vayacha", "vayachi", "vayache", "vayat"))
# "N years old" in words that are also a span of time alone ("saal", "ਸਾਲ"): an age when
# "of" follows ("नौ साल का", "ਨੌਂ ਸਾਲ ਦਾ"), or "old" in English.
_YEARS = frozenset(fold(w) for w in ("साल", "saal", "sal", "ਸਾਲ", "years", "year", "yrs"))
_YEARS_OF = frozenset(
    fold(w) for w in ("का", "की", "के", "ka", "ki", "ke", "ਦਾ", "ਦੀ", "ਦੇ", "da", "di", "old")
)
# English: "I am 70", "he's nine", "my son is nine", "my daughter's only nineteen".
_PERSON_IS = frozenset(
    (
        "i am", "i'm", "im", "he is", "she is", "he's", "she's", "son is", "daughter is",
        "son's", "daughter's",
    )
)  # fmt: skip
# "Just", "only", "still" between the age word or the person and the number: "বয়স মাত্র
# উনিশ", "उम्र बस उन्नीस", "वय फक्त एकोणीस", "ઉંમર હજી ઓગણીસ", "she's only nineteen".
_JUST = frozenset(
    fold(w)
    for w in (
        "only", "just", "still", "बस", "सिर्फ़", "सिर्फ", "अभी", "फक्त", "फ़क्त", "अजून",
        "মাত্র", "সবে", "এখনও", "હજી", "ફક્ત", "માત્ર", "ਸਿਰਫ਼", "ਸਿਰਫ", "ਹਾਲੇ",
        "ಬರೀ", "ಇನ್ನೂ", "ಕೇವಲ", "வெறும்", "இன்னும்", "కేవలం", "ఇంకా", "വെറും", "ഇപ്പോഴും",
        "sirf", "bas", "fakt", "matro", "haji", "sirf",
    )
)  # fmt: skip


# A limit of age: a comparison bound to the age word or "years" ("सोलह साल से कम उम्र",
# "அறுபது வயசுக்கு மேல", "ਅਠਾਰਾਂ ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ", "ಹದಿನೆಂಟು ವರ್ಷಕ್ಕಿಂತ ಕಡಿಮೆ", "people over
# twenty-one"), as a word's start so that endings stay on ("താഴെയുള്ളവർക്ക്").
_COMPARED = tuple(
    fold(w)
    for w in (
        "under", "below", "above", "over", "less", "more", "kam", "zyada", "jyada", "upar",
        "कम", "ज़्यादा", "ज्यादा", "अधिक", "ऊपर", "नीचे", "खालील", "खालच्या", "वरील",
        "वरच्या", "कमी", "जास्त",
        "கீழ", "மேல", "குறைவ", "లోపు", "పైబడ", "పైన", "తక్కువ", "ఎక్కువ", "কম", "বেশি",
        "নিচে", "ওপরে", "উপরে", "નાન", "ઓછ", "વધુ", "ઉપર", "નીચે", "મોટ", "ಕಡಿಮೆ",
        "ಮೇಲ್ಪಟ್ಟ", "ಮೇಲೆ", "ಕೆಳಗಿನ", "ಒಳಗಿನ", "ಹೆಚ್ಚು", "താഴെ", "മുകളിൽ", "കുറവ", "ਘੱਟ",
        "ਵੱਧ", "ਉੱਪਰ", "ਥੱਲੇ", "ਜ਼ਿਆਦਾ",
    )
)  # fmt: skip
# English: the comparison said before the number, bound to people ("anyone under
# eighteen", "only for those above twenty-one", "kids below twelve").
_BEFORE = frozenset(fold(w) for w in ("under", "below", "above", "over", "than"))
_PEOPLE = frozenset(
    fold(w)
    for w in (
        "anyone", "anybody", "people", "those", "boys", "girls", "kids", "children",
        "minors", "persons", "customers", "someone", "youngsters", "students", "men",
        "women", "adults", "aged", "age",
    )
)  # fmt: skip


def _age_limit(reading: _Reading, start: int, end: int) -> bool:
    """The number is bound to an age word and a comparison: a limit of age."""
    words = reading.words
    after = range(end, min(end + 4, len(words)))
    aged = [k for k in after if words[k].startswith(_AGE_STEMS) or words[k] in _YEARS]
    own = aged and all(reading.number_at[k] is None for k in range(end, aged[0] + 1))
    if own and all(_joined(reading, k) for k in range(end, aged[0] + 1)):
        near = range(end, min(aged[0] + 3, len(words)))
        if any(words[k].startswith(_COMPARED) and k != aged[0] for k in near):
            return True
    if start < 1 or words[start - 1] not in _BEFORE or not _joined(reading, start):
        return False
    if aged and aged[0] <= end + 1:
        return True  # "under 18 years"
    k = start - 2 if words[start - 1] != fold("than") else start - 3  # "people less than 18"
    return k >= 0 and words[k] in _PEOPLE


def _age_word(reading: _Reading, k: int) -> bool:
    if not 0 <= k < len(reading.words):
        return False
    return reading.words[k].startswith(_AGE_STEMS) or reading.words[k] in _AGE_WORDS


# "Years" fused onto the second number of a range of ages ("ఐదు ఆరేళ్ళ", five-six years').
_YEARS_FUSED = tuple(fold(w) for w in ("ేళ్ళ", "ేళ్ల"))


def _range_of_ages(reading: _Reading, end: int) -> bool:
    """The number ending at `end` opens a range of ages, the second number right after it,
    apart by a space or a hyphen, being an age: "पाँच-छह साल के लिए", "পাঁচ-ছ বছরের" (the
    second said short), "ఐదు ఆరేళ్ళ వాళ్ళకి" (its years fused on)."""
    words = reading.words
    if end >= len(words) or end < 1:
        return False
    gap = reading.text[reading.tokens[end - 1].end : reading.tokens[end].start]
    if gap.strip() not in ("", "-", "–"):
        return False
    if words[end].endswith(_YEARS_FUSED):
        return True
    nxt = reading.number_at[end]
    if nxt is not None:
        return nxt.start == end and beside_an_age(reading, nxt.start, nxt.end)
    return len(words[end]) <= 2 and _age_word(reading, end + 1) and _joined(reading, end + 1)


def beside_an_age(reading: _Reading, start: int, end: int) -> bool:
    """The number at `start:end` is an age: an age word right before or after it (one
    word between at most after it: "డెబ్బై ఏళ్ళ వయసు"), "N years old", or (English) a
    person and "is" right before it."""
    words = reading.words
    if _age_word(reading, end) or _age_limit(reading, start, end) or _range_of_ages(reading, end):
        return True
    # The age word before the number, with no pause between and no number of its own
    # before it: "வயசு ரெண்டு" is an age, "ரெண்டு வயசு, எட்டாயிரம்" a two-year-old's price.
    owned = start >= 2 and reading.number_at[start - 2] is not None
    if _age_word(reading, start - 1) and _joined(reading, start) and not owned:
        return True
    just = start > 1 and words[start - 1] in _JUST and _joined(reading, start)
    if just and _age_word(reading, start - 2) and _joined(reading, start - 1):
        return True  # "মেয়ের বয়স মাত্র উনিশ": the age, only nineteen
    start = start - 1 if just else start  # "my daughter's only nineteen"
    if _age_word(reading, end + 1) and _joined(reading, end + 1):
        return not counted_after_pause(reading, end, end + 1)  # "120, one year's warranty"
    if end + 1 < len(words) and words[end] in _YEARS and words[end + 1] in _YEARS_OF:
        return True
    before = " ".join(words[max(start - 2, 0) : start])
    return _joined(reading, start) and (
        before in _PERSON_IS or " ".join(words[start - 1 : start]) in _PERSON_IS
    )


def tells_an_age(reading: _Reading) -> bool:
    """A number in the line is a person's age: the line is talk about them."""
    return any(
        span is not None and k == span.start and beside_an_age(reading, span.start, span.end)
        for k, span in enumerate(reading.number_at)
    )
