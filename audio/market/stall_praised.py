"""The stall praised, and "have" said as a helper verb: small talk, no act.

- "Your shop" said with a word of praise after it in its clause ("your shop is always so
  neat", "आपकी दुकान बहुत अच्छी है", "ನಿಮ್ಮ ಅಂಗಡಿ ಯಾವಾಗಲೂ ನೀಟಾಗಿರುತ್ತೆ", "ਤੁਹਾਡੀ ਦੁਕਾਨ ਹਮੇਸ਼ਾ
  ਸਾਫ਼ ਸੁਥਰੀ") compliments the vendor: the shop named is no regular's claim
  (`regular_customer`), which needs buying there ("I always buy at your shop"). Any other
  cue of a regular said with it ("for years") still stands.
- English "you have" before a past participle ("how nicely you have arranged everything",
  "you have kept it so clean") is the helper of a deed done: no stock asked (`have_it`),
  while "you have fresh fish?" and "have you got …" ask.

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language.
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import fold
from audio.market.cue_hits import Hit
from audio.market.phrases import Form, at, forms_in

REGULAR = "regular_customer"
HAVE = "have_it"

SHOP = {
    "en": "shop; stall; store",
    "hi": "दुकान; दूकान; dukan; dukaan",
    "ta": "கடை; kadai",
    "te": "షాపు; షాప్; కొట్టు; shop; kottu",
    "bn": "দোকান; dokan",
    "mr": "दुकान; dukan",
    "gu": "દુકાન; dukan",
    "kn": "ಅಂಗಡಿ; angadi",
    "ml": "കട; kada",
    "pa": "ਦੁਕਾਨ; dukan",
}
"""Per language, a shop or stall (a word's start: "दुकान", "கடையில", "ಅಂಗಡಿಯಲ್ಲಿ")."""

_PRAISE = {
    "en": "neat*; clean*; nice*; lovely; beautiful*; best; super; great; tidy; well kept; so good",
    "hi": "अच्छ; बढ़िया; सुंदर; सुन्दर; साफ; साफ़; सुथर; बेस्ट; सुपर; मस्त; badhiya; accha*; "
    "achha*; acchi; achhi; saaf; sundar",
    "ta": "சூப்பர்; சுத்த; அழக; நல்லா இருக்கு; நீட்; super; sutham*; azhag*",
    "te": "బాగుం; నీట్; శుభ్ర; అందంగా; సూపర్; చక్కగా; baagun*; bagun*; neet*",
    "bn": "সুন্দর; গোছান; পরিষ্কার; ঝকঝক; নীট; দারুণ; সুপার; sundor; gochano; porishkar",
    "mr": "छान; नीटनेटक; स्वच्छ; सुंदर; भारी; मस्त; chhan; chan=; swachh",
    "gu": "સરસ; ચોખ્ખ; સુંદર; મસ્ત; સુપર; saras; chokh*",
    "kn": "ಚೆನ್ನಾಗ; ನೀಟ; ಸ್ವಚ್ಛ; ಚೆಂದ; ಸೂಪರ್; ಸಕ್ಕತ್; chennag*; neet*",
    "ml": "വൃത്തി; ഭംഗി; നല്ല ഭംഗി; സൂപ്പർ; അടിപൊളി; vrithi*; bhangi*; adipoli",
    "pa": "ਸਾਫ਼; ਸਾਫ; ਸੁਥਰ; ਸੋਹਣ; ਵਧੀਆ; ਸੁਪਰ; saaf; sohn*; vadhiya",
}
"""Per language, a word of praise said of a stall."""

_HAVE = frozenset(fold(w) for w in ("you", "u"))
_PARTICIPLES = frozenset(
    fold(w)
    for w in (
        "done", "kept", "made", "been", "put", "set", "given", "shown", "brought", "told",
        "grown", "chosen", "taken", "seen", "always", "really", "so", "very", "nicely",
    )
)  # fmt: skip
"""Past participles that end in no "-ed", and adverbs that may stand before one."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"shop": SHOP, "praise": _PRAISE}[table])


def _clause_end(start: int, words: list[str], punct: frozenset[int]) -> int:
    return min((b for b in punct if b > start), default=len(words))


def _shop_at(words: list[str], i: int, language: str) -> bool:
    return any(at(f, words, i) for f in _forms("shop", language))


def stall_praised(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without the regular's claim read in "your shop" where the shop is praised
    in its clause, and without a "you have" before a past participle."""
    out = []
    for h in hits:
        if h.act == REGULAR and _praised_shop(h, words, language, punct):
            continue
        if h.act == HAVE and _helper_have(h, words):
            continue
        out.append(h)
    return out


def _praised_shop(h: Hit, words: list[str], language: str, punct: frozenset[int]) -> bool:
    shops = [i for i in range(h.start, h.end) if _shop_at(words, i, language)]
    if not shops:
        return False
    end = _clause_end(shops[0], words, punct)
    praise = _forms("praise", language)
    return any(at(f, words, k) for k in range(shops[0] + 1, end) for f in praise)


def _helper_have(h: Hit, words: list[str]) -> bool:
    """ "you have" ending the hit, and a past participle after it (an adverb between)."""
    if h.end - h.start != 2 or words[h.start] not in _HAVE or words[h.end - 1] != fold("have"):
        return False
    k = h.end
    while k < len(words) and words[k] in _PARTICIPLES and not _participle(words[k]):
        k += 1
    return k < len(words) and _participle(words[k])


def _participle(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 3) or word in (
        _PARTICIPLES - {"always", "really", "so", "very", "nicely"}
    )
