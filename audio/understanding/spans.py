"""Passes 1 and 2: cue phrases tagged, and number phrases kept, cut or dropped (ranges,
digits read out one by one, a lone "do" or "ek" no unit or currency vouches for)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import Phrase, TokenKind, fold, lexicon_for
from audio.numbers import NumberSpan
from audio.understanding.containers import plate_word
from audio.understanding.countables import counts_goods_before_price, counts_unnamed_goods
from audio.understanding.counted import length_word
from audio.understanding.degree_asked import asks_degree
from audio.understanding.digit_ranges import slashed_range
from audio.understanding.dimensions import feet_word
from audio.understanding.false_friends import describes_goods
from audio.understanding.homographs import priced_with_of, said_along
from audio.understanding.plenty import came_in_plenty
from audio.understanding.reading import _NO_CUES, _joined, _Reading
from audio.understanding.reel_sizes import sized_reel
from audio.understanding.reels_counted import reel_after
from audio.understanding.time_asked import asks_time


def _unit_in_question(reading: _Reading, phrases: list[Phrase], k: int) -> None:
    """A unit word inside a question phrase ("किलो काय", "ਕਿੱਲੋ ਕੀ ਆ") keeps its unit."""
    units = [p for p in phrases if len(p.words) == 1 and p.cue is Cue.UNIT]
    if units:
        reading.cues[k] = reading.cues[k] | {Cue.UNIT}
        reading.units[k] = units[0].unit


def _tag_cues(reading: _Reading, language: str, spans: list[NumberSpan]) -> None:
    lexicon = lexicon_for(language)
    words, n = reading.words, len(reading.words)
    firm = [False] * n
    for span in spans:
        for k in range(span.start, span.end):
            reading.number_at[k] = span
            firm[k] = not span.ambiguous
    i = 0
    while i < n:
        phrases = [] if firm[i] else lexicon.lookup(words, i)
        phrases = [p for p in phrases if not any(firm[i : i + len(p.words)])]
        phrases = [p for p in phrases if not describes_goods(reading, i, p)]  # "pakka aam"
        phrases = [p for p in phrases if not asks_time(reading, i, p)]  # "kitni der"
        phrases = [p for p in phrases if not asks_degree(reading, i, p)]  # "kitna meetha!"
        phrases = [p for p in phrases if not came_in_plenty(reading, i, p)]  # "ಜಾಸ್ತಿ ಬಂದಿದೆ"
        if not phrases:
            i += 1
            continue
        size = len(phrases[0].words)
        longest = [p for p in phrases if len(p.words) == size]
        cues = frozenset(p.cue for p in longest)
        for k in range(i, i + size):
            reading.cues[k] = cues
            reading.units[k] = longest[0].unit
            if Cue.QUESTION in cues and size > 1:
                _unit_in_question(reading, lexicon.lookup(words, k), k)  # "किलो काय?"
        for cue in cues:
            reading.occurrences.append((cue, i, i + size))
        i += size
    for k, word in enumerate(words):
        if not reading.cues[k] and reading.number_at[k] is None and _ends_in_number(word):
            reading.cues[k] = frozenset({Cue.NUMBER_LABEL})  # "വീട്ടുനമ്പർ" house number
            reading.occurrences.append((Cue.NUMBER_LABEL, k, k + 1))
    _no_between_pauses(reading)
    _let_it_stand(reading)


# Bengali "থাক" is "leave it" on its own and "let it stay" after a price said with the
# emphatic "ই": "ষাটই থাক", "ষাট টাকাই থাক" (let it be sixty itself) agree to the price.
_STAY = frozenset(fold(w) for w in ("থাক", "thak"))
_EMPHATIC_RUPEES = frozenset(fold(w) for w in ("টাকাই", "takai"))


def _let_it_stand(reading: _Reading) -> None:
    words = reading.words
    for k, word in enumerate(words):
        if k == 0 or word not in _STAY or Cue.REJECT not in reading.cues[k]:
            continue
        before = reading.number_at[k - 1]
        said = before is not None and before.suffix in ("ই", "i")  # "ষাটই থাক"
        rupees = words[k - 1] in _EMPHATIC_RUPEES and reading.number_at[max(k - 2, 0)] is not None
        emphatic = said or (k > 1 and rupees)  # "ষাট টাকাই থাক"
        if emphatic and _joined(reading, k):
            reading.cues[k] = frozenset({Cue.ACCEPT})
            reading.occurrences = [o for o in reading.occurrences if o[1] != k]
            reading.occurrences.append((Cue.ACCEPT, k, k + 1))


# Gujarati "ના" is "of" after a price ("50 ના 2 કિલો") and "no" on its own: said between
# two pauses ("નવસો... ના, હજાર આપીશ") it is the "no" of a speaker changing their mind.
_OF_OR_NO = frozenset(fold(w) for w in ("ના", "na"))


def _no_between_pauses(reading: _Reading) -> None:
    words = reading.words
    for k, word in enumerate(words):
        alone = (
            k > 0 and not _joined(reading, k) and k + 1 < len(words) and not _joined(reading, k + 1)
        )
        if word in _OF_OR_NO and alone and reading.cues[k] == {Cue.OF}:
            reading.cues[k] = frozenset({Cue.NEGATION})
            reading.occurrences = [o for o in reading.occurrences if o[1] != k]
            reading.occurrences.append((Cue.NEGATION, k, k + 1))


_NUMBER_WORDS = (
    "number", "नंबर", "नम्बर", "নম্বর", "નંબર", "ਨੰਬਰ", "நம்பர்", "நம்பர", "నంబర్", "నంబరు",
    "ನಂಬರ್", "ನಂಬರು", "നമ്പർ", "നമ്പര്",
)  # fmt: skip


def _ends_in_number(word: str) -> bool:
    """A compound whose last part is the word "number" ("വീട്ടുനമ്പർ", "ಮನೆನಂಬರ್",
    "roomnumber"): it labels the number beside it, as "number" alone does."""
    return len(word) > 6 and word.endswith(_NUMBER_WORDS)


# Hindi verb stems that "do" (give; also 2) follows as the imperative: "de do", "kar do",
# "tol do". After one, "do" is the verb even with a unit after it ("de do dozen").
_DO_VERBS = frozenset(
    fold(w)
    for w in (
        "de", "दे", "kar", "कर", "le", "ले", "rakh", "रख", "daal", "डाल", "tol", "तौल",
        "laga", "लगा", "bata", "बता", "bhej", "भेज", "pack", "पैक", "nikal", "निकाल",
        "bol", "बोल", "chhod", "छोड़", "dikha", "दिखा", "bandh", "बांध", "baandh",
    )
)  # fmt: skip

_SIGNS_BEFORE = frozenset(("₹", "rs", "inr", "रु", "ರೂ", "ரூ", "రూ", "രൂ", "টা", "રૂ", "ਰੁ"))
"""Rupee signs and abbreviations written before the digits they price."""


def _confirm_numbers(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Keep a lone ambiguous word ("do", "ek") only when a unit or currency vouches."""
    kept = []
    for span in spans:
        after_currency = reading.has(span.start - 1, Cue.CURRENCY) and (
            span.start < 2 or reading.number_at[span.start - 2] is None
        )  # "rs do", but not the "ek" of "10 rupaye ek"
        per_unit = reading.has(span.end, Cue.PER) and reading.has(span.end + 1, Cue.UNIT)
        # "saath kar do": a verb that sets the price vouches for the word before it (not
        # for "ek": "35 ka ek kar dijiye" is 35 each).
        sets = span.value != 1 and (
            reading.has(span.end, Cue.SET)
            or (reading.has(span.end, Cue.OF, Cue.LINK) and reading.has(span.end + 1, Cue.SET))
        )  # "ਬੱਤੀ ਦੀਆਂ ਲਾ ਦਿਓ": put them at thirty-two
        # "ਪੰਜ ਗੱਠੀਆਂ ਬੱਤੀ": a number right after a counted unit is its price
        counted = (
            span.value != 1  # "3 નંગ એક નંગના 40": one of them, at 40
            and span.value >= 10  # "teen kilo do": "give three kilos", never ₹2
            and span.start >= 2
            and reading.has(span.start - 1, Cue.UNIT)
            and reading.number_at[span.start - 2] is not None
        )
        # "kilo chaali": a price-sized number right after a unit word is its rate
        rate = (
            span.value >= 10
            and reading.has(span.start - 1, Cue.UNIT)
            and _joined(reading, span.start)
            and len(reading.words[span.start - 1]) > 1
        )
        # "kilo da chaali", "kilo ka saath": the unit, its "of", then the rate
        rate = rate or (
            span.value >= 10
            and span.start >= 2
            and reading.has(span.start - 1, Cue.OF)
            and reading.has(span.start - 2, Cue.UNIT)
            and _joined(reading, span.start)
            and _joined(reading, span.start - 1)
            and len(reading.words[span.start - 2]) > 1
            and not (reading.words[span.start - 1] in _WITH_OF and span.value == 60)
        )  # "kilo ke saath": "along with the kilo", no sixty
        # "saath se kam nahi": a number compared ("than sixty") is a number
        compared = reading.has(span.end, Cue.COMPARATIVE) or (
            reading.has(span.end, Cue.LINK, Cue.OF) and reading.has(span.end + 1, Cue.COMPARATIVE)
        )
        # "ਬੱਤੀ, ਇਸ ਤੋਂ ਘੱਟ ਨਹੀਂ": a price-sized number, then "not less than this"
        floor = span.value >= 10 and reading.cue_near(span.end, span.end + 4, Cue.COMPARATIVE)
        # "ठीक है, दो दे दो": after agreement, a count right before "give" is a number
        # (`audio.understanding.wanted` reads it as how many are wanted)
        wanted = (
            span.value == 2
            and span.end < len(reading.words)
            and reading.words[span.end] in _GIVE_AFTER_COUNT
            and reading.cue_near(0, span.start, Cue.ACCEPT)
        )
        # "ਸੱਤਰ ਨਹੀਂ, ਸੱਠ", "sattar nahi, saath lao": a number said in place of one refused
        corrected = (
            span.value >= 10
            and span.start >= 2
            and reading.has(span.start - 1, Cue.NEGATION, Cue.NOT)
            and reading.number_at[span.start - 2] is not None
        )
        # "so aapish", "vis aapo": a Gujarati verb of giving, typed, after the word
        given = (
            span.value >= 10
            and span.end < len(reading.words)
            and (reading.words[span.end] in _GIVE_TYPED)
        )
        vouched = (
            sets
            or given
            or counts_unnamed_goods(reading, span)  # "दो गजरे दे दो": two of the goods
            or counts_goods_before_price(reading, span)  # "दो मटके एक सौ तीस में"
            or counted
            or rate
            or floor
            or wanted
            or corrected
            or (compared and span.value != 1)
            or priced_with_of(reading, span)  # "saath ka kilo", "sath da"
            or sized_reel(reading, span.end)  # "নয় রিলের লাটাই": nine reels, a size
            or length_word(reading, span.end)  # "নয় মিটার": nine metres
            or feet_word(reading, span.end)  # "ছয় বাই নয় ফুটের": nine feet, a size
            or plate_word(reading, span.end)  # "दो प्लेट पाव भाजी": two plates
            or reel_after(reading, span)  # "दो रील धागा": two reels
        )
        # "ഒന്നിന് ₹150", "एकाला Rs 150": a rupee sign or "Rs" written before digits is
        # theirs, and vouches for no word before it
        sign_before_digits = (
            reading.tokens[span.end].raw.lower().rstrip(".") in _SIGNS_BEFORE
            and span.end + 1 < len(reading.words)
            and reading.words[span.end + 1][:1].isdigit()
            if span.end < len(reading.words)
            else False
        )
        vouched = vouched or reading.has(span.end, Cue.UNIT, Cue.PAISE)
        vouched = vouched or (reading.has(span.end, Cue.CURRENCY) and not sign_before_digits)
        if (
            span.ambiguous
            and span.start > 0
            and reading.words[span.start - 1] in _DO_VERBS
            and not _unit_of(reading, span)
        ):
            vouched = after_currency = per_unit = False  # "75 me de do dozen": "give"
        if said_along(reading, span):
            vouched = after_currency = per_unit = False  # "do kilo saath mein tol do"
        verb = span.end < len(reading.words) and reading.words[span.end] in _VERB_OBJECT
        if span.ambiguous and verb:
            vouched = after_currency = per_unit = False  # "can't pay more, do it for 700"
        if span.ambiguous and not (vouched or after_currency or per_unit):
            reading.number_at[span.start] = None
            if span.value == 1:
                reading.lone_ones.add(span.start)
            continue
        for k in range(span.start, span.end):
            reading.cues[k] = _NO_CUES
        kept.append(span)
    reading.occurrences = [o for o in reading.occurrences if reading.cues[o[1]]]
    return kept


