"""Something of better quality asked: "these look cheap, show me something of better
quality", "ये हल्के हैं, कोई और बढ़िया दिखाओ", "ভালো মানের অন্য কিছু দেখান". A word of
quality (`QUALITY`: better, superior, premium, good quality, or sturdier, thicker, more
durable) said with a request for
another one decides what is asked: the better ones (`show_better`), not just others
(`show_another`).

Words are matched like cues (see `audio.market.phrases`), anywhere in the line but
inside the request's own words.
"""

from __future__ import annotations

from audio.market.phrases import at, forms_in

ANOTHER = "show_another"
BETTER = "show_better"

QUALITY = {
    "en": "better; superior; premium; finer; best; good quality; high quality; top quality; "
    "quality one; quality ones; of quality; quality stuff; "
    "sturdier; stronger; thicker; more durable; tougher; sturdy one; strong one; thick one; "
    "durable one; good condition",
    "hi": "बढ़िया; बेहतर; उम्दा; क्वालिटी; अच्छी क्वालिटी; अच्छे क्वालिटी; प्रीमियम; badhiya; "
    "behtar; umda; quality=; "
    "मज़बूत; मजबूत; मोटा; मोटी; मोटे; टिकाऊ; mazboot; majboot; tikau; mota; moti",
    "ta": "தரமான; நல்ல தரம்; குவாலிட்டி; உயர்ந்த; tharamana; quality=; "
    "உறுதியான; கெட்டியான; தடிமனான; தடிமனா; கனமான; urudhiyana; kettiyana; "
    "நல்ல கண்டிஷன்; nalla condition",
    "te": "క్వాలిటీ; నాణ్యమైన; నాణ్యత; మేలైన; quality=; గట్టిది; గట్టిగా ఉండే; దృఢమైన; మందమైన; మందంగా; gattidi",
    "bn": "কোয়ালিটি; কোয়ালিটির; ভালো মানের; ভাল মানের; উন্নত; quality=; "
    "মজবুত; মোটা দেখে; শক্ত দেখে; টেকসই; মোটাটা; majboot",
    "mr": "क्वालिटी; दर्जेदार; चांगल्या दर्जा; उत्तम; quality=; "
    "मजबूत; जाड; टिकाऊ; टिकणारा; टिकणारी; majboot; jaad",
    "gu": "ક્વોલિટી; ક્વાલિટી; સારી જાત; ઉત્તમ; બહેતર; quality=; "
    "મજબૂત; જાડું; જાડી; જાડા; ટકાઉ; majboot; jadu",
    "kn": "ಕ್ವಾಲಿಟಿ; ಉತ್ತಮ; ಗುಣಮಟ್ಟ; quality=; ಗಟ್ಟಿಯಾದ; ಗಟ್ಟಿ ಇರೋ; ದಪ್ಪದ; ದಪ್ಪ ಇರೋ; ಬಲವಾದ; gattiyada",
    "ml": "ക്വാളിറ്റി; ഗുണമേന്മ; മുന്തിയ; quality=; ബലമുള്ള; കട്ടിയുള്ള; ഉറപ്പുള്ള; കനമുള്ള; balamulla; kattiyulla",
    "pa": "ਵਧੀਆ; ਕੁਆਲਿਟੀ; ਕੁਆਲਟੀ; ਉੱਤਮ; vadhiya; quality=; "
    "ਮਜ਼ਬੂਤ; ਮਜਬੂਤ; ਮੋਟਾ; ਮੋਟੀ; ਟਿਕਾਊ; mazboot; majboot",
}
"""Per language, words that ask for better quality (English's heard in every language)."""


def quality_asked(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the request for another one at [start, end) is said with a word of quality
    outside it (see above)."""
    return any(
        at(f, words, i)
        for i in range(len(words))
        if not start <= i < end
        for f in forms_in(language, QUALITY)
    )
