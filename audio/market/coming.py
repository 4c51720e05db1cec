"""The speaker's coming said with a later time, and someone brought.

"এখন টাকা আনিনি, সন্ধেবেলা আসছি" (I didn't bring money now, I'm coming in the evening):
Bengali "আসছি", like Kannada "ಬರ್ತೀನಿ", is also the word of leaving ("I'll be off"), but
with a later time before it in its clause (evening, tomorrow, after a while: `LATER`) the
speaker says they will return: `come_back_later`, in every language ("शाम को आ रहा हूँ",
"ಸಂಜೆ ಬರ್ತಾ ಇದೀನಿ", "I'm coming by in the evening").

A coming verb right after a word of fetching someone ("ಮಗನನ್ನ ಕರ್ಕೊಂಡು ಬರ್ತೀನಿ", I'll
fetch my son; "பையனை கூட்டிட்டு வருவேன்") is neither leaving nor coming back: the speaker
tells of a fetching, small talk. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, end_at, forms_in

_NEAR = 4
"""How many words from the coming verb the later time may stand."""

LATER = {
    "en": "evening; tonight; tomorrow; afternoon; later; in a while; in an hour; after lunch",
    "hi": "शाम; कल=; दोपहर; रात=; रात को; बाद में; थोड़ी देर; देर से; shaam; sham; kal=; "
    "baad me*; dopahar",
    "ta": "சாயங்காலம்; சாயந்தரம்; நாளைக்கு; நாளை; மதியம்; ராத்திரி; அப்புறம்; அப்புறமா; "
    "பிறகு; saayangalam; sayangalam; naalaikku; appuram",
    "te": "సాయంత్రం; రేపు; మధ్యాహ్నం; రాత్రి; తర్వాత; తరువాత; కాసేపట్లో; కాసేపు; sayantram; repu; tarvata",
    "bn": "সন্ধে; সন্ধ্যা; সন্ধ্যে; বিকেল; কাল=; কালকে; রাতে; রাত্রে; দুপুর; পরে=; sondhe; "
    "sondhya; bikel*; kal=; pore",
    "mr": "संध्याकाळी; संध्याकाळ; उद्या; दुपारी; रात्री; नंतर; वेळाने; sandhyakali; udya; nantar",
    "gu": "સાંજે; કાલે; બપોરે; રાત્રે; પછી; વારમાં; saanje; sanje; kale; pachhi",
    "kn": "ಸಂಜೆ; ನಾಳೆ; ಮಧ್ಯಾಹ್ನ; ರಾತ್ರಿ; ಆಮೇಲೆ; ಹೊತ್ತು ಬಿಟ್ಟು; sanje; naale; amele",
    "ml": "വൈകുന്നേരം; വൈകിട്ട്; നാളെ; ഉച്ചയ്ക്ക്; ഉച്ചക്ക്; രാത്രി; പിന്നെ; കഴിഞ്ഞ്; vaikunneram; naale; pinne",
    "pa": "ਸ਼ਾਮ; ਕੱਲ੍ਹ; ਕੱਲ=; ਦੁਪਹਿਰ; ਰਾਤ=; ਬਾਅਦ; ਦੇਰ; shaam; kall; baad",
}
"""Per language, a time later than now (English's heard in every language)."""

COMING = {
    "en": "i'm coming; i am coming; i'll come; i will come; coming by; i'll be back; "
    "i'll drop by; i'm coming back",
    "hi": "आ रहा; आ रही; आऊंगा; आऊँगा; आऊंगी; आऊँगी; आता हूं; आता हूँ; आती हूं; आती हूँ; "
    "aa raha; aa rahi; aaunga; aaungi",
    "ta": "வரேன்; வர்றேன்; வருவேன்; varen; varuven",
    "te": "వస్తున్నా; వస్తాను; వస్తా=; vastunna*; vasta=; vastanu",
    "bn": "আসছি; আসব; আসবো; aschi; aschhi; asbo",
    "mr": "येतो; येते; येईन; yeto; yete; yein",
    "gu": "આવું; આવીશ; aavu; aavish",
    "kn": "ಬರ್ತೀನಿ; ಬರ್ತಾ ಇದೀನಿ; ಬರ್ತಾ ಇದ್ದೀನಿ; ಬರ್ತಿದ್ದೀನಿ; ಬರುತ್ತೇನೆ; barteeni; barthini",
    "ml": "വരാം; വരും=; വരുന്നുണ്ട്; varaam; varam",
    "pa": "ਆ ਰਿਹਾ; ਆ ਰਹੀ; ਆਵਾਂਗਾ; ਆਵਾਂਗੀ; ਆਉਂਦਾ ਹਾਂ; ਆਉਂਦੀ ਹਾਂ; aa reha; aavanga",
}
"""Per language, the speaker's own coming, present or future ("আসছি", "ಬರ್ತೀನಿ")."""

BRINGING = {
    "en": "fetch; pick up; to pick",
    "ta": "கூட்டிட்டு; கூட்டிக்கிட்டு; கூட்டிகிட்டு; koottittu; kootitu; koottikittu",
    "te": "పిలుచుకొని; పిలుచుకుని; piluchukoni",
    "kn": "ಕರ್ಕೊಂಡು; ಕರೆದುಕೊಂಡು; ಕರ್ಕೊಂಡ್; karkondu; karedukondu",
    "ml": "കൂട്ടിക്കൊണ്ട; കൂട്ടീട്ട്; കൂട്ടിയിട്ട്; koottikond*",
}
"""Per language, a word of fetching someone along, said before the coming verb ("ಕರ್ಕೊಂಡು
ಬರ್ತೀನಿ", "கூட்டிட்டு வருவேன்"). A word of bringing anything ("ದುಡ್ಡು ತಗೊಂಡು ಬರ್ತೀನಿ",
I'll come with the money; "দর্শন করে আসছি") keeps the coming: the speaker comes back."""


@lru_cache(maxsize=64)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {"later": LATER, "coming": COMING, "bringing": BRINGING}[table]
    return forms_in(language, source)


def _ends(table: str, words: list[str], i: int, language: str) -> list[int]:
    return [e for f in _forms(table, language) for e in [end_at(f, words, i)] if e is not None]


def brought(words: list[str], start: int, language: str) -> bool:
    """Whether the speaker's coming at `start` follows a word of bringing ("ಕರ್ಕೊಂಡು
    ಬರ್ತೀನಿ")."""
    if not _ends("coming", words, start, language):
        return False
    return any(
        start in _ends("bringing", words, i, language) for i in range(max(0, start - 3), start)
    )


def later_coming(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The span of the speaker's coming said with a later time beside it in its clause
    ("সন্ধেবেলা আসছি", "I'm coming by in the evening"), or None; a coming after a word of
    bringing is none."""
    for j in range(len(words)):
        for end in _ends("coming", words, j, language):
            if brought(words, j, language):
                continue
            for i in [*range(max(0, j - _NEAR), j), *range(end, min(len(words), end + _NEAR))]:
                if any(min(i, j) < b <= max(i, j) for b in punct):
                    continue
                for later in _ends("later", words, i, language):
                    return min(i, j), max(later, end)
    return None
