"""Words said of something else anywhere in the clause (`audio.market.clause`): "too much"
of the traffic said first, with a "since" clause after or before it, and "when will the
work finish" asked; the price named in the clause, and goods sold out with "when will it
come" after, keep their act."""

from __future__ import annotations

import pytest

from audio.market import market_act
from audio.market.clause import breaks, clause


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The noise in this colony has become too much since the new pandal came up", "en"),
        ("ever since the pipeline work began, the dust here is too much", "en"),
        ("शोर इस गली में बहुत ज़्यादा हो गया है जब से शादी का हॉल खुला", "hi"),
        ("கூட்டம் இந்த தெருவுல ரொம்ப அதிகம், மால் திறந்ததுலேருந்து", "ta"),
        ("జనం ఈ వీధిలో చాలా ఎక్కువ, మాల్ తెరిచినప్పటి నుంచి", "te"),
        ("ভিড় এই গলিতে খুব বেশি হয়ে গেছে, যবে থেকে মল খুলেছে", "bn"),
        ("गर्दी या गल्लीत खूप जास्त झाली, मॉल उघडल्यापासून", "mr"),
        ("ભીડ આ ગલીમાં બહુ વધારે થઈ ગઈ, જ્યારથી મોલ ખુલ્યો", "gu"),
        ("ಗಲಾಟೆ ಈ ಬೀದಿಯಲ್ಲಿ ತುಂಬಾ ಜಾಸ್ತಿ, ಮಾಲ್ ತೆರೆದಾಗಿನಿಂದ", "kn"),
        ("ബഹളം ഈ വഴിയിൽ വളരെ കൂടുതലാണ്, മാൾ തുറന്നത് മുതൽ", "ml"),
        ("ਰੌਲਾ ਇਸ ਗਲੀ ਚ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੋ ਗਿਆ, ਜਦੋਂ ਦਾ ਮਾਲ ਖੁੱਲ੍ਹਿਆ", "pa"),
        ("no idea when the bridge work will be over", "en"),
        ("ये मेट्रो वाला काम न जाने कब खत्म होगा", "hi"),
        ("ਪੁਲ ਵਾਲਾ ਕੰਮ ਪਤਾ ਨਹੀਂ ਕਦੋਂ ਮੁੱਕੂ", "pa"),
        ("ಮೆಟ್ರೋ ಕೆಲಸ ಯಾವಾಗ ಖಾಲಿ ಆಗುತ್ತೋ", "kn"),
    ],
)
def test_said_of_something_else_in_the_clause_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("The traffic was bad today, but these tomatoes are too much", "en", "too_expensive"),
        ("the traffic was awful. these mangoes are too expensive", "en", "too_expensive"),
        ("भीड़ तो थी, लेकिन टमाटर बहुत ज़्यादा है", "hi", "too_expensive"),
        ("धूल बहुत है पर भाव बहुत ज़्यादा है", "hi", "too_expensive"),
        ("टमाटर खत्म हो गया, कब आएगा नया माल?", "hi", "out_of_stock"),
        ("ಟೊಮೆಟೊ ಖಾಲಿ ಆಗಿದೆ, ಯಾವಾಗ ಬರುತ್ತೋ ಗೊತ್ತಿಲ್ಲ", "kn", "out_of_stock"),
        ("தக்காளி தீர்ந்து போச்சு, எப்போ வரும்னு தெரியல", "ta", "out_of_stock"),
        # "কাজু" (cashew) is no "কাজ" (work)
        ("কাজু বরফি আজকের মতো শেষ হয়ে গেছে", "bn", "out_of_stock"),
    ],
)
def test_the_goods_or_the_price_in_the_clause_keep_the_act(
    text: str, language: str, act: str
) -> None:
    assert heard(text, language) == act


def test_breaks_follow_punctuation_and_not_numbers() -> None:
    assert breaks("traffic is bad, tomatoes too much") == frozenset({3})
    assert breaks("half kilo, 2.5 rupees, please") == frozenset({2, 3})
    assert breaks("no punctuation here") == frozenset()


def test_a_since_clause_joins_the_clause_it_is_said_with() -> None:
    words = ["too", "much", "now", "since", "the", "work"]
    assert clause(words, 0, 2, "en", frozenset({3})) == (0, 6)
    assert clause(["too", "much", "now", "ok", "then"], 0, 2, "en", frozenset({3})) == (0, 3)
    assert clause(["the", "rate", "too", "much"], 2, 4, "en") is None
