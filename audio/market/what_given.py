"""A vendor's "what (else) shall I give you?": "ఇంకా ఏం ఇవ్వమంటారు అక్కా?", "હજી શું આપું
ભાભી?", "ഇനി എന്താ തരേണ്ടത് ചേച്ചി?", "ਹੋਰ ਦੱਸੋ ਕੀ ਦਿਆਂ?", "ಬೇರೆ ಏನು ಕೊಡ್ಲಿ?", "और क्या दे
दूँ?". A word for "what" (`WHAT`, "else" fused in or not: "ఇంకేం", "ಇನ್ನೇನು") followed in its
clause, at most one word on, by "give" said as the speaker's own giving to come (`GIVE_ME`:
"shall I give", "should I give", "what is to be given", "do you ask me to give") asks
what else the listener wants: `anything_else`, no price asked. "How much shall I give?"
asks the price and is none of these ("what" is no "how much"); "what will you give?"
(the listener's giving) is not the speaker's.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, end_at, forms

ANYTHING_ELSE = "anything_else"

WHAT = {
    "hi": "क्या; kya",
    "ta": "என்ன=; enna",
    "te": "ఏం=; ఏమి=; ఏమ్=; ఇంకేం=; ఇంకేమి=; em; emi; inkem; inkemi",
    "bn": "কী=; কি=; ki",
    "mr": "काय=; kay; kaay",
    "gu": "શું=; શુ=; shu; shun",
    "kn": "ಏನು=; ಏನ್=; ಇನ್ನೇನು=; ಇನ್ನೇನ್=; enu; en; innenu; innen",
    "ml": "എന്ത്=; എന്താ=; എന്തു=; ഇനിയെന്ത്=; ഇനിയെന്താ=; enthu; entha; enth",
    "pa": "ਕੀ=; ki",
}
"""Per language, "what" (and "what else" said as one word)."""

GIVE_ME = {
    "hi": "दूँ=; दूं=; दे दूँ; दे दूं; दें=; दे दें; doon; dun; du; de doon; de dun; de du; den",
    "ta": "குடுக்கட்டும்; கொடுக்கட்டும்; தரட்டும்; குடுக்கணும்; கொடுக்கணும்; தரணும்; "
    "kudukkattum; kodukkattum; tharattum; kudukkanum; tharanum",
    "te": "ఇవ్వను=; ఇవ్వమంటారు; ఇవ్వమంటావు; ఇవ్వాలి=; ఇవ్వమన్నారు; ivvanu; ivvamantaru; ivvali",
    "bn": "দেব=; দেবো=; দিই=; দিয়ে দিই; debo; deb; dii; diye dii",
    "mr": "देऊ=; देऊं=; द्यायचं; द्यायचे; deu; dyaycha",
    "gu": "આપું=; આપુ=; આપીએ=; આપી દઉં; aapu; apu; aapie; aapi dau",
    "kn": "ಕೊಡಲಿ=; ಕೊಡ್ಲಿ=; ಕೊಡ್ಬೇಕು; ಕೊಡಬೇಕು; ಕೊಡೋಣ=; kodli; kodali; kodbeku; kodabeku",
    "ml": "തരേണ്ടത്; തരണം=; തരട്ടെ=; എടുക്കേണ്ടത്; എടുക്കട്ടെ=; tharendath; tharanam; "
    "tharatte; edukkendath; edukkatte",
    "pa": "ਦਿਆਂ=; ਦੇਵਾਂ=; ਦੇਈਏ=; ਦੇਆਂ=; ਦੇ ਦਿਆਂ; diyan; devan; deiye; de diyan",
}
"""Per language, "give" as the speaker's own giving to come: "shall I give", "should I
give", "is to be given", "do you ask me to give"."""

FUSED = {
    "te": "ఏమివ్వను; ఏమివ్వాలి; ఏమివ్వమంటారు; emivvanu; emivvali",
    "kn": "ಏನ್ಕೊಡ್ಲಿ=; ಏನ್ಕೊಡಲಿ=",
}
"""Per language, "what shall I give" said as one word."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {"what": WHAT, "give": GIVE_ME, "fused": FUSED}[table]
    return forms(source.get(language, ""))


def _ends(table: str, words: list[str], i: int, language: str) -> int | None:
    ends = [e for f in _forms(table, language) if (e := end_at(f, words, i)) is not None]
    return max(ends, default=None)


def what_given(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The spans of `words` that ask "what (else) shall I give?" (see above)."""
    out: list[tuple[int, int]] = []
    for i in range(len(words)):
        fused = _ends("fused", words, i, language)
        if fused is not None:
            out.append((i, fused))
            continue
        what = _ends("what", words, i, language)
        if what is None:
            continue
        for j in (what, what + 1):
            if j >= len(words) or any(what <= b <= j for b in punct if b > i):
                break
            if words[j] == "?":
                break
            given = _ends("give", words, j, language)
            if given is not None:
                out.append((i, given))
                break
    return out
