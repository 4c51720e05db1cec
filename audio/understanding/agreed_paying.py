"""Agreement to the price on the table, then how the speaker will pay, told rather than
asked: "okay, load it in the auto, I'm paying cash", "ठीक है, गाड़ी में रख दो, नकद
दूँगा", "சரி, எடுத்து வைங்க, கேஷ் தரேன்", "ঠিক আছে, নগদ দিচ্ছি", "ಸರಿ, ಮನೆಗೆ ಕಳಿಸಿ,
ಕ್ಯಾಶ್ ಕೊಡ್ತೀನಿ". The speaker's own verb of giving or paying says the money is coming:
an accept. Asked ("ok, GPay chalega?", "card ok?") the way of paying agrees to nothing:
a question mark, or no verb of the speaker's own giving, leaves it to the other passes."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# The speaker's own giving or paying, said as a statement: "I'll give", "I'm paying".
_I_PAY = frozenset(
    fold(w)
    for w in (
        "paying", "pay", "i'll", "give", "giving",
        "दूँगा", "दूंगा", "दूँगी", "दूंगी", "देता", "देती", "dunga", "dungi", "deta", "deti",
        "தரேன்", "தர்றேன்", "குடுக்கறேன்", "குடுப்பேன்", "tharen", "kudukaren",
        "ఇస్తా", "ఇస్తాను", "ఇస్తున్నా", "ఇస్తున్నాను", "istha", "isthanu",
        "দিচ্ছি", "দেব", "দেবো", "দিই", "dicchi", "debo", "dichhi",
        "देतो", "देते", "देईन", "deto", "dein",
        "આપીશ", "આપું", "આપુ", "aapish", "aapu",
        "ಕೊಡ್ತೀನಿ", "ಕೊಡ್ತೇನೆ", "ಕೊಡುತ್ತೇನೆ", "kodtini", "kodteeni",
        "തരാം", "തരും", "തരുന്നു", "tharam", "tharum",
        "ਦਿੰਦਾ", "ਦਿੰਦੀ", "ਦੇਵਾਂਗਾ", "ਦਿਆਂਗਾ", "dinda", "devanga",
    )
)  # fmt: skip
_AGREE = (Cue.ACCEPT, Cue.SOFT_ACCEPT)


def pays_as_agreed(reading: _Reading, accepts: list[int]) -> bool:
    """Whether the line opens on agreement and then tells, with the speaker's own verb of
    giving, how the money will be paid (no question mark)."""
    if not accepts or accepts[0] > 1 or any(t.raw == "?" for t in reading.tokens):
        return False
    first = min((o[1] for o in reading.occurrences), default=accepts[0])
    opens = any(o[0] in _AGREE and o[1] == first for o in reading.occurrences)
    if first != accepts[0] or not opens:
        return False
    return any(w in _I_PAY for w in reading.words[accepts[0] + 1 :])
