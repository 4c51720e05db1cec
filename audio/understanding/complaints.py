"""Talk about the goods or the weather that sounds like a refusal: "no no, these are
rotten, show me others", "ok ok, but don't give stale ones", "less rain this year, so
everything is dear". With no price said, the "no" refuses the goods shown, not the deal,
and "less"/"too much" describe the season: nothing is refused or agreed to. "No no, too
costly" still refuses (a word for too much is about the price)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading
from audio.understanding.vouched import vouched_for

# Stems of words about the goods themselves: rotten, spoilt, stale, fresh, yesterday's,
# today's, organic, chemicals.
_QUALITY_STEMS = tuple(
    fold(w)
    for w in (
        "rotten", "spoilt", "spoiled", "stale", "fresh", "organic", "chemical", "pesticide",
        "yesterday", "गले", "गला", "सड़", "सडे", "खराब", "बासी", "ताज़", "ताज", "sade", "sada",
        "gale", "kharab", "baasi", "basi", "taaz", "taza", "कल वाल",
        "அழுகி", "அழுகின", "azhugi", "நேத்து", "நேற்று", "nethu", "பழைய", "pazhaya", "ஃப்ரெஷ்",
        "கெட்டு", "kettu", "புதுசு", "pudhusu",
        "కుళ్ళ", "కుళ్ల", "kulla", "ninnati", "నిన్నటి", "నిన్నటివి", "పాడైపో", "paadai",
        "తాజా", "taja", "thaja",
        "পচা", "পচে", "pocha", "poche", "বাসি", "টাটকা", "tatka", "kaler", "কালকের",
        "खराब", "सडल", "sadl", "ताजं", "ताजा", "taja", "कालच", "kalch",
        "સડેલ", "sadel", "બગડેલ", "bagdel", "બગડી", "તાજ", "taaj", "કાલના", "વાસી",
        "ಕೊಳೆತ", "kolet", "ಹಾಳಾಗ", "haala", "ನಿನ್ನೆದು", "ninnedu", "ನಿನ್ನೆಯ", "ತಾಜಾ", "ಫ್ರೆಶ್",
        "ചീഞ്ഞ", "cheenj", "ചീത്ത", "cheetha", "ഇന്നലെ", "innale", "പഴയ", "pazhaya", "ഫ്രഷ്",
        "soft", "naram", "नरम", "pilpil", "पिलपिल", "மெத்து", "கொழகொழ", "మెత్త", "metta",
        "নরম", "norom", "मऊ", "नरम", "નરમ", "ಮೆತ್ತಗ", "mettaga", "ചതഞ്ഞ", "chathanj", "ਨਰਮ",
        "ਗਲੇ", "ਗਲ਼ੇ", "ਸੜੇ", "ਖਰਾਬ", "ਬੇਹ", "ਤਾਜ਼", "ਤਾਜ", "ਕੱਲ੍ਹ ਵਾਲ", "sade", "gale",
        "ਬਾਸੀ", "old ones", "old stuff", "शिळ", "பழசு", "pazhasu", "palasu", "kaalna", "kalna",
        "ഇന്നലത്ത", "innalathe", "innalatthe",
        # cracked, broken, bruised: eggs and fruit picked over
        "cracked", "broken", "bruised", "damaged", "फूटे", "टूटे", "phoote", "foote", "toote",
        # ripe, firm, small or big ones: the pieces picked, not the price
        "ripe", "overripe", "firm", "small ones", "big ones", "bigger", "smaller", "पके",
        "पका", "कड़क", "kadak", "छोटे वाले", "बड़े वाले", "chhote wale", "bade wale", "bade chun",
        "பழுத்", "கெட்டியா", "சின்னது", "பெருசா", "பெருசு", "పండిపో", "గట్టివి", "చిన్నవి",
        "పెద్దవి", "পেকে", "শক্ত", "ছোটগুলো", "বড়গুলো", "पिकले", "घट्ट", "लहान", "मोठे",
        "પાકી", "કડક", "નાના", "મોટા", "ಹಣ್ಣಾಗ", "ಗಟ್ಟಿ", "ಸಣ್ಣದು", "ದೊಡ್ಡದು", "പഴുത്ത",
        "ഉറപ്പുള്ള", "ചെറുത", "വലുത", "ਪੱਕੇ", "ਸਖ਼ਤ", "ਛੋਟੇ", "ਵੱਡੇ",
    )
)  # fmt: skip

# Weather and season: "less rain", "too much sun", "the season's over".
_WEATHER_STEMS = tuple(
    fold(w)
    for w in (
        "rain", "heat", "sunny", "season", "crop", "weather", "बारिश", "baarish", "barish",
        "गर्मी", "garmi", "धूप", "dhoop", "मौसम", "mausam", "फसल", "fasal", "மழை", "mazhai",
        "வெயில்", "veyil", "சீசன்", "வర్షం", "వర్ష", "వాన", "varsham", "vaana", "ఎండ", "enda",
        "సీజన్", "বৃষ্টি", "brishti", "গরম", "gorom", "রোদ", "সিজন", "पाऊस", "paus", "उन्ह",
        "सीझन", "पावस", "pavsa", "pavas", "વરસાદ", "varsad", "તડકો", "tadko", "ગરમી", "સીઝન",
        "ಮಳೆ", "male", "ಬಿಸಿಲು",
        "bisilu", "ಸೀಸನ್", "മഴ", "mazha", "വെയിൽ", "ചൂട്", "choodu", "സീസൺ", "ਮੀਂਹ", "meenh",
        "ਬਾਰਿਸ਼", "ਗਰਮੀ", "ਧੁੱਪ", "dhupp", "ਸੀਜ਼ਨ",
    )
)  # fmt: skip

# Taking or buying, negated beside a "no": "नहीं लूँगा", "won't take": a refusal stands.
_TAKE_STEMS = tuple(
    fold(w)
    for w in (
        "take", "buy", "लूँ", "लूं", "लेंग", "lung", "leng", "வாங்க", "vanga",
        "తీసుకో", "కొన", "নেব", "nebo", "নেবো", "घेणार", "घेत", "લઈશ", "લેવા", "ತಗೊಳ್ಳಲ್ಲ",
        "ತಗೋಳಲ್ಲ", "വാങ്ങ", "ਲਵਾਂ", "ਲੈਣ",
    )
)  # fmt: skip
_NOS = (Cue.NEGATION, Cue.NOT, Cue.REJECT)


# The stems of several words, looked for in the words joined.
_QUALITY_PHRASES = tuple(s for s in _QUALITY_STEMS if " " in s)
_WEATHER_PHRASES = tuple(s for s in _WEATHER_STEMS if " " in s)


def _has(reading: _Reading, stems: tuple[str, ...], phrases: tuple[str, ...]) -> bool:
    if any(w.startswith(stems) for w in reading.words):
        return True
    said = " ".join(reading.words)
    return any(s in said for s in phrases)


def refuses_taking(reading: _Reading) -> bool:
    """A "no" right beside a verb of taking or buying: "nahi lunga", "won't take them"."""
    for cue, start, end in reading.occurrences:
        if cue in _NOS:
            near = (*reading.words[max(start - 1, 0) : start], *reading.words[end : end + 1])
            if any(w.startswith(_TAKE_STEMS) for w in near):
                return True
    return False


# "I don't want (these)": said of the goods complained about, a refusal of them.
_DONT_WANT = frozenset(
    fold(w)
    for w in (
        "nahi chahiye", "नहीं चाहिए", "nahi lene", "नहीं लेने", "don't want", "dont want",
        "வேண்டாம்", "வேணாம்", "vendam", "venaam", "వద్దు", "నాకొద్దు", "ఒద్దు", "vaddu",
        "naakoddu", "oddu", "চাই না", "নেব না", "chai na", "nebo na", "नको", "nako",
        "નથી જોઈતું", "જોઈતું નથી", "નથી જોઈતા", "નથી જોઈતી", "nathi joitu", "joitu nathi",
        "nathi joita", "nathi joiti", "ಬೇಡ", "ನಂಗ್ಬೇಡ", "beda",
        "nangbeda", "വേണ്ട", "വേണ്ടാ", "venda", "vendaa", "ਨੀ ਲੈਣੇ", "ਨਹੀਂ ਲੈਣੇ", "ਨਹੀਂ ਲੈਣਾ",
        "ਨੀ ਲੈਣਾ", "ਨਹੀਂ ਚਾਹੀਦੇ", "ਨੀ ਚਾਹੀਦੇ", "ni lene", "nahi lene", "nahi chahide", "ni chahide",
        "ni lena",
    )
)  # fmt: skip


def _not_wanted(reading: _Reading) -> bool:
    """ "I don't want (these)" with no give verb after it: "rotten ones, I don't want";
    "don't want rotten ones, give fresh ones" asks for others."""
    joined = f" {' '.join(reading.words)} "
    if not any(f" {w} " in joined for w in _DONT_WANT):
        return False
    return not any(w.startswith(_GIVE_STEMS) for w in reading.words)


_GIVE_STEMS = tuple(
    fold(w)
    for w in (
        "give", "show", "de do", "dikha", "दिखा", "दे", "kudu", "குடு", "காட்டு", "ivvandi",
        "ivvu", "ఇవ్వ",
        "చూపి", "din", "দিন", "দেখা", "dya", "द्या", "दाखवा", "aapo", "આપો", "બતાવો", "kodi",
        "ಕೊಡಿ", "ತೋರಿಸಿ", "താ", "തരൂ", "കാണിക്ക", "ਦਿਓ", "ਦਿਖਾਓ", "dikhao",
        # "don't give (bad ones)": a condition on what is given, not a refusal
        "deu", "देऊ", "देउ", "dena", "देना", "குடுக்காத", "கொடுக்காத", "kudukkaadh",
        "ఇవ్వక", "ivvaka", "দেবেন", "deben", "দিও", "diyo", "આપતા", "aapta", "ಕೊಡಬೇಡ",
        "kodabed", "kodbed", "തരണ്ട", "tharand", "ਦੇਣਾ", "ਦੇਣੇ", "dena", "deyo", "ਦੇਈਂ", "ਦੇਈ",
        "ਦਿਓ", "deyin",
        # "put (big ones) in": the pieces picked
        "போடு", "వేయ", "ಹಾಕಿ", "ഇടൂ", "ഇട്", "डालो", "ਪਾਓ",
    )
)  # fmt: skip


def about_the_goods(reading: _Reading, has_outstanding_offer: bool) -> bool:
    """With no price said: a "no" (or "ok") about how the goods are, or (with nothing on
    the table) "less"/"too much" about the weather, refuses nothing about the deal."""
    if _choice_of_goods(reading):
        return True  # "ज़्यादा क्रीम वाला दो, सूखा वाला नहीं": "more" picks the piece
    cues = {o[0] for o in reading.occurrences}
    if (
        Cue.TOO_MUCH in cues
        and not (_has(reading, _WEATHER_STEMS, _WEATHER_PHRASES) and not has_outstanding_offer)
        and not _too_ripe(reading)
    ):
        return False  # "no no, too costly"
    if refuses_taking(reading) or (_not_wanted(reading) and not _prefers_fresh(reading)):
        return False  # "these are rotten, I won't take them"
    if _has(reading, _QUALITY_STEMS, _QUALITY_PHRASES):
        return True
    if vouched_for(reading, _WEATHER_STEMS):
        return True  # "ये पाइप फटेगा नहीं", "வெயில்லயும் ஒண்ணும் ஆகாது": the goods wear well
    return not has_outstanding_offer and _has(reading, _WEATHER_STEMS, _WEATHER_PHRASES)


# The word that picks one of the goods by a trait: "the one with more cream", "सूखा
# वाला", "ਮੋਟੇ ਵਾਲੇ", "પાકું વાળું".
_PICKS = frozenset(
    fold(w)
    for w in (
        "one", "ones", "वाला", "वाले", "वाली", "wala", "wale", "wali", "waala", "waale",
        "waali", "ਵਾਲਾ", "ਵਾਲੇ", "ਵਾਲੀ", "વાળું", "વાળા", "વાળી", "vala", "vale", "vali",
    )
)  # fmt: skip


# "Give" said bare after the pick ("सूखा वाला दो"), where it is also the number two.
_GIVE_BARE = frozenset(fold(w) for w in ("दो", "do", "दीजिए", "dijiye", "ਦੇਣਾ"))


def _choice_of_goods(reading: _Reading) -> bool:
    """A choice between goods: two of them picked by a trait, one given and the other
    not ("give the one with more cream, not the dry one", "ज़्यादा क्रीम वाला दो, सूखा
    वाला नहीं"). The "not" refuses the other piece, not the deal."""
    words = reading.words
    picks = sum(w in _PICKS for w in words)
    gives = any(w.startswith(_GIVE_STEMS) or w in _GIVE_BARE for w in words)
    return picks >= 2 and gives and reading.cue_near(0, len(words), *_NOS)


_BUT = frozenset(
    fold(w)
    for w in (
        "but", "par", "पर", "lekin", "लेकिन", "pan", "पण", "પણ", "ਪਰ", "ஆனா", "aana", "కానీ",
        "kaani", "কিন্তু", "kintu", "ಆದ್ರೆ", "ಆದರೆ", "aadre", "പക്ഷേ", "pakshe",
    )
)  # fmt: skip


def but_after(reading: _Reading, accepts: list[int]) -> bool:
    """A "but" after the last word of agreement: "ok ok, but not stale ones" agrees only
    on a condition."""
    last = max(accepts, default=len(reading.words))
    return any(w in _BUT for w in reading.words[last + 1 :])


def _prefers_fresh(reading: _Reading) -> bool:
    """A question about the goods, then "don't want yesterday's/stale ones": "ಈ ಸೊಪ್ಪು
    ಇವತ್ತಿನದಾ? ನಿನ್ನೆದು ಬೇಡ", "kalchi nako" after "ताजी आहे का?". Which goods, not the deal."""
    asked = [k for k, t in enumerate(reading.tokens) if t.raw == "?"]
    if not asked:
        return False
    after = reading.words[asked[0] + 1 :]
    return any(w.startswith(_QUALITY_STEMS) for w in after) and any(
        f" {w} " in f" {' '.join(after)} " for w in _DONT_WANT
    )


def _too_ripe(reading: _Reading) -> bool:
    """Every "too much" is said of the goods: "ज़्यादा पके हैं", too ripe."""
    words = reading.words
    return all(
        end < len(words) and words[end].startswith(_QUALITY_STEMS)
        for cue, _, end in reading.occurrences
        if cue is Cue.TOO_MUCH
    )


def goods_accepts(reading: _Reading, accepts: list[int], refused: bool) -> list[int]:
    """The agreement that stands in talk about the goods: none after a "no" or a "but"
    ("ok ok, but not stale ones"), and none that is itself a word for the goods
    ("ਪੱਕੇ", ripe, and settled)."""
    if refused or but_after(reading, accepts):
        return []
    return [a for a in accepts if not reading.words[a].startswith(_QUALITY_STEMS)]
