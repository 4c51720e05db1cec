"""Further ways acts are told, kept apart from the long rows of the act tables.

Cues written as in `audio.market.inventory`: per act, per language, phrases apart by ";".
They join the act's own cues when the table is built, so they are heard exactly as those
are.

- Money said put or dropped in, the way people say a transfer made ("డబ్బులు వేశాను",
  "पैसे डाल दिए हैं", "પૈસા નાખી દીધા", "பணம் போட்டுட்டேன்"): the money sent, to be checked
  (`paid_check`); the "see once" after it looks at the phone, no goods.
- Cash in the Kannada spelling with "ಷ" ("ಕ್ಯಾಷ್"), as "ಕ್ಯಾಶ್" is: `pay_cash`.
- "Thank you" in Gujarati written with the nasal dot ("થેંક યુ", "થેંક્સ"): `thanks`.
- A strong one asked to be shown after a thin one ("कोई मोटा तगड़ा दिखाओ"): `show_better`;
  a concession asked ("I'm a student, give some concession"): `ask_discount`; buying here
  since a time ("I've bought my books here since first year"): `regular_customer`.
- Cobs asked mature or tender ("ఈ కంకులు ముదురువా లేతవా?"): `is_ripe`; leaves wilted
  ("இலை எல்லாம் வாடிப் போச்சு"): `quality_old`; a rate asked if done together ("നാല് ഫോണും
  ഒരുമിച്ച് റീചാർജ് ചെയ്താൽ"): `bulk_price`; taking it on the way back ("ఆఫీసు నుంచి
  వచ్చేటప్పుడు తీసుకెళ్తాను"): `come_back_later`.
"""

from __future__ import annotations

ALSO: dict[str, dict[str, str]] = {
    "paid_check": {
        "hi": "पैसे डाल दिए; पैसे डाल दिये; पैसे डाल दी; पैसे डाले हैं; रुपये डाल दिए; "
        "paise daal diye; paise dal diye; paise daal diya; paise dale hain",
        "ta": "பணம் போட்டுட்டேன்; பணம் போட்டாச்சு; பணம் போட்டிருக்கேன்; காசு போட்டுட்டேன்; "
        "காசு போட்டாச்சு; காசு போட்டிருக்கேன்; panam pottuten; panam pottachu; "
        "kaasu pottuten; kasu pottachu",
        "te": "డబ్బులు వేశా; డబ్బులు వేసా; డబ్బులు వేసేశా; డబ్బు వేశా; డబ్బు వేసా; "
        "dabbulu vesa*; dabbulu vesesa*; paisalu vesa*; dabbu vesa*",
        "gu": "પૈસા નાખી દીધા; પૈસા નાખ્યા; પૈસા નાખી દીધ; paisa nakhi didha; paisa nakhya",
        "kn": "ದುಡ್ಡು ಹಾಕಿದೆ; ದುಡ್ಡು ಹಾಕಿದ್ದೀನಿ; ದುಡ್ಡು ಹಾಕ್ದೆ; duddu haakidini; duddu hakidini; "
        "duddu hakiddini",
        "bn": "টাকা ঢুকিয়ে দিয়েছি; taka dhukiye diyechi",
        "mr": "पैसे टाकले; पैसे टाकलेत; पैसे टाकलेले; paise takle; paise taklet",
        "pa": "ਪੈਸੇ ਪਾਏ; ਪੈਸੇ ਪਾ ਦਿੱਤੇ; ਪੈਸੇ ਪਾ ਤੇ; paise paaye; paise pa ditte",
        "ml": "പൈസ ഇട്ടിട്ടുണ്ട്; പൈസ ഇട്ടു; കാശ് ഇട്ടിട്ടുണ്ട്; paisa ittittund*; paisa ittu",
    },
    "pay_cash": {
        "kn": "ಕ್ಯಾಷ್; ಕ್ಯಾಷಾ; kyash",
    },
    "thanks": {
        "gu": "થેંક યુ; થેંક્યુ; થેંક્સ",
    },
    "show_better": {
        "hi": "तगड़ा दिखाओ; तगड़ा दिखाइए; तगड़ा वाला दिखाओ; तगड़ा सा दिखाओ; मोटा तगड़ा दिखा*; "
        "tagda dikhao; mota tagda dikha*",
        "pa": "ਤਗੜਾ ਵਿਖਾਓ; ਤਗੜਾ ਦਿਖਾਓ; ਮੋਟਾ ਤਗੜਾ ਵਿਖਾ; ਮੋਟਾ ਤਗੜਾ ਦਿਖਾ; tagda vikhao; tagda dikhao",
    },
    "ask_discount": {
        "en": "concession; student concession; student discount",
    },
    "regular_customer": {
        "en": "bought … here since; buying here since; bought here since; been buying here; "
        "buying from here since; coming here since; bought from here since",
    },
    "is_ripe": {
        "te": "ముదురువా; లేతవా; ముదురుదా; లేతదా; muduruva; lethava; letava",
    },
    "bulk_price": {
        "ml": "ഒരുമിച്ച് … ചെയ്താൽ; ഒരുമിച്ച് ചെയ്താൽ; ഒന്നിച്ച് … ചെയ്താൽ; ഒന്നിച്ച് ചെയ്താൽ; "
        "orumichu … cheythal; onnichu … cheythal",
    },
    "quality_old": {
        "ta": "வாடிப் போச்சு; வாடி போச்சு; வாடிப்போச்சு; வாடிப் போயிருக்கு; வாடிப் போயிடுச்சு; "
        "vaadi pochu; vadi pochu",
    },
    "come_back_later": {
        "te": "వచ్చేటప్పుడు తీసుకెళ్తా; వచ్చేటప్పుడు … తీసుకెళ్తా; వచ్చేటప్పుడు తీసుకెళ్తాను; "
        "వచ్చేటప్పుడు … తీసుకెళ్తాను; vachetappudu teesukeltha*; vachetappudu … teesukeltha*",
    },
}
"""Per act, per language: cues beside the act's own row."""


def also_cues(act: str, language: str) -> tuple[str, ...]:
    """The cues of `ALSO` for `act` in `language`, each stripped."""
    said = ALSO.get(act, {}).get(language, "")
    return tuple(c.strip() for c in said.split(";") if c.strip())
