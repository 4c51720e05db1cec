"""A leave taken with "we'll see later" refuses nothing: "சரி மா, அப்புறம் பாக்கலாம்,
போயிட்டு வரேன்" (ok, see you later, I'll be off). Understanding reads "அப்புறம்
பாக்கலாம்" (we'll see later) as a soft refusal of the deal; said with the speaker's own
leaving (`audio.market.leaving.LEAVING`) and no word of refusal in the line (`NO`), it
is the goodbye, and no refusal reaches the listener. "வேண்டாம், போயிட்டு வரேன்" (I don't
want it, I'll go) still refuses.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.lexicon import TokenKind, tokenize
from audio.market.leaving import LEAVING
from audio.market.phrases import at, forms_in

NO = {
    "en": "no; not; don't; won't; nope",
    "hi": "नहीं; नही; ना=; मत=; nahi; nahin; na=",
    "ta": "வேண்டாம்; வேணாம்; இல்ல; இல்லை; முடியாது; கட்டாது; vendam; venam; illa; mudiyadhu",
    "te": "వద్దు; లేదు; కాదు; వద్దండి; గిట్టదు; vaddu; ledu",
    "bn": "না=; নেই; লাগবে না; পোষাবে না; na=",
    "mr": "नको; नाही; परवडणार; nako; nahi",
    "gu": "નથી; ના=; નહીં; પોસાય; nathi; na=",
    "kn": "ಬೇಡ; ಇಲ್ಲ; ಆಗಲ್ಲ; ಆಗೋದಿಲ್ಲ; beda; illa",
    "ml": "വേണ്ട; ഇല്ല; പറ്റില്ല; venda; illa",
    "pa": "ਨਹੀਂ; ਨਾ=; ਨਈਂ; nahi",
}
"""Per language, words of refusal: with them a leaving still refuses."""


def leaves_only(text: str, language: str) -> bool:
    """Whether `text` takes the speaker's leave and refuses nothing (see above)."""
    words = [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD]
    spots = range(len(words))
    if any(at(f, words, i) for i in spots for f in forms_in(language, NO)):
        return False
    return any(at(f, words, i) for i in spots for f in forms_in(language, LEAVING))
