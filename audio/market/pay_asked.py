"""A way to pay asked whether the stall takes it: "can I pay by PhonePe?", "do you have
Paytm?", "GPay चलेगा?", "ஜிபே இருக்கா?", "ফোনপে দেওয়া যাবে?". The customer asks how the
stall takes money (`pay_how`); `pay_upi` and `pay_cash` say one will pay, or is paying,
that way ("I'll pay by GPay", "GPay कर दूँ?", shall I?). Card keeps its own act: "card
chalega?" is `pay_card`, as the act list says.

A way to pay (other than card) is asked whether it is taken when, within `_AFTER` words
after it, stands a word asking whether it will do (`WILL_DO`: "chalega", "ok?",
"ஓகேவா"), whether it can be used (`CAN`: "de sakta hoon?", "பண்ணலாமா", "ಮಾಡಬಹುದಾ") or
whether the stall has it (`HAVE`: "है?", "ఉందా", "ഉണ്ടോ"), or when English words of
asking stand before it ("can I pay by", "do you have", "does"). Words are matched like
cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, end_at, forms, forms_in

_AFTER = 3
"""How many words after the way to pay the asking word may begin."""

WILL_DO = {
    "en": "ok ?; okay ?; fine ?; is fine ?; is ok ?; work ?; works ?; chalega; chalegi; "
    "will do ?; allowed",
    "hi": "चलेगा; चलेगी; चल जाएगा; चलता है ?; ठीक है ?; chalega; chalegi; chal jayega",
    "ta": "நடக்குமா; ஓகேவா; பரவாயில்லையா; okva; okeva; nadakkuma",
    "te": "పర్వాలేదా; పర్లేదా; ఓకేనా; నడుస్తుందా; paravaledha; parledha; okena; okay na",
    "bn": "চলবে; চলে ?; cholbe",
    "mr": "चालेल; चालतं का; chalel",
    "gu": "ચાલશે; ચાલે ?; chalshe; chalse",
    "kn": "ಆಗುತ್ತಾ; ನಡೆಯುತ್ತಾ; ಓಕೆನಾ; aagutta; agutta; nadeyutta",
    "ml": "മതിയോ; നടക്കുമോ; ഓക്കെ ആണോ; mathiyo; nadakkumo",
    "pa": "ਚੱਲੂ; ਚੱਲੇਗਾ; ਚੱਲ ਜਾਊ; ਚੱਲਦਾ ਹੈ ?; ਚੱਲਜੂ; chalu; chalega; chall jau; chal jau; chalju",
}
"""Per language, words asking whether a way to pay will do."""

CAN = {
    "hi": "दे सकत; कर सकत; दे सकूं; कर सकूं; de sakt*; kar sakt*; de sakun; kar sakun",
    "ta": "பண்ணலாமா; பண்ணலாம்மா; அனுப்பலாமா; குடுக்கலாமா; கொடுக்கலாமா; pannalama; panlama; anuppalama; kudukkalama",
    "te": "చేయొచ్చా; చెయ్యొచ్చా; చేయవచ్చా; ఇవ్వొచ్చా; ఇవ్వచ్చా; పంపొచ్చా; cheyocha; cheyyocha; ivvocha; pampocha",
    "bn": "করা যাবে; দেওয়া যাবে; দেয়া যাবে; দিতে পারি; করতে পারি; kora jabe; deoa jabe; "
    "dewa jabe; dite pari",
    "mr": "करू शकतो; देऊ शकतो; करू शकते; देऊ शकते; केलं तर; karu shakto; deu shakto",
    "gu": "કરી શકું; આપી શકું; કરાય; અપાય; kari saku; aapi saku; api saku; karay",
    "kn": "ಮಾಡಬಹುದಾ; ಮಾಡ್ಬಹುದಾ; ಕೊಡಬಹುದಾ; ಕೊಡ್ಬಹುದಾ; madbahuda; maadabahuda; kodbahuda",
    "ml": "ചെയ്യാമോ; ചെയ്യാൻ പറ്റുമോ; പറ്റുമോ; കൊടുക്കാമോ; അയക്കാമോ; cheyyamo; pattumo; kodukkamo",
    "pa": "ਕਰ ਸਕਦਾ; ਕਰ ਸਕਦੀ; ਦੇ ਸਕਦਾ; ਦੇ ਸਕਦੀ; kar sakda; de sakda; kar sakdi; de sakdi",
}
"""Per language, words asking whether a way to pay can be used."""

HAVE = {
    "hi": "है क्या; हैं क्या; hai kya",
    "ta": "இருக்கா; இருக்குதா; irukka; irukkaa",
    "te": "ఉందా; ఉన్నాదా; ఉంటుందా; ఉంటదా; undha; unda=; undaa; untada; untunda; untundha",
    "bn": "আছে নাকি; ache naki",
    "mr": "आहे का; ahe ka; aahe ka",
    "gu": "છે કે",
    "kn": "ಇದ್ಯಾ; ಇದೆಯಾ; ಇದೆಯೇ; idya; ideya",
    "ml": "ഉണ്ടോ; undo=",
}
"""Per language, words asking whether the stall has a way to pay ("is there?")."""

HAVE_SAID = {
    "hi": "है=; हैं=; hai=",
    "bn": "আছে=; ache=; achhe=",
    "mr": "आहे=; ahe=",
    "gu": "છે=; che=; chhe=",
    "pa": "ਹੈ=; ਹੈਗਾ=; ਹੈਗਾ; hai=",
}
"""Per language, words saying the stall has a way to pay, which ask only said just after
it with a question mark close behind ("पेटीएम है?", "পেটিএম আছে দাদা?"); "QR कहाँ है?"
asks where to scan."""

ASK_BEFORE = (
    "can i pay by; can i pay with; can i pay through; can i pay via; can i pay using; "
    "can i pay on; can i use; can i do; do you have; do you use; you have; have you got; "
    "is there; does"
)
"""English words of asking said before the way to pay (heard in every language); "is"
asks only in a line with a question mark after it ("is PhonePe fine here?")."""


@lru_cache(maxsize=2)
def _before(asked: bool) -> tuple[Form, ...]:
    return forms(ASK_BEFORE + ("; is=" if asked else ""))


def way_asked(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the way to pay at [start, end) is asked whether the stall takes it (see
    above)."""
    asked = "?" in words[end:]
    for i in range(end, min(end + _AFTER, len(words))):
        if any(end_at(f, words, i) is not None for f in forms_in(language, WILL_DO, CAN, HAVE)):
            return True
    for f in forms_in(language, HAVE_SAID):
        stop = end_at(f, words, end)
        if stop is not None and "?" in words[stop : stop + 2]:
            return True
    return any(
        end_at(f, words, i) == start
        for i in range(max(0, start - 5), start)
        for f in _before(asked)
    )
