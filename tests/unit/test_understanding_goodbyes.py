"""A word of agreement before a goodbye agrees to nothing; a number labelled by a compound
"house number" word is no price; "weigh it properly" built on "ok" agrees to nothing."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

GOODBYES = [
    ("en", "fine, I'm leaving"),
    ("en", "okay then, bye bye"),
    ("hi", "ठीक है भाई, निकलता हूँ"),
    ("hi", "acha bhaiya, chalta hoon"),
    ("mr", "बरं, निघतो"),
    ("gu", "ઠીક છે, જાઉં છું"),
    ("pa", "ਚੰਗਾ ਜੀ, ਚਲਦੀ ਹਾਂ"),
    ("bn", "আচ্ছা, যাই"),
    ("ta", "சரி, கிளம்புறேன்"),
    ("te", "సరే, వస్తాను"),
    ("kn", "ಸರಿ, ಹೊರಡ್ತೀನಿ"),
    ("ml", "ശരി, പോകുന്നു"),
]


@pytest.mark.parametrize(("language", "line"), GOODBYES)
@pytest.mark.parametrize("offer_on_table", [True, False])
def test_agreeing_then_saying_goodbye_accepts_nothing(
    language: str, line: str, offer_on_table: bool
) -> None:
    heard = understand(line, language=language, has_outstanding_offer=offer_on_table)
    assert heard.intent is Intent.OTHER, heard
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "line", "intent"),
    [
        ("en", "no thanks, I'll go", Intent.REJECT),  # a refusal stays one
        ("hi", "nahi chahiye, chalta hoon", Intent.REJECT),
        ("en", "ok, I'll go with that", Intent.ACCEPT),  # no goodbye: the line goes on
        ("hi", "ठीक है भैया", Intent.ACCEPT),
    ],
)
def test_goodbyes_leave_refusals_and_plain_agreement_alone(
    language: str, line: str, intent: Intent
) -> None:
    assert understand(line, language=language, has_outstanding_offer=True).intent is intent


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ml", "വീട്ടുനമ്പർ മുപ്പത്തിയഞ്ച്, അവിടെ കൊണ്ടുവരൂ"),
        ("kn", "ಮನೆನಂಬರ್ ಇಪ್ಪತ್ತೆರಡು, ಅಲ್ಲಿ ಕೊಡಿ"),
        ("te", "ఇంటినంబర్ ముప్పై, అక్కడ ఇవ్వండి"),
        ("ta", "வீட்டுநம்பர் நாப்பது, அங்க குடுங்க"),
    ],
)
def test_a_compound_number_word_labels_the_number(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None or heard.confidence < 0.6, heard


@pytest.mark.parametrize(("language", "line"), [("pa", "ਠੀਕ ਤੋਲਣਾ ਜੀ"), ("hi", "ठीक तौलना")])
def test_weigh_it_properly_agrees_to_nothing(language: str, line: str) -> None:
    assert understand(line, language=language, has_outstanding_offer=True).intent is not (
        Intent.ACCEPT
    )
