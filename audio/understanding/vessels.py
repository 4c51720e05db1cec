"""Jars, bottles, crates, reels and strings of lights as the unit of sale, and what a
container holds said after its price.

A price beside one of them said alone is its rate ("honey bottle 300", "अचार का मर्तबान
नब्बे", "ஒரு ஜாடி தொண்ணூறு", "the reel 300"): `per_unit` true, `unit` None. A weight
before a jar, bottle or tin ("पाव किलो वाला जार", "250 gram jar") is how much of the goods
it holds: a quantity, the price a total for it (a litre before a bottle or pot still names
the item's size, `item_sizes`).

A count said past a pause after a container's rate ("a tray is 180, thirty eggs in it",
"ஒரு ட்ரே நூத்தி எழுபது, முப்பது முட்டை", "the crate 900, 20 kilo") tells what one
holds: no quantity bought. Only a count the speaker buys ("give me 30 eggs for 180", a
verb of giving or packing in its clause) is one."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.goes_on import _instructs
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# Jars and bottles of the goods, crates and cartons, reels of thread or line, strings of
# lights: the word as said, with its common case endings.
_VESSELS = _folded(
    "jar", "jars", "jaar", "barni", "barani", "barnee", "martaban", "jaadi", "bharani",
    "bottle", "bottles", "botal", "batli", "crate", "crates", "carton", "cartons", "caret",
    "reel", "reels", "spool", "spools", "ladi", "ladee",
    "जार", "मर्तबान", "बरनी", "बर्नी", "बरणी", "बरण्या", "बरणीला", "बोतल", "बाटली", "बाटलीला",
    "क्रेट", "कैरेट", "कार्टन", "रील", "रीळ", "लड़ी", "लडी", "पोतं", "पोते", "पोत्याला",
    "ਮਰਤਬਾਨ", "ਜਾਰ", "ਬੋਤਲ", "ਕਰੇਟ", "ਰੀਲ", "ਲੜੀ",
    "બરણી", "જાર", "બોટલ", "શીશી", "ક્રેટ", "રીલ",
    "বয়াম", "বয়ামটা", "জার", "বোতল", "বোতলটা", "ক্রেট", "রিল", "রিলটা",
    "ஜாடி", "ஜார்", "பாட்டில்", "பாட்டிலு", "கிரேட்", "க்ரேட்", "ரீல்",
    "జాడీ", "జాడి", "జార్", "బాటిల్", "సీసా", "క్రేట్", "రీల్", "రీలు",
    "ಜಾಡಿ", "ಜಾರ್", "ಬಾಟಲಿ", "ಬಾಟಲ್", "ಕ್ರೇಟ್", "ರೀಲ್", "ರೀಲು",
    "ഭരണി", "ജാർ", "ബോട്ടിൽ", "കുപ്പി", "ക്രേറ്റ്", "റീൽ",
    # bottles counted, in the plural: "दोन बाटल्या", "ਦੋ ਬੋਤਲਾਂ", "రెండు బాటిళ్లు"
    "बोतलें", "बाटल्या", "ਬੋਤਲਾਂ", "બોટલો", "బాటిళ్లు", "బాటిల్స్", "సీసాలు",
    "ಬಾಟಲಿಗಳು", "ಬಾಟಲ್‌ಗಳು", "பாட்டில்கள்", "കുപ്പികൾ", "ബോട്ടിലുകൾ",
    # rolls of tape, film, sheet or paper
    *("roll", "rolls", "रोल", "ਰੋਲ", "રોલ", "রোল", "রোলটা", "ரோல்", "రోల్", "రోలు", "ರೋಲ್",
      "ರೋಲು", "റോൾ"),
    # a roll with the ending of "a" or "for one": "રોલના ચારસો", "ರೋಲ್‌ಗೆ ನಾನೂರು"
    *("रोलला", "रोलचा", "रोलचे", "રોલના", "રોલનો", "রোলের", "ரோலுக்கு", "రోల్కి", "రోలుకి",
      "ರೋಲ್ಗೆ", "ರೋಲಿಗೆ", "റോളിന്", "ਰੋਲਦਾ"),
)  # fmt: skip
# Goods sold by the piece, counted as pieces: reels, spools, strings of lights.
_PIECES = _folded(
    "reel", "reels", "spool", "spools", "ladi", "ladee", "रील", "रीळ", "लड़ी", "लडी", "ਰੀਲ",
    "ਲੜੀ", "રીલ", "রিল", "রিলটা", "ரீல்", "రీల్", "రీలు", "ರೀಲ್", "ರೀಲು", "റീൽ",
    "roll", "rolls", "रोल", "ਰੋਲ", "રોલ", "রোল", "রোলটা", "ரோல்", "రోల్", "రోలు", "ರೋಲ್",
    "ರೋಲು", "റോൾ", "रोलला", "रोलचा", "रोलचे", "રોલના", "રોલનો", "রোলের", "ரோலுக்கு", "రోల్కి",
    "రోలుకి", "ರೋಲ್ಗೆ", "ರೋಲಿಗೆ", "റോളിന്", "ਰੋਲਦਾ",
)  # fmt: skip
# Filled with the goods, so a weight before one is the goods': jars, bottles, tins.
_FILLED = _folded(
    "jar", "jars", "bottle", "tin", "dabba", "डिब्बा", "डब्बा", "जार", "मर्तबान", "बरनी",
    "बरणी", "बोतल", "बाटली", "ਜਾਰ", "ਬੋਤਲ", "ਡੱਬਾ", "બરણી", "જાર", "બોટલ", "ડબ્બો", "বয়াম",
    "জার", "বোতল", "ஜாடி", "பாட்டில்", "டப்பா", "జాడీ", "బాటిల్", "డబ్బా", "ಜಾಡಿ", "ಬಾಟಲಿ",
    "ಡಬ್ಬ", "ഭരണി", "ബോട്ടിൽ", "കുപ്പി", "ടിൻ",
)  # fmt: skip


def _paused(reading: _Reading, k: int) -> bool:
    """A comma or a stop before token `k` ("2-litre" is one size, no pause)."""
    gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]
    return any(c in ",.;!?।" for c in gap)


def vessel_word(reading: _Reading, k: int) -> bool:
    """Token `k` is one jar, bottle, crate, carton, reel or string of lights: not counted
    ("two reels" are pieces) nor sized ("a 2-litre bottle", "ஆயிரம் மீட்டர் ரீல்")."""
    if not 0 <= k < len(reading.words) or reading.number_at[k] is not None:
        return False
    if reading.words[k] not in _VESSELS:
        return False
    # "two reels" are pieces; "दो बोतल" counts bottles, "2-litre bottle" sizes one
    last = k if reading.words[k] in _PIECES else k - 1
    before = range(max(k - 3, 0), last)
    return not any(
        reading.number_at[j] is not None
        and j not in reading.lone_ones
        and not reading.cue_near(j + 1, k, Cue.ARTICLE, Cue.PER)  # "45 a roll": its rate
        and not reading.cue_near(j + 1, k, Cue.CURRENCY)  # "चार सौ रुपये रोल": its rate
        and not any(_paused(reading, i) for i in range(j + 1, k + 1))  # "सौ मीटर, रोल चार सौ"
        for j in before
    )


def filled_vessel(reading: _Reading, k: int) -> bool:
    """Token `k` is a jar, bottle or tin of the goods: a weight before it is theirs."""
    return 0 <= k < len(reading.words) and reading.words[k] in _FILLED


def _clause(reading: _Reading, k: int) -> range:
    """The tokens said in one breath with token `k`."""
    start = k
    while start > 0 and _joined(reading, start):
        start -= 1
    end = k + 1
    while end < len(reading.words) and _joined(reading, end):
        end += 1
    return range(start, end)


def _bought(reading: _Reading, quantity: _Quantity) -> bool:
    """The count's clause gives, packs or prices it: "give me thirty", "thirty for 150"."""
    clause = _clause(reading, quantity.start)
    if any(_instructs(reading.words[j]) for j in clause):
        return True
    if any(reading.has(j, Cue.CURRENCY, Cue.QUESTION) for j in clause):
        return True
    return any(p.start in clause for p in reading.prices)


