"""A way to pay said to fail: "UPI बार बार फेल हो रहा है, कैश ही दे देती हूँ", "GPay atak
gaya, cash le lo", "ఫోన్‌పే మాటిమాటికీ ఫెయిల్ అవుతోంది, క్యాష్ ఇచ్చేస్తాను". The loan
"fail" in every script, and a payment stuck or hanging, refuse the way said before it as
a word that says it does not work does (`audio.market.negation.says_broken`): the other
way said in the line is the one the speaker pays with (`pay_cash`).

Words are matched like cues (see `audio.market.phrases`): an Indic word of three letters
or more as a stem ("ਫੇਲ੍ਹ", "ফেল"), a Latin one as written unless it ends in "*";
English's are heard in every language."""

from __future__ import annotations

from audio.market.phrases import forms_in

FAILED = {
    "en": "fail; fails; failed; failing; failure; stuck; hang; hangs; hanging; hanged; "
    "declined; declining",
    "hi": "फेल; फ़ेल; अटक; अटका; अटकी; atak*; atka*; hang",
    "ta": "ஃபெயில்; பெயில்; ஃபெய்ல்; மாட்டிக்கிச்சு; நின்னுடுச்சு; feyil*",
    "te": "ఫెయిల్; ఫేయిల్; ఫెయిలవ; ఆగిపోతోంది; ఆగిపోయింది; feyil*",
    "bn": "ফেল=; ফেইল; আটকে; atke",
    "mr": "फेल; फ़ेल; अडक; अडकल; adak*",
    "gu": "ફેલ=; ફેઈલ; અટક; atak*",
    "kn": "ಫೇಲ್; ಫೈಲ್; ಫೆಯಿಲ್; ಫೇಲಾಗ; ಸಿಕ್ಕಾಕ್ಕೊಂಡ; feyil*",
    "ml": "ഫെയിൽ; ഫെയ്ൽ; ഫെയിലാ; കുടുങ്ങി; kudungi",
    "pa": "ਫੇਲ੍ਹ; ਫੇਲ; ਫ਼ੇਲ; ਅਟਕ; atak*",
}
"""Per language, a way to pay failing or stuck, said after it."""


def fails(word: str, language: str) -> bool:
    """Whether `word` (folded) says a way to pay fails (see above)."""
    return any(
        len(f) == 1 and (word == f[0][0] or (f[0][1] and word.startswith(f[0][0])))
        for f in forms_in(language, FAILED)
    )
