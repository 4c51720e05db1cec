"""Whether the price that stands is said as final (README `final`): "final price 60"
(`Cue.FINAL`), "60, not a rupee more", "800 rupees, not less" (a floor). A final price is
an offer or counter marked final, never an accept."""

from __future__ import annotations

from audio.understanding.floors import floor_said
from audio.understanding.handover import said_final
from audio.understanding.reading import _Reading


def final_said(reading: _Reading) -> bool:
    """The standing price is called final, by a final word, the not-a-rupee idiom or a
    floor."""
    return said_final(reading) or reading.not_a_rupee or floor_said(reading)
