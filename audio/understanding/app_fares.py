"""A fare shown by a ride app: "Ola is showing 130", "uber app mein 140 aa raha hai",
"ஓலா ஆப்ல நூத்தி முப்பது காட்டுது", "ઓલામાં એકસો ત્રીસ બતાવે છે". The app's fare is
another seller's price (`others_price`): said alone, the line asks this driver to match
it (a question, no amount); the speaker's own fare after it ("..., you come for 120")
stands.

"Ola" is also hail (Hindi "ओला") and a palm leaf (Malayalam "ഓല", typed "ola"): in
Malayalam it names the app only beside "app" or a verb of showing."""

from __future__ import annotations

from audio.lexicon import fold

# Word starts: a case ending may follow ("ஓலால", "ఓలాలో", "ઓલામાં", "ಓಲಾದಲ್ಲಿ", "ഊബറിൽ").
_APPS = tuple(
    fold(w)
    for w in (
        "ओला", "ঔলা", "ওলা", "ઓલા", "ఓలా", "ஓலா", "ಓಲಾ", "ਓਲਾ",
        "uber", "ऊबर", "उबर", "উবার", "ઉબર", "ઊબર", "ఊబర్", "ఉబర్", "ஊபர்", "உபர்",
        "ಊಬರ್", "ಉಬರ್", "ഊബർ", "ഊബറ", "യൂബർ", "ਉਬਰ", "ਊਬਰ",
        "rapido", "रैपिडो", "র‍্যাপিডো", "র্যাপিডো", "રેપિડો", "ర్యాపిడో", "ராபிடோ",
        "ರ್ಯಾಪಿಡೋ", "റാപ്പിഡോ", "ਰੈਪਿਡੋ",
        "ऐप", "ॲप", "অ্যাপ", "એપ", "ఆప్", "యాప్", "ஆப்", "ಆಪ್", "ಆ್ಯಪ್", "ആപ്പ", "ਐਪ",
    )
)  # fmt: skip
# Typed, whole words only ("apple", "olive" are goods).
_APPS_TYPED = frozenset(("ola", "olala", "olalo", "olale", "app", "appla", "apps", "ap"))
# Apples begin as the app does ("ஆப்பிள்", "ആപ്പിൾ", "ऐपल"): never an app.
_APPLE = tuple(
    fold(w)
    for w in ("ஆப்பிள", "ആപ്പിള", "ആപ്പിൾ", "ऐपल", "એપલ", "অ্যাপল", "অ্যাপেল", "ਐਪਲ", "ಆಪಲ")
)  # fmt: skip
_PALM_LEAF = tuple(fold(w) for w in ("ola", "ഓല"))
# A verb of showing, as a word's start: "showing", "दिखा", "காட்டு", "చూపిస్త", "দেখা".
_SHOWING = tuple(
    fold(w)
    for w in (
        "show", "dikha", "दिखा", "காட்டு", "kaattu", "kattu", "చూపిస్త", "chupist",
        "দেখা", "dekha", "दाखव", "dakhav", "બતાવ", "batav", "ತೋರಿಸ", "toris",
        "കാണിക്ക", "kaanikk", "kanikk", "ਦਿਖਾ",
    )
)  # fmt: skip


def shown_by_app(words: list[str], language: str) -> bool:
    """Whether the words (a clause) name a ride app, the fare in them its own."""
    for word in words:
        if language == "ml" and word.startswith(_PALM_LEAF) and not word.startswith("ഓലാ"):
            if any(w.startswith(_SHOWING) or w in ("app", "ആപ്പ്") for w in words):
                return True
            continue
        if word in _APPS_TYPED or (word.startswith(_APPS) and not word.startswith(_APPLE)):
            return True
    return False


def typed_app(raw: str) -> bool:
    """Typed "app", which folds to the "aap" (you) of Hindi."""
    return raw.lower() in ("app", "apps", "app-la", "appla")
