"""A plan or pack named by its price: "do a 239 recharge on this number", "the 299 plan",
"199 वाला रिचार्ज कर दो", "ಈ ನಂಬರ್‌ಗೆ 399 ರೀಚಾರ್ಜ್ ಮಾಡಿ", "the 10-rupee pack of
shampoo". The amount names which plan or pack, as a model's number names a phone: it is
no price offered or asked, and no count. A request to do the recharge is no move
(`other`); a price said beside it ("the 299 plan for 280?") stands. A pack or packet
priced as a rate ("packet 10", "दस रुपये पैकेट") stays a rate: only "the X one" or
"the X-rupee pack" names it."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# A recharge, plan or top-up: always named by its amount.
_PLANS = tuple(
    fold(w)
    for w in (
        "recharge", "plan", "topup", "top-up", "रिचार्ज", "रीचार्ज", "प्लान", "प्लॅन",
        "ரீசார்ஜ", "ரிசார்ஜ", "பிளான்", "ప్లాన్", "రీఛార్జ", "రీచార్జ", "ರೀಚಾರ್ಜ", "ರಿಚಾರ್ಜ",
        "ಪ್ಲಾನ್", "റീചാർജ", "റിചാർജ", "പ്ലാൻ", "রিচার্জ", "প্ল্যান", "રિચાર્જ", "રીચાર્જ",
        "પ્લાન", "ਰੀਚਾਰਜ", "ਰਿਚਾਰਜ", "ਪਲਾਨ", "ਪਲੈਨ",
    )
)  # fmt: skip
# A pack or packet: named by its amount only with "the ... one" or "-rupee".
_PACKS = tuple(
    fold(w)
    for w in (
        "pack", "packet", "sachet", "पैक", "पैकेट", "पाकीट", "பாக்கெட்", "ప్యాకెట్",
        "ಪ್ಯಾಕೆಟ್", "പാക്കറ്റ്", "প্যাকেট", "પેકેટ", "ਪੈਕੇਟ",
    )
)  # fmt: skip
# "Of", "the ... one" between the amount and the plan: "199 का", "299 चा", "249 નું",
# "199 টাকার", "299 ವಾಲಾ", "ਵਾਲਾ".
_OF = _folded(
    "wala", "wali", "wale", "vala", "vali", "वाला", "वाली", "वाले", "ਵਾਲਾ", "ਵਾਲੀ", "ਵਾਲੇ",
    "વાળું", "વાળો", "વાળા", "ka", "ki", "ke", "का", "की", "के", "cha", "chi", "चा", "ची",
    "चे", "nu", "no", "ni", "નું", "નો", "ની", "ਦਾ", "ਦੀ", "da", "er", "ar", "টাকার",
    "rupee", "rupees", "rs",
)  # fmt: skip
_NAMED = _folded("wala", "wali", "vala", "वाला", "वाली", "ਵਾਲਾ", "ਵਾਲੀ", "વાળું", "વાળો")
_THE = _folded("the", "that", "this")


def _named(reading: _Reading, price: _Price) -> bool:
    words = reading.words
    k = price.end
    between: list[str] = []
    while k < len(words) and len(between) < 2 and words[k] in _OF and _joined(reading, k):
        between.append(words[k])
        k += 1
    if k >= len(words) or not _joined(reading, k):
        return False
    if words[k].startswith(_PLANS):
        return True
    if not words[k].startswith(_PACKS):
        return False
    # "the 10-rupee pack", "दस वाला पैकेट": a pack named, not "packet 10"
    hyphened = "-" in reading.text[reading.tokens[price.start].start : reading.tokens[k].start]
    the = price.start > 0 and words[price.start - 1] in _THE
    return bool(set(between) & _NAMED) or hyphened or the


def plan_names(reading: _Reading) -> bool:
    """Drop the amounts that name a recharge, plan or pack; whether any was dropped."""
    gone = [p for p in reading.prices if _named(reading, p)]
    if not gone:
        return False
    reading.prices = [p for p in reading.prices if p not in gone]
    return True
