"""A price asked, then guessed: "what's the price? is it 300?", "क्या भाव है? तीन सौ है
क्या?", "എന്താ വില? മുന്നൂറ് ആണോ?", "என்ன விலை? முன்னூறா?". The first sentence asks the
price; the next says one alone, as a question, with no verb of giving and no word of
agreement or proposal: the speaker checks a guess, as with a tag ("300, right?",
`tag_questions`), and names no price of their own. "What's the price? Will you give it
for 300?" proposes (a verb of giving) and stays a counter."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.understanding.address import ADDRESS
from audio.understanding.reading import _Reading
from audio.understanding.tag_questions import _PROPOSING, _gives, _sentence_start

# "Is it", said with the price guessed: "is it 300?", "तीन सौ है क्या?", "മുന്നൂറ് ആണോ?",
# "তিনশো নাকি?", "ત્રણસો છે?", "ਤਿੰਨ ਸੌ ਹੈ?". A price alone with "?" after "how much?"
# ("how much? forty each?") proposes it, and stays an offer.
_IS_IT = frozenset(
    fold(w)
    for w in (
        "is", "है", "हैं", "hai", "ആണോ", "aano", "ano", "নাকি", "naki", "છે", "che", "chhe",
        "ਹੈ", "ਹੈਗਾ", "आहे", "aahe", "ahe",
    )
)  # fmt: skip


# Marathi "का" after the guess asks ("तीनशे का?", three hundred?); in Hindi it is "of".
_IS_IT_OWN = {"mr": frozenset(fold(w) for w in ("का", "ka"))}
# The genitive the price was asked with, echoed on the guess ("कितने की है? चार सौ की?",
# "ਕਿੰਨੇ ਦਾ ਹੈ? ਤਿੰਨ ਸੌ ਦਾ?", "કેટલાની? ચારસોની?"): the answer's own shape, checked.
_ASKED_OF = {
    "hi": ("कितने", "kitne", "kitne"),
    "pa": ("ਕਿੰਨੇ", "kinne"),
    "gu": ("કેટલાનું", "કેટલાની", "કેટલાનો", "કેટલાના", "ketla"),
}
_OF = {
    "hi": ("का", "की", "के", "ka", "ki", "ke"),
    "pa": ("ਦਾ", "ਦੀ", "ਦੇ", "da", "di", "de"),
    "gu": ("નું", "ની", "નો", "ના", "nu", "ni", "no", "na"),
}


def _asked_on_number(reading: _Reading) -> bool:
    """The last price carries the "is it?" ending and the "?" follows it ("முன்னூறா?",
    "ಮುನ್ನೂರಾ?", "മുന്നൂറോ?", "మూడు వందలా?")."""
    last = reading.prices[-1]
    end = last.span.end
    while end < len(reading.tokens) and reading.words[end] in ADDRESS:
        end += 1  # "அம்பதா அண்ணே?", "അമ്പതാണോ ചേട്ടാ?"
    return last.span.asked and end < len(reading.tokens) and reading.tokens[end].raw == "?"


def _of_echoed(reading: _Reading, first: int) -> bool:
    """The price was asked "of how much" and the guess alone answers in the same
    genitive, typed apart or joined ("चार सौ की?", "ચારસોની?")."""
    asked_of = tuple(fold(w) for w in _ASKED_OF.get(reading.language, ()))
    of = frozenset(fold(w) for w in _OF.get(reading.language, ()))
    if not asked_of or not any(w.startswith(asked_of) for w in reading.words[:first]):
        return False
    price = reading.prices[-1]
    joined = bool(price.span.suffix) and fold(price.span.suffix) in of
    after = [
        reading.words[k]
        for k in range(price.span.end, len(reading.words))
        if reading.tokens[k].kind is not TokenKind.SIGN
    ]
    return (joined and not after) or (len(after) == 1 and after[0] in of)


# "What", closing a yes-or-no question after "is it": "तीन सौ का है क्या?", "তিনশো নাকি কি?",
# and the particles that close one: Marathi "आहे का?", Gujarati "છે કે?".
_WHAT = frozenset(
    fold(w) for w in ("क्या", "kya", "কি", "কী", "ki", "શું", "ਕੀ", "का", "ka", "કે", "ke")
)


def _checked_alone(reading: _Reading) -> bool:
    """One price, and after it only "is it" and the words of its case or currency and a
    closing "what", before the "?" that ends the line: "ये मटका तीन सौ का है क्या?",
    "জালাটা তিনশো নাকি?", "આ માટલું ત્રણસો છે?": the goods' price checked, no price of
    the speaker's own, with no price asked before it. A verb after the price ("तीन सौ में
    दोगे क्या?", "তিনশোতে দেবেন নাকি?") proposes it, and stays a bid."""
    if len(reading.prices) != 1:
        return False
    price = reading.prices[0]
    of = frozenset(fold(w) for w in _OF.get(reading.language, ()))
    currency = {start for cue, start, _ in reading.occurrences if cue is Cue.CURRENCY}
    after = [
        (k, reading.words[k])
        for k in range(price.span.end, len(reading.words))
        if reading.tokens[k].kind is not TokenKind.SIGN
    ]
    asked = _asked_on_number(reading) or _opens_is(reading)
    if not after or not (asked or any(w in _IS_IT for _, w in after)):
        return False
    # the words of its case, currency or unit, "is it" and "what", and the one called
    # after it ("पचास है क्या भैया?", "পঞ্চাশ নাকি দাদা?", "Is it fifty, brother?")
    return all(
        w in _IS_IT
        or w in of
        or w in _WHAT
        or w in ADDRESS
        or k in currency
        or reading.has(k, Cue.UNIT)
        for k, w in after
    )


def _opens_is(reading: _Reading) -> bool:
    """An English line opened by "is" ("Is it fifty?", "Is this shawl four hundred?"): a
    yes-or-no question."""
    return reading.language == "en" and bool(reading.words) and reading.words[0] == "is"


def guessed_after_asking(reading: _Reading) -> bool:
    """Every price stands in the line's last sentence, which ends with "?", says "is it"
    (a word, or the ending on the number) and neither gives, agrees nor proposes, after
    a sentence that asks the price."""
    if not reading.prices or not reading.tokens or reading.tokens[-1].raw != "?":
        return False
    first = _sentence_start(reading, reading.prices[0].start)
    alone = _checked_alone(reading)
    if (first == 0 and not alone) or _sentence_start(reading, reading.prices[-1].start) != first:
        return False
    asked = any(cue is Cue.QUESTION and start < first for cue, start, _ in reading.occurrences)
    if not asked and not alone:
        return False
    numbers = {k for p in reading.prices for k in range(p.start, p.end)}
    said = [w for k, w in enumerate(reading.words) if k >= first and k not in numbers]
    own = _IS_IT_OWN.get(reading.language, frozenset())
    spoken = [w for w in said if w not in ("?", "!", ".", ",")]
    is_it = any(w in _IS_IT for w in said) or (bool(spoken) and spoken[-1] in own)
    if not (is_it or _asked_on_number(reading) or _of_echoed(reading, first)):
        return False
    agreed = any(
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT) and start >= first
        for cue, start, _ in reading.occurrences
    )
    if agreed or _gives(said) or any(w in _PROPOSING for w in said):
        return False
    for price in reading.prices:
        if price.quantity is not None:
            price.quantity.claimed = False  # "is it forty a kilo?" asks a kilo's price
    return True
