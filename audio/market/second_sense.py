"""A cue word in its second sense, told by the words before it in its clause:

- "stop" after "where" asks where something halts ("స్టేషన్ బస్సు ఎక్కడ ఆగుతుంది?",
  "bus kahan rukti hai?"): nobody is asked to wait;
- "set out" after "every day" tells a habit ("रोज सकाळी गाडी निघते", "the van leaves every
  day at six"): nobody takes leave;
- "enough" asked after an "if" ("ഈ വഴി നടന്നാൽ മതിയോ?", "is it enough if I walk this
  way?") asks whether a way will do: no "that's all";
- Malayalam "വരൂ" after "after" ("മൂന്ന് ദിവസം കഴിഞ്ഞേ വരൂ", he comes only after three
  days) tells when someone comes: nobody is called to look;
- Telugu "పంపించారు" (you sent) is the listener's sending, no money the speaker sent;
- a packing said in a line that thanks, with a deed the listener did ("धन्यवाद, आपने
  गठरी कस के बाँध दी"): what the thanks is for, no packing asked.
- English "done" after "get it", "have them" ("we're four girls getting it done", "I
  had it done last year") is work had done by someone, no deal.

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language.
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold
from audio.market.bag_thanked import DONE
from audio.market.cue_hits import Hit
from audio.market.phrases import Form, at, forms_in

_WHERE = {
    "en": "where",
    "hi": "कहाँ; कहां; kahan; kaha=",
    "ta": "எங்க=; எங்கே; எங்கு; enga=; enge=",
    "te": "ఎక్కడ; ekkada",
    "bn": "কোথায়; কোথায; কোথা=; kothay; kothai",
    "mr": "कुठे; कुठं; kuthe",
    "gu": "ક્યાં; kya=; kyan",
    "kn": "ಎಲ್ಲಿ; elli",
    "ml": "എവിടെ; evide",
    "pa": "ਕਿੱਥੇ; ਕਿਥੇ; kithe",
}
"""Per language, "where"."""

_DAILY = {
    "en": "every day; daily; everyday",
    "hi": "रोज; रोज़; रोजाना; हर दिन; roz; roj; rozana",
    "ta": "தினமும்; தினம்; dhinamum; dinamum",
    "te": "రోజూ; ప్రతి రోజు; రోజు=; roju",
    "bn": "রোজ; প্রতিদিন; রোজই; roj",
    "mr": "रोज; दररोज; रोजच; roj",
    "gu": "રોજ; દરરોજ; roj",
    "kn": "ದಿನಾ; ಪ್ರತಿದಿನ; ದಿನಾಲೂ; dina=",
    "ml": "ദിവസവും; എന്നും; divasavum; ennum",
    "pa": "ਰੋਜ਼; ਰੋਜ; ਹਰ ਰੋਜ਼; roz; roj",
}
"""Per language, "every day"."""

_IF_ENDS = {
    "te": ("తే",),
    "kn": ("ರೆ",),
    "ml": ("ാൽ", "aal", "al"),
}
"""Per language, the endings of a verb said with "if" ("వెళ్తే", "ಹೋದರೆ", "പോയാൽ")."""

_AFTER = {"ml": "കഴിഞ്ഞ; ശേഷം; kazhinj*; kajhinj*; shesham"}
"""Malayalam "after" ("രണ്ടു ദിവസം കഴിഞ്ഞേ"), before which "വരൂ" is a coming told."""

_SENT_BY_YOU = {"te": ("ారు",), "kn": ("ದ್ರು", "ದರು", "ದ್ರಿ", "ದಿರಿ")}
"""Per language, the endings of a sending done by "you" (or them), not by the speaker
("పంపించారు", you sent): the goods sent, no money the speaker sent to check."""

_YOU_DID = {
    "hi": "आपने; तुमने; aapne; apne=; tumne",
    "pa": "ਤੁਸੀਂ … ਦਿੱਤਾ; ਤੁਸੀਂ … ਦਿੱਤੀ",
}
"""Per language, the listener as the doer of a deed done (Hindi's ergative "आपने")."""


_HAD_DONE = frozenset(
    fold(w) for w in ("get", "gets", "getting", "got", "gotten", "have", "has", "having", "had")
)
"""English verbs that, with "it" or "them" after them, have work done by someone."""

_OBJECT = frozenset(fold(w) for w in ("it", "them", "this", "these", "that", "those", "all"))


def _had_done(hit: Hit, words: list[str]) -> bool:
    """The word "done" said as "get it done", "had them done": work someone else does."""
    return (
        words[hit.start : hit.end] == [fold("done")]
        and hit.start >= 2
        and words[hit.start - 1] in _OBJECT
        and words[hit.start - 2] in _HAD_DONE
    )


@lru_cache(maxsize=64)
def _forms(name: str, language: str) -> tuple[Form, ...]:
    table = {"where": _WHERE, "daily": _DAILY, "after": _AFTER, "did": _YOU_DID}[name]
    return forms_in(language, table)


def _before(name: str, hit: Hit, words: list[str], language: str, punct: frozenset[int]) -> bool:
    lo = max([b for b in punct if b <= hit.start] + [0])
    return any(at(f, words, i) for i in range(lo, hit.start) for f in _forms(name, language))


def _enough_if(hit: Hit, words: list[str], language: str) -> bool:
    ends = _IF_ENDS.get(language, ())
    if not ends or hit.start == 0 or not words[hit.start - 1].endswith(ends):
        return False
    said = words[hit.start : hit.end + 1]
    return "?" in said or said[0].endswith(("ോ", "o", "ా", "ಾ"))


def _thanked_deed(hit: Hit, words: list[str], language: str, punct: frozenset[int]) -> bool:
    lo = max([b for b in punct if b <= hit.start] + [0])
    hi = min([b for b in punct if b > hit.start] + [len(words)])
    done = forms_in(language, DONE, _YOU_DID)
    return any(at(f, words, i) for i in range(lo, hi) for f in done)


def second_sense(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` without the cues said in their second sense (see above); `punct`: indices
    of the words after punctuation, where a clause begins."""
    thanked = any(h.act == "thanks" for h in hits)
    return [
        h
        for h in hits
        if not (h.act == "wait" and _before("where", h, words, language, punct))
        and not (h.act == "goodbye" and _before("daily", h, words, language, punct))
        and not (h.act == "that_is_all" and _enough_if(h, words, language))
        and not (h.act == "come_look" and _before("after", h, words, language, punct))
        and not (
            h.act == "paid_check"
            and any(w.endswith(_SENT_BY_YOU.get(language, ("\0",))) for w in words[h.start : h.end])
        )
        and not (h.act == "pack_it" and thanked and _thanked_deed(h, words, language, punct))
        and not (h.act == "deal" and _had_done(h, words))
    ]
