"""A place told about oneself is small talk, no origin of goods: "our town is Mandya, where
are you from?", "ನಮ್ಮೂರು ಮಂಡ್ಯ, ನೀವು ಯಾವೂರು?", "in our village they light a bonfire in
the evening, will you come?", "हमारे गाँव में मेला लगता है, आओगे?".

`claim_origin` needs the goods said to come from our village, house or farm ("ಈ ತುಪ್ಪ
ನಮ್ಮೂರಿನದು"). A word for one's own place (`HOME`: "our town", "ನಮ್ಮೂರು", "எங்க ஊரு",
"మా ఊరు", "हमारा गाँव", in any of its case forms) said in a line that asks the listener
back where they come from or whether they will come (`ASKED_BACK`: "where are you from?",
"ಯಾವ ಊರು?", "आओगे?", "আসবেন?") tells about the speaker's place: the line claims no
origin, and the coming asked is the listener's, no leaving or coming back of the
speaker's. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, end_at, forms_in

HOME = {
    "en": "our village; our town; my village; my town; home town; hometown; native place; "
    "my native; our native; our place",
    "hi": "हमारा गाँव; हमारे गाँव; मेरा गाँव; मेरे गाँव; हमारा गांव; हमारे गांव; मेरे गांव; "
    "हमारा शहर; हमारे शहर; hamara gaon; hamare gaon; mera gaon; mere gaon; hamara gav; "
    "hamare gav; hamara shahar; hamare shahar",
    "ta": "எங்க ஊர்; எங்க ஊரு; எங்கள் ஊர்; என் ஊர்; எங்க கிராம; enga oor*; engal oor*; en oor*; enga gramam*",
    "te": "మా ఊరు; మా ఊర; మా ఊరి; మా ఊళ్ల; మా ఊళ్ళ; మా ఊర్ల; మా గ్రామ; maa ooru; ma ooru; "
    "maa oor*; ma oor*; maa ool*",
    "bn": "আমাদের গ্রাম; আমার গ্রাম; আমাদের শহর; আমাদের দেশের বাড়ি; amader gram*; "
    "amar gram*; amader shohor*",
    "mr": "आमचं गाव; आमचा गाव; आमच्या गाव; माझं गाव; माझ्या गाव; amcha gav*; amcha gaon; "
    "amchya gav*; amcha gaav*; majha gav*",
    "gu": "અમારું ગામ; અમારા ગામ; મારું ગામ; મારા ગામ; amaru gaam*; amara gaam*; maru gaam*",
    "kn": "ನಮ್ಮೂರು; ನಮ್ಮೂರ; ನಮ್ಮ ಊರ; ನಮ್ಮ ಹಳ್ಳಿ; nammuru; nammooru; nammur*; nammoor*; "
    "namma oor*; namma halli*",
    "ml": "ഞങ്ങളുടെ നാട; എന്റെ നാട; ഞങ്ങളുടെ ഗ്രാമ; എന്റെ ഗ്രാമ; njangalude naad*; "
    "ente naad*; njangalude gramam*",
    "pa": "ਸਾਡਾ ਪਿੰਡ; ਸਾਡੇ ਪਿੰਡ; ਮੇਰਾ ਪਿੰਡ; ਮੇਰੇ ਪਿੰਡ; saada pind; sada pind; saade pind; "
    "sade pind; mera pind; mere pind",
}
"""Per language, one's own town or village (English's heard in every language)."""

ASKED_BACK = {
    "en": "where are you from; where you from; which town; which place; which village; "
    "will you come; won't you come; you coming; can you come; do come",
    "hi": "कहाँ के; कहां के; कहाँ से हो; कहां से हो; कहाँ से हैं; कहां से हैं; आओगे; आएँगे; "
    "आयेंगे; आएंगे; आइएगा; kahan ke; kaha ke; kahan se ho; kahan se hain; aaoge; aaogi; "
    "aayenge; aaiyega",
    "ta": "எந்த ஊர்; எந்த ஊரு; எந்த ஊரு; வருவீங்களா; வர்றீங்களா; வரீங்களா; endha oor*; "
    "entha oor*; varuveengala; varreengala; vareengala",
    "te": "ఏ ఊరు; ఏ ఊరి; మీది ఏ; ఎక్కడి నుంచి; వస్తారా; వస్తావా; ye ooru; e ooru; meedi ye; "
    "ekkadi nunchi; vastara; vastava; మీరు కూడా రండి; మీరూ రండి; meeru kuda randi; meeru kooda randi",
    "bn": "কোথা থেকে; কোথাকার; কোন গ্রাম; আসবেন; আসবে=; আসবি; kotha theke; kothakar; "
    "kon gram*; asben; asbe; asbi",
    "mr": "कुठले; कुठल्या गाव; कुठून; याल का; येणार का; येशील का; kuthle; kuthun; yal ka; "
    "yenar ka; yeshil ka",
    "gu": "ક્યાંના; ક્યાંથી; કયા ગામ; આવશો; આવશે=; kyana; kyan na; kyanthi; kyan thi; aavsho; avsho",
    "kn": "ಯಾವ ಊರು; ಯಾವ ಊರಿನ; ಯಾವೂರು; ಎಲ್ಲಿಯವರು; ಬರ್ತೀರಾ; ಬರುತ್ತೀರಾ; ಬರ್ತೀಯಾ; yaava oor*; "
    "yava oor*; yavooru; elliyavaru; bartira; barteera; baruttira",
    "ml": "എവിടെ നിന്ന; എവിടുന്ന; ഏത് നാട; വരുമോ; വരില്ലേ; evide ninn*; evidunn*; "
    "eth naad*; varumo; varille",
    "pa": "ਕਿੱਥੋਂ; ਕਿਥੋਂ; ਕਿਹੜੇ ਪਿੰਡ; ਆਓਗੇ; ਆਵੋਗੇ; kitthon; kithon; kehde pind; aaoge; aavoge",
}
"""Per language, the listener asked back where they come from or whether they will come."""

TOLD = frozenset({"claim_origin", "come_back_later", "goodbye"})
"""The acts a place told about oneself does not say."""


@lru_cache(maxsize=16)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"home": HOME, "asked": ASKED_BACK}[table])


def home_told(words: list[str], language: str) -> bool:
    """Whether the line tells the speaker's own place and asks the listener back (above)."""

    def said(table: str) -> bool:
        return any(at(f, words, i) for i in range(len(words)) for f in _forms(table, language))

    return said("home") and said("asked")


