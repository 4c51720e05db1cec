"""Change the speaker goes to fetch, takes out or hands over: "இருங்க, சில்லறை எடுத்துட்டு
வரேன்" (wait, I'll get change), "ఉండండమ్మా, చిల్లర తెస్తాను", "रुको, छुट्टा लाता हूँ",
"ಚಿಲ್ಲರೆ ತರ್ತೀನಿ". The word for change there asks nobody for change (`need_change`): the
speaker has gone for it, and the line is what else it says (a wait asked, small talk).

A word of the speaker's own bringing, taking out or giving (`FETCHED`, first person)
stands after the change word in its clause, at most `_NEAR` words on. "చిల్లర ఇస్తారా?"
(will you give change?) and "छुट्टा दो" ask for it and stay `need_change`. Words are
matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import at, forms_in

_NEAR = 3

FETCHED = {
    "en": "i'll bring; i'll get; i'll fetch; let me get; let me bring; i'll give you; i'll give; "
    "i'm getting; i'm bringing; i'll take out",
    "hi": "लाता; लाती; ला रहा; ला रही; लेकर आता; लेकर आती; ले के आता; ले के आती; निकालता; "
    "निकालती; देता हूँ; देती हूँ; देता हूं; देती हूं; lata=; lati=; la raha; la rahi; "
    "lekar aata; nikalta; nikalti; deta hoon; deti hoon",
    "ta": "எடுக்கறேன்; எடுக்குறேன்; எடுக்கிறேன்; எடுத்துட்டு; தரேன்; தர்றேன்; தாரேன்; "
    "கொண்டு வரேன்; வாங்கிட்டு வரேன்; edukkaren; edukkuren; eduthuttu; tharen; tharren",
    "te": "తెస్తాను; తెస్తా=; తెస్తున్నా; తీస్తాను; తీస్తా=; తీస్తున్నా; ఇస్తాను; ఇస్తా=; "
    "తెచ్చిస్తా; testanu; testa=; teestanu; istanu",
    "bn": "আনছি; এনে দিচ্ছি; দিচ্ছি; বের করছি; নিয়ে আসছি; anchi; dicchi; dichhi",
    "mr": "आणतो; आणते; देतो; देते; काढतो; काढते; aanto; anto; deto; dete",
    "gu": "લાવું; લાવી આપું; આપું; કાઢું; lavu; aapu",
    "kn": "ತರ್ತೀನಿ; ತರ್ತಿನಿ; ತರುತ್ತೇನೆ; ಕೊಡ್ತೀನಿ; ಕೊಡ್ತಿನಿ; ತೆಗೀತೀನಿ; ತೆಗೆಯುತ್ತೇನೆ; tartini; tarteeni; kodtini; kodteeni",
    "ml": "എടുക്കാം; കൊണ്ടുവരാം; തരാം; എടുത്തിട്ട് വരാം; എടുത്തു തരാം; edukkam; tharam; konduvaram",
    "pa": "ਲਿਆਉਂਦਾ; ਲਿਆਉਂਦੀ; ਦਿੰਦਾ ਹਾਂ; ਦਿੰਦੀ ਹਾਂ; ਕੱਢਦਾ; ਕੱਢਦੀ; liaunda; dinda haan",
}
"""Per language, the speaker's own bringing, taking out or giving (English's heard in every
language)."""


def change_fetched(
    words: list[str], end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the change word ending at `end` is change the speaker fetches (see above)."""
    stop = min([b for b in punct if b >= end] + [len(words), end + _NEAR])
    return any(at(f, words, i) for i in range(end, stop) for f in forms_in(language, FETCHED))
