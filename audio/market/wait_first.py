"""A wait asked first, then what the speaker does meanwhile: "दो मिनट रुकिए, पहले इनके
प्याज़ तौल दूँ" (wait two minutes, let me weigh her onions first), "ಒಂದು ನಿಮಿಷ ಇರಿ, ಇವರ
ಈರುಳ್ಳಿ ತೂಕ ಮಾಡಿ ಬರ್ತೀನಿ", "one minute, let me pack his order and come". The weighing,
packing or coming said in a later clause in the speaker's own first person (`SPEAKER`,
as `audio.market.speaker` reads it) is the reason for the wait, nothing asked of the
listener: the line asks to `wait`.

A weighing asked of the listener ("रुको, पहले तौल दो", wait, weigh it first) says no first
person and keeps both acts."""

from __future__ import annotations

from audio.lexicon import fold
from audio.market.cue_hits import Hit
from audio.market.inventory import ACTS
from audio.market.passes import Line
from audio.market.speaker import speaker_said

WAIT = "wait"

MEANWHILE = frozenset({"weigh_it", "pack_it", "come_back_later", "goodbye", "give_bag"})
"""Acts a speaker may say doing while the listener waits."""

SPEAKER = {"hi": tuple(fold(e) for e in ("ूँ", "ूं"))}
"""Per language, first-person endings beside `audio.market.speaker`'s: Hindi "तौल दूँ",
let me weigh."""


def wait_first(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` with only the wait where it is asked in the first clause and every other act
    is the speaker's own doing in a later one."""
    words = line.words
    first = min((b for b in line.punct if b > 0), default=len(words))
    if not any(h.act == WAIT and h.end <= first for h in hits):
        return hits
    others = [h for h in hits if h.act != WAIT and not ACTS[h.act].weak]
    if not others or any(h.act not in MEANWHILE or h.start < first for h in others):
        return hits
    later = words[first:]
    endings = SPEAKER.get(line.language, ())
    if not (speaker_said(later, line.language) or any(w.endswith(endings) for w in later)):
        return hits
    return [h for h in hits if h.act == WAIT or ACTS[h.act].weak]
