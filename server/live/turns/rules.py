"""Turn-taking and confirmation rules: when the words so far make a whole move, what
counts as a yes or a no, how long a question waits. Pure functions and small state, with
the clock passed in, so they are tested without sockets or engines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from audio.interpret import MIN_CONFIDENCE, unless_count_of_goods
from audio.understanding import Catalogue, Intent, Understanding, understand
from models import BidSource, Negotiation, Side
from server.live.prices import ASKED_CONFIDENCE, TotalSaid, in_product_units, total_not_kept

if TYPE_CHECKING:
    from server.live.turns.endpointing import Speaker

Clock = Callable[[], float]
"""Monotonic seconds; the live service's is `time.monotonic` unless a test moves it on."""

CONFIRM_SECONDS = 20.0
"""How long a spoken accept waits for its one-word confirmation, and a price heard
without confidence for its yes."""
MIN_STT_CONFIDENCE = 0.35
"""A transcript below this is not trusted with a price, however clear its words read."""
BUSY_RETRY_SECONDS = 0.15

_CONFIRM_WORDS = frozenset(
    (
        "yes yeah yep yup confirm confirmed sure ok okay done deal right correct exactly "
        "haan han ha haa ji pakka theek thik hai sahi "
        "हाँ हां हा जी पक्का ठीक है सही हो होय बरोबर ஆமா ஆமாம் சரி சரிதான் అవును సరే కరెక్ట్ "
        "হ্যাঁ হাঁ ঠিক আছে ಹೌದು ಸರಿ അതെ ശരി ਹਾਂ ਠੀਕ ਸਹੀ ਜੀ હા બરાબર હાં"
    ).split()
)

_REFUSAL_WORDS = frozenset(
    (
        "no nope nah not wrong incorrect nahi nahin nai na galat nako "
        "नहीं नही ना गलत ग़लत नाही नको चूक இல்லை இல்ல இல்லே தப்பு వద్దు కాదు లేదు తప్పు "
        "না নাহ ভুল ના નહીં નહિ ખોટું ಇಲ್ಲ ಅಲ್ಲ ತಪ್ಪು ഇല്ല അല്ല തെറ്റ് ਨਹੀਂ ਨਾ ਗਲਤ ਗ਼ਲਤ"
    ).split()
)


def _words(text: str) -> list[str]:
    words = [w.strip(".,!?।॥'\"").lower() for w in text.split()]
    return [w for w in words if w]


def is_confirmation(text: str, language: str) -> bool:
    """A short "yes" (any supported language), or an accept understood at the recording
    confidence with no new price: a doubtful one confirms nothing. Not one asked back
    ("हाँ?", "ji?": "pardon?")."""
    if text.rstrip().endswith("?"):
        return False
    words = _words(text)
    if words and len(words) <= 4 and all(w in _CONFIRM_WORDS for w in words):
        return True
    understood = understand(text, language=language)
    return (
        understood.intent is Intent.ACCEPT
        and understood.amount_paise is None
        and understood.confidence >= MIN_CONFIDENCE
    )


def opens_with_yes(text: str) -> bool:
    """A yes and more in one breath ("Yes, ninety rupees", "haan, sau rupaye"): the yes
    answers the question asked, and the words after it are a move of their own. Not one
    asked back."""
    if text.rstrip().endswith("?"):
        return False
    words = _words(text)
    return len(words) > 1 and words[0] in _CONFIRM_WORDS


def is_refusal(text: str, language: str) -> bool:
    """A short "no" or "wrong" (any supported language), or an understood refusal with no
    price in it: the answer to "did you say 35 rupees?" when they did not."""
    words = _words(text)
    if words and len(words) <= 4 and all(w in _REFUSAL_WORDS for w in words):
        return True
    understood = understand(text, language=language)
    return understood.intent is Intent.REJECT and understood.amount_paise is None


_DANGLING = frozenset(
    "and or but for a an the to of per with at in if so because than aur ya lekin magar "
    "और या लेकिन मगर".split()
)
"""A last word that says more is coming."""


