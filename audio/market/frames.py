"""Words that say an act only in its market frame: "free" asks for something extra only
beside a giving word ("put some coriander free"), never in "are you free tomorrow?";
"दूसरा" asks for other goods only beside a showing word or a kind ("दूसरा दिखाओ", "दूसरी
किस्म"), never in "दूसरा दिन"; "నేరుగా" (straight) claims the farm only beside a farm
or a bringing word ("పల్లె నుంచి నేరుగా తెచ్చాం"), never in "నేరుగా వెళ్ళండి".

Such a cue is written with a leading "~" in the table (`audio.market.inventory`); it is
heard only when a word of its act's frame (`FRAMES`, the speaker's language's and
English's) stands in the line outside the cue. Words are matched like cues: an Indic
word of three letters or more also as a stem, unless it ends in "="; a Latin word as
written unless it ends in "*".
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms_in

_GIVE = {
    "en": "give; put; add; throw in; on top; one more; extra",
    "hi": "डाल; दे=; दो=; देना; दीजिए; दीजिये; दे दो; daal*; dal*; de=; do=; dena",
    "ta": "போடு; குடு; கொடு; தாங்க; தருவீங்களா; தரமாட்டீங்களா; podu*; kudu*; kodu*; thaanga; "
    "tharuveengala; tharamatteengala",
    "te": "వేయ; వెయ్య; వేసి; ఇవ్వ; ఇస్తారా; ఇవ్వరా; veyy*; vey*; ivv*; istara; ivvara",
    "bn": "দিন=; দাও=; দেবেন; দিয়ে; দিয়ো; din=; dao=; diye",
    "mr": "टाका; टाक=; घाला; घाल=; द्या; दे=; taka; ghala; dya",
    "gu": "નાખ; આપો; આપજો; આપી; nakh*; aapo; apo",
    "kn": "ಹಾಕಿ; ಹಾಕು; ಹಾಕ್ರಿ; ಕೊಡಿ; ಕೊಡ್ರಿ; ಕೊಡು; ಕೊಡ್ತೀರಾ; ಕೊಡ್ತೀರ; ಕೊಡುತ್ತೀರಾ; haaki; haku; kodi; kodtira",
    "ml": "ഇട്ട; ഇടൂ; ഇട്=; താ=; തരൂ; തരുമോ; തന്നേക്ക; തരില്ലേ; തരാമോ; ittekk*; idu; tha=; "
    "tharu; tharumo; tharamo; thannekk*; tharille; tharaamo",
    "pa": "ਪਾ=; ਪਾ ਦਿਓ; ਦਿਓ; ਦੇ=; ਦੇ ਦਿਓ; pa=; dio; de=; do=",
}

_SERVICE = {
    "en": "massage; shave; shaving; haircut; cutting; trim; polish; ironing; press; facial; "
    "champi; oil; wash; flower; design; mehndi; mehendi",
    "hi": "मालिश; मसाज; दाढ़ी; शेव; कटिंग; पॉलिश; प्रेस; चंपी; malish; massage; shave; "
    "cutting; polish; press; champi; फूल; डिज़ाइन; डिजाइन; मेहंदी; phool; design",
    "ta": "மசாஜ்; ஷேவ்; ஷேவிங்; கட்டிங்; பாலிஷ்; அயர்ன்; massage; shave; shaving; cutting; பூ=; "
    "டிசைன்; மருதாணி; மெஹந்தி",
    "te": "మసాజ్; షేవ్; షేవింగ్; కటింగ్; గడ్డం; పాలిష్; ఇస్త్రీ; massage; shave; shaving; "
    "cutting; పువ్వు; డిజైన్; గోరింటాకు; మెహందీ",
    "bn": "মাসাজ; ম্যাসাজ; দাড়ি; শেভ; কাটিং; পালিশ; ইস্ত্রি; massage; shave; cutting; ফুল; ডিজাইন; মেহেন্দি",
    "mr": "मालिश; मसाज; दाढी; शेव; कटिंग; पॉलिश; इस्त्री; massage; shave; cutting; फूल; डिझाइन; मेहंदी",
    "gu": "માલિશ; મસાજ; દાઢી; શેવ; કટિંગ; પોલિશ; ઇસ્ત્રી; massage; shave; cutting; ફૂલ; ડિઝાઇન; મહેંદી",
    "kn": "ಮಸಾಜ್; ಶೇವ್; ಶೇವಿಂಗ್; ಕಟಿಂಗ್; ಗಡ್ಡ; ಪಾಲಿಶ್; ಇಸ್ತ್ರಿ; massage; shave; shaving; cutting; "
    "ಹೂವು; ಹೂ=; ಡಿಸೈನ್; ಮೆಹಂದಿ",
    "ml": "മസാജ്; ഷേവ്; ഷേവിന; കട്ടിങ്; കട്ടിംഗ്; പോളിഷ്; ഇസ്തിരി; massage; shave; cutting; പൂവ്; "
    "ഡിസൈൻ; മൈലാഞ്ചി",
    "pa": "ਮਾਲਿਸ਼; ਮਸਾਜ; ਦਾੜ੍ਹੀ; ਸ਼ੇਵ; ਕਟਿੰਗ; ਪਾਲਿਸ਼; ਪ੍ਰੈਸ; massage; shave; cutting; ਫੁੱਲ; ਡਿਜ਼ਾਈਨ; ਮਹਿੰਦੀ",
}
"""Per language, a service done at a barber's, a cobbler's or an ironing stall, or a design
drawn at a mehndi stall ("draw one small flower free"): with a
verb of doing (`_DONE`) beside it, "free" asks for it done as an extra ("షేవింగ్ తో పాటు
తల మసాజ్ ఫ్రీగా చేయండి"), as a giving word does for goods."""

_DONE = {
    "en": "do; doing; draw; make",
    "hi": "कर दो; कर देना; कर दीजिए; कर दीजिये; करोगे; kar do; kar dena; karoge; बना दो; "
    "बना देना; लगा दो; bana do; laga do",
    "ta": "பண்ணுங்க; பண்ணுவீங்களா; பண்ணி; செய்யுங்க; செஞ்சு; pannunga; panni*; போட்டு; வரைஞ்சு; வரைங்க",
    "te": "చేయండి; చెయ్యండి; చేస్తారా; చేసి; చేయ; cheyandi; cheyyandi; chestara; గీయండి; వేసివ్వండి",
    "bn": "করে দিন; করে দেবেন; kore din; kore deben; এঁকে দিন; aanke din",
    "mr": "करा=; करून द्या; करणार; kara; karun dya; काढून द्या; काढा=; kadhun dya",
    "gu": "કરી દો; કરી આપો; કરજો; kari do; kari aapo; મૂકી દો; મૂકી આપો; બનાવી દો; muki do",
    "kn": "ಮಾಡಿ; ಮಾಡ್ತೀರಾ; ಮಾಡ್ತೀರ; ಮಾಡ್ಕೊಡಿ; maadi; madi; madtira; ಬಿಡಿಸಿ; ಹಾಕಿ ಕೊಡಿ",
    "ml": "ചെയ്യ്; ചെയ്യൂ; ചെയ്യുമോ; ചെയ്ത് താ; ചെയ്തു താ; cheyy*; വരച്ചു താ; ഇട്ടു താ",
    "pa": "ਕਰ ਦਿਓ; ਕਰ ਦੇਣਾ; ਕਰੋਗੇ; kar dio; karoge; ਬਣਾ ਦਿਓ; ਲਾ ਦਿਓ; bana dio; la dio",
}
"""Per language, verbs of doing a service or drawing a design ("do it", "will you do?",
"draw", "बना दो")."""

_SHOW = {
    "en": "show; give; one; ones; kind; variety; have; any; take out; pick out",
    "hi": "दिखा; दे=; दो=; दीजिए; वाला; वाले; वाली; किस्म; क्या; चाहिए; dikha*; wala; wale; "
    "vala; vale; kya; निकाल; nikal*",
    "ta": "காட்டு; ரகம்; குடு; கொடு; இருக்கா; வேணும்; kaattu*; kudu*; kodu*; எடு",
    "te": "చూపించ; రకం; ఇవ్వ; ఉందా; కావాలి; chupinch*; ivv*; తీయ; తియ్య",
    "bn": "দেখা; জাত; দাও=; আছে; লাগবে; গুলো; dekha*; বার কর; বের কর",
    "mr": "दाखव; द्या; जात; वाल; का=; हवं; हवे; dakhav*; dakhva*; काढ; kadha",
    "gu": "બતાવ; આપો; જાત; વાળ; છે ?; જોઈએ; batav*; aapo; કાઢ",
    "kn": "ತೋರಿಸ; ಕೊಡಿ; ಜಾತಿ; ಇದೆಯಾ; ಬೇಕು; torisi; kodi; ತೆಗೀ; ತೆಗಿ; ತೆಗೆ",
    "ml": "കാണിക്ക; ഇനം; താ=; ഉണ്ടോ; വേണം; kaanikk*; tha=; എടുക്ക",
    "pa": "ਵਿਖਾ; ਦਿਖਾ; ਦਿਓ; ਕਿਸਮ; ਵਾਲ; ਹੈ ?; ਚਾਹੀਦ; dikhao; vikhao; ਕੱਢ",
}

_FARM = {
    "en": "farm; field; village; garden; brought; grown",
    "hi": "खेत; गाँव; गांव; बाग; लाया; लाए; khet; gaon",
    "ta": "தோட்ட; பண்ணை; கிராம; கொண்டு வந்த",
    "te": "తెచ్చ; తోట; పొలం; పల్లె",
    "bn": "এনেছি; আনা=; খেত; ক্ষেত; গ্রাম; বাগান",
    "mr": "आणल; शेत; गाव; मळ",
    "gu": "લાવ્ય; ખેતર; ગામ; વાડી",
    "kn": "ತಂದ; ತೋಟ; ಹೊಲ; ಹಳ್ಳಿ",
    "ml": "കൊണ്ടുവ; തോട്ട; നാട്ടി; പറമ്പ",
    "pa": "ਲਿਆਂਦ; ਖੇਤ; ਪਿੰਡ",
}

_PICK = {
    "en": "pick; choose; select; sort; net; catch; scoop; fish out; take out",
    "hi": "छांट; छाँट; चुन; निकाल; देख; ले ल",
    "ta": "பொறுக்; எடுக்க; எடுத்துக்; தேர்ந்த; பாத்து; பிடிச்சுக்; பிடிக்க; porukk*; edukk*; pidichuk*",
    "te": "ఏరు; ఎంచు; తీసుకు; చూసి; పట్టుకో; eruku*; enchu*; pattuko*",
    "bn": "বেছে; বাছ; নেব; নিই; তুলে; তুলতে; beche; nebo; tule; tulte",
    "mr": "निवड; वेच; घेते; घेतो; घेऊ; काढू; काढून; nivad*; kadhu",
    "gu": "વીણ; પસંદ; લઉં; કાઢી; vini; lau",
    "kn": "ಆರಿಸ; ಆಯ್ಕೆ; ತಗೊ; ತೆಗೆದು; ಹಿಡೀ; ಹಿಡಿಯ; aaris*",
    "ml": "തിരഞ്ഞെടു; പെറുക്ക; എടുക്ക; എടുത്തോ; പിടിച്ചോ; പിടിക്ക; edukk*; eduttho*; pidicho*",
    "pa": "ਚੁਣ; ਛਾਂਟ; ਲਵਾਂ; ਕੱਢ; chun",
}
"""Picking oneself: choosing, sorting, or the fish netted or caught ("can I net the fish
myself?", "ಮೀನು ನಾನೇ ಬಲೆಯಲ್ಲಿ ಹಿಡೀಬಹುದಾ?")."""

_GONE = {
    "en": "all; today; sold; size; colour; color; number",
    "bn": "সব=; সবই; হয়ে; গেছে; গেল; আজ=; আজকে; নেই; আসবে; কাল=; hoye; geche; sob; aaj; asbe; kal; "
    "নম্বর; সাইজ; রং=; রংটা; কালার; শুধু; shudhu",
}

_WEIGH = {"en": "weigh; weight; scale; kilo; kg; grams; tol*; taul*"}
_WEIGHT = {"en": "check; correct; full; less; short; kilo; scale; weigh; put; see; give; what; how"}
_TASTE = {
    "en": "can; let; try; one; give; sample; piece; first",
    "hi": "पहले; फिर; करो; करके; pehle; pahle; phir; karo; karke; kar ke",
    "ta": "முதல்ல; அப்புறம்; பண்ணு; mudhalla; modhalla; apram; pannu*",
    "te": "ముందు; తర్వాత; చేసి; చేయండి; mundu; tarvatha; chesi; cheyandi",
    "bn": "আগে; তারপর; করে; করুন; age; tarpor; kore; korun",
    "mr": "आधी; मग; करून; करा; aadhi; adhi; mag; karun; kara",
    "gu": "પહેલા; પહેલાં; પછી; કરીને; કરો; pehla; pahela; pachhi; karine; karo",
    "kn": "ಮೊದಲು; ಆಮೇಲೆ; ಮಾಡಿ; modlu; modalu; amele; maadi",
    "ml": "ആദ്യം; പിന്നെ; ചെയ്ത്; ചെയ്യ്; aadyam; pinne; cheyth*; cheyy*",
    "pa": "ਪਹਿਲਾਂ; ਫਿਰ; ਕਰਕੇ; ਕਰੋ; pehlan; phir; karke; karo",
}
"""Per language, "first", "then" and "do" beside a taste: "pehle taste karo, phir lo"."""
_PACK = {
    "en": "make; do; it; well; properly; nicely; tight*; give; separate*; take away; takeaway; "
    "plate*; kar*; karo; karna; karjo; kara; kore; pannu*; chey*; maadi; madi; cheyyu",
    "hi": "कर=; करो; करना; करिए; कर दो; कर दीजिए; बना; बाँध; बांध; अच्छे से; ठीक से; अलग",
    "ta": "பண்ணு; பண்ணி; கட்டி; குடு; கொடு; நல்லா; தனியா; கவர்; பையில; பைல; பேப்பர்; இறுக்கி; டைட்டா",
    "te": "చేయ; చెయ్య; చేసి; ఇవ్వ; బాగా; సరిగ్గా; విడిగా; కవర్; సంచి; పేపర్; గట్టిగా; టైట్‌గా",
    "bn": "করে; করুন; দিন=; দাও=; ভালো; আলাদা",
    "mr": "करा; करून; द्या; नीट; वेगळ",
    "gu": "કરજો; કરો; કરી; આપો; બરાબર; અલગ",
    "kn": "ಮಾಡಿ; ಮಾಡು; ಕೊಡಿ; ಚೆನ್ನಾಗಿ; ಸರಿಯಾಗಿ; ಬೇರೆ",
    "ml": "ചെയ്യ; ചെയ്ത; താ=; തരൂ; നന്നായി; ശരിക്ക്; വേറെ",
    "pa": "ਕਰ=; ਕਰੋ; ਕਰਿਓ; ਕਰ ਦਿਓ; ਦਿਓ; ਚੰਗੀ; ਸਹੀ; ਵੱਖ",
}
"""What makes "parcel" a packing asked ("parcel it properly"), not a courier's parcel
("my parcel came today"), and "tie" a packing ("కవర్లో గట్టిగా కట్టండి", tie it tight in
a cover), not a bill paid ("బిల్లు కట్టండి")."""
_REGULAR = {
    "en": "customer; come; buy; every; daily; always; here; your; i'm",
    "hi": "ग्राहक; कस्टमर; रिश्ता; रिश्ते; दोस्त; पहचान; grahak; rishta; dost",
    "ta": "கஸ்டமர்; வாடிக்கையாள; பழக்கம்",
    "te": "కస్టమర్; పరిచయం; బేరం",
    "bn": "খদ্দের; কাস্টমার; সম্পর্ক; চেনা; khoddor; khoddar; khodder",
    "mr": "गिऱ्हाईक; ग्राहक; कस्टमर; ओळख; नातं; girhaik",
    "gu": "ગ્રાહક; ઘરાક; કસ્ટમર; સંબંધ; ઓળખ; grahak",
    "kn": "ಗಿರಾಕಿ; ಕಸ್ಟಮರ್; ಪರಿಚಯ; giraki",
    "ml": "കസ്റ്റമ; പരിചയ; ബന്ധ",
    "pa": "ਗਾਹਕ; ਕਸਟਮਰ; ਰਿਸ਼ਤ; ਜਾਣ ਪਛਾਣ; grahak",
}

_PAID = {
    "en": "sent; paid; pay; payment; gpay; phonepe; paytm; upi; money; transfer; message; online",
    "hi": "भेज; पैसे; पेमेंट; यूपीआई; ऑनलाइन; bhej*; paise",
    "ta": "அனுப்ப; பணம்; காசு; பேமெண்ட்; ஜிபே",
    "te": "పంప; డబ్బు; పేమెంట్; ఫోన్‌పే",
    "bn": "পাঠি; টাকা; পেমেন্ট; জিপে; ফোনপে; গুগল পে; পেটিএম; অনলাইন; pathi*; taka",
    "mr": "पाठवल; पैसे; पेमेंट; फोनपे; फोन पे; गूगल पे; जीपे; पेटीएम; ऑनलाइन; pathav*; paise",
    "gu": "મોકલ; પૈસા; પેમેન્ટ; જીપે; ફોનપે; ગૂગલ પે; પેટીએમ; ઓનલાઇન; mokl*; paisa",
    "kn": "ಕಳಿಸ; ದುಡ್ಡು; ಪೇಮೆಂಟ್; ಫೋನ್‌ಪೇ",
    "ml": "അയച്ച; പൈസ; പേയ്മെന്റ്; ജിപേ; ഗൂഗിൾ പേ; ഫോൺപേ; ayach*; paisa",
    "pa": "ਭੇਜ; ਪੈਸੇ; ਪੇਮੈਂਟ",
}
"""What makes "have a look" a look at the payment, not at the goods ("come, have a look")."""

FRAMES: dict[str, dict[str, str]] = {
    "paid_check": _PAID,
    "show_better": _SHOW,
    "weigh_properly": _WEIGH,
    "weigh_it": _WEIGHT,
    "taste": _TASTE,
    "pack_it": _PACK,
    "regular_customer": _REGULAR,
    "out_of_stock": _GONE,
    "pick_myself": _PICK,
    "ask_extra": _GIVE,
    "show_another": _SHOW,
    "claim_origin": _FARM,
}
"""Per act and language, the words of its market frame ("; " apart)."""


@lru_cache(maxsize=64)
def _forms(act: str, language: str) -> tuple[Form, ...]:
    table = FRAMES.get(act, {})
    return forms_in(language, table)


@lru_cache(maxsize=32)
def _service_forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"service": _SERVICE, "done": _DONE}[table])


