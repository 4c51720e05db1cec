"""Two sizes, two prices: "big glass 25, small 15", "મોટો ગ્લાસ પચ્ચીસ, નાનો પંદર",
"பெரிய கிளாஸ் இருபத்தஞ்சு, சின்னது பதினஞ்சு"; two forms of the goods the same way:
"original 450, duplicate 150", "set 120, single glass 25", "ਅਸਲੀ ਸਾਢੇ ਚਾਰ ਸੌ, ਨਕਲੀ ਡੇਢ ਸੌ".
Each size word starts a clause with a number of its own: a price for each size, so the
listener is asked which one is meant, never one picked, and the number after a size word
is never a count of the goods."""

from __future__ import annotations

from audio.lexicon import fold
from audio.numbers import find_numbers, number_table
from audio.understanding.reading import _joined, _Reading

_SIZES = frozenset(
    fold(w)
    for w in (
        "big", "bigger", "large", "small", "smaller", "little", "medium", "jumbo",
        "बड़ा", "बड़े", "बड़ी", "बड़ा", "बड़े", "बड़ी", "छोटा", "छोटे", "छोटी", "bada", "bade",
        "badi", "bada", "chhota", "chhote", "chhoti", "chota", "chote", "choti",
        "பெரிய", "பெரியது", "பெரிசு", "சின்ன", "சின்னது", "சின்னதுக்கு", "periya",
        "periyadhu", "periyathu", "chinna", "chinnadhu", "chinnathu",
        "పెద్ద", "పెద్దది", "పెద్దవి", "చిన్న", "చిన్నది", "చిన్నవి", "pedda", "peddadi",
        "chinnadi",
        "বড়", "বড়টা", "বড়গুলো", "ছোট", "ছোটটা", "ছোটগুলো", "boro", "borota", "choto",
        "chhoto", "chotota",
        "मोठा", "मोठे", "मोठी", "लहान", "motha", "mothe", "lahan",
        "મોટો", "મોટું", "મોટા", "મોટી", "નાનો", "નાનું", "નાના", "નાની", "moto", "motu",
        "mota", "nano", "nanu", "nana",
        "ದೊಡ್ಡ", "ದೊಡ್ಡದು", "ಸಣ್ಣ", "ಸಣ್ಣದು", "ಚಿಕ್ಕ", "ಚಿಕ್ಕದು", "dodda", "doddadu",
        "sanna", "sannadu", "chikka", "chikkadu",
        "വലിയ", "വലുത്", "ചെറിയ", "ചെറുത്", "valiya", "valuthu", "cheriya", "cheruthu",
        "ਵੱਡਾ", "ਵੱਡੇ", "ਵੱਡੀ", "ਛੋਟਾ", "ਛੋਟੇ", "ਛੋਟੀ", "vadda", "vadde",
    )
) | frozenset(
    # Forms of the goods priced apart as sizes are: "original 450, duplicate 150", "the
    # set 120, a single glass 25".
    fold(w)
    for w in (
        "original", "duplicate", "copy", "set", "single",
        "ओरिजिनल", "डुप्लीकेट", "डुप्लिकेट", "असली", "नकली", "सिंगल", "asli", "nakli",
        "ஒரிஜினல்", "டூப்ளிகேட்", "சிங்கிள்", "ఒరిజినల్", "డూప్లికేట్", "సింగిల్",
        "আসল", "আসলটা", "নকল", "নকলটা", "সিঙ্গেল", "ओरिजिनल", "सिंगल",
        "ઓરિજિનલ", "ડુપ્લિકેટ", "અસલી", "નકલી", "સિંગલ", "ಒರಿಜಿನಲ್", "ಡುಪ್ಲಿಕೇಟ್", "ಸಿಂಗಲ್",
        "ഒറിജിനൽ", "ഡ്യൂപ്ലിക്കേറ്റ്", "സിംഗിൾ", "ਅਸਲੀ", "ਨਕਲੀ", "ਸਿੰਗਲ",
        "सेट", "செட்", "செட்டு", "செட்டா", "సెట్", "সেট", "સેટ", "ಸೆಟ್", "സെറ്റ്", "ਸੈੱਟ", "ਸੈਟ",
        # One taken loose, apart from its set: "set 120, a loose glass 25"
        "loose", "खुला", "खुली", "खुले", "khula", "khuli", "सुटा", "सुटी", "सुटं", "सुट्टा",
        "suta", "suti", "sutta", "છૂટો", "છૂટી", "છૂટું", "chhuto", "chhuti", "தனியா",
        "thaniya", "విడిగా", "vidiga", "ಬಿಡಿ", "ಬಿಡಿಯಾಗಿ", "bidiyagi", "ഒറ്റയ്ക്ക്", "ottakku",
        "ਖੁੱਲ੍ਹਾ", "ਖੁੱਲ੍ਹੀ", "khulla", "আলাদা", "alada",
    )
)  # fmt: skip


def _clause_end(reading: _Reading, k: int) -> int:
    """Where the clause holding word `k` ends: at the next pause or punctuation."""
    j = k + 1
    while j < len(reading.words) and _joined(reading, j):
        j += 1
    return j


def sizes_priced_apart(reading: _Reading) -> bool:
    """Two size words, each followed in its own clause by a number, the numbers
    different: "big glass 25, small 15" names a price for each size."""
    words, table = reading.words, number_table(reading.language)
    values: list[float] = []
    last_end = -1
    for k, word in enumerate(words):
        if word not in _SIZES or k < last_end:
            continue
        last_end = _clause_end(reading, k)
        found = find_numbers(words[k + 1 : last_end], table)
        if found:
            values.append(found[0].value)
    return len(values) >= 2 and len(set(values)) > 1
