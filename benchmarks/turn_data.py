"""What the shopper and the vendor say in `benchmarks/turn_latency.py`.

Each line is a list of Piper phrases and the silences between them, so the pauses are
exact: every phrase is trimmed of Piper's own leading and trailing silence, and then
`COMMA` (~350 ms) or `BREAK` (~250 ms) of silence is put between phrases. A speaker who
pauses like this has not finished; an endpointer that replies in the pause is wrong.

The product is tomatoes at ₹40/kg list and ₹32/kg floor (the vendor's prices stay in
between). No line is an accept and the two sides take turns, so a negotiation keeps going
for as many turns as a run wants; every shopper line but the first and every vendor line
names a price. `expected` is what `audio.understanding.understand` makes of the whole
line (intent, amount in paise); the benchmark checks it before speaking.
"""

from __future__ import annotations

from dataclasses import dataclass

COMMA = 0.35
"""A comma pause, seconds of silence."""
BREAK = 0.25
"""A break between sentences, seconds of silence."""


@dataclass(frozen=True)
class Line:
    id: str
    side: str
    """"customer" (the shopper, browser protocol) or "vendor" (Twilio protocol)."""
    parts: tuple[str | float, ...]
    """Phrases (str) and the silence between them (float, seconds)."""
    expected: tuple[str, int | None]
    """("bid" or "question", amount_paise): what `understand` must find in the whole line
    (a bid is an offer or a counter, depending on whether the other side has bid yet)."""

    @property
    def text(self) -> str:
        return " ".join(p for p in self.parts if isinstance(p, str))

    @property
    def pauses(self) -> tuple[float, ...]:
        return tuple(p for p in self.parts if isinstance(p, float))


SHOPPER: tuple[Line, ...] = (
    Line("c1", "customer", ("Tomatoes,", COMMA, "how much for one kilo?"), ("question", None)),
    Line(
        "c2",
        "customer",
        ("Brother,", COMMA, "I will give thirty rupees a kilo."),
        ("bid", 3000),
    ),
    Line("c3", "customer", ("I can give thirty two.", BREAK, "Not more."), ("bid", 3200)),
    Line(
        "c4",
        "customer",
        ("The shop next door sells for thirty.", BREAK, "Give me thirty three."),
        ("bid", 3300),
    ),
    Line(
        "c5",
        "customer",
        ("Look,", COMMA, "thirty four rupees.", BREAK, "That is all."),
        ("bid", 3400),
    ),
    Line("c6", "customer", ("How about thirty four rupees a kilo?",), ("bid", 3400)),
)
"""The shopper's lines; after the first pass the question (c1) is skipped."""

VENDOR: tuple[Line, ...] = (
    Line("v1", "vendor", ("Tomatoes,", COMMA, "forty rupees a kilo."), ("bid", 4000)),
    Line(
        "v2",
        "vendor",
        ("These are fresh today.", BREAK, "Thirty eight rupees a kilo."),
        ("bid", 3800),
    ),
    Line("v3", "vendor", ("Sorry,", COMMA, "thirty seven rupees is my best."), ("bid", 3700)),
    Line(
        "v4",
        "vendor",
        ("I cannot go below thirty six.", BREAK, "They are very fresh."),
        ("bid", 3600),
    ),
    Line("v5", "vendor", ("For you,", COMMA, "thirty five rupees a kilo."), ("bid", 3500)),
    Line("v6", "vendor", ("Thirty six rupees.",), ("bid", 3600)),
)
"""The vendor's lines, in order, round and round."""


def line_for(side: str, index: int) -> Line:
    """The `index`-th line (0-based) this side says in a negotiation."""
    if side == "customer":
        if index < len(SHOPPER):
            return SHOPPER[index]
        return SHOPPER[1 + (index - 1) % (len(SHOPPER) - 1)]
    return VENDOR[index % len(VENDOR)]


ALL_LINES: tuple[Line, ...] = SHOPPER + VENDOR
