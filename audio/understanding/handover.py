"""A vendor's "take it" that hands the goods over: "le jao, aapke liye", "নিয়ে যান",
"ತಗೊಳ್ಳಿ ಅಕ್ಕ". In reply to a price, with no price of the vendor's own, it agrees to the
one on the table."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.bags import _CONTAINERS
from audio.understanding.reading import _Reading

# "Take it (away)": the goods handed over. A vendor's "le jao, aapke liye", "নিয়ে যান",
# "ತಗೊಳ್ಳಿ" in reply to a price, with no price of their own, agrees to the one on the
# table. The deal-done words of `Cue.TAKE_IT` ("given", "diya") are left out: alone they
# tell of a sale ("kal diya tha", sold yesterday), not this one.
_HAND_OVER_STEMS = tuple(
    fold(w)
    for w in (
        "take", "le", "ले", "lai", "எடுத்து", "eduth", "తీసుక", "teesuk", "tisuk",
        "নিয়ে", "নাও", "নিন", "niye", "nao", "nin", "घेऊन", "घ्या", "gheun", "ghya", "લઈ",
        "લઇ", "ತಗೊ", "ತಗೋ", "ತೊಗೊ", "tago", "എടുത്ത", "കൊണ്ടുപോ", "kondupo", "ਲੈ",
    )
)  # fmt: skip


# "Back": "ye wapas le lo" (take this back) returns the goods, buys nothing.
_BACK = frozenset(
    fold(w)
    for w in (
        "back", "wapas", "vapas", "वापस", "திருப்பி", "thiruppi", "వెనక్కి", "venakki",
        "ফেরত", "ferot", "phirot", "परत", "parat", "પાછા", "pacha", "paachha", "ವಾಪಸ್",
        "vapas", "തിരിച്ച്", "thirichu", "ਵਾਪਸ", "vaapas",
    )
)  # fmt: skip


def hands_over(reading: _Reading) -> bool:
    """A "take it" that hands the goods over (`Cue.TAKE_IT`, not a deal-done word), with
    no bag beside it ("thaili le lo", take a bag) and nothing taken back."""
    if any(w in _BACK or w in _CONTAINERS for w in reading.words):
        return False
    return any(
        cue is Cue.TAKE_IT and reading.words[start].startswith(_HAND_OVER_STEMS)
        for cue, start, _ in reading.occurrences
    )
