"""Small talk of the season or the purse in words that look like an act: "everything is
on a small scale this year, money is tight" (the "small" is the year's spending, no small
goods), "so cold today, hot hot pakoras feel good" (the "hot hot" is what the cold makes
one want, no claim of goods fresh off the fire).

A line that says money is tight (`TIGHT`) says no `quality_small` (nor cash offered);
one that says the day is cold (`COLD`) says no `claim_fresh` (nor a taste claimed). A
port said with "from" ("बंदर से सीधी आई", straight from the port) is no monkey of a crop
lost (`audio.market.origin_told`). A
request said with either still stands ("money is tight, give a discount"), and so does a
price complaint. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market import persons_said
from audio.market.origin_told import ports_named
from audio.market.phrases import Form, at, forms_in

TIGHT = {
    "en": "money is tight; money's tight; tight budget; small budget; short of money; "
    "hard times; small scale",
    "hi": "पैसे की तंगी; तंगी; हाथ तंग; छोटे पैमाने; paise ki tangi; tangi; chhote paimane",
    "ta": "காசு கஷ்டம்; பணக் கஷ்டம்; பண கஷ்டம்; சின்ன அளவுல; kaasu kashtam; chinna alavula",
    "te": "డబ్బులు ఇబ్బంది; డబ్బు ఇబ్బంది; డబ్బులకి ఇబ్బంది; డబ్బుల ఇబ్బంది; dabbulu ibbandi",
    "bn": "টাকার টানাটানি; টানাটানি; টাকার অভাব; takar tanatani; tanatani",
    "mr": "पैशाची चणचण; चणचण; पैशांची अडचण; लहान प्रमाणात; paishachi chanchan; chanchan",
    "gu": "પૈસાની તંગી; તંગી; નાના પાયે; paisani tangi; nana paye",
    "kn": "ದುಡ್ಡಿನ ತೊಂದರೆ; ಹಣದ ತೊಂದರೆ; ಸಣ್ಣ ಮಟ್ಟದಲ್ಲಿ; duddina tondare",
    "ml": "പൈസക്ക് ബുദ്ധിമുട്ട്; പണത്തിന് ബുദ്ധിമുട്ട്; ചെറിയ തോതിൽ; paisakku buddhimutt*",
    "pa": "ਪੈਸੇ ਦੀ ਤੰਗੀ; ਤੰਗੀ; ਛੋਟੇ ਪੱਧਰ; paise di tangi; tangi",
}
"""Per language, words that say money is tight or spending is kept small."""

COLD = {
    "en": "chilly; so cold; very cold; cold today; cold morning; cold evening; winter; freezing",
    "hi": "ठंड=; बड़ी ठंड; बहुत ठंड; सर्दी; जाड़ा; thand=; sardi; jaada",
    "ta": "குளிர்=; ரொம்ப குளிர்; குளிரா; kulir=; romba kulir",
    "te": "చలి=; చాలా చలి; chali=",
    "bn": "খুব ঠান্ডা; ঠান্ডা পড়েছে; শীত=; শীতে; khub thanda; sheet=",
    "mr": "थंडी=; खूप थंडी; thandi=",
    "gu": "બહુ ઠંડી; ઠંડી છે; ઠંડી પડે; શિયાળ; bahu thandi",
    "kn": "ಚಳಿ; ತುಂಬಾ ಚಳಿ; chali=",
    "ml": "തണുപ്പ്=; നല്ല തണുപ്പ്; thanupp*",
    "pa": "ਠੰਢ=; ਬੜੀ ਠੰਢ; ਠੰਡ=; ਸਰਦੀ; ਪਾਲਾ; thand=",
}
"""Per language, words that say the day or the season is cold."""

LOSS = {
    "en": "the storm; a storm; hailstorm; hail; cyclone; drought; knocked down; blown down; "
    "fell off; dropped off; monkeys; parrots",
    "hi": "आँधी; आंधी; तूफ़ान; तूफान; ओले; सूखा=; गिर गए; गिर गये; झड़ गए; बंदर; तोते; "
    "aandhi; toofan; tufan; ole; gir gaye; jhad gaye",
    "ta": "புயல்; சூறாவளி; ஆலங்கட்டி; வறட்சி; உதிர்ந்து; விழுந்து; குரங்கு; puyal; udhirndhu",
    "te": "తుఫాను; గాలివాన; వడగళ్ళ; కరువు; రాలిపోయ; పడిపోయ; కోతులు; tufanu; raalipoy*",
    "bn": "ঝড়ে; কালবৈশাখী; শিলাবৃষ্টি; খরা; ঝরে গেছে; ঝরে গেল; পড়ে গেছে; বাঁদর; হনুমান; "
    "jhore geche; kalboishakhi",
    "mr": "वादळ; गारपीट; दुष्काळ; गळून; पडून गेल; माकड; vadal; garpit; galun",
    "gu": "વાવાઝોડ; દુકાળ; પડી ગયાં; પડી ગયા; ખરી ગયાં; ખરી ગયા; વાંદરા; vavajod*; "
    "padi gaya; khari gaya",
    "kn": "ಬಿರುಗಾಳಿ; ಆಲಿಕಲ್ಲು; ಬರಗಾಲ; ಉದುರಿ; ಬಿದ್ದು ಹೋಯ; ಕೋತಿ; birugali; uduri",
    "ml": "കൊടുങ്കാറ്റ്; ആലിപ്പഴ; വരൾച്ച; കൊഴിഞ്ഞ; വീണുപോയ; കുരങ്ങ്; kozhinj*",
    "pa": "ਹਨੇਰੀ; ਤੂਫ਼ਾਨ; ਤੂਫਾਨ; ਗੜੇ; ਸੋਕਾ; ਝੜ ਗਏ; ਡਿੱਗ ਗਏ; ਬਾਂਦਰ; ਤੋਤੇ; haneri; jhad gaye; digg gaye; tote",
}
"""Per language, a crop's loss told: a storm, hail, drought, fruit fallen, monkeys or
parrots at it. An orchard or a field named in such a story ("the storm dropped half the
mangoes in the orchard") says where the loss was, no goods claimed from there."""

TALKED: dict[str, tuple[dict[str, str], ...]] = {
    "claim_origin": (LOSS,),
    "quality_small": (TIGHT, persons_said.SMALL),
    "pay_cash": (TIGHT,),
    "claim_fresh": (COLD,),
    "claim_sweet": (COLD, persons_said.SWEET),
    "give_bag": (persons_said.LOST,),
    "have_bag": (persons_said.LOST,),
}
"""Per act, the talk that makes its cue no act in the line: a crop's loss claims no
origin, "காசு கஷ்டம்" (money is tight) offers no cash, and "hot pakoras taste good in
the cold" claims no taste; so also a child small for a ride, "you" called sweet, a bag
forgotten on the bus (`audio.market.persons_said`)."""


@lru_cache(maxsize=32)
def _forms(act: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, *TALKED[act])


def talked_away(act: str, words: list[str], language: str, upto: int | None = None) -> bool:
    """Whether `act` is only the words of talk of tight money or a cold day (see above).
    A child named only after `upto` (the end of the clause of "small") is whom the goods
    do not fit ("this kurta is too small, it won't go on my daughter"): the goods are
    small."""
    if act not in TALKED or persons_said.still_asked(act, words, language):
        return False
    if act == "quality_small" and upto is not None:
        child = forms_in(language, persons_said.SMALL)
        if any(at(f, words, i) for i in range(upto, len(words)) for f in child) and not any(
            at(f, words, i) for i in range(upto) for f in _forms(act, language)
        ):
            return False
    port = {k for s, e in ports_named(words, language) for k in range(s, e)}
    return any(
        at(f, words, i) for i in range(len(words)) if i not in port for f in _forms(act, language)
    )
