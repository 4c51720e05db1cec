"""Sentences for `benchmarks/engines.py`: what is spoken, and the price it must yield.

English sentences are voiced by Piper (joe), Hindi ones by espeak-ng (voice `hi`), both
at 16 kHz. Each row carries its reference text (for WER) and the amount in paise that
`audio.understanding.understand(reference, language=...)` reads from it; the benchmark
checks that before it measures anything, so a table edit that breaks the expectation
fails loudly instead of skewing the price-exact share.

The English set spreads from about 1 to 6 seconds of Piper speech (short counters,
typical offers, long vendor pitches); the Hindi set is mostly short, as market Hindi is,
with a few long ones. Prices are said in words, the way people speak them.

`MARKET` is the per-language set (the ten languages the product speaks, nine lines
each, in each language's own script): what shoppers and vendors say at a stall, with the
price, whether it is per unit or for the lot, the unit, and the product (handed to the
recogniser as a hint, as the live path hands it the catalogue's names). The lines run
parallel across languages where the market does (a piece price, a total for a few
kilos, a rate per kilo, dozen, bunch and litre, a refusal and a counter, a whole crate),
with amounts varied between languages so that more number words are heard. No line
says a phrase of the recogniser's prompt (its unit and currency words aside, which every
price line says): a prompt phrase said back proves nothing. No price is 40, the one the
ULCA double answers for audio nobody registered, nor 250.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PriceSentence:
    """One benchmark utterance."""

    id: str
    """Stable key, e.g. "en07"; rows in the JSON refer to it."""
    language: str
    """ISO 639-1 code: "en", "hi", "ta", …"""
    text: str
    """Reference transcript; also what the TTS engine is asked to say."""
    amount_paise: int
    """The price `understand()` must extract from a correct transcript."""
    per_unit: bool | None = None
    """True: a rate per `unit`; False: the price of the lot; None: not said."""
    unit: str | None = None
    """Canonical unit (kg, dozen, piece, litre, bunch) the price is for, if said."""
    product: str | None = None
    """The product as named in the sentence, in its language (a recogniser hint)."""


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

MarketRow = tuple[str, int, bool | None, str | None, str | None]
"""(text, amount in paise, per unit, unit, product)."""


def _market(language: str, rows: list[MarketRow]) -> tuple[PriceSentence, ...]:
    return tuple(
        PriceSentence(f"{language}-m{n:02d}", language, text, paise, per_unit, unit, product)
        for n, (text, paise, per_unit, unit, product) in enumerate(rows, start=1)
    )


# fmt: off
MARKET: dict[str, tuple[PriceSentence, ...]] = {
    "en": _market("en", [
        ("Cauliflower is thirty five rupees a piece.", 3500, True, "piece", "cauliflower"),
        ("Give me three kilos of potatoes for ninety rupees.", 9000, False, "kg", "potatoes"),
        ("Okra is sixty five rupees per kilo today.", 6500, True, "kg", "okra"),
        ("Mangoes, one hundred and twenty rupees a dozen.", 12000, True, "dozen", "mangoes"),
        ("Not eighty, I will pay seventy for the beans.", 7000, None, None, "beans"),
        ("Coriander is fifteen rupees a bunch.", 1500, True, "bunch", "coriander"),
        ("Milk is fifty eight rupees a litre.", 5800, True, "litre", "milk"),
        ("Take the whole crate of apples for one thousand two hundred.", 120000, False, None,
         "apples"),
        ("Garlic is one hundred and sixty rupees a kilo, that is my best price.", 16000, True,
         "kg", "garlic"),
    ]),
    "hi": _market("hi", [
        ("फूलगोभी पैंतालीस रुपये की एक", 4500, True, "piece", "फूलगोभी"),
        ("दो किलो आलू एक सौ दस रुपये में दे दो", 11000, False, "kg", "आलू"),
        ("शिमला मिर्च पचपन रुपये किलो है", 5500, True, "kg", "शिमला मिर्च"),
        ("आम एक सौ अस्सी रुपये दर्जन", 18000, True, "dozen", "आम"),
        ("मटर के पचहत्तर नहीं, साठ रुपये दूँगी", 6000, None, None, "मटर"),
        ("धनिया बीस रुपये गड्डी", 2000, True, "bunch", "धनिया"),
        ("दूध बासठ रुपये लीटर", 6200, True, "litre", "दूध"),
        ("पूरी पेटी सेब पंद्रह सौ में ले जाइए", 150000, False, None, "सेब"),
        ("लहसुन साढ़े तीन सौ रुपये किलो चल रहा है", 35000, True, "kg", "लहसुन"),
    ]),
    "ta": _market("ta", [
        ("காலிஃபிளவர் ஒன்னு இருபத்தஞ்சு ரூபாய்", 2500, True, "piece", "காலிஃபிளவர்"),
        ("மூணு கிலோ உருளைக்கிழங்கு தொண்ணூறு ரூபாய்க்கு குடுங்க", 9000, False, "kg",
         "உருளைக்கிழங்கு"),
        ("வெண்டைக்காய் கிலோ அறுபத்தஞ்சு ரூபாய்", 6500, True, "kg", "வெண்டைக்காய்"),
        ("மாம்பழம் டஜன் நூத்தி அம்பது ரூபாய்", 15000, True, "dozen", "மாம்பழம்"),
        ("பீன்ஸ் எம்பது இல்ல, எழுபது ரூபாய் தரேன்", 7000, None, None, "பீன்ஸ்"),
        ("கொத்தமல்லி கட்டு பதினஞ்சு ரூபாய்", 1500, True, "bunch", "கொத்தமல்லி"),
        ("பால் லிட்டர் அம்பத்தெட்டு ரூபாய்", 5800, True, "litre", "பால்"),
        ("முழு பெட்டி ஆப்பிள் ஆயிரத்து இருநூறு ரூபாய்க்கு எடுத்துக்கோங்க", 120000, False, None,
         "ஆப்பிள்"),
        ("பூண்டு கிலோ முன்னூத்தி இருபது ரூபாய்", 32000, True, "kg", "பூண்டு"),
    ]),
    "te": _market("te", [
        ("కాలీఫ్లవర్ ఒక్కటి ముప్పై రూపాయలు", 3000, True, "piece", "కాలీఫ్లవర్"),
        ("రెండు కిలోల ఆలుగడ్డలు నూట ఇరవై రూపాయలకు ఇవ్వండి", 12000, False, "kg", "ఆలుగడ్డలు"),
        ("బెండకాయలు కిలో డెబ్బై ఐదు రూపాయలు", 7500, True, "kg", "బెండకాయలు"),
        ("మామిడి పండ్లు డజను మూడు వందల రూపాయలు", 30000, True, "dozen", "మామిడి పండ్లు"),
        ("చిక్కుడుకాయలు యాభై కాదు, నలభై ఐదు రూపాయలు ఇస్తాను", 4500, None, None,
         "చిక్కుడుకాయలు"),
        ("కొత్తిమీర కట్ట పది రూపాయలు", 1000, True, "bunch", "కొత్తిమీర"),
        ("పాలు లీటరు యాభై ఆరు రూపాయలు", 5600, True, "litre", "పాలు"),
        ("ఆపిల్ పెట్టె మొత్తం పదకొండు వందల రూపాయలకు తీసుకోండి", 110000, False, None, "ఆపిల్"),
        ("వెల్లుల్లి కిలో మూడు వందల ఎనభై రూపాయలు", 38000, True, "kg", "వెల్లుల్లి"),
    ]),
    "bn": _market("bn", [
        ("ফুলকপি একটা পঁচিশ টাকা", 2500, True, "piece", "ফুলকপি"),
        ("দু কেজি আলু পঁচাশি টাকায় দিন", 8500, False, "kg", "আলু"),
        ("ঢেঁড়স কেজি আটচল্লিশ টাকা", 4800, True, "kg", "ঢেঁড়স"),
        ("আম ডজন দেড়শো টাকা", 15000, True, "dozen", "আম"),
        ("বরবটি সত্তর না, ষাট টাকা দেব", 6000, None, None, "বরবটি"),
        ("ধনেপাতা আঁটি বারো টাকা", 1200, True, "bunch", "ধনেপাতা"),
        ("দুধ লিটার চুয়ান্ন টাকা", 5400, True, "litre", "দুধ"),
        ("পুরো ঝুড়ি আপেল এগারোশো টাকায় নিয়ে যান", 110000, False, None, "আপেল"),
        ("রসুন কেজি চারশো কুড়ি টাকা", 42000, True, "kg", "রসুন"),
    ]),
    "mr": _market("mr", [
        ("फ्लॉवर एक नग पस्तीस रुपये", 3500, True, "piece", "फ्लॉवर"),
        ("तीन किलो बटाटे नव्वद रुपयांना द्या", 9000, False, "kg", "बटाटे"),
        ("भेंडी पासष्ट रुपये किलो", 6500, True, "kg", "भेंडी"),
        ("आंबे एकशे ऐंशी रुपये डझन", 18000, True, "dozen", "आंबे"),
        ("घेवडा ऐंशी नाही, सत्तर रुपये देईन", 7000, None, None, "घेवडा"),
        ("कोथिंबीर पंधरा रुपये जुडी", 1500, True, "bunch", "कोथिंबीर"),
        ("दूध अठ्ठावन्न रुपये लिटर", 5800, True, "litre", "दूध"),
        ("पूर्ण पेटी सफरचंद बाराशे रुपयांना घेऊन जा", 120000, False, None, "सफरचंद"),
        ("लसूण तीनशे वीस रुपये किलो", 32000, True, "kg", "लसूण"),
    ]),
    "gu": _market("gu", [
        ("ફ્લાવર એક નંગના ત્રીસ રૂપિયા", 3000, True, "piece", "ફ્લાવર"),
        ("ત્રણ કિલો બટાકા પંચાણું રૂપિયામાં આપો", 9500, False, "kg", "બટાકા"),
        ("ભીંડા કિલોના પિસ્તાળીસ રૂપિયા", 4500, True, "kg", "ભીંડા"),
        ("કેરી ડઝનના એકસો વીસ રૂપિયા", 12000, True, "dozen", "કેરી"),
        ("વાલોળ સાઠ નહીં, પંચાવન રૂપિયા આપીશ", 5500, None, None, "વાલોળ"),
        ("કોથમીર ઝૂડીના દસ રૂપિયા", 1000, True, "bunch", "કોથમીર"),
        ("દૂધ લિટરના ચોસઠ રૂપિયા", 6400, True, "litre", "દૂધ"),
        ("આખી પેટી સફરજન પંદરસો રૂપિયામાં લઈ જાઓ", 150000, False, None, "સફરજન"),
        ("લસણ કિલોના બસો એંસી રૂપિયા", 28000, True, "kg", "લસણ"),
    ]),
    "kn": _market("kn", [
        ("ಹೂಕೋಸು ಒಂದಕ್ಕೆ ಮೂವತ್ತೈದು ರೂಪಾಯಿ", 3500, True, "piece", "ಹೂಕೋಸು"),
        ("ಮೂರು ಕಿಲೋ ಆಲೂಗಡ್ಡೆ ತೊಂಬತ್ತು ರೂಪಾಯಿಗೆ ಕೊಡಿ", 9000, False, "kg", "ಆಲೂಗಡ್ಡೆ"),
        ("ಬೆಂಡೆಕಾಯಿ ಕಿಲೋಗೆ ಅರವತ್ತೈದು ರೂಪಾಯಿ", 6500, True, "kg", "ಬೆಂಡೆಕಾಯಿ"),
        ("ಮಾವಿನಹಣ್ಣು ಡಜನ್‌ಗೆ ನೂರ ಎಂಬತ್ತು ರೂಪಾಯಿ", 18000, True, "dozen", "ಮಾವಿನಹಣ್ಣು"),
        ("ಅವರೆಕಾಯಿ ಎಂಬತ್ತು ಅಲ್ಲ, ಎಪ್ಪತ್ತು ರೂಪಾಯಿ ಕೊಡ್ತೀನಿ", 7000, None, None, "ಅವರೆಕಾಯಿ"),
        ("ಕೊತ್ತಂಬರಿ ಸೊಪ್ಪು ಕಟ್ಟಿಗೆ ಹದಿನೈದು ರೂಪಾಯಿ", 1500, True, "bunch", "ಕೊತ್ತಂಬರಿ ಸೊಪ್ಪು"),
        ("ಹಾಲು ಲೀಟರ್‌ಗೆ ಐವತ್ತೆಂಟು ರೂಪಾಯಿ", 5800, True, "litre", "ಹಾಲು"),
        ("ಇಡೀ ಪೆಟ್ಟಿಗೆ ಸೇಬು ಸಾವಿರದ ಮುನ್ನೂರು ರೂಪಾಯಿಗೆ ತಗೊಳ್ಳಿ", 130000, False, None, "ಸೇಬು"),
        ("ಬೆಳ್ಳುಳ್ಳಿ ಕಿಲೋಗೆ ನಾನೂರ ಇಪ್ಪತ್ತು ರೂಪಾಯಿ", 42000, True, "kg", "ಬೆಳ್ಳುಳ್ಳಿ"),
    ]),
    "ml": _market("ml", [
        ("കോളിഫ്ലവർ ഒന്നിന് ഇരുപത് രൂപ", 2000, True, "piece", "കോളിഫ്ലവർ"),
        ("രണ്ട് കിലോ ഉരുളക്കിഴങ്ങ് നൂറ്റിപ്പത്ത് രൂപയ്ക്ക് തരൂ", 11000, False, "kg",
         "ഉരുളക്കിഴങ്ങ്"),
        ("വെണ്ടയ്ക്ക കിലോയ്ക്ക് എഴുപത്തഞ്ച് രൂപ", 7500, True, "kg", "വെണ്ടയ്ക്ക"),
        ("മാമ്പഴം ഡസന് നൂറ്റിയറുപത് രൂപ", 16000, True, "dozen", "മാമ്പഴം"),
        ("പയർ അറുപത് അല്ല, അമ്പത് രൂപ തരാം", 5000, None, None, "പയർ"),
        ("മല്ലിയില ഒരു കെട്ടിന് പന്ത്രണ്ട് രൂപ", 1200, True, "bunch", "മല്ലിയില"),
        ("പാൽ ലിറ്ററിന് അമ്പത്തിരണ്ട് രൂപ", 5200, True, "litre", "പാൽ"),
        ("ആപ്പിൾ പെട്ടി മുഴുവനും ആയിരത്തി മുന്നൂറ് രൂപയ്ക്ക് എടുത്തോളൂ", 130000, False, None,
         "ആപ്പിൾ"),
        ("വെളുത്തുള്ളി കിലോയ്ക്ക് മുന്നൂറ്റി എൺപത് രൂപ", 38000, True, "kg", "വെളുത്തുള്ളി"),
    ]),
    "pa": _market("pa", [
        ("ਗੋਭੀ ਪੈਂਤੀ ਰੁਪਏ ਦੀ ਇੱਕ", 3500, True, "piece", "ਗੋਭੀ"),
        ("ਤਿੰਨ ਕਿੱਲੋ ਆਲੂ ਨੱਬੇ ਰੁਪਏ ਵਿੱਚ ਦੇ ਦਿਓ", 9000, False, "kg", "ਆਲੂ"),
        ("ਭਿੰਡੀ ਪੈਂਹਠ ਰੁਪਏ ਕਿੱਲੋ", 6500, True, "kg", "ਭਿੰਡੀ"),
        ("ਅੰਬ ਇੱਕ ਸੌ ਅੱਸੀ ਰੁਪਏ ਦਰਜਨ", 18000, True, "dozen", "ਅੰਬ"),
        ("ਮਟਰ ਅੱਸੀ ਨਹੀਂ, ਸੱਤਰ ਰੁਪਏ ਦਿਆਂਗਾ", 7000, None, None, "ਮਟਰ"),
        ("ਧਨੀਆ ਪੰਦਰਾਂ ਰੁਪਏ ਦੀ ਗੱਠੀ", 1500, True, "bunch", "ਧਨੀਆ"),
        ("ਦੁੱਧ ਅਠਵੰਜਾ ਰੁਪਏ ਲੀਟਰ", 5800, True, "litre", "ਦੁੱਧ"),
        ("ਪੂਰੀ ਪੇਟੀ ਸੇਬ ਬਾਰਾਂ ਸੌ ਵਿੱਚ ਲੈ ਜਾਓ", 120000, False, None, "ਸੇਬ"),
        ("ਲਸਣ ਤਿੰਨ ਸੌ ਵੀਹ ਰੁਪਏ ਕਿੱਲੋ", 32000, True, "kg", "ਲਸਣ"),
    ]),
}
# fmt: on
"""Market lines per language, for the speak → transcribe → understand measurement."""

MARKET_QUICK = 1
"""Lines per language in a `--quick` run (the first ones)."""

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
