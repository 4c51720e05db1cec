"""Sentences for `benchmarks/engines.py`: what is spoken, and the price it must yield.

English sentences are voiced by Piper (joe), Hindi ones by espeak-ng (voice `hi`), both
at 16 kHz. Each row carries its reference text (for WER) and the amount in paise that
`audio.understanding.understand(reference, language=...)` reads from it; the benchmark
checks that before it measures anything, so a table edit that breaks the expectation
fails loudly instead of skewing the price-exact share.

The English set spreads from about 1 to 6 seconds of Piper speech (short counters,
typical offers, long vendor pitches); the Hindi set is mostly short, as market Hindi is,
with a few long ones. Prices are said in words, the way people speak them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PriceSentence:
    """One benchmark utterance."""

    id: str
    """Stable key, e.g. "en07"; rows in the JSON refer to it."""
    language: str
    """"en" or "hi"."""
    text: str
    """Reference transcript; also what the TTS engine is asked to say."""
    amount_paise: int
    """The price `understand()` must extract from a correct transcript."""


def _rows(language: str, rows: list[tuple[str, int]]) -> tuple[PriceSentence, ...]:
    return tuple(
        PriceSentence(f"{language}{n:02d}", language, text, paise)
        for n, (text, paise) in enumerate(rows, start=1)
    )


ENGLISH = _rows(
    "en",
    [
        # short counters, about 1-2 s
        ("Forty rupees.", 4000),
        ("Sixty rupees a kilo.", 6000),
        ("Make it fifty.", 5000),
        ("Okay, thirty five.", 3500),
        ("Last price, ninety rupees.", 9000),
        ("Ten rupees each.", 1000),
        ("Eighty per kilo.", 8000),
        ("Fine, seventy rupees.", 7000),
        # typical offers, about 2-3 s
        ("Tomatoes are forty rupees a kilo.", 4000),
        ("I will give you two hundred and fifty for two kilos.", 25000),
        ("Onions are thirty rupees per kilo today.", 3000),
        ("Can you do it for seventy five rupees?", 7500),
        ("No, not sixty, I can give fifty.", 5000),
        ("The potatoes are twenty five a kilo.", 2500),
        ("A dozen bananas for sixty rupees.", 6000),
        # longer offers, about 3-4 s
        ("These mangoes are three hundred rupees per dozen, sir.", 30000),
        ("I cannot go below one hundred and eighty for the lot.", 18000),
        ("Fine, take two kilos of onions for fifty five rupees.", 5500),
        ("Brinjal is forty five rupees a kilo, fresh from the farm.", 4500),
        ("Ginger is one hundred and twenty rupees a kilo today.", 12000),
        ("For five kilos of potatoes I will take one hundred and ten.", 11000),
        ("Four hundred is too much, I will pay three hundred and fifty.", 35000),
        # vendor pitches, about 4-6 s
        (
            "Good morning, the tomatoes came from Nashik today and they are forty rupees a kilo.",
            4000,
        ),
        (
            "If you buy five kilos of onions I will give them to you for one hundred and"
            " forty rupees.",
            14000,
        ),
        (
            "Sir, the best price I can do for this whole basket of mangoes is six hundred rupees.",
            60000,
        ),
        (
            "My final offer is two hundred and twenty rupees for the apples, take it or leave it.",
            22000,
        ),
        ("The green chillies are eighty rupees a kilo, but for you I will make it seventy.", 7000),
        ("Okay, we have a deal at ninety five rupees per kilo for the fresh spinach.", 9500),
        ("One and a half kilos of peas will cost you one hundred and five rupees.", 10500),
        ("I paid four hundred and fifty yesterday, so today I will give you four hundred.", 40000),
    ],
)

HINDI = _rows(
    "hi",
    [
        ("टमाटर चालीस रुपये किलो", 4000),
        ("प्याज़ तीस रुपये किलो दे दो", 3000),
        ("दो सौ पचास में दे दीजिए", 25000),
        ("आलू बीस रुपये किलो है", 2000),
        ("पचास रुपये दूंगा", 5000),
        ("सौ रुपये में दो किलो", 10000),
        ("भिंडी साठ रुपये किलो", 6000),
        ("ढाई सौ रुपये लगेंगे", 25000),
        ("डेढ़ सौ रुपये दे दो", 15000),
        ("तीन सौ नहीं, दो सौ पचहत्तर दूंगा", 27500),
        ("केले साठ रुपये दर्जन", 6000),
        ("एक किलो सेब एक सौ बीस रुपये", 12000),
        ("ठीक है, पैंतालीस रुपये किलो", 4500),
        ("अदरक दो सौ रुपये किलो है भैया", 20000),
        ("पाँच सौ में पूरी टोकरी ले लो", 50000),
        ("सत्तर रुपये आख़िरी दाम है", 7000),
        ("मैं तीन सौ रुपये दूंगा", 30000),
        ("भैया, ये टमाटर आज नासिक से आए हैं, चालीस रुपये किलो है", 4000),
        ("अगर आप पाँच किलो प्याज़ लेंगे तो एक सौ चालीस रुपये में दे दूंगा", 14000),
        ("आम तीन सौ रुपये दर्जन हैं, साथ में दो केले मुफ़्त", 30000),
    ],
)

QUICK_IDS = frozenset({"en01", "en10", "en16", "en23", "hi01", "hi18"})
"""The `--quick` subset: one per duration bucket and language where the set has one."""

TTS_REPLIES: dict[str, tuple[str, ...]] = {
    # What a vendor's reply sounds like: the first sentence is what the listener waits
    # for (first-chunk latency), the rest streams behind it.
    "en": (
        "Tomatoes are forty rupees a kilo. For two kilos I can do seventy five.",
        "Okay, deal at ninety rupees. I will pack it for you.",
        "Sorry, I cannot go below one hundred and eighty. These are fresh from the farm.",
    ),
    "hi": (
        "टमाटर चालीस रुपये किलो है। दो किलो लेंगे तो पचहत्तर में दे दूंगा।",
        "ठीक है, नब्बे रुपये में सौदा पक्का। मैं बांध देता हूँ।",
        "माफ़ कीजिए, एक सौ अस्सी से कम नहीं होगा। ये खेत से ताज़ा आए हैं।",
    ),
}
"""Replies spoken in the TTS measurements, by language."""
