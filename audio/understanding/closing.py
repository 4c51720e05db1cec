"""A "no" inside words of agreement or of closing refuses nothing: "yes yes, no problem,
take it", "koi vaandho nahi"; "that's all, nothing else", "bas yahi, baaki kuch
nahi", "vere onnum venda" end the shopping, they do not refuse the price."""

from __future__ import annotations

from functools import cache

from audio.lexicon import fold
from audio.understanding.countables import PACK_STEMS
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS
from audio.understanding.reading import _joined, _Reading

_AGREEMENT = (
    # no problem, no issue, no worries
    "no problem", "no problems", "no issue", "no issues", "no worries", "not a problem",
    "koi problem nahi", "koi problem nahin", "koi dikkat nahi", "koi dikkat nahin",
    "कोई प्रॉब्लम नहीं", "कोई दिक्कत नहीं", "कोई बात नहीं", "koi baat nahi",
    "பிரச்சனை இல்ல", "பிரச்சினை இல்லை", "prachanai illa", "pirachanai illa", "problem illa",
    "సమస్య లేదు", "samasya ledu", "problem ledu",
    "কোনো সমস্যা নেই", "সমস্যা নেই", "kono somossa nei", "somossa nei", "problem nei",
    "काही हरकत नाही", "हरकत नाही", "kahi harkat nahi", "harkat nahi", "काही प्रॉब्लेम नाही",
    "કોઈ વાંધો નહીં", "વાંધો નહીં", "koi vandho nahi", "vandho nahi", "koi vaandho nahi",
    "ತೊಂದರೆ ಇಲ್ಲ", "tondare illa", "problem illa",
    "പ്രശ്നമില്ല", "പ്രശ്നം ഇല്ല", "prashnamilla", "problem illa",
    "ਕੋਈ ਗੱਲ ਨਹੀਂ", "ਕੋਈ ਦਿੱਕਤ ਨਹੀਂ", "ਕੋਈ ਮਸਲਾ ਨਹੀਂ", "koi gall nahi", "koi dikkat nahi",
    "no trouble", "no problem at all", "never mind", "it's fine", "its fine",
    "कोई नहीं", "koi nahi", "koi nahin",  # never mind: said alone (`_SAID_ALONE`)
    "koi taklif nahi", "कोई तकलीफ नहीं", "कोई परेशानी नहीं", "ஒண்ணும் பிரச்சனை இல்ல",
    "ஒரு பிரச்சனையும் இல்ல", "பரவால்ல", "பரவாயில்லை", "paravalla", "paravayilla",
    "ఇబ్బంది లేదు", "ఏం ఇబ్బంది లేదు", "ibbandi ledu", "పర్వాలేదు", "parvaledu",
    "অসুবিধা নেই", "কোনো অসুবিধা নেই", "asubidha nei", "কোনো ব্যাপার না", "ব্যাপার না",
    "kono byapar na", "প্রবলেম নেই", "प्रॉब्लेम नाही", "problem nahi", "तकलीफ नाही",
    "કોઈ તકલીફ નથી", "તકલીફ નથી", "koi taklif nathi", "વાંધો નથી",
    "ಏನೂ ತೊಂದರೆ ಇಲ್ಲ", "ಪರವಾಗಿಲ್ಲ", "paravagilla", "paravaagilla",
    "കുഴപ്പമില്ല", "kuzhappamilla", "പ്രശ്നവുമില്ല", "ഒരു പ്രശ്നവുമില്ല", "prashnavumilla",
    "ਕੋਈ ਮੁਸ਼ਕਲ ਨਹੀਂ", "ਕੋਈ ਨਾ", "koi na", "ਕੋਈ ਨਹੀਂ",
    # no more haggling: the bargaining ends, the price stands
    "no more haggling", "no more bargaining", "enough haggling", "enough bargaining",
    "mol bhav nahi", "mol bhaav nahi", "मोल भाव नहीं", "मोलभाव नहीं", "ab bhav nahi",
    "பேரம் வேண்டாம்", "பேரம் பேச வேண்டாம்", "beram vendam", "బేరం వద్దు", "beram vaddu",
    "দরদাম নয়", "দরাদরি নয়", "আর দরদাম না", "dordam noy",
    "घासाघीस नको", "घासाघीस नाही", "ghasaghis nako", "ભાવતાલ નહીં", "ભાવતાલ નથી",
    "bhavtal nahi", "ಚೌಕಾಸಿ ಬೇಡ", "chowkasi beda", "വിലപേശൽ വേണ്ട", "ഇനി വിലപേശൽ വേണ്ട",
    "ਭਾਅ ਨਹੀਂ ਕਰਨਾ", "ਹੋਰ ਭਾਅ ਨਹੀਂ", "bhaa nahi karna",
    "no more arguing", "enough arguing", "बहस नहीं", "bahas nahi", "bahas nahin",
    "দরাদরি করব না", "দরাদরি করবো না", "dorador korbo na",
    "ਬਹਿਸ ਨਹੀਂ", "behas nahi",
    # whatever you say: the price on the table agreed to, with a verb that gives the goods
    "whatever you say", "as you say", "जो आप कहो", "जो आप बोलो", "जैसा आप कहो",
    "जैसा आप बोलो", "jo aap kaho", "jo aap bolo", "jaisa aap kaho", "jaisa aap bolo",
    "நீங்க சொல்றபடி", "நீங்க சொன்னபடி", "நீங்க சொல்றபடியே", "neenga solrapadi",
    "మీరు చెప్పినట్టే", "మీరు చెప్పినట్టు", "meeru cheppinatte", "আপনি যা বলবেন",
    "আপনি যা বলেন", "apni ja bolben", "तुम्ही म्हणाल तसं", "तुम्ही म्हणाल तसे",
    "tumhi mhanal tasa", "તમે કહો એમ", "તમે કહો તેમ", "tame kaho em", "ನೀವು ಹೇಳಿದ ಹಾಗೆ",
    "ನೀವು ಹೇಳಿದಂತೆ", "neevu helida haage", "പറയുന്ന പോലെ", "പറഞ്ഞ പോലെ", "parayunna pole",
    "ਜੋ ਤੁਸੀਂ ਕਹੋ", "ਜਿਵੇਂ ਤੁਸੀਂ ਕਹੋ", "jo tusi kaho",
    # I'm not saying no, not refusing: agreement said through a double negative
    "won't say no", "not saying no", "i'm not saying no", "not refusing",
    "mana nahi", "मना नहीं", "मना नहीं कर रहा", "mana nahi kar raha", "ना नहीं कह रहा",
    "வேண்டாம்னு சொல்லல", "வேணாம்னு சொல்லல", "vendamnu sollala",
    "వద్దు అనడం లేదు", "వద్దనడం లేదు", "vaddu anadam ledu",
    "না বলছি না", "na bolchi na", "नाही म्हणत नाही", "nahi mhanat nahi",
    "ના નથી પાડતો", "ના નથી પાડતી", "na nathi padto", "ಬೇಡ ಅಂತ ಹೇಳ್ತಿಲ್ಲ", "beda anta heltilla",
    "വേണ്ട എന്ന് പറയുന്നില്ല", "venda ennu parayunnilla", "ਨਾਂਹ ਨਹੀਂ ਕਰਦਾ", "ਨਾਂਹ ਨਹੀਂ ਕਰਦੀ",
    "naah nahi karda",
    # let it go (agreeing to the price): "ಹೋಗ್ಲಿ ಬಿಡಿ", "சரி விடுங்க", "పోనీలే"
    "ಆಯ್ತು ಬಿಡಿ", "ಹೋಗ್ಲಿ ಬಿಡಿ", "ಸರಿ ಬಿಡಿ", "aaytu bidi", "hogli bidi", "sari bidi",
    "சரி விடுங்க", "போகட்டும் விடுங்க", "sari vidunga", "పోనీలే", "పోనీ లే", "సరే పోనీ",
    "poneele", "poni le",
    # the English words in the script: "નો પ્રોબ્લેમ"; "let it be" as "never mind, take it"
    "નો પ્રોબ્લેમ", "નો પ્રોબ્લમ", "नो प्रॉब्लम", "नो प्रोब्लम", "নো প্রবলেম", "நோ ப்ராப்ளம்",
    "நோ பிராப்ளம்", "నో ప్రాబ్లం", "ನೋ ಪ್ರಾಬ್ಲಂ", "നോ പ്രോബ്ലം", "ਨੋ ਪ੍ਰੋਬਲਮ", "பரவாயில்ல",
    "பரவாயில்லை", "बरं राहू द्या", "बरं राहूद्या", "bara rahu dya",
)  # fmt: skip
# Verbs that pack the goods or hand them over ("pack it", "തന്നോളൂ", "घ्या") after such an
# idiom, beside the give verbs.
_HANDING_STEMS = (*PACK_STEMS, *(fold(w) for w in ("തന്നോ", "घ्या", "ghya")))
_CLOSING = (
    # enough, put no more in: the weighing ends
    "don't add any more", "don't add more", "no more", "और मत डालो", "aur mat dalo",
    "இனிமே போடாதீங்க", "போடாதீங்க", "ఇంక వేయకండి", "వేయకండి",
    "আর দেবেন না", "अजून टाकू नका", "टाकू नका", "વધારે ના નાખતા",
    "ના નાખતા", "ಇನ್ನು ಹಾಕಬೇಡಿ", "ಹಾಕಬೇಡಿ", "ഇനി ഇടണ്ട", "ഇടണ്ട", "ਹੋਰ ਨਾ ਪਾਓ", "ਨਾ ਪਾਓ",
    # that's all, nothing else
    "nothing else", "nothing more", "that's all", "thats all", "that is all",
    "aur kuch nahi", "aur kuchh nahi", "aur kuch nahin", "और कुछ नहीं", "bas itna hi",
    "bas itna", "बस इतना ही", "बस इतना", "bas yahi", "बस यही", "aur kuch nahi chahiye",
    "और कुछ नहीं चाहिए",
    "வேற எதுவும் வேண்டாம்", "வேற ஒண்ணும் வேண்டாம்", "vera ethuvum vendam",
    "vera onnum vendam", "vera onnum venam", "வேற ஒண்ணும் வேணாம்", "அவ்வளவு தான்",
    "avvalavu thaan", "avlo thaan", "அவ்ளோ தான்",
    "ఇంకా ఏమీ వద్దు", "ఇంక ఏమీ వద్దు", "ఇంకేమీ వద్దు", "inka emi vaddu", "inkemi vaddu",
    "inka emee vaddu", "ఇంతే", "inthe",
    "আর কিছু লাগবে না", "আর কিছু চাই না", "aar kichu lagbe na", "ar kichu lagbe na",
    "aar kichu chai na", "ব্যস আর কিছু লাগবে না", "byas aar kichu lagbe na",
    "बाकी काही नको", "आणखी काही नको", "बस एवढंच", "एवढंच", "baki kahi nako",
    "aankhi kahi nako", "ankhi kahi nako", "evdhach", "bas evdhach",
    "બીજું કંઈ નથી જોઈતું", "બીજું કંઈ નહીં", "બસ આટલું જ", "biju kai nathi joitu",
    "biju kai nahi", "bas aatlu j", "bas atlu j",
    "ಬೇರೆ ಏನೂ ಬೇಡ", "ಬೇರೆ ಏನು ಬೇಡ", "ಇಷ್ಟೇ ಸಾಕು", "bere enu beda", "ishte saaku",
    "ishte saku",
    "വേറെ ഒന്നും വേണ്ട", "ഇത്ര മതി", "ഇത്രയും മതി", "vere onnum venda", "ithra mathi",
    "ithrayum mathi",
    "ਹੋਰ ਕੁਝ ਨਹੀਂ", "ਹੋਰ ਕੁਝ ਨਹੀਂ ਚਾਹੀਦਾ", "ਹੋਰ ਕੁਛ ਨਹੀਂ", "ਬੱਸ ਹੋਰ ਕੁਝ ਨਹੀਂ", "hor kuch nahi",
    "hor kujh nahi", "hor kuch nahi chahida", "bus hor kuch nahi", "bas hor kuch nahi",
)  # fmt: skip
_PHRASES = _AGREEMENT + _CLOSING
# Phrases that agree only said alone, before a pause or at the end: "कोई नहीं, जो आप
# कहो" (never mind, whatever you say), not "इतने में कोई नहीं देगा" (nobody will give
# at this).
_SAID_ALONE = frozenset(
    tuple(fold(w) for w in phrase.split()) for phrase in (
        "कोई नहीं", "koi nahi", "koi nahin", "ਕੋਈ ਨਹੀਂ", "ਕੋਈ ਨਾ", "koi na",
    )
)  # fmt: skip


