"""Agreement that names the goods on the table again with no new price: "fine, give the
two jars", "theek hai, dono de do", "ठीक आहे, दोन्ही बरण्या द्या", "சரி, ரெண்டையும்
குடுங்க". "Both" or "the two" said back points at the goods the price on the table was
for: an accept of that price (its amount the price on the table), the count two. A new
price said with them is weighed as a price (`priced`); with no price on the table the
accept names no amount."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.clauses_words import BOTH
from audio.understanding.reading import _Reading

# "Both" with its case endings ("ரெண்டையும்", "ದೋನೋं को", "ಎರಡನ್ನೂ", "രണ്ടെണ്ണവും").
_BOTH_FORMS = BOTH | frozenset(
    fold(w)
    for w in (
        "दोनो", "ரெண்டையும்", "இரண்டையும்", "రెండింటినీ", "రెండిటినీ", "ಎರಡನ್ನೂ",
        "ಎರಡೂನೂ", "രണ്ടെണ്ണവും", "രണ്ടും", "দুটোই", "দুটোকেই", "दोन्ही", "બંનેય", "ਦੋਵਾਂ",
        "ਦੋਨੋ", "rendaiyum", "rendintini", "eradannu", "randennavum",
    )
)  # fmt: skip
_THE = frozenset(("the", "these", "those", "both"))


def both_said_back(reading: _Reading) -> bool:
    """The line names the goods on the table again as "both" or "the two", no price."""
    if reading.prices:
        return False
    words = reading.words
    for k, word in enumerate(words):
        if word in _BOTH_FORMS:
            return True
        span = reading.number_at[k]
        if span is not None and span.value == 2 and k > 0 and words[k - 1] in _THE:
            return True  # "give the two jars"
    return False
