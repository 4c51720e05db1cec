"""The words of a price refused, as `audio.understanding.refused_at` reads them: at-endings,
case endings and words, negators and negative endings and words, and bound stems. Data only."""

from __future__ import annotations

from audio.lexicon import fold

# "At", "to" written apart after the price, which the tables do not read as a link:
# Bengali "তিনশো তে", "tinsho te", "shottor e"; Hindi "तीस पे"; Punjabi "ਤਿੰਨ ਸੌ ਤੇ";
# Malayalam "300 nu", "munnoorinu" (the ending kept on the number is read already).
# With a hyphen the ending is the same word's ("nooru-nu", "tinsho-te", "sau-pe",
# "300-ku"); Tamil "ku" written apart is the "for" of "300 ku kudukka mudiyadhu".
AT_AFTER = frozenset(
    fold(w)
    for w in (
        "te", "tei", "e", "তেই", "pe", "पे", "ਤੇ", "nu", "inu", "kku", "ikku", "ku", "ukku",
    )
)  # fmt: skip

# The endings of a price in a case form, "for", "at", "in" (dative, locative,
# instrumental), on the number ("ஐநூறுக்கு", "సాతశేత") or on its rupee word
# ("ರೂಪಾಯಿಗೆ", "টাকায়"); never "than" or "of" ("ಐನೂರಕ್ಕಿಂತ", "सातशेचा").
CASE_ENDINGS = {
    "ta": ("க்கு", "க்குக்", "க்குப்", "ிற்கு", "ிற்க்கு", "ku", "ில்", "ில", "ுல", "ிலே", "ுலே"),
    "te": ("లకు", "లకి", "కి", "కు", "కీ", "లో", "తో", "ku", "ki", "ke"),
    "bn": ("তে", "য", "ে", "তেই", "te", "y", "e", "ay"),
    "mr": ("ला", "त", "ात", "ांत", "मध्ये", "मधे", "la", "at", "madhye", "madhe"),
    "gu": ("માં", "મા", "એ", "ે", "ma", "maa"),
    "kn": ("ಕ್ಕೆ", "ಕ್ಕೇ", "ಕ್ಕ", "ಗೆ", "ಗೇ", "ಲ್ಲಿ", "ge", "ke", "kke"),
    "ml": ("ക്ക്", "ക്കു", "ിന്", "ിനു", "ിനു്", "യ്ക്ക്", "യ്ക്കു", "ിൽ", "യിൽ", "ില്", "inu", "nu", "kku"),
    "pa": ("ਵਿੱਚ", "ਵਿਚ", "ਚ", "ਤੇ", "te"),
}  # fmt: skip

# The same "for", "at", "in" written apart after the price ("छह सौ में", "ਸੱਤ ਸੌ ਵਿੱਚ",
# "800 માં"), and English "for", "at" before it.
CASE_WORDS = frozenset(
    fold(w)
    for w in (
        "में", "मे", "mein", "me", "mai", "main", "पे", "pe", "पर", "ਵਿੱਚ", "ਵਿਚ", "ਚ", "ਤੇ",
        "vich", "wich", "te", "मध्ये", "madhe", "madhye", "માં", "ma", "maa", "তে", "e",
        "ku", "ki", "kku",
        "ge", "inu", "nu", "க்கு", "కి", "ಗೆ", "ക്ക്",
    )
)  # fmt: skip

# A negation said by a word of its own, a particle before the verb ("ન બને", "ના બને",
# "পারব না") or a negative ending on a verb of being able, coming or doing ("చేయలేను",
# "రాదు", "முடியாது", "ಬರಲ್ಲ", "പറ്റില്ല"): never an imperative refusal ("ಬಿಡಿ", leave
# it), and never Hindi or Marathi "ना", which asks ("दे ना").
NEGATORS = {
    "gu": ("ન", "ના", "na", "nai", "nahi"),
    "pa": ("ਨਾ", "na", "ni", "nahi"),
    "bn": ("না", "na", "nei", "নেই", "নই", "noi"),
    "en": ("can't", "cannot", "cant", "won't", "wont", "couldn't", "not", "unable"),
}

NEGATIVE_ENDINGS = tuple(
    fold(w)
    for w in (
        "లేను", "లేము", "లేం", "లేరు", "రాదు", "రాను", "కాదు", "కుదరదు", "అవ్వదు", "అవదు",
        "முடியாது", "ஆகாது", "வராது", "முடியாதுங்க", "ஆகாதுங்க", "வராதுங்க", "ಲ್ಲ", "ಲ್ಲಾ",
        "ില്ല", "ఒప్పుకోను", "ఒప్పుకోము", "ఒప్పుకోం",
    )
)  # fmt: skip

# The same typed in Latin letters, as whole words (an ending "-illa" would be too short).
NEGATIVE_WORDS = frozenset(
    fold(w)
    for w in (
        "illa", "alla", "aagalla", "agalla", "aagolla", "baralla", "pattilla", "mudiyathu",
        "mudiyadhu", "mudiyaadhu", "mudiyadu", "aagathu", "kudaradu", "kudaradhu", "raadu",
        "radu", "ledu", "lenu", "cheyalenu", "raanu", "bartilla", "barthilla", "barolla",
    )
)  # fmt: skip

# Words of a bound, below or above: "അറുപതിൽ കുറച്ച് തരില്ല" (won't give under 60) is a
# floor, not a refusal of 60.
BOUND_STEMS = tuple(
    fold(w)
    for w in (
        "കുറ", "കീഴ", "മേലെ", "கம்மி", "குறை", "கீழ", "மேல", "తక్కువ", "తగ్గ", "ఎక్కువ",
        "ಕಡಿಮೆ", "ಕೆಳಗೆ", "ಕಮ್ಮಿ", "ಜಾಸ್ತಿ", "ઓછ", "વધુ", "ਘੱਟ", "ਥੱਲੇ", "ਵੱਧ", "কম", "নিচে",
        "বেশি", "कम", "नीचे", "ज़्यादा", "ज्यादा", "जास्त", "खाली", "below", "under", "less",
        "lower", "above", "more", "kam", "kami", "kuraina", "kammi", "jasti", "thalle",
    )
)  # fmt: skip
