"""The speaker's coming said with a later time, and someone brought.

"টাকা সঙ্গে নেই, বিকেলে আবার আসছি" (no money on me, I'm coming again in the afternoon):
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
    "en": "evening; tonight; tomorrow; afternoon; later; in a while; in an hour; after lunch; "
    "after",
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

FIRST = {
    "en": "once i finish; once i'm done",
    "hi": "करके; करकर; बनाकर; बनाके; जाकर; जाके; निपटाकर; निपटा के; के बाद; karke; kar ke; "
    "banake; bana ke; jaake; jaa ke; ke baad",
    "ta": "முடிச்சிட்டு; முடிச்சுட்டு; சமைச்சிட்டு; பண்ணிட்டு; mudichittu; mudichuttu; pannittu",
    "te": "అయ్యాక; అయిన తర్వాత; చేసి; చేసుకుని; ayyaka; chesi",
    "bn": "করে=; সেরে; দিয়ে=; kore=; sere",
    "mr": "करून; आटपून; झाल्यावर; karun; aatpun; zalyavar",
    "gu": "કરીને; પતાવીને; પછી; kari ne; karine; patavi ne",
    "kn": "ಮಾಡಿ=; ಮುಗಿಸಿ; ಆದ್ಮೇಲೆ; ಆದಮೇಲೆ; mugisi; aadmele",
    "ml": "കഴിഞ്ഞ്; കഴിച്ചിട്ട്; ചെയ്തിട്ട്; kazhinju",
    "pa": "ਕਰਕੇ; ਕਰ ਕੇ; ਬਣਾ ਕੇ; ਬਣਾਕੇ; ਜਾ ਕੇ; ਹੋ ਕੇ; ਤੋਂ ਬਾਅਦ; karke; kar ke; bana ke; ja ke; ho ke",
}
"""Per language, something done first, before the coming verb ("खाना बनाकर आती हूँ",
"রান্না করে আসছি"): the coming after it is later, as with a time."""

COME_AND = {
    "en": "come and; come back and; come by and; come round and",
    "hi": "आकर; आके; aake; aakar; aa ke",
    "ta": "வந்து; vandhu; vanthu",
    "te": "వచ్చి; vachi; vacchi",
    "bn": "এসে; ese",
    "mr": "येऊन; yeun; yeoon",
    "gu": "આવીને; આવી ને; aavine; aavi ne",
    "kn": "ಬಂದು; bandu",
    "ml": "വന്ന്; വന്നു=; vannu",
    "pa": "ਆ ਕੇ; ਆਕੇ; aa ke; aake",
}
"""Per language, "having come" ("आकर", "வந்து"), before the speaker's taking."""

TAKING = {
    "en": "take; buy; collect; get; pick",
    "hi": "ले जाऊ; ले जाउ; लूंग; लूँग; लेंगे; ले लूंग; ले लूँग; le jaung*; le jaun*; lunga; lungi; "
    "le lunga; le lungi; lenge; करवा लूंग; करवा लूँग; करवाऊंग; करवाऊँग; karwa lung*",
    "ta": "வாங்கிக்கறேன்; வாங்கிக்கிறேன்; வாங்கிக்குவேன்; வாங்கறேன்; வாங்குறேன்; வாங்குவேன்; "
    "எடுத்துக்கறேன்; vaangaren; vaanguren; vaangikiren; vangikiren; vaangikaren; vangaren",
    "te": "తీసుకుంటా; తీసుకెళ్తా; తీసుకెళ్తాను; కొంటా; కొంటాను; కొనుక్కుంటా; teeskunta; teeskelta; "
    "teesukunta; konta; kontanu",
    "bn": "নেব; নেবো; নিয়ে যাব; নিয়ে যাবো; কিনব; কিনবো; nebo; niye jabo; kinbo",
    "mr": "घेऊन जाईन; घेऊन जाते; घेऊन जातो; घेईन; घेतो; घेते; gheun jain; gheun jaain; ghein; gheto; ghete",
    "gu": "લઈ જઈશ; લઇ જઈશ; લઈશ; લઇશ; lai jais; lai jaish; lais; laish",
    "kn": "ತಗೊಂಡು ಹೋಗ್ತೀನಿ; ತಗೋತೀನಿ; ತಗೊಳ್ತೀನಿ; ತೊಗೊಳ್ತೀನಿ; tagondu hogtini; tagotini; tagoltini; "
    "ಮಾಡಿಸ್ಕೊಳ್ತೀನಿ; ಮಾಡಿಸ್ಕೋತೀನಿ; ಮಾಡಿಸ್ತೀನಿ; madiskoltini; madiskotini",
    "ml": "വാങ്ങിക്കോളാം; വാങ്ങാം; എടുത്തോളാം; vangikkolam; vaangikkolam; vangam; vaangam",
    "pa": "ਲੈ ਜਾਵਾਂਗ; ਲਵਾਂਗ; ਲੈ ਲਵਾਂਗ; lai jaang*; lai javang*; lavang*",
}
"""Per language, the speaker's own taking or buying, to come ("ले जाऊँगा", "নেব"), or a
service had done ("ಸಂಜೆ ಬಂದು ಮಾಡಿಸ್ಕೊಳ್ತೀನಿ", I'll come and get it done in the evening): said
after "having come" it is a coming back, whatever the time."""

COMING = {
    "en": "i'm coming; i am coming; i'll come; i will come; coming by; i'll be back; "
    "i'll drop by; i'm coming back",
    "hi": "आ रहा; आ रही; आऊंगा; आऊँगा; आऊंगी; आऊँगी; आता हूं; आता हूँ; आती हूं; आती हूँ; "
    "aa raha; aa rahi; aaunga; aaungi; aata hoon; aata hun; aati hoon; aati hun",
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
    source = {
        "later": LATER,
        "first": FIRST,
        "coming": COMING,
        "bringing": BRINGING,
        "come_and": COME_AND,
        "taking": TAKING,
    }[table]
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
                for later in [*_ends("later", words, i, language), *_first(words, i, j, language)]:
                    return min(i, j), max(later, end)
    return come_and_take(words, language, punct)


def _first(words: list[str], i: int, coming: int, language: str) -> list[int]:
    """Where something done first ends, when it stands at `i` before the coming at `coming`."""
    return [e for e in _ends("first", words, i, language) if e <= coming]


def come_and_take(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The span of "having come" with the speaker's taking after it in its clause ("शाम को
    आकर पनीर ले जाऊँगा", "বিকেলে এসে নিয়ে যাব"), or None."""
    for j in range(len(words)):
        for end in _ends("come_and", words, j, language):
            for i in range(end, min(len(words), end + _NEAR)):
                if any(j < b <= i for b in punct):
                    break
                for taken in _ends("taking", words, i, language):
                    return j, taken
    return None
