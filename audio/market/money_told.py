"""A sum told as money already saved or spent is no price: "thank you, you saved me 500
rupees", "आपने मेरे 200 रुपये बचा दिए", "I spent 300 on the bus already", "bus-la already
300 selavu aayiduchu".

Understanding reads the sum in such a line as an offer, and the listener would be handed
₹500 that nobody asked or offered: the worst wrong a relay can make. The line tells a
story about money; its act (thanks, say) or its small talk reaches the listener.

A sum is told when the line says one sum only, not refused, and a verb of saving someone
money or of money spent, in the past (`TOLD`: "saved", "बचा दिए", "খরচ হয়ে গেছে",
"ചിലവായി"). "Spent 300 already, give it for 200" says two sums and keeps its price, as
does "I'll spend 300 on it" (no past).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from audio.lexicon import TokenKind, tokenize
from audio.market.phrases import Form, at, forms
from audio.understanding import Catalogue, Intent, Understanding

TOLD = {
    "en": "saved me; you saved; saved; spent; already spent; got spent; gone on; went on; "
    "wasted on; wasted",
    "hi": "बचा दिए; बचा दिया; बचा दिये; बचा लिए; बचवा दिए; bacha diye; bacha diya; bachaa diye; "
    "bacha liye; खर्च हो ग*; ख़र्च हो ग*; खर्च कर दिए; खर्च कर दिया; खर्च किए; kharch ho ga*; "
    "kharcha ho ga*; kharch kar diye; लग गए; लग गये; lag gaye; lag gae; निकल गए; nikal gaye",
    "bn": "বাঁচিয়ে দিলেন; বাঁচিয়ে দিয়েছেন; বাঁচালেন; bachiye dilen; bachiye dile; খরচ হয়ে গেছে; "
    "খরচ হয়ে গেল; খরচ করে ফেলেছি; খরচ করেছি; khoroch hoye geche; khoroch hoye gelo; "
    "khoroch korechi; khorch hoye geche; বেরিয়ে গেছে; beriye geche",
    "ta": "மிச்சம் பண்ணிட்டீங்க; மிச்சம் பண்ணி; மிச்சமாச்சு; மிச்சப்படுத்தி; micham panni*; "
    "michamaachu; செலவு ஆயிடுச்சு; செலவாயிடுச்சு; செலவு ஆச்சு; செலவாச்சு; செலவு பண்ணிட்ட; "
    "selavu aayiduchu; selavaayiduchu; selavu aachu; selavaachu; selavu panniten",
    "te": "మిగిల్చారు; మిగిలించారు; మిగిల్చావు; migilcharu; migilincharu; ఖర్చు అయ్యింది; "
    "ఖర్చయ్యింది; ఖర్చైంది; ఖర్చు పెట్టా; kharchu ayyindi; kharchayyindi; kharchaindi; "
    "kharchu petta*",
    "mr": "वाचवले; वाचवलेत; वाचवलं; vachavle; vachavla; खर्च झाले; खर्च झाला; खर्च केले; "
    "kharch zhale; kharch jhale; kharch kele",
    "gu": "બચાવ્યા; બચાવી દીધા; bachavya; ખર્ચ થઈ ગયા; ખર્ચાઈ ગયા; kharch thai gaya; "
    "kharchai gaya; વપરાઈ ગયા",
    "kn": "ಉಳಿಸಿದ್ರಿ; ಉಳಿಸಿದಿರಿ; ಉಳಿಸಿದ್ದೀರಿ; ಉಳಿಸಿಕೊಟ್ರಿ; ulisidri; ulisidiri; ulisikottri; "
    "ಖರ್ಚು ಆಯ್ತು; ಖರ್ಚಾಯ್ತು; ಖರ್ಚು ಮಾಡಿದೆ; ಖರ್ಚು ಮಾಡಿದ್ದೀನಿ; kharchu aaytu; kharchaaytu; "
    "kharchu madide",
    "ml": "ലാഭിച്ചു; ലാഭിച്ച് തന്നു; labhichu; ചിലവായി; ചെലവായി; ചിലവാക്കി; ചെലവാക്കി; "
    "chilavaayi; chelavaayi; chilavayi; chilavakki; chelavakki",
    "pa": "ਬਚਾ ਦਿੱਤੇ; ਬਚਾ ਦਿੱਤਾ; ਬਚਾਏ; bacha ditte; bacha dite; bacha dita; ਖ਼ਰਚ ਹੋ ਗਏ; "
    "ਖਰਚ ਹੋ ਗਏ; ਖਰਚੇ ਗਏ; kharch ho gaye; kharcha ho gaya; ਲੱਗ ਗਏ; lag gaye",
}
"""Per language, verbs of money saved for someone or spent, in the past."""


@cache
def _told(language: str) -> tuple[Form, ...]:
    return forms("; ".join(TOLD.get(lang, "") for lang in {language, "en"}))


def told(text: str, language: str) -> bool:
    """Whether `text` says money was saved or spent (see above)."""
    words = [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD]
    return any(at(f, words, i) for i in range(len(words)) for f in _told(language))


def money_not_offered(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where its one sum is money told saved or
    spent, or None where the price stands."""
    del catalogue, min_confidence
    if understood.amount_paise is None or len(understood.mentions) != 1:
        return None
    if understood.mentions[0].negated or not told(text, language):
        return None
    return replace(understood, intent=Intent.OTHER, amount_paise=None, per_unit=None, mentions=())
