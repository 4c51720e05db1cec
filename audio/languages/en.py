"""English as it is spoken at an Indian stall: Indian English numbers ("one fifty" for
150, lakh and crore), units, and the cue words of a haggle.

Reference: num2words' English (`lang="en"` and `"en_IN"`), read back by
`tests/unit/test_number_oracles.py`.
"""

from __future__ import annotations

from audio.languages.base import ARTICLE_AND, Cue, LanguageSpec
from audio.languages.english_scripts import (
    CURRENCY_SPOKEN,
    SPOKEN,
    script_numbers,
    script_units,
    spellings,
)

_ZERO_TO_NINETEEN = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)

# fmt: off
TENS: dict[str, float] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000, "k": 1000,
    "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "crore": 10_000_000,
    "crores": 10_000_000,
}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("kilo", "kilos", "kg", "kgs", "kilogram", "kilograms", "kilogramme"),
    "g": ("gram", "grams", "gm", "gms", "gramme", "grammes", "g", "gr"),
    "dozen": ("dozen", "dozens"),
    "piece": ("piece", "pieces", "pc", "pcs"),
    "litre": ("litre", "litres", "liter", "liters", "ltr", "ltrs", "l"),
    "bunch": ("bunch", "bunches"),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "₹", "/-", "rs", "inr", "rupee", "rupees", "bucks",
        # the rupee typed loosely in any language's chat: "72 rup", "60 rps", "40 rupa"
        "rup", "rps", "rupa", "roopa", "rupai", "rupya", "ruppees", "rupes",
    ),
    Cue.PAISE: ("paise", "paisa", "paisay"),
    Cue.PER: ("per", "/", "every"),
    Cue.LINK: (
        # a time before, not a "last price"
        "last week", "last time", "last month", "last year", "yesterday",
        "or else", "otherwise", "or",
        "for", "at", "is", "the", "only", "just", "then", "so", "it", "that", "please", "are",
        "give", "take", "make", "it's", "its", "i'll", "will", "can", "you",
    ),
    Cue.ARTICLE: ("a", "an"),
    Cue.EACH: ("each", "apiece", "per piece", "a piece", "one piece"),
    # a unit of trade the product does not list (`Cue.MEASURE`): its price is a rate
    Cue.MEASURE: (
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "per head", "a head", "per person", "a person", "per seat", "a seat", "per rider",
        "per km", "a km", "per kilometre", "per kilometer", "a kilometre", "a kilometer",
        "per minute", "a minute", "tola", "a tola", "per tola", "tolas", "bhori", "pavan",
        "sovereign",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "per trip", "a trip", "one trip", "trip", "trips", "per hour",
        "quintal", "quintals", "qtl", "maund", "maunds", "metre", "meter", "metres", "meters",
        "mtr", "gaj", "yard", "yards", "per box", "a box", "muzham", "mozham",
        "foot", "feet", "ft", "running foot",
        # a gross, twelve dozen (pencils, buttons): its price is a rate
        "gross", "a gross", "per gross",
        # a trolley of sand or bricks: its price is a rate
        "a trolley", "per trolley", "trolley",
        # baskets, pairs, sets, boxes: their price is a rate too
        "a basket", "per basket", "baskets", "a pair", "per pair", "pair", "pairs", "a set",
        "per set", "the set",
        "sets", "boxes", "dabba", "dabbas", "petti", "peti", "tokri", "jodi", "kotta",
        "buttige",
    ),
    Cue.LOT: (
        # a pack named as one ("pack it" is a verb)
        "this pack", "that pack", "the pack", "whole pack", "full pack",
        "bag", "basket", "crate", "box", "packet", "sack", "heap", "pile", "lot", "load",
        "tray", "carton", "bags", "sacks", "crates", "cartons",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "for you", "just for you", "only for you", "for you only",
    ),
    Cue.SET: (
        # "let's close / settle at X": proposes X
        "let's close", "lets close", "let's settle", "lets settle", "let's fix", "lets fix",
        "make it", "make that", "make it for", "do it for", "do it at", "put it at",
    ),
    Cue.TOTAL: (
        "total", "in total", "in all", "for everything", "for all", "everything",
        "altogether", "all together", "overall", "for all of it", "whole lot", "whole",
        "full", "entire", "all of it", "the lot", "for the lot", "for both", "both",
        "all this", "all of this", "all these", "all of these", "all this together",
    ),
    Cue.ACCEPT: (
        # as you say, as you wish, your word stands: take it
        "as you say", "as you wish", "whatever you say", "your wish", "your word",
        "have it your way", "as you like",
        "ok", "okay", "okey", "o k", "done", "deal", "accept", "accepted", "agreed",
        "agree", "fine", "yes", "yeah", "alright", "all right", "sure", "its a deal",
        "it's a deal",
    ),
    Cue.REJECT: (
        # at a loss, below the cost: refused with no "no"
        "losing money", "lose money", "at a loss", "cover my cost", "cover the cost",
        "below my cost", "wholesale market",
        # leaving the goods without a price: "leave it", "rehne do"
        "leave it", "don't want", "do not want", "not needed", "i'll look around", "look around",
        "look further", "another time", "forget it", "forget about it", "forget that",
        # going to another shop refuses this one's price
        "another shop", "some other shop", "somewhere else", "elsewhere",
        # a loss to the seller: the price is refused
        "a loss", "at a loss", "loss",
        "another shop", "somewhere else", "elsewhere", "doesn't pay", "not worth it",
        "never", "no way", "cannot", "can't", "reject", "impossible", "not possible",
        "reduce", "less please", "no deal", "not ok", "not okay", "not done", "not fine",
        "no thanks", "not agreed", "won't", "will not", "don't", "do not", "doesn't",
        "does not", "won't work", "not interested", "wouldn't", "would not",
    ),
    Cue.NEGATION: ("no", "nope"),
    Cue.NOT: ("not",),
    Cue.TOO_MUCH: (
        "too much", "too expensive", "expensive", "too high", "very high", "costly",
        "robbery", "daylight robbery", "loot",
    ),
    Cue.COMPARATIVE: (
        "less than", "more than", "below", "above", "under", "less", "lower", "more",
    ),
    Cue.CAP_BEFORE: (
        "at most", "at the most", "maximum", "max", "not more than", "no more than",
        "up to", "upto", "not above", "not over", "at least", "minimum",
    ),
    Cue.CAP: ("at most", "maximum", "max", "tops", "minimum", "at least"),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "last one", "final offer", "final answer", "fixed", "no bargaining",
        "final", "final price", "final rate", "last price", "last rate", "fixed price",
        "fixed rate", "best price", "last",
        # "take it or leave it": the price stands, no more haggling
        "take it or leave it", "take it or leave",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "change", "bag", "carry bag", "cover", "polythene", "note",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "minit", "minat",
        # a bus route: "the 47 bus"
        "bus", "buses",
        # a temperature or a school class: "45 degrees", "10th standard"
        "degree", "degrees", "celsius", "class", "grade", "std", "standard", "kms",
        # a day of the month: "the 15th"
        "th", "st", "nd", "rd", "date",
        # change handed back: "give me forty back"
        "change", "back",
        "%", "percent", "per cent", "minute", "minutes", "min", "mins", "hour", "hours",
        "second", "seconds", "day", "days", "year", "years", "o'clock", "baje", "ghanta",
        "ghante", "din", "saal", "mahine", "बजे", "घंटे", "दिन", "साल", "मिनट", "प्रतिशत",
        "am", "pm", "morning", "evening", "night", "kids", "children", "people", "persons",
        "times", "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles",
        "years old", "note", "notes",
        # a time to come: "at half past five after work", "nine thirty tomorrow"
        "after office", "after work", "tomorrow", "tonight", "sharp",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "highway", "nh", "sh", "hwy", "km", "milestone",
        # a bus route: "bus 47"
        "bus",
        # an ordinal ending typed after digits: "8th", "1st"
        "th", "st", "nd", "rd",
        # a school class: "class 8", "grade 10"
        "class", "grade", "std",
        # a day: "tomorrow at seven"
        "tomorrow", "today", "tonight",
        "number", "lane", "gate", "platform", "room", "shop", "stall", "table", "floor",
        "house", "flat", "age", "aged",
        # a code or an order's number: "pin code 560034", "order id 58812934", "OTP 4471"
        "code", "pincode", "id", "otp",
        # a time: "come back at 6", "we open at nine thirty" (not "meet me at 8", which
        # haggles)
        "come back", "come by", "drop by", "be back", "open", "opens", "close", "closes",
        "reach",
        "come at", "comes at", "coming at", "arrives at", "starts at", "came at",
        "come around", "arrive at", "arriving at",
    ),
    Cue.QUESTION: (
        "how much", "how much for", "what price", "what is the price", "what's the price",
        "what rate", "what is the rate", "what's the rate", "how much is it", "how much are",
        "how are you selling", "how do you sell", "how are you giving", "how do you give",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "take it", "take them", "take it away", "have it", "have them",
        # "given (at the price)": the deal done, said as the goods change hands
        "given", "sold",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "you say", "you said", "you're saying", "you are saying", "you're asking",
        "you are asking", "you ask", "you asked", "you quoted",
    ),
    Cue.WEAK_QUESTION: (
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "tell me",
        "rate", "price", "cost", "what", "what's", "whats",
    ),
}
# fmt: on


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "that's it", "thats it", "that is it", "that's all", "that's the lowest",
    "thats the lowest", "that is the lowest", "not lower", "no lower", "don't ask lower",
    "don't ask any lower", "dont ask lower", "won't go below that", "won't go lower",
    "no more talk", "no more bargaining", "no more haggling", "no haggling",
    "no more discussion", "no more talking", "end of discussion",
    # the seller's floor said as all they can do
    "that's the best i can do", "thats the best i can do", "that is the best i can do",
    "that's my best", "that's my best price", "can't do less",
    "cant do less", "cannot do less", "can't do any less", "can't go lower",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = (
    "less",
    "lower",
    "reduce",
    "cheaper",
    "discount",
    "concession",
    "knock off",
    "bring it down",
    "bring down",
    "take off",
)
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("more", "extra")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = (
    "can you",
    "could you",
    "will you",
    "would you",
    "can it",
    "could it",
    "is there",
    "any chance",
)

_VALUES = {w: float(i) for i, w in enumerate(_ZERO_TO_NINETEEN.split())}
# The same words as speech-to-text writes them in the Indic scripts ("ट्वेंटी", "ಫಿಫ್ಟಿ").
_IN_SCRIPTS = script_numbers({**_VALUES, **TENS, **SCALES})

SPEC = LanguageSpec(
    code="en",
    values={**_VALUES, **_IN_SCRIPTS[0]},
    tens={**TENS, **_IN_SCRIPTS[1]},
    scales={**SCALES, **_IN_SCRIPTS[2]},
    compounds=ARTICLE_AND,
    fractions={"half": 0.5, "quarter": 0.25, "quarters": 0.25},
    ambiguous=frozenset(("one", *spellings(SPOKEN["one"]))),
    # "thousands of people", "lakhs spent": a plural scale alone is no number
    counted_scales=frozenset(("hundreds", "thousands", "lakhs", "lacs", "crores")),
    units={u: (*names, *script_units().get(u, ())) for u, names in UNITS.items()},
    cues={**CUES, Cue.CURRENCY: (*CUES[Cue.CURRENCY], *spellings(CURRENCY_SPOKEN))},
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    more_words=MORE_WORDS,
)