def _unit_of(reading: _Reading, span: NumberSpan) -> bool:
    """Punjabi "kilo de saath rupaye" (sixty rupees a kilo): the "de" before the number is
    the unit's "of", no verb of giving, where money is named right after the number."""
    k = span.start - 1
    return (
        span.value != 2
        and k > 0
        and reading.has(k, Cue.OF)
        and reading.has(k - 1, Cue.UNIT)
        and reading.has(span.end, Cue.CURRENCY)
    )


# The "of" of "ke saath", "de saath" (along with): "saath" after it is "with".
_WITH_OF = frozenset(fold(w) for w in ("ke", "के", "de", "ਦੇ"))

# An object pronoun right after an everyday number word makes it a verb: "do it", "do
# that" (English "do", never Hindi two).
_VERB_OBJECT = frozenset(("it", "this", "that"))

# Gujarati verbs of giving as typed in Latin letters, which no English or Hindi word is:
# "so aapish" is "I'll give a hundred".
_GIVE_TYPED = frozenset(
    fold(w)
    for w in ("aapish", "apish", "aapis", "apis", "aapshu", "apshu", "aapo", "apo", "aapjo", "apjo")
)

_GIVE_AFTER_COUNT = frozenset(fold(w) for w in ("de", "दे", "दीजिए", "dijiye", "ਦੇ"))

