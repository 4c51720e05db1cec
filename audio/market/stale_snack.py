"""Cooked snacks said stale: from the morning or yesterday, gone hard, fried again ("these
vadas are this morning's, gone cold", "ये पकौड़े कल के हैं, कड़क हो गए", "puri kaal ni che").

A fritter or a samosa is sold hot; said of an earlier hour or gone hard after its name it
is old (`quality_old`), whatever else the line says of it (the limpness or the cold of
"this morning's, gone limp" is no rot, the hardness of "gone hard" no ripeness, the "gone"
of "అయిపోయింది" no goods sold out). Limp, soggy or gone cold alone it is soft
(`quality_soft`, where its language's cues say so): the age is what makes it old. The
word of staleness must follow the snack's name: "सुबह के समोसे मिलेंगे?" asks for goods
and "so cold today, hot pakoras feel good" tells the weather.

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language.
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, end_at, forms_in

OLD = "quality_old"
"""The act a stale snack is."""

TURNED = frozenset({"quality_soft", "is_ripe", "out_of_stock"})
"""Acts whose words a stale snack's staleness borrows ("limp", "gone hard", "gone")."""

SNACKS = {
    "en": "vada; vadas; vadai; samosa*; pakora*; pakoda*; bhaji*; bhajji*; bhajiya*; fritter*; "
    "singara*; kachori*; puri*; poori*; bajji*; bonda*; cutlet*; jalebi*; idli*; dosa*; "
    "paratha*; chapati*; roti*; snack*; punugu*; pazhampori; chowmein; chowmin; chaumin; noodles",
    "hi": "वड़ा; वडा; वड़े; वडे; समोस; पकौड़; पकोड़; भजिय; कचौड़; कचौरी; पूरियाँ; जलेबी; पराठ; "
    "टिक्की; चाउमीन; चाउमिन; chowmein; chaumin; samose; samosa; pakode; pakore; pakoda; "
    "pakoda; kachori; jalebi; paratha; tikki; "
    "vada; vade",
    "ta": "வடை; சமோசா; பஜ்ஜி; போண்டா; பூரி; இட்லி; தோசை; பரோட்டா; vadai; vada; bajji; bonda; "
    "samosa; poori",
    "te": "వడ; వడలు; సమోసా; బజ్జీ; బజ్జి; పునుగు; బొండా; పూరీ; ఇడ్లీ; దోశ; పరోటా; vada; bajji; punugulu; samosa",
    "bn": "চাউমিন; চাওমিন; সিঙাড়া; সিঙ্গারা; চপ*; বেগুনি; পকোড়া; কচুরি; লুচি; জিলিপি; পরোটা; singara; "
    "chop; beguni; kochuri; luchi",
    "mr": "वडा; वडे; समोस; भजी; भज्जी; कचोरी; जिलेबी; पराठ; vada; vade; bhaji; samose",
    "gu": "ભજીય; ભજિય; સમોસ; ગોટા; વડા; કચોરી; જલેબી; ફાફડા; ઢોકળ; bhajiya; samosa; "
    "gota; fafda; dhokla; પૂરી; puri*",
    "kn": "ಚೌಮೀನ್; ಚೌಮಿನ್; ನೂಡಲ್ಸ್; ವಡೆ; ಬಜ್ಜಿ; ಬೋಂಡಾ; ಸಮೋಸ; ಪೂರಿ; ಇಡ್ಲಿ; ದೋಸೆ; ಚಪಾತಿ; vade; bajji; bonda; samosa",
    "ml": "വട; വടകൾ; ഉഴുന്നുവട; പരിപ്പുവട; പഴംപൊരി; ബജ്ജി; സമൂസ; പൂരി; ഇഡ്ഡലി; ദോശ; "
    "പൊറോട്ട; vada; pazhampori; bajji",
    "pa": "ਸਮੋਸ; ਪਕੌੜ; ਕਚੌਰੀ; ਜਲੇਬੀ; ਪਰਾਂਠ; ਪਰੌਠ; ਟਿੱਕੀ; samose; pakode; pakore; kachori; tikki",
}
"""Per language, cooked snacks sold hot."""

STALE = {
    "en": "cold and hard; gone hard; got hard; turned hard; rock hard; refried; re-fried; "
    "fried again; this morning's; the morning's; from the morning; from this morning; yesterday's; "
    "from yesterday; rubbery",
    "hi": "कड़क हो; कड़े हो; कड़ा हो; सख्त हो; सख़्त हो; सुबह के; सुबह का; सुबह की; दोबारा तल; "
    "फिर से तल; kadak ho*; subah ke; subah ka; subah ki; कल के; कल का; कल की; kal ke; kal ka; kal ki",
    "ta": "கெட்டியா; கெட்டி ஆ; காலையிலது; காலையில செஞ்ச; காலைல செஞ்ச; காலையில சுட்ட; "
    "kettiya*; kalaila*; kaalaila*; நேத்து; நேற்றைய; nethu; netthu",
    "te": "గట్టిగా అయ; గట్టిపడ; పొద్దున్నవి; పొద్దున్నది; పొద్దుటివి; నిన్నటివి; gattiga; poddunna*",
    "bn": "শক্ত হয়ে; সকালের; আবার ভাজা; কালকের; গতকালের; shokto hoye; sokaler; kalker; gotokaler",
    "mr": "कडक झाल; वातड; सकाळच; पुन्हा तळल; कालच; kadak zal*; vatad*; sakalch*; kalch*",
    "gu": "કડક થઈ; સવારના; સવારનું; સવારની; ફરી તળેલ; કાલની; કાલના; કાલનું; kadak thai*; savar na; "
    "savarna*; kaal ni; kaalni; kal ni; kal na; kaal na",
    "kn": "ಗಟ್ಟಿ ಆಗ; ಗಟ್ಟಿಯಾಗ; ಬೆಳಿಗ್ಗೆಯದು; ಬೆಳಗ್ಗೆಯದು; ಬೆಳಿಗ್ಗೆದು; ನಿನ್ನೆಯದು; ನಿನ್ನೆದು; gatti aag*; belig*; "
    "ninneyadu; ninnedu",
    "ml": "കട്ടിയായ; രാവിലത്തെ; രാവിലെ ഉണ്ടാക്കിയ; വീണ്ടും പൊരിച്ച; ഇന്നലത്തെ; kattiyay*; ravilathe; innalathe; "
    "രാവിലത്തേത*; raavile undakki*; ravile undakki*; "
    "raavilathe",
    "pa": "ਸਖ਼ਤ ਹੋ; ਸਖਤ ਹੋ; ਸਵੇਰ ਦੇ; ਸਵੇਰ ਦਾ; ਸਵੇਰ ਦੀ; ਆਕੜ; ਕੱਲ੍ਹ ਦੇ; ਕੱਲ੍ਹ ਦਾ; saver de; savere de; "
    "kal de; kal da",
}
"""Per language, staleness said of a cooked snack after its name."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"snacks": SNACKS, "stale": STALE}[table])


def _first(table: str, words: list[str], language: str, after: int = 0) -> tuple[int, int] | None:
    for i in range(after, len(words)):
        for f in _forms(table, language):
            end = end_at(f, words, i)
            if end is not None:
                return i, end
    return None


def stale_snack(words: list[str], language: str) -> tuple[int, int] | None:
    """The span of a word of staleness said after a cooked snack's name, or None."""
    snack = _first("snacks", words, language)
    if snack is None:
        return None
    return _first("stale", words, language, after=snack[1])
