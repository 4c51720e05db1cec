"""A bag, a cover or a polythene in what is said: the goods packed into it ("ಕವರ್‌ಗೆ ಹಾಕಿ
ಕೊಡಿ", put it in the cover: bought at the price on the table), or the bag itself asked for
("ek panni de do", "ਲਿਫ਼ਾਫ਼ਾ ਦੇ ਦਿਓ", one more cover), which buys nothing."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS, _PUT_STEMS, _PUT_WORDS
from audio.understanding.reading import _REFUSALS, _joined, _Reading
from audio.understanding.weighing import weighed

# A bag, cover or polythene named as itself, not "in the bag": with only a verb of giving
# beside it ("ek panni de do", "ಕವರ್ ಕೊಡಿ", "ਲਿਫ਼ਾਫ਼ਾ ਦੇ ਦਿਓ") the bag is what is asked for.
_BARE_BAGS = (
    "bag", "cover", "polythene", "polithin", "thaili", "थैली", "थैला", "jhola", "झोला", "panni",
    "पन्नी", "पॉलिथीन", "पोलिथीन", "बैग", "பை", "கவர்", "பேக்", "பாலிதீன்", "సంచి", "sanchi",
    "కవర్", "బ్యాగ్", "పాలిథిన్", "ಕವರ್", "ಚೀಲ", "ಬ್ಯಾಗ್", "ಪಾಲಿಥಿನ್", "cheela", "kavar", "കവർ",
    "സഞ്ചി", "ബാഗ്", "പോളിത്തീൻ", "ব্যাগ", "থলে", "থলি", "পলিথিন", "पिशवी", "pishvi",
    "થેલી", "theli", "બેગ", "પોલીથીન", "ਲਿਫ਼ਾਫ਼ਾ", "ਲਿਫਾਫਾ", "lifafa", "ਥੈਲਾ", "ਥੈਲੀ", "ਝੋਲਾ",
    "ਬੈਗ", "ਪੌਲੀਥੀਨ", "thaila", "jhola",
)  # fmt: skip
_BARE = frozenset(fold(w) for w in _BARE_BAGS)
# "In", "into": the bare word is where the goods go ("put it in a bag", "thaili mein")
_INTO = frozenset(
    fold(w)
    for w in (
        "in", "into", "inside", "mein", "में", "me", "mai", "ਵਿੱਚ", "vich", "ਚ", "madhe", "मध्ये",
        "ma", "માં", "lo", "లో", "alli", "ಅಲ್ಲಿ", "ulla", "உள்ள", "il", "ഇൽ",
    )
)  # fmt: skip


def _bag_asked(reading: _Reading) -> bool:
    """A bag or cover named bare, with no verb that packs or puts the goods into it and
    no "in" beside it: the bag itself is asked for ("give me a polythene", "ಕವರ್ ಕೊಡಿ")."""
    words = reading.words
    bags = [k for k, w in enumerate(words) if w in _CONTAINERS]
    if not bags or any(
        w in _PACK_VERBS or w in _PUT_WORDS or w.startswith(_PUT_STEMS) for w in words
    ):
        return False
    return all(
        words[k] in _BARE and not any(w in _INTO for w in words[max(k - 1, 0) : k + 2])
        for k in bags
    )


# Packing the goods into a bag or cover, in reply to a price with none of one's own:
# "போடுங்க, பையில போட்டுக் குடுங்க", "ఇచ్చేయండి, సంచిలో వేయండి", "ಕವರ್‌ಗೆ ಹಾಕಿ ಕೊಡಿ" (put
# it in the bag): the goods are bought at the price on the table.
_CONTAINERS = frozenset(
    fold(w)
    for w in (
        "bag", "cover", "thaili", "thaile", "थैली", "थैले", "थैला", "jhola", "झोले", "झोला",
        "பை", "பையில", "பைல", "கவர்", "கவர்ல", "கவரில்", "பேக்ல", "సంచి", "సంచిలో", "కవర్",
        "కవర్లో", "కవర్‌లో", "బ్యాగ్", "బ్యాగ్‌లో", "ಕವರ್", "ಕವರ್ಗೆ", "ಕವರ್‌ಗೆ", "ಕವರಲ್ಲಿ",
        "ಚೀಲ", "ಚೀಲಕ್ಕೆ", "ಬ್ಯಾಗ್", "ಬ್ಯಾಗ್ಗೆ", "കവർ", "കവറിൽ", "സഞ്ചി", "സഞ്ചിയിൽ", "ബാഗിൽ",
        "ব্যাগ", "ব্যাগে", "থলে", "থলেতে", "থলিতে", "पिशवी", "पिशवीत", "pishvit", "થેલી",
        "થેલીમાં", "theli", "thelima", "ਲਿਫ਼ਾਫ਼ੇ", "ਲਿਫਾਫੇ", "ਲਿਫ਼ਾਫ਼ਾ", "ਝੋਲੇ", "lifafe",
        "packet", "पैकेट", "பாக்கெட்", "ప్యాకెట్", "প্যাকেট", "પેકેટ", "ಪ್ಯಾಕೆಟ್", "പാക്കറ്റ്",
        "ਪੈਕੇਟ", "ਲਿਫਾਫਾ", "lifafa", "pishvi", "पिशवी", "thaila", *_BARE_BAGS,
    )
)  # fmt: skip
_PACK_VERBS = frozenset(
    fold(w)
    for w in (
        "pack", "पैक", "daal", "डाल", "bhar", "bhara", "भर", "भरा", "भरून", "નાખી", "નાખો", "ભરી",
        "ભરો", "nakhi", "nakho",
        "ਪਾ", "ਪਾਓ", "ಹಾಕಿ", "haaki", "ভরে", "ഇട്ടു", "ittu", "போட்டு", "ప్యాక్", "ಪ್ಯಾಕ್",
    )
)  # fmt: skip


def _packs(word: str) -> bool:
    return (
        word in _PACK_VERBS
        or word in _PUT_WORDS
        or word.startswith(_PUT_STEMS)
        or word in _GIVE_WORDS
        or word.startswith(_GIVE_STEMS)
    )


def packed_into(reading: _Reading, k: int) -> bool:
    """The word at `k` is a bag or cover with a packing verb right after it, in one
    breath: "पैकेट, दो पैकेट लो तो" has a count ("two"), past a pause, no "give"."""
    words = reading.words
    if words[k] not in _CONTAINERS:
        return False
    for j in range(k + 1, min(k + 3, len(words))):
        if not _joined(reading, j) or reading.number_at[j] is not None:
            return False
        if _packs(words[j]):
            return True
    return False


def _gives_apart(reading: _Reading) -> bool:
    """A clause of its own that gives the goods, with no bag in it: "ఇచ్చేయండి, కవర్లో
    వేయండి" (give it, put it in a cover)."""
    words, start = reading.words, 0
    for k in range(1, len(words) + 1):
        if k < len(words) and _joined(reading, k):
            continue
        clause = words[start:k]
        if not any(w in _CONTAINERS for w in clause) and any(
            w in _GIVE_WORDS or w.startswith(_GIVE_STEMS) for w in clause
        ):
            return True
        start = k
    return False