def completes_turn(
    text: str, *, language: str, catalogue: Catalogue | None = None, awaiting_yes: bool = False
) -> bool:
    """Whether the words so far already make a whole move, so a short pause may end the
    turn: a price (an offer or a counter), a question, or the yes a spoken accept awaits.
    A bare "okay" or "no" is often followed by a price ("No, thirty."), and a trailing
    "and"/"for" by more words: those wait out the full silence. So do words the
    recogniser ended with a comma or a dash ("Thirty six rupees," "Last offer —"): it
    heard the sentence go on."""
    words = _words(text)
    if not words or words[-1] in _DANGLING or text.rstrip().endswith((",", "-", "—", "…")):
        return False
    if awaiting_yes and is_confirmation(text, language):
        return True
    understood = understand(text, language=language, catalogue=catalogue)
    if understood.intent in (Intent.OFFER, Intent.COUNTER):
        return understood.amount_paise is not None and understood.confidence >= 0.5
    return understood.intent is Intent.QUESTION and text.rstrip().endswith("?")


_SENTENCE_END = (".", "?", "!", "।", "॥")
SENTENCE_MIN_WORDS = 3
"""Fewer words than this are an opening as often as a whole turn ("Listen.", "Brother.",
"Okay."): they wait out the full silence, however sure the recogniser is."""
_HESITATION = frozenset("um umm uh uhh er erm hmm hm matlab मतलब".split())
"""A filler at the end: the speaker is looking for the next word."""


def ends_sentence(text: str) -> bool:
    """Whether the words so far are a finished sentence of any kind (a greeting, a remark,
    a question about the goods), so a short pause may end the turn when the decode is
    sure: the recogniser closed it with a full stop, a question or an exclamation mark
    (or a danda); it has at least `SENTENCE_MIN_WORDS` words; and its last word neither
    joins on to more ("and", "for") nor hesitates ("um"). Language-neutral: only the
    shape of the sentence counts, not what it says."""
    stripped = text.rstrip()
    if not stripped.endswith(_SENTENCE_END) or stripped.endswith(("...", "…", "..")):
        return False
    words = _words(stripped)
    if len(words) < SENTENCE_MIN_WORDS:
        return False
    return words[-1] not in _DANGLING and words[-1] not in _HESITATION


def turn_ends(
    text: str, *, language: str, catalogue: Catalogue | None = None, awaiting_yes: bool = False
) -> str | None:
    """Why the words so far may end the turn after a short pause: "complete" (a whole
    move, `completes_turn`), "sentence" (a finished sentence that makes no move,
    `ends_sentence`), or None (an opening, a fragment, a sentence going on: the full
    silence)."""
    if completes_turn(text, language=language, catalogue=catalogue, awaiting_yes=awaiting_yes):
        return "complete"
    if ends_sentence(text):
        return "sentence"
    return None


SCRIPTS: dict[str, str] = {
    "en": "LATIN",
    "hi": "DEVANAGARI",
    "mr": "DEVANAGARI",
    "gu": "GUJARATI",
    "pa": "GURMUKHI",
    "bn": "BENGALI",
    "ta": "TAMIL",
    "te": "TELUGU",
    "kn": "KANNADA",
    "ml": "MALAYALAM",
}
"""The script each language is written in; Latin letters pass for any of them (romanized
Hindi, English words in a sentence)."""


def _script(char: str) -> str:
    return unicodedata.name(char, "").split(" ", 1)[0]


_TOO_LONG = re.compile(r"\d{13,}")
"""Digits in a run longer than any phone number (12 with the country code): no price."""


def too_long_to_price(text: str) -> bool:
    """Whether `text` holds a number written in more digits than any price or phone number
    has ("1000000000000000 rupees"): the speaker is told it was no price."""
    return _TOO_LONG.search(text) is not None


