"""The words `audio.understanding.clauses` reads: what is no rupee, both, a price asked back, a
total coming to, and "for you". Data only."""

from __future__ import annotations

import re

from audio.lexicon import fold
from audio.understanding.moves import _COMES_TO

NOT_A_RUPEE = re.compile(
    r"\b(?:not|won'?t|will\s+not|can'?t|cannot)\s+(?:(?:give|pay|add|take)\s+)?"
    r"(?:(?:you|it)\s+)?(?:even\s+)?(?:a|one|1|a\s+single)\s+(?:single\s+)?"
    r"(?:rupee|paisa|paise|rs)\b",
    re.IGNORECASE,
)
"""English "not (even) a rupee/paisa (more/less)", "won't give (even) a single rupee more":
the idiom that makes a price final."""

BOTH = frozenset(
    fold(w)
    for w in (
        "both", "दोनों", "दोनो", "donon", "dono", "రెండూ", "rendoo", "ரெண்டும்", "இரண்டும்",
        "rendum", "দুটোই", "দুইই", "dutoi", "दोन्ही", "donhi", "બંને", "બન્ને", "banne",
        "ಎರಡೂ", "eradoo", "രണ്ടും", "randum", "ਦੋਵੇਂ", "ਦੋਨੋਂ", "dovein", "doven",
    )
)  # fmt: skip

# "What", "who" right after a price said back: "ఎనభై ఎనిమిది ఏంటి" (what's this 88), "नब्बे
# कौन देता है" (who pays 90).
ASKED_BACK = frozenset(
    fold(w)
    for w in (
        "what", "who", "kya", "क्या", "kaun", "कौन", "என்ன", "enna", "யார்", "ఏంటి", "enti",
        "ఏమిటి", "ఎవరు", "কে", "काय", "kay", "कोण", "शું", "શું", "shu", "કોણ",
        "ಏನು", "enu", "ಯಾರು", "എന്ത്", "enthu", "ആര്", "ਕੀ", "ਕੌਣ",
    )
)  # fmt: skip

# "Comes to" after a total: "ಒಟ್ಟು ೨೮೦೦ ಆಗುತ್ತೆ", "total 2800 banta hai", "it comes to 2800".
TOTAL_COMES = frozenset(
    (
        *_COMES_TO,
        *(
            fold(w)
            for w in (
                "comes", "came", "banta", "bante", "बनता", "बनते", "hoyeche", "হয়েছে", "হচ্ছে",
                "hocche", "होतात", "झाले", "zale", "થાય", "થયા", "thay", "thaya", "ਬਣਦਾ", "ਬਣਦੇ",
                "banda", "bande",
                # came to: "মোট সাড়ে চোদ্দশো হল", "सतराशे झालं", "ਸਤਾਰਾਂ ਸੌ ਬਣੇ", "hua"
                "হল", "হলো", "hol", "holo", "hoyechhe", "झालं", "झाला", "zala", "zhala",
                "zhale", "jhale", "થયું", "થઈ", "thayu", "ਬਣੇ", "ਬਣ", "ਹੋਏ", "bane", "hoye",
                "hua", "हुआ", "हुए", "hue", "bana", "बना", "ஆச்சுங்க", "aachunga",
            )
        ),
    )
)  # fmt: skip

# "For you", "I (give)": the price after a list price is the speaker's own to this buyer.
FOR_YOU = frozenset(
    fold(w)
    for w in (
        "you", "i", "i'll", "give", "आपके", "आपको", "aapke", "aapko", "apko", "तुम्हें",
        "tumhe", "main", "मैं", "உங்களுக்கு", "ungalukku", "நான்", "naan",
        "మీకు", "meeku", "నేను", "nenu", "আপনাকে", "আপনার", "apnake", "apnar", "আমি", "ami",
        "तुम्हाला", "tumhala", "मी", "તમને", "તમારા", "tamne", "tamara", "હું", "ನಿಮಗೆ",
        "nimge", "nimage", "ನಾನು", "naanu", "നിങ്ങൾക്ക്", "ningalkku", "ചേച്ചിക്ക്",
        "ചേട്ടന്", "ഞാൻ", "njan", "ਤੁਹਾਨੂੰ", "ਤੁਹਾਡੇ", "tuhanu", "tuhade", "ਮੈਂ",
    )
)  # fmt: skip
