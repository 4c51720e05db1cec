"""Prices recalled from before or from elsewhere: "yesterday it was fifty, why sixty
today?", "the next stall sells it for 30, why 40 here?", "I said 60 earlier, for you 55".
A price said with a word of the past ("yesterday", "last week", "earlier", "kal ... tha")
or of another seller ("the next shop", "the whole market", "everyone") beside it is no
offer: a later price replaces it, and when the line also asks why (or what this is),
the speaker questions the price now, so no price is recorded at all."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding import said
from audio.understanding.moves import _BUT, _NOW, _live_refusals
from audio.understanding.questioned import questioned_prices
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.recalled_words import (
    ASK_STEMS,
    ELSEWHERE_STEMS,
    I_SAID_STEMS,
    PAST,
    PROPOSE_STEMS,
    WHY,
)
from audio.understanding.told_back import checks_what_you_said, told_back_prices

_FIRST_WORDS = frozenset(p.split()[0] for p in (*PAST, *WHY))


# Marathi "का" (why) is the Hindi and Punjabi-typed "of" ("मंडी में चालीस का है"): a
# "why" only in Marathi.
_WHY_MR_ONLY = frozenset(fold(w) for w in ("का", "ka"))


def _why_found(reading: _Reading, words: list[str]) -> list[int]:
    """Where a "why" of `WHY` starts in `words` (a stretch of the line's words)."""
    return [
        k for k in _found(words, WHY) if reading.language == "mr" or words[k] not in _WHY_MR_ONLY
    ]


def _found(words: list[str], table: frozenset[str]) -> list[int]:
    """Where a word or a phrase of up to three words of `table` starts."""
    return [
        k
        for k, word in enumerate(words)
        if word in _FIRST_WORDS
        and any(" ".join(words[k : k + n]) in table for n in (1, 2, 3) if k + n <= len(words))
    ]


# "Together" after "all": "બધા મળીને આઠસો", "ਸਾਰੇ ਮਿਲਾ ਕੇ" (all of them together) is a
# total for the goods, not what everyone else sells at.
_TOGETHER = tuple(fold(w) for w in ("મળીને", "maline", "malīne", "ਮਿਲਾ", "ਮਿਲਾਕੇ", "mila"))


# A village said with "in" as a word of its own: "गाँव में", "ਪਿੰਡ ਵਿੱਚ", "in our village"
# ("गाँव की सब्ज़ी", goods from the village, is no place of sale).
_VILLAGES = frozenset(fold(w) for w in ("village", "गाँव", "गांव", "gaon", "gaanv", "ਪਿੰਡ", "pind"))
_IN_AFTER = frozenset(fold(w) for w in ("में", "me", "mein", "ਵਿੱਚ", "ਵਿਚ", "ਚ", "vich"))
_IN_BEFORE = frozenset(fold(w) for w in ("in", "at"))


def _in_village(words: list[str], k: int) -> bool:
    return words[k] in _VILLAGES and (
        (k + 1 < len(words) and words[k + 1] in _IN_AFTER)
        or any(w in _IN_BEFORE for w in words[max(0, k - 3) : k])
    )


def _elsewhere(words: list[str]) -> list[int]:
    """Where a word names another seller: a shop, a stall, the market, everyone, a
    co-operative, a town or the village."""
    return [
        k
        for k, w in enumerate(words)
        if (w.startswith(ELSEWHERE_STEMS) or _in_village(words, k))
        and not (k + 1 < len(words) and words[k + 1].startswith(_TOGETHER))
    ]


def _clause(reading: _Reading, k: int) -> tuple[int, int]:
    """The words between the pauses (punctuation), "now" or "but" on either side of `k`."""
    breaks = [
        j
        for j in range(1, len(reading.words))
        if not _joined(reading, j) or reading.words[j] in _NOW or reading.words[j] in _BUT
    ]  # "kal 40 tha aaj 50": "today" starts a clause of its own
    start = max((j for j in breaks if j <= k), default=0)
    stop = min((j for j in breaks if j > k), default=len(reading.words))
    return start, stop


def _said_before(words: list[str]) -> list[int]:
    return [k for k, w in enumerate(words) if w in said.SAID_WORDS or w.startswith(I_SAID_STEMS)]


def recalled(reading: _Reading) -> list[_Price]:
    """Prices dated by a word of the past in their own clause ("yesterday it was 50", "I
    said 60 earlier"), when the line goes on past that clause."""
    words = reading.words
    past = _found(words, PAST) + _said_before(words)
    past += _elsewhere(words)
    # a word of a number is none of the past: English "nine" is romanized Kannada
    # "ninne" (yesterday) once folded
    past = [k for k in past if reading.number_at[k] is None]
    if not past or not reading.prices:
        return []
    found = []
    for price in reading.prices:
        start, stop = _clause(reading, price.start)
        if stop < len(words) and any(start <= k < stop for k in past):
            found.append(price)
    return found


_PROPOSE_BEFORE = frozenset(("do", "give", "make"))
_WEIGHTS = frozenset(("kg", "g", "litre"))


def _proposed(reading: _Reading, price: _Price) -> bool:
    """The price is put as a proposal: a verb of charging or giving asked right after it,
    or English "do / give / make" right before it ("will you do fifty-five?")."""
    words = reading.words
    after = price.end < len(words) and _joined(reading, price.end)
    if after and words[price.end].startswith(PROPOSE_STEMS):
        return True
    return price.start > 0 and words[price.start - 1] in _PROPOSE_BEFORE


def bid_after_recall(reading: _Reading, dated: list[_Price]) -> _Price | None:
    """A price of the speaker's own, put as a proposal in a later clause than the price
    recalled, with no "why" said: "पिछली बार चालीस था, पाँच किलो लूँ तो पचपन लगाओगे?"
    (last time 40; take five kilos, will you charge 55?) bids 55, no rise questioned."""
    if not dated:
        return None
    stop = _clause(reading, dated[-1].start)[1]
    later = [p for p in reading.prices if p.start >= stop and p not in dated and not p.negated]
    if not later or not _proposed(reading, later[-1]):
        return None
    bid = later[-1]
    why = [k for k in _why_found(reading, reading.words) if k != bid.end + 1]
    if why:
        return None  # "why 60 now?"; Marathi "लावाल का?" asks yes or no after the verb
    for price in dated:
        count = price.quantity
        if count is not None and count.start >= _clause(reading, price.start)[1]:
            count.claimed, price.quantity, price.per_unit = False, None, None  # the bid's count
    weighed = [
        q
        for q in reading.quantities
        if stop <= q.start and q.end <= bid.start and q.unit in _WEIGHTS
    ]
    if weighed and (bid.quantity is None or bid.quantity in weighed):
        # "last time 40; take five kilos, will you do 55?": a rate again, the five kilos
        # the goods taken
        bid.per_unit, bid.quantity = True, None
        for count in weighed:
            count.claimed = False
    return bid


def questions_a_rise(reading: _Reading, dated: list[_Price]) -> bool:
    """A price recalled from before or from elsewhere, and the line asks why, what this
    is, or asks after it ("kal to 30 tha, aaj 45 kyun?", "the next stall sells at 30,
    can you match?"): the price now is questioned, none is offered."""
    if not dated or bid_after_recall(reading, dated) is not None:
        return False
    tail = reading.words[dated[0].end :]
    asked_after = reading.tokens[-1].raw == "?" or reading.cue_near(
        dated[-1].end, len(reading.words), Cue.QUESTION
    )  # "..., can you match that?", "pichhli baar 40, ab kitna"
    return bool(_why_found(reading, tail)) or (
        asked_after and _clause(reading, dated[-1].start)[1] < len(reading.words)
    )


def _asked_back(reading: _Reading) -> int | None:
    """Where the "?" ends a first clause that holds a number alone (with its currency
    word at most), or one word alone: "Nine hundred?", "80 ರೂಪಾಯಿನಾ?", "ఆరవైనా?" (a
    number with a question ending the tables may not read); None otherwise."""
    first = reading.number_at[0] if reading.words else None
    k = first.end if first is not None else 1
    while k < len(reading.words) and reading.has(k, Cue.CURRENCY):
        k += 1
    return k if k < len(reading.words) and reading.tokens[k].raw == "?" else None


def asked_then_recalled(reading: _Reading) -> bool:
    """The price now said back as a question, then an earlier one recalled: "Nine
    hundred? Last month it was seven fifty", "ஆயிரமா? போன வாரம் எண்ணூறு தான்". The
    price now is questioned; neither number is an offer."""
    asked = _asked_back(reading)
    if asked is None:
        return False
    tail = reading.words[asked + 1 :]
    recalls = _found(tail, PAST)
    return bool(recalls) and any(
        span is not None and k > asked + 1 + recalls[0] for k, span in enumerate(reading.number_at)
    )


def _dated_number_questioned(reading: _Reading) -> bool:
    """A number in a clause dated by a word of the past, and a later clause asks why:
    "গত মাসে পঞ্চাশ ছিল, এ মাসে ষাট কেন?", "pichhle saal pachas ka tha, is saal saath
    kyun?" (the number recalled need not read as a price for the line to question one)."""
    words = reading.words
    for k in _found(words, PAST) + _elsewhere(words):
        start, stop = _clause(reading, k)
        numbers = [j for j in range(start, stop) if reading.number_at[j] is not None]
        if numbers and _why_found(reading, words[max(stop, numbers[0] + 1) :]):
            return True  # also unbroken: "mandi vich sare chali de dende ne, tusi sath kyon ..."
    return False


def _refused_after_recall(reading: _Reading, dated: list[_Price]) -> bool:
    """Every price is one recalled from before or elsewhere and a refusal follows it:
    "last year the same box was 180, I'm not taking it". The refusal stands alone."""
    words = reading.words
    past = _found(words, PAST) + _elsewhere(words)
    if not dated or len(dated) < len(reading.prices) or not past:
        return False
    # "I said 60": a price of one's own, not a recalled one; the place said after the
    # price in its clause dates it too ("Forty in the market. No, leave it.")
    if not all(
        any(_clause(reading, p.start)[0] <= k < p.start for k in past) for p in dated
    ) and not all(_placed_after(reading, p, past) for p in dated):
        return False
    after = _clause(reading, dated[-1].start)[1]
    return any(k >= after for k in _live_refusals(reading, has_price=False))


def _placed_after(reading: _Reading, price: _Price, past: list[int]) -> bool:
    """A word of the past or of another place follows `price` in its own clause."""
    return any(price.end <= k < _clause(reading, price.start)[1] for k in past)


def _refused_then_elsewhere(reading: _Reading) -> list[_Price]:
    """The price on the table refused, then every price left is one named for another
    seller or place: "not at 900, the co-op in our village has it at 820, I'll fetch it
    there". Those prices are a reference for the refusal, not a bid of the speaker's."""
    words = reading.words
    places = _elsewhere(words)
    refusals = _live_refusals(reading, has_price=False)
    if not places or not refusals:
        return []
    first = min(refusals)
    # the price on the table, refused in its own clause ("950 కి నేను తీసుకోను", the
    # ending typed apart)
    refused = [
        p
        for p in reading.prices
        if not p.negated and p.end <= first and _clause(reading, p.start)[1] > first
    ]
    live = [p for p in reading.prices if not p.negated and p not in refused]
    if not live:
        return []
    for price in live:
        start, stop = _clause(reading, price.start)
        if not any(start <= k < stop for k in places):
            return []  # a price of the speaker's own stands: "no, give it at 800"
    return [*refused, *live] if first < live[0].start else []


def _asked_for_after(reading: _Reading) -> _Price | None:
    """The price asked for after the question, in a clause of its own with a verb of
    giving or making: "1,800? It was 1,500 last month. Make it 1,600", "ਕੱਲ੍ਹ ਪੰਜ ਸੌ ਸੀ, ਅੱਜ
    ਛੇ ਸੌ ਕਿਉਂ? ਪੰਜ ਸੌ ਵੀਹ ਕਰ ਦਿਓ", and past a comma only: "22? a week ago you charged 20,
    make it 20" (the recalled 20 is history, the 20 asked for stands). None when the line
    ends on its question or on the price recalled."""
    marks = [k for k, t in enumerate(reading.tokens) if t.raw == "?"]
    if not marks or not reading.prices:
        return None
    last = reading.prices[-1]
    if last.start <= marks[-1] or last.negated:
        return None
    tokens, text = reading.tokens, reading.text
    starts = [
        k
        for k in range(1, last.start + 1)
        if tokens[k - 1].raw == "?"
        or any(c in text[tokens[k - 1].end : tokens[k].start] for c in ".?!।")
    ]
    clause = _clause(reading, last.start)
    own = reading.words[max(starts[-1], clause[0]) : clause[1]]  # the price's own clause
    words = reading.words[marks[-1] + 1 :]
    if _found(own, PAST) or _said_before(own):
        return None  # "அறுபதா? நேத்து அம்பது தான் குடுத்தீங்க": a price recalled, asked back
    asks = any(
        w.startswith(ASK_STEMS) or reading.has(marks[-1] + 1 + i, Cue.SET)
        for i, w in enumerate(words)
        if reading.number_at[marks[-1] + 1 + i] is None
    )
    # English "do" right before the price asks for it: "Last month it was 470. Do 480."
    asks = asks or (last.start > marks[-1] + 1 and reading.words[last.start - 1] == "do")
    return last if asks else None


def set_aside_recalled(reading: _Reading, superseded: list[_Price]) -> bool:
    """Add the prices recalled from before to `superseded` when a price now follows
    ("I said 60 earlier, for you 55"); whether the line questions a rise, so that no
    price at all stands ("kal to 30 tha, aaj 45 kyun?"), as when the line checks back
    the other side's own price ("you said 120, didn't you?", `told_back`)."""
    if checks_what_you_said(reading):
        return True
    superseded += [p for p in told_back_prices(reading) if p not in superseded]
    dated = recalled(reading)
    if dated and (
        reading.prices[-1].start >= dated[-1].end or _refused_after_recall(reading, dated)
    ):
        superseded += [p for p in dated if p not in superseded]
    superseded += [p for p in _refused_then_elsewhere(reading) if p not in superseded]
    if dated and bid_after_recall(reading, dated) is not None:
        return False  # "last time 40; take five kilos, will you do 55?": the bid stands
    asked = (
        questioned_prices(reading, superseded)  # "since when is it 80?": no counter
        or questions_a_rise(reading, dated)
        or asked_then_recalled(reading)
        or _dated_number_questioned(reading)
    )
    wanted = _asked_for_after(reading) if asked else None
    if wanted is not None:  # "... why 700 today? Make it 660": the price asked for
        superseded += [p for p in reading.prices if p is not wanted and p not in superseded]
        return False
    return asked


def recalled_rate_unit(reading: _Reading) -> str | None:
    """The unit of a rate dated by a word of the past in a line that questions the price
    now: "last week it was fifty a kilo, why sixty now?", "ಹೋದ ವಾರ ಕೆಜಿಗೆ ಐವತ್ತು ಇತ್ತು,
    ಈಗ ಅರವತ್ತು ಯಾಕೆ?" ask about the kilo's price; None when no such rate names a unit or
    two units are said (another stall's rate, "the shop opposite has it at 25 a kilo,
    why 35 here?", compares two stalls and names no unit asked)."""
    words = reading.words
    past = [k for k in _found(words, PAST) if reading.number_at[k] is None]
    dated = [
        p
        for p in recalled(reading)
        if any(_clause(reading, p.start)[0] <= k < _clause(reading, p.start)[1] for k in past)
    ]
    units = {
        p.quantity.unit
        for p in dated
        if p.per_unit and p.quantity is not None and p.quantity.unit is not None
    }
    return units.pop() if len(units) == 1 else None