# Where "one fifty" is said for 150 ("ek pachaas", "one forty"), a lone "one" before a
# number is not "each".
_HUNDREDS_IDIOM = frozenset(("hi", "en", "mr", "gu", "pa"))
_BARE_ONES = frozenset(fold(w) for w in ("ek", "one", "एक", "ਇੱਕ", "ਇਕ", "ik", "એક"))
""""One" with no ending: "ek pachaas" may be 150; "एकाला तीस" is thirty each."""


def no_hundreds_tail(reading: _Reading, span: NumberSpan) -> bool:
    """The number cannot follow "one" as a hundred's tail ("ek pachaas", 150): under
    ten, or with a fraction or paise in it ("एक छह रुपये पचास पैसे", "ਇੱਕ ਸਾਢੇ ਸੱਤ")."""
    paise = reading.has(span.end, Cue.CURRENCY) and reading.has(span.end + 2, Cue.PAISE)
    return span.value < 10 or span.value != int(span.value) or paise


def _one_before_price(
    reading: _Reading, spans: list[NumberSpan], language: str
) -> list[NumberSpan]:
    """A lone word for "one" right before another number says "each" ("ஒன்று 40
    ரூபாய்"): it is not a price of ₹1. Where "ek pachaas" may also be 150, the two are
    left to read as two numbers, so the price is asked about; the idiom needs whole tens
    after the "one", so "एक छह रुपये पचास पैसे", "એક સાડા સાત રૂપિયા" are each."""
    idiom = language in _HUNDREDS_IDIOM
    kept = []
    for index, span in enumerate(spans):
        nxt = spans[index + 1] if index + 1 < len(spans) else None
        lone_one = (
            span.value == 1
            and span.end - span.start == 1
            and not reading.words[span.start][:1].isdigit()
            and nxt is not None
            and nxt.start == span.end
            and not (idiom and not no_hundreds_tail(reading, nxt))
        )
        if lone_one:
            reading.number_at[span.start] = None
            reading.lone_ones.add(span.start)
            continue
        kept.append(span)
    return kept


