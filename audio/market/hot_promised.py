"""A wait asked while the goods are made, with them promised hot: "बस दो मिनट, रुको, चाय
उबल रही है, गरम गरम दूँगा" (just two minutes, wait, the tea is boiling, I'll give it hot),
"दोन मिनिटं थांबा, भजी तळतोय, गरम गरम देतो", "ಸ್ವಲ್ಪ ತಡೀರಿ, ದೋಸೆ ಬೇಯ್ತಿದೆ, ಬಿಸಿ ಬಿಸಿ
ಕೊಡ್ತೀನಿ". The hot goods are what the listener gets after the wait: the line asks to
`wait`, and the "hot hot" said after it claims no goods fresh off the fire
(`claim_fresh`).

A claim of freshness yields when a word of heat (`HOT`) begins it and a wait is asked in
an earlier clause. "Hot hot samosas, fresh!" with no wait keeps its claim, and so does a
claim said before the wait ("गरम गरम हैं, एक मिनट"). Words are matched like cues (see
`audio.market.phrases`)."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import at, forms_in

WAIT = "wait"
FRESH = "claim_fresh"

HOT = {
    "en": "hot; piping hot",
    "hi": "गरम; गर्म; गरमागरम; garam*; garma*",
    "ta": "சூடா; சூடான; சுட; சூடு; sooda; suda; soodaana",
    "te": "వేడి; వేడిగా; vedi*",
    "bn": "গরম; গরমাগরম; gorom*; garam*",
    "mr": "गरम; गरमागरम; garam*",
    "gu": "ગરમ; ગરમાગરમ; garam*",
    "kn": "ಬಿಸಿ; bisi*",
    "ml": "ചൂട; ചൂടോടെ; choodo*; chood*",
    "pa": "ਗਰਮ; ਗਰਮਾ; garam*",
}
"""Per language, the words of heat ("hot", "hot hot", "piping hot")."""


def hot_promised(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a hot claim said after a wait asked in an earlier clause (above)."""
    waits = [h.end for h in hits if h.act == WAIT]
    if not waits:
        return hits
    hot = forms_in(line.language, HOT)
    return [
        h
        for h in hits
        if not (
            h.act == FRESH
            and any(at(f, line.words, h.start) for f in hot)
            and any(end <= b <= h.start for end in waits for b in line.punct)
        )
    ]
