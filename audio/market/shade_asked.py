"""Another shade asked to be shown: "यही कुर्ता थोड़े हल्के नीले रंग में है? वो दिखाओ", "show
me this colour in a lighter shade", "இதே கலர்ல கொஞ்சம் லைட் ஷேட் காட்டுங்க", "ఇదే చీర
కొంచెం లేత రంగులో చూపించండి", "ਇਹੀ ਸੂਟ ਥੋੜ੍ਹੇ ਗੂੜ੍ਹੇ ਰੰਗ ਵਿੱਚ ਵਿਖਾਓ". A word of lightness or
depth (`SHADE`) right before a colour, a colour's name or a shade (`COLOUR`), in a line
that asks to be shown (`SHOW`), asks for the same goods in another shade: `show_another`,
over the stock question the line may open with ("do you have this in a darker green?
show me that one"). "Light" said of the weight ("हल्का वाला दिखाओ") names no colour, and
a colour said faded after it ("रंग फीका पड़ गया") shows nothing asked.
Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import GAP_MAX, Form, end_at, forms_in

ACT = "show_another"

SHADE = {
    "en": "light; lighter; dark; darker; pale; paler; deep; deeper",
    "hi": "हल्क; गहर; फीक; डार्क; लाइट; halk*; halke; gehr*; gahr*",
    "ta": "லைட்; டார்க்; வெளிர்; அடர்; இளம்; இளஞ்",
    "te": "లేత; ముదురు; లైట్; డార్క్",
    "bn": "হালকা; গাঢ়; গাঢ; ফিকে; লাইট; ডার্ক; halka",
    "mr": "फिक; हलक; गडद; डार्क; लाइट; fik*; halk*",
    "gu": "આછો; આછી; આછું; આછા; ઘેરા; ઘેરો; ઘેરી; ઘાટો; ઘાટી; ઘાટું; ઘાટા; ડાર્ક; લાઇટ; લાઈટ; "
    "achh*; ghera; ghato",
    "kn": "ತಿಳಿ; ಕಡು; ಗಾಢ; ಡಾರ್ಕ್; ಲೈಟ್",
    "ml": "ഇളം; കടും; കടുപ്പ; ലൈറ്റ്; ഡാർക്ക",
    "pa": "ਹਲਕ; ਗੂੜ੍ਹ; ਗੂੜ; ਫਿੱਕ; ਡਾਰਕ; ਲਾਈਟ; halk*; goorh*",
}
"""Per language, words of a colour's lightness or depth."""

COLOUR = {
    "en": "colour; color; shade; tone; blue; green; red; pink; yellow; grey; gray; brown; "
    "purple; maroon; orange",
    "hi": "रंग; कलर; शेड; नील; हरे=; हरा=; हरी=; लाल; गुलाबी; पील; भूर; rang*; colour*",
    "ta": "கலர்; நிற; ஷேட; நீல; பச்சை; சிவப்பு; ரோஸ்",
    "te": "రంగు; కలర్; షేడ్; నీల; ఆకుపచ్చ; ఎరుపు; గులాబీ",
    "bn": "রং=; রংটা; রঙ; কালার; শেড; নীল; সবুজ; লাল; গোলাপি; rong*",
    "mr": "रंग; कलर; शेड; निळ; हिरव; लाल; गुलाबी; पिवळ; rang*",
    "gu": "રંગ; કલર; શેડ; વાદળી; લીલ; લાલ; ગુલાબી; પીળ; rang*",
    "kn": "ಬಣ್ಣ; ಕಲರ್; ಶೇಡ್; ನೀಲಿ; ಹಸಿರು; ಕೆಂಪು; ಗುಲಾಬಿ",
    "ml": "നിറ; കളർ; കളറ; ഷേഡ; നീല; പച്ച; ചുവപ്പ; റോസ്",
    "pa": "ਰੰਗ; ਕਲਰ; ਸ਼ੇਡ; ਨੀਲ; ਹਰੇ=; ਹਰਾ=; ਲਾਲ; ਗੁਲਾਬੀ; ਪੀਲ; rang*",
}
"""Per language, a colour, a shade or a colour's name."""

SHOW = {
    "en": "show",
    "hi": "दिखा; dikha*",
    "ta": "காட்டு; காமி; kaattu*; kattu*",
    "te": "చూపించ; చూపెట్ట; chupinch*; choopinch*",
    "bn": "দেখান; দেখাও; দেখাবেন; দেখাতে; dekhan; dekhao",
    "mr": "दाखव; dakhav*; dakhv*",
    "gu": "બતાવ; દેખાડ; batav*; dekhad*",
    "kn": "ತೋರಿಸ; torisi; thorisi",
    "ml": "കാണിക്ക; കാണിച്ച; kaanikk*; kanikk*",
    "pa": "ਵਿਖਾ; ਦਿਖਾ; vikha*; dikha*",
}
"""Per language, a verb of showing."""


@cache
def _forms(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...], tuple[Form, ...]]:
    return forms_in(language, SHADE), forms_in(language, COLOUR), forms_in(language, SHOW)


def shade_asked(words: list[str], language: str) -> tuple[int, int] | None:
    """The span of a shade asked to be shown (see above), or None."""
    shades, colours, shows = _forms(language)
    if not any(end_at(f, words, i) is not None for i in range(len(words)) for f in shows):
        return None
    for i in range(len(words)):
        for shade in shades:
            end = end_at(shade, words, i)
            if end is None:
                continue
            for k in range(end, min(len(words), end + GAP_MAX)):
                for colour in colours:
                    stop = end_at(colour, words, k)
                    if stop is not None:
                        return i, stop
    return _shade_after(words, colours, shades)


_AFTER = 3
"""Words after the colour within which its shade is said ("this same colour a bit darker")."""


def _shade_after(
    words: list[str], colours: tuple[Form, ...], shades: tuple[Form, ...]
) -> tuple[int, int] | None:
    """The span of a colour with a word of lightness or depth at most `_AFTER` words after
    it ("इसी रंग में थोड़ा गहरा", "ఇదే రంగులో కొంచెం ముదురుది", "this same colour a bit
    darker"), before the verb of showing; a colour said faded ("रंग फीका पड़ गया") asks
    for nothing."""
    for i in range(len(words)):
        for colour in colours:
            end = end_at(colour, words, i)
            if end is None:
                continue
            for k in range(end, min(len(words), end + _AFTER)):
                for shade in shades:
                    stop = end_at(shade, words, k)
                    if stop is not None and not _faded(words, stop):
                        return i, stop
    return None


FADED = frozenset({"पड", "पड़", "गया", "गयी", "गई", "हो", "झाला", "झाली", "faded", "pad"})


def _faded(words: list[str], stop: int) -> bool:
    """Whether a verb of becoming follows the shade ("फीका पड़ गया"): a fault told."""
    return stop < len(words) and words[stop] in FADED
