"""What a listener is told while the other side confirms a spoken move.

A spoken accept or refusal waits for its speaker's one-word yes (`confirm_prompt`,
`end_deal_prompt`). Meanwhile the other side would hear nothing, so it is told, in its own
language, that the other side is confirming; and told again when the question lapses or
is answered with other words ("The vendor did not confirm. The bargaining goes on."). A
yes needs no notice of its own: the deal, or the end of the negotiation, is said.

Notices are keyed by a code and its parameters (the confirming side, the move, the
state), as the room's other notices are: the `confirming` event carries the code, each
socket gets `text` in its own language, and a voice hears it said. The vendor and the
customer are named as the pages name them, in the polite plural the pages use.
"""

from __future__ import annotations

MOVES: tuple[str, ...] = ("accept", "reject")
"""A spoken accept of the other side's offer, or a spoken refusal that ends the deal."""

STATES: tuple[str, ...] = ("waiting", "answered", "cancelled", "lapsed")
"""The question waits for its yes; was answered yes (the deal or the end follows); was
answered with other words; or went unanswered past its time."""

WAITING_ACCEPT: dict[str, dict[str, str]] = {
    "en": {
        "vendor": "The vendor is confirming the deal.",
        "customer": "The customer is confirming the deal.",
    },
    "hi": {
        "vendor": "दुकानदार सौदे की पुष्टि कर रहे हैं।",
        "customer": "ग्राहक सौदे की पुष्टि कर रहे हैं।",
    },
    "mr": {
        "vendor": "दुकानदार सौद्याची खात्री करत आहेत.",
        "customer": "ग्राहक सौद्याची खात्री करत आहेत.",
    },
    "gu": {
        "vendor": "વેપારી સોદાની પુષ્ટિ કરી રહ્યા છે.",
        "customer": "ગ્રાહક સોદાની પુષ્ટિ કરી રહ્યા છે.",
    },
    "pa": {
        "vendor": "ਦੁਕਾਨਦਾਰ ਸੌਦੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰ ਰਹੇ ਹਨ।",
        "customer": "ਗਾਹਕ ਸੌਦੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰ ਰਹੇ ਹਨ।",
    },
    "bn": {
        "vendor": "দোকানদার চুক্তিটি নিশ্চিত করছেন।",
        "customer": "ক্রেতা চুক্তিটি নিশ্চিত করছেন।",
    },
    "ta": {
        "vendor": "கடைக்காரர் ஒப்பந்தத்தை உறுதி செய்கிறார்.",
        "customer": "வாடிக்கையாளர் ஒப்பந்தத்தை உறுதி செய்கிறார்.",
    },
    "te": {
        "vendor": "దుకాణదారు ఒప్పందాన్ని నిర్ధారిస్తున్నారు.",
        "customer": "కస్టమర్ ఒప్పందాన్ని నిర్ధారిస్తున్నారు.",
    },
    "kn": {
        "vendor": "ಅಂಗಡಿಯವರು ಒಪ್ಪಂದವನ್ನು ಖಚಿತಪಡಿಸುತ್ತಿದ್ದಾರೆ.",
        "customer": "ಗ್ರಾಹಕರು ಒಪ್ಪಂದವನ್ನು ಖಚಿತಪಡಿಸುತ್ತಿದ್ದಾರೆ.",
    },
    "ml": {
        "vendor": "കച്ചവടക്കാരൻ ഇടപാട് സ്ഥിരീകരിക്കുകയാണ്.",
        "customer": "ഉപഭോക്താവ് ഇടപാട് സ്ഥിരീകരിക്കുകയാണ്.",
    },
}
"""Told while a spoken accept waits for its yes: the side named is the one confirming."""