# A word that labels a number (an address): "no.", "#", and "number" in every script.
_LABEL_STEMS: tuple[str, ...] = (
    "number", "no", "#", "नंबर", "नम्बर", "नं", "নম্বর", "નંબર", "ನಂಬರ್", "ನಂಬರ", "നമ്പർ",
    "നമ്പര്", "ਨੰਬਰ", "நம்பர்", "నంబర్", "నెంబర్",
)  # fmt: skip


def _digits_glued(reading: _Reading, a: int, b: int) -> str:
    """The sign written between digit tokens `a` and `b` with no space ("27/2": "/",
    "3-45": "-"), or "" when they are not glued digits."""
    tokens = reading.tokens
    if not (0 <= a < b < len(tokens)):
        return ""
    if tokens[a].kind is not TokenKind.NUMBER or tokens[b].kind is not TokenKind.NUMBER:
        return ""
    gap = reading.text[tokens[a].end : tokens[b].start]
    return gap if gap in ("/", "-", "–") else ""


def address_numbers(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """A house or door number written "27/2" or, after "no."/"number", "3-45": no
    price (a range "20-25" said without a label is still asked about)."""
    dropped: set[int] = set()
    for i in range(len(reading.tokens) - 1):
        j = i + 2 if reading.tokens[i + 1].raw == "/" else i + 1
        sign = _digits_glued(reading, i, j) if j == i + 1 else ""
        if j == i + 2 and i + 2 < len(reading.tokens):
            glued = reading.text[reading.tokens[i].end : reading.tokens[j].start] == "/"
            both = reading.tokens[j].kind is TokenKind.NUMBER is reading.tokens[i].kind
            sign = "/" if glued and both else ""
        if not sign:
            continue
        before = range(max(i - 3, 0), i)
        labelled = any(
            reading.has(k, Cue.NUMBER_LABEL) or reading.words[k].startswith(_LABEL_STEMS)
            for k in before
        )
        left, right = reading.tokens[i].raw, reading.tokens[j].raw
        fraction = left.isdigit() and right.isdigit() and int(left) < int(right) <= 8
        if sign == "/" and not labelled and slashed_range(left, right):
            continue  # "40/50 rupees": a range (`digit_ranges`), asked
        if (sign == "/" and not fraction) or labelled:  # "1/2 kilo" is half a kilo
            dropped |= {i, j}
            if i > 0 and reading.words[i - 1] == "no":
                reading.cues[i - 1] = _NO_CUES  # "house no. 27/2": the label, no refusal
    if not dropped:
        return spans
    for k in dropped:
        reading.number_at[k] = None
    return [s for s in spans if not any(k in dropped for k in range(s.start, s.end))]
