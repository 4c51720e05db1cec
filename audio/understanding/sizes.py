"""Two sizes, two prices: "big glass 25, small 15", "મોટો ગ્લાસ પચ્ચીસ, નાનો પંદર",
"பெரிய கிளாஸ் இருபத்தஞ்சு, சின்னது பதினஞ்சு"; two forms of the goods the same way:
"original 450, duplicate 150", "set 120, single glass 25", "ਅਸਲੀ ਸਾਢੇ ਚਾਰ ਸੌ, ਨਕਲੀ ਡੇਢ ਸੌ".
Each size word starts a clause with a number of its own: a price for each size, so the
listener is asked which one is meant, never one picked, and the number after a size word
is never a count of the goods."""

from __future__ import annotations

from audio.lexicon import fold
from audio.numbers import find_numbers, number_table
from audio.understanding.reading import (
    _BULK_UNITS,
    _joined,
    _Reading,
    count_as_rate,
    end_of_clause,
)

_SIZES = frozenset(
    fold(w)
    for w in (
        "big", "bigger", "large", "small", "smaller", "little", "medium", "jumbo",
        "बड़ा", "बड़े", "बड़ी", "बड़ा", "बड़े", "बड़ी", "छोटा", "छोटे", "छोटी", "bada", "bade",
        "badi", "bada", "chhota", "chhote", "chhoti", "chota", "chote", "choti",
        "பெரிய", "பெரியது", "பெரிசு", "சின்ன", "சின்னது", "சின்னதுக்கு", "periya",
        "periyadhu", "periyathu", "chinna", "chinnadhu", "chinnathu",
        "పెద్ద", "పెద్దది", "పెద్దవి", "చిన్న", "చిన్నది", "చిన్నవి", "pedda", "peddadi",
        "chinnadi",
        "বড়", "বড়টা", "বড়গুলো", "ছোট", "ছোটটা", "ছোটগুলো", "boro", "borota", "choto",
        "chhoto", "chotota",
        "मोठा", "मोठे", "मोठी", "लहान", "motha", "mothe", "lahan",
        "મોટો", "મોટું", "મોટા", "મોટી", "નાનો", "નાનું", "નાના", "નાની", "moto", "motu",
        "mota", "nano", "nanu", "nana",
        "ದೊಡ್ಡ", "ದೊಡ್ಡದು", "ಸಣ್ಣ", "ಸಣ್ಣದು", "ಚಿಕ್ಕ", "ಚಿಕ್ಕದು", "dodda", "doddadu",
        "sanna", "sannadu", "chikka", "chikkadu",
        "വലിയ", "വലുത്", "ചെറിയ", "ചെറുത്", "valiya", "valuthu", "cheriya", "cheruthu",
        "ਵੱਡਾ", "ਵੱਡੇ", "ਵੱਡੀ", "ਛੋਟਾ", "ਛੋਟੇ", "ਛੋਟੀ", "vadda", "vadde",
    )
) | frozenset(
    # Forms of the goods priced apart as sizes are: "original 450, duplicate 150", "the
    # set 120, a single glass 25".
    fold(w)
    for w in (
        "original", "duplicate", "copy", "set", "single",
        "ओरिजिनल", "डुप्लीकेट", "डुप्लिकेट", "असली", "नकली", "सिंगल", "asli", "nakli",
        "ஒரிஜினல்", "டூப்ளிகேட்", "சிங்கிள்", "ఒరిజినల్", "డూప్లికేట్", "సింగిల్",
        "আসল", "আসলটা", "নকল", "নকলটা", "সিঙ্গেল", "ओरिजिनल", "सिंगल",
        "ઓરિજિનલ", "ડુપ્લિકેટ", "અસલી", "નકલી", "સિંગલ", "ಒರಿಜಿನಲ್", "ಡುಪ್ಲಿಕೇಟ್", "ಸಿಂಗಲ್",
        "ഒറിജിനൽ", "ഡ്യൂപ്ലിക്കേറ്റ്", "സിംഗിൾ", "ਅਸਲੀ", "ਨਕਲੀ", "ਸਿੰਗਲ",
        "सेट", "செட்", "செட்டு", "செட்டா", "సెట్", "সেট", "સેટ", "ಸೆಟ್", "സെറ്റ്", "ਸੈੱਟ", "ਸੈਟ",
        # Branded or local: "original charger 600, if local then 200", "ಲೋಕಲ್ ಆದ್ರೆ ಇನ್ನೂರು"
        "local", "lokal", "company", "branded", "brand", "लोकल", "कंपनी", "ब्रांडेड",
        "লোকাল", "লোকালটা", "কোম্পানি", "ব্র্যান্ডেড", "லோக்கல்", "லோக்கலா", "கம்பெனி",
        "లోకల్", "లోకల్‌ది", "కంపెనీ", "ಲೋಕಲ್", "ಲೋಕಲ್ದು", "ಕಂಪನಿ", "ലോക്കൽ", "കമ്പനി",
        "લોકલ", "કંપની", "ਲੋਕਲ", "ਕੰਪਨੀ", "ब्रँडेड",
        # One taken loose, apart from its set: "set 120, a loose glass 25"
        "loose", "खुला", "खुली", "खुले", "khula", "khuli", "सुटा", "सुटी", "सुटं", "सुट्टा",
        "suta", "suti", "sutta", "છૂટો", "છૂટી", "છૂટું", "chhuto", "chhuti", "தனியா",
        "thaniya", "విడిగా", "vidiga", "ಬಿಡಿ", "ಬಿಡಿಯಾಗಿ", "bidiyagi", "ഒറ്റയ്ക്ക്", "ottakku",
        "ਖੁੱਲ੍ਹਾ", "ਖੁੱਲ੍ਹੀ", "khulla", "আলাদা", "alada",
        # Loose or in a box, a gift pack, with or without the pot or the fitting: "loose
        # 600 a kilo, in the gift box 700", "with the pot 250, without 180".
        "लूज़", "लूज", "looz", "lose", "છૂટા", "છૂટક", "chhuta", "chhutak", "லூஸ்", "லூசா",
        "లూజ్", "లూజుగా", "লুজ", "লুজে", "খোলা", "ಲೂಸ್", "ಲೂಸಾಗಿ", "ലൂസ്", "ലൂസായി",
        "ਲੂਜ਼", "ਖੁੱਲ੍ਹੇ", "सुट्टे", "सुटे", "खुल्ला", "खुल्ले",
        "box", "boxes", "बॉक्स", "डिब्बा", "डिब्बे", "डब्बा", "डब्बे", "dibba", "dabba",
        "બોક્સ", "બોક્સમાં", "ડબ્બો", "ડબ્બામાં", "பாக்ஸ்", "பாக்ஸ்ல", "பெட்டி", "பெட்டியில",
        "బాక్స్", "బాక్సులో", "డబ్బా", "ডাব্বা", "বাক্স", "বাক্সে", "বক্স", "বক্সে",
        "ಬಾಕ್ಸ್", "ಬಾಕ್ಸಲ್ಲಿ", "ಡಬ್ಬ", "ಡಬ್ಬದಲ್ಲಿ", "ബോക്സ്", "ബോക്സിൽ", "ਬਾਕਸ", "ਡੱਬਾ",
        "ਡੱਬੇ", "बॉक्समध्ये", "डब्यात",
        "gift", "गिफ्ट", "ગિફ્ટ", "கிஃப்ட்", "கிப்ட்", "గిఫ్ట్", "গিফট", "ಗಿಫ್ಟ್", "ഗിഫ്റ്റ്",
        "ਗਿਫਟ",
        # Plain or fancy: "the thali 250, but a plain one 120", "સાદી એકસો વીસની"
        "plain", "simple", "ordinary", "fancy", "designer", "सादा", "सादी", "सादे", "साधारण",
        "फैंसी", "डिज़ाइनर", "डिजाइनर", "साधा", "साधी", "साधे", "साध्या", "સાદી", "સાદો",
        "સાદું", "સાદા", "ફેન્સી", "সাধারণ", "সাধারণটা", "সাদামাটা", "প্লেন", "ফ্যান্সি",
        "ਸਾਦਾ", "ਸਾਦੀ", "ਸਾਦੇ", "ਫੈਂਸੀ", "சாதா", "சாதாரண", "பிளைன்", "ஃபேன்சி", "మామూలు",
        "మామూలుది", "సాదా", "ప్లెయిన్", "ఫ్యాన్సీ", "ಸಾದಾ", "ಸಾಮಾನ್ಯ", "ಪ್ಲೇನ್", "ಫ್ಯಾನ್ಸಿ",
        "സാധാരണ", "സാദാ", "പ്ലെയിൻ", "ഫാൻസി",
        "with", "without", "बिना", "bina", "बगैर", "सहित", "વગર", "vagar", "સાથે", "ਬਿਨਾਂ",
        "ছাড়া", "সমেত", "இல்லாம", "இல்லாமல்", "illama", "లేకుండా", "lekunda", "ಇಲ್ಲದೆ",
        "illade", "ಸಮೇತ", "ഇല്ലാതെ", "illathe", "സഹിതം", "शिवाय", "सकट", "shivay",
    )
)  # fmt: skip


