"""Understanding by class: each kind of market speech, in every language it is said in.

The sentences here are not the corpus's (`tests/corpus/understanding`): they were written
for each class of speech (a concession "for you X", a last price, a bound, a range, a
number with a case ending before a unit, romanized short number words) so that the class
works, not one phrase of it. A line marked unsure passes when no price is recorded.
"""

from __future__ import annotations

from typing import Any

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand

# language, context (o: opening, r: a price is on the table), text, intent, rupees,
# per unit, quantity, unit, final, unsure
Case = tuple[str, str, str, str, float | None, bool | None, float | None, str | None, bool, bool]

# Moves said as people say them: 'ok, for you X' and 'for you X' (a counter), last/final/fixed
# price X (an offer marked final), 'not X, Y', 'at most X', 'make it X', ranges (asked), rupees
# with paise, fractions, accept, reject, question.
MOVES_HI_EN_TA_TE: list[Case] = [
    ("hi", "r", "अच्छा ठीक है, आपके लिए साठ रुपये किलो", "counter", 60, True, None, "kg", False, False),
    (
        "hi",
        "r",
        "ok bhaiya, aapke liye 45 laga dunga",
        "counter",
        45,
        None,
        None,
        None,
        False,
        False,
    ),
    (
        "hi",
        "r",
        "chalo theek hai, tumhare liye pachaas",
        "counter",
        50,
        None,
        None,
        None,
        False,
        False,
    ),
    ("hi", "r", "final rate 90, ab aur kam nahi", "counter", 90, None, None, None, True, False),
    ("hi", "r", "अस्सी नहीं, पचहत्तर दूँगा", "counter", 75, None, None, None, False, False),
    (
        "hi",
        "r",
        "zyada se zyada sattar de sakta hoon",
        "counter",
        70,
        None,
        None,
        None,
        False,
        False,
    ),
    ("hi", "r", "साठ कर दो भैया", "counter", 60, None, None, None, False, False),
    ("hi", "o", "तीस से चालीस रुपये किलो होगा", "offer", 30, True, None, "kg", False, True),
    ("hi", "o", "sau-sawa sau ka padega", "offer", 100, None, None, None, False, True),
    ("hi", "o", "डेढ़ सौ रुपये में दो दर्जन", "offer", 150, False, 2, "dozen", False, False),
    ("hi", "o", "साढ़े तीन सौ रुपये किलो", "offer", 350, True, None, "kg", False, False),
    ("hi", "o", "सवा सौ का एक किलो", "offer", 125, True, None, "kg", False, False),
    ("hi", "r", "ठीक है भाई, दे दो", "accept", None, None, None, None, False, False),
    ("hi", "r", "rehne do bhai, bahut mehnga hai", "reject", None, None, None, None, False, False),
    ("hi", "o", "bhaiya tamatar kaise diye?", "question", None, None, None, None, False, False),
    ("hi", "o", "पचपन रुपये पचास पैसे लीटर", "offer", 55.5, True, None, "litre", False, False),
    (
        "en",
        "r",
        "Okay sir, 60 for you, best I can do.",
        "counter",
        60,
        None,
        None,
        None,
        False,
        False,
    ),
    (
        "en",
        "r",
        "Alright, for you madam, 35 a kilo.",
        "counter",
        35,
        True,
        None,
        "kg",
        False,
        False,
    ),
    ("en", "r", "Final price, 120 per dozen.", "counter", 120, True, None, "dozen", True, False),
    ("en", "r", "Not 50, I'll give 40.", "counter", 40, None, None, None, False, False),
    ("en", "r", "Not more than 200 for the lot.", "counter", 200, False, None, None, False, False),
    ("en", "r", "Make it 90, please.", "counter", 90, None, None, None, False, False),
    ("en", "o", "Around 30 to 35 a kilo.", "offer", 30, True, None, "kg", False, True),
    ("en", "o", "Rs 18.75 a piece.", "offer", 18.75, True, None, "piece", False, False),
    ("en", "r", "Sure, take it.", "accept", None, None, None, None, False, False),
    ("en", "r", "No thanks, too expensive.", "reject", None, None, None, None, False, False),
    ("en", "o", "What's the rate for onions?", "question", None, None, None, None, False, False),
    ("ta", "r", "சரி சரி, உங்களுக்காக கிலோ அம்பது", "counter", 50, True, None, "kg", False, False),
    ("ta", "r", "ok madam, ungalukku 60 rupa", "counter", 60, None, None, None, False, False),
    ("ta", "r", "கடைசியா எண்பது ரூபா", "counter", 80, None, None, None, True, False),
    ("ta", "r", "அறுபது இல்லை, ஐம்பது தான் தருவேன்", "counter", 50, None, None, None, False, False),
    ("ta", "r", "மிஞ்சிப்போனா எழுபது ரூபா தருவேன்", "counter", 70, None, None, None, False, False),
    ("ta", "r", "எழுபதுக்கு பண்ணுங்க", "counter", 70, None, None, None, False, False),
    ("ta", "o", "கிலோ முப்பது முதல் நாப்பது வரை", "offer", 30, True, None, "kg", False, True),
    ("ta", "o", "கிலோ நாப்பத்தஞ்சு ரூபா அம்பது பைசா", "offer", 45.5, True, None, "kg", False, False),
    ("ta", "r", "சரி, குடுங்க", "accept", None, None, None, None, False, False),
    ("ta", "r", "வேணாம், ரொம்ப விலை", "reject", None, None, None, None, False, False),
    ("ta", "o", "தக்காளி எவ்வளவு?", "question", None, None, None, None, False, False),
    ("te", "r", "సరే అండి, మీకు కిలో యాభై", "counter", 50, True, None, "kg", False, False),
    ("te", "r", "ok, meeku 60 ki istanu", "counter", 60, None, None, None, False, False),
    ("te", "r", "చివరి మాట, ఎనభై రూపాయలు", "counter", 80, None, None, None, True, False),
    ("te", "r", "అరవై కాదు, యాభై ఇస్తా", "counter", 50, None, None, None, False, False),
    ("te", "r", "మహా అయితే డెబ్బై ఇస్తాను", "counter", 70, None, None, None, False, False),
    ("te", "r", "డెబ్బై చేయండి", "counter", 70, None, None, None, False, False),
    ("te", "o", "కిలో ముప్పై నుంచి నలభై", "offer", 30, True, None, "kg", False, True),
    ("te", "o", "కిలో నలభై ఐదు రూపాయల యాభై పైసలు", "offer", 45.5, True, None, "kg", False, False),
    ("te", "r", "సరే, ఇవ్వండి", "accept", None, None, None, None, False, False),
    ("te", "r", "వద్దండి, చాలా రేటు", "reject", None, None, None, None, False, False),
    ("te", "o", "టమాటా ఎంత?", "question", None, None, None, None, False, False),
]

