"""How someone is, asked after talk of something else: "the tailor's shop next door is shut
today, is everything all right?", "it's been long since I came to your town, is everyone
well?". The "all well?" of a greeting follows the talk as concern for the one talked
about: small talk, no greeting (`greet` opens an encounter, alone or after a salutation
and a term of address: "नमस्ते दीदी, कैसी हो?", "और भैया, कैसे हो?").

A `greet` hit says nothing when `TALK_BEFORE` or more words stand before it that are no
term of address (`audio.understanding.address`), no "?" and inside no courtesy of the
line (another greeting, a welcome, thanks, a goodbye).

A festival's wish is no question asked after talk: the words before it name the festival
it wishes ("ਲੋਹੜੀ ਦੀਆਂ ਲੱਖ ਲੱਖ ਵਧਾਈਆਂ", "దీపావళి శుభాకాంక్షలు", "happy Diwali") and it greets.

Nor does one said of someone's kin: a word for "your", "his" or "their" (`POSSESSIVE`)
in the greeting's clause with a word after it before the greeting asks after the one
named ("आपकी दीदी कैसी हैं?", "మీ అన్నయ్య ఎలా ఉన్నారు?", how is your brother?), though
that word is a term of address ("दीदी", "అన్నయ్య") said alone. Said right before the
greeting the possessive is the listener's own ("आपका क्या हाल है?", how are you?).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in
from audio.understanding.address import ADDRESS

GREET = "greet"
_COURTESIES = frozenset({"greet", "goodbye", "thanks", "come_look"})

TALK_BEFORE = 3
"""Words of talk before a greeting that make it concern asked after that talk: "और भैया,
कैसे हो?" has one, "अरे भैया जी" none beside the address."""


POSSESSIVE = {
    "en": "your; his; her; their",
    "hi": "आपके=; आपकी=; आपका=; तुम्हारे=; तुम्हारी=; तुम्हारा=; तेरे=; तेरी=; तेरा=; उनके=; "
    "उनकी=; उनका=; उसके=; उसकी=; उसका=; aapke; aapki; aapka; tumhare; tumhari; tumhara; "
    "unke; unki; unka",
    "ta": "உங்க=; உங்கள்=; உங்களோட=; உன்=; உன்னோட=; அவங்க=; unga; ungal; ungaloda",
    "te": "మీ=; నీ=; మీయొక్క=; వాళ్ళ=; mee; mi; ni",
    "bn": "আপনার=; তোমার=; তোর=; ওনার=; ওঁর=; apnar; tomar",
    "mr": "तुमचे=; तुमची=; तुमचा=; तुमच्या=; तुझे=; तुझी=; तुझा=; त्यांचे=; त्यांची=; tumche; tumchi; tumcha",
    "gu": "તમારા=; તમારી=; તમારો=; તમારું=; તારા=; તારી=; તારો=; એમના=; એમની=; એમનો=; "
    "tamara; tamari; tamaro",
    "kn": "ನಿಮ್ಮ=; ನಿನ್ನ=; ಅವರ=; nimma; ninna",
    "ml": "നിങ്ങളുടെ=; നിന്റെ=; അവരുടെ=; ningalude; ninte",
    "pa": "ਤੁਹਾਡੇ=; ਤੁਹਾਡੀ=; ਤੁਹਾਡਾ=; ਤੇਰੇ=; ਤੇਰੀ=; ਤੇਰਾ=; ਉਹਨਾਂ=; tuhade; tuhadi; tuhada",
}
"""Words for "your", "his", "their": before a word and a greeting, its owner asked after."""

WISH = {
    "en": "happy; eid mubarak; merry christmas; best wishes; greetings",
    "hi": "शुभकामना; मुबारक; बधाई; shubhkamna*; shubh kamna*; mubarak; badhai",
    "ta": "வாழ்த்து; vazhthukkal; vaazhthukkal; valthukkal",
    "te": "శుభాకాంక్ష; shubhakankshalu; subhakankshalu",
    "bn": "শুভ বিজয়া; শুভ বিজয়া; শুভ নববর্ষ; শুভ দীপাবলি; শুভেচ্ছা; shubho; subho",
    "mr": "शुभेच्छा; shubhechha*",
    "gu": "અભિનંદન; વર્ષાભિનંદન; શુભેચ્છા; મુબારક; mubarak; nutan varshabhinandan",
    "kn": "ಶುಭಾಶಯ; shubhashaya*",
    "ml": "ആശംസ; ഓണാശംസ; aashamsakal; ashamsakal; onashamsakal",
    "pa": "ਮੁਬਾਰਕ; ਵਧਾਈ; mubarak; vadhai*",
}
"""Words of a festival's wish: a greeting whatever is said before it."""

_PARTICLES = frozenset({"तो", "भी", "ਤਾਂ", "ਵੀ", "to", "bhi", "तर", "તો"})
"""Words between a possessive and the greeting that name nobody ("ਤੁਹਾਡਾ ਤਾਂ ਕੀ ਹਾਲ")."""


def asked_after(
    hits: list[Hit], words: list[str], language: str = "en", punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` without the greetings said after talk of something else or of someone's kin
    (`punct`: indices of the words after punctuation, where a clause begins)."""
    if not any(h.act == GREET for h in hits):
        return hits
    owners = forms_in(language, POSSESSIVE)

    def of_kin(start: int) -> bool:
        begin = max((b for b in punct if b <= start), default=0)
        return any(
            any(at(o, words, k) for o in owners)
            and any(words[j] not in _PARTICLES for j in range(k + 1, start))
            for k in range(begin, start - 1)
        )

    courteous = {k for h in hits if h.act in _COURTESIES for k in range(h.start, h.end)}

    def talk_before(start: int) -> int:
        return sum(
            1
            for k in range(start)
            if k not in courteous and words[k] not in ADDRESS and words[k] != "?"
        )

    return [
        h
        for h in hits
        if h.act != GREET
        or any(at(w, words, h.start) for w in forms_in(language, WISH))
        or (talk_before(h.start) < TALK_BEFORE and not of_kin(h.start))
    ]