# Kinds of buyer priced apart, as a word's start: a hotel or wholesale buyer, a retail or
# ordinary customer ("for hotels 340 a kilo, retail 380", "ਹੋਟਲ ਵਾਲਿਆਂ ਲਈ 380, ਆਮ ਗਾਹਕਾਂ
# ਲਈ 450", "পাইকারি ত্রিশ, খুচরো পঁয়ত্রিশ"): each a form with a price of its own.
_BUYERS = tuple(
    fold(w)
    for w in (
        "hotel", "hotal", "restaurant", "caterer", "wholesale", "retail", "होटल", "थोक",
        "thok", "खुदरा", "khudra", "फुटकर", "futkar", "रिटेल", "होलसेल", "হোটেল", "পাইকারি",
        "paikari", "খুচরো", "খুচরা", "khuchro", "khuchra", "ஹோட்டல", "ஹோல்சேல", "ரீடெய",
        "హోటల", "హోటళ్ల", "హోల్‌సేల", "హోల్సేల", "రిటైల", "టోకు", "हॉटेल", "घाऊक",
        "ghauk", "किरकोळ", "kirkol", "હોટલ", "હોટેલ", "જથ્થાબંધ", "jathhabandh", "છૂટક",
        "chhutak", "ಹೋಟೆಲ", "ಸಗಟು", "ಚಿಲ್ಲರೆ", "saamanya", "ഹോട്ടൽ", "ഹോട്ടലു", "ചില്ലറ",
        "ਹੋਟਲ", "hotlan", "ਥੋਕ", "ਪਰਚੂਨ", "parchoon", "ਆਮ", "ਗਾਹਕ", "graahk", "grahak",
        "ग्राहक", "customer", "কাস্টমার", "খদ্দের", "கஸ்டமர", "కస్టమర", "ಕಸ್ಟಮರ", "കസ്റ്റമ",
        "ગ્રાહક", "गिऱ्हाईक",
        # shopkeepers buying to sell on: "കടക്കാർക്ക് ഒമ്പത്, ചില്ലറയ്ക്ക് പന്ത്രണ്ട്"
        "shopkeeper", "കടക്കാർ", "kadakkar", "दुकानदार", "dukandar", "ਦੁਕਾਨਦਾਰ",
        "দোকানদার", "દુકાનદાર", "கடைக்காரங்க", "கடைக்காரர்க", "ಅಂಗಡಿಯವರ", "అంగడివాళ్ళ",
        "షాపువాళ్ళ", "dukaandar",
    )
)  # fmt: skip