# The same moves in Bengali, Marathi, Gujarati, Kannada, Malayalam and Punjabi.
MOVES_BN_MR_GU_KN_ML_PA: list[Case] = [
    ("bn", "r", "আচ্ছা দাদা, আপনার জন্য কিলো পঞ্চাশ", "counter", 50, True, None, "kg", False, False),
    ("bn", "r", "ok, apnake 60 e debo", "counter", 60, None, None, None, False, False),
    ("bn", "r", "শেষ দাম আশি টাকা", "counter", 80, None, None, None, True, False),
    ("bn", "r", "ষাট না, পঞ্চাশ দেব", "counter", 50, None, None, None, False, False),
    ("bn", "r", "বড়জোর সত্তর টাকা দিতে পারি", "counter", 70, None, None, None, False, False),
    ("bn", "r", "সত্তর করে দিন", "counter", 70, None, None, None, False, False),
    ("bn", "o", "কিলো তিরিশ থেকে চল্লিশ", "offer", 30, True, None, "kg", False, True),
    ("bn", "o", "কিলো পঁয়তাল্লিশ টাকা পঞ্চাশ পয়সা", "offer", 45.5, True, None, "kg", False, False),
    ("bn", "o", "আড়াইশো টাকায় দু কিলো", "offer", 250, False, 2, "kg", False, False),
    ("bn", "r", "ঠিক আছে, দিন", "accept", None, None, None, None, False, False),
    ("bn", "r", "না, অনেক দাম", "reject", None, None, None, None, False, False),
    ("bn", "o", "টমেটো কত?", "question", None, None, None, None, False, False),
    ("mr", "r", "ठीक आहे, तुमच्यासाठी किलोला पन्नास", "counter", 50, True, None, "kg", False, False),
    ("mr", "r", "ok, tumhala 60 la deto", "counter", 60, None, None, None, False, False),
    ("mr", "r", "शेवटचा भाव ऐंशी रुपये", "counter", 80, None, None, None, True, False),
    ("mr", "r", "साठ नाही, पन्नास देईन", "counter", 50, None, None, None, False, False),
    ("mr", "r", "जास्तीत जास्त सत्तर देईन", "counter", 70, None, None, None, False, False),
    ("mr", "r", "सत्तर करा", "counter", 70, None, None, None, False, False),
    ("mr", "o", "किलोला तीस ते चाळीस", "offer", 30, True, None, "kg", False, True),
    ("mr", "o", "किलो पंचेचाळीस रुपये पन्नास पैसे", "offer", 45.5, True, None, "kg", False, False),
    ("mr", "o", "अडीचशे रुपयांना दोन किलो", "offer", 250, False, 2, "kg", False, False),
    ("mr", "r", "ठीक आहे, द्या", "accept", None, None, None, None, False, False),
    ("mr", "r", "नको, खूप महाग", "reject", None, None, None, None, False, False),
    ("mr", "o", "टोमॅटो कसे दिले?", "question", None, None, None, None, False, False),
    ("gu", "r", "સારું, તમારા માટે કિલોના પચાસ", "counter", 50, True, None, "kg", False, False),
    ("gu", "r", "ok, tamne 60 ma aapish", "counter", 60, None, None, None, False, False),
    ("gu", "r", "છેલ્લો ભાવ એંસી રૂપિયા", "counter", 80, None, None, None, True, False),
    ("gu", "r", "છેલ્લી વાર કહું છું, સિત્તેર", "counter", 70, None, None, None, True, False),
    ("gu", "r", "સાઠ નહીં, પચાસ આપીશ", "counter", 50, None, None, None, False, False),
    ("gu", "r", "વધારેમાં વધારે સિત્તેર આપીશ", "counter", 70, None, None, None, False, False),
    ("gu", "r", "સિત્તેર કરી દો", "counter", 70, None, None, None, False, False),
    ("gu", "o", "કિલોના ત્રીસથી ચાલીસ", "offer", 30, True, None, "kg", False, True),
    ("gu", "o", "કિલોના પિસ્તાલીસ રૂપિયા પચાસ પૈસા", "offer", 45.5, True, None, "kg", False, False),
    ("gu", "o", "પચીસ રૂપિયે પચાસ પૈસે નંગ", "offer", 25.5, True, None, "piece", False, False),
    ("gu", "o", "અઢીસો રૂપિયામાં બે કિલો", "offer", 250, False, 2, "kg", False, False),
    ("gu", "o", "સાડા ત્રણસો રૂપિયે કિલો", "offer", 350, True, None, "kg", False, False),
    ("gu", "r", "be kilo na 90 rupiya", "counter", 90, False, 2, "kg", False, False),
    ("gu", "r", "ઠીક છે, આપી દો", "accept", None, None, None, None, False, False),
    ("gu", "r", "ના, બહુ મોંઘું", "reject", None, None, None, None, False, False),
    ("gu", "o", "ટામેટાં કેટલાના?", "question", None, None, None, None, False, False),
    ("kn", "r", "ಸರಿ ಸರ್, ನಿಮಗೆ ಕೆಜಿ ಐವತ್ತು", "counter", 50, True, None, "kg", False, False),
    ("kn", "r", "ok, nimge 60 ge kodtini", "counter", 60, None, None, None, False, False),
    ("kn", "r", "ಕೊನೆ ಮಾತು, ಎಂಬತ್ತು ರೂಪಾಯಿ", "counter", 80, None, None, None, True, False),
    ("kn", "r", "ಅರವತ್ತು ಅಲ್ಲ, ಐವತ್ತು ಕೊಡ್ತೀನಿ", "counter", 50, None, None, None, False, False),
    ("kn", "r", "ಜಾಸ್ತಿ ಅಂದ್ರೆ ಎಪ್ಪತ್ತು ಕೊಡ್ತೀನಿ", "counter", 70, None, None, None, False, False),
    ("kn", "r", "ಎಪ್ಪತ್ತು ಮಾಡಿ", "counter", 70, None, None, None, False, False),
    ("kn", "o", "ಕೆಜಿಗೆ ಮೂವತ್ತರಿಂದ ನಲವತ್ತು", "offer", 30, True, None, "kg", False, True),
    ("kn", "o", "ಕೆಜಿಗೆ ನಲವತ್ತೈದು ರೂಪಾಯಿ ಐವತ್ತು ಪೈಸೆ", "offer", 45.5, True, None, "kg", False, False),
    ("kn", "r", "ಸರಿ, ಕೊಡಿ", "accept", None, None, None, None, False, False),
    ("kn", "r", "ಬೇಡ, ತುಂಬಾ ದುಬಾರಿ", "reject", None, None, None, None, False, False),
    ("kn", "o", "ಟೊಮೆಟೊ ಎಷ್ಟು?", "question", None, None, None, None, False, False),
    ("ml", "r", "ശരി, നിങ്ങൾക്ക് കിലോ അമ്പത്", "counter", 50, True, None, "kg", False, False),
    ("ml", "r", "ok, ningalkku 60 nu tharam", "counter", 60, None, None, None, False, False),
    ("ml", "r", "അവസാന വില എൺപത് രൂപ", "counter", 80, None, None, None, True, False),
    ("ml", "r", "അറുപത് അല്ല, അമ്പത് തരാം", "counter", 50, None, None, None, False, False),
    ("ml", "r", "പരമാവധി എഴുപത് തരാം", "counter", 70, None, None, None, False, False),
    ("ml", "r", "എഴുപത് ആക്ക്", "counter", 70, None, None, None, False, False),
    ("ml", "o", "കിലോ മുപ്പത് മുതൽ നാൽപത് വരെ", "offer", 30, True, None, "kg", False, True),
    ("ml", "o", "കിലോ നാൽപ്പത്തഞ്ച് രൂപ അമ്പത് പൈസ", "offer", 45.5, True, None, "kg", False, False),
    ("ml", "r", "ശരി, തന്നോളൂ", "accept", None, None, None, None, False, False),
    ("ml", "r", "വേണ്ട, ഭയങ്കര വില", "reject", None, None, None, None, False, False),
    ("ml", "o", "തക്കാളി എത്രയാ?", "question", None, None, None, None, False, False),
    ("pa", "r", "ਚੰਗਾ ਜੀ, ਤੁਹਾਡੇ ਲਈ ਕਿੱਲੋ ਪੰਜਾਹ", "counter", 50, True, None, "kg", False, False),
    ("pa", "r", "ok, tuhanu 60 ch de dunga", "counter", 60, None, None, None, False, False),
    ("pa", "r", "ਆਖਰੀ ਭਾਅ ਅੱਸੀ ਰੁਪਏ", "counter", 80, None, None, None, True, False),
    ("pa", "r", "ਸੱਠ ਨਹੀਂ, ਪੰਜਾਹ ਦਿਆਂਗਾ", "counter", 50, None, None, None, False, False),
    ("pa", "r", "ਵੱਧ ਤੋਂ ਵੱਧ ਸੱਤਰ ਦਿਆਂਗਾ", "counter", 70, None, None, None, False, False),
    ("pa", "r", "ਸੱਤਰ ਕਰ ਦਿਓ", "counter", 70, None, None, None, False, False),
    ("pa", "o", "ਕਿੱਲੋ ਤੀਹ ਤੋਂ ਚਾਲੀ", "offer", 30, True, None, "kg", False, True),
    ("pa", "o", "ਕਿੱਲੋ ਪੰਜਤਾਲੀ ਰੁਪਏ ਪੰਜਾਹ ਪੈਸੇ", "offer", 45.5, True, None, "kg", False, False),
    ("pa", "o", "ਢਾਈ ਸੌ ਦੇ ਦੋ ਕਿੱਲੋ", "offer", 250, False, 2, "kg", False, False),
    ("pa", "r", "ਠੀਕ ਹੈ, ਦੇ ਦਿਓ", "accept", None, None, None, None, False, False),
    ("pa", "r", "ਨਹੀਂ, ਬਹੁਤ ਮਹਿੰਗਾ", "reject", None, None, None, None, False, False),
    ("pa", "o", "ਟਮਾਟਰ ਕਿਵੇਂ?", "question", None, None, None, None, False, False),
]

