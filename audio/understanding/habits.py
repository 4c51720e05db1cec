"""Words of a habit ("every week", "daily", "roz", "தினமும்"): a customer telling how
often they come or buy here, a reason given beside a price, never the goods' cost or what
the amount would buy instead (`audio.understanding.echo_refusals`,
`audio.understanding.own_cost`)."""

from __future__ import annotations

from audio.lexicon import fold

HABIT = frozenset(
    fold(w)
    for w in (
        "every", "daily", "always", "regular", "regularly", "roz", "rooz", "रोज़", "रोज",
        "हर", "har", "दररोज", "नेहमी", "दर", "દરરોજ", "રોજ", "દર", "હંમેશા", "ਰੋਜ਼", "ਹਰ",
        "ਹਮੇਸ਼ਾ", "রোজ", "প্রতিদিন", "প্রতি", "সবসময়", "roj", "தினமும்", "தினம்", "எப்பவும்",
        "ஒவ்வொரு", "dhinamum", "రోజూ", "రోజు", "ప్రతి", "ఎప్పుడూ", "roju", "ದಿನಾ", "ಪ್ರತಿ",
        "ಯಾವಾಗಲೂ", "ದಿನಾಲೂ", "ദിവസവും", "എന്നും", "എല്ലാ", "എപ്പോഴും",
    )
)  # fmt: skip

# Where the customer buys: "I buy here", "यहीं से", "आपसे" (English "from you" apart).
HERE = frozenset(
    fold(w)
    for w in (
        "here", "यहीं", "यहाँ", "यहां", "आपसे", "तुमसे",
        "yahin", "yahan", "aapse", "tumse", "इथे", "इथूनच", "तुमच्याकडून",
        "तुमच्याकडे",
    )
)  # fmt: skip
