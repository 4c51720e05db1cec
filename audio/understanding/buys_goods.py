"""Words of agreement that buy or promise rather than agree.

- A first-person "I take" with the goods named before it: "don bakre gheto, doghanche 30
  hajar" (I take two rams, 30 thousand for both), "दो बकरे लेता हूँ". The verb buys the
  goods named; it agrees to no price. Said alone at a clause's start ("gheto", "ठीक है,
  ले लेता हूँ") it still agrees.
- "Good" said of the goods in a promise of work: "જોડીના બસો, સારું તળિયું નાખી દઉં" (200
  the pair, I'll put in a good sole), "अच्छा तला लगा दूँगा". The word is the sole's,
  not agreement."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading
from audio.understanding.recalled import _clause

# First-person present or future of "take", which the tables may read as agreement.
_I_TAKE = frozenset(
    fold(w)
    for w in (
        "gheto", "ghete", "gheu", "घेतो", "घेते", "घेऊ", "घेईन", "ghein", "लेता", "लेती",
        "leta", "leti", "લઉં", "લઈશ", "lau", "laish", "ਲੈਂਦਾ", "ਲੈਂਦੀ", "lainda", "নিচ্ছি",
        "নেব", "nichhi", "nebo", "take",
    )
)  # fmt: skip


def buys_named_goods(reading: _Reading, accepts: list[int]) -> list[int]:
    """The accepts that are an "I take" right after the goods named in its own clause."""
    words = reading.words
    bought = []
    for a in accepts:
        if words[a] not in _I_TAKE or not _joined(reading, a):
            continue
        before = a - 1
        if words[before] in ("i", "i'll", "ill", "will", "me", "मी", "मैं", "હું", "ਮੈਂ", "আমি"):
            continue  # "I take": the verb alone, no goods named before it
        if reading.number_at[before] is None and not reading.is_plain(before):
            continue  # a cue word before it ("ok gheto"): agreement
        bought.append(a)
    return bought + [a for a in accepts if a not in bought and _taken_but_choosing(reading, a)]


# "But", opening a condition on which of the goods are taken.
_BUT = frozenset(
    fold(w)
    for w in (
        "but", "पर", "par", "पण", "pan", "लेकिन", "lekin", "मगर", "magar", "ਪਰ", "પણ", "પરંતુ",
        "কিন্তু", "kintu", "ஆனா", "ஆனால்", "aana", "కానీ", "kani", "ಆದ್ರೆ", "ಆದರೆ", "aadre",
        "പക്ഷേ", "പക്ഷെ", "pakshe",
    )
)  # fmt: skip


def choosing_after_count(reading: _Reading) -> bool:
    """Somewhere in the line a count is taken on a condition of which ones: no deal."""
    return any(_taken_but_choosing(reading, a) for a in range(1, len(reading.words)))


def _taken_but_choosing(reading: _Reading, a: int) -> bool:
    """ "I'll take three dozen, but only the red ones", "दो किलो ले लूँगी पर छाँट के",
    "तीन डझन घेते, पण फक्त लाल": the verb buys a count on a condition of which ones, with
    no price in the line; it agrees to no price."""
    if reading.prices or not any(q.end in (a, a - 1) for q in reading.quantities if q.value):
        return False
    return any(w in _BUT for w in reading.words[a + 1 : a + 4])


# "Good", which the tables read as agreement ("સારું", "अच्छा"), said of a noun.
_GOOD = frozenset(
    fold(w)
    for w in (
        "સારું", "સારી", "સારો", "સારા", "saru", "sari", "saro", "अच्छा", "अच्छी", "अच्छे",
        "accha", "achha", "acha", "achhi", "good", "nice", "चांगला", "चांगली", "चांगले",
        "changla", "bara", "ਵਧੀਆ", "ਚੰਗਾ", "ਚੰਗੀ", "vadhiya", "changa", "ಒಳ್ಳೆ", "ನಲ್ಲ",
        "നല്ല", "nalla", "నల్ల", "மஞ்சி", "మంచి", "manchi", "ভালো", "bhalo",
    )
)  # fmt: skip
# A first person future or present of putting, fitting, giving or doing, that ends the
# promise: "નાખી દઉં", "લગાવી દઈશ", "लगा दूँगा", "टाकून देतो", "ಹಾಕ್ತೀನಿ", "వేస్తా".
_I_PUT = frozenset(
    fold(w)
    for w in (
        "દઉં", "દઈશ", "નાખીશ", "આપીશ", "dau", "daish", "दूँगा", "दूंगा", "दूँगी", "दूंगी",
        "dunga", "dungi", "देतो", "देईन", "टाकतो", "लावतो", "deto", "takto", "lavto",
        "ਦਿਆਂਗਾ", "ਦੇਵਾਂਗਾ", "diyanga", "ಹಾಕ್ತೀನಿ", "ಕೊಡ್ತೀನಿ", "hakthini", "ഇടാം", "തരാം",
        "idam", "వేస్తా", "వేస్తాను", "ఇస్తా", "vesta", "போடறேன்", "போட்டுத்தரேன்", "தரேன்",
        "podaren", "দেব", "দিয়ে", "লাগিয়ে", "debo", "put", "fit",
    )
)  # fmt: skip


def good_in_a_promise(reading: _Reading, accepts: list[int]) -> list[int]:
    """The accepts that are "good" before a noun, in a clause ending with "I'll put"."""
    words = reading.words
    said = []
    for a in accepts:
        if words[a] not in _GOOD or a + 1 >= len(words) or not _joined(reading, a + 1):
            continue
        if not reading.is_plain(a + 1):
            continue  # "અચ્છા, ..." agreement, or "good, 200"
        _start, stop = _clause(reading, a)
        if any(w in _I_PUT for w in words[a + 1 : stop]):
            said.append(a)
    return said


# The goods as the subject of "fine": "the phone is perfectly fine", "फ़ोन बिल्कुल ठीक है",
# "একদম ঠিক আছে ফোন", "ಫೋನ್ ಸರಿ ಇದೆ", "ഫോൺ ശരിയാണ്".
_GOODS_SUBJECTS = frozenset(
    fold(w)
    for w in (
        "phone", "mobile", "fon", "condition", "battery", "screen", "maal", "saman",
        "samaan", "piece", "फ़ोन", "फोन", "मोबाइल", "कंडीशन", "बैटरी", "माल", "सामान", "पीस",
        "ফোন", "মোবাইল", "কন্ডিশন", "ব্যাটারি", "মাল", "জিনিস", "போன்", "ஃபோன்", "மொபைல்",
        "கண்டிஷன்", "பேட்டரி", "சரக்கு", "ఫోన్", "మొబైల్", "కండిషన్", "బ్యాటరీ", "సరుకు",
        "ಫೋನ್", "ಮೊಬೈಲ್", "ಕಂಡಿಷನ್", "ಬ್ಯಾಟರಿ", "ಮಾಲು", "ഫോൺ", "മൊബൈൽ", "കണ്ടീഷൻ",
        "ബാറ്ററി", "സാധനം", "ફોન", "મોબાઇલ", "કન્ડિશન", "બેટરી", "માલ", "ਫੋਨ", "ਮੋਬਾਈਲ",
        "ਕੰਡੀਸ਼ਨ", "ਬੈਟਰੀ", "ਮਾਲ", "ਸਮਾਨ",
    )
)  # fmt: skip
# Words of degree between the goods and "fine": "perfectly", "fully", "bilkul", "একদম".
_DEGREE = frozenset(
    fold(w)
    for w in (
        "perfectly", "totally", "fully", "full", "completely", "absolutely", "is", "very",
        "bilkul", "ekdam", "ekdum", "बिल्कुल", "बिलकुल", "एकदम", "पूरा", "একদম", "পুরো",
        "একেবারে", "பக்காவா", "முழுசா", "நல்லா", "పూర్తిగా", "బాగా", "ಪೂರ್ತಿ", "ಚೆನ್ನಾಗಿ",
        "ಪಕ್ಕಾ", "നന്നായി", "മുഴുവൻ", "તદ્દન", "એકદમ", "બિલકુલ", "ਬਿਲਕੁਲ", "ਏਕਦਮ",
        "ekdam", "bilkul", "ਪੂਰਾ",
    )
)  # fmt: skip


def goods_said_fine(reading: _Reading) -> list[int]:
    """The accepts whose "fine" has the goods as its subject, right before it or right
    after it in its clause, words of degree aside ("পাঁচ হাজার, একদম ঠিক আছে ফোন",
    "फ़ोन बिल्कुल ठीक है"): the goods described, no price agreed."""
    words = reading.words
    said = []
    for cue, start, end in reading.occurrences:
        if cue not in (Cue.ACCEPT, Cue.SOFT_ACCEPT):
            continue
        k = start - 1
        while k >= 0 and words[k] in _DEGREE and _joined(reading, k + 1):
            k -= 1
        before = k >= 0 and words[k] in _GOODS_SUBJECTS and _joined(reading, k + 1)
        k = end
        while k < len(words) and words[k] in _DEGREE and _joined(reading, k):
            k += 1
        after = k < len(words) and words[k] in _GOODS_SUBJECTS and _joined(reading, k)
        if before or after:
            said.append(start)
    return said