def _form_word(word: str) -> bool:
    """A size, a form of the goods or a kind of buyer."""
    return word in _SIZES or word.startswith(_BUYERS)


def names_another_form(reading: _Reading, start: int, stop: int) -> bool:
    """A size or a form of the goods said between `start` and `stop` (a kind of buyer,
    "but you're a regular customer", is who the later price is for):
    "the thali 250, but a plain one 120" prices another form after "but", it takes
    nothing back."""
    return any(reading.words[k] in _SIZES for k in range(start, stop))


def sizes_priced_apart(reading: _Reading) -> bool:
    """Two size words, each followed in its own clause by a number, the numbers
    different: "big glass 25, small 15" names a price for each size."""
    words, table = reading.words, number_table(reading.language)
    values: list[float] = []
    last_end = -1
    for k, word in enumerate(words):
        if not _form_word(word) or k < last_end:
            continue
        last_end = end_of_clause(reading, k)
        found = find_numbers(words[k + 1 : last_end], table)
        counted = found and found[0].value >= 2  # "a loose one 40": one is priced
        if found and not (
            counted and _goods_counted(reading, k + 1 + found[0].start, k + 1 + found[0].end)
        ):
            values.append(found[0].value)
    return len(values) >= 2 and len(set(values)) > 1


def goods_priced_apart(reading: _Reading) -> bool:
    """A price for one kind of goods, then the other side's wish for another kind taken
    up and priced in a clause of its own: "rose garland sixty; the lotus you want? lotus
    is ten each", "ਗੇਂਦੇ ਦਾ ਹਾਰ ਪੰਜਾਹ; ਕਮਲ ਚਾਹੀਦਾ? ਕਮਲ ਦਸ ਰੁਪਏ". The goods' word said
    again right before the second price, and not in the first price's clause, makes the
    line a price list: the listener is asked which is meant."""
    words, prices = reading.words, [p for p in reading.prices if not p.negated]
    spans = find_numbers(words, number_table(reading.language))  # each said, read or not
    for second in prices:
        start = second.start
        while (
            start > 0
            and _joined(reading, start)
            and second.start - start < 4
            and reading.tokens[start - 1].raw not in ("?", "!", "।")
        ):
            start -= 1
        for g in [k for k in range(start, second.start) if _plain_word(reading, k)]:
            for first in spans:
                if first.end > start or first.value == second.span.value:
                    continue
                opens = first.start
                while opens > 0 and _joined(reading, opens):
                    opens -= 1
                if words[g] in words[opens : end_of_clause(reading, first.start)]:
                    continue
                if words[g] in words[first.end : start]:
                    return True  # the goods asked about between the prices, then priced
    return False


