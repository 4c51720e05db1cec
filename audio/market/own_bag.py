"""A bag the speaker says they have: "I have a cover, no need", "mere paas thaili hai",
"naa daggara cover undi, vaddu". A bag word asks for a bag (`give_bag`) unless, in its
clause and before it, stands a word of having one on oneself (`HAVE_ON`: "I have", "मेरे
पास", "என்கிட்ட", "আমার কাছে"): then it says the speaker's own bag (`have_bag`), and any
"no need" after it refuses the bag offered, not the one had. A "no" between the two or
right after the bag ("I have no bag", "mere paas thaili nahi hai, ek de do") says none
is had: a bag is asked for, and that "no" refuses none.

The having may also follow the bag in its clause (`HAD_AFTER`: "the bag's with me, pour it
in", "பை என் கையில இருக்கு", "થેલો હું સાથે લાવ્યો છું"): the bag is the speaker's own
too, unless a "no" stands right before the bag, between the two or right after ("no bag with
me", "थैला मेरे पास नहीं है, एक दे दो").
"""

from __future__ import annotations

from audio.market.negation import is_negation
from audio.market.not_brought import not_brought
from audio.market.phrases import at, end_at, forms_in

_NEAR = 4

HAVE_ON = {
    "en": "i have; i've got; i got; i brought; i've brought; got my; have my; my own",
    "hi": "मेरे पास; मेरे को; अपना; अपनी; mere paas; mere pas; apna; apni; lekar aaya",
    "ta": "என்கிட்ட; என் கிட்ட; என்னிடம்; என்னோட; en kitta; enkitta; ennoda; ennidam",
    "te": "నా దగ్గర; నా దగ్గిర; నా కాడ; naa daggara; na daggara; naa daggira; naa kaada",
    "bn": "আমার কাছে; আমার সাথে; আমার নিজের; amar kache; amar kachhe; amar sathe; amar nijer",
    "mr": "माझ्याकडे; माझ्या कडे; माझी; majhyakade; majhya kade; mazyakade; mazhi",
    "gu": "મારી પાસે; મારા પાસે; મારે પાસે; mari paase; mare paase; maari pase; mari pase",
    "kn": "ನನ್ನ ಹತ್ರ; ನನ್ ಹತ್ರ; ನನ್ನ ಹತ್ತಿರ; ನನ್ನ ಬಳಿ; nanna hatra; nan hatra; nanna hathra",
    "ml": "എന്റെ കയ്യിൽ; എന്റെ കൈയിൽ; എന്റെ കയ്യില്; ente kayyil; ente kaiyil; ente kayil",
    "pa": "ਮੇਰੇ ਕੋਲ; ਮੇਰੇ ਕੋਲੇ; ਆਪਣਾ; mere kol; mere kole; apna",
}
"""Per language, words of having a thing on oneself, said before it (English's heard in
every language)."""


HAD_AFTER = {
    "en": "with me; in my hand; on me; i've brought; i have brought; i brought; brought it; "
    "brought my; is mine; my own",
    "hi": "मेरे पास है; मेरे पास हैं; साथ लाया; साथ लाई; साथ में है; हाथ में है; लेकर आया; "
    "लेकर आई; ले के आया; ले के आई; mere paas hai; saath laya; saath layi; lekar aaya",
    "ta": "என் கையில; என்கிட்ட இருக்கு; என் கிட்ட இருக்கு; கொண்டு வந்திருக்கேன்; "
    "கொண்டு வந்தேன்; எடுத்துட்டு வந்திருக்கேன்; எடுத்துட்டு வந்தேன்; kaiyila irukku; "
    "en kaiyil; kondu vanthiruken; kondu vandhen",
    "te": "నా దగ్గర ఉంది; నా దగ్గరే ఉంది; నా చేతిలో; తెచ్చుకున్నా; తెచ్చుకున్నాను; తెచ్చాను; "
    "naa daggara undi; techukunna; techanu",
    "bn": "আমার কাছে আছে; আমার কাছেই আছে; আমার হাতে; সঙ্গে এনেছি; সাথে এনেছি; নিয়ে এসেছি; "
    "সঙ্গে আছে; সাথে আছে; amar kache ache; sathe enechi; niye eshechi",
    "mr": "माझ्याकडे आहे; माझ्या हातात; सोबत आणली; सोबत आणलीय; आणली आहे; आणलीय; घेऊन आलोय; "
    "घेऊन आले; सोबत आहे; majhyakade aahe; sobat anli; anliy",
    "gu": "મારી પાસે છે; મારા હાથમાં; સાથે લાવ્યો; સાથે લાવી; લાવ્યો છું; લાવી છું; સાથે છે; "
    "mari paase chhe; saathe laavyo; laavyo chhu; sathe lavyo",
    "kn": "ನನ್ನ ಹತ್ರ ಇದೆ; ನನ್ನ ಕೈಯಲ್ಲಿ; ತಂದಿದ್ದೀನಿ; ತಂದಿದೀನಿ; ತಗೊಂಡು ಬಂದಿದ್ದೀನಿ; "
    "nanna hatra ide; tandiddini; tandidini",
    "ml": "എന്റെ കയ്യിൽ ഉണ്ട്; എന്റെ കൈയിൽ ഉണ്ട്; കൊണ്ടുവന്നിട്ടുണ്ട്; കൊണ്ടുവന്നു; "
    "ente kayyil undu; konduvannittundu",
    "pa": "ਮੇਰੇ ਕੋਲ ਹੈ; ਮੇਰੇ ਕੋਲ ਹੈਗਾ; ਮੇਰੇ ਹੱਥ ਵਿੱਚ; ਨਾਲ ਲਿਆਇਆ; ਨਾਲ ਲਿਆਈ; ਲੈ ਕੇ ਆਇਆ; "
    "ਲੈ ਕੇ ਆਈ; mere kol hai; naal liaya; lai ke aaya",
}
"""Per language, words of having a thing on oneself said after it ("the bag is with me";
English's heard in every language)."""


def own_bag(words: list[str], start: int, punct: frozenset[int], language: str) -> bool | None:
    """Whether the bag word at `start` is said as the speaker's own (see above): True when
    had, False when said not had (a bag asked for: its "no" refuses no bag), None when
    no word of having is said with it. A bag said not brought ("थैला नहीं लाया") is not
    had (`audio.market.not_brought`)."""
    if not_brought(words, start, punct, language):
        return False
    lo = max([b for b in punct if b <= start] + [0, start - _NEAR])
    hi = min([b for b in punct if b > start] + [len(words), start + 3])
    for i in range(lo, start):
        if any(at(f, words, i) for f in forms_in(language, HAVE_ON)):
            return not any(
                is_negation(w, language) for w in words[i + 1 : start] + words[start + 1 : hi]
            )
    end = min([b for b in punct if b > start] + [len(words)])
    for i in range(start + 1, end):
        for f in forms_in(language, HAD_AFTER):
            stop = end_at(f, words, i)
            if stop is not None:
                said = words[max(start - 1, 0) : start] + words[start + 1 : stop + 2]
                return not any(is_negation(w, language) for w in said)
    return None
