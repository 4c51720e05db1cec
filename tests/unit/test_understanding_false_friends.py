"""Words of agreement in one language that mean something else in another ("pakka" is
"beside" in Telugu and Kannada, "ripe" in Bengali; Marathi "ha" is "this"), and "ripe"
or "fine" said of the goods: never an accept of the price on the table."""

from __future__ import annotations

import pytest

from audio.languages import spec
from audio.lexicon import lexicon_for
from audio.understanding import Intent, understand

NOT_AGREED = [
    ("te", "pakka kottu lo kilo enabhai", 8000),
    ("kn", "pakka angadi ginta kammi, kilo ge enabattu", 8000),
    ("bn", "paka kola dozen shat", 6000),
    ("mr", "ha tomato kilo chalis", 4000),
    ("hi", "pakke amrood assi rupaye kilo", 8000),
    ("pa", "ਪੱਕੇ ਕੇਲੇ ਸੱਠ ਰੁਪਏ ਦਰਜਨ", 6000),
    ("gu", "પાકી કેરી એંસી રૂપિયે કિલો", 8000),
    ("en", "fine rice, 80 a kilo", 8000),
    # praise bound to the goods, before or after them
    ("hi", "तीन सौ में अच्छा माल है", 30000),
    ("hi", "माल तो अच्छा है भैया, तीन सौ", 30000),
    ("hi", "acha maal hai, do sau", 20000),
    ("gu", "સારું માલ છે, બસો", 20000),
    ("pa", "ਚੰਗਾ ਮਾਲ ਹੈ, ਦੋ ਸੌ", 20000),
    ("mr", "bara maal aahe, don she", 20000),
    ("en", "fine stuff, 200", 20000),
    ("en", "the quality fine, 200", 20000),
]


@pytest.mark.parametrize(("language", "text", "paise"), NOT_AGREED)
def test_a_false_friend_accepts_nothing(language: str, text: str, paise: int | None) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=paise or 8000
    )
    assert understood.intent is not Intent.ACCEPT


AGREED = [
    ("hi", "pakka, assi mein de do", 8000),
    ("pa", "ਚੱਲੋ ਪੱਕਾ, ਅੱਸੀ ਦੇ ਦਿਓ", 8000),
    ("en", "fine, 80 then", 8000),
    ("hi", "achha, 300 de do", 30000),
    ("hi", "अच्छा ठीक है, तीन सौ", 30000),
    ("gu", "સારું, બસો", 20000),
]


@pytest.mark.parametrize(("language", "text", "paise"), AGREED)
def test_agreement_still_agrees(language: str, text: str, paise: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=paise
    )
    assert understood.intent is Intent.ACCEPT


def test_false_friends_are_plain_words_for_their_speakers() -> None:
    for language in ("te", "kn", "bn", "mr"):
        lexicon = lexicon_for(language)
        for word in spec(language).false_friends:
            assert not lexicon.lookup([word], 0), (language, word)


FELL = [
    ("te", "tomatolu kinda padi paadayyayi", None),
    ("te", "pandlu padi poyayi", 4000),
    ("te", "గుడ్లు కింద పడి పగిలిపోయాయి", None),
]


@pytest.mark.parametrize(("language", "text", "paise"), FELL)
def test_telugu_padi_that_fell_is_no_ten(language: str, text: str, paise: int | None) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=paise is not None, reference_paise=paise
    )
    assert understood.amount_paise is None


def test_telugu_padi_fell_or_ten_is_asked() -> None:
    understood = understand(
        "kilo padi poyindi", language="te", has_outstanding_offer=True, reference_paise=4000
    )
    assert understood.confidence < 0.6


@pytest.mark.parametrize("text", ["moodintiki padi", "kilo padi ivvandi", "padi rupayalu"])
def test_telugu_padi_still_ten(text: str) -> None:
    assert understand(text, language="te").amount_paise == 1000


def test_romanized_bengali_nebo_with_a_price_of_ones_own_is_no_accept() -> None:
    """Romanized "nebo" (I'll take), like the native নেব, agrees only when no price is
    said with it: "give it at 300, I'll take two kilos", with no price on the table
    known, names the speaker's own 300."""
    said = understand("tinsho te den, dui kilo nebo", language="bn", has_outstanding_offer=True)
    assert said.intent is Intent.COUNTER and said.amount_paise == 30000
    alone = understand("thik ache dada, nebo", language="bn", has_outstanding_offer=True)
    assert alone.intent is Intent.ACCEPT and alone.amount_paise is None
