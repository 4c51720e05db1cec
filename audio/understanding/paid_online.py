"""Money reported as paid is no offer: "I've sent two hundred on GPay, check", "PhonePe se
dedh sau bhej diye", "ஜிபே-ல இருநூறு அனுப்பிட்டேன்", "GPay વર દોનશે પાઠવલે". An amount said
with a payment channel (GPay, PhonePe, Paytm, UPI, online, an account) and a verb of
sending or paying in the past is a report of money handed over: no price, in any of the
ten languages. A price to be paid that way ("I'll pay two hundred by GPay", "ஜிபே-ல
இருநூறு தரேன்") has no past verb and stays an offer."""

from __future__ import annotations

from itertools import pairwise

from audio.lexicon import fold
from audio.understanding.payment import _PAID
from audio.understanding.reading import _Price, _Reading

# The channel, as the start of a word so that case endings ride on it ("ఫోన్‌పేలో",
# "ഓൺലൈനിൽ", "अकाउंट में").
_CHANNELS = tuple(
    fold(w)
    for w in (
        "gpay", "g-pay", "googlepay", "गूगलपे", "ગૂગલપે", "ਗੂਗਲਪੇ", "গুগলপে", "கூகுள்பே",
        "గూగుల్పే", "ಗೂಗಲ್ಪೇ", "ഗൂഗിൾപേ", "गुगलपे", "phonepe", "paytm", "upi", "online", "account", "bhim",
        "जीपे", "गूगलपे", "फोनपे", "फ़ोनपे", "पेटीएम", "यूपीआई", "ऑनलाइन", "ऑनलाईन", "अकाउंट",
        "ஜிபே", "ஜீபே", "போன்பே", "போன்பே", "பேடிஎம்", "ஆன்லைன்", "அக்கவுண்ட்", "யுபிஐ",
        "జీపే", "జిపే", "ఫోన్‌పే", "ఫోన్పే", "పేటీఎం", "ఆన్‌లైన్", "ఆన్లైన్", "అకౌంట్", "యూపీఐ",
        "জিপে", "ফোনপে", "পেটিএম", "অনলাইন", "অ্যাকাউন্ট", "একাউন্ট", "ইউপিআই",
        "ઓનલાઇન", "ઓનલાઈન", "જીપે", "ફોનપે", "પેટીએમ", "એકાઉન્ટ", "યુપીઆઈ",
        "ಜಿಪೇ", "ಫೋನ್‌ಪೇ", "ಫೋನ್ಪೇ", "ಪೇಟಿಎಂ", "ಆನ್‌ಲೈನ್", "ಆನ್ಲೈನ್", "ಅಕೌಂಟ್", "ಯುಪಿಐ",
        "ജിപേ", "ഫോൺപേ", "പേടിഎം", "ഓൺലൈൻ", "ഓൺലൈന", "അക്കൗണ്ട്", "യുപിഐ",
        "ਜੀਪੇ", "ਫੋਨਪੇ", "ਪੇਟੀਐਮ", "ਔਨਲਾਈਨ", "ਆਨਲਾਈਨ", "ਅਕਾਊਂਟ", "ਯੂਪੀਆਈ",
    )
)  # fmt: skip

# Sent, paid or transferred, in the past ("gave" and its kin are `payment._PAID`).
_SENT = frozenset(
    fold(w)
    for w in (
        "sent", "paid", "transferred",
        "भेजा", "भेजे", "भेजी", "bheja", "bheje", "bheji", "कर दिए", "कर दिया",
        "அனுப்பிட்டேன்", "அனுப்பினேன்", "அனுப்பியாச்சு", "அனுப்பிருக்கேன்",
        "anuppitten", "anuppinen", "anuppiyachu", "போட்டுட்டேன்", "pottutten",
        "పంపాను", "పంపించాను", "పంపేశాను", "పంపించేశాను", "pampanu", "pampinchanu",
        "pampesanu", "వేశాను", "vesanu",
        "পাঠিয়েছি", "পাঠালাম", "pathiyechi", "pathalam",
        "पाठवले", "पाठवलेत", "पाठवलं", "pathavle", "pathavla", "pathavlet",
        "મોકલ્યા", "મોકલ્યો", "moklya", "moklyo",
        "ಕಳಿಸಿದ್ದೀನಿ", "ಕಳಿಸಿದೆ", "ಕಳಿಸಿದ್ದೇನೆ", "ಕಳಿಸಿದ್ದೆ", "kalisiddini", "kaliside",
        "kalsidini", "kalisidde", "ಹಾಕಿದ್ದೀನಿ", "hakiddini",
        "അയച്ചു", "അയച്ചിട്ടുണ്ട്", "അയച്ചിട്ടുണ്ട", "ayachu", "ayachittund", "ayachittundu",
        "ਭੇਜੇ", "ਭੇਜਿਆ", "ਭੇਜੀ", "ਦਿੱਤੇ", "ਦਿੱਤਾ", "ਕਰ ਦਿੱਤੇ",
        "ಕಳಿಸಿದೀನಿ", "ಕಳ್ಸಿದೀನಿ", "ಕಳುಹಿಸಿದ್ದೇನೆ", "ಕಳಿಸಿದ್ದೀನಿ", "kalsidini",
        "મોકલી", "મોકલ્યા છે", "moklya", "દીધા", "પાઠવ્યા",
        "அனுப்பியிருக்கேன்", "அனுப்பிட்டோம்", "పంపించా", "పంపా", "পাঠিয়ে দিয়েছি",
        "पाठवलेत", "पाठवून", "അയച്ചിട്ടുണ്ട്", "അയച്ചു",
    )
)  # fmt: skip


# English puts the verb before the amount ("transferred eighty to your account").
_SENT_BEFORE = frozenset(fold(w) for w in ("sent", "paid", "transferred"))


def paid_online(reading: _Reading, price: _Price) -> bool:
    """The amount at `price` is money reported sent by a payment channel ("I've sent 200
    on GPay", "ఫోన్‌పేలో రెండొందలు పంపాను"): a channel is named and a verb of sending or
    paying in the past follows the amount."""
    words = reading.words
    pairs = (a + b for a, b in pairwise(words))  # "गूगल पे", "phone pe"
    if not any(w.startswith(_CHANNELS) for w in words) and not any(
        w.startswith(_CHANNELS) for w in pairs
    ):
        return False
    after = words[price.end :]
    before = words[: price.start]
    return any(w in _SENT or w in _PAID for w in after) or any(
        w in _SENT_BEFORE for w in before[-3:]
    )
