"""Gujarati."""

from __future__ import annotations

from audio.languages.base import Cue, LanguageSpec

# fmt: off
VALUES: dict[str, float] = {}
SCALES: dict[str, float] = {}
FRACTIONS: dict[str, float] = {}
PREFIXES: dict[str, float] = {}

UNITS: dict[str, tuple[str, ...]] = {
}

CUES: dict[Cue, tuple[str, ...]] = {
}
# fmt: on

SPEC = LanguageSpec(
    code="gu",
    values=VALUES,
    scales=SCALES,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    ambiguous=frozenset(()),
    units=UNITS,
    cues=CUES,
)
