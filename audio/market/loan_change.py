"""The English loan "change" said in an Indian language is money only in a money frame:
"500 का चेंज है?", "చేంజ్ ఉందా?", "ಐನೂರಕ್ಕೆ ಚೇಂಜ್ ಇದೆಯಾ?" ask for change, while "मौसम
चेंज हो गया" (the weather changed), "జాతర టైమింగ్స్ చేంజ్ చేశారా?" (did they change
the fair's timings?) and "ചേഞ്ച് ആയി" use the verb and ask for nothing.

A `need_change` cue that is the bare loan word (with a "?" at most) is heard when a
money word or a number stands in the line (a note, rupees, a hundred: `MONEY`), or when
one of the two words after it asks for it or whether it is there (`HAVE`: "है", "ఉందా",
"আছে", "दो") and the word right after it is no verb of becoming or doing (`BECOME`: "हो",
"అయింది", "হয়ে", "ആയി"); or when nothing follows it ("चेंज?"). The words of change
itself ("chhutta", "చిల్లర", "সুট্টে"...) are money wherever they stand.
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms_in

ACT = "need_change"

_LOAN = {
    "en": "change",
    "hi": "चेंज; चेन्ज",
    "ta": "சேஞ்ச்; சேன்ஜ்",
    "te": "చేంజ్; చేంజి",
    "bn": "চেঞ্জ; চেন্জ",
    "mr": "चेंज; चेन्ज",
    "gu": "ચેન્જ; ચેંજ",
    "kn": "ಚೇಂಜ್; ಚೇಂಜು",
    "ml": "ചേഞ്ച്; ചെയ്ഞ്ച്",
    "pa": "ਚੇਂਜ; ਚੇਂਜ਼",
}

MONEY = {
    "en": "note; notes; rupee*; rs; hundred; thousand; coin*; paise; chutta; chhutta; khulle; "
    "chillar*",
    "hi": "नोट; रुपए; रुपये; रुपय; सौ=; हज़ार; हजार; सिक्क; पैसे",
    "ta": "நோட்டு; ரூபா; நூறு; நூறுக்கு; ஐநூறு; ஆயிரம்; ஆயிரத்துக்கு; காசு",
    "te": "నోటు; నోట్; రూపాయ; వంద; ఐదొందల; ఐదువందల; ఐదు వందల; వేల; నాణే; డబ్బు",
    "bn": "নোট; টাকা; টাকার; শো=; একশো; পাঁচশো; দুশো; হাজার; কয়েন; পয়সা",
    "mr": "नोट; रुपये; शंभर; पाचशे; दोनशे; हजार; पैसे; नाणी",
    "gu": "નોટ; રૂપિયા; સો=; સોની; સોનું; પાંચસો; બસો; હજાર; પૈસા; સિક્કા",
    "kn": "ನೋಟ್; ನೋಟು; ರೂಪಾಯಿ; ನೂರು; ನೂರಕ್ಕೆ; ಐನೂರ; ಇನ್ನೂರ; ಸಾವಿರ; ದುಡ್ಡು; ಕಾಯಿನ್",
    "ml": "നോട്ട്; രൂപ; നൂറ; അഞ്ഞൂറ; ഇരുനൂറ; ആയിര; പൈസ; കോയിൻ",
    "pa": "ਨੋਟ; ਰੁਪਏ; ਰੁਪਈਏ; ਸੌ=; ਹਜ਼ਾਰ; ਹਜਾਰ; ਪੈਸੇ; ਸਿੱਕੇ",
}
"""Words that make a line about money: a note, rupees, hundreds, coins."""

HAVE = {
    "en": "have; got; any; hai; hain; milega; hoga; na=; unda; undaa; ache; aahe; chhe; "
    "ide; ideya; undo; irukka; do=; dena; dedo",
    "hi": "है; हैं; होगा; होंगे; मिलेगा; मिलेंगे; मिल; दे=; दो=; दीजिए; दोगे; देंगे",
    "ta": "இருக்கா; இருக்குமா; இருக்கு; கிடைக்குமா; குடு; கொடு",
    "te": "ఉందా; ఉంటుందా; ఉన్నాయా; ఉంది; ఇవ్వ; దొరుకు",
    "bn": "আছে; হবে; দিন=; দেবেন; দাও=; পাওয়া",
    "mr": "आहे; आहेत; असेल; मिळेल; मिळतील; द्या",
    "gu": "છે; હશે; મળશે; આપો; આપશો",
    "kn": "ಇದೆ; ಇದೆಯಾ; ಇದ್ಯಾ; ಸಿಗುತ್ತಾ; ಕೊಡಿ; ಕೊಡ್ತೀರಾ",
    "ml": "ഉണ്ടോ; ഉണ്ട; കിട്ടുമോ; തരാമോ; താ=; തരുമോ",
    "pa": "ਹੈ; ਹੈਗਾ; ਹੈਗੇ; ਹੈਗੀ; ਮਿਲੂ; ਮਿਲੇਗਾ; ਦਿਓ; ਦੇ=",
}
"""Words that ask for change, or whether it is there."""

BECOME = {
    "en": "ho; hua; hui; kiya; kiye; kar; karo; ayindi; aindi; chesara; chesaru; hoye; hoyeche; "
    "hoy; korechhe; koreche; zala; zali; kela; keli; thai; thayu; karyu; karyo; aagide; aaytu; "
    "madidru; aayi; ayi; cheythu; hoya",
    "hi": "हो=; हुआ; हुई; हुए; होगा; होने; किया; किए; किये; कर=; करना; करेंगे; करके",
    "ta": "ஆயிடுச்சு; ஆச்சு; ஆகு; ஆன; பண்ண; பண்ணி",
    "te": "అయింది; అయ్యింది; ఆయింది; అయిపో; అవుతు; అవుతుం; చేశా; చేసా; చేయ; చేస్త",
    "bn": "হয়ে; হল=; হলো; হয়েছে; হবে; করে=; করেছে; করল; করবে",
    "mr": "झाल; झाली; होईल; होणार; केल; करा; करणार",
    "gu": "થઈ; થયું; થયો; થશે; કર્યો; કર્યું; કર્યા; કરી=; કરશે",
    "kn": "ಆಗಿದೆ; ಆಯ್ತು; ಆಗಿ; ಆಗುತ್ತೆ; ಮಾಡಿದ; ಮಾಡಿ; ಮಾಡ್ತಾರ",
    "ml": "ആയി; ആയ; ആകും; ചെയ്ത; ചെയ്തോ; ചെയ്യും",
    "pa": "ਹੋ=; ਹੋਇਆ; ਹੋਈ; ਹੋਊ; ਕੀਤਾ; ਕੀਤੀ; ਕਰ=; ਕਰਨਾ",
}
"""Verbs right after the loan that make it the verb "to change": "चेंज हो गया"."""


@lru_cache(maxsize=64)
def _table(table_id: int, language: str) -> tuple[Form, ...]:
    table = (_LOAN, MONEY, HAVE, BECOME)[table_id]
    return forms_in(language, table)


def _any_at(table_id: int, language: str, words: list[str], i: int) -> bool:
    return 0 <= i < len(words) and any(at(f, words, i) for f in _table(table_id, language))


def is_loan(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the cue at [start, end) is the bare loan word "change" (a "?" at most)."""
    said = [i for i in range(start, end) if words[i] != "?"]
    return len(said) == 1 and _any_at(0, language, words, said[0])


def as_money(words: list[str], start: int, end: int, language: str, *, numbered: bool) -> bool:
    """Whether the loan "change" at [start, end) asks for money (see above); `numbered`:
    a number stands in the line."""
    if numbered or any(_any_at(1, language, words, i) for i in range(len(words))):
        return True
    after = [i for i in range(end, len(words)) if words[i] != "?"]
    if not after:
        # "चेंज?" alone asks for change; English "will it change?" asks only with "have"
        return language != "en" or any(_any_at(2, language, words, i) for i in range(start))
    if _any_at(3, language, words, after[0]):
        return False
    return any(_any_at(2, language, words, i) for i in after[:2])
