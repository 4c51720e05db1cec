"""A person said not to have come: "my sister-in-law hasn't come today, she's not well",
"वहिनी आज नाही आल्या", "ਭਰਜਾਈ ਅੱਜ ਨਹੀਂ ਆਈ", "ചേട്ടത്തി ഇന്ന് വന്നില്ല". Someone of the
speaker's people or the stall's helpers (`ABSENT_PERSONS`, with the kin of
`audio.market.person_came`) said in a clause with a coming denied (`NOT_COME`) is a person
away: small talk, no goods finished (`out_of_stock`), none said fresh or stale for having
come today or not, and no stock asked.

A kin word right before a pause is the listener called ("भाभी, आज टमाटर नहीं आए": the
tomatoes did not come), no person told. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

import itertools
from functools import cache

from audio.market.cue_hits import Hit
from audio.market.person_came import PERSONS
from audio.market.phrases import Form, ends_within, forms_in

AWAY = frozenset({"out_of_stock", "quality_old", "claim_fresh", "have_it"})
"""Acts a person's not coming says nothing of."""

ABSENT_PERSONS = {
    "en": "sister in law; brother in law; mother in law; daughter in law; helper; my boy; "
    "the boy; my wife; my husband; my partner; bhabhi",
    "hi": "भाभी; ननद; सास=; देवर; जेठानी; देवरानी; कामवाली; नौकर; हेल्पर; घरवाली; घरवाले; "
    "bhabhi; bhabi; nanad; kaamwali",
    "ta": "அண்ணி; மாமியார்; மருமகள்; நாத்தனார்; கொழுந்தன்; வேலைக்கார; வேலையாள்; anni",
    "te": "వదిన; మరదలు; అత్తగారు; అత్తయ్య; మామగారు; పనిమనిషి; పనివాడు; vadina",
    "bn": "বৌদি; বউদি; ননদ; শাশুড়ি; দেওর; জা=; কাজের লোক; boudi; baudi",
    "mr": "वहिनी; नणंद; सासूबाई; सासू; दीर; जाऊबाई; कामवाली; मदतनीस; vahini; vahinee",
    "gu": "ભાભી; નણંદ; સાસુ; દિયર; જેઠાણી; દેરાણી; કામવાળી; bhabhi; bhabhu",
    "kn": "ಅತ್ತಿಗೆ; ನಾದಿನಿ; ಅತ್ತೆ; ಮೈದುನ; ಕೆಲಸದವ; ಕೆಲಸದಾಕೆ; attige",
    "ml": "ചേട്ടത്തി; നാത്തൂൻ; അമ്മായിയമ്മ; അളിയൻ; ജോലിക്കാര; പണിക്കാര; chettathi",
    "pa": "ਭਰਜਾਈ; ਭਾਬੀ; ਨਨਾਣ; ਸੱਸ; ਦਿਓਰ; ਜਠਾਣੀ; ਦਰਾਣੀ; ਕਾਮਾ; bharjai; bhabi",
}
"""Per language, people of the speaker's house or stall beyond `PERSONS`: in-laws, a
helper."""

NOT_COME = {
    "en": "hasn't come; has not come; haven't come; didn't come; did not come; couldn't come; "
    "could not come; not come; hasn't turned up; didn't turn up; not turned up",
    "hi": "नहीं आई; नहीं आईं; नहीं आया; नहीं आए; नहीं आये; नहीं आ पाई; नहीं आ पाया; "
    "nahi aayi; nahi aaya; nahi aaye; nahi aai",
    "ta": "வரல; வரலை; வரவில்லை; வரல்ல; வரலியே; varala; varalai",
    "te": "రాలేదు; రాలే; రాలేకపోయింది; రాలేకపోయాడు; raledu",
    "bn": "আসেনি; আসে নি; আসেননি; আসতে পারেনি; asheni; aseni",
    "mr": "नाही आल्या; नाही आला; नाही आली; नाही आले; आल्या नाहीत; आला नाही; आली नाही; "
    "आले नाहीत; nahi aalya; nahi aala; nahi aali",
    "gu": "નથી આવ્યા; નથી આવ્યો; નથી આવી; આવ્યા નથી; આવ્યો નથી; આવી નથી; nathi aavya; "
    "nathi aavyo; nathi aavi",
    "kn": "ಬಂದಿಲ್ಲ; ಬರಲಿಲ್ಲ; ಬಂದಿಲ್ಲಾ; ಬರೋಕಾಗ್ಲಿಲ್ಲ; bandilla; baralilla",
    "ml": "വന്നില്ല; വന്നിട്ടില്ല; വരാൻ പറ്റിയില്ല; vannilla; vannittilla",
    "pa": "ਨਹੀਂ ਆਈ; ਨਹੀਂ ਆਇਆ; ਨਹੀਂ ਆਏ; ਨੀ ਆਈ; ਨੀ ਆਇਆ; ਨਹੀਂ ਆ ਸਕੀ; nahi aayi; nahi aaya",
}
"""Per language, a coming said with its "no" (English's heard in every language)."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    chosen = {"person": (PERSONS, ABSENT_PERSONS), "not": (NOT_COME,)}[table]
    return forms_in(language, *chosen)


def _ends(table: str, words: list[str], lo: int, hi: int, language: str) -> list[int]:
    return ends_within(_forms(table, language), words, lo, hi)


def absent_clauses(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The clauses ([start, end) word spans) that tell a person not come (see above)."""
    cuts = sorted({0, *(b for b in punct if 0 < b < len(words)), len(words)})
    out = []
    for lo, hi in itertools.pairwise(cuts):
        people = [e for e in _ends("person", words, lo, hi, language) if e != hi]
        if people and _ends("not", words, lo, hi, language):
            out.append((lo, hi))
    return out


def person_absent(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` without the acts a person's not coming says nothing of (`AWAY`), in the
    clause that tells it."""
    if not any(h.act in AWAY for h in hits):
        return hits
    spans = absent_clauses(words, language, punct)
    return [h for h in hits if h.act not in AWAY or not any(lo <= h.start < hi for lo, hi in spans)]