# Case endings on numbers and currency words (Gujarati -e, -na, -ma; Marathi -la; Punjabi 'ch';
# Bengali -e), joined hundreds and fractions, romanized typing, Gujarati 'be' as two.
ENDINGS_AND_FORMS: list[Case] = [
    ("gu", "o", "ભીંડા ચાલીસે કિલો", "offer", 40, True, None, "kg", False, False),
    ("gu", "o", "બટાકા વીસના કિલો", "offer", 20, True, None, "kg", False, False),
    ("gu", "o", "કિલોના સાઠ", "offer", 60, True, None, "kg", False, False),
    ("gu", "o", "કોથમીર દસની ઝૂડી", "offer", 10, True, None, "bunch", False, False),
    ("gu", "r", "પચાસમાં બે કિલો આપો", "counter", 50, False, 2, "kg", False, False),
    ("gu", "r", "ચાલીસ રૂપિયે આપો તો લઉં", "counter", 40, None, None, None, False, False),
    ("gu", "o", "દોઢસો રૂપિયે ડઝન", "offer", 150, True, None, "dozen", False, False),
    ("gu", "o", "અઢીસોના બે કિલો", "offer", 250, False, 2, "kg", False, False),
    ("gu", "o", "સવાસો રૂપિયા કિલો", "offer", 125, True, None, "kg", False, False),
    ("gu", "o", "પોણા બસો રૂપિયા", "offer", 175, None, None, None, False, False),
    ("gu", "o", "સાડા બાવીસ રૂપિયે નંગ", "offer", 22.5, True, None, "piece", False, False),
    ("gu", "o", "ત્રીસ રૂપિયા પચીસ પૈસે કિલો", "offer", 30.25, True, None, "kg", False, False),
    ("gu", "o", "kilo na chalis rupiya", "offer", 40, True, None, "kg", False, False),
    ("gu", "o", "pachas rupiye kilo", "offer", 50, True, None, "kg", False, False),
    ("gu", "r", "tris ma aapo ne", "counter", 30, None, None, None, False, False),
    ("gu", "r", "pachas rupiya ma be kilo", "counter", 50, False, 2, "kg", False, False),
    ("gu", "r", "chhello bhav saath rupiya", "counter", 60, None, None, None, True, False),
    ("gu", "r", "chhelli vaar, pachas", "counter", 50, None, None, None, True, False),
    ("gu", "r", "ના, ચાલીસ નહીં, પાંત્રીસ", "counter", 35, None, None, None, False, False),
    ("gu", "r", "પાંત્રીસથી વધારે નહીં આપું", "counter", 35, None, None, None, False, False),
    ("gu", "o", "ત્રીસ-પાંત્રીસ રૂપિયા થશે", "offer", 30, None, None, None, False, True),
    ("gu", "o", "ત્રીસ કે પાંત્રીસ", "offer", 30, None, None, None, False, True),
    ("gu", "r", "બરાબર, ચાલીસમાં જ આપો", "accept", 40, None, None, None, False, False),
    ("gu", "r", "ભલે, લઈ લો", "accept", None, None, None, None, False, False),
    ("gu", "r", "ના ના, આટલામાં ન પોસાય", "reject", None, None, None, None, False, False),
    ("gu", "o", "આ કેરી શું ભાવે આપી?", "question", None, None, None, None, False, False),
    ("gu", "o", "ટામેટાં કિલોના કેટલા?", "question", None, None, None, "kg", False, False),
    ("gu", "o", "હું કાલે આવીશ", "other", None, None, None, None, False, False),
    ("gu", "o", "મારે ત્રણ છોકરાં છે", "other", None, None, None, None, False, False),
    ("gu", "r", "ઓકે, તમને પિસ્તાલીસમાં આપું", "counter", 45, None, None, None, False, False),
    ("gu", "o", "૫૦ રૂપિયે કિલો", "offer", 50, True, None, "kg", False, False),
    ("gu", "o", "ત્રણ કિલો સો રૂપિયામાં", "offer", 100, False, 3, "kg", False, False),
    ("gu", "o", "એક ડઝન કેળાં સાઠ રૂપિયા", "offer", 60, True, None, "dozen", False, False),
    ("mr", "o", "भेंडी चाळीस रुपये किलो", "offer", 40, True, None, "kg", False, False),
    ("mr", "r", "पन्नासला दोन किलो द्या", "counter", 50, False, 2, "kg", False, False),
    ("mr", "r", "तीसला द्या ना", "counter", 30, None, None, None, False, False),
    ("mr", "o", "दीडशे रुपये डझन", "offer", 150, True, None, "dozen", False, False),
    ("mr", "o", "सव्वाशे रुपये किलो", "offer", 125, True, None, "kg", False, False),
    ("mr", "r", "pannasla dya", "counter", 50, None, None, None, False, False),
    ("mr", "r", "chalisla don kilo", "counter", 40, False, 2, "kg", False, False),
    ("pa", "o", "ਭਿੰਡੀ ਚਾਲੀ ਰੁਪਏ ਕਿੱਲੋ", "offer", 40, True, None, "kg", False, False),
    ("pa", "r", "ਪੰਜਾਹ ਦੇ ਦੋ ਕਿੱਲੋ ਦੇ ਦਿਓ", "counter", 50, False, 2, "kg", False, False),
    ("pa", "r", "ਤੀਹ ਵਿੱਚ ਦੇ ਦਿਓ", "counter", 30, None, None, None, False, False),
    ("pa", "o", "ਡੇਢ ਸੌ ਰੁਪਏ ਦਰਜਨ", "offer", 150, True, None, "dozen", False, False),
    ("pa", "r", "panjah ch de do", "counter", 50, None, None, None, False, False),
    ("pa", "r", "chaali rupaye kilo la do", "counter", 40, True, None, "kg", False, False),
    ("pa", "r", "ਠੀਕ ਹੈ, ਚਾਲੀ ਹੀ ਸਹੀ", "accept", 40, None, None, None, False, False),
    ("bn", "o", "ঢেঁড়স চল্লিশ টাকা কিলো", "offer", 40, True, None, "kg", False, False),
    ("bn", "r", "পঞ্চাশে দু কিলো দিন", "counter", 50, False, 2, "kg", False, False),
    ("bn", "r", "তিরিশে দিন না", "counter", 30, None, None, None, False, False),
    ("bn", "o", "দেড়শো টাকা ডজন", "offer", 150, True, None, "dozen", False, False),
    ("bn", "r", "ponchash e din", "counter", 50, None, None, None, False, False),
    ("bn", "r", "challish taka kilo din", "counter", 40, True, None, "kg", False, False),
]

