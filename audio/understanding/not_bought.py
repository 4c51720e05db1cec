"""Counts of nothing bought here.

- The time a job takes, bound to the word for work: "ਪੰਜਾਹ ਰੁਪਏ ਲੱਗਣਗੇ, ਦਸ ਮਿੰਟ ਦਾ ਕੰਮ
  ਆ" (50, it's ten minutes' work), "பத்து நிமிஷ வேலை", "वीस मिनिटांचं काम": no count,
  no price; the price beside it stands.
- Goods the same money would buy, said to call a price too high: "for that money I'd
  get two plastic baskets", "ആ പൈസയ്ക്ക് രണ്ട് പ്ലാസ്റ്റിക് കൊട്ട കിട്ടും", "ওই টাকায়
  দুটো ঝুড়ি হয়ে যাবে": the count in that clause is no quantity of the deal."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading

# Minutes, hours, days: a word's start ("ਮਿੰਟ", "நிமிஷ", "मिनिटांचं", "ঘণ্টার").
_TIME = tuple(
    fold(w)
    for w in (
        "minute", "minit", "hour", "मिनट", "मिनिट", "घंट", "घण्ट", "तास", "दिन", "दिवस",
        "நிமிஷ", "நிமிட", "மணி", "நாள", "నిమిష", "గంట", "రోజు", "মিনিট", "ঘণ্টা", "ঘন্টা",
        "দিন", "મિનિટ", "કલાક", "દિવસ", "ನಿಮಿಷ", "ಗಂಟೆ", "ದಿನ", "മിനിറ്റ", "മണിക്കൂ", "ദിവസ",
        "ਮਿੰਟ", "ਘੰਟ", "ਦਿਨ",
    )
)  # fmt: skip
# Work, a job: a word's start.
_WORK = tuple(
    fold(w)
    for w in (
        "work", "job", "kaam", "काम", "वेलै", "வேலை", "velai", "పని", "pani", "কাজ", "kaaj",
        "કામ", "ಕೆಲಸ", "kelasa", "ജോലി", "പണി", "ਕੰਮ", "kamm",
    )
)  # fmt: skip

# "For that / this much money", as a phrase of up to four words said at the clause's start.
_THAT_MONEY = frozenset(
    fold(w)
    for w in (
        "for that money", "for that much", "for that price", "for this money", "in that money",
        "इतने में", "उतने में", "इतने पैसे में", "इतने पैसों में", "itne mein", "utne mein",
        "அந்த காசுக்கு", "அந்த பணத்துக்கு", "அந்த விலைக்கு", "இந்த காசுக்கு",
        "ఆ డబ్బులకి", "ఆ డబ్బుకి", "ఆ డబ్బులకు", "అంత డబ్బుకి", "ఆ ధరకి",
        "ওই টাকায়", "ওই দামে", "এত টাকায়", "এই টাকায়",
        "तेवढ्या पैशात", "तेवढ्यात", "इतक्या पैशात", "एवढ्या पैशात",
        "એટલા પૈસામાં", "એટલામાં", "આટલા પૈસામાં",
        "ಆ ದುಡ್ಡಿಗೆ", "ಅಷ್ಟು ದುಡ್ಡಿಗೆ", "ಆ ಬೆಲೆಗೆ", "ಅಷ್ಟು ಹಣಕ್ಕೆ",
        "ആ പൈസയ്ക്ക്", "ആ വിലയ്ക്ക്", "അത്രയും പൈസയ്ക്ക്", "ആ കാശിന്",
        "ਇੰਨੇ ਪੈਸਿਆਂ ਵਿੱਚ", "ਉੰਨੇ ਪੈਸਿਆਂ ਵਿੱਚ", "ਇੰਨੇ ਵਿੱਚ", "ਐਨੇ ਪੈਸਿਆਂ ਵਿੱਚ",
    )
)  # fmt: skip

# Would get, would come (as the start of a word or of two words): the goods that money buys.
_WOULD_GET = tuple(
    fold(w)
    for w in (
        "get", "i'd get", "buy", "आ जा", "मिल", "வாங்கலாம", "கிடைக்", "వస్తా", "దొరుకు",
        "হয়ে যাবে", "পাওয়া যাবে", "পাব", "येतील", "मिळतील", "આવી જાય", "મળી જાય", "ಸಿಗುತ್ತ",
        "ಬರುತ್ತ", "കിട്ടും", "ਆ ਜਾਣ", "ਮਿਲ ਜਾਣ",
    )
)  # fmt: skip


def _work_spans(reading: _Reading) -> list[range]:
    """The numbers said as the time a job takes: a time word right after the number and a
    work word within two words after it."""
    words, found = reading.words, []
    for k in range(len(words)):
        span = reading.number_at[k]
        if span is None or span.end != k + 1 or k + 1 >= len(words):
            continue
        if not words[k + 1].startswith(_TIME) or not _joined(reading, k + 1):
            continue
        if any(words[j].startswith(_WORK) for j in range(k + 2, min(k + 4, len(words)))):
            found.append(range(span.start, span.end))
    return found


def _that_money_spans(reading: _Reading) -> list[range]:
    """The words from "for that money" to the next pause."""
    words, found = reading.words, []
    for k in range(len(words)):
        for n in (2, 3, 4):
            if " ".join(words[k : k + n]) not in _THAT_MONEY:
                continue
            stop = k + n
            while stop < len(words) and _joined(reading, stop):
                stop += 1
            said = [" ".join(words[j : j + 2]) for j in range(k + n, stop)]
            if any(w.startswith(_WOULD_GET) for w in said):  # "..., two baskets would come"
                found.append(range(k + 1, stop))
    return found


def drop_counts_not_bought(reading: _Reading) -> None:
    """Take off `reading` the counts (and prices) of the work's time, and the counts of
    goods the same money would buy elsewhere."""
    spans = _work_spans(reading) + _that_money_spans(reading)
    if not spans:
        return

    def inside(k: int) -> bool:
        return any(k in span for span in spans)

    work = _work_spans(reading)
    reading.prices = [p for p in reading.prices if not any(p.start in s for s in work)]
    reading.prices = [
        p
        for p in reading.prices
        if not any(inside(j) and reading.number_at[j] is not None for j in range(p.start, p.end))
        or any(p.start in s for s in work)
    ]  # "ওই টাকায় দুটো ...": the count read with the money word before it, no price
    for price in reading.prices:
        if price.quantity is not None and inside(price.quantity.start):
            price.quantity = None
        if price.quantity is None and price.per_unit is False:
            price.per_unit = None  # a total for the count set aside: no shape left
    reading.quantities = [q for q in reading.quantities if not inside(q.start)]
    reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if not inside(q.start)}