def packs_in_bag(reading: _Reading) -> bool:
    """The goods weighed and packed: a bag or cover named with a verb that puts, packs or
    gives the goods into it, the weighing asked too ("tol ke thaili mein daal do") or the
    goods given in a clause of their own ("ఇచ్చేయండి, కవర్లో వేయండి"), and
    no word of refusal anywhere ("ਲਿਫ਼ਾਫ਼ਾ ਨਾ ਦਿਓ", don't give a bag: it packs nothing).
    Packing alone ("కవర్ లో వేయండి", put it in a cover) buys nothing: it may come before
    the haggling ends. A bag asked for as an extra ("one more cover", "ஒரு கவர்
    எக்ஸ்ட்ரா", a bag free) is a request for the bag itself, never the goods bought."""
    if any(cue in _REFUSALS for cue, _, _ in reading.occurrences):
        return False
    if not weighed(reading) and not _gives_apart(reading):
        return False
    words = reading.words
    bags = [k for k, w in enumerate(words) if w in _CONTAINERS]
    if not bags or any(_asked_as_extra(reading, k) for k in bags) or _bag_asked(reading):
        return False
    return any(_packs(w) for w in words)


# "Extra", "one more", "another", "free" beside a bag or cover: the bag is asked for.
_EXTRA = frozenset(
    fold(w)
    for w in (
        "extra", "more", "another", "free", "spare", "aur", "और", "ek aur", "एक्स्ट्रा",
        "फ्री", "मुफ्त", "muft", "இன்னொரு", "innoru", "இன்னும்", "எக்ஸ்ட்ரா", "ஃப்ரீ",
        "ఇంకో", "ఇంకొక", "inko", "ఎక్స్‌ట్రా", "ఎక్స్ట్రా", "ఫ్రీ", "আরেকটা", "আরেকটি",
        "arekta", "আরও", "এক্সট্রা", "ফ্রি", "अजून", "ajun", "जास्तीची", "વધારે", "vadhare",
        "બીજી", "એક્સ્ટ્રા", "ફ્રી", "ಇನ್ನೊಂದು", "innondu", "ಎಕ್ಸ್ಟ್ರಾ", "ಎಕ್ಸ್‌ಟ್ರಾ", "ಫ್ರೀ",
        "കൂടി", "koodi", "ഒന്നുകൂടി", "എക്സ്ട്രാ", "ഫ്രീ", "ਹੋਰ", "hor", "ਐਕਸਟਰਾ",
        "ਐਕਸਟ੍ਰਾ", "ਫਰੀ", "ਫ੍ਰੀ",
    )
)  # fmt: skip


