"""Prices nobody offered. A price the speaker guesses and checks with a tag question
("jaggery is 60 a kilo, right?", "गुड़ पचास का है ना किलो?", "வெல்லம் கிலோ அறுபது தானே?")
asks what the price is; another seller's price said alone ("the next cart is giving it for
25", "పక్క బండివాడు పాతికకే ఇస్తున్నాడు") asks this seller to match it. Neither names a price
of the speaker's own, so no price is recorded. A proposal put as a question ("will you
give it for 60?", "साठ दोगे ना?") names a verb of giving or a word of agreement, and stays
an offer."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.understanding.address import ADDRESS
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS, _OWN_GIVE_WORDS
from audio.understanding.reading import _joined, _Reading

# Tags that ask for agreement with what was just said: "right?", "isn't it?", "na?".
# Those that are also a plain "no" ("na", "না", "ਨਾ", "ને", "তো") count only before a "?".
_TAGS = frozenset(
    fold(w)
    for w in (
        "right", "isn't it", "isnt it", "is it not", "correct", "hai na", "है ना", "है न",
        "তাই না", "tai na", "তাই তো", "आहे ना", "आहेत ना", "aahe na", "છે ને", "che ne",
        "chhe ne", "అవునా", "avuna", "కదా", "kada", "kadaa", "కదూ", "தானே", "thaane",
        "thane", "இல்லையா", "illaya", "ಅಲ್ವಾ", "ಅಲ್ಲವಾ", "ಅಲ್ವ", "alva", "allva", "alwa",
        "അല്ലേ", "അല്ലെ", "alle", "ਆ ਨਾ", "ਹੈ ਨਾ", "aa na", "haina", "hai naa", "ತಾನೆ", "ತಾನೇ",
        "taane", "aayille", "ayille", "ആയില്ലേ", "ആയില്ലെ", "dhaane", "dhane", "daane", "alvaa",
    )
)  # fmt: skip
_ASKED_TAGS = frozenset(
    fold(w)
    for w in (
        "no", "na", "naa", "is it", "is that", "yeah", "தானா", "thaana", "thana", "ना", "न",
        "না", "তো", "to", "tho", "ને", "ne", "ਨਾ", "ਨਾਂ",
        # Telugu "(it is) that, is it?" ("డెబ్బై ఏనా?"), Punjabi "about?" ("ਪੰਜਾਹ ਕੁ?")
        "ఏనా", "ena", "enaa", "yena", "ਕੁ", "ਕੁ ਨਾ",
    )
)  # fmt: skip
_TAG_FIRSTS = frozenset(t.split()[0] for t in (*_TAGS, *_ASKED_TAGS))

# "Will you", "okay?", "do", "make it": a proposal put as a question, never a guess.
_PROPOSING = frozenset(
    fold(w)
    for w in (
        "will", "would", "can", "could", "do", "make", "okay", "ok", "fine", "deal",
        "dogi", "doge", "दोगे", "दोगी", "करोगे", "kar", "karo", "करो", "कर",
        # make it X, no?: Marathi "करा ना", Gujarati "કરી દો ને", "કરો ને" (not typed
        # "kari": Malayalam curry, "kari kilo 40 alle?", is a guess checked)
        "करा", "करून", "kara", "કરી", "કરો", "દો",
    )
)  # fmt: skip


def _tag_at_end(reading: _Reading) -> int | None:
    """Where a tag starts that ends the line (a unit or currency word may follow it:
    "पचास का है ना किलो?"); None when there is none."""
    found = _tag_before(reading, len(reading.words))
    if found is not None:
        return found
    # A tag that ends a sentence, the rest priced nothing ("the child's cut is 80, no?
    # he's only four", "ಐವತ್ತು ತಾನೆ? ನಾಲ್ಕು ವರ್ಷ ಅಷ್ಟೇ")
    for q, token in enumerate(reading.tokens[:-1]):
        if token.raw == "?" and not any(p.end > q for p in reading.prices):
            moved = reading.cue_near(q + 1, len(reading.words), *_MOVES)
            return None if moved else _tag_before(reading, q + 1)  # "60 na? beda": refused
    return None


_MOVES = (
    Cue.REJECT,
    Cue.NEGATION,
    Cue.NOT,
    Cue.TOO_MUCH,
    Cue.ACCEPT,
    Cue.SOFT_ACCEPT,
    Cue.FINAL,
    Cue.TAKE_IT,
    Cue.SET,
)


def _tag_before(reading: _Reading, stop: int) -> int | None:
    """Where a tag starts that ends the words before `stop`; None when there is none."""
    tokens, words = reading.tokens, reading.words
    asked = stop > 0 and tokens[stop - 1].raw == "?"
    end = stop - (1 if asked else 0)
    while end > 0 and (
        tokens[end - 1].kind is TokenKind.SIGN
        or reading.has(end - 1, Cue.UNIT, Cue.CURRENCY)
        or words[end - 1] in ADDRESS  # "irupathu dhaane anna?"
    ):
        end -= 1
    for k in range(max(0, end - 3), end):
        if words[k] not in _TAG_FIRSTS:
            continue
        tag = " ".join(words[k:end])
        if tag in _TAGS or (asked and tag in _ASKED_TAGS):
            return k
    return None


_STOPS = frozenset(".!?।॥")


def _sentence_start(reading: _Reading, k: int) -> int:
    """Where the sentence holding word `k` starts: after the last full stop, "!" or "?"
    before it ("Give me 250 grams curd. It's thirty, right?": "It's")."""
    tokens, text = reading.tokens, reading.text
    for j in range(k, 0, -1):
        if tokens[j - 1].raw in ("?", "!") or _STOPS & set(
            text[tokens[j - 1].end : tokens[j].start]
        ):
            return j
    return 0


# A word for the sum right before the price checked ("total 340", "the total is 340",
# "ಒಟ್ಟು 220", "motham 360"): the clause it opens is the guess; a "write it in my book"
# before it asks for credit, not for the price.
_SUM_WORDS = frozenset(
    fold(w)
    for w in (
        "total", "kul", "कुल", "टोटल", "sab milake", "milake", "मिलाके", "मिलाकर", "motham",
        "mottham", "mottam", "மொத்தம்", "మొత్తం", "മൊത്തം", "ആകെ", "aake", "ottu", "ಒಟ್ಟು",
        "ಟೋಟಲ್", "mot", "মোট", "टोटल", "एकूण", "ekun", "કુલ", "ટોટલ", "ਕੁੱਲ", "ਕੁਲ", "kull",
    )
)  # fmt: skip


def _sum_start(reading: _Reading, start: int) -> int | None:
    """Where a word for the sum stands, at most two words before the price ("the total
    is 340"); None when there is none."""
    words = reading.words
    for k in range(start - 1, max(-1, start - 3), -1):
        if words[k] in _SUM_WORDS or (k >= 1 and f"{words[k - 1]} {words[k]}" in _SUM_WORDS):
            return k
    return None


# "diya" before the number is the lamp ("bada diya 30 ka hai na?"), never "gave".
_LAMP = frozenset(fold(w) for w in ("diya", "diye", "deeya", "दीया", "दिया", "दीये", "दिये"))


def _gives(words: list[str]) -> bool:
    return any(w in _GIVE_WORDS or w in _OWN_GIVE_WORDS or w.startswith(_GIVE_STEMS) for w in words)


def _after_goods_asked(reading: _Reading, first: int, start: int) -> int:
    """Where the price's own clause starts when a clause before it asks for goods and
    names no price ("give me half a kilo, it's 80, right?", "আধ কেজি দিন, আশি টাকা
    তো?"): the verb of giving there asks for the goods, as in a sentence of its own.
    `first` otherwise."""
    pauses = [j for j in range(first + 1, start + 1) if not _joined(reading, j)]
    if not pauses:
        return first
    clause = pauses[-1]
    goods = any(first <= q.start < clause and q.value for q in reading.quantities)
    priced = any(first <= p.start < clause for p in reading.prices)
    if goods and not priced and _gives(reading.words[first:clause]):
        return clause
    return first


def checks_a_guess(reading: _Reading) -> bool:
    """Every price is said before a tag that ends the line, with no verb of giving and
    no word of agreement or proposal: the speaker asks whether that is the price. The
    unit of the price guessed is then the unit asked about ("60 a kilo, right?")."""
    if not reading.prices:
        return False
    tag = _tag_at_end(reading)
    if tag is None or any(p.end > tag for p in reading.prices):
        return False
    # A verb of giving in an earlier sentence asks for the goods, not for the price
    # ("Give me 250 grams curd. It's thirty, right?").
    first = _sentence_start(reading, reading.prices[0].start)
    summed = _sum_start(reading, reading.prices[0].start)
    first = max(first, summed) if summed is not None else first
    first = _after_goods_asked(reading, first, reading.prices[0].start)
    numbers = {k for p in reading.prices for k in range(p.start, p.end)}
    lamps = {k for k in range(first, reading.prices[0].start) if reading.words[k] in _LAMP}
    numbers |= lamps
    before = [w for k, w in enumerate(reading.words[:tag]) if k >= first and k not in numbers]
    # "ottu 220 aaytu alva?": after a sum, the word right after the price is its verb
    # ("came to"), no agreement.
    came_to = reading.prices[-1].end if summed is not None else -1
    agreed = any(
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT)
        and first <= start < tag
        and start != came_to
        and start not in lamps
        for cue, start, _ in reading.occurrences
    )
    if agreed or _gives(before) or any(w in _PROPOSING for w in before):
        return False
    for price in reading.prices:
        if price.quantity is not None:
            price.quantity.claimed = False  # "60 a kilo, right?" asks a kilo's price
    return True