# A number with a 'for'/'at' ending right before a unit word is the unit's price; with an emphatic
# ending it still counts.
PRICE_ENDINGS_BEFORE_A_UNIT: list[Case] = [
    ("ta", "o", "நாப்பதுக்கு கிலோ", "offer", 40, True, None, "kg", False, False),
    ("te", "o", "నలభైకి కిలో", "offer", 40, True, None, "kg", False, False),
    ("kn", "o", "ನಲವತ್ತಕ್ಕೆ ಕೆಜಿ", "offer", 40, True, None, "kg", False, False),
    ("ml", "o", "നാൽപതിന് കിലോ", "offer", 40, True, None, "kg", False, False),
    ("mr", "o", "चाळीसला किलो", "offer", 40, True, None, "kg", False, False),
    ("bn", "o", "চল্লিশে কিলো", "offer", 40, True, None, "kg", False, False),
    ("pa", "o", "ਚਾਲੀਆਂ ਦਾ ਕਿੱਲੋ", "offer", 40, True, None, "kg", False, False),
    ("gu", "o", "ચાલીસનો કિલો", "offer", 40, True, None, "kg", False, False),
    ("ta", "o", "ரெண்டே கிலோ போதும்", "other", None, None, 2, "kg", False, False),
    ("kn", "o", "ಎರಡೇ ಕೆಜಿ ಸಾಕು", "other", None, None, 2, "kg", False, False),
]