def told_held(reading: _Reading, k: int) -> list[_Quantity]:
    """The counts said past a pause after the price beside the container at `k` that tell
    what one holds: goods or a weight, no verb of buying, no container counted after."""
    price = next((p for p in reading.prices if k < p.start <= k + 6 or k == p.end), None)
    price = price or next((p for p in reading.prices if p.end <= k < p.end + 3), None)
    if price is None:
        return []
    held, owned = [], {id(p.quantity) for p in reading.prices}
    for quantity in reading.quantities:
        after = max(price.end, k + 1)
        if quantity.start < after or id(quantity) in owned or not quantity.value:
            continue
        if _clause(reading, quantity.start).start < after:
            continue  # "1,350 per bag of 50 kilo": the same breath
        if quantity.unit not in (None, "piece", "kg", "g", "litre", "dozen"):
            continue
        if _of_units(reading, quantity) or _bought(reading, quantity):
            continue  # "two trays 350", "give me thirty"
        held.append(quantity)
    return held


def _unit_beside(reading: _Reading, price: _Price) -> int | None:
    """The container, box or sack said right before the price or right after it."""
    from audio.understanding.containers import _beside, container_word

    k = _beside(reading, price)
    if k is not None:
        return k
    for j in (price.start - 1, price.start - 2, price.end, price.end + 1):
        if 0 <= j < len(reading.words) and reading.has(j, Cue.MEASURE, Cue.LOT):
            return j  # "ek dabba dhai sau", "એક બોક્સ અઢીસો"
        if container_word(reading, j):
            return j
    return None


def _of_units(reading: _Reading, quantity: _Quantity) -> bool:
    """The count is of the containers or units of trade themselves: "20 quintal"."""
    from audio.understanding.containers import container_word

    span = range(quantity.start, quantity.end + 1)
    return any(reading.has(j, Cue.MEASURE, Cue.LOT) or container_word(reading, j) for j in span)


def held_by_rate(reading: _Reading, chosen: _Price | None) -> None:
    """Claim the counts that tell what the container priced by `chosen` holds."""
    if chosen is None or chosen.per_unit is not True:
        return
    if chosen.quantity is not None and chosen.quantity.unit is not None:
        return  # "40 a kilo, ..." is a rate of a listed unit
    k = _unit_beside(reading, chosen)
    if k is None:
        return
    for quantity in told_held(reading, k):
        if not _of_units(reading, quantity):
            quantity.claimed = True
