"""Round five of ordinary words said of something else: "too much" of the traffic or the
dust, "over" of a procession or a film, "old" of a customer, "every day" of a late bus,
a son coming from another town; a way to pay asked whether it will do, or said short,
and a bag refused. Each rule is checked with a line that keeps its act beside it."""

from __future__ import annotations

import pytest

from audio.lexicon import fold
from audio.market import market_act
from audio.market.negation import is_negation


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the noise is too much here at night", "en"),
        ("इधर प्रदूषण बहुत ज़्यादा है", "hi"),
        ("சத்தம் ரொம்ப அதிகம் இங்க", "ta"),
        ("ಸೊಳ್ಳೆ ತುಂಬಾ ಜಾಸ್ತಿ ಈ ಕಡೆ", "kn"),
        ("the film is over, people are coming out", "en"),
        ("మీటింగ్ అయిపోయిందా?", "te"),
        ("ਮੇਲਾ ਮੁੱਕ ਗਿਆ ਕੱਲ੍ਹ", "pa"),
        ("ट्रेन रोज़ का लेट आती है", "hi"),
        ("রোজের জ্যাম, কী আর করা", "bn"),
        ("माझी सून शनिवारी नागपूरहून येते", "mr"),
    ],
)
def test_said_of_something_else_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("भाव बहुत ज़्यादा है", "hi", "too_expensive"),
        ("ಟೊಮೆಟೊ ಖಾಲಿ ಆಗಿದೆ", "kn", "out_of_stock"),
        ("ये पालक पुराना है", "hi", "quality_old"),
        ("purana customer hun bhaiya", "hi", "regular_customer"),
        ("ਪੁਰਾਣੇ ਗਾਹਕ ਹਾਂ ਜੀ", "pa", "regular_customer"),
        ("UPI chalega? cash kam hai", "hi", "pay_how"),
        ("ক্যাশ চলবে? অনলাইনে কম আছে", "bn", "pay_how"),
        ("UPI or cash?", "en", "pay_how"),
        ("bag venda chetta", "ml", "have_bag"),
        ("ek thaili de do na", "hi", "give_bag"),
        ("আচ্ছা, আসি তাহলে", "bn", "goodbye"),
        ("vada pav sampla, ata sandhyakali", "mr", "out_of_stock"),
        ("can I have a sample?", "en", "taste"),
    ],
)
def test_said_of_the_goods_or_the_speaker_keeps_its_act(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("nahi", "hi"),
        ("vendam", "ta"),
        ("vaddu", "te"),
        ("nei", "bn"),
        ("nako", "mr"),
        ("nathi", "gu"),
        ("beda", "kn"),
        ("venda", "ml"),
        ("nahin", "pa"),
        ("don't", "en"),
    ],
)
def test_a_romanized_no_is_a_negation(word: str, language: str) -> None:
    assert is_negation(fold(word), language)