def asks_for_extra_bag(reading: _Reading) -> bool:
    """A bag or cover is asked for as an extra: what is refused beside it ("this one is
    torn", "it won't fit", "the load is too much") is about the bag, never the price."""
    return _bag_asked(reading) or any(
        w in _CONTAINERS and _asked_as_extra(reading, k) for k, w in enumerate(reading.words)
    )


def _asked_as_extra(reading: _Reading, k: int) -> bool:
    """An extra-word within two words before the bag at `k` or one after it."""
    words = reading.words
    return any(w in _EXTRA for w in (*words[max(k - 2, 0) : k], *words[k + 1 : k + 2]))


# Plastic and bag words with any ending ("ప్లాస్టిక్", "కవర్లలో", "ਲਿਫ਼ਾਫ਼ਿਆਂ"): what the
# goods go in. Short or common beginnings ("பை", "bag") are matched whole, in `_CONTAINERS`.
_PLASTIC = tuple(
    fold(w)
    for w in (
        "plastic", "प्लास्टिक", "பிளாஸ்டிக்", "ప్లాస్టిక్", "প্লাস্টিক", "પ્લાસ્ટિક", "ಪ್ಲಾಸ್ಟಿಕ್",
        "പ്ലാസ്റ്റിക്", "ਪਲਾਸਟਿਕ", "polythene", "पॉलिथीन", "पन्नी", "panni",
    )
)  # fmt: skip
_BAG_STEMS = tuple(
    fold(w)
    for w in (
        "கவர்", "కవర్", "ಕವರ್",
        "കവറ", "കവർ", "ਲਿਫ਼ਾਫ਼", "ਲਿਫਾਫ", "पिशव", "થેલી", "ব্যাগ", "থলে", "సంచ", "சஞ்சி",
        "സഞ്ചി", "ಚೀಲ", "ਥੈਲ", "থলি", "थैल", "झोल",
    )
)  # fmt: skip


def bag_refusals(reading: _Reading, refusals: list[int]) -> list[int]:
    """With no price said, the refusals that still refuse: none when a bag, cover or
    plastic is talked of ("no plastic, I brought a bag"), a word of rejection only when
    one is asked for as an extra ("this one's torn")."""
    words = reading.words
    if _price_asked_back(reading):
        return refusals  # "250 for a plastic doll? No, leave it": the price refused
    if any(w.startswith(_PLASTIC) for w in words):
        return []  # "plastic nahi chahiye": the plastic refused, not the price
    if asks_for_extra_bag(reading):
        return [r for r in refusals if reading.has(r, Cue.REJECT)]
    if any(w in _CONTAINERS or w.startswith(_BAG_STEMS) for w in words):
        return []
    return refusals


# The words that may stand between a price said back and its question mark: the goods,
# "for", their material ("250 for a plastic doll?", "ढाई सौ की ये प्लास्टिक की गुड़िया?").
_ASKED_WITHIN = 6


def _price_asked_back(reading: _Reading) -> bool:
    """A price said back as a question, the goods after it in the same breath, and a
    refusal after the question mark: the refusal is the price's, not the bag's."""
    words = reading.words
    for price in reading.prices:
        for k in range(price.end, min(price.end + _ASKED_WITHIN + 1, len(words))):
            if words[k] == "?":
                after = k + 1
                return after < len(words) and reading.has(after, *_REFUSALS)
            if (k > price.end and not _joined(reading, k)) or reading.number_at[k] is not None:
                break
    return False
