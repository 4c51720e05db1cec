"""The stall noticed, not bought at: "your shop always smells so nice", "உங்க கடையில
எப்பவும் நல்ல வாசனை வரும்", "আপনার দোকানে সবসময় ভিড় লেগেই থাকে" (there's always a crowd at
your shop), "ਤੁਹਾਡੀ ਦੁਕਾਨ ਤੇ ਹਮੇਸ਼ਾ ਰੌਣਕ ਰਹਿੰਦੀ ਹੈ". "Your shop" said with "always" is no
regular's claim (`regular_customer`) when its clause tells what the shop smells of or how
busy it is (`NOTICED`: a smell, a fragrance, a crowd, a rush, the bustle) and nothing the
speaker buys, eats or takes there (`audio.market.habit_here.TAKING`): small talk, as a
shop praised is (`audio.market.stall_praised`).

A smell said to come ("छान वास येतो", "ವಾಸನೆ ಬರುತ್ತೆ", "खुशबू आती है") is the smell's
coming: its verb of coming says no goodbye and no coming back.

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.habit_here import TAKING
from audio.market.passes import Line
from audio.market.phrases import at, forms_in
from audio.market.stall_praised import SHOP

REGULAR = "regular_customer"
COMINGS = frozenset({"goodbye", "come_back_later"})

SMELL = {
    "en": "smell*; fragrance; aroma; scent",
    "hi": "खुशबू; ख़ुशबू; महक; सुगंध; बास; khushboo; khushbu; mahak",
    "ta": "வாசனை; மணம்; மணக்கு; vasanai; vaasanai; manam",
    "te": "వాసన; సువాసన; ఘుమఘుమ; vasana; suvasana",
    "bn": "গন্ধ; সুগন্ধ; সুবাস; gondho; sugondho",
    "mr": "वास=; सुगंध; दरवळ; vaas; sugandh",
    "gu": "સુગંધ; સોડમ; ખુશબૂ; sugandh",
    "kn": "ವಾಸನೆ; ಪರಿಮಳ; ಘಮ; vasane; parimala",
    "ml": "മണം; മണമാണ്; സുഗന്ധം; manam",
    "pa": "ਖੁਸ਼ਬੂ; ਖ਼ੁਸ਼ਬੂ; ਮਹਿਕ; ਸੁਗੰਧ; khushboo; mehak",
}
"""Per language, a smell or fragrance."""

CROWD = {
    "en": "crowd*; rush; busy; busiest; bustle; bustling; queue; line outside",
    "hi": "भीड़; भीड; भरी रहती; bheed; bhid; bhari rehti; bhari rahti",
    "ta": "கூட்டம்; கூட்டமா; ரஷ்; koottam; rush",
    "te": "రద్దీ; జనం; గుంపు; raddi; janam",
    "bn": "ভিড়; ভিড; bhir; bhid",
    "mr": "गर्दी; gardi",
    "gu": "ભીડ; ગિરદી; bhid",
    "kn": "ಜನಜಂಗುಳಿ; ರಶ್; ಜನ ಇರ; rush",
    "ml": "തിരക്ക്; തിരക്കാ; thirakk*",
    "pa": "ਭੀੜ; ਰੌਣਕ; ਰੌਣਕਾਂ; bheed; raunak",
}
"""Per language, a crowd or the bustle of a busy shop."""


def shop_noticed(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a regular's claim read in a shop noticed, and without a coming said
    of a smell (see above)."""
    hits = [h for h in hits if not (h.act in COMINGS and _after_smell(h, line))]
    if not any(h.act == REGULAR for h in hits):
        return hits
    return [h for h in hits if not (h.act == REGULAR and _noticed(h, line))]


def _after_smell(hit: Hit, line: Line) -> bool:
    """Whether a word of smell stands right before the hit, or one word before it."""
    smell = forms_in(line.language, SMELL)
    return any(
        at(f, line.words, i) for i in (hit.start - 1, hit.start - 2) if i >= 0 for f in smell
    )


def _noticed(hit: Hit, line: Line) -> bool:
    words, language, punct = line.words, line.language, line.punct
    lo = max([b for b in punct if b <= hit.start], default=0)
    hi = min([b for b in punct if b > hit.start], default=len(words))
    shop = forms_in(language, SHOP)
    if not any(at(f, words, i) for i in range(hit.start, hit.end) for f in shop):
        return False
    noticed = forms_in(language, SMELL, CROWD)
    taking = forms_in(language, TAKING)
    clause = range(lo, hi)
    return any(at(f, words, i) for i in clause for f in noticed) and not any(
        at(f, words, i) for i in clause for f in taking
    )