def mishearing(text: str, language: str, understood: Understanding) -> str | None:
    """Why words heard where a price is expected make no move, or None when they do
    (a price, a yes or a no, a question): "nothing_heard" (no letters: an empty or
    garbled transcript), "other_language" (most letters in a script the speaker's
    language is not written in) or "no_move"."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "nothing_heard"
    if understood.amount_paise is not None or understood.intent in (
        Intent.OFFER,
        Intent.COUNTER,
        Intent.ACCEPT,
        Intent.REJECT,
        Intent.QUESTION,
    ):
        return None
    own = SCRIPTS.get(language)
    if own is not None:
        known = sum(1 for c in letters if _script(c) in (own, "LATIN"))
        if known * 2 < len(letters):
            return "other_language"
    return "no_move"


@dataclass(frozen=True)
class TurnTaking:
    """When a speaker's turn ends, and what is decoded while they still speak."""

    complete_hangover_ms: int | None = 480
    """Silence that ends an utterance whose words so far make a whole move
    (`completes_turn`) or a finished sentence (`ends_sentence`), decoded with confidence,
    on a 16 kHz (browser) leg; other utterances wait out the endpointer's full hangover.
    It must outlast a comma pause after a whole offer ("Thirty three rupees a kilo,
    [350 ms] last price.": the words before the comma are a price, a whole move):
    `benchmarks/turn_latency.py`'s 350 ms comma pauses are 320–416 ms of VAD silence on
    this leg, and 384 cut that line at its comma in 2 of 7 runs. None: always the full
    hangover."""
    complete_hangover_phone_ms: int | None = None
    """The same on a phone (8 kHz) leg, where a 350 ms comma pause is 416–576 ms of VAD
    silence (`benchmarks/turn_latency.py`'s lines): None, the leg's full hangover
    (`EndpointerConfig.narrowband_hangover_ms`), since no shorter silence is safe there."""
    partial_every_ms: int | None = 640
    """New speech between two partial decodes while someone speaks (only when the STT
    pool is idle, so partials never hold up a final). None: partials only at pauses."""
    reuse_min_confidence: float = 0.0
    """A decode made at a pause stands as the final transcript only when it provably
    covers the final audio (nothing said or heard since: the same mark, end and length,
    so the same samples) and at this confidence or more; below, the whole utterance is
    decoded again. 0: whatever its confidence, since the local recogniser decodes greedily
    at temperature 0 and reads the same samples as the same words at the same confidence
    (tiny.en, all 40 line × leg decodes of `benchmarks/turn_latency.py`'s English lines;
    `tests/integration/test_live_hearing.py`), so decoding them again only made the reply
    wait (the largest stage of an unsure turn). A reading in doubt (a price that would be
    asked, a number read below `whole_min_confidence`) is weighed against the whole line's
    other readings (`Hearing.read_whole`) before its price is asked back
    (`server.live.turns.questions`). Above 0 for an engine that does not repeat itself."""
    whole_min_confidence: float = 0.6
    """A line's first reading (a pause's decode reused as the final, or the line's own)
    that may hold a price (`may_hold_price`: a number or a word near one, the unit or the
    currency) and is read below this confidence, or whose price would be asked, is read
    again on the whole line (`Hearing.read_whole`). The recogniser's own bar for a short
    reading (`DecodeOptions.short_min_confidence`), so the full window it ran then is
    reused, not decoded again."""
    end_min_confidence: float = 0.6
    """A decode made at a pause ends the turn early (a whole move, a finished sentence)
    only at this confidence or more: an unsure reading of a fragment ("Last offer," heard
    as a price) must not cut the speaker off. Apart from `reuse_min_confidence`, so that
    reusing an unsure decode of the same audio never makes a turn end sooner."""
    speak_ahead: bool = True
    """At a pause whose decode covers all the speech so far, prepare the reply those words
    would make (translated, synthesized) while the silence runs out; dropped unheard if
    the speaker goes on or the turn's words come out otherwise."""
    ahead_wait_ms: int = 10_000
    """How long a turn waits for the reply prepared ahead for its very words before it
    stops that one and makes its own: a hung translation or speech engine must not hold
    the turn. Preparing is a translation and a short synthesis, well under this."""

    def fast_end_ms(self, phone: bool) -> int | None:
        """The silence after which a whole move ends the turn on this leg, or None."""
        return self.complete_hangover_phone_ms if phone else self.complete_hangover_ms