# Everyday lines: romanized numbers with endings, digits with native endings, 'X for N kilos',
# questions and accepts with fillers.
EVERYDAY_FORMS: list[Case] = [
    ("ta", "r", "40-க்கு குடுங்க", "counter", 40, None, None, None, False, False),
    ("ta", "o", "வெங்காயம் கிலோ 35 ரூபாய்", "offer", 35, True, None, "kg", False, False),
    ("ta", "r", "நூறு ரூபாய்க்கு மூணு கிலோ குடுங்க", "counter", 100, False, 3, "kg", False, False),
    ("ta", "o", "கிலோ எவ்ளோ?", "question", None, None, None, "kg", False, False),
    ("ta", "r", "சரி, எடுத்துக்கோங்க", "accept", None, None, None, None, False, False),
    ("ta", "o", "ஒரு டஜன் வாழைப்பழம் அறுபது", "offer", 60, True, None, "dozen", False, False),
    ("ta", "r", "அம்பது தான், அதுக்கு மேல முடியாது", "counter", 50, None, None, None, False, False),
    ("te", "o", "tomato kilo nalabhai", "offer", 40, True, None, "kg", False, False),
    ("te", "r", "nalabhaiki ivvandi", "counter", 40, None, None, None, False, False),
    ("te", "r", "40కి ఇవ్వండి", "counter", 40, None, None, None, False, False),
    ("te", "r", "వంద రూపాయలకి మూడు కిలోలు ఇవ్వండి", "counter", 100, False, 3, "kg", False, False),
    ("te", "o", "కిలో ఎంతండి?", "question", None, None, None, "kg", False, False),
    ("te", "r", "సరే, తీసుకోండి", "accept", None, None, None, None, False, False),
    ("te", "o", "డజను అరటిపండ్లు అరవై", "offer", 60, True, None, "dozen", False, False),
    ("te", "r", "యాభై మాత్రమే, అంతకంటే ఎక్కువ ఇవ్వను", "counter", 50, None, None, None, False, False),
    ("kn", "o", "tomato kg nalavattu", "offer", 40, True, None, "kg", False, False),
    ("kn", "r", "nalavattakke kodi", "counter", 40, None, None, None, False, False),
    ("kn", "r", "40ಕ್ಕೆ ಕೊಡಿ", "counter", 40, None, None, None, False, False),
    ("kn", "r", "ನೂರು ರೂಪಾಯಿಗೆ ಮೂರು ಕೆಜಿ ಕೊಡಿ", "counter", 100, False, 3, "kg", False, False),
    ("kn", "o", "ಕೆಜಿ ಎಷ್ಟು ಸ್ವಾಮಿ?", "question", None, None, None, "kg", False, False),
    ("kn", "r", "ಸರಿ, ತಗೊಳ್ಳಿ", "accept", None, None, None, None, False, False),
    ("kn", "o", "ಡಜನ್ ಬಾಳೆಹಣ್ಣು ಅರವತ್ತು", "offer", 60, True, None, "dozen", False, False),
    ("ml", "o", "thakkali kilo nalpathu", "offer", 40, True, None, "kg", False, False),
    ("ml", "r", "nalpathinu tharu", "counter", 40, None, None, None, False, False),
    ("ml", "r", "40-ന് തരൂ", "counter", 40, None, None, None, False, False),
    ("ml", "r", "നൂറ് രൂപയ്ക്ക് മൂന്ന് കിലോ തരൂ", "counter", 100, False, 3, "kg", False, False),
    ("ml", "o", "കിലോ എത്രയാ ചേട്ടാ?", "question", None, None, None, "kg", False, False),
    ("ml", "r", "ശരി, എടുത്തോ", "accept", None, None, None, None, False, False),
    ("ml", "o", "ഒരു ഡസൻ പഴം അറുപത്", "offer", 60, True, None, "dozen", False, False),
    ("bn", "r", "একশো টাকায় তিন কিলো দিন", "counter", 100, False, 3, "kg", False, False),
    ("bn", "o", "কিলো কত দাদা?", "question", None, None, None, "kg", False, False),
    ("bn", "r", "আচ্ছা, নিয়ে নিন", "accept", None, None, None, None, False, False),
    ("bn", "o", "এক ডজন কলা ষাট টাকা", "offer", 60, True, None, "dozen", False, False),
    ("bn", "o", "tomato kilo challish", "offer", 40, True, None, "kg", False, False),
    ("mr", "r", "शंभर रुपयांना तीन किलो द्या", "counter", 100, False, 3, "kg", False, False),
    ("mr", "o", "किलो कसा दिला?", "question", None, None, None, "kg", False, False),
    ("mr", "o", "एक डझन केळी साठ रुपये", "offer", 60, True, None, "dozen", False, False),
    ("mr", "o", "tomato kilo chalis", "offer", 40, True, None, "kg", False, False),
    ("pa", "r", "ਸੌ ਰੁਪਏ ਦੇ ਤਿੰਨ ਕਿੱਲੋ ਦੇ ਦਿਓ", "counter", 100, False, 3, "kg", False, False),
    ("pa", "o", "ਕਿੱਲੋ ਕਿੰਨੇ ਦਾ?", "question", None, None, None, "kg", False, False),
    ("pa", "o", "ਇੱਕ ਦਰਜਨ ਕੇਲੇ ਸੱਠ ਰੁਪਏ", "offer", 60, True, None, "dozen", False, False),
    ("pa", "o", "tamatar kilo chaali", "offer", 40, True, None, "kg", False, False),
    ("gu", "o", "tameta kilo chalis", "offer", 40, True, None, "kg", False, False),
    ("gu", "r", "40ને કિલો આપો", "counter", 40, True, None, "kg", False, False),
    ("gu", "r", "સો રૂપિયાના ત્રણ કિલો આપો", "counter", 100, False, 3, "kg", False, False),
    ("hi", "r", "sau rupaye mein teen kilo de do", "counter", 100, False, 3, "kg", False, False),
    ("hi", "o", "kilo kitne ka hai bhaiya?", "question", None, None, None, "kg", False, False),
    ("hi", "o", "ek darjan kele saath rupaye", "offer", 60, True, None, "dozen", False, False),
    ("hi", "o", "40 ka kilo", "offer", 40, True, None, "kg", False, False),
    ("en", "o", "Bananas, sixty a dozen.", "offer", 60, True, None, "dozen", False, False),
    ("en", "r", "Give me three kilos for a hundred.", "counter", 100, False, 3, "kg", False, False),
]

