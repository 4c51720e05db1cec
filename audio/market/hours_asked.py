"""Hours asked, not a wait: "till what time does the cart stay here?", "ठेला रोज़ कितने
बजे तक रुकता है?", "রোজ কটা পর্যন্ত দাঁড়ান?", "રોજ કેટલા વાગ્યા સુધી ઊભા રહો છો?". The act
`wait` asks the listener to wait ("ruko", "এক মিনিট দাঁড়ান"); a question about how long
or till when a stall stays, or what it does every day, asks about the opening hours:
small talk, no act.

A wait cue is asked about when its clause holds a word (`HOURS`) for "till when", "what
time", "how long", or "every day"; a stock asked ("છે?", is there?) is the hours asked
with any of them but "every day" ("આ લારી કેટલા વાગ્યા સુધી ઊભી રહે છે?"), and a "how
much" inside one ("किती वाजेपर्यंत", "ఎంతసేపు") asks no price. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms

HOURS = {
    "en": "till what time; until what time; till when; until when; how long; how late; "
    "what time; every day; everyday; daily; open till; open until",
    "hi": "कब तक; कितने बजे; कितनी देर; किस टाइम; रोज़; रोज; रोजाना; रोज़ाना; हर दिन; kab tak; "
    "kitne baje; kitni der; roz=; rozana; roj=",
    "ta": "எத்தனை மணி; எவ்வளவு நேரம்; எப்போ வரை; எப்ப வரை; தினமும்; தினம்; ethana mani; "
    "evlo neram; dhinamum; thinamum",
    "te": "ఎన్ని గంటల; ఎంతసేపు; ఎప్పటి వరకు; ఎప్పటివరకు; రోజూ; ప్రతిరోజు; రోజు=; enni gantala; enthasepu; roju",
    "bn": "কটা পর্যন্ত; কটা অবধি; কখন পর্যন্ত; কতক্ষণ; কতক্ষন; রোজ; প্রতিদিন; রোজই; "
    "kota porjonto; koto khon; roj=",
    "mr": "किती वाजेपर्यंत; किती वाजता; कधीपर्यंत; किती वेळ; रोज; दररोज; kiti vajeparyant; "
    "kadhiparyant; roj=",
    "gu": "કેટલા વાગ્યા; કેટલા વાગે; ક્યાં સુધી; કેટલો સમય; રોજ; દરરોજ; ketla vagya; kya sudhi; roj=",
    "kn": "ಎಷ್ಟು ಗಂಟೆ; ಎಷ್ಟೊತ್ತು; ಎಲ್ಲಿವರೆಗೆ; ಯಾವಾಗವರೆಗೆ; ದಿನಾ=; ದಿನಾಲೂ; ಪ್ರತಿದಿನ; eshtu gante; eshtottu; dina=",
    "ml": "എത്ര മണി; എത്ര നേരം; എപ്പോ വരെ; എപ്പോൾ വരെ; എന്നും; ദിവസവും; ethra mani; "
    "ethra neram; divasavum",
    "pa": "ਕਿੰਨੇ ਵਜੇ; ਕਦੋਂ ਤੱਕ; ਕਿੰਨਾ ਚਿਰ; ਰੋਜ਼; ਰੋਜ; ਹਰ ਰੋਜ਼; ਰੋਜ਼ਾਨਾ; kinne vaje; kado tak; roz=",
}
"""Per language, words that ask how long or till when, or say every day (English's heard
in every language)."""


DAILY = frozenset(
    {"every day", "everyday", "daily", "रोज़", "रोज", "रोजाना", "रोज़ाना", "हर दिन", "roz=", "rozana",
     "roj=", "தினமும்", "தினம்", "dhinamum", "thinamum", "రోజూ", "ప్రతిరోజు", "రోజు=", "roju",
     "রোজ", "প্রতিদিন", "রোজই", "दररोज", "દરરોજ", "ದಿನಾ=", "ದಿನಾಲೂ", "ಪ್ರತಿದಿನ", "dina=", "എന്നും",
     "ദിവസവും", "divasavum", "ਰੋਜ਼", "ਰੋਜ", "ਹਰ ਰੋਜ਼", "ਰੋਜ਼ਾਨਾ"}
)  # fmt: skip
"""The words of `HOURS` that say every day: a stock asked of every day ("रोज़ ताज़ा
मिलता है?") still asks for goods; only a wait said with them is asked about."""


@lru_cache(maxsize=32)
def _hours(language: str, daily: bool = True) -> tuple[Form, ...]:
    phrases = (p.strip() for lang in {language, "en"} for p in HOURS.get(lang, "").split(";"))
    return forms("; ".join(p for p in phrases if p and (daily or p not in DAILY)))


def hours_asked(
    words: list[str],
    start: int,
    end: int,
    language: str,
    punct: frozenset[int] = frozenset(),
    *,
    daily: bool = True,
) -> bool:
    """Whether the wait cue at [start, end) is said in a clause that asks how long or till
    when, or says every day (see above); `punct`: indices of words after punctuation,
    where its clause ends; `daily`: whether "every day" counts (for a wait, not for a
    stock asked: "till when is it there?" asks no stock, "fresh every day?" does)."""
    lo = max([b for b in punct if b <= start] + [0])
    hi = min([b for b in punct if b >= end] + [len(words)])
    return any(at(f, words, i) for i in range(lo, hi) for f in _hours(language, daily))


def in_hours(words: list[str], start: int, language: str) -> bool:
    """Whether the word at `start` is part of a phrase asking till when ("किती वाजेपर्यंत",
    "ఎంతసేపు"): its "how much" asks no price."""
    for i in range(max(0, start - 2), start + 1):
        for f in _hours(language, daily=False):
            if at(f, words, i) and start < i + len(f):
                return True
    return False