@dataclass
class PendingAccept:
    """A spoken accept (or, with `reject`, a spoken refusal) waiting for its one-word yes."""

    bid_count: int
    amount_paise: int
    deadline: float
    reject: Understanding | None = None
    """The refusal, as understood: a yes ends the negotiation."""
    heard: str = ""
    """The refusal's words."""
    utterance_id: str = ""
    """The words that made the move: the other side is told of it under this id."""
    told_end: bool = False
    """The other side was told the question lapsed (`Moves.watch_lapse`)."""

    @property
    def move(self) -> str:
        """`accept` or `reject`, as the other side is told (`events.Confirming`)."""
        return "accept" if self.reject is None else "reject"


def price_in_refusal(understood: Understanding) -> Understanding | None:
    """A refusal whose sentence also says a price ("Forty rupee, no kilo" heard for "Forty
    rupees a kilo") is never a refusal: the price said, as an unsure counter to be asked
    back (the last price not refused, else the last one). None for any other words."""
    if understood.intent is not Intent.REJECT or not understood.mentions:
        return None
    standing = [m for m in understood.mentions if not m.negated] or list(understood.mentions)
    mention = standing[-1]
    return replace(
        understood,
        intent=Intent.COUNTER,
        amount_paise=mention.amount_paise,
        per_unit=mention.per_unit,
        confidence=min(understood.confidence, 0.5),
    )


@dataclass(frozen=True)
class PriceQuestion:
    """A price heard without confidence, waiting for its speaker's yes: nothing of it was
    recorded or passed on."""

    utterance_id: str
    heard: str
    """The speaker's words, as transcribed."""
    understood: Understanding
    source: BidSource
    bid_count: int
    """Bids made when it was asked: any later bid leaves the question behind."""
    deadline: float
    quantity: int = 1
    """The quantity a yes records."""
    unit_price_paise: int = 0
    """The price per unit a yes records."""
    said: TotalSaid | None = None
    """A total heard that the record cannot keep as said (`total_not_kept`)."""
    list_price_paise: int | None = None
    """A shopper's rate heard above the list price: the list price, which a yes records
    (an offer above it stands at it), and the question says so."""


def said_reading(speaker: Speaker, text: str, n: Negotiation | None) -> Understanding:
    """What a speaker's words say, in the negotiation as it stands, in the units they were
    said in (`reading_of` puts them into the product's)."""
    client = speaker.client
    room = speaker.room
    other = Side(client.side).other.value
    outstanding = n is not None and n.last_bid_side is not None and n.last_bid_side.value == other
    understood = understand(
        text,
        language=client.language,
        catalogue=room.info.catalogue,
        has_outstanding_offer=outstanding,
        # The price on the table says which of two readings was meant ("seven fifty")
        # and whether "okay, 35" takes the other side's price or counters it.
        reference_paise=n.last_bid_amount_paise if n is not None else None,
    )
    # "Forty rupee, no kilo" (for "Forty rupees a kilo") is no refusal: a sentence that
    # says a price is asked back as that price, never read as the end of the haggle.
    understood = price_in_refusal(understood) or understood
    # "two chillies free": a count in a market act, no price to ask about.
    return unless_count_of_goods(
        understood, text, source=client.language, catalogue=room.info.catalogue
    )


def reading_of(speaker: Speaker, text: str, n: Negotiation | None) -> Understanding:
    """What a speaker's words say, in the negotiation as it stands: the reading the turn
    records and the one its reply is prepared ahead from."""
    said = said_reading(speaker, text, n)
    unit = speaker.room.info.unit
    # "Half a kilo for 25" of a product sold by the whole kilo: the rate said (₹50 a
    # kilo), asked back with the total heard, never ₹25 spread over the deal's quantity.
    understood = in_product_units(said, unit)
    # "100 for 7 kilos": no whole-paise rate keeps that total; asked back, never recorded
    # as ₹14.28 a kilo (₹99.96) without the total being said.
    if total_not_kept(said, unit, n.quantity if n is not None else 1) is not None:
        understood = replace(understood, confidence=min(understood.confidence, ASKED_CONFIDENCE))
    return understood