# 'X, not more (less) than that': a bound that holds X, never a refusal of it.
THAN_THAT: list[Case] = [
    ("hi", "r", "पचास, इससे ज़्यादा नहीं दूँगा", "counter", 50, None, None, None, False, False),
    ("hi", "r", "pachaas, usse zyada nahi", "counter", 50, None, None, None, False, False),
    ("en", "r", "Fifty, not a rupee more.", "counter", 50, None, None, None, False, False),
    ("ta", "r", "அம்பது, அதுக்கு மேல தர மாட்டேன்", "counter", 50, None, None, None, False, False),
    ("te", "r", "యాభై, అంతకంటే ఎక్కువ ఇవ్వను", "counter", 50, None, None, None, False, False),
    ("te", "r", "యాభై, అంతకన్నా ఎక్కువ ఇవ్వలేను", "counter", 50, None, None, None, False, False),
    ("kn", "r", "ಐವತ್ತು, ಅದಕ್ಕಿಂತ ಜಾಸ್ತಿ ಕೊಡಲ್ಲ", "counter", 50, None, None, None, False, False),
    ("ml", "r", "അമ്പത്, അതിൽ കൂടുതൽ തരില്ല", "counter", 50, None, None, None, False, False),
    ("bn", "r", "পঞ্চাশ, এর বেশি দেব না", "counter", 50, None, None, None, False, False),
    ("mr", "r", "पन्नास, यापेक्षा जास्त देणार नाही", "counter", 50, None, None, None, False, False),
    ("gu", "r", "પચાસ, એનાથી વધારે નહીં આપું", "counter", 50, None, None, None, False, False),
    ("gu", "r", "પચાસ, આનાથી વધારે નહીં", "counter", 50, None, None, None, False, False),
    ("pa", "r", "ਪੰਜਾਹ, ਇਸ ਤੋਂ ਵੱਧ ਨਹੀਂ ਦਿਆਂਗਾ", "counter", 50, None, None, None, False, False),
    ("hi", "r", "साठ रुपये, इससे कम नहीं होगा", "counter", 60, None, None, None, False, False),
    ("ta", "r", "அறுபது, அதுக்கு கீழ முடியாது", "counter", 60, None, None, None, False, False),
    ("te", "r", "అరవై, అంతకంటే తక్కువ కుదరదు", "counter", 60, None, None, None, False, False),
    ("kn", "r", "ಅರವತ್ತು, ಅದಕ್ಕಿಂತ ಕಡಿಮೆ ಆಗಲ್ಲ", "counter", 60, None, None, None, False, False),
    ("ml", "r", "അറുപത്, അതിൽ കുറയില്ല", "counter", 60, None, None, None, False, False),
    ("bn", "r", "ষাট, এর কমে হবে না", "counter", 60, None, None, None, False, False),
    ("mr", "r", "साठ, यापेक्षा कमी होणार नाही", "counter", 60, None, None, None, False, False),
    ("gu", "r", "સાઠ, એનાથી ઓછું નહીં થાય", "counter", 60, None, None, None, False, False),
    ("pa", "r", "ਸੱਠ, ਇਸ ਤੋਂ ਘੱਟ ਨਹੀਂ ਹੋਣਾ", "counter", 60, None, None, None, False, False),
]

