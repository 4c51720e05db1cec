"""What the shopper and the vendor say in `benchmarks/turn_latency.py`.

Lines of every kind people say at a stall, written for this benchmark (none is taken from
the tests or their corpus): greetings, remarks about the goods, questions about freshness
and payment, interjections, lines that mix Hindi words into English, and prices. More
than half of them are not complete offers, so they cannot end on the server's short
end-of-turn silence after a whole move: they wait out the full silence, as they would in
a real haggle. English lines and Hindi lines (a Hindi shopper on the browser and a Hindi
vendor on the phone: `--languages en,hi`).

They are spoken by espeak-ng voices the product never uses for its replies (its replies
are Piper en_US-joe-medium in English and espeak-ng's default voice in the Indian
languages): `VOICES`, a female British English variant and a male Hindi variant.

Each line is a list of phrases and the silences between them, so the pauses are exact:
every phrase is trimmed of its own leading and trailing silence, and then `COMMA`
(~350 ms) or `BREAK` (~250 ms) of silence is put between phrases. A speaker who pauses
like this has not finished; an endpointer that replies in the pause is wrong.

The product is tomatoes at ₹40/kg list and ₹32/kg floor (the vendor's prices stay in
between). No line is an accept or a refusal and the two sides take turns, so a
negotiation keeps going for as many turns as a run wants; prices go up on the shopper's
side and down on the vendor's, between remarks. `expected` is what
`audio.understanding.understand` makes of the whole line (intent, amount in paise); the
benchmark checks it before speaking.
"""

from __future__ import annotations

from dataclasses import dataclass

COMMA = 0.35
"""A comma pause, seconds of silence."""
BREAK = 0.25
"""A break between sentences, seconds of silence."""

VOICES: dict[str, str] = {"en": "en-gb-x-rp+f2", "hi": "hi+m3"}
"""The espeak-ng voice (language + variant) each language's lines are spoken in. Of the
English voices tried offline with tiny.en on these lines (en-us+f3, en-us, en-gb, this
one), this one had the most prices right (8 of 9); base hears espeak-ng's Hindi badly
in any variant (hi+m3, hi+f2), so the Hindi lines measure the turn's timing, not the
words."""
WORDS_PER_MINUTE = 140


@dataclass(frozen=True)
class Line:
    id: str
    side: str
    """"customer" (the shopper, browser protocol) or "vendor" (Twilio protocol)."""
    parts: tuple[str | float, ...]
    """Phrases (str) and the silence between them (float, seconds)."""
    expected: tuple[str, int | None]
    """("bid", "question" or "other", amount_paise): what `understand` must find in the
    whole line (a bid is an offer or a counter, depending on whether the other side has
    bid yet; "other": no move, a greeting or a remark)."""
    language: str = "en"

    @property
    def text(self) -> str:
        return " ".join(p for p in self.parts if isinstance(p, str))

    @property
    def pauses(self) -> tuple[float, ...]:
        return tuple(p for p in self.parts if isinstance(p, float))

    @property
    def offer(self) -> bool:
        """A complete offer (a price), as opposed to every other kind of line."""
        return self.expected[0] == "bid"


OTHER = ("other", None)
QUESTION = ("question", None)

SHOPPER: tuple[Line, ...] = (
    Line("c1", "customer", ("Good morning, bhaiya.",), OTHER),
    Line("c2", "customer", ("Are these tomatoes from today?",), QUESTION),
    Line("c3", "customer", ("Hmm,", COMMA, "they look a bit soft."), OTHER),
    Line("c4", "customer", ("Listen,", COMMA, "I will give you thirty."), ("bid", 3000)),
    Line("c5", "customer", ("Can I pay by UPI?",), OTHER),
    Line("c6", "customer", ("Arre,", COMMA, "thirty two rupees,", COMMA, "bas."), ("bid", 3200)),
    Line("c7", "customer", ("My sister buys here every week.",), OTHER),
    Line("c8", "customer", ("Thirty three rupees a kilo,", COMMA, "last price."), ("bid", 3300)),
    Line("c9", "customer", ("Wait,", COMMA, "let me check my purse."), OTHER),
    Line("c10", "customer", ("Let us say thirty four.",), ("bid", 3400)),
)
"""The shopper's lines in English, in order, round and round."""

