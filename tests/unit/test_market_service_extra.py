"""A service asked free with another ("a free head massage with the shave", "షేవింగ్ తో
పాటు తల మసాజ్ ఫ్రీగా చేయండి", "ಕಟಿಂಗ್ ಜೊತೆ ಫ್ರೀ ಮಸಾಜ್ ಕೊಡ್ತೀರಾ?") asks for an extra
(`ask_extra`): a verb of doing frames the "free" as a giving word does, with the service
beside it in its clause, while one's own time said free ("నేను ఈరోజు ఫ్రీ, కటింగ్
చేయండి") asks nothing free."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("will you throw in a head massage free with the haircut?", "en"),
        ("గడ్డం చేసినప్పుడు తలకి మసాజ్ ఫ్రీగా చేయండి అన్నా", "te"),
        ("కటింగ్ కి ఫ్రీగా హెడ్ మసాజ్ చేస్తారా?", "te"),
        ("ಶೇವಿಂಗ್ ಜೊತೆ ತಲೆ ಮಸಾಜ್ ಫ್ರೀ ಆಗಿ ಮಾಡಿ", "kn"),
        ("ಕಟಿಂಗ್ ಜೊತೆ ಫ್ರೀ ಮಸಾಜ್ ಕೊಡ್ತೀರಾ?", "kn"),
        ("ஷேவிங் கூட தலை மசாஜ் ஃப்ரீயா பண்ணுங்க", "ta"),
        ("ഷേവിന്റെ കൂടെ ഒരു തല മസാജ് ഫ്രീ ആയി ചെയ്യ്", "ml"),
        ("দাড়ি কাটার সঙ্গে মাথায় ম্যাসাজটা ফ্রি করে দিন", "bn"),
        ("ਸ਼ੇਵ ਨਾਲ ਸਿਰ ਦੀ ਮਾਲਿਸ਼ ਫ੍ਰੀ ਕਰ ਦਿਓ", "pa"),
    ],
)
def test_a_service_asked_free_is_an_extra(text: str, language: str) -> None:
    assert heard(text, language) == "ask_extra"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("నేను ఈరోజు ఫ్రీ, కటింగ్ చేయండి", "te"),
        ("ನಾನು ಇವತ್ತು ಫ್ರೀ ಇದ್ದೀನಿ, ಕಟಿಂಗ್ ಮಾಡಿ", "kn"),
    ],
)
def test_ones_own_time_free_asks_no_extra(text: str, language: str) -> None:
    assert heard(text, language) != "ask_extra"
