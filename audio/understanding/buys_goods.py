"""Words of agreement that buy or promise rather than agree.

- A first-person "I take" with the goods named before it: "don bakre gheto, doghanche 30
  hajar" (I take two rams, 30 thousand for both), "दो बकरे लेता हूँ". The verb buys the
  goods named; it agrees to no price. Said alone at a clause's start ("gheto", "ठीक है,
  ले लेता हूँ") it still agrees.
- "Good" said of the goods in a promise of work: "જોડીના બસો, સારું તળિયું નાખી દઉં" (200
  the pair, I'll put in a good sole), "अच्छा तला लगा दूँगा". The word is the sole's,
  not agreement."""

from __future__ import annotations

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
    return bought


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
