"""English number, currency and unit words as speech-to-text writes code-mixed speech in
the Indic scripts: "ट्वेंटी रुपीज़", "ಟ್ವೆಂಟಿ ರುಪೀಸ್", "ട്വന്റി ഫൈവ്", "टू हंड्रेड फिफ्टी".

One table, English word by script, so every language hears every script's spelling of
the same English word (a Kannada speaker's transcript may come out in Devanagari). The
forms follow each script's way of writing English sounds: Malayalam "nt" as "ന്റ" and
final "n" as the chillu "ൻ", Tamil "f" as "ஃப", Bengali "v" as "ভ", Gurmukhi without a
virama. `tests/unit/test_english_scripts.py` reads every form back to Latin letters with
`indic_transliteration` and checks that it spells the English word's consonants.

A form that is also a word of the speaker's own language keeps that meaning: the speaker's
tables are read first (`audio.languages.heard`), and "one" stays a word that needs a unit
or currency to count (Hindi "वन" is also a forest).
"""

from __future__ import annotations

# Columns: Devanagari (Hindi, Marathi), Bengali, Gujarati, Gurmukhi, Tamil, Telugu,
# Kannada, Malayalam; "|" between spellings of one script.
SCRIPTS: tuple[str, ...] = ("deva", "beng", "gujr", "guru", "taml", "telu", "knda", "mlym")

