"""A price placed at another seller's, whichever verb says it (put, fitted, available,
a bare "is" beside a stall next door) or a market named with its locative ending, is
asked, not offered; the speaker's own stall, a "you" and a counter after it keep their
price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


PLACED = [
    ("hi", "रेलवे स्टेशन पे ये पैंतीस का मिलता है"),
    ("hi", "lajpat nagar mein yahi kurta do sau ka mil raha"),
    ("en", "the cart across the road has them at 30"),
    ("ta", "தி நகர்ல இதே புடவை முன்னூறுக்கு கிடைக்குது"),
    ("te", "అమీర్‌పేట్‌లో ఇదే చీర మూడు వందలకు దొరుకుతుంది"),
    ("te", "పక్క కొట్లో ముప్పైకి వేస్తున్నారు"),
    ("bn", "নিউ মার্কেটে এই ব্যাগ দুশো টাকায় পাওয়া যায়"),
    ("bn", "পাশের ভ্যানে তিরিশে লাগাচ্ছে"),
    ("mr", "तुळशीबागेत हीच पर्स दोनशेला मिळते"),
    ("gu", "લાલ દરવાજામાં આ જ થેલી બસોમાં મળે છે"),
    ("kn", "ಗಾಂಧಿ ಬಜಾರ್‌ನಲ್ಲಿ ಇದೇ ಬ್ಯಾಗ್ ಇನ್ನೂರಕ್ಕೆ ಸಿಗುತ್ತೆ"),
    ("ml", "ചാലയിൽ ഇതേ ബാഗ് ഇരുന്നൂറിന് കിട്ടും"),
    ("pa", "ਰਣਜੀਤ ਐਵੇਨਿਊ ਵਿੱਚ ਇਹੀ ਬੈਗ ਦੋ ਸੌ ਦਾ ਮਿਲਦਾ"),
]


@pytest.mark.parametrize(("language", "text"), PLACED)
def test_a_price_placed_elsewhere_is_asked(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
    assert _recorded(understood) is None


KEPT = [
    ("hi", "हमारी दुकान पे ये पैंतीस का है", 3500),
    ("en", "at my cart it's 30 rupees", 3000),
    ("te", "మా బండి మీద ముప్పై", 3000),
    ("kn", "ನಮ್ಮ ಅಂಗಡೀಲಿ ಇನ್ನೂರು ರೂಪಾಯಿ", 20000),
    ("en", "they charge 40 over there, you make it 35", 3500),
    ("bn", "পাশের দোকানে চল্লিশে দিচ্ছে, আপনি পঁয়ত্রিশ করুন", 3500),
]


@pytest.mark.parametrize(("language", "text", "paise"), KEPT)
def test_the_speakers_own_place_or_counter_keeps_its_price(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(understood) == paise


# A verb of giving or selling in the third person, in the script the tables lacked it in.
OTHER_SCRIPT = [
    ("hi", "वो मौसी पच्चीस में बेचती है"),
    ("bn", "ora pochish takay bikri korche"),
    ("mr", "ti mavshi pannasla det hoti"),
    ("gu", "pelo kaka pachis ma veche che"),
    ("te", "aa anna iravai ki ammutunnadu"),
    ("ta", "andha akka irupathukku kudukkuraanga"),
    ("kn", "aa ajji ippattakke kodtale"),
    ("ml", "avar irupathinu koduthu"),
    ("pa", "ਉਹ ਬੀਬੀ ਵੀਹ ਦਾ ਵੇਚਦੀ ਏ"),
]


@pytest.mark.parametrize(("language", "text"), OTHER_SCRIPT)
def test_a_third_persons_verb_in_either_script_is_asked(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
    assert _recorded(understood) is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [("hi", "hum pachis mein bechte hain", 2500), ("te", "memu iravai ki istunnamu", 2000)],
)
def test_a_typed_first_person_keeps_the_price(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(understood) == paise
