"""Words a speaker calls the other by (bhaiya, anna, didi, sir, ਵੀਰ): they say nothing of
the goods or the price, so a rule that looks past "what else is said" skips them (a
goodbye may be followed by one, `leaving`; a "yes" and its price may have one between,
`answered_yes`)."""

from __future__ import annotations

from audio.lexicon import tokenize

ADDRESS = frozenset(
    t.norm
    for w in (
        "bhai", "bhaiya", "bhaiyya", "didi", "behen", "ji", "भाई", "भैया", "दीदी", "जी",
        "sir", "madam", "ma'am", "boss", "anna", "akka", "amma", "அண்ணா", "அக்கா", "சார்",
        "అన్నా", "అక్కా", "సార్", "dada", "দাদা", "দিদি", "বৌদি", "ভাই", "ભાઈ", "બેન",
        "ಅಣ್ಣ", "ಅಕ್ಕ", "ಸಾರ್", "ചേട്ടാ", "ചേച്ചി", "സാറേ", "chetta", "chechi", "ਭਾਜੀ", "ਵੀਰ",
        "ਜੀ",
    )
    for t in tokenize(w)
)  # fmt: skip
