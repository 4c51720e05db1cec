"""A cost of the seller's named as a reason, "that alone": "won't come for 100, the petrol
alone is 80" ("పెట్రోల్‌కే ఎనభై అవుతుంది", "পেট্রোলের দামই সত্তর", "પેટ્રોલ જ એંસીનું
થાય", "ਡੀਜ਼ਲ ਹੀ ਅੱਸੀ ਦਾ ਲੱਗਦਾ", "the making charge alone came to 300", "പണിക്കൂലി തന്നെ
മുന്നൂറ് ആയി"). A running cost (fuel, labour, making, thread, rent or fare paid on) with
an "alone / itself" particle on it: the price in its clause is that cost, no offer, as
`own_cost` reads "it costs me 80".

A part of the goods or their material said the same way after a price refused: "no, not
at 60, the sabzi alone is 40", "a razai won't come at 500, the cotton alone is 400"
("దూదే నాలుగొందలు అవుతుంది", "তুলোরই দাম চারশো", "रुई ही चार सौ की है"): the part's
cost is the reason for the refusal, no counter. So is the word "cost" itself with "alone"
on it: "40 won't do, the patch's cost itself comes to 30" ("ప్యాచ్ ఖర్చే ముప్పై",
"पैच का खर्चा ही तीस", "প্যাচের খরচই", "ಖರ್ಚೇ", "ചെലവ് തന്നെ", "the patch itself costs 30")."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# A running cost, as a word's start (case endings stay on: "ପେଟ୍ରୋଲ୍‌ಗೇ", "পেট্রোলের").
_COSTS = tuple(
    fold(w)
    for w in (
        "petrol", "diesel", "fuel", "cng", "labour", "labor", "making", "thread", "rent",
        "toll", "पेट्रोल", "डीज़ल", "डीजल", "डिझेल", "मजदूरी", "मज़दूरी", "मजूरी", "घड़ाई",
        "घडाई", "धागा", "धाग्या", "भाड़ा", "भाडा", "भाडे", "किराया", "majdoori", "mazdoori",
        "ghadai", "dhaga", "bhada", "kiraya", "পেট্রোল", "ডিজেল", "তেল", "মজুরি", "ভাড়া",
        "tel", "mojuri", "majuri", "પેટ્રોલ", "ડીઝલ", "મજૂરી", "ઘડામણ", "ભાડું", "ghadaman",
        "ਪੈਟਰੋਲ", "ਪੈਟ੍ਰੋਲ", "ਡੀਜ਼ਲ", "ਡੀਜਲ", "ਮਜ਼ਦੂਰੀ", "ਮਜਦੂਰੀ", "ਘੜਾਈ", "ਭਾੜਾ", "ਕਿਰਾਇਆ",
        "பெட்ரோல", "டீசல", "கூலி", "செய்கூலி", "வாடகை", "పెట్రోల", "డీజిల", "కూలి",
        "తయారీ ఖర్చు", "అద్దె", "ಪೆಟ್ರೋಲ", "ಡೀಸೆಲ", "ಕೂಲಿ", "ಬಾಡಿಗೆ", "പെട്രോൾ", "ഡീസൽ",
        "കൂലി", "പണിക്കൂലി", "വാടക", "panikkooli", "kooli", "cooly",
        # Malayalam with a case ending, the chillu undone: "പെട്രോളിന്", "ഡീസലിന്"
        "പെട്രോള", "ഡീസല",
        # electricity for the machine: "கரண்டுக்கே பத்து ரூபா போகுது", "बिजली ही दस की जाती है"
        "கரண்ட", "current", "electricity", "बिजली", "bijli", "करंट", "ਬਿਜਲੀ", "bijlee",
        "ಕರೆಂಟ", "കറന്റ", "কারেন্ট", "বিদ্যুৎ", "కరెంట", "విద్యుత", "વીજળી",
    )
)  # fmt: skip
# A raw material whose market rate is the seller's cost: "the brass rate itself is 700 a
# kilo", "ఇత్తడి రేటే కిలో ఏడు వందలు", "पीतल का भाव ही सात सौ है", "ചെമ്പിന്റെ വില തന്നെ".
# Its rate word follows within two words, with "alone / itself" on it or after it.
_MATERIALS = tuple(
    fold(w)
    for w in (
        "brass", "copper", "silver", "steel", "aluminium", "पीतल", "तांबा", "तांबे", "चांदी",
        "स्टील", "ఇత్తడి", "రాగి", "వెండి", "స్టీల్", "பித்தளை", "செம்பு", "வெள்ளி",
        "ಹಿತ್ತಾಳೆ", "ತಾಮ್ರ", "ಬೆಳ್ಳಿ", "പിച്ചള", "ചെമ്പ", "വെള്ളി", "পিতল", "তামা", "রুপো",
        "रुपे", "પિત્તળ", "તાંબ", "ચાંદી", "ਪਿੱਤਲ", "ਤਾਂਬਾ", "ਚਾਂਦੀ", "pital", "peetal",
        "itthadi", "ittadi", "raagi", "pittalai", "chembu", "pichala",
    )
)  # fmt: skip
_RATES = tuple(
    fold(w)
    for w in (
        "rate", "price", "रेट", "भाव", "ರೇಟ", "ಬೆಲೆ", "రేట", "ధర", "ரேட்", "விலை", "വില",
        "റേറ്റ", "দাম", "রেট", "दर", "ભાવ", "રેટ", "ਰੇਟ", "ਭਾਅ", "bhav", "dhara", "vila",
        "vilai", "dam",
    )
)  # fmt: skip
# "Itself" glued on a rate word: Telugu "రేటే", "ధరే", Kannada "ರೇಟೇ", Tamil "விலையே".
_RATE_ALONE_ENDINGS = ("ే", "ೇ", "ே", "ই", "च", "യേ")
# "Alone", "itself", "just": a word of its own after the cost (a genitive and "price"
# may stand between: "tel er dam i").
_ALONE = frozenset(
    fold(w)
    for w in (
        "alone", "itself", "ही", "hi", "ਹੀ", "જ", "j", "ই", "i", "ও", "কে", "కే", "ke",
        "തന്നെ", "thanne", "च",
    )
)  # fmt: skip
# The same glued on: Telugu "పెట్రోల్‌కే", Tamil "பெட்ரோலுக்கே", Kannada "ಪೆಟ್ರೋಲ್ಗೇ",
# Bengali "দামই", Marathi "पेट्रोलच".
_ALONE_ENDINGS = ("కే", "ே", "ೇ", "ই", "च", "ಏ")


# A part of the goods or their material, as a word's start: vegetables of a thali, a
# quilt's cotton, a shoe's leather, a garment's cloth or wool, the goods bought in.
_PARTS = tuple(
    fold(w)
    for w in (
        "sabzi", "sabji", "vegetable", "cotton", "leather", "cloth", "fabric", "wool",
        "material", "wood", "सब्ज़ी", "सब्जी", "रुई", "कपास", "चमड़", "kapas", "chamd",
        "kapd", "कपड़", "लकड़ी", "lakdi", "सामान", "saman", "காய்கறி", "பஞ்சு", "பஞ்சே",
        "தோல", "துணி", "கம்பளி", "சரக்கு", "కూరగాయ", "దూద", "తోలు", "తోలే", "బట్ట",
        "ఉన్ని", "సరుకు", "সবজি", "তুলো", "তুলা", "চামড়া", "কাপড়", "কাঠ", "भाजी",
        "कापूस", "कापसा", "चामड", "कापड", "लोकर", "लाकूड", "શાક", "કપાસ", "ચામડ", "કાપડ",
        "લાકડ", "ತರಕಾರಿ", "ಹತ್ತಿ", "ಚರ್ಮ", "ಬಟ್ಟೆ", "ಉಣ್ಣೆ", "ಸರಕು", "പച്ചക്കറി", "പഞ്ഞി",
        "തുകൽ", "തുണി", "കമ്പിളി", "ചരക്ക", "ਸਬਜ਼ੀ", "ਸਬਜੀ", "ਕਪਾਹ", "ਚਮੜ", "ਕੱਪੜ", "ਲੱਕੜ",
    )
)  # fmt: skip
# The word "cost, expense" itself, as a word's start: a part's cost said with "alone" on it.
_COST_NOUNS = tuple(
    fold(w)
    for w in (
        "cost", "expense", "kharch", "खर्च", "ख़र्च", "ఖర్చ", "kharchu", "செலவ", "selav",
        "chelav", "খরচ", "khoroch", "ખર્ચ", "ಖರ್ಚ", "ചെലവ", "ਖਰਚ", "ਖ਼ਰਚ",
    )
)  # fmt: skip
# English "itself / alone" said before the verb of costing: "the patch itself costs 30".
_ALONE_BEFORE = frozenset(("itself", "alone"))
# Short ones, whole words only: the goods bought in ("maal"), cotton, wool.
_SHORT_PARTS = frozenset(
    fold(w) for w in ("maal", "rui", "माल", "ऊन", "মাল", "উল", "માલ", "રૂ", "ઊન", "ਮਾਲ", "ਰੂੰ", "ਉੱਨ")
)
# "Alone" glued on a part: Telugu "దూదే", Tamil "காய்கறியே", Kannada "ಹತ್ತಿನೇ", Bengali
# "তুলোরই", Marathi "कापूसच".
_PART_ALONE_ENDINGS = ("ే", "ೇ", "ே", "ই", "च")


def cost_alone_at(reading: _Reading) -> list[int]:
    """Where a running cost with "alone" on it is said, or a part of the goods after a
    price refused."""
    words = reading.words
    found = _parts_alone_at(reading)
    for k, word in enumerate(words):
        if not word.startswith(_COSTS):
            continue
        near = [j for j in range(k, min(k + 4, len(words))) if reading.number_at[j] is None]
        if any(words[j] in _ALONE for j in near if j > k) or any(
            len(words[j]) > 2 and words[j].endswith(_ALONE_ENDINGS) for j in near if j < k + 3
        ):
            found.append(k)
    for k, word in enumerate(words):
        if word.startswith(_MATERIALS) and _rate_alone(words, k):
            found.append(k)
    return sorted(set(found))


def _rate_alone(words: list[str], k: int) -> bool:
    """A rate word within two words after the material at `k`, with "itself" on it or
    right after it."""
    for j in range(k + 1, min(k + 3, len(words))):
        if not words[j].startswith(_RATES):
            continue
        glued = len(words[j]) > 2 and words[j].endswith(_RATE_ALONE_ENDINGS)
        return glued or (j + 1 < len(words) and words[j + 1] in _ALONE)
    return False


def _parts_alone_at(reading: _Reading) -> list[int]:
    """Where a part of the goods or their material is said with "alone" on it or right
    after it, after a price the line refuses."""
    words = reading.words
    refused = [p.end for p in reading.prices if p.negated]
    refused += [
        start for cue, start, _ in reading.occurrences if cue in (Cue.REJECT, Cue.NEGATION, Cue.NOT)
    ]  # "a razai won't come at 500, ...": the refusal said, its price read as no price
    found = []
    for k, word in enumerate(words):
        if not refused or min(refused) > k:
            continue
        cost = word.startswith(_COST_NOUNS)
        if not (word in _SHORT_PARTS or word.startswith(_PARTS) or cost):
            continue
        glued = word.endswith(_PART_ALONE_ENDINGS) and word not in _SHORT_PARTS
        if cost:  # "खर्च" ends as "खर्चच" does: the ending on the whole word
            glued = any(
                word.endswith(e) and word[: -len(e)].startswith(_COST_NOUNS)
                for e in _PART_ALONE_ENDINGS
            )
            glued |= k > 0 and words[k - 1] in _ALONE_BEFORE  # "the patch itself costs 30"
        reach = 5 if cost else 3  # "the cost of the zip itself is 80"
        after = next(
            (j for j in range(k + 1, min(k + reach, len(words))) if words[j] in _ALONE), None
        )
        plain = after is not None and all(reading.number_at[j] is None for j in range(k, after))
        if glued or plain:
            found.append(k)
    return found
