"""Agreement, then a verb that closes the deal, in a sentence of their own before talk of
something else: "fine, do it. is there a bag?", "ठीक है, कर दो। थैली मिलेगी?", "சரி,
முடிச்சுக்கலாம். பை இருக்கா?", "సరే, అయిపోయింది. సంచి ఉందా?", "ঠিক আছে, হয়ে গেল",
"ठीक आहे, करा.", "ઠીક છે, કરી દો.", "ಸರಿ, ಕೊಡಿ.", "ശരി, ഉറപ്പിച്ചു.", "ਠੀਕ ਹੈ, ਕਰ ਦਿਓ."
The verb ("do it", "give it", "it's done", "settled") closes the agreement as a second
word of agreement does: what follows asks about the bag, the pickup or the payment,
never whether to agree. Only these verbs may fill the rest of the sentence; a number, a
"no" or any other word there leaves the agreement to the other passes."""

from __future__ import annotations

from audio.lexicon import fold

# Verbs (and their helper words) that close a deal: do it, give it, done, settled.
DONE_VERBS = frozenset(
    fold(w)
    for w in (
        "do", "it", "give", "go", "ahead", "settled", "sorted",
        "कर", "करो", "दो", "दीजिए", "दीजिये", "दे", "हो", "गया", "kar", "karo", "de",
        "dijiye", "ho", "gaya", "gya",
        "முடிச்சுக்கலாம்", "முடிஞ்சது", "குடுங்க", "கொடுங்க", "பண்ணுங்க", "mudichukalam",
        "kudunga",
        "అయిపోయింది", "ఇచ్చేయండి", "ఇవ్వండి", "కానివ్వండి", "ayipoyindi", "ichheyandi",
        "ivvandi", "kanivvandi",
        "হয়ে", "গেল", "দিন", "দিয়ে", "করে", "hoye", "gelo", "din", "diye", "kore",
        "करा", "द्या", "झालं", "झाले", "देऊन", "करून", "kara", "dya", "jhala", "deun",
        "કરી", "દો", "આપો", "આપી", "થઈ", "ગયું", "kari", "aapo", "aapi", "thai", "gayu",
        "ಕೊಡಿ", "ಮಾಡಿ", "ಕೊಟ್ಟುಬಿಡಿ", "ಮಾಡಿಬಿಡಿ", "kodi", "maadi", "kottubidi",
        "ഉറപ്പിച്ചു", "തരൂ", "തന്നോളൂ", "തന്നേക്ക്", "urappichu", "tharu", "thanneku",
        "ਕਰ", "ਦਿਓ", "ਦਿਉ", "ਦੇ", "ਹੋ", "ਗਿਆ", "dio", "deo", "gaya",
    )
)  # fmt: skip


def closed_by_verb(words: list[str]) -> bool:
    """The words between the agreement and the sentence's end are all verbs that close a
    deal."""
    return bool(words) and all(w in DONE_VERBS for w in words)
