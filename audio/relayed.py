"""Words no engine could translate are never read out as a transliteration (an English
sentence spelt in Devanagari and read by a Hindi voice is gibberish). The listener
hears a short note in their own language, "The customer said (in English):", and then
the speaker's own voice, relayed; typed words are read by a voice of the language they
were written in. The page shows the words in their own script, marked not translated.

Language names are the ones ICU's CLDR data gives for each language in each other
(tests/unit/test_relayed.py checks them against PyICU)."""

from __future__ import annotations

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "en": "English", "hi": "Hindi", "ta": "Tamil", "te": "Telugu", "bn": "Bangla",
        "mr": "Marathi", "gu": "Gujarati", "kn": "Kannada", "ml": "Malayalam", "pa": "Punjabi",
    },
    "hi": {
        "en": "अंग्रेज़ी", "hi": "हिन्दी", "ta": "तमिल", "te": "तेलुगू", "bn": "बंगाली",
        "mr": "मराठी", "gu": "गुजराती", "kn": "कन्नड़", "ml": "मलयालम", "pa": "पंजाबी",
    },
    "ta": {
        "en": "ஆங்கிலம்", "hi": "இந்தி", "ta": "தமிழ்", "te": "தெலுங்கு", "bn": "வங்காளம்",
        "mr": "மராத்தி", "gu": "குஜராத்தி", "kn": "கன்னடம்", "ml": "மலையாளம்", "pa": "பஞ்சாபி",
    },
    "te": {
        "en": "ఇంగ్లీష్", "hi": "హిందీ", "ta": "తమిళం", "te": "తెలుగు", "bn": "బంగ్లా",
        "mr": "మరాఠీ", "gu": "గుజరాతీ", "kn": "కన్నడ", "ml": "మలయాళం", "pa": "పంజాబీ",
    },
    "bn": {
        "en": "ইংরেজি", "hi": "হিন্দি", "ta": "তামিল", "te": "তেলুগু", "bn": "বাংলা",
        "mr": "মারাঠি", "gu": "গুজরাটি", "kn": "কন্নড়", "ml": "মালায়ালাম", "pa": "পাঞ্জাবী",
    },
    "mr": {
        "en": "इंग्रजी", "hi": "हिंदी", "ta": "तामिळ", "te": "तेलगू", "bn": "बंगाली",
        "mr": "मराठी", "gu": "गुजराती", "kn": "कन्नड", "ml": "मल्याळम", "pa": "पंजाबी",
    },
    "gu": {
        "en": "અંગ્રેજી", "hi": "હિન્દી", "ta": "તમિલ", "te": "તેલુગુ", "bn": "બાંગ્લા",
        "mr": "મરાઠી", "gu": "ગુજરાતી", "kn": "કન્નડ", "ml": "મલયાલમ", "pa": "પંજાબી",
    },
    "kn": {
        "en": "ಇಂಗ್ಲಿಷ್", "hi": "ಹಿಂದಿ", "ta": "ತಮಿಳು", "te": "ತೆಲುಗು", "bn": "ಬಾಂಗ್ಲಾ",
        "mr": "ಮರಾಠಿ", "gu": "ಗುಜರಾತಿ", "kn": "ಕನ್ನಡ", "ml": "ಮಲಯಾಳಂ", "pa": "ಪಂಜಾಬಿ",
    },
    "ml": {
        "en": "ഇംഗ്ലീഷ്", "hi": "ഹിന്ദി", "ta": "തമിഴ്", "te": "തെലുങ്ക്", "bn": "ബംഗ്ലാ",
        "mr": "മറാത്തി", "gu": "ഗുജറാത്തി", "kn": "കന്നഡ", "ml": "മലയാളം", "pa": "പഞ്ചാബി",
    },
    "pa": {
        "en": "ਅੰਗਰੇਜ਼ੀ", "hi": "ਹਿੰਦੀ", "ta": "ਤਮਿਲ", "te": "ਤੇਲਗੂ", "bn": "ਬੰਗਾਲੀ",
        "mr": "ਮਰਾਠੀ", "gu": "ਗੁਜਰਾਤੀ", "kn": "ਕੰਨੜ", "ml": "ਮਲਿਆਲਮ", "pa": "ਪੰਜਾਬੀ",
    },
}  # fmt: skip
"""LANGUAGE_NAMES[listener][speaker]: the speaker's language named in the listener's."""

SAID_BY: dict[str, dict[str, str]] = {
    "en": {"customer": "The customer said", "vendor": "The vendor said"},
    "hi": {"customer": "ग्राहक ने कहा", "vendor": "दुकानदार ने कहा"},
    "mr": {"customer": "ग्राहक म्हणाले", "vendor": "विक्रेते म्हणाले"},
    "gu": {"customer": "ગ્રાહકે કહ્યું", "vendor": "વેપારીએ કહ્યું"},
    "pa": {"customer": "ਗਾਹਕ ਨੇ ਕਿਹਾ", "vendor": "ਦੁਕਾਨਦਾਰ ਨੇ ਕਿਹਾ"},
    "bn": {"customer": "ক্রেতা বললেন", "vendor": "বিক্রেতা বললেন"},
    "ta": {"customer": "வாடிக்கையாளர் சொன்னது", "vendor": "கடைக்காரர் சொன்னது"},
    "te": {"customer": "కస్టమర్ చెప్పింది", "vendor": "వ్యాపారి చెప్పింది"},
    "kn": {"customer": "ಗ್ರಾಹಕರು ಹೇಳಿದ್ದು", "vendor": "ವ್ಯಾಪಾರಿ ಹೇಳಿದ್ದು"},
    "ml": {"customer": "ഉപഭോക്താവ് പറഞ്ഞത്", "vendor": "കച്ചവടക്കാരൻ പറഞ്ഞത്"},
}
"""Who spoke, as the note before relayed words says it. The language follows in
parentheses, so that no language name has to take a case ending."""


def relay_note(listener_language: str, side: str, source_language: str) -> str:
    """ "The customer said (in English):" in the listener's language (English when the
    listener's language has no table; the code itself when the speaker's has no name)."""
    said = SAID_BY.get(listener_language)
    names = LANGUAGE_NAMES.get(listener_language)
    if said is None or names is None:
        said, names = SAID_BY["en"], LANGUAGE_NAMES["en"]
    who = said.get(side, said["customer"])
    language = names.get(source_language, source_language)
    if said is SAID_BY["en"]:
        return f"{who}, in {language}:"
    return f"{who} ({language}):"