CASES = (
    MOVES_HI_EN_TA_TE
    + MOVES_BN_MR_GU_KN_ML_PA
    + ENDINGS_AND_FORMS
    + PRICE_ENDINGS_BEFORE_A_UNIT
    + EVERYDAY_FORMS
    + THAN_THAT
)


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c[0]}:{c[2]}") for c in CASES])
def test_understood_by_class(case: Case) -> None:
    language, context, text, intent, rupees, per_unit, quantity, unit, final, unsure = case
    said = understand(text, language=language, has_outstanding_offer=context == "r")
    recorded = said.amount_paise if said.confidence >= MIN_CONFIDENCE else None
    if unsure:
        assert recorded is None, said
        return
    got: dict[str, Any] = {
        "intent": str(said.intent),
        "amount_paise": recorded,
        "per_unit": said.per_unit,
        "quantity": said.quantity,
        "unit": said.unit,
        "final": said.final,
    }
    want = {
        "intent": intent,
        "amount_paise": None if rupees is None else round(rupees * 100),
        "per_unit": per_unit,
        "quantity": quantity,
        "unit": unit,
        "final": final,
    }
    assert got == want


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "mujhe teen chahiye"),
        ("hi", "मुझे तीन चाहिए"),
        ("en", "I need three"),
        ("gu", "મારે ચાર જોઈએ"),
        ("bn", "আমার দুটো লাগবে"),
        ("ta", "எனக்கு மூணு வேணும்"),
    ],
)
def test_a_lone_small_number_is_asked_never_recorded(language: str, text: str) -> None:
    said = understand(text, language=language)
    assert said.amount_paise is None or said.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("hi", "सत्तर... नहीं नहीं, पैंसठ रुपये किलो", "offer"),
        ("en", "Eighty... no, seventy-five a dozen.", "offer"),
        ("hi", "सत्तर नहीं, पैंसठ", "counter"),
    ],
)
def test_a_price_broken_off_and_corrected_opens_with_the_correction(
    language: str, text: str, intent: str
) -> None:
    said = understand(text, language=language)
    assert str(said.intent) == intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ಎರಡ್ನೂರ ಐವತ್ತು ರೂಪಾಯಿ"),  # a hundred run into a word the tables lack
        ("te", "రెండ్వందల యాభై రూపాయలు"),
        ("en", "thirty fiv rupees"),  # a word between the number and its rupees
        ("hi", "tees paach rupaye"),
        ("ta", "முப்பது அஞ்ச் ரூபா"),
    ],
)
def test_an_unknown_word_inside_a_price_is_asked(language: str, text: str) -> None:
    said = understand(text, language=language)
    assert said.amount_paise is None or said.confidence < MIN_CONFIDENCE, said


@pytest.mark.parametrize(
    ("text", "rupees"),
    [("पैतीस रुपये किलो", 35), ("पेंतीस रुपये", 35), ("चौसठ रुपये", 64), ("पैतालीस रुपये", 45)],
)
def test_hindi_numbers_spelt_without_their_nasal(text: str, rupees: int) -> None:
    assert understand(text, language="hi").amount_paise == rupees * 100


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "सौ, पचास रुपये"),  # a hundred, then fifty: a correction, or 150
        ("hi", "ek hazaar, do sau"),
        ("ta", "நூறு, ஐம்பது ரூபா"),
        ("gu", "સો, પચાસ રૂપિયા"),
        ("en", "two hundred, fifty rupees"),
    ],
)
def test_number_words_across_a_pause_are_asked(language: str, text: str) -> None:
    said = understand(text, language=language)
    assert said.amount_paise is None or said.confidence < MIN_CONFIDENCE, said
