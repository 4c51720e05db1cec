"""A bare number asked with "will you take": "बीस लोगे?", "will you take twenty?",
"இருபது எடுப்பீங்களா?", "ఇరవై తీసుకుంటారా?", "কুড়ি নেবেন?", "वीस घेणार?", "વીસ લેશો?",
"ಇಪ್ಪತ್ತು ತಗೊಳ್ತೀರಾ?", "ഇരുപത് എടുക്കുമോ?", "ਵੀਹ ਲਓਗੇ?". With no rupee word and no rate
it is a price (will you take it for 20?) or a count (will you take twenty of them?): the
number is kept and asked. With a rupee word or a rate ("बीस रुपये किलो लोगे?") it is an
offer."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading

# "Will you take?", asked of the listener.
_TAKE = frozenset(
    fold(w)
    for w in (
        "लोगे", "लोगी", "लेंगे", "लेंगी", "loge", "logi", "lenge", "lengi", "लीजिएगा",
        "எடுப்பீங்களா", "எடுத்துக்கிறீங்களா", "எடுக்கிறீங்களா", "வாங்குறீங்களா",
        "வாங்கிக்கிறீங்களா", "edupeengala", "eduppeengala", "edukkareengala",
        "vaangureengala", "vangureengala", "vaangikireengala",
        "తీసుకుంటారా", "తీసుకుంటావా", "teesukuntara", "tisukuntara", "teesukuntava",
        "নেবেন", "নেবে", "নিবেন", "neben", "nebe", "niben",
        "घेणार", "घेशील", "घेता", "ghenar", "ghenaar", "gheshil", "gheta",
        "લેશો", "lesho", "leso",
        "ತಗೊಳ್ತೀರಾ", "ತೊಗೊಳ್ತೀರಾ", "ತಗೋತೀರಾ", "ತಗೊಳ್ತೀಯಾ", "tagolteera", "tagoltira",
        "togoltira", "tagotira",
        "എടുക്കുമോ", "വാങ്ങുമോ", "edukkumo", "vaangumo", "vangumo",
        "ਲਓਗੇ", "ਲਵੋਗੇ", "ਲਉਗੇ", "lavoge", "laoge",
    )
)  # fmt: skip

_EN_TAKE = frozenset(fold(w) for w in ("take", "tak"))
_EN_ASK = frozenset(fold(w) for w in ("will", "you'll", "youll", "would", "you"))


def take_asked(reading: _Reading, price: _Price) -> bool:
    """`price` is a bare number (no rupee word, no unit or rate, no "each", no count of
    the goods beside it) asked with "will you take" right after it, or English "will you
    take" right before it."""
    if price.explicit or price.per_unit is not None or price.quantity is not None:
        return False
    if price.each or reading.quantities:
        return False  # "Give me one kilo. Will you take 35?": the goods are counted
    words = reading.words
    after = words[price.end : price.end + 3]
    if any(w in _TAKE for w in after[:2]):
        return True
    if after and after[0] in _EN_ASK and any(w in _EN_TAKE for w in after):
        return True  # "thirty, you'll take?"
    before = words[max(price.start - 3, 0) : price.start]
    return bool(before) and before[-1] in _EN_TAKE and any(w in _EN_ASK for w in before)