WAITING_REJECT: dict[str, dict[str, str]] = {
    "en": {
        "vendor": "The vendor is confirming before ending the deal.",
        "customer": "The customer is confirming before ending the deal.",
    },
    "hi": {
        "vendor": "दुकानदार सौदा खत्म करने से पहले पुष्टि कर रहे हैं।",
        "customer": "ग्राहक सौदा खत्म करने से पहले पुष्टि कर रहे हैं।",
    },
    "mr": {
        "vendor": "दुकानदार सौदा संपवण्यापूर्वी खात्री करत आहेत.",
        "customer": "ग्राहक सौदा संपवण्यापूर्वी खात्री करत आहेत.",
    },
    "gu": {
        "vendor": "વેપારી સોદો પૂરો કરતાં પહેલાં પુષ્ટિ કરી રહ્યા છે.",
        "customer": "ગ્રાહક સોદો પૂરો કરતાં પહેલાં પુષ્ટિ કરી રહ્યા છે.",
    },
    "pa": {
        "vendor": "ਦੁਕਾਨਦਾਰ ਸੌਦਾ ਖਤਮ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਪੁਸ਼ਟੀ ਕਰ ਰਹੇ ਹਨ।",
        "customer": "ਗਾਹਕ ਸੌਦਾ ਖਤਮ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਪੁਸ਼ਟੀ ਕਰ ਰਹੇ ਹਨ।",
    },
    "bn": {
        "vendor": "দোকানদার দরদাম শেষ করার আগে নিশ্চিত করছেন।",
        "customer": "ক্রেতা দরদাম শেষ করার আগে নিশ্চিত করছেন।",
    },
    "ta": {
        "vendor": "கடைக்காரர் பேரத்தை முடிக்கும் முன் உறுதி செய்கிறார்.",
        "customer": "வாடிக்கையாளர் பேரத்தை முடிக்கும் முன் உறுதி செய்கிறார்.",
    },
    "te": {
        "vendor": "దుకాణదారు బేరం ముగించే ముందు నిర్ధారిస్తున్నారు.",
        "customer": "కస్టమర్ బేరం ముగించే ముందు నిర్ధారిస్తున్నారు.",
    },
    "kn": {
        "vendor": "ಅಂಗಡಿಯವರು ವ್ಯಾಪಾರ ಮುಗಿಸುವ ಮೊದಲು ಖಚಿತಪಡಿಸುತ್ತಿದ್ದಾರೆ.",
        "customer": "ಗ್ರಾಹಕರು ವ್ಯಾಪಾರ ಮುಗಿಸುವ ಮೊದಲು ಖಚಿತಪಡಿಸುತ್ತಿದ್ದಾರೆ.",
    },
    "ml": {
        "vendor": "കച്ചവടക്കാരൻ കച്ചവടം അവസാനിപ്പിക്കുന്നതിന് മുമ്പ് സ്ഥിരീകരിക്കുകയാണ്.",
        "customer": "ഉപഭോക്താവ് കച്ചവടം അവസാനിപ്പിക്കുന്നതിന് മുമ്പ് സ്ഥിരീകരിക്കുകയാണ്.",
    },
}
"""Told while a spoken refusal waits for its yes before it ends the negotiation."""

NOT_CONFIRMED: dict[str, dict[str, str]] = {
    "en": {
        "vendor": "The vendor did not confirm. The bargaining goes on.",
        "customer": "The customer did not confirm. The bargaining goes on.",
    },
    "hi": {
        "vendor": "दुकानदार ने पुष्टि नहीं की। मोलभाव जारी है।",
        "customer": "ग्राहक ने पुष्टि नहीं की। मोलभाव जारी है।",
    },
    "mr": {
        "vendor": "दुकानदाराने खात्री केली नाही. घासाघीस सुरू आहे.",
        "customer": "ग्राहकाने खात्री केली नाही. घासाघीस सुरू आहे.",
    },
    "gu": {
        "vendor": "વેપારીએ પુષ્ટિ કરી નથી. ભાવતાલ ચાલુ છે.",
        "customer": "ગ્રાહકે પુષ્ટિ કરી નથી. ભાવતાલ ચાલુ છે.",
    },
    "pa": {
        "vendor": "ਦੁਕਾਨਦਾਰ ਨੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ। ਮੋਲ-ਭਾਅ ਜਾਰੀ ਹੈ।",
        "customer": "ਗਾਹਕ ਨੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ। ਮੋਲ-ਭਾਅ ਜਾਰੀ ਹੈ।",
    },
    "bn": {
        "vendor": "দোকানদার নিশ্চিত করেননি। দরদাম চলছে।",
        "customer": "ক্রেতা নিশ্চিত করেননি। দরদাম চলছে।",
    },
    "ta": {
        "vendor": "கடைக்காரர் உறுதி செய்யவில்லை. பேரம் தொடர்கிறது.",
        "customer": "வாடிக்கையாளர் உறுதி செய்யவில்லை. பேரம் தொடர்கிறது.",
    },
    "te": {
        "vendor": "దుకాణదారు నిర్ధారించలేదు. బేరం కొనసాగుతోంది.",
        "customer": "కస్టమర్ నిర్ధారించలేదు. బేరం కొనసాగుతోంది.",
    },
    "kn": {
        "vendor": "ಅಂಗಡಿಯವರು ಖಚಿತಪಡಿಸಲಿಲ್ಲ. ಚೌಕಾಸಿ ಮುಂದುವರಿಯುತ್ತದೆ.",
        "customer": "ಗ್ರಾಹಕರು ಖಚಿತಪಡಿಸಲಿಲ್ಲ. ಚೌಕಾಸಿ ಮುಂದುವರಿಯುತ್ತದೆ.",
    },
    "ml": {
        "vendor": "കച്ചവടക്കാരൻ സ്ഥിരീകരിച്ചില്ല. വിലപേശൽ തുടരുന്നു.",
        "customer": "ഉപഭോക്താവ് സ്ഥിരീകരിച്ചില്ല. വിലപേശൽ തുടരുന്നു.",
    },
}
"""Told when the question lapsed, or was answered with other words than a yes."""

LANGUAGES: tuple[str, ...] = tuple(WAITING_ACCEPT)


def confirming_text(side: str, move: str, state: str, language: str) -> str | None:
    """The notice for the listener, in `language` (English for one without a table), of
    `side` confirming its spoken `move` in `state`; None where nothing is told (`answered`:
    the deal or the end of the negotiation is said instead)."""
    if state == "waiting":
        table = WAITING_ACCEPT if move == "accept" else WAITING_REJECT
    elif state in ("cancelled", "lapsed"):
        table = NOT_CONFIRMED
    else:
        return None
    words = table.get(language) or table["en"]
    return words.get(side) or words["customer"]
