"""A "no" said of something other than the deal: "the work is big, it won't finish in a
day", "no wall is free", "the bus won't come before six", "ये काम एक दिन में नहीं होगा".
Understanding reads a word of negation as a refusal; said of the weather, a bus or a
piece of work it refuses nothing, and a refusal told to the other side would be a move
nobody made.

A refusal with no amount refuses nothing when its line holds

- no word of the price or the deal: no currency, unit, rate or price word, no "too
  much", "less than", "at most", no word of agreement ("nahi chalega" refuses), no "for
  you" and no "take it" (the lexicon's cues, `DEAL_CUES`);
- no verb of giving, taking, selling, buying, paying or wanting the goods, and no "that
  much" or "less" (`DEAL`): "no, I won't give it at that", "इतने में नहीं", "வேண்டாம்";
- no number but one of a time or a count of days ("before six", "एक दिन में",
  `TIME`, or a number the lexicon marks as no money: "10 minute");
- and at least `MIN_TALK` words of its own beside the negation, the terms of address,
  the lexicon's links and the little words of `FILLER`: "no, not today" and "नहीं भैया,
  बिल्कुल नहीं" still refuse.

Then the line is small talk, relayed as said (or the market act it says). Words are
matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.languages.base import Cue
from audio.lexicon import TokenKind, lexicon_for, tokenize
from audio.market.phrases import Form, at, forms_in
from audio.number_tables import number_table
from audio.numbers import find_numbers
from audio.understanding.address import ADDRESS

MIN_TALK = 2
"""Words of its own a line needs, beside the negation and little words, to be talk."""

DEAL_CUES = frozenset(
    {
        Cue.CURRENCY, Cue.PAISE, Cue.UNIT, Cue.PER, Cue.SET, Cue.ACCEPT, Cue.SOFT_ACCEPT,
        Cue.TOO_MUCH, Cue.COMPARATIVE, Cue.CAP, Cue.CAP_BEFORE, Cue.QUESTION,
        Cue.WEAK_QUESTION, Cue.FOR_YOU, Cue.TAKE_IT, Cue.TOTAL, Cue.EACH, Cue.LOT,
        Cue.PAYMENT,
    }
)  # fmt: skip
"""Lexicon cues that put the price or the deal in a line."""

_NO_CUES = frozenset({Cue.NEGATION, Cue.NOT, Cue.REJECT})
_LITTLE_CUES = frozenset({Cue.LINK, Cue.OF, Cue.ARTICLE})

DEAL = {
    "en": "give; giving; take; taking; sell; selling; buy; buying; pay; paying; want; need; "
    "afford; deal; agree; accept; lower; less; cheaper; much; price; rate; cost; discount; "
    "loss; profit; margin; rupee*; rs; bargain; worth; won't work; doesn't work; not work",
    "hi": "दे; दूं; दूंगा; दूँगा; देंगे; देना; दिया; ले; लूं; लूंगा; लूँगा; लेंगे; लेना; बेच; "
    "खरीद; चाहिए; इतने; इतना; उतने; उतना; कम; ज़्यादा; ज्यादा; भाव; दाम; रेट; पैसे; पैसा; "
    "घाटा; नुकसान; मंजूर; परवड; de; dunga; doonga; denge; dena; lunga; loonga; lenge; lena; "
    "bech*; khareed*; kharid*; chahiye; itne; itna; utne; kam; zyada; jyada; bhav; bhaav; "
    "daam; dam; paisa; paise; ghata; nuksan",
    "ta": "தர; தரு; தாரே; கொடு; குடு; வாங்க; விக்க; விற்க; விலை; ரேட்; காசு; பணம்; அவ்வளவு; "
    "இவ்வளவு; கம்மி; ஜாஸ்தி; அதிகம்; வேண்டாம்; வேணாம்; வேணும்; கட்டுப்படி; thara*; "
    "tharen*; kudu*; kodu*; vaanga*; vikka*; vilai; kaasu; panam; avlo; ivlo; kammi; jasti; "
    "vendaam; venaam; venum; kattupadi*",
    "te": "ఇవ్వ; ఇస్తా; ఇస్తాను; తీసుకో; తీసుకుం; కొన; కొంటా; అమ్మ; ధర; రేటు; రేట్; డబ్బు; "
    "అంత; ఇంత; తక్కువ; ఎక్కువ; వద్దు; కావాలి; గిట్టుబాటు; ivva*; ista*; isthan*; "
    "teesuko*; konta*; ammanu; ammutha*; dhara; dabbu; anta; antha; inta; intha; takkuva; "
    "ekkuva; vaddu; kavali; kaavali",
    "bn": "দেব; দেবো; দিতে; দিচ্ছি; দিই; নেব; নেবো; নিতে; নিচ্ছি; কিন; বেচ; বিক্রি; দাম; "
    "রেট; টাকা; এত; অত; কম; বেশি; লাগবে; চাই; পোষা; debo; dibo; dite; nebo; nibo; nite; "
    "kinbo; becha*; bikri; dam; daam; taka; eto; oto; kom; beshi; lagbe; poshabe",
    "mr": "दे; देणार; देतो; देते; देत; घे; घेणार; घेतो; घेत; विक; खरेदी; भाव; किंमत; दर; रेट; "
    "पैसे; एवढ्या; इतक्या; तेवढ्या; एवढे; इतके; कमी; जास्त; नको; पाहिजे; परवड; denar; "
    "deto; ghenar; gheto; vik*; bhav; bhaav; kimat; evdhya; itkya; evdhe; kami; jast; nako; "
    "pahije; paravad*",
    "gu": "આપ; આપું; આપીશ; આપવ; લઈ; લઉં; લઈશ; લેવ; વેચ; ખરીદ; ભાવ; કિંમત; રેટ; પૈસા; એટલા; "
    "આટલા; એટલામાં; આટલામાં; ઓછ; વધારે; જોઈએ; પોસાય; aapu; apu; apish; aapish; lau; laish; "
    "vech*; bhav; bhaav; kimat; atla; etla; ochhu; ochha; vadhare; joie; posay*",
    "kn": "ಕೊಡ; ಕೊಡ್ತೀ; ಕೊಡಲ್ಲ; ತಗೋ; ತಗೊಳ್ಳ; ತೆಗೆದುಕೊ; ಕೊಳ್ಳ; ಮಾರ; ಬೆಲೆ; ರೇಟ್; ದುಡ್ಡು; "
    "ಅಷ್ಟು; ಇಷ್ಟು; ಅಷ್ಟಕ್ಕೆ; ಇಷ್ಟಕ್ಕೆ; ಕಡಿಮೆ; ಜಾಸ್ತಿ; ಬೇಡ; ಬೇಕು; ಗಿಟ್ಟ; kodo*; kodal*; "
    "kodtini; thago*; tago*; maar*; bele; duddu; ashtu; ishtu; kadime; jasti; beda; beku",
    "ml": "തര; തരാം; തരില്ല; കൊടുക്ക; എടുക്ക; വാങ്ങ; വിൽക്ക; വില; റേറ്റ്; പൈസ; കാശ്; അത്ര; "
    "ഇത്ര; കുറവ; കുറച്ച; കൂടുതൽ; വേണ്ട; വേണം; മുതലാവ; thara*; kodukk*; edukk*; vaang*; "
    "vilkk*; vila; paisa; kaash; kaasu; athra; ithra; kurav*; kurach*; kooduthal; venda; "
    "venam; muthalav*",
    "pa": "ਦੇ; ਦੇਣ; ਦੇਣਾ; ਦਿਆਂ; ਦੇਵਾਂ; ਦੇਊਂ; ਲੈ; ਲੈਣ; ਲਵਾਂ; ਲਊਂ; ਵੇਚ; ਖਰੀਦ; ਭਾਅ; ਰੇਟ; ਕੀਮਤ; "
    "ਪੈਸੇ; ਐਨੇ; ਇੰਨੇ; ਏਨੇ; ਘੱਟ; ਵੱਧ; ਜ਼ਿਆਦਾ; ਜਿਆਦਾ; ਚਾਹੀਦਾ; ਪੁੱਗ; dena; deni; deyan; lena; "
    "lavan; vech*; bhaa; bhaa*; keemat; kimat; paise; ainne; inne; ghatt; vadh; chahida; pugg*",
}
"""Per language, words of the deal: giving, taking, selling, buying, paying or wanting
the goods, the price and "that much", "less" (English's heard in every language)."""

TIME = {
    "en": "before; after; till; until; by; o'clock; oclock; am; pm; morning; evening; "
    "night; day; days; hour; hours; minute*; week*; month*; year*",
    "hi": "पहले; बाद; बजे; दिन; घंटे; घंटा; मिनट; हफ्ते; महीने; साल; तक; pehle; pahle; "
    "baad; baje; bje; din; ghante; ghanta; minute; hafte; mahine; saal",
    "ta": "மணி; நாள்; நாளில; மணிநேர; நிமிஷ; வாரம்; மாசம்; வருஷ; முன்னாடி; அப்புறம்; "
    "மேல; mani; naal*; munnadi; appuram",
    "te": "గంట; గంటల; రోజు; రోజుల; నిమిష; వారం; నెల; ఏళ్ల; ముందు; తర్వాత; లోపు; gantal*; "
    "roju*; mundu; tarvatha; lopu",
    "bn": "টা; টার; টায়; দিন; দিনে; ঘণ্টা; মিনিট; সপ্তাহ; মাস; বছর; আগে; পরে; বাজে; ta=; "
    "tar=; din*; ghonta; age; pore; baje",
    "mr": "वाजता; वाजे; दिवस; दिवसात; तास; मिनिट; आठवड; महिन; वर्ष; आधी; नंतर; पर्यंत; "
    "vajta; divas*; taas; adhi; nantar",
    "gu": "વાગ્યે; વાગે; દિવસ; દિવસમાં; કલાક; મિનિટ; અઠવાડિ; મહિન; વર્ષ; પહેલાં; પહેલા; "
    "પછી; સુધી; vagye; divas*; kalak; pahela; pehla; pachhi",
    "kn": "ಗಂಟೆ; ದಿನ; ದಿನದಲ್ಲಿ; ನಿಮಿಷ; ವಾರ; ತಿಂಗಳ; ವರ್ಷ; ಮುಂಚೆ; ಮೊದಲು; ಆಮೇಲೆ; ನಂತರ; "
    "ಒಳಗೆ; gante; dina*; munche; modalu; amele; olage",
    "ml": "മണി; ദിവസ; മണിക്കൂർ; മിനിറ്റ; ആഴ്ച; മാസ; വർഷ; മുമ്പ്; മുൻപ്; ശേഷം; കഴിഞ്ഞ്; "
    "ഉള്ളിൽ; മണിക്ക; mani*; divas*; mumb*; shesham",
    "pa": "ਵਜੇ; ਦਿਨ; ਦਿਨਾਂ; ਘੰਟੇ; ਮਿੰਟ; ਹਫ਼ਤ; ਮਹੀਨ; ਸਾਲ; ਪਹਿਲਾਂ; ਬਾਅਦ; ਤੱਕ; ਤੋਂ; vaje; "
    "din; ghante; pehlan; baad",
}
"""Per language, words of a time said with a number ("before six", "एक दिन में", "छह बजे"):
the number is an hour or a count of days, no price."""

FILLER = {
    "en": "i; i'm; you; he; she; we; they; me; my; your; his; her; our; their; this; these; "
    "those; are; am; was; were; be; been; will; would; can; could; do; does; did; so; "
    "then; just; really; all; sorry; please; yes; yeah; of; to; for; on; with; and; or; "
    "but; here; there; now; today; anyway; sure; surely; definitely; never; way; any; "
    "possible; brother; sister; friend; dear",
    "hi": "है; हैं; था; थी; थे; हो; हूं; होगा; होगी; होंगे; होता; सकता; सकती; सकते; पाएगा; "
    "पाऊंगा; तो; भी; ही; ये; यह; वो; वह; मैं; हम; आप; तुम; तू; इसे; इसको; यार; रे; अभी; आज; "
    "बिल्कुल; बिलकुल; सॉरी; का; की; के; में; से; पर; को; और; या; कभी; hai; hain; tha; ho; "
    "hu; hoon; hoga; hogi; hota; sakta; sakte; paayega; bhi; hi; ye; yeh; wo; woh; main; "
    "mai; hum; aap; tum; tu; yaar; re; abhi; aaj; bilkul; ka; ki; ke; mein; me; par; ko; "
    "aur; ya; kabhi",
    "ta": "இது; அது; இந்த; அந்த; நான்; நீங்க; நீ; சாரி; இப்ப; இன்னைக்கு; சுத்தமா; "
    "முடியாது; முடியலை; idhu; adhu; indha; andha; naan; neenga; ippa; innaikku; suthama",
    "te": "ఇది; అది; ఈ=; ఆ=; నేను; మీరు; నువ్వు; సారీ; ఇప్పుడు; ఈరోజు; అస్సలు; కుదరదు; "
    "idi; adi; nenu; meeru; ippudu; assalu; kudaradu",
    "bn": "এটা; ওটা; এই; ওই; আমি; আপনি; তুমি; তো; একদম; সরি; আজ; এখন; হবে; পারব; পারবো; "
    "eta; ota; ei; oi; ami; apni; tumi; to; ekdom; aaj; ekhon; hobe; parbo",
    "mr": "हे; ते; हा; ही; मी; तुम्ही; तू; तर; पण; अजिबात; सॉरी; आहे; आज; आत्ता; होणार; "
    "जमणार; he; te; ha; mi; tumhi; tar; pan; ajibat; ahe; aaj; hoil; honar; jamnar",
    "gu": "આ; એ; હું; તમે; તું; તો; પણ; જ; છે; સાવ; સોરી; આજે; હમણાં; થાય; થશે; ફાવે; "
    "hu; tame; tu; to; pan; j; che; chhe; saav; aaje; thay; thashe; fave",
    "kn": "ಇದು; ಅದು; ಈ=; ಆ=; ನಾನು; ನೀವು; ನೀನು; ಸಾರಿ; ಈಗ; ಇವತ್ತು; ಆಗಲ್ಲ; ಆಗೋದಿಲ್ಲ; ಸಾಧ್ಯ; "
    "idu; adu; naanu; neevu; eega; ivattu; agalla; aagalla",
    "ml": "ഇത്; അത്; ഈ=; ആ=; ഞാൻ; നിങ്ങൾ; നീ; സോറി; ഇപ്പോൾ; ഇന്ന്; ഒട്ടും; പറ്റില്ല; "
    "പറ്റത്തില്ല; ith; ath; njan; ningal; ippol; innu; ottum; pattilla",
    "pa": "ਇਹ; ਉਹ; ਮੈਂ; ਤੁਸੀਂ; ਤੂੰ; ਤਾਂ; ਵੀ; ਹੀ; ਹੈ; ਹਨ; ਜੀ; ਬਿਲਕੁਲ; ਸੌਰੀ; ਅੱਜ; ਹੁਣ; ਹੋਣਾ; "
    "ਹੋਊ; ih; oh; main; tusi; tan; vi; hai; ne; bilkul; ajj; hun; hona; hou",
}
"""Per language, little words that say nothing of their own beside a "no": pronouns,
"is", "at all", "today", "sorry", "can't be done" (English's heard in every language)."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"deal": DEAL, "time": TIME, "filler": FILLER}[table])


def _marked(words: list[str], language: str, table: str) -> set[int]:
    """Indexes of the words a phrase of `table` covers."""
    out: set[int] = set()
    for i in range(len(words)):
        for f in _forms(table, language):
            if at(f, words, i):
                out.update(range(i, i + len(f)))
    return out


def refuses_nothing(text: str, language: str) -> bool:
    """Whether a refusal with no amount read in `text` is a "no" said of something other
    than the deal (see above): then the line is small talk, no refusal."""
    tokens = tokenize(text)
    if any(t.kind is TokenKind.SIGN and t.norm not in "?!.,;:" for t in tokens):
        return False  # a currency sign
    kept = [t for t in tokens if t.kind is not TokenKind.SIGN]
    words = [t.norm for t in kept]
    cues: list[set[Cue]] = [set() for _ in words]
    for lang in {language, "en"}:
        lexicon = lexicon_for(lang)
        for i in range(len(words)):
            for p in lexicon.lookup(words, i):
                cues[i].add(p.cue)
    if any(c & DEAL_CUES for c in cues) or _marked(words, language, "deal"):
        return False
    time = _marked(words, language, "time")
    spans = [(s.start, s.end) for s in find_numbers(words, number_table(language))]
    spans += [(k, k + 1) for k, t in enumerate(kept) if t.kind is TokenKind.NUMBER]
    for start, end in spans:
        near = [*range(max(start - 2, 0), start), *range(end, min(end + 2, len(words)))]
        if not any(k in time or Cue.NOT_MONEY in cues[k] for k in near):
            return False  # a number with no time beside it may be a price
    little = _marked(words, language, "filler")
    talk = [
        k
        for k, w in enumerate(words)
        if not cues[k] & (_NO_CUES | _LITTLE_CUES) and k not in little and w not in ADDRESS
    ]
    return len(talk) >= MIN_TALK
