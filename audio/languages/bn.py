"""Bengali."""

from __future__ import annotations

from audio.languages.base import Cue, LanguageSpec

# fmt: off
VALUES: dict[str, float] = {
    "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "দশ": 10,
    "এক": 1, "নয়": 9,
}
SCALES: dict[str, float] = {"শো": 100, "হাজার": 1000, "একশো": 100}
FRACTIONS: dict[str, float] = {"আধা": 0.5}
PREFIXES: dict[str, float] = {}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("কেজি", "কিলো"), "g": ("গ্রাম",), "dozen": ("ডজন",), "piece": ("পিস",),
    "litre": ("লিটার",), "bunch": ("আঁটি",),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: ("টাকা", "টাকায়", "৳", "taka", "tk"),
    Cue.PAISE: ("পয়সা",),
    Cue.PER: ("প্রতি",),
    Cue.LINK: ("করে", "তে", "কে", "kore"),
    Cue.EACH: ("প্রতিটা", "প্রতিটি", "একটা করে"),
    Cue.TOTAL: ("মোট", "সব মিলিয়ে", "মিলিয়ে", "mot", "sob miliye"),
    Cue.ACCEPT: (
        "ঠিক আছে", "ঠিক", "আচ্ছা", "হ্যাঁ", "হাঁ", "ওকে", "thik ache", "thik ase", "accha",
    ),
    Cue.REJECT: ("চাই না", "হবে না", "লাগবে না", "cai na", "hobe na"),
    Cue.NEGATION: ("না", "নাহ", "na"),
    Cue.TOO_MUCH: ("বেশি", "অনেক বেশি", "beshi", "besi"),
    Cue.COMPARATIVE: ("কম",),
    Cue.QUESTION: ("কত", "কতো", "দাম কত", "কত দাম", "koto", "dam koto"),
    Cue.WEAK_QUESTION: ("দাম", "dam"),
}
# fmt: on

SPEC = LanguageSpec(
    code="bn",
    values=VALUES,
    scales=SCALES,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    ambiguous=frozenset(("এক", "নয়")),
    units=UNITS,
    cues=CUES,
)
