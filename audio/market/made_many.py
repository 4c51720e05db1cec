"""Many pieces to be made, and the rate asked: "पचास ब्लाउज़ सिलवाने हैं, क्या रेट लगेगा?",
"for 50 blouses stitched, what rate?", "ಐವತ್ತು ಬ್ಲೌಸ್ ಹೊಲಿಸಬೇಕು, ಏನು ರೇಟ್?". A count of
at least `MANY` followed, past the goods' name, by a verb of having them made or of
needing them (`MADE`: stitched, printed, made, needed; "सिलवाने", "తయ్యాలి", "ಬೇಕು") is an
order, and the rate asked in that line asks the rate for that many (`bulk_price`) as a
count taken on a condition does (`audio.market.count_taken`): the count no price. A few
("दो ब्लाउज़ सिलवाने हैं") ask the plain price. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import Form, forms_in

MANY = 10
"""The least count of pieces that makes an order."""

MADE = {
    "en": "stitched; to stitch; to be stitched; made; to be made; printed; to be printed; "
    "needed; required; to order",
    "hi": "सिलवाने; सिलाने; सिलवानी; बनवाने; बनवानी; छपवाने; छपवानी; चाहिए; चाहिये; "
    "silwane; banwane; chhapwane; chahiye",
    "ta": "தைக்கணும்; தைக்க வேண்டும்; தைச்சு தரணும்; செய்யணும்; அடிக்கணும்; வேணும்; வேண்டும்; thaikkanum; venum",
    "te": "కుట్టాలి; కుట్టించాలి; చేయించాలి; చేయాలి; ప్రింట్ చేయించాలి; కావాలి; kuttali; kavali",
    "bn": "সেলাই করাব; সেলাই করাতে; সেলাই করতে; বানাব; বানাতে; ছাপাব; ছাপাতে; লাগবে; selai korabo; lagbe",
    "mr": "शिवायच; शिवून घ्यायच; बनवायच; छापायच; पाहिजेत; पाहिजे; लागतील; shivayche; pahije",
    "gu": "સીવડાવવા; સીવવા; સિવડાવવા; બનાવડાવવા; બનાવવા; છપાવવા; જોઈએ; જોઈશે; લાગશે; sivdavva; joie",
    "kn": "ಹೊಲಿಸಬೇಕು; ಹೊಲಿಯಬೇಕು; ಹೊಲಿಸ್ಬೇಕು; ಮಾಡಿಸಬೇಕು; ಮಾಡಿಸ್ಬೇಕು; ಬೇಕು; ಬೇಕಾಗುತ್ತೆ; holisabeku; beku",
    "ml": "തയ്ക്കാനുണ്ട്; തയ്ക്കണം; തയ്പ്പിക്കണം; ഉണ്ടാക്കണം; വേണം; thaykkanund*; venam",
    "pa": "ਸਿਲਾਉਣੇ; ਸਿਲਵਾਉਣੇ; ਸਿਲਾਉਣੀਆਂ; ਬਣਵਾਉਣੇ; ਛਪਵਾਉਣੇ; ਚਾਹੀਦੇ; ਚਾਹੀਦੀਆਂ; silaune; chahide",
}
"""Per language, a verb of having goods made or of needing them (English's heard in
every language)."""


def made_forms(language: str) -> tuple[Form, ...]:
    """The phrases of `MADE` for `language`."""
    return forms_in(language, MADE)