def _outside(phrases: tuple[Form, ...], words: list[str], start: int, end: int) -> bool:
    return any(
        at(phrase, words, i)
        for i in range(len(words))
        for phrase in phrases
        if not (i < end and start < i + len(phrase))
    )


_SERVICE_NEAR = 2
"""Words the service may stand from the "free" it is asked free with, in its clause."""


def _service_near(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int]
) -> bool:
    """Whether a service stands within `_SERVICE_NEAR` words of [start, end), with no
    break between ("I'm free today, do the cutting" asks nothing free)."""
    for i in range(max(0, start - _SERVICE_NEAR), min(len(words), end + _SERVICE_NEAR)):
        if start <= i < end:
            continue
        if any(min(i + 1, end) <= b <= max(i, start) for b in punct):
            continue
        if any(at(f, words, i) for f in _service_forms("service", language)):
            return True
    return False


def in_frame(
    act: str,
    words: list[str],
    start: int,
    end: int,
    language: str,
    punct: frozenset[int] = frozenset(),
) -> bool:
    """Whether a word of `act`'s frame stands in the line outside the span [start, end);
    for an extra asked, a service beside the cue in its clause and a verb of doing also
    make the frame (`punct`: indices of words after punctuation)."""
    if _outside(_forms(act, language), words, start, end):
        return True
    return (
        act == "ask_extra"
        and _service_near(words, start, end, language, punct)
        and _outside(_service_forms("done", language), words, start, end)
    )
