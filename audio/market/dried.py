"""Age and drying as the goods' doubt is meant.

Flowers or leaves said to droop or hang limp ("these roses are drooping") have wilted:
the doubt is their age (`quality_old`), while balloons drooping are a fault
(`quality_soft`) (`wilted`).

Of a line that says the goods are both old and soft ("these puris have gone limp, are
they yesterday's?", "the dried fish looks old, it smells") the age is the doubt
(`quality_old`): limpness and smell are how it shows. Goods said gone off (rotten,
curdled, gone sour: "कालचं दही नासलं, बघा") are `quality_soft` though yesterday's: the
spoiling is the complaint (`gone_off`).

"Dried" as the kind of goods, not a doubt of their age: "dried prawns are there too",
"सूखी मछली", "ਸੁੱਕੀ ਝੀਂਗਾ", "ഉണക്ക ചെമ്മീൻ". Fish, prawns, chillies, fruit or coconut
sold dried are goods of their own; the word of drying said right before their name names
them and says nothing of how old they are. "The dried fish looks old" still doubts their
age by its other word ("old"), and goods said to have dried up ("सब सूख गए") still do.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms_in

DRIED = {
    "en": "dried; dry",
    "hi": "सूखी; सूखा; सूखे; sukhi; sukha; sukhe; sookhi; sookha; sookhe",
    "ta": "காஞ்ச; காய்ஞ்ச; உலர்ந்த; kaanja; kanja",
    "te": "ఎండు; ఎండిన; endu; endina",
    "bn": "শুকনো; শুকনা; shukno; sukno",
    "mr": "सुकी; सुका; सुके; suki; suka; suke",
    "gu": "સૂકી; સૂકા; સૂકું; સુકી; સુકા; suki; suka",
    "kn": "ಒಣ; ಒಣಗಿದ; ona",
    "ml": "ഉണക്ക; ഉണങ്ങിയ; unakka",
    "pa": "ਸੁੱਕੀ; ਸੁੱਕਾ; ਸੁੱਕੇ; ਸੁੱਕੀਆਂ; sukki; sukka; sukke",
}
"""Per language, the word of drying that names dried goods before their name."""

GOODS = {
    "en": "fish; prawn*; shrimp*; chilli*; chili*; fruit*; coconut*; ginger; mango*; "
    "dates; figs; peas; meat",
    "hi": "मछली; मछलि; मच्छी; झींगा; झींगे; मिर्च; मेवा; मेवे; नारियल; अदरक; अंजीर; मटर; "
    "machhli; machli; jhinga; jhinge; mirch*; mewa; meva; nariyal",
    "ta": "மீன்; கருவாடு; இறால்; மிளகாய்; திராட்சை; தேங்காய்; meen; eraal; iraal; milagai",
    "te": "చేప; రొయ్య; మిరప; మిర్చి; కొబ్బరి; ద్రాక్ష; chepa; royya*; mirapa*; mirchi",
    "bn": "মাছ; চিংড়ি; লঙ্কা; মরিচ; ফল; নারকেল; machh*; chingri; lonka",
    "mr": "मासळी; मासे; मासा; कोळंबी; मिरची; मेवा; खोबरं; खोबरे; masali; masle; kolambi; mirchi",
    "gu": "માછલી; ઝીંગા; મરચ; મેવો; ટોપરું; કોપરું; machhli; jhinga; marcha*",
    "kn": "ಮೀನು; ಮೀನ; ಸಿಗಡಿ; ಮೆಣಸಿನ; ಕೊಬ್ಬರಿ; ದ್ರಾಕ್ಷಿ; meenu; sigadi",
    "ml": "മീൻ; മീന; ചെമ്മീൻ; ചെമ്മീന; മുളക; തേങ്ങ; കൊപ്ര; meen*; chemmeen*; mulak*",
    "pa": "ਮੱਛੀ; ਝੀਂਗਾ; ਝੀਂਗੇ; ਮਿਰਚ; ਮੇਵਾ; ਮੇਵੇ; ਨਾਰੀਅਲ; machhi; jhinga; mirch*",
}
"""Per language, goods sold dried, named after the word of drying (English's heard in
every language)."""


GONE_OFF = {
    "en": "gone off; gone bad; spoiled; spoilt; rotten; rotting; curdled; gone sour; rancid",
    "hi": "सड़; फट; खराब हो; ख़राब हो; खट्टा हो; खट्टी हो; sad*; phat*; fat gay*; kharab ho*",
    "ta": "அழுகி; அழுகின; கெட்டுப் போ; கெட்டு போ; கெட்டுப்போ; திரிஞ்சு; azhugi*; kettu po*",
    "te": "కుళ్ళి; పాడైపోయ; చెడిపోయ; పుల్లబడ; విరిగిపో; kullipoy*; paadaipoy*; chedipoy*; virigipo*",
    "bn": "পচা; পচে; কেটে গেছে; নষ্ট হয়ে; টকে গেছে; pocha; poche*; nosto*; noshto*",
    "mr": "नासल; नासक; सडल; सडू; फाट; आंबल; खराब झाल; nasla*; sadle; ambla*",
    "gu": "સડી; સડેલા; બગડી; ફાટી; ખાટું થ; sadi*; bagdi*",
    "kn": "ಕೊಳೆತ; ಕೊಳೆಯ; ಕೆಟ್ಟು; ಕೆಟ್ಟೋ; ಒಡೆದು; koleth*; kettu*",
    "ml": "ചീഞ്ഞ; അളിഞ്ഞ; പിരിഞ്ഞ; കേടായ; ചീത്തയായ; cheenju*; kedaayi; kedayi",
    "pa": "ਸੜੇ; ਸੜ ਗ; ਖ਼ਰਾਬ ਹੋ; ਖਰਾਬ ਹੋ; ਫਟ; ਖੱਟਾ ਹੋ; ਖੱਟੀ ਹੋ; sadde*; kharab ho*",
}
"""Per language, words of goods gone off: spoiling, not softness (English's heard in every
language)."""

DROOPING = {"en": "drooping; droopy; limp; gone limp; sagging; wilting; hanging down"}
"""Words of goods hanging limp: said of balloons a fault (`quality_soft`), said of
flowers or leaves their wilting."""

PLANTS = {
    "en": "flower*; rose*; marigold*; lily; lilies; jasmine; garland*; bouquet*; lotus*; "
    "tulsi; leaf; leaves; greens; spinach; coriander; methi; mint; palak; curry leaves",
}
"""Flowers and leafy goods, which droop as they age: "these roses are drooping" says
they are not fresh (`quality_old`), as "wilted" does. The Indic words for wilting
("मुरझा", "வாடி", "ಬಾಡಿ") are the doubt's own cues."""

_TABLES = {"dried": DRIED, "goods": GOODS, "off": GONE_OFF, "droop": DROOPING, "plants": PLANTS}


@lru_cache(maxsize=64)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, _TABLES[table])


def gone_off(words: list[str], language: str) -> bool:
    """Whether the line says the goods have gone off (rotten, curdled, sour)."""
    return any(at(f, words, i) for i in range(len(words)) for f in _forms("off", language))


def wilted(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether a softness cue at [start, end) is a drooping said in a line that names
    flowers or leaves: they have wilted, a doubt of their age."""
    if not any(at(f, words, start) for f in _forms("droop", language)):
        return False
    return any(at(p, words, i) for i in range(len(words)) for p in _forms("plants", language))


def dried_goods(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the cue at [start, end) is a word of drying right before the name of goods
    sold dried, naming those goods."""
    if end - start != 1 or not any(at(f, words, start) for f in _forms("dried", language)):
        return False
    return end < len(words) and any(at(g, words, end) for g in _forms("goods", language))
