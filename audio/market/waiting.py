"""A wait told, not asked: "I'm waiting for my daughter", "ऑटो के लिए रुकना पड़ेगा",
"बससाठी थांबावं लागेल", "మా అబ్బాయి కోసం ఆగుతున్నాం", "I'll wait here for my son". The
act `wait` asks the listener to wait ("ruko", "ఆగండి", "one minute"); a wait the speaker
must do, is doing or will do, one that everyone is doing ("सबको उसी का इंतज़ार है",
"ellarum wait panrom": a result, a bus), or one for a bus, a train or a person, is small
talk.

A wait cue is told when, in its clause and at most `_NEAR` words from it, stands a word
(`TOLD`) or a word ending (`_ENDS`) that says what it is for ("for the", "के लिए",
"కోసం", "-साठी") or makes it the speaker's own or a duty ("have to", "पड़ेगा",
"ఆగుతున్నాం", "ಕಾಯಬೇಕು"). "Wait for me", "एक मिनट रुकिए" still ask. Words are matched
like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold
from audio.market.phrases import at, forms_in

_NEAR = 3

TOLD = {
    "en": "everyone; everybody; all of us; for the; for my; for our; for his; for her; "
    "for their; for your; have to; has to; "
    "had to; need to; waiting; waited; i'll wait; we'll wait; i will wait; we will wait; "
    "will have to; i'm waiting; we're waiting",
    "hi": "के लिए; का इंतज़ार; का इंतजार; की राह; पड़ेगा; पड़ेगी; पड़ता; रहे हैं; रही हूँ; रहा हूँ; "
    "रही हूं; रहा हूं; रुकेंगे; रुकूँगा; रुकूंगा; रुकूँगी; रुकूंगी; रुकना है; रुकना पड़; ke liye; "
    "ka intezaar; padega; padegi; rahe hain; raha hun; rahi hun; rukenge; rukunga; rukungi; "
    "wait hai; इंतज़ार है; इंतजार है; वेट है; sabko; sab ko; सबको; "
    "sab log; सब लोग; kar rahe; कर रहे",
    "ta": "காக; க்காக; ணும்=; வேண்டும்; வேணும்; kaaga; kkaga; venum; எல்லாரும்; எல்லோரும்; "
    "பண்றோம்; பண்றாங்க; ellarum; ellorum; panrom; panranga; panraanga",
    "te": "కోసం; ఆగాలి; ఆగుతున్న; ఆగుతాం; ఆగుతా=; ఆగిపోయా; kosam; aagali; agali; aagutunna; అందరూ; "
    "చేస్తున్నా; andaru; andharu; chestunna*",
    "bn": "জন্য; জন্যে; হবে=; দাঁড়াচ্ছি; দাঁড়িয়ে আছি; দাঁড়াব; jonno; jonne; hobe; darachhi; সবাই; করছে; "
    "করছি; sobai; korche; korchi",
    "mr": "साठी; लागेल; लागणार; थांबाव; थांबलोय; थांबलो; थांबले; थांबतो; थांबते; थांबणार; बघाव; "
    "बघतो; बघते; बघत=; बघतायत; बघताहेत; बघतात; sathi; lagel; thambava; thamblo; thambto; "
    "baghto; baghte; सगळे; सगळ्यांना; sagle; saglyanna",
    "gu": "માટે; પડશે; પડે=; છીએ; રહીશું; mate; padse; pade; chhie; બધા; કરે છે; badha; kare che; "
    "kare chhe",
    "kn": "ಗೋಸ್ಕರ; ಗಾಗಿ; ಕಾಯಬೇಕು; ಬೇಕು=; ಇದೀವಿ; ಇದ್ದೀವಿ; ಇದ್ದೀನಿ; ಕಾಯ್ತಾ; goskara; beku; kaayta; "
    "ಎಲ್ಲರೂ; ಮಾಡ್ತಾ; ellaru; "
    "madta; maadta",
    "ml": "വേണ്ടി; നിക്കണം; നിൽക്കണം; നിൽക്കുകയാ; നിക്കുകയാ; vendi; nikkanam; nilkkanam; "
    "എല്ലാവരും; എല്ലാരും; "
    "ചെയ്യുന്നു; ellarum; ellavarum; cheyyunnu",
    "pa": "ਲਈ; ਪਊਗਾ; ਪਵੇਗਾ; ਪੈਣਾ; ਪਊ=; ਰੁਕੇ ਹਾਂ; ਰੁਕਾਂਗੇ; layi; lai=; paina; paega; pauga; ਸਭ ਨੂੰ; ਸਾਰੇ; "
    "ਉਡੀਕ ਹੈ; ਵੇਟ ਹੈ; sab nu; saare; wait hai; udeek hai",
}
"""Per language, words that make a wait told: what it is for, or the speaker's own or a
duty (English's heard in every language)."""

_ENDS = {
    "mr": ("साठी",),
    "ta": ("க்காக", "க்கணும்"),
    "kn": ("ಗೋಸ್ಕರ", "ಗಾಗಿ"),
    "ml": ("ക്കണം", "ണ്ടി"),
}
"""Per language, word endings that say what a wait is for, or a duty ("बससाठी",
"ಮಗನಿಗೋಸ್ಕರ", "காத்திருக்கணும்")."""


@lru_cache(maxsize=16)
def _ends(language: str) -> tuple[str, ...]:
    return tuple(fold(e) for e in _ENDS.get(language, ()))


def wait_told(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the wait cue at [start, end) is told, not asked of the listener (see
    above); `punct`: indices of words after punctuation, where its clause ends."""
    lo = max([b for b in punct if b <= start] + [0, start - _NEAR])
    hi = min([b for b in punct if b >= end] + [len(words), end + _NEAR])
    ends = _ends(language)
    for i in range(lo, hi):
        if any(at(f, words, i) for f in forms_in(language, TOLD)):
            return True
        if any(words[i].endswith(e) and words[i] != e for e in ends):
            return True
    return False