@cache
def _by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases, folded, by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _PHRASES:
        words = tuple(fold(w) for w in phrase.split())
        found.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in found.items()}


# A bare "no" said twice before such a phrase is part of it: "no no, no problem".
_NO = frozenset(
    fold(w)
    for w in (
        "no", "nah", "na", "ना", "nahi", "नहीं", "இல்ல", "illa", "లేదు", "ledu", "না",
        "नाही", "ના", "ಇಲ್ಲ", "ഇല്ല", "ਨਹੀਂ", "nahin",
    )
)  # fmt: skip


def inside_closing(reading: _Reading) -> set[int]:
    """Word positions inside a phrase of agreement or closing that holds a "no", with
    the bare "no"s said right before it ("na na, koi dikkat nahi")."""
    covered: set[int] = set()
    words = reading.words
    table = _by_first_word()
    for k, word in enumerate(words):
        for phrase in table.get(word, ()):
            if tuple(words[k : k + len(phrase)]) != phrase:
                continue
            after = k + len(phrase)
            if phrase in _SAID_ALONE and after < len(words) and _joined(reading, after):
                continue
            covered.update(range(k, after))
            before = k
            while before > 0 and words[before - 1] in _NO:
                before -= 1
            covered.update(range(before, k))
    return covered


@cache
def _agreement() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w) for w in phrase.split()) for phrase in _AGREEMENT)


def gives_past_idiom(reading: _Reading) -> bool:
    """An idiom of agreement that holds a "no" ("koi dikkat nahi", "no more haggling")
    and a verb that gives the goods ("de do", "குடுங்க"): the price on the table taken."""
    words, agreeing = reading.words, _agreement()
    said = any(tuple(words[k : k + n]) in agreeing for k in range(len(words)) for n in range(1, 7))
    return said and any(
        w in _GIVE_WORDS or w.startswith(_GIVE_STEMS) or w.startswith(_HANDING_STEMS) for w in words
    )
