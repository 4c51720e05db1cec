"""Ways the goods' age, damage, kind and size are told, kept apart from the long rows they
add to.

Cues written as in `audio.market.inventory`: per act, per language, phrases apart by ";".
They join the act's own cues when the table is built, so they are heard exactly as those
are.

- Metal goods rusted ("जंग लगी है", "মরচে ধরেছে", "ತುಕ್ಕು ಹಿಡಿದಿದೆ") or lying unsold for
  years ("कितने साल से पड़ा है", "ಎಷ್ಟು ವರ್ಷದಿಂದ ಬಿದ್ದಿತ್ತೋ"): old stock (`quality_old`).
- Goods that leak ("लीक कर रहा है", "गळतेय", "ಸೋರುತ್ತಿದೆ") or are bent or dented ("ढक्कन
  टेढ़ा है", "ઢાંકણું વાંકું છે", "മൂടി വളഞ്ഞിട്ടുണ്ട്"): the goods' damage (`quality_soft`).
- A thicker one asked to be shown ("show a thicker one", "ದಪ್ಪದ್ದು ತೋರಿಸಿ", "ਮੋਟਾ ਗੱਦਾ
  ਦਿਖਾਓ"): `show_better`; the same goods asked in another colour or pattern ("नीले रंग में
  दिखाओ", "నీలం రంగులో చూపించండి", "a different pattern"): `show_another`.
- A stall asked whether it keeps or sells a kind ("டிபன் பாக்ஸ் வச்சிருக்கீங்களா?",
  "ಟಿಫಿನ್ ಇಟ್ಟಿದ್ದೀರಾ?", "ਟਿਫ਼ਨ ਰੱਖਦੇ ਹੋ?"): `have_it`.
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "quality_old": {
        "en": "rusted; rusty; gone rusty; lying here for years; lying for years",
        "hi": "जंग लग*; ज़ंग लग*; jang lag*; zang lag*; साल से पड़*; सालों से पड़*; saal se pad*",
        "ta": "துருப்பிடி; துரு பிடி; துருப் பிடி; thurupidi*; thuru pidi*; வருஷமா கிடக்; வருசமா கிடக்",
        "te": "తుప్పు పట్ట; తుప్పు పట్టి; tuppu patt*; ఏళ్ళుగా పడి; ఏళ్లుగా పడి; సంవత్సరాలుగా పడి",
        "bn": "মরচে ধর; মরচে পড়; মর্চে ধর; morche dhor*; বছর পড়ে; বছর ধরে পড়ে",
        "mr": "गंज चढ; गंज लाग*; गंजल; ganj chad*; ganj lag*; वर्षं पडून; वर्षांपासून पडून; वर्ष पडून",
        "gu": "કાટ લાગ; કાટ ખાઈ; kaat lag*; વર્ષથી પડ્ય; વર્ષોથી પડ્ય; વર્ષથી પડેલ",
        "kn": "ತುಕ್ಕು ಹಿಡಿ; ತುಕ್ಕು ಬಂದ; tukku hidi*; ವರ್ಷದಿಂದ … ಬಿದ್ದ; ವರ್ಷದಿಂದ ಬಿದ್ದ",
        "ml": "തുരുമ്പ; thurumb*; കൊല്ലമായി … കിടക്കു; കൊല്ലമായി കിടക്കു; വർഷമായി കിടക്കു",
        "pa": "ਜੰਗਾਲ; jangal*; ਸਾਲਾਂ ਤੋਂ ਪਿਆ; ਸਾਲਾਂ ਤੋਂ ਪਈ; ਸਾਲਾਂ ਤੋਂ ਪਏ",
    },
    "quality_soft": {
        "en": "leaks; leaking; dented; bent",
        "hi": "लीक कर*; लीक हो*; लीक है; टेढ़ा हो*; टेढ़ा है; टेढ़ी है; टेढ़ी हो*; टेढ़े हैं; "
        "मुड़ गया; मुड़ गई; मुड़ा हुआ; leak kar*; tedha hai; tedhi hai",
        "ta": "லீக் ஆகு; லீக் ஆயி; லீக்கா; ஒழுகுது; ஒழுகுத; வளைஞ்சிருக்கு; வளைஞ்சு போ; "
        "நெளிஞ்சிருக்கு; நசுங்கி; leak aagu*",
        "te": "లీక్ అవు; లీక్ అయ్య; కారుతో; కారుతుంది; వంగిపో; వంగి ఉంది; సొట్ట; leak avu*",
        "bn": "লিক কর*; লিক হচ্ছে; লিক হয়; চুঁইয়ে পড়; বেঁকে গেছে; বেঁকে আছে; বাঁকা; টোল খে; lik korche",
        "mr": "गळतेय; गळते आहे; गळतो; गळतंय; गळत आहे; लीक हो*; लीक आहे; वाकल; चेपल; galtey; galtoy",
        "gu": "લીક થા*; લીક છે; ટપકે છે; વાંકું; વાંકો છે; વાંકી છે; વાંકા છે; ગોબો; ગોબા; leak thay*",
        "kn": "ಲೀಕ್ ಆಗ*; ಸೋರುತ್ತ; ಸೋರ್ತಿದೆ; ಸೋರ್ತಾ; ಬಾಗಿದೆ; ಬಾಗಿ ಹೋಗಿ; ಸೊಟ್ಟ; leak aagt*",
        "ml": "ലീക്കാണ; ലീക്ക് ആണ; ലീക്ക് ആകു; ചോരുന്നു; ചോരുന്നുണ്ട; വളഞ്ഞിട്ടുണ്ട; വളഞ്ഞ് പോയി; വളഞ്ഞു; ചളുങ്ങ",
        "pa": "ਲੀਕ ਕਰ*; ਲੀਕ ਹੋ*; ਚੋਂਦ; ਟੇਢਾ; ਟੇਢੀ; ਟੇਢੇ; ਮੁੜ ਗਿਆ; ਪਿਚਕ; ਟੁੱਟਿਆ ਹੋਇਆ; ਟੁੱਟੀ ਹੋਈ; ਟੁੱਟੇ ਹੋਏ",
    },
    "show_better": {
        "en": "thicker one; thicker ones; a thicker; something thicker; thicker … show; "
        "show … thicker",
        "ta": "தடிமனா காட்டு; தடிமனா … காட்டு; தடிமனான … காட்டு; தடிமனானது காட்டு; thadimana* kaattu*",
        "te": "మందంగా … చూపించ; మందమైన … చూపించ; మందంగా ఉన్నది; మందమైనది చూపించ",
        "bn": "মোটা … দেখান; মোটা দেখান; মোটাটা দেখান; মোটা দেখাও; mota … dekhan",
        "mr": "जाड … दाखव; जाड दाखव; जाडसर … दाखव; jaad … dakhv*",
        "gu": "જાડું … બતાવ; જાડો … બતાવ; જાડી … બતાવ; જાડા … બતાવ; જાડું બતાવ; jadu … batav*",
        "kn": "ದಪ್ಪದ್ದು ತೋರಿಸ; ದಪ್ಪ ತೋರಿಸ; ದಪ್ಪ ಇರೋದು; dappaddu toris*; ಕಂಪನಿದು ತೋರಿಸ; "
        "ಕಂಪನಿದ್ದು ತೋರಿಸ; ಕಂಪನಿ ತೋರಿಸ; ಒರಿಜಿನಲ್ದು ತೋರಿಸ",
        "ml": "കട്ടിയുള്ളത് കാണിക്ക; കട്ടി കൂടിയ",
        "pa": "ਮੋਟਾ … ਦਿਖਾ; ਮੋਟਾ … ਵਿਖਾ; ਮੋਟਾ ਦਿਖਾ; ਮੋਟਾ ਵਿਖਾ; ਮੋਟੀ … ਦਿਖਾ; ਮੋਟੀ … ਵਿਖਾ",
    },
    "show_another": {
        "en": "different pattern; another pattern; other pattern; different design; "
        "another design; other design; other designs",
        "hi": "रंग में दिखा; रंग में … दिखा; rang mein dikha*; rang me dikha*",
        "ta": "கலர்ல காட்டு; கலர்ல … காட்டு; நிறத்துல காட்டு; நிறத்தில் காட்டு; colour la kaattu*",
        "te": "రంగులో చూపించ; రంగులో … చూపించ; కలర్‌లో చూపించ; కలర్లో చూపించ; rangulo chupinch*",
        "bn": "রঙে দেখান; রঙে … দেখান; রঙের … দেখান; রঙেরটা দেখান; range dekhan",
        "mr": "रंगात दाखव; रंगात … दाखव; rangat dakhv*",
        "gu": "રંગમાં બતાવ; રંગમાં … બતાવ; rang ma batav*",
        "kn": "ಬಣ್ಣದಲ್ಲಿ ತೋರಿಸ; ಬಣ್ಣದಲ್ಲಿ … ತೋರಿಸ; ಕಲರ್‌ನಲ್ಲಿ ತೋರಿಸ; bannadalli toris*",
        "ml": "നിറത്തിൽ കാണിക്ക; നിറത്തിൽ … കാണിക്ക; കളറിൽ കാണിക്ക; കളറിൽ … കാണിക്ക",
        "pa": "ਰੰਗ ਵਿੱਚ ਦਿਖਾ; ਰੰਗ ਵਿੱਚ ਵਿਖਾ; ਰੰਗ ਵਿਚ ਦਿਖਾ; ਰੰਗ ਵਿਚ ਵਿਖਾ; rang vich dikha*",
    },
    "have_it": {
        "ta": "வச்சிருக்கீங்களா; வெச்சிருக்கீங்களா; விக்கிறீங்களா; vachirukkeengala",
        "te": "ఉంచుతారా; అమ్ముతారా; unchutara; ammutara",
        "bn": "রাখেন ?; রাখো ?; বিক্রি করেন ?; rakhen ?",
        "mr": "ठेवता का; ठेवता ?; विकता का; thevta ka",
        "gu": "રાખો છો ?; વેચો છો ?; rakho cho ?",
        "kn": "ಇಟ್ಟಿದ್ದೀರಾ; ಇಡ್ತೀರಾ; ಮಾರ್ತೀರಾ; ittiddira",
        "ml": "വെക്കാറുണ്ടോ; വിൽക്കാറുണ്ടോ; vekkarundo",
        "pa": "ਰੱਖਦੇ ਹੋ ?; ਰੱਖਦੇ ਓ ?; ਵੇਚਦੇ ਹੋ ?; rakhde ho ?",
    },
}
"""Per act, per language: cues beside the act's own row."""


def kinds_cues(act: str, language: str) -> tuple[str, ...]:
    """The cues of `KINDS` for `act` in `language`, each stripped."""
    said = KINDS.get(act, {}).get(language, "")
    return tuple(c.strip() for c in said.split(";") if c.strip())