# fmt: off
SPOKEN: dict[str, tuple[str, ...]] = {
    "one": ("वन", "ওয়ান", "વન", "ਵਨ", "வன்", "వన్", "ವನ್", "വൺ"),
    "two": ("टू", "টু", "ટુ|ટૂ", "ਟੂ", "டூ", "టూ", "ಟೂ", "ടു"),
    "three": ("थ्री", "থ্রি|থ্রী", "થ્રી", "ਥ੍ਰੀ|ਥਰੀ", "த்ரீ", "త్రీ", "ತ್ರೀ", "ത്രീ"),
    "four": ("फोर|फ़ोर", "ফোর", "ફોર", "ਫੋਰ|ਫ਼ੋਰ", "ஃபோர்", "ఫోర్", "ಫೋರ್", "ഫോർ"),
    "five": ("फाइव|फ़ाइव", "ফাইভ", "ફાઇવ|ફાઈવ", "ਫਾਈਵ|ਫ਼ਾਈਵ", "ஃபைவ்|பைவ்", "ఫైవ్", "ಫೈವ್",
             "ഫൈവ്"),
    "six": ("सिक्स", "সিক্স", "સિક્સ", "ਸਿਕਸ", "சிக்ஸ்", "సిక్స్", "ಸಿಕ್ಸ್", "സിക്സ്"),
    "seven": ("सेवन|सेवेन|सेव्हन", "সেভেন", "સેવન", "ਸੈਵਨ|ਸੇਵਨ", "செவன்", "సెవెన్", "ಸೆವೆನ್", "സെവൻ"),
    "eight": ("एट|एइट", "এইট", "એઇટ|એટ", "ਏਟ|ਐਟ", "எய்ட்", "ఎయిట్", "ಎಯ್ಟ್|ಎಯಿಟ್", "എയ്റ്റ്|എയിറ്റ്"),
    "nine": ("नाइन", "নাইন", "નાઇન|નાઈન", "ਨਾਈਨ", "நைன்", "నైన్", "ನೈನ್", "നൈൻ"),
    "ten": ("टेन", "টেন", "ટેન", "ਟੈਨ|ਟੇਨ", "டென்", "టెన్", "ಟೆನ್", "ടെൻ"),
    "eleven": ("इलेवन", "ইলেভেন", "ઇલેવન", "ਇਲੈਵਨ", "இலெவன்", "ఎలెవెన్", "ಇಲೆವೆನ್", "ഇലവൻ"),
    "twelve": ("ट्वेल्व", "টুয়েলভ", "ટ્વેલ્વ", "ਟਵੈਲਵ", "ட்வெல்வ்", "ట్వెల్వ్", "ಟ್ವೆಲ್ವ್", "ട്വൽവ്"),
    "thirteen": ("थर्टीन", "থার্টিন", "થર્ટીન", "ਥਰਟੀਨ", "தர்டீன்", "థర్టీన్", "ಥರ್ಟೀನ್",
                 "തേർട്ടീൻ"),
    "fourteen": ("फोर्टीन|फ़ोर्टीन", "ফোর্টিন", "ફોર્ટીન", "ਫੋਰਟੀਨ", "ஃபோர்டீன்", "ఫోర్టీన్",
                 "ಫೋರ್ಟೀನ್", "ഫോർട്ടീൻ"),
    "fifteen": ("फिफ्टीन|फ़िफ़्टीन", "ফিফটিন", "ફિફ્ટીન", "ਫਿਫਟੀਨ", "ஃபிஃப்டீன்|பிப்டீன்",
                "ఫిఫ్టీన్", "ಫಿಫ್ಟೀನ್", "ഫിഫ്റ്റീൻ"),
    "sixteen": ("सिक्सटीन", "সিক্সটিন", "સિક્સ્ટીન|સિક્સટીન", "ਸਿਕਸਟੀਨ", "சிக்ஸ்டீன்",
                "సిక్స్టీన్", "ಸಿಕ್ಸ್ಟೀನ್", "സിക്സ്റ്റീൻ"),
    "seventeen": ("सेवनटीन|सेवेंटीन|सेव्हनटीन", "সেভেনটিন", "સેવન્ટીન", "ਸੈਵਨਟੀਨ", "செவன்டீன்",
                  "సెవెంటీన్", "ಸೆವೆಂಟೀನ್", "സെവന്റീൻ"),
    "eighteen": ("एटीन|एइटीन", "এইটিন", "એઇટીન", "ਏਟੀਨ", "எய்டீன்", "ఎయిటీన్", "ಎಯ್ಟೀನ್",
                 "എയ്റ്റീൻ"),
    "nineteen": ("नाइनटीन", "নাইনটিন", "નાઇન્ટીન", "ਨਾਈਨਟੀਨ", "நைன்டீன்", "నైన్టీన్", "ನೈನ್ಟೀನ್",
                 "നൈന്റീൻ"),
}
TENS_SPOKEN: dict[str, tuple[str, ...]] = {
    "twenty": ("ट्वेंटी|ट्वेन्टी", "টুয়েন্টি|টোয়েন্টি", "ટ્વેન્ટી|ટ્વેંટી", "ਟਵੰਟੀ|ਟਵੈਂਟੀ|ਟਵੈਨਟੀ",
               "ட்வென்டி|ட்வெண்டி", "ట్వెంటీ|ట్వెంటి|ట్వంటీ", "ಟ್ವೆಂಟಿ|ಟ್ವೆಂಟೀ", "ട്വന്റി|ട്വെന്റി"),
    "thirty": ("थर्टी", "থার্টি", "થર્ટી", "ਥਰਟੀ", "தர்ட்டி|தர்டி", "థర్టీ|థర్టి", "ಥರ್ಟಿ",
               "തേർട്ടി|തർട്ടി"),
    "forty": ("फोर्टी|फ़ोर्टी", "ফোর্টি", "ફોર્ટી", "ਫੋਰਟੀ|ਫ਼ੋਰਟੀ", "ஃபோர்ட்டி|ஃபோர்டி",
              "ఫోర్టీ|ఫార్టీ", "ಫೋರ್ಟಿ|ಫಾರ್ಟಿ", "ഫോർട്ടി"),
    "fifty": ("फिफ्टी|फ़िफ़्टी", "ফিফটি", "ફિફ્ટી", "ਫਿਫਟੀ|ਫ਼ਿਫ਼ਟੀ", "ஃபிஃப்டி|ஃபிப்டி|பிப்டி",
              "ఫిఫ్టీ|ఫిఫ్టి", "ಫಿಫ್ಟಿ", "ഫിഫ്റ്റി"),
    "sixty": ("सिक्सटी|सिक्स्टी", "সিক্সটি", "સિક્સ્ટી|સિક્સટી", "ਸਿਕਸਟੀ", "சிக்ஸ்டி", "సిక్స్టీ",
              "ಸಿಕ್ಸ್ಟಿ", "സിക്സ്റ്റി"),
    "seventy": ("सेवंटी|सेवेंटी|सेवन्टी", "সেভেনটি", "સેવન્ટી|સેવંટી", "ਸੈਵਨਟੀ|ਸੈਵੰਟੀ",
                "செவன்டி|செவண்டி", "సెవెంటీ|సెవెంటి", "ಸೆವೆಂಟಿ", "സെവന്റി"),
    "eighty": ("एटी|एइटी", "এইটি", "એઇટી|એટી", "ਏਟੀ|ਐਟੀ", "எய்ட்டி|எய்டி", "ఎయిటీ|ఎయిటి",
               "ಎಯ್ಟಿ|ಏಟಿ", "എയ്റ്റി|എയിറ്റി"),
    "ninety": ("नाइंटी|नाइन्टी", "নাইনটি", "નાઇન્ટી|નાઈન્ટી", "ਨਾਈਨਟੀ|ਨਾਇੰਟੀ", "நைன்டி|நைண்டி",
               "నైంటీ|నైన్టీ", "ನೈಂಟಿ|ನೈನ್ಟಿ", "നൈന്റി"),
}
SCALES_SPOKEN: dict[str, tuple[str, ...]] = {
    "hundred": ("हंड्रेड|हन्ड्रेड", "হান্ড্রেড", "હંડ્રેડ|હન્ડ્રેડ", "ਹੰਡਰਡ", "ஹன்ட்ரட்|ஹண்ட்ரட்",
                "హండ్రెడ్", "ಹಂಡ್ರೆಡ್", "ഹൺഡ്രഡ്|ഹൻഡ്രഡ്"),
}
CURRENCY_SPOKEN: tuple[str, ...] = (
    "रुपीज़|रुपीज|रूपीज़|रुपीस", "রুপিজ|রুপিস|রুপীজ", "રૂપીઝ|રુપીઝ|રુપીસ", "ਰੁਪੀਜ਼|ਰੁਪੀਜ",
    "ருபீஸ்", "రుపీస్|రూపీస్", "ರುಪೀಸ್|ರೂಪೀಸ್", "റുപ്പീസ്|റുപീസ്",
)
UNITS_SPOKEN: dict[str, tuple[str, ...]] = {
    "kg": ("किलो", "কিলো", "કિલો", "ਕਿਲੋ", "கிலோ", "కిలో", "ಕಿಲೋ", "കിലോ"),
    "dozen": ("डज़न|डजन", "ডজন", "ડઝન", "ਡਜ਼ਨ|ਡਜਨ", "டஜன்", "డజన్", "ಡಜನ್", "ഡസൻ"),
}
# fmt: on


