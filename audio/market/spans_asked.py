"""How long the goods keep, how often they are used or cared for: "हे तूप किती दिवस
टिकेल?", "ee tuppa eshtu dina chennagirutte?", "ഈ ചെടിക്ക് എത്ര തവണ വെള്ളം ഒഴിക്കണം?",
"ee neyyu ethra maasam irikkum?". The how-many word there is a `ask_price` cue, but
followed by a span of days, weeks, months or years, or a count of times, it asks no
price: the line is small talk (use asked), relayed as said, as understanding reads it
(`audio.understanding.time_asked`). Before the how-many word the span is the rate's
("ದಿನಕ್ಕೆ ಎಷ್ಟು?", how much a day?), and the price question stands.
"""

from __future__ import annotations

from audio.understanding.time_asked import span_word


def span_asked(words: list[str], end: int) -> bool:
    """Whether the `ask_price` cue ending at `end` (exclusive) is followed by a word of a
    span of time or a count of times (see above)."""
    return end < len(words) and span_word(words[end])
