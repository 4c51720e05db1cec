"""A bag the speaker says they have: "I have a cover, no need", "mere paas thaili hai",
"naa daggara cover undi, vaddu". A bag word asks for a bag (`give_bag`) unless, in its
clause and before it, stands a word of having one on oneself (`HAVE_ON`: "I have", "मेरे
पास", "என்கிட்ட", "আমার কাছে"): then it says the speaker's own bag (`have_bag`), and any
"no need" after it refuses the bag offered, not the one had. A "no" between the two or
right after the bag ("I have no bag", "mere paas thaili nahi hai, ek de do") says none
is had: a bag is asked for, and that "no" refuses none.
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.negation import is_negation
from audio.market.phrases import Form, at, forms_in

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


@lru_cache(maxsize=16)
def _have_on(language: str) -> tuple[Form, ...]:
    return forms_in(language, HAVE_ON)


def own_bag(words: list[str], start: int, punct: frozenset[int], language: str) -> bool | None:
    """Whether the bag word at `start` is said as the speaker's own (see above): True when
    had, False when said not had (a bag asked for: its "no" refuses no bag), None when
    no word of having is said with it."""
    lo = max([b for b in punct if b <= start] + [0, start - _NEAR])
    hi = min([b for b in punct if b > start] + [len(words), start + 3])
    for i in range(lo, start):
        if any(at(f, words, i) for f in _have_on(language)):
            return not any(
                is_negation(w, language) for w in words[i + 1 : start] + words[start + 1 : hi]
            )
    return None
