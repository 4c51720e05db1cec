"""A habit at the stall told as a memory: "when my daughter was small we came here every
Sunday" is small talk, no claim to be a regular now. A word that places the habit in the
past as a story (`MEMORY`: "used to", "when I was a kid", "बचपन में", "చిన్నప్పుడు") said in
the clause of the regular's cue or the one before it takes the cue back, unless a word says
the habit goes on ("since", "now", "अब भी"): "I've come here every Sunday since my son
was little" still claims it, and so does "I've been buying from you for ten years".

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language.
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, at, forms_in

MEMORY = {
    "en": "used to; when i was; when we were; was little; was small; was young; were little; "
    "were small; were young; as a kid; as a child; back then; in those days; in my childhood",
    "hi": "बचपन; छोटी थी; छोटा था; छोटे थे; उन दिनों; bachpan; chhoti thi; choti thi; "
    "chhota tha; chota tha; chhote the; un dinon",
    "ta": "சின்ன வயசுல; சின்னப் பிள்ளையா; சின்ன பிள்ளையா; அந்த காலத்துல; chinna vayasula; "
    "chinna pillaiya; andha kaalathula; antha kalathula",
    "te": "చిన్నప్పుడు; ఆ రోజుల్లో; chinnappudu; aa rojullo",
    "bn": "ছোটবেলা; ছোট ছিল; ছোট ছিলাম; সেই সময়; chhotobela; chotobela; choto chhilo; "
    "choto chilo; chhoto chhilo",
    "mr": "लहानपणी; लहान होती; लहान होता; लहान होतो; त्या काळी; lahanpani; lahan hoti; lahan hota",
    "gu": "નાનપણ; નાની હતી; નાનો હતો; નાના હતા; એ વખતે; nanpan; nani hati; nano hato",
    "kn": "ಚಿಕ್ಕವಳಿದ್ದಾಗ; ಚಿಕ್ಕವನಿದ್ದಾಗ; ಚಿಕ್ಕವರಿದ್ದಾಗ; ಬಾಲ್ಯ; chikkavaliddaga; "
    "chikkavaniddaga; chikkavaridaaga",
    "ml": "ചെറുതായിരുന്നപ്പോൾ; കുട്ടിയായിരുന്നപ്പോൾ; ആ കാലത്ത്; cheruthayirunnappol; kuttiyayirunnappol",
    "pa": "ਬਚਪਨ; ਛੋਟੀ ਸੀ; ਛੋਟਾ ਸੀ; ਛੋਟੇ ਸੀ; ਉਹਨਾਂ ਦਿਨਾਂ; bachpan; chhoti si; chhota si",
}
"""Per language, a word that tells a habit as a memory of the past."""

GOES_ON = {
    "en": "since; now; still; these days; i'm a regular; i am a regular; i'm your regular; "
    "im a regular",
    "hi": "अब; अभी भी; तब से; जब से; ab; abhi bhi; tab se; jab se; रेगुलर हूँ; regular hoon; "
    "regular hun; regular hu",
    "ta": "இப்பவும்; இன்னும்; அப்போலிருந்து; ippavum; innum",
    "te": "ఇప్పటికీ; ఇప్పుడు కూడా; అప్పటినుంచి; ippatiki; appatinunchi",
    "bn": "এখনও; এখনো; তখন থেকে; ekhono; tokhon theke",
    "mr": "अजूनही; आताही; तेव्हापासून; ajunhi; atahi; tevhapasun",
    "gu": "હજી; હજુ; ત્યારથી; haji; haju; tyarthi",
    "kn": "ಈಗಲೂ; ಇನ್ನೂ; ಅವಾಗಿಂದ; eegalu; innu",
    "ml": "ഇപ്പോഴും; അന്നുമുതൽ; ippozhum; annumuthal",
    "pa": "ਹੁਣ ਵੀ; ਅਜੇ ਵੀ; ਉਦੋਂ ਤੋਂ; hun vi; aje vi",
}
"""Per language, a word that says the habit goes on to this day."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"memory": MEMORY, "goes_on": GOES_ON}[table])


def memory_told(
    words: list[str], start: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the regular's cue at `start` is told as a memory: a word of `MEMORY` in its
    clause or the clause before (`punct`: indices of words after punctuation), and no word
    in the line that says the habit goes on."""
    bounds = sorted(b for b in punct if 0 < b < len(words))
    before = [b for b in bounds if b <= start]
    first = before[-2] if len(before) >= 2 else 0
    last = min((b for b in bounds if b > start), default=len(words))
    if any(at(f, words, i) for f in _forms("goes_on", language) for i in range(len(words))):
        return False
    return any(at(f, words, i) for f in _forms("memory", language) for i in range(first, last))