LAND = {
    "en": "land; lands; plot; plots",
    "hi": "ज़मीन; जमीन; ज़मीनों; जमीनों; zameen; zamin; jameen",
    "ta": "நிலம்; நிலத்; நிலங்; nilam*",
    "te": "భూమి; భూముల; భూమికి; bhoomi*; bhumi*",
    "bn": "জমি; জমির; জমিতে; jomi*",
    "mr": "जमीन; जमिनी; जमिनीचा; जमिनीला; jamin*; zamin*",
    "gu": "જમીન; jamin*",
    "kn": "ಜಮೀನ; ಭೂಮಿ; jameen*; bhoomi*",
    "ml": "ഭൂമി; സ്ഥലത്തിന്; bhoomi*",
    "pa": "ਜ਼ਮੀਨ; ਜਮੀਨ; zameen*; zamin*",
}
"""Per language, a word for land: said beside one's own place ("ਸਾਡੇ ਪਿੰਡ ਦੀ ਜ਼ਮੀਨ",
"land in our village") it names the land itself, bought, sold or farmed."""

LAND_TOLD = frozenset({"claim_origin", "too_expensive", "come_look"})
"""The acts small talk about one's own place's land does not say: no goods come from it,
its price is no price asked at the stall, and a "see" there calls nobody to goods."""

_LAND_NEAR = 2
"""Words that may stand between one's own place and the word for land."""


def land_told(words: list[str], language: str) -> list[int]:
    """Where the line talks of the land of the speaker's own place ("our village's land
    has grown so costly"): each word for land within `_LAND_NEAR` words of a word for one's
    own town or village, before or after it."""
    homes = [
        (i, end)
        for i in range(len(words))
        for f in _forms("home", language)
        if (end := end_at(f, words, i)) is not None
    ]
    lands = [i for i in range(len(words)) if any(at(f, words, i) for f in forms_in(language, LAND))]
    return [
        j
        for j in lands
        if any(
            end <= j <= end + _LAND_NEAR or start - _LAND_NEAR - 1 <= j < start
            for start, end in homes
        )
    ]