# Vowel signs of i, ii, u, uu sit at the same offsets in every Indic block; which length a
# recogniser writes for an English vowel varies ("ടു" and "ടൂ" are both "two").
_BLOCKS = (0x900, 0x980, 0xA00, 0xA80, 0xB80, 0xC00, 0xC80, 0xD00)
_LENGTHENED = {b + short: b + long for b in _BLOCKS for short, long in ((0x3F, 0x40), (0x41, 0x42))}
_SHORTENED = {long: short for short, long in _LENGTHENED.items()}


def _vowel_lengths(spelling: str) -> tuple[str, ...]:
    """The spelling with each of its i/u vowel signs written short or long."""
    variants = [""]
    for c in spelling:
        other = _LENGTHENED.get(ord(c)) or _SHORTENED.get(ord(c))
        choices = (c,) if other is None else (c, chr(other))
        variants = [v + choice for v in variants for choice in choices]
    return tuple(variants)


def spellings(forms: tuple[str, ...]) -> tuple[str, ...]:
    """Every spelling in one row of the table, script by script, with its i/u vowels
    long or short."""
    return tuple(
        dict.fromkeys(v for column in forms for s in column.split("|") for v in _vowel_lengths(s))
    )


def _by_spelling(table: dict[str, tuple[str, ...]], values: dict[str, float]) -> dict[str, float]:
    return {s: values[word] for word, forms in table.items() for s in spellings(forms)}


# "One" with its w-glide dropped, as Tamil and Kannada recognisers often write it ("ஒன்
# ட்வென்டி ஃபைவ்", "ಒನ್ ಫಾರ್ಟಿ ಫೈವ್"): no longer the English consonants, so kept apart
# from the spelling-checked table above.
UNGLIDED: dict[str, tuple[str, ...]] = {"one": ("ஒன்", "ಒನ್")}


def script_numbers(values: dict[str, float]) -> tuple[dict[str, float], ...]:
    """The script spellings of English number words as `values`, `tens` and `scales`
    tables, valued as `values` (English word → value) values them."""
    unglided = {s: values[word] for word, forms in UNGLIDED.items() for s in forms}
    return (
        _by_spelling(SPOKEN, values) | unglided,
        _by_spelling(TENS_SPOKEN, values),
        _by_spelling(SCALES_SPOKEN, values),
    )


def script_units() -> dict[str, tuple[str, ...]]:
    """Unit names in every script, by unit."""
    return {unit: spellings(forms) for unit, forms in UNITS_SPOKEN.items()}