VENDOR: tuple[Line, ...] = (
    Line("v1", "vendor", ("Namaste ji,", COMMA, "come, come."), OTHER),
    Line("v2", "vendor", ("Fresh from the farm this morning.",), OTHER),
    # "Forty rupees a kilo for these." came back over the phone as "Forty rupee, no kilo
    # …": a refusal, which closed the negotiation in every run.
    Line("v3", "vendor", ("Forty rupees for one kilo.",), ("bid", 4000)),
    Line("v4", "vendor", ("Madam,", COMMA, "thirty eight is my price."), ("bid", 3800)),
    Line("v5", "vendor", ("We take cash and UPI both.",), OTHER),
    Line("v6", "vendor", ("Thirty seven rupees,", BREAK, "only for you."), ("bid", 3700)),
    Line("v7", "vendor", ("Everybody from your lane buys from me.",), OTHER),
    Line("v8", "vendor", ("Thirty six,", COMMA, "I cannot go lower."), ("bid", 3600)),
    Line("v9", "vendor", ("Take your time.",), OTHER),
    Line("v10", "vendor", ("Last offer,", COMMA, "thirty five a kilo."), ("bid", 3500)),
)
"""The vendor's lines in English, in order, round and round."""

SHOPPER_HI: tuple[Line, ...] = (
    Line("hc1", "customer", ("नमस्ते भैया।",), OTHER, "hi"),
    Line("hc2", "customer", ("टमाटर कितने के दिए?",), QUESTION, "hi"),
    Line("hc3", "customer", ("तीस रुपये किलो दे दो।",), ("bid", 3000), "hi"),
    Line("hc4", "customer", ("ये थोड़े नरम लग रहे हैं।",), OTHER, "hi"),
    Line("hc5", "customer", ("बत्तीस रुपये,", COMMA, "बस।"), ("bid", 3200), "hi"),
    Line("hc6", "customer", ("एक मिनट रुकिए।",), OTHER, "hi"),
)
"""The shopper's lines in Hindi."""

VENDOR_HI: tuple[Line, ...] = (
    Line("hv1", "vendor", ("आइए आइए,", COMMA, "ताज़े टमाटर हैं।"), OTHER, "hi"),
    Line("hv2", "vendor", ("चालीस रुपये किलो।",), ("bid", 4000), "hi"),
    Line("hv3", "vendor", ("सुबह ही मंडी से लाया हूँ।",), OTHER, "hi"),
    Line("hv4", "vendor", ("अड़तीस रुपये लगा दूँगा।",), ("bid", 3800), "hi"),
    Line("hv5", "vendor", ("आराम से देख लीजिए।",), OTHER, "hi"),
    Line("hv6", "vendor", ("छत्तीस रुपये किलो,", COMMA, "आपके लिए।"), ("bid", 3600), "hi"),
)
"""The vendor's lines in Hindi."""

LINES: dict[tuple[str, str], tuple[Line, ...]] = {
    ("en", "customer"): SHOPPER,
    ("en", "vendor"): VENDOR,
    ("hi", "customer"): SHOPPER_HI,
    ("hi", "vendor"): VENDOR_HI,
}


def line_for(side: str, index: int, language: str = "en") -> Line:
    """The `index`-th line (0-based) this side says in a negotiation in `language`."""
    lines = LINES[(language, side)]
    return lines[index % len(lines)]


ALL_LINES: tuple[Line, ...] = SHOPPER + VENDOR + SHOPPER_HI + VENDOR_HI
"""Every line; more than half of them are not complete offers."""


# ------------------------------------------------------------------ answering questions

YES: dict[str, str] = {"en": "Yes.", "hi": "हाँ।"}
"""How a speaker says yes to "did you say ₹37?" when that is what they said."""
NO: dict[str, str] = {"en": "No", "hi": "नहीं"}
"""How a speaker says no; followed by the price they did say ("No, thirty-seven."), or
alone when the line named no price."""
MAX_ANSWERS = 2
"""Questions a speaker answers for one line; asked a third time, they give up (the
line's words are lost, as a person would type the price or move on)."""


def spoken_rupees(paise: int, language: str) -> str:
    """A whole number of rupees in words, as ICU's spell-out rules write it in
    `language` (an independent reference: "thirty-seven", "सैंतीस")."""
    import icu

    if paise % 100:
        raise ValueError(f"{paise} paise is not a whole number of rupees")
    rules = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(language))
    return str(rules.format(paise // 100))


def answer_for(line: Line, asked_paise: int | None) -> str:
    """What the speaker of `line` says when asked whether they said `asked_paise`: yes if
    that is the line's price; else no, and the line's price in words; a plain no for a
    line that named no price."""
    said = line.expected[1] if line.expected[0] == "bid" else None
    stop = "।" if line.language == "hi" else "."
    if said is None:
        return NO[line.language] + stop
    if asked_paise == said:
        return YES[line.language]
    return f"{NO[line.language]}, {spoken_rupees(said, line.language)}{stop}"


def answers_for(lines: tuple[Line, ...] | list[Line]) -> list[tuple[str, str]]:
    """Every answer the speakers of `lines` may give, as (language, words), once each."""
    out: dict[tuple[str, str], None] = {}
    for line in lines:
        out[(line.language, answer_for(line, None))] = None
        if line.expected[0] == "bid":
            out[(line.language, answer_for(line, line.expected[1]))] = None
    return list(out)
