"""Telugu."""

from __future__ import annotations

from audio.languages.base import Cue, LanguageSpec

# fmt: off
VALUES: dict[str, float] = {
    "ఒకటి": 1, "రెండు": 2, "మూడు": 3, "నాలుగు": 4, "ఐదు": 5, "ఆరు": 6, "ఏడు": 7,
    "ఎనిమిది": 8, "తొమ్మిది": 9, "పది": 10, "ఒక": 1,
}
SCALES: dict[str, float] = {"వంద": 100, "వెయ్యి": 1000}
FRACTIONS: dict[str, float] = {"అర": 0.5}
PREFIXES: dict[str, float] = {}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("కిలో", "కిలోలు", "కేజీ"), "g": ("గ్రాములు", "గ్రాము", "గ్రాం"),
    "dozen": ("డజను", "డజన్"), "piece": ("పీస్",), "litre": ("లీటర్", "లీటరు"),
    "bunch": ("కట్ట",),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: ("రూపాయలు", "రూపాయి", "రూపాయ", "రూ", "rupayalu", "rupayi"),
    Cue.PAISE: ("పైసలు", "పైసా"),
    Cue.PER: ("ప్రతి",),
    Cue.LINK: ("కి", "కు", "కే", "ki", "ku"),
    Cue.EACH: ("ఒక్కొక్కటి", "ఒక్కోటి"),
    Cue.TOTAL: ("మొత్తం", "మొత్తానికి", "mottham", "motham"),
    Cue.ACCEPT: ("సరే", "సరి", "ఓకే", "sare", "sari", "alage"),
    Cue.REJECT: ("వద్దు", "కుదరదు", "vaddu", "kudaradu"),
    Cue.NEGATION: ("లేదు", "కాదు", "వద్దు", "ledu", "kadu"),
    Cue.TOO_MUCH: ("ఎక్కువ", "చాలా ఎక్కువ", "ekkuva"),
    Cue.COMPARATIVE: ("తక్కువ",),
    Cue.QUESTION: ("ఎంత", "ఎంతకు", "ధర ఎంత", "entha", "enta", "enthaki"),
    Cue.WEAK_QUESTION: ("ధర", "రేటు", "dhara"),
}
# fmt: on

SPEC = LanguageSpec(
    code="te",
    values=VALUES,
    scales=SCALES,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    ambiguous=frozenset(("ఒక",)),
    units=UNITS,
    cues=CUES,
)
