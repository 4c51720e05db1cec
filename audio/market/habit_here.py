"""A habit at this stall: "I have my tea here every morning", "I always buy my fish from
you" say the speaker is a regular customer (`regular_customer`), though no word for
"customer" is said: a word of habit (every day, always, daily), one of this stall (here,
from you) and one of the speaker's buying or taking (buy, have my tea, लेता हूँ) in a line
that is no question. "The power goes here every day" or "I always set up my stall here"
buy nothing.

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language.
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, first_span, forms_in

REGULAR = "regular_customer"

HABIT = {
    "en": "every day; every morning; every evening; every week; every sunday; always; daily; "
    "each morning; each day; "
    "every year; every month; every semester; every term; each year",
    "hi": "रोज़; रोज=; हमेशा; हर रोज़; हर दिन; हर सुबह; हर शाम; रोजाना; रोज़ाना; roz; roj; "
    "hamesha; har roz; rozana; "
    "हर साल; हर महीने; हर महीना; har saal; har sal; har mahine",
    "ta": "தினமும்; தினம்=; எப்பவும்; எப்பவுமே; எப்போதும்; தெனமும்; dhinamum; dinamum; eppavum; eppavume; "
    "ஒவ்வொரு வருஷமும்; ஒவ்வொரு மாசமும்; வருஷா வருஷம்; ovvoru varusham*",
    "te": "రోజూ; ఎప్పుడూ; ప్రతి రోజు; ప్రతిరోజూ; రోజు ఉదయం; roju; rooju; eppudu; eppudoo; "
    "ప్రతి సంవత్సరం; ప్రతి నెల; prati samvatsaram; prathi samvatsaram; prati nela",
    "bn": "রোজ; প্রতিদিন; সবসময়; সব সময়; রোজই; roj; protidin; sobsomoy; "
    "প্রতি বছর; প্রতি মাসে; proti bochhor; prati bochor; proti mase",
    "mr": "रोज; दररोज; नेहमी; रोजच; roj; nehmi; darroj; "
    "दर वर्षी; दरवर्षी; दर महिन्याला; dar varshi; darvarshi",
    "gu": "રોજ; હંમેશા; દરરોજ; રોજે; roj; hammesha; hamesha; darroj; "
    "દર વર્ષે; દર મહિને; dar varshe; dar mahine",
    "kn": "ದಿನಾ; ಪ್ರತಿದಿನ; ಯಾವಾಗಲೂ; ಯಾವಾಗ್ಲೂ; dina=; pratidina; yavaglu; yaavaaglu; "
    "ಪ್ರತಿ ವರ್ಷ; ಪ್ರತಿ ತಿಂಗಳು; prati dina; prathi dina; prati varsha",
    "ml": "ദിവസവും; എന്നും; എപ്പോഴും; എന്നും രാവിലെ; divasavum; ennum; eppozhum; "
    "എല്ലാ വർഷവും; എല്ലാ മാസവും; എല്ലാ സെമസ്റ്ററും; ella varshavum; ella semesterum; ella maasavum",
    "pa": "ਰੋਜ਼; ਰੋਜ=; ਹਮੇਸ਼ਾ; ਹਰ ਰੋਜ਼; roz; roj; hamesha; ਹਰ ਸਾਲ; ਹਰ ਮਹੀਨੇ; har saal; har sal; har mahine",
}
"""Per language, a word of habit."""

EVERY = {
    "en": "every; each",
    "hi": "हर; har",
    "ta": "ஒவ்வொரு; ovvoru",
    "te": "ప్రతి; prati; prathi",
    "bn": "প্রতি; proti; prati",
    "mr": "दर=; dar",
    "gu": "દર=; dar",
    "kn": "ಪ್ರತಿ; prati; prathi",
    "ml": "എല്ലാ; ella",
    "pa": "ਹਰ=; har",
}
"""Per language, "every" before a day of the week or a week ("every Sunday", "हर
इतवार", "ಪ್ರತಿ ಭಾನುವಾರ", "എല്ലാ ഞായറാഴ്ചയും"): a habit too."""

WEEKDAYS = {
    "en": "monday; tuesday; wednesday; thursday; friday; saturday; sunday; week; weekend",
    "hi": "सोमवार; मंगलवार; बुधवार; गुरुवार; वीरवार; शुक्रवार; शनिवार; रविवार; इतवार; हफ़्ते; "
    "हफ्ते; somvar; mangalvar; budhvar; guruvar; shukravar; shanivar; ravivar; itvar; hafte",
    "ta": "திங்கள்; செவ்வாய்; புதன்; வியாழன்; வெள்ளி; சனி=; சனிக்கிழமை; ஞாயிறு; ஞாயித்துக்கிழமை; "
    "வாரமும்; வாரம்=; nyayiru; gnayiru",
    "te": "సోమవారం; మంగళవారం; బుధవారం; గురువారం; శుక్రవారం; శనివారం; ఆదివారం; వారం=; "
    "aadivaaram; adivaram; shanivaram",
    "bn": "সোমবার; মঙ্গলবার; বুধবার; বৃহস্পতিবার; শুক্রবার; শনিবার; রবিবার; সপ্তাহে; robibar; shonibar; soptahe",
    "mr": "सोमवारी; मंगळवारी; बुधवारी; गुरुवारी; शुक्रवारी; शनिवारी; रविवारी; आठवड्याला; "
    "ravivari; shanivari; aathvadyala",
    "gu": "સોમવારે; મંગળવારે; બુધવારે; ગુરુવારે; શુક્રવારે; શનિવારે; રવિવારે; અઠવાડિયે; "
    "ravivare; shanivare; athvadiye",
    "kn": "ಸೋಮವಾರ; ಮಂಗಳವಾರ; ಬುಧವಾರ; ಗುರುವಾರ; ಶುಕ್ರವಾರ; ಶನಿವಾರ; ಭಾನುವಾರ; ವಾರ=; bhanuvara; shanivara",
    "ml": "തിങ്കളാഴ്ച; ചൊവ്വാഴ്ച; ബുധനാഴ്ച; വ്യാഴാഴ്ച; വെള്ളിയാഴ്ച; ശനിയാഴ്ച; ഞായറാഴ്ച; ആഴ്ചയും; "
    "njayarazhchayum; shaniyazhchayum",
    "pa": "ਸੋਮਵਾਰ; ਮੰਗਲਵਾਰ; ਬੁੱਧਵਾਰ; ਵੀਰਵਾਰ; ਸ਼ੁੱਕਰਵਾਰ; ਸ਼ਨੀਵਾਰ; ਐਤਵਾਰ; ਹਫ਼ਤੇ; ਹਫਤੇ; aitvar; hafte",
}
"""Per language, the days of the week and the week, as said after "every"."""


def _every_day(language: str) -> str:
    """The habit phrases of "every" with a day of the week, in `language`."""
    return "; ".join(
        f"{e.strip()} {d.strip()}"
        for e in EVERY.get(language, "").split(";")
        for d in WEEKDAYS.get(language, "").split(";")
        if e.strip() and d.strip()
    )


HERE = {
    "en": "here; from you; at your stall; at your shop; from your stall; at this stall; "
    "to this shop; at this shop; to your shop; to this stall; to your stall",
    "hi": "यहीं; यहाँ; यहां; आपसे; आपके यहाँ; आपके पास से; yahin; yahan; aapse",
    "ta": "இங்க; இங்கே; இங்கதான்; உங்ககிட்ட; உங்க கிட்ட; unga kitta; ingathan; inga=",
    "te": "ఇక్కడే; ఇక్కడ; మీ దగ్గర; మీ దగ్గరే; ikkade; ikkada; mee daggara",
    "bn": "এখানে; এখানেই; আপনার কাছে; আপনার কাছ থেকে; এখান থেকে; ekhane; apnar kache",
    "mr": "इथे; इथेच; इथूनच; तुमच्याकडे; तुमच्याकडून; ithe; ithech; tumchyakade",
    "gu": "અહીં; અહીંથી; તમારી પાસે; તમારી પાસેથી; ahiya; ahinthi; tamari pase",
    "kn": "ಇಲ್ಲೇ; ಇಲ್ಲಿ; ನಿಮ್ಮ ಹತ್ರ; ನಿಮ್ಮ ಹತ್ತಿರ; ille; illi; nimma hatra",
    "ml": "ഇവിടെ; ഇവിടുന്ന്; ഇവിടുന്ന; ഇവിടെ നിന്ന; നിങ്ങളുടെ അടുത്ത്; ivide; ividunnu; ividunn*",
    "pa": "ਇੱਥੇ; ਏਥੇ; ਇੱਥੋਂ; ਏਥੋਂ; ਤੁਹਾਡੇ ਤੋਂ; ਤੁਹਾਥੋਂ; ithe; ethe; tuhade ton",
}
"""Per language, this stall: here, from you."""

TAKING = {
    "en": "buy; buying; get my; get all; have my; drink my; eat my; take my; i buy; i get; "
    "i come; we come; recharge; i recharge",
    "hi": "लेता; लेती; पीता; पीती; खाता; खाती; खरीदता; खरीदती; leta; leti; peeta; peeti; pita; "
    "khata; khati; kharidta; kharidti; कटवाता; कटवाती; करवाता; करवाती; सिलवाता; सिलवाती; "
    "बनवाता; बनवाती; katwata; karwata; silwata",
    "ta": "வாங்குவ; வாங்குறேன்; வாங்கறேன்; குடிப்ப; குடிக்கிறேன்; சாப்பிடுவ; சாப்பிடுறேன்; "
    "vanguv*; vangur*; kudipp*; kudikkir*; saapiduv*; வெட்டிக்கிறேன்; வெட்டிக்குவேன்; "
    "தைச்சுக்குவேன்; vettikkiren",
    "te": "తాగుతా; కొంటా; తింటా; తీసుకుంటా; కొనుక్కుంటా; taaguta*; taguta*; konta*; tinta*; "
    "teesukunta*; చేయించుకుంటా; కుట్టించుకుంటా; cheyinchukunta*",
    "bn": "কিনি; খাই; নিই; kini; khai; nii; কাটাই; করাই; বানাই; katai; korai",
    "mr": "घेतो; घेते; पितो; पिते; खातो; खाते; gheto; ghete; pito; pite; khato; कापतो; कापते; "
    "kapto; kapte",
    "gu": "લઉં છું; લઉ છું; પીઉં; ખાઉં; ખરીદું; lau chu; piu chu; khau chu; kharidu; કપાવું; "
    "કરાવું; સીવડાવું; kapavu; karavu",
    "kn": "ತಗೊಳ್ತೀನಿ; ತಗೋತೀನಿ; ಕುಡೀತೀನಿ; ಕುಡಿತೀನಿ; ತಿಂತೀನಿ; ಕೊಳ್ತೀನಿ; tagotini; tagolthini; "
    "kuditini; tintini; ಕುಡಿಯೋದು; ತಗೊಳ್ಳೋದು; ತಿನ್ನೋದು; ಕೊಳ್ಳೋದು; kudiyodu; tagolodu; "
    "ಮಾಡಿಸ್ಕೊಳ್ತೀನಿ; ಮಾಡಿಸ್ತೀನಿ; ಹೊಲಿಸ್ತೀನಿ; madiskoltini; madistini",
    "ml": "വാങ്ങും; വാങ്ങാറ്; വാങ്ങുന്നത്; vangunnath*; കുടിക്കുന്നത്; കഴിക്കുന്നത്; "
    "kudikkunnath*; kazhikkunnath*; "
    "കുടിക്കും; കുടിക്കാറ്; കഴിക്കും; കഴിക്കാറ്; vangum; vangaar*; kudikkum; kudikkaar*; "
    "വെട്ടുന്നത്; വെട്ടാറ്; വെട്ടിക്കാറ്; ചെയ്യിക്കാറ്; തയ്പ്പിക്കാറ്; vettunnath*; vettaar*; "
    "റീചാർജ് ചെയ്യുന്നത്; റീചാർജ് ചെയ്യാറ്; recharge cheyyunnath*; recharge cheyyaar*",
    "pa": "ਲੈਂਦਾ; ਲੈਂਦੀ; ਪੀਂਦਾ; ਪੀਂਦੀ; ਖਾਂਦਾ; ਖਾਂਦੀ; ਖਰੀਦਦਾ; ਖਰੀਦਦੀ; lainda; laindi; peenda; khanda; "
    "ਕਟਵਾਉਂਦਾ; ਕਟਵਾਉਂਦੀ; ਕਰਵਾਉਂਦਾ; ਕਰਵਾਉਂਦੀ; ਸਿਲਵਾਉਂਦਾ; ਸਿਲਵਾਉਂਦੀ; katwaunda",
}
"""Per language, the speaker's buying, eating or drinking, said as a habit, or a service
had done ("I get my hair cut here every Sunday", "हर रविवार यहीं बाल कटवाता हूँ")."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    if table == "habit":
        every = {lang: _every_day(lang) for lang in {language, "en"}}
        return forms_in(language, HABIT, every)
    return forms_in(language, {"here": HERE, "taking": TAKING}[table])


def habit_forms(table: str, language: str) -> tuple[Form, ...]:
    """The phrases of `table` ("habit", "here" or "taking") heard in `language`."""
    return _forms(table, language)


def _span(table: str, words: list[str], language: str) -> tuple[int, int] | None:
    return first_span(_forms(table, language), words)


def habit_here(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The span of the word of habit, the word of this stall and the speaker's buying or
    taking, when all three are said in one clause (`punct`: indices of words after
    punctuation) that asks nothing ("till what time do you stay here daily?" asks the
    hours; "the power goes here every day, I buy candles" buys elsewhere). A question in
    a clause after it ("I buy my milk here every day, don't you know me?") asks nothing
    of the habit."""
    spans = [_span(t, words, language) for t in ("habit", "here", "taking")]
    if any(s is None for s in spans):
        return None
    start = min(s[0] for s in spans if s is not None)
    end = max(s[1] for s in spans if s is not None)
    if any(start < b < end for b in punct):
        return None
    clause_end = min((b for b in punct if b >= end), default=len(words))
    if "?" in words[start:clause_end]:
        return None
    return start, end
