"""The scale complained of: "your scale isn't right", "कांटा खराब है, दोबारा तौलिए",
"தராசு சரியில்ல", "ത്രാസ് ശരിയല്ല, നേരെ തൂക്കൂ". A word of weighing said with a word
of fault is the complaint that the goods are not weighed right (`weigh_properly`), not a
plain request to weigh them (`weigh_it`).

A `weigh_it` cue, or a word for the scale (`SCALE`: "कांटा", "তরাজু", "ತಕ್ಕಡಿ"; alone it
is no act, "वो तराजू नया लिया है"), is a fault told when a word of fault (`FAULT`: not
right, wrong, faulty, broken; `FIX`: set it right, with the water) stands at most
`_NEAR` words from it in its clause, outside it. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, end_at, forms_in

WEIGH = "weigh_it"
PROPERLY = "weigh_properly"

_NEAR = 3

SCALE = {
    "en": "scale; scales; weighing machine; weighing pan; balance; kanta; tarazu",
    "hi": "कांटा; काँटा; कांटे; काँटे; तराज़ू; तराजू; kanta; kaanta; tarazu; taraju; वजन मशीन; वज़न मशीन",
    "ta": "தராசு; எடை மெஷின்; tharasu",
    "te": "త్రాసు; తూకం మెషిన్; కాటా; traasu; kaata",
    "bn": "পাল্লা; দাঁড়িপাল্লা; ওজন মেশিন; palla",
    "mr": "काटा; तराजू; kata",
    "gu": "કાંટો; કાંટા; ત્રાજવું; ત્રાજવા; kanto; trajvu",
    "kn": "ತಕ್ಕಡಿ; ತೂಕದ ಮಷಿನ್; takkadi",
    "ml": "ത്രാസ്; ത്രാസ; തുലാസ; thraas*",
    "pa": "ਕੰਡਾ; ਤੱਕੜੀ; ਤਰਾਜ਼ੂ; kanda; takdi",
}
"""Per language, words for the scale."""

FAULT = {
    "en": "not right; isn't right; is wrong; wrong=; faulty; broken; not working; isn't working; "
    "not correct; isn't correct; tampered; tilting; tilted; tilts; leaning; hanging; "
    "hangs; lopsided; not balanced; off balance",
    "hi": "सही नहीं; ठीक नहीं; खराब; ख़राब; गड़बड़; गलत; ग़लत; sahi nahi; theek nahi; thik nahi; "
    "kharab; gadbad; galat; झुका; झुकी; झुक रहा; झुक रही; लटक; टेढ़ा; टेढ़ी; jhuka; jhuki; "
    "jhuk raha; latak*; tedha; tedhi",
    "ta": "சரியில்ல; சரியில்லை; சரி இல்ல; தப்பு; கோளாற; ரிப்பேர்; சாஞ்ச; சாய்ஞ்ச; "
    "sariyilla; sari illa; thappu; saanji*; சாயுது; சாஞ்சிருக்கு; saayudhu",
    "te": "సరిగా లేదు; సరిగ్గా లేదు; సరిగ్గా లేద; సరిగా లేద; తప్పు; పాడైంది; రిపేర్; sariga ledu; "
    "sarigga ledu; tappu; వంగి; వంగింది; ఒరిగి; ఒరిగింది; vangi*; origi*",
    "bn": "ঠিক নেই; ঠিক নয়; ঠিক না=; খারাপ; ভুল; গোলমাল; হেলে; ঝুলে; ঝুঁকে; বাঁকা; "
    "jhunke; jhule; thik nei; thik noy; kharap; bhul",
    "mr": "बरोबर नाही; नीट नाही; खराब; चुकीच; गडबड; झुकल; कललेल; वाकड; barobar nahi; nit nahi; kharab",
    "gu": "બરાબર નથી; ખરાબ; ખોટો; ખોટું; ગરબડ; નમેલ; ઝૂકેલ; વાંક; barabar nathi; kharab; khoto",
    "kn": "ಸರಿ ಇಲ್ಲ; ಸರಿಯಿಲ್ಲ; ಸರಿಯಾಗಿಲ್ಲ; ತಪ್ಪು; ಕೆಟ್ಟಿದೆ; ರಿಪೇರಿ; ಬಾಗಿದೆ; ಬಾಗಿ=; ವಾಲಿದೆ; "
    "sari illa; sariyilla; tappu; baagide",
    "ml": "ശരിയല്ല; ശരിയില്ല; ശരിയാവുന്നില്ല; തെറ്റ്; കേടാണ്; കേടായ; കേട്=; ചരിഞ്ഞ; "
    "sariyalla; shariyalla; keda*; charinj*",
    "pa": "ਠੀਕ ਨਹੀਂ; ਸਹੀ ਨਹੀਂ; ਖਰਾਬ; ਖ਼ਰਾਬ; ਗਲਤ; ਗ਼ਲਤ; ਝੁਕ; ਲਟਕ; ਟੇਢ; theek nahi; sahi nahi; galat",
}
"""Per language, words of fault said of a scale or a weight (English's heard in every
language)."""

FIX = {
    "en": "set right; set it right; fix it; fix the; correct it; with the water; with water; "
    "water and all; with the ice",
    "hi": "सही करो; सही कर; ठीक करो; ठीक कर; पानी के साथ; पानी समेत; पानी सहित; sahi karo; "
    "theek karo; pani ke saath; paani ke saath",
    "ta": "சரி பண்ணு; சரி பண்ணுங்க; சரி செய்; தண்ணியோட; தண்ணீரோட; thanniyoda; sari pannunga",
    "te": "సరి చేయ; సరిచేయ; నీళ్ళతో; నీళ్లతో; neellatho; nillatho; sari cheyyandi",
    "bn": "ঠিক করুন; ঠিক করো; ঠিক কর=; জল সমেত; জলসমেত; জল সহ; পানি সহ; thik korun; jol somet",
    "mr": "नीट करा; बरोबर करा; पाण्यासकट; पाण्यासोबत; nit kara; barobar kara; panyasakat",
    "gu": "બરાબર કરો; સરખો કરો; સરખું કરો; પાણી સાથે; પાણી સમેત; barabar karo; pani sathe",
    "kn": "ಸರಿ ಮಾಡಿ; ಸರಿ ಮಾಡು; ನೀರು ಸಮೇತ; ನೀರಿನ ಜೊತೆ; sari maadi; neeru samet*",
    "ml": "ശരിയാക്ക; നേരെയാക്ക; വെള്ളത്തോടെ; വെള്ളം സഹിതം; shariyakk*; vellathode",
    "pa": "ਸਹੀ ਕਰੋ; ਸਹੀ ਕਰ; ਠੀਕ ਕਰੋ; ਠੀਕ ਕਰ; ਪਾਣੀ ਸਮੇਤ; ਪਾਣੀ ਨਾਲ; sahi karo; theek karo; "
    "pani samet; pani naal",
}
"""Per language, the scale set right or the goods weighed with their water ("ਕੰਡਾ ਸਹੀ
ਕਰੋ", "don't weigh it with the water"): a fault told as well."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    sources = {"fault": (FAULT, FIX), "scale": (SCALE,)}[table]
    return forms_in(language, *sources)


def fault_told(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the `weigh_it` cue (or scale word) at [start, end) is said with a word of
    fault (see above); `punct`: indices of words after punctuation, where its clause
    ends."""
    lo = max([b for b in punct if b <= start] + [0, start - _NEAR])
    hi = min([b for b in punct if b >= end] + [len(words), end + _NEAR])
    return any(
        at(f, words, i)
        for i in range(lo, hi)
        if not start <= i < end
        for f in _forms("fault", language)
    )


def scale_faulted(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The spans of the words for the scale in `words` said with a word of fault."""
    out = []
    for i in range(len(words)):
        for f in _forms("scale", language):
            end = end_at(f, words, i)
            if end is not None and fault_told(words, i, end, language, punct):
                out.append((i, end))
                break
    return out
