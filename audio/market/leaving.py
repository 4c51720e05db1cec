"""Thanks said with leaving is a goodbye: "ok brother, thanks, I'll be going then",
"thanks dada, ashi tahole", "sari sir, thank you, hogi barthini", "sheri chechi, nanni,
irangatte". As "thank you, bye" says goodbye, so does thanks with a verb of the speaker's
going, coming away or leaving (`LEAVING`, per language in its script and romanized; in
Indian speech "I'll come" takes leave as often as "I'll go"), in the first person where
the third says something else ("ਘੜੀ ਚੱਲਦੀ ਹੈ", the watch runs, against "ਚੱਲਦੀ ਹਾਂ").

The verbs alone are not read here ("వస్తాను" alone may be a coming back, "ಬರುತ್ತೀನಿ
ನಾಳೆ" one with a time, `audio.market.coming`): only beside thanks, where nothing but
leaving is meant. A later time or something brought with them is still read after (the
coming back, the fetching) and overrides the goodbye. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import end_at, forms_in

THANKS = "thanks"
GOODBYE = "goodbye"

LEAVING = {
    "en": "i'll be going; i'll be coming; i'll be leaving; i'm leaving; i'm going; i'll go; "
    "i'll come then; i'm off; i'll leave; leaving now; going now; i'll move; i'll push off; "
    "i'll come again; will come again; i will come again; we'll come again",
    "hi": "चलता हूँ; चलता हूं; चलती हूँ; चलती हूं; चलता हु; चलूँ; चलूं; निकलता हूँ; "
    "निकलता हूं; निकलती हूँ; निकलती हूं; जाता हूँ; जाती हूँ; chalta hoon; chalta hu; "
    "chalti hoon; chalti hu; chalun; chalu=; nikalta hoon; nikalta hu; nikalti hoon; "
    "nikalti hu; jata hoon; jata hu; jati hoon; jati hu; फिर आऊँगा; फिर आऊंगा; फिर आऊँगी; "
    "फिर आऊंगी; phir aaunga; phir aaungi; fir aaunga; fir aaungi",
    "ta": "வரேன்; வர்றேன்; வாரேன்; கிளம்பறேன்; கிளம்புறேன்; போறேன்; varen; varren; "
    "vaaren; kilamburen; kelamburen; kilambaren; poren; porren; poittu varen",
    "te": "వెళ్తాను; వెళ్తా; వెళ్ళొస్తా; వెళ్లొస్తా; వస్తాను; వస్తా; బయలుదేర; ఉంటాను; "
    "veltanu; veltaanu; veltha; velta; vellosta; vellostha; vastanu; vasthanu; vasta; "
    "vastha; untanu; untaanu; bayaluderta",
    "bn": "আসি; আসছি; চলি; উঠি; ashi; asi; aschi; ashchi; aashi; choli; chali; uthi",
    "mr": "येतो; येते; निघतो; निघते; yeto; yete; nighto; nighte; पुन्हा येईन; punha yein",
    "gu": "જાઉં છું; જાઉ છું; જાઉં; નીકળું; નીકળું છું; આવું; jau chhu; jau chu; jaun; niklu; nikdu; "
    "aavu chhu; ફરી આવીશ; fari aavish",
    "kn": "ಬರ್ತೀನಿ; ಬರುತ್ತೀನಿ; ಬರ್ತೀನ; ಬರ್ತಿನಿ; ಹೋಗ್ತೀನಿ; ಹೋಗುತ್ತೀನಿ; ಹೊರಡ್ತೀನಿ; ಹೊರಡುತ್ತೀನಿ; "
    "barteeni; bartini; barthini; baruttini; baruthini; barutheeni; hogteeni; hogtini; "
    "hogthini; horadteeni; horadtini",
    "ml": "പോകട്ടെ; പോട്ടെ; ഇറങ്ങട്ടെ; പോവാ; pokatte; pokkatte; potte; irangatte; povatte; povaa",
    "pa": "ਚੱਲਦਾ ਹਾਂ; ਚਲਦਾ ਹਾਂ; ਚੱਲਦੀ ਹਾਂ; ਚਲਦੀ ਹਾਂ; ਜਾਂਦਾ ਹਾਂ; ਜਾਂਦੀ ਹਾਂ; ਨਿਕਲਦਾ ਹਾਂ; "
    "chalda haan; chalda han; chaldi haan; jaanda haan; janda haan; jaandi haan; "
    "nikalda haan; ਚੰਗਾ ਫਿਰ; ਚੰਗਾ ਫੇਰ; ਚੰਗਾ ਜੀ ਫਿਰ; changa phir; changa fer; changa fir",
}
"""Per language, the speaker's leaving: going, coming away, setting off, or taking leave
("ਚੰਗਾ ਫਿਰ", well then; English's heard in every language)."""


def left_with_thanks(words: list[str], language: str, acts: set[str]) -> list[tuple[int, int]]:
    """The spans of the verbs of leaving in a line that thanks (`acts` holds the acts heard
    in it); none where it does not."""
    if THANKS not in acts:
        return []
    out = []
    for i in range(len(words)):
        for f in forms_in(language, LEAVING):
            end = end_at(f, words, i)
            if end is not None:
                out.append((i, end))
                break
    return out


BLESSING = {
    "en": "god bless; god bless you; god keep you; may god keep you; stay blessed; khuda hafiz",
    "hi": "भगवान भला करे; भगवान भला करें; ऊपर वाला भला करे; खुदा हाफ़िज़; ख़ुदा हाफ़िज़; खुदा "
    "हाफिज; जीते रहो; जीती रहो; bhagwan bhala kare; upar wala bhala kare; jeete raho",
    "ta": "கடவுள் காப்பாத்தட்டும்; ஆண்டவன் காப்பாத்துவான்; நல்லா இருங்க; நல்லா இருப்பீங்க; nalla irunga",
    "te": "దేవుడు చల్లగా చూడాలి; దేవుడు చల్లగా చూస్తాడు; చల్లగా ఉండండి; challaga undandi",
    "bn": "ভগবান মঙ্গল করুক; ভগবান ভালো রাখুক; ঈশ্বর ভালো রাখুন; ভালো থাকবেন; ভালো থেকো; bhalo "
    "thakben; bhalo theko",
    "mr": "देव भलं करो; देव भले करो; देव तुमचं भलं करो; सुखी रहा; dev bhala karo",
    "gu": "ભગવાન ભલું કરે; ભગવાન સુખી રાખે; સુખી રહો; bhagwan bhalu kare",
    "kn": "ದೇವರು ಒಳ್ಳೇದು ಮಾಡಲಿ; ದೇವರು ಚೆನ್ನಾಗಿಟ್ಟಿರಲಿ; ಚೆನ್ನಾಗಿರಿ; devru olledu madli",
    "ml": "ദൈവം അനുഗ്രഹിക്കട്ടെ; ദൈവം കാക്കട്ടെ; നന്നായി വരട്ടെ; daivam anugrahikkatte",
    "pa": "ਰੱਬ ਰਾਖੇ; ਰੱਬ ਭਲਾ ਕਰੇ; ਵਾਹਿਗੁਰੂ ਭਲਾ ਕਰੇ; ਜਿਊਂਦੇ ਰਹੋ; ਜੀਉਂਦੇ ਰਹੋ; rabb rakha; rab "
    "rakha; rabb rakhe; jeonde raho",
}
"""Per language, parting blessings ("God keep you", "ਰੱਬ ਰਾਖੇ", "जीते रहो"): said to the
listener as the talk ends, they take leave, whoever else the line names ("thanks son,
live long")."""


def blessed(words: list[str], language: str) -> list[tuple[int, int]]:
    """The spans of parting blessings in the line."""
    return [
        (i, end)
        for i in range(len(words))
        for f in forms_in(language, BLESSING)
        for end in [end_at(f, words, i)]
        if end is not None
    ]


AGAIN = {
    "en": "again",
    "hi": "फिर; दोबारा; phir; fir; dobara",
    "ta": "மறுபடியும்; மறுபடி; marupadiyum; marupadi",
    "te": "మళ్ళీ; మళ్లీ; malli",
    "bn": "আবার; abar; aabar",
    "mr": "पुन्हा; punha",
    "gu": "ફરી; fari; phari",
    "kn": "ಮತ್ತೆ; matte",
    "ml": "വീണ്ടും; veendum",
    "pa": "ਫਿਰ; ਦੁਬਾਰਾ; phir; fir; dubara",
}
"""Per language, "again": "thanks, I'll come again" with no time takes leave."""


def come_again(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the coming at [start, end) is said "again" (the word in it or just before
    it): beside thanks and with no time ("ధన్యవాదాలు, మళ్ళీ వస్తా") a farewell, no
    coming back later."""
    return any(
        end_at(f, words, i) is not None
        for i in range(max(0, start - 2), end)
        for f in forms_in(language, AGAIN)
    )
