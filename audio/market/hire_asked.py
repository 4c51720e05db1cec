"""Goods asked for on hire: "will I get big pots and woks on hire for a wedding?",
"લગ્ન માટે મોટા તપેલા ને કડાઈ ભાડે મળશે?", "ਵਿਆਹ ਲਈ ਵੱਡੇ ਪਤੀਲੇ ਤੇ ਕੜਾਹੇ ਕਿਰਾਏ ਤੇ ਮਿਲ
ਜਾਣਗੇ?". A word of hiring (`ON_HIRE`: "on hire", "ભાડે", "ਕਿਰਾਏ ਤੇ") in a clause that
asks ("?") whether the stall has the goods to give out: `have_it`, where the line says no
other act (the rent asked is `audio.market.rent_asked`). Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.inventory import ACTS
from audio.market.phrases import first_span, forms_in

HAVE = "have_it"

ON_HIRE = {
    "en": "on hire; for hire; on rent; for rent; on rental; to hire; to rent",
    "hi": "किराए पर; किराये पर; किराए पे; किराये पे; भाड़े पर; kiraye par; kiraye pe",
    "ta": "வாடகைக்கு; vaadagaikku; vadagaikku",
    "te": "అద్దెకు; అద్దెకి; కిరాయికి; addeku; addeki",
    "bn": "ভাড়ায়; ভাড়াতে; bharay; bhaRay",
    "mr": "भाड्याने; भाड्यानं; भाड्यावर; किरायाने; bhadyane",
    "gu": "ભાડે=; ભાડેથી; bhade",
    "kn": "ಬಾಡಿಗೆಗೆ; ಬಾಡಿಗೆಗ; baadigege; badigege",
    "ml": "വാടകയ്ക്ക്; വാടകക്ക്; vaadakaykk*; vadakakk*",
    "pa": "ਕਿਰਾਏ ਤੇ; ਕਿਰਾਏ ਉੱਤੇ; ਕਿਰਾਏ ਉੱਤੇ; ਭਾੜੇ ਤੇ; kiraye te",
}
"""Per language, "on hire" (English's heard in every language)."""


def hire_asked(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` with goods asked for on hire (see above)."""
    if any(h.act == HAVE or not ACTS[h.act].weak for h in hits):
        return hits
    span = first_span(forms_in(language, ON_HIRE), words)
    if span is None:
        return hits
    stop = min([b for b in punct if b > span[0]] + [len(words)])
    if "?" not in words[span[1] : stop + 1]:
        return hits
    return [*hits, Hit(HAVE, *span)]
