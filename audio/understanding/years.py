"""A year beside a price: "it's the 2019 edition, I won't give more than 150", "2020 ਵਿੱਚ
ਛਪੀ ਪੁਰਾਣੀ ਐਡੀਸ਼ਨ, ਡੇਢ ਸੌ ਦੀ ਦੇ ਦਿਓ", "சிலபஸ் 2023ல மாறிடுச்சு; நூத்தி இருபதுக்கு
எடுத்துக்கறேன்". A whole number from 1900 to 2099 (a round fifty aside: "दो हज़ार" is
a price) said with no rupee word and with a word of an edition, a printing, a year, a
syllabus, a batch or a model within three words of it, in the same clause, is a year:
no price and no count. So are four digits typed with "of" or "the one of" after them
("২০২৪-এর সিলেবাস", "2023 वाली किताब"), and a number from 1950 to 2039 with a possessive
after it ("of": का, નો, ਦਾ, ರ, ലെ, এর) in a line that names a size of memory with no rupee
word ("ये फ़ोन 2019 का है, 6 जीबी रैम", "2021ರ ಫೋನ್, 128 ಜಿಬಿ"): the phone's year, never
₹2,019. A word of buying or "since" beside it ("bought in 2019", "2018 से चल रहा है")
makes it a year too. The other number in the line stands."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Reading
from audio.understanding.recalled import _clause

# Words that make a four-digit number beside them a year, as a word's start (case
# endings stay on: "ఎడిషన్‌", "সালে", "வருஷம்", "ಆವೃತ್ತಿ").
_YEAR_WORDS = tuple(
    fold(w)
    for w in (
        "edition", "printed", "print", "year", "syllabus", "batch", "model", "published",
        "एडिशन", "संस्करण", "छप", "साल", "वर्ष", "सिलेबस", "मॉडल", "बैच", "edishan", "saal",
        "sal", "अभ्यासक्रम", "पाठ्यक्रम", "পাঠ্যক্রম", "chhapa", "chapa", "chhapi", "chapi",
        "आवृत्ती", "छापल", "साली", "aavrutti",
        "chhapli", "எடிஷன்", "பதிப்பு", "வருஷ", "வருட", "சிலபஸ்", "மாடல்", "அச்சடி", "prints",
        "ఎడిషన్", "ముద్రణ", "సంవత్సర", "సిలబస్", "మోడల్", "ప్రింట్", "samvatsar",
        "এডিশন", "সংস্করণ", "সাল", "বছর", "ছাপা", "সিলেবাস", "মডেল", "chhapa", "bochor",
        "એડિશન", "આવૃત્તિ", "વર્ષ", "સાલ", "છપા", "સિલેબસ", "મોડેલ", "varsh",
        "ಎಡಿಷನ್", "ಆವೃತ್ತಿ", "ವರ್ಷ", "ಸಿಲಬಸ್", "ಮಾಡೆಲ್", "ಪ್ರಿಂಟ್", "varsha",
        "എഡിഷൻ", "പതിപ്പ്", "വർഷ", "സിലബസ്", "മോഡൽ", "അച്ചടി", "varsham", "pathipp",
        "achadi", "പ്രിന്റ്", "प्रिंट", "প্রিন্ট", "પ્રિન્ટ", "ਪ੍ਰਿੰਟ", "மாடெல்", "मॉडेल",
        "मोडेल", "modal", "chhapai", "छपाई",
        "ਐਡੀਸ਼ਨ", "ਸਾਲ", "ਛਪੀ", "ਛਪਿਆ", "ਸਿਲੇਬਸ", "ਮਾਡਲ",
        # bought in, since: "bought in 2019", "2018 से", "২০১৯ থেকে", "2019ல வாங்கினது"
        "bought", "purchased", "since", "kharida", "kharidi", "खरीदा", "ख़रीदा", "खरीदी",
        "কেনা", "কিনেছি", "থেকে", "வாங்கின", "வாங்கினது", "కొన్నా", "కొన్న",
        "ಕೊಂಡ", "ತಗೊಂಡ", "വാങ്ങിയ", "വാങ്ങി", "മുതൽ", "ખરીદ", "લીધેલો", "ਖਰੀਦ",
        "घेतला", "घेतलेला",
        # a crop, harvest or season: "2023 की फसल", "2023 அறுவடை", "2022 పంట", "ফসল"
        "crop", "harvest", "season", "फसल", "फ़सल", "fasal", "fasl", "पैदावार", "उपज",
        "सीज़न", "सीजन", "हंगाम", "hangam", "पीक", "அறுவடை", "aruvadai", "விளைச்சல்",
        "சீசன்", "varusha", "varusham", "varuda", "పంట", "panta", "దిగుబడి", "సీజన్",
        "ফসল", "fosol", "foshol", "মরসুম", "মরশুম", "সিজন", "પાક", "paak", "સીઝન", "ફસલ",
        "ಬೆಳೆ", "ಫಸಲು", "fasalu", "ಕೊಯ್ಲು", "ಸೀಸನ್", "varshada", "കൊയ്ത്ത", "koyth",
        "വിളവ", "vilav", "സീസൺ", "ਫ਼ਸਲ", "ਫਸਲ", "ਸੀਜ਼ਨ", "ਸੀਜਨ",
    )
)  # fmt: skip


# A stem's closing virama gives way to the vowel of an ending ("പതിപ്പ്" in
# "പതിപ്പാണ്", "ಆವೃತ್ತಿ" aside): each word is also matched without it.
_VIRAMAS = "\u094d\u09cd\u0a4d\u0acd\u0bcd\u0c4d\u0ccd\u0d4d"
_YEAR_WORDS = _YEAR_WORDS + tuple(
    w.rstrip(_VIRAMAS) for w in _YEAR_WORDS if w.endswith(tuple(_VIRAMAS)) and len(w) > 3
)
# A Malayalam stem's closing chillu becomes its consonant before an ending ("എഡിഷൻ" in
# "എഡിഷനാ", "എഡിഷനിൽ"): each such word is also matched with the consonant.
_CHILLU = {"ൻ": "ന", "ർ": "ര", "ൽ": "ല", "ൾ": "ള", "ൺ": "ണ"}
_YEAR_WORDS = _YEAR_WORDS + tuple(
    w[:-1] + _CHILLU[w[-1]] for w in _YEAR_WORDS if w[-1:] in _CHILLU and len(w) > 3
)

# "In", written apart after four digits typed, where a price would take another case
# ("1965 లో", "2021-ൽ", "2019ல", "2018ರಲ್ಲಿ" split off, "১৯৯৮ সালে"): the year something
# happened. Hindi "में" is left out: "1999 में दे दो" gives it for ₹1,999.
_IN_YEAR = frozenset(
    fold(w) for w in ("లో", "ൽ", "ില്", "ல", "ல்", "ಲ್ಲಿ", "ರಲ್ಲಿ", "তে", "সালে", "साली", "sali")
)
# "In", "since", said before four digits typed: "in 1998", "since 2005".
_IN_BEFORE = frozenset(fold(w) for w in ("in", "since"))

# A make, said after the year only ("a 2021 make cooler"; "make it 1990" is a price).
_MADE = frozenset(fold(w) for w in ("make", "made", "mfg", "manufactured", "मेक", "बनावट"))

# "Of", "the one of" after four digits typed: "২০২৩-এর", "2023 वाली", "2022 ਵਾਲੀ", "२०२३ चा".
_OF_YEAR = frozenset(
    fold(w)
    for w in (
        "এর", "er", "वाला", "वाली", "वाले", "wala", "wali", "wale", "ਵਾਲਾ", "ਵਾਲੀ", "ਵਾਲੇ",
        "વાળું", "વાળી", "વાળા", "चा", "ची", "चे", "च्या", "chya", "ನೇ", "ലെ", "ల",
    )
)  # fmt: skip

# "Of" after a number that could be a price too ("ये 1999 का है" prices it): a year only
# in a line that names a size of memory ("2019 નો છે, 6 GB RAM").
_OF = _OF_YEAR | frozenset(
    fold(w)
    for w in (
        "का", "की", "के", "ka", "ki", "ke", "નો", "ની", "નું", "ના", "no", "ni", "nu", "ਦਾ",
        "ਦੀ", "ਦੇ", "da", "di", "ರ", "ದ", "ನ", "ഇലെ", "র", "ది", "నాటి", "ஓட", "of",
    )
)  # fmt: skip
# "Of", "from" before it: "this phone is of 2018", "it's from 2020".
_OF_BEFORE = frozenset(("of", "from"))
# A size of memory said in the line ("6 GB", "128 जीबी", "4 ಜಿಬಿ RAM").
_MEMORY = tuple(
    fold(w)
    for w in (
        "gb", "tb", "ram", "mah", "जीबी", "रैम", "ஜிபி", "ரேம்", "జీబీ", "జిబి", "ర్యామ్",
        "জিবি", "র‍্যাম", "র্যাম", "જીબી", "રેમ", "ಜಿಬಿ", "ರ್ಯಾಮ್", "ജിബി", "റാം", "ਜੀਬੀ",
        "ਰੈਮ",
    )
)  # fmt: skip


def year_starts(reading: _Reading) -> set[int]:
    """Where a price is a year said beside an edition, printing or year word."""
    words = reading.words
    found: set[int] = set()
    for price in reading.prices:
        value = price.span.value
        if price.explicit or value != int(value) or not 1900 <= value <= 2099:
            continue
        if value % 50 == 0:
            continue  # "दो हज़ार", "1950": a round figure is as likely a price
        typed = price.end - price.start == 1 and len(words[price.start]) == 4
        typed = typed and words[price.start].isdigit()
        if typed and price.end < len(words) and words[price.end] in _OF_YEAR:
            found.add(price.start)  # "২০২৪-এর সিলেবাস", "2023 वाली किताब": that year's
            continue
        if typed and (
            (price.end < len(words) and words[price.end] in _IN_YEAR)
            or (price.start > 0 and words[price.start - 1] in _IN_BEFORE)
        ):
            found.add(price.start)  # "1965 లో పెట్టారు", "2021-ൽ വാങ്ങിയതാ", "in 1998"
            continue
        if (
            1950 <= value <= 2039
            and (
                (price.end < len(words) and words[price.end] in _OF)
                or (price.start > 0 and words[price.start - 1] in _OF_BEFORE)
            )
            and any(w.startswith(_MEMORY) for w in words)
        ):
            found.add(price.start)  # "આ ફોન 2019 નો છે, 6 GB RAM": the phone's year
            continue
        start, stop = _clause(reading, price.start)
        near = range(max(start, price.start - 3), min(stop, price.end + 3))
        if any(words[k].startswith(_YEAR_WORDS) for k in near if not price.start <= k < price.end):
            found.add(price.start)
        elif any(words[k] in _MADE for k in range(price.end, min(stop, price.end + 2))):
            found.add(price.start)  # "a 2021 make cooler": the year it was made
    return found
