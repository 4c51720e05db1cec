"""A person's travel told: "my son came from Abohar", "ਮੇਰਾ ਭਰਾ ਅੰਮ੍ਰਿਤਸਰ ਤੋਂ ਆਇਆ",
"আমার ছেলে মালদা থেকে এসেছে", "మా అబ్బాయి గుంటూరు నుంచి వచ్చాడు", "my brother just came
back from Shimla", "माझा मुलगा काश्मीरला फिरायला गेलाय". A place or a "just came" said
in a clause where someone of the speaker's people (`PERSONS`: kin, a friend) comes or goes
(`COMING`) is where that person has been or goes: small talk, no origin of the goods
(`claim_origin`) and no fresh arrival (`claim_fresh`). Goods said to come ("ਇਹ ਕਿੰਨੂ
ਅਬੋਹਰ ਤੋਂ ਆਏ ਨੇ") name no person, and a person who brings the goods ("my son brings
them from the farm") is no coming either.

A kin word said as a term of address, right before a pause ("बेटा, ये नासिक से आए हैं"),
is the listener called, no person told. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

import itertools
from functools import cache

from audio.market.phrases import Form, ends_within, forms_in

TRAVELLED = frozenset({"claim_origin", "claim_fresh"})
"""Acts a person's coming says nothing of."""

PERSONS = {
    "en": "son; daughter; brother; sister; wife; husband; cousin; nephew; niece; friend; "
    "grandson; granddaughter; son-in-law; relatives; uncle; aunt; father; mother",
    "hi": "बेटा; बेटी; बेटे; दामाद; बहू; पोता; नाती; दोस्त; रिश्तेदार; मेरा भाई; मेरे भाई; "
    "मेरी बहन; मेरी पत्नी; मेरे पति; मेरी बीवी; beta; beti; dost; mera bhai; meri behen",
    "ta": "பையன்; மகன்; மகள்; பொண்ணு; மருமக; பேரன்; நண்பன்; ஃப்ரெண்ட்; என் தம்பி; "
    "என் அண்ணன்; என் தங்கச்சி; எங்க தம்பி; எங்க அண்ணன்; புருஷன்; வீட்டுக்காரர்; payyan",
    "te": "అబ్బాయి; అమ్మాయి; కొడుకు; కూతురు; అల్లుడు; కోడలు; మనవడు; ఫ్రెండ్; స్నేహితుడు; "
    "మా తమ్ముడు; మా అన్న; మా అక్క; మా చెల్లి; మా ఆయన; భర్త; భార్య; abbayi; koduku",
    "bn": "ছেলে; মেয়ে; জামাই; বৌমা; নাতি; বন্ধু; আমার ভাই; আমার বোন; বর=; বউ; স্বামী; "
    "ভাইপো; ভাগ্নে; chhele; chele; meye",
    "mr": "मुलगा; मुलगी; जावई; सून; नातू; मित्र; दोस्त; माझा भाऊ; माझी बहीण; आमचा भाऊ; "
    "नवरा; बायको; पोरगा; पोरगी; mulga; mulgi",
    "gu": "દીકરો; દીકરી; જમાઈ; વહુ; પૌત્ર; મિત્ર; ભાઈબંધ; મારો ભાઈ; મારી બહેન; છોકરો; "
    "છોકરી; પતિ; પત્ની; dikro; dikri",
    "kn": "ಮಗ=; ಮಗಳು; ಅಳಿಯ; ಸೊಸೆ; ಮೊಮ್ಮಗ; ಫ್ರೆಂಡ್; ಸ್ನೇಹಿತ; ನನ್ನ ತಮ್ಮ; ನಮ್ಮ ತಮ್ಮ; "
    "ನನ್ನ ಅಣ್ಣ; ನಮ್ಮ ಅಣ್ಣ; ಹುಡುಗ; ಗಂಡ; ಹೆಂಡತಿ; maga=; magalu",
    "ml": "മകൻ; മകൾ; മരുമകൻ; മരുമകൾ; കൊച്ചുമകൻ; കൂട്ടുകാരൻ; ഫ്രണ്ട്; എന്റെ അനിയൻ; "
    "എന്റെ ചേട്ടൻ; എന്റെ ചേച്ചി; അനിയൻ; ഭർത്താവ്; ഭാര്യ; ചെക്കൻ; makan; makal",
    "pa": "ਪੁੱਤ; ਪੁੱਤਰ; ਧੀ; ਕੁੜੀ; ਮੁੰਡਾ; ਜਵਾਈ; ਨੂੰਹ; ਪੋਤਾ; ਦੋਸਤ; ਯਾਰ; ਮੇਰਾ ਭਰਾ; ਮੇਰੀ ਭੈਣ; "
    "ਸਾਡਾ ਭਰਾ; ਘਰਵਾਲਾ; ਘਰਵਾਲੀ; putt; munda; kudi",
}
"""Per language, the speaker's people: kin (a brother or sister with "my", the bare word
being a term of address), a friend."""

