"""A way to pay said as done: "paid by GPay just now", "गूगल पे से कर दिया है",
"অনলাইনে করে দিয়েছি", "போன்பே பண்ணிட்டேன்", "ഗൂഗിൾ പേ ചെയ്തിട്ടുണ്ട്". The wallet's
name is the verb's object and the verb is past: the money is sent, and the listener is to
check it (`paid_check`), not told how the speaker will pay (`pay_upi`, `pay_cash`).

A way to pay is said as done when a past verb of doing, giving or sending (`DONE`) stands
within `_AFTER` words after it in its clause (Indian languages put the verb last: "gpay se
kar diya hai"), or, in English, also within `_BEFORE` words before it ("paid by GPay",
"I did PhonePe"). "फोनपे कर देता हूँ", "ফোনপে করে দিচ্ছি" and "I'll do PhonePe" say
how the speaker will pay. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms, forms_in

PAID = "paid_check"

_AFTER = 4
_BEFORE = 3

DONE = {
    "en": "did=; done=; paid=; sent=; transferred=",
    "hi": "दिया; दिए; दिये; दी=; किया; किए; किये; कर दी=; चुका; चुकी; चुके; भेजा=; भेजे=; "
    "diya; diye; kiya; kiye; kar di=; chuka; chuki; bheja; bheje",
    "bn": "করেছি; করেছিলাম; দিয়েছি; দিয়েছিলাম; দিলাম; করলাম; পাঠিয়েছি; পাঠালাম; korechi; "
    "korechhi; diyechi; diyechhi; dilam; korlam; pathiyechi; pathalam",
    "mr": "केलं; केले=; केला=; केली=; केलेत; केलंय; दिले=; दिलं; दिला=; दिली=; दिलेत; पाठवले=; "
    "kela; kele; kelay; keli; kelet; dile; dila; dili; dilet; पाठवलं; पाठवला=; pathavle; "
    "pathavla; pathavlay",
    "gu": "કર્યું; કર્યા; કર્યો; દીધું; દીધા; દીધો; આપ્યા; આપ્યું; મોકલ્યા; karyu; karya; karyo; "
    "didhu; didha; didho; aapya; apya; aapyu; મોકલ્યું; મોકલી=; moklya; mokalya; moklyu; "
    "mokalyu; mokli=; mokli didha; mokli didhu",
    "pa": "ਦਿੱਤਾ; ਦਿੱਤੇ; ਦਿੱਤੀ; ਕੀਤਾ; ਕੀਤੇ; ਕੀਤੀ; ਭੇਜੇ; ਭੇਜਿਆ; ditta; ditte; ditti; dita; dite; "
    "kita; kitta; kite; kitte; bheje; bhejya; bhejeya",
    "ta": "பண்ணிட்டே; பண்ணிட்டோ; பண்ணியாச்சு; பண்ணேன்; பண்ணிருக்கே; பண்ணியிருக்கே; "
    "குடுத்துட்டே; கொடுத்துட்டே; குடுத்தே; கொடுத்தே; போட்டுட்டே; போட்டே; அனுப்பிட்டே; "
    "panniten; pannitten; panniyachu; pannen; pannirukken; kuduthutten; kuduthuten; kuduthen; "
    "potten; pottuten",
    "te": "చేశాను; చేశా=; చేసాను; చేసా=; చేసేశా; చేసేసా; ఇచ్చాను; ఇచ్చా=; ఇచ్చేశా; పంపాను; "
    "chesanu; chesa=; chesesa; chesesanu; ichanu; icha=; ichesa; ichesanu",
    "kn": "ಮಾಡಿದ್ದೀನಿ; ಮಾಡಿದೀನಿ; ಮಾಡಿದ್ದೇನೆ; ಮಾಡಿದೆ=; ಮಾಡ್ದೆ=; ಕೊಟ್ಟಿದ್ದೀನಿ; ಕೊಟ್ಟಿದೀನಿ; ಕೊಟ್ಟೆ=; "
    "ಹಾಕಿದ್ದೀನಿ; ಹಾಕಿದೀನಿ; madidini; madiddini; madide; madde; kottidini; kottiddini; kotte",
    "ml": "ചെയ്തു; ചെയ്തിട്ടുണ്ട്; ചെയ്തിട്ടുണ്ട; തന്നു; തന്നിട്ടുണ്ട്; അയച്ചു; ഇട്ടു; ഇട്ടിട്ടുണ്ട്; "
    "cheythu; cheythittund*; cheythittundu; thannu; thannittund*; ittu",
}
"""Per language, past verbs of doing, giving or sending (English's heard in every
language): "kar diya", "করে দিয়েছি", "பண்ணிட்டேன்"."""

_ENGLISH_BEFORE = "did=; paid=; sent=; transferred="
"""English past verbs said before the way to pay: "paid by GPay", "sent it on PhonePe"."""


@lru_cache(maxsize=1)
def _before() -> tuple[Form, ...]:
    return forms(_ENGLISH_BEFORE)


def said_done(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the way to pay at [start, end) is said as done (see above); `punct`: indices
    of words after punctuation, which end its clause."""
    for i in range(end, min(end + _AFTER, len(words))):
        if i in punct:
            break
        if any(at(f, words, i) for f in forms_in(language, DONE)):
            return True
    for i in range(start - 1, max(-1, start - 1 - _BEFORE), -1):
        if i + 1 in punct:
            break
        if any(at(f, words, i) for f in _before()):
            return True
    return False
