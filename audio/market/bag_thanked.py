"""A bag thanked for: "thanks for carrying the bag down", "ধন্যবাদ, ব্যাগটা নামিয়ে দিলেন
বলে". The bag word names what the listener already did for the speaker, which the thanks
is for: no bag is asked for, nor is one said to be the speaker's own. Only a line that
thanks is read so ("ব্যাগটা দিলেন?" alone asks about a bag), and a bag asked for beside
the thanks stands ("thanks, and give me a bag too", "ধন্যবাদ, একটা ব্যাগ দিন").

A word of `DONE` in the bag word's clause (a deed done by the listener: "নামিয়ে দিলেন",
"उतार दिया", "for carrying") says the deed. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in

BAG_ACTS = ("give_bag", "have_bag")
"""Acts a bag word says."""

DONE = {
    "en": "for carrying; for bringing; for lifting; for taking; for getting; for holding; "
    "for keeping; for unloading; you carried; you brought; you lifted; you kept",
    "hi": "उतार दिया; उतार दी; उठा दिया; उठा दी; पकड़ा दिया; ला दिया; ला दी; रख दिया; रख दी; "
    "उठाने के लिए; उतारने के लिए; लाने के लिए; रखने के लिए; utaar diya; utha diya; la diya; "
    "rakh diya",
    "ta": "குடுத்ததுக்கு; கொடுத்ததுக்கு; இறக்கி வச்சதுக்கு; இறக்கி வெச்சதுக்கு; "
    "தூக்கிட்டு வந்ததுக்கு; எடுத்து வச்சதுக்கு; பாத்துக்கிட்டதுக்கு; vachathukku",
    "te": "ఇచ్చినందుకు; దించినందుకు; మోసినందుకు; తెచ్చినందుకు; పట్టుకున్నందుకు; "
    "దించి ఇచ్చారు; ichinanduku; dinchinanduku",
    "bn": "দিলেন; দিয়েছেন; দিয়েছ; দিলি=; দেওয়ার জন্য; নামিয়ে; তুলে দিলেন; বয়ে আনলেন; "
    "রেখে দিলেন; এনে দিলেন; dilen; diyechen",
    "mr": "दिल्याबद्दल; उतरवल्याबद्दल; आणल्याबद्दल; उचलल्याबद्दल; सांभाळल्याबद्दल; उतरवून दिली; उचलून दिली",
    "gu": "આપવા બદલ; ઉતારવા બદલ; લાવવા બદલ; ઉતારી આપી; ઉતારી આપ્યો; ઉપાડી આપી; ઉપાડી આપ્યો; "
    "લાવી આપી; લાવી આપ્યો; સાચવવા બદલ",
    "kn": "ಕೊಟ್ಟಿದ್ದಕ್ಕೆ; ಇಳಿಸಿದ್ದಕ್ಕೆ; ತಂದಿದ್ದಕ್ಕೆ; ಎತ್ತಿದ್ದಕ್ಕೆ; ಇಳಿಸಿ ಕೊಟ್ರಿ; ಎತ್ತಿ ಕೊಟ್ರಿ",
    "ml": "തന്നതിന്; ഇറക്കിത്തന്നതിന്; ഇറക്കി തന്നതിന്; എടുത്തു തന്നതിന്; ചുമന്നതിന്",
    "pa": "ਦੇਣ ਲਈ; ਲਾਹ ਦਿੱਤਾ; ਲਾਹ ਦਿੱਤੀ; ਚੁੱਕ ਦਿੱਤਾ; ਚੁੱਕ ਦਿੱਤੀ; ਲਿਆ ਦਿੱਤਾ; ਚੁੱਕਣ ਲਈ; ਲਾਹੁਣ ਲਈ",
}
"""Per language, words of a deed the listener did (English's heard in every language)."""


def bag_thanked(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """The hits without a bag word said as what a thanks in the line is for (see above;
    `punct`: indices of the words after punctuation)."""
    if not any(h.act == "thanks" for h in hits):
        return hits
    return [h for h in hits if h.act not in BAG_ACTS or not _deed(words, h, language, punct)]


def _deed(words: list[str], hit: Hit, language: str, punct: frozenset[int]) -> bool:
    lo = max([b for b in punct if b <= hit.start] + [0])
    hi = min([b for b in punct if b > hit.start] + [len(words)])
    return any(at(f, words, i) for i in range(lo, hi) for f in forms_in(language, DONE))