def _plain_word(reading: _Reading, k: int) -> bool:
    raw = reading.tokens[k].raw
    return (
        reading.is_plain(k)
        and len(reading.words[k]) > 2
        and any(c.isalpha() for c in raw)
        and not any(c.isdigit() for c in raw)
    )


def _goods_counted(reading: _Reading, start: int, end: int) -> bool:
    """The number (two or more) counts the goods named right after it, and no price stands on it: "a
    set of eight cups, the full set 450", "इस डिब्बे में बारह पेन, पूरा डिब्बा 120": the
    set's or the box's contents, no price of a form of its own."""
    if any(p.start < end and start < p.end for p in reading.prices):
        return False
    words = reading.words
    return (
        end < len(words)
        and _joined(reading, end)
        and not reading.cues[end]
        and reading.number_at[end] is None
    )


def form_rates(reading: _Reading) -> None:
    """Hundreds of a unit right after a form word, with the other form priced in a clause
    of its own ("છૂટા છસો કિલો, ગિફ્ટ બોક્સમાં સાતસો", loose 600 a kilo, 700 in the gift
    box) are the first form's rate, never 600 kilos."""
    if not sizes_priced_apart(reading):
        return
    for quantity in list(reading.quantities):
        span = reading.number_at[quantity.start]
        if (
            span is not None
            and quantity.value is not None
            and quantity.value >= 100
            and quantity.value == int(quantity.value)
            and quantity.unit in _BULK_UNITS
            and any(_form_word(reading.words[k]) for k in range(max(0, span.start - 4), span.start))
            and any(p.start >= quantity.end for p in reading.prices)
        ):
            count_as_rate(reading, quantity, span)
