"""Goods called by the place they are known to come from claim their origin: "Erode
turmeric", "Nashik grapes", "रत्नागिरीचा हापूस, थेट तिथून", "ஈரோடு மஞ்சள்", "মালদার আম".
A market's produce is named by its growing region (many carry a geographical indication),
and a vendor naming it so vouches for where it comes from (`claim_origin`).

`PLACES` lists, per language, the growing regions known for market produce (English's,
romanized, heard in every language). A place said in a line claims the origin unless a
word of travel, living or a journey stands in the line (`TRAVEL`): "I'm going to Nashik
tomorrow", "मेरी बहन शिमला में रहती है" name a place, no goods' origin. Words are matched
like cues (see `audio.market.phrases`).

A place's name is heard with its case endings too: Malayalam's final chillu turns into
its consonant ("മൂന്നാറിലെ", of Munnar) and a final "u" in Tamil, Telugu and Kannada gives
way to the ending ("ಮೈಸೂರಿನ", of Mysore), though never left bare ("ಮೈಸೂರ್ ಪಾಕ್" is a
sweet). In Marathi a place with "from" fused to it is the goods' origin beside a verb of
goods brought, ordered or come ("ही द्राक्षं नाशिकहून आलीत"), whence a person comes
otherwise.
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import STEM_MIN, Form, at, end_at, forms, forms_in

ORIGIN = "claim_origin"

PLACES = {
    "en": "jamnagar; kanchipuram; kanjeevaram; jaipur; sanganer; bagru; lucknow; chanderi; "
    "maheshwar; paithan; patan; pochampally; channapatna; moradabad; sambalpur; bhuj; "
    "nashik; nasik; ratnagiri; devgad; devgadh; erode; guntur; salem; malda; shimla; "
    "kashmir; kashmiri; darjeeling; coorg; kodagu; mysore; mysuru; ooty; nilgiri; nilgiris; "
    "kolhapur; sangli; jalgaon; nagpur; banaras; benaras; varanasi; malihabad; bikaner; "
    "mathura; bhagalpur; muzaffarpur; byadgi; lasalgaon; mahabaleshwar; alibaug; solapur; "
    "kutch; junagadh; valsad; amritsar; ratlam; mangalore; udupi; wayanad; idukki; munnar; "
    "palakkad; pollachi; theni; kumbakonam; tirunelveli; dindigul; kodaikanal; "
    "banganapalle; nellore; araku; murshidabad; krishnanagar; abohar; dharwad; bardhaman; "
    "burdwan; sundarban; sundarbans; basirhat; bankura; jalpaiguri; kuttanad; thalassery; "
    "tellicherry; chikmagalur; chikkamagaluru; mandya; kolar; madanapalle; kakinada; "
    "atreyapuram; srivilliputhur; kovilpatti; manapparai; lasalgaon",
    "hi": "जामनगर; कांचीपुरम; जयपुर; सांगानेर; लखनऊ; चंदेरी; महेश्वर; पैठण; पैठणी; मुरादाबाद; भुज; "
    "नासिक; नाशिक; रत्नागिरी; देवगढ़; देवगड; इरोड; गुंटूर; सेलम; मालदा; शिमला; कश्मीर; "
    "दार्जिलिंग; कूर्ग; मैसूर; ऊटी; नीलगिरी; कोल्हापुर; नागपुर; बनारस; मलिहाबाद; बीकानेर; "
    "मथुरा; भागलपुर; मुजफ्फरपुर; मुज़फ़्फ़रपुर; महाबलेश्वर; अमृतसर; रतलाम; कच्छ",
    "ta": "காஞ்சிபுர; காஞ்சீபுர; "
    "ஈரோடு; ஈரோட்டு; சேலம்; மதுரை; திண்டுக்கல்; கொடைக்கானல்; ஊட்டி; நீலகிரி; "
    "பொள்ளாச்சி; தேனி; கும்பகோணம்; திருநெல்வேலி; ரத்னகிரி; நாசிக்; குண்டூர்; காஷ்மீர்; "
    "சிம்லா; மைசூர்; கூர்க்; ஸ்ரீவில்லிபுத்தூர்; கோவில்பட்டி; மணப்பாறை",
    "te": "పోచంపల్లి; ధర్మవరం; "
    "గుంటూరు; బంగినపల్లి; బనగానపల్లి; నెల్లూరు; అరకు; నాసిక్; రత్నగిరి; ఈరోడ్; సేలం; కాశ్మీర్; సిమ్లా; మైసూర్; ఊటీ; "
    "మదనపల్లె; కాకినాడ; ఆత్రేయపురం",
    "bn": "শান্তিপুর; বিষ্ণুপুর; "
    "মালদা; মালদহ; দার্জিলিং; মুর্শিদাবাদ; কৃষ্ণনগর; জয়নগর; নাসিক; রত্নাগিরি; "
    "কাশ্মীর; শিমলা; গুন্টুর; ইরোড; ভাগলপুর; বর্ধমান; সুন্দরবন; বসিরহাট; বাঁকুড়া; জলপাইগুড়ি",
    "mr": "पैठण; पैठणी; जामनगर; "
    "नाशिक; नासिक; रत्नागिरी; देवगड; कोल्हापूर; सांगली; जळगाव; नागपूर; महाबळेश्वर; "
    "लासलगाव; अलिबाग; सोलापूर; गुंटूर; इरोड; सेलम; काश्मीर; मालदा; शिमला",
    "gu": "જામનગર; પાટણ; ભુજ; જયપુર; કાંચીપુરમ; લખનઉ; "
    "નાસિક; નાશિક; રત્નાગિરી; દેવગઢ; ગીર=; જૂનાગઢ; વલસાડ; કચ્છ; ઇરોડ; ગુંટુર; કાશ્મીર; "
    "શિમલા; મહાબળેશ્વર",
    "kn": "ಚನ್ನಪಟ್ಟಣ; ಇಳಕಲ್; "
    "ಮೈಸೂರು; ಕೊಡಗು; ಕೂರ್ಗ್; ಬ್ಯಾಡಗಿ; ಮಂಗಳೂರು; ಉಡುಪಿ; ಧಾರವಾಡ; ನಾಸಿಕ್; ರತ್ನಗಿರಿ; ಈರೋಡ್; ಗುಂಟೂರು; ಕಾಶ್ಮೀರ; ಶಿಮ್ಲಾ; ಊಟಿ; "
    "ಚಿಕ್ಕಮಗಳೂರು; ಮಂಡ್ಯ; ಕೋಲಾರ",
    "ml": "ബാലരാമപുരം; കാഞ്ചീപുരം; "
    "വയനാട്; ഇടുക്കി; മൂന്നാർ; പാലക്കാട്; നാസിക്; രത്നഗിരി; ഈറോഡ്; ഗുണ്ടൂർ; "
    "കാശ്മീർ; ഷിംല; ഊട്ടി; കൊടൈക്കനാൽ; മൈസൂർ; കൂർഗ്; കുട്ടനാട്; തലശ്ശേരി",
    "pa": "ਪਟਿਆਲਾ; ਜੈਪੁਰ; ਲਖਨਊ; "
    "ਅੰਮ੍ਰਿਤਸਰ; ਜਲੰਧਰ; ਹੁਸ਼ਿਆਰਪੁਰ; ਅਬੋਹਰ; ਨਾਸਿਕ; ਰਤਨਾਗਿਰੀ; ਕਸ਼ਮੀਰ; ਸ਼ਿਮਲਾ; ਗੁੰਟੂਰ; ਇਰੋਡ; ਮਲੀਹਾਬਾਦ",
}
"""Per language, growing regions known for market produce."""

TRAVEL = {
    "en": "go; going; went; gone; live; lives; living; stay; stays; staying; visit*; trip; "
    "tour; ticket; tickets; bus; train; flight; relatives; posted; transfer*; moved; "
    "shifted; married; road; km; far; holiday; coming; arriving; tomorrow; yesterday; rain; "
    "weather; dust; express; mail=; superfast; "
    "passenger; platform",
    "hi": "जा; जाना; जाऊंगा; जाएंगे; गया; गई; गए; रहता; रहती; रहते; घूम; टिकट; ट्रेन; बस=; "
    "ससुराल; मायके; दूर; jaa*; ja=; jana; gaya; gayi; gaye; rehta; rehti; rehte; ghoom*; "
    "sasural; door; आ रहा; आ रही; आएगा; आएगी; बारिश; aa raha; aa rahi; aayega; aayegi; barish; "
    "एक्सप्रेस; मेल=; प्लेटफॉर्म",
    "ta": "போற; போறேன்; போனேன்; போயிட்டு; இருக்காங்க; வீடு; டிக்கெட்; பஸ்; ட்ரெயின்; "
    "தூரம்; poren; ponen; poittu; veedu; எக்ஸ்பிரஸ்; மெயில்=; ரோடு; ரோட்டு; பைபாஸ்; போகுது; "
    "road=; rodu",
    "te": "వెళ్తున్న; వెళ్ళా; వెళ్లా; వెళ్తా; ఉంటారు; ఉంటాడు; ఇల్లు; టికెట్; బస్సు; ట్రైన్; "
    "దూరం; velthunna*; vella*; untaru; ఎక్స్‌ప్రెస్; ఎక్స్ప్రెస్; మెయిల్=; రోడ్డు; దారి",
    "bn": "যাব; যাচ্ছি; গিয়েছিলাম; গেছি; থাকে; থাকি; বাড়ি; টিকিট; বাস=; ট্রেন; দূর; jabo; "
    "jacchi; thake; bari; এক্সপ্রেস; মেল=",
    "mr": "जाणार; जातो; जाते; गेलो; गेले; राहतो; राहते; राहतात; घर=; तिकीट; बस=; ट्रेन; लांब; "
    "janar; jato; gelo; rahto; rahte; येतो; येते; येणार; उद्या; परवा; "
    "पाऊस; yeto; yete; yenar; udya; parva; paus; एक्सप्रेस; मेल=",
    "gu": "જવાન; જઉં; જાઉં; ગયો; ગયા; ગઈ; રહે; ઘર=; ટિકિટ; બસ=; ટ્રેન; દૂર; javu; jau; gayo; gaya; "
    "rahe; એક્સપ્રેસ; મેલ=",
    "kn": "ಹೋಗ; ಹೋದ; ಹೋಗ್ತೀನಿ; ಇರ್ತಾರೆ; ಇದ್ದಾರೆ; ಮನೆ; ಟಿಕೆಟ್; ಬಸ್; ಟ್ರೈನ್; ದೂರ; hoga*; "
    "hoda*; hogtini; mane; ಬರ್ತಾ; ಮಳೆ; ನಾಳೆ; barta*; male; naale; "
    "ಎಕ್ಸ್‌ಪ್ರೆಸ್; ಎಕ್ಸ್ಪ್ರೆಸ್; ಮೇಲ್=; ರಸ್ತೆ; ರೋಡ್",
    "ml": "പോക; പോയി; പോകുന്നു; താമസ; വീട്; ടിക്കറ്റ്; ബസ്; ട്രെയിൻ; ദൂര; pokan*; poyi; thamasam; "
    "veedu; എക്സ്പ്രസ്; മെയിൽ=; റോഡ്; വഴി",
    "pa": "ਜਾਣ; ਜਾਵਾਂ; ਗਿਆ; ਗਈ; ਗਏ; ਰਹਿੰਦ; ਘਰ=; ਟਿਕਟ; ਬੱਸ=; ਟ੍ਰੇਨ; ਦੂਰ; jana; gaya; rehnd*; "
    "ਐਕਸਪ੍ਰੈਸ; ਐਕਸਪ੍ਰੈੱਸ; ਮੇਲ=",
}
"""Per language, words of going, living or a journey: a place said with them is where
someone goes or lives, someone comes from, or the weather there, or a train named after it
("the Mysore Express is late"): no origin of the goods. The speaker's people coming from a
place ("my son came from Abohar") are told by `audio.market.person_came`: a kin word alone
is no journey ("बेटा, ये सेब शिमला के हैं" calls the listener, the apples are Shimla's)."""


LOCATIVE = {
    "en": "in; at; to; near; around",
    "hi": "में; को; तक; mein; me=; ko; tak",
    "ta": "ல=; போய்; poi",
    "te": "లో=; కి=; lo=; ki=",
    "bn": "এ=; তে=; te=",
    "mr": "ला=; मध्ये; la=; madhye",
    "gu": "માં; મા=; ma=; maa",
    "kn": "ಅಲ್ಲಿ; ಗೆ=; alli; ge=",
    "ml": "ഇൽ; il=",
    "pa": "ਵਿੱਚ; ਵਿਚ; ਨੂੰ; vich; nu",
}
"""Per language, "in", "at", "to" beside a place: a place someone is in or goes to."""

ABLATIVE_ENDINGS = ("हून", "हुन", "ahun", "hun")
"""A place with "from" fused to it ("नाशिकहून येतो", comes from Nashik) is whence
someone comes, said of a person in Marathi; goods' origin is said with "चा"/"ची", or
with "straight" before the place (`_STRAIGHT`)."""


_STRAIGHT = frozenset({"थेट", "thet", "सरळ", "saral"})
"""Marathi "straight" before a place with "from" fused to it ("थेट काश्मीरहून आलेत"):
goods come straight from where they grow; a person is said to come from a place."""

GOODS_CAME = "आणल; मागवल; आलीत; आलेत; आल्यात; येतात; aanla*; anla*; magval*; alit=; alet=; yetat"
"""Marathi verbs of goods brought, ordered or come (plural, "these have come"): with them a
place with "from" fused to it ("ही द्राक्षं नाशिकहून आलीत", "नाशिकहून मागवलेत") is where
the goods come from; one person comes ("नाशिकहून येतो")."""

DATIVE_ENDINGS = ("க்கு", "ukku", "kku", "కి", "కు", "ಗೆ", "ಕ್ಕೆ", "ക്ക്", "ലേക്ക്")
"""A place with "to" fused to it ("மதுரைக்கு இந்த ரோடு போகுதா?", does this road go to
Madurai?) is where someone goes; goods' origin is never said with "to"."""


_CHILLU = {"ൻ": ("ന",), "ൺ": ("ണ",), "ർ": ("റ", "ര"), "ൽ": ("ല",), "ൾ": ("ള",)}
"""Malayalam chillu letters and the consonants they turn into before a case ending
("മൂന്നാർ" → "മൂന്നാറിലെ", "കാശ്മീർ" → "കാശ്മീരിൽ")."""

_FINAL_U = ("ு", "ు", "ು")
"""A place's final "u" that a case ending replaces ("ಮೈಸೂರು" → "ಮೈಸೂರಿನ", "గుంటూరు" →
"గుంటూరిలో", "ஈரோடு" → "ஈரோடில்")."""


def _inflected(place: Form) -> list[Form]:
    """The stems a place's name takes before a case ending, as forms of their own."""
    last, _ = place[-1]
    stems: list[str] = []
    if last and last[-1] in _CHILLU:
        stems = [last[:-1] + c for c in _CHILLU[last[-1]]]
    elif last.endswith(_FINAL_U):
        stems = [last[:-1]]
    return [(*place[:-1], (stem, True)) for stem in stems if len(stem) >= STEM_MIN]


_VIRAMA = ("\u0bcd", "\u0c4d", "\u0ccd", "\u0d4d")


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    if table == "came":
        return forms(GOODS_CAME) if language == "mr" else ()
    if table == "inflected":
        return tuple(f for place in _forms("place", language) for f in _inflected(place))
    return forms_in(language, {"place": PLACES, "travel": TRAVEL, "at": LOCATIVE}[table])


def _bare_stem(place: Form, word: str, language: str) -> bool:
    """Whether `word` holds an inflected stem of a place (`_inflected`) with no case
    ending after it: "ಮೈಸೂರ್ ಪಾಕ್" (Mysore pak, a sweet) names no place's goods."""
    if place not in _forms("inflected", language):
        return False
    rest = word[len(place[-1][0]) :]
    return rest == "" or rest.startswith(_VIRAMA)


def _to_place(place: Form, word: str) -> bool:
    """Whether `word`, the place's last, carries a fused "to" past the place's own name
    ("மதுரைக்கு"; "అరకు" is the place itself)."""
    return len(word) > len(place[-1][0]) and word[len(place[-1][0]) :].endswith(DATIVE_ENDINGS)


def place_named(words: list[str], language: str) -> list[tuple[int, int]]:
    """The spans of growing regions the line names as its goods' origin (see above)."""
    out = []
    for i in range(len(words)):
        for f in _forms("place", language) + _forms("inflected", language):
            end = end_at(f, words, i)
            if end is None or _bare_stem(f, words[end - 1], language):
                continue
            beside = [k for k in (i - 1, end) if 0 <= k < len(words)]
            located = any(at(g, words, k) for k in beside for g in _forms("at", language))
            direct = (i > 0 and words[i - 1] in _STRAIGHT) or any(
                at(g, words, k) for k in range(end, len(words)) for g in _forms("came", language)
            )
            if (
                not located
                and (direct or not words[end - 1].endswith(ABLATIVE_ENDINGS))
                and not _to_place(f, words[end - 1])
            ):
                out.append((i, end))
            break
    if out and any(at(f, words, i) for i in range(len(words)) for f in _forms("travel", language)):
        return []
    return out