COMING = {
    "en": "came; come; comes; coming; returned; back=; arrived; landed; "
    "went; gone; going; travelled; traveled; trip",
    "hi": "आया; आई; आए; आये; लौट; aaya; aayi; aaye; aya=; laut*; "
    "गया; गई; गए; गये; घूमने; gaya; gayi; gaye",
    "ta": "வந்தான்; வந்தா=; வந்தாங்க; வந்திருக்கான்; வந்திருக்கா; வந்தாரு; வந்தார்; "
    "திரும்பி; vandhan*; vanthan*; "
    "போயிருக்கான்; போனான்; போயிருக்கா; போனா=; ponan*",
    "te": "వచ్చాడు; వచ్చింది; వచ్చారు; వచ్చా=; తిరిగి; vachadu; vacchadu; vachindi; "
    "వెళ్ళాడు; వెళ్లాడు; వెళ్ళింది; వెళ్లింది; velladu",
    "bn": "এসেছে; এসেছিল; এল=; এলো; ফিরেছে; ফিরল; ফিরেছিল; esechhe; eseche; elo; "
    "গেছে; গিয়েছে; গেল=; বেড়াতে; gechhe",
    "mr": "आला; आली=; आलाय; आलीये; आलेत; परत; aala; aali; ala=; "
    "गेला; गेलाय; गेली; गेलीये; गेलेत; फिरायला; gela*; firayla",
    "gu": "આવ્યો; આવી=; આવ્યા; આવ્યાં; પાછો; પાછી; aavyo; avyo; aavi; ગયો; ગઈ=; ગયા; ફરવા; gayo",
    "kn": "ಬಂದ; ವಾಪಸ್; banda*; bandid*; ಹೋಗಿದ್ದಾನೆ; ಹೋಗಿದ್ದಾಳೆ; ಹೋದ; hogid*",
    "ml": "വന്നു; വന്ന=; വന്നിട്ടുണ്ട്; വന്നിട്ട്; തിരിച്ചു; vannu; പോയി; poyi",
    "pa": "ਆਇਆ; ਆਈ=; ਆਏ=; ਆਉਂਦ; ਪਰਤ; ਵਾਪਸ; aaya; aayi; aunda; aundi; ਗਿਆ; ਗਈ=; ਗਏ=; ਘੁੰਮਣ; gaya",
}
"""Per language, verbs of someone's coming, coming back or going (on a trip)."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"person": PERSONS, "coming": COMING}[table])


def _said(table: str, words: list[str], lo: int, hi: int, language: str) -> list[int]:
    return ends_within(_forms(table, language), words, lo, hi)


def travel_clauses(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The clauses ([start, end) word spans) that tell one of the speaker's people coming
    (see above)."""
    cuts = sorted({0, *(b for b in punct if 0 < b < len(words)), len(words)})
    out = []
    for lo, hi in itertools.pairwise(cuts):
        people = [
            e for e in _said("person", words, lo, hi, language) if e != hi or hi == len(words)
        ]
        if people and _said("coming", words, lo, hi, language):
            out.append((lo, hi))
    return out


def travel_told(
    words: list[str], start: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the word at `start` stands in a clause telling a person's coming."""
    return any(lo <= start < hi for lo, hi in travel_clauses(words, language, punct))
