"""Questions about the item shown, not the stall's stock: its papers and accessories, and
its age.

"Is there a bill?", "इसका डिब्बा है?", "দীনికి ఛార్జర్ ఉందా?": a word for "there is" said of
the bill, the warranty or the receipt (`PAPERS`) asks whether the item in hand comes with
them, never whether the stall has goods to sell (`have_it`); so does one said of a box, a
charger or a cable (`ACCESSORIES`) when the line points at the item (`THIS`: "this", its
possessive, "with it", "original") or asks its papers or its age too. A stall that sells
boxes or chargers is still asked for them ("do you have a phone charger?").

"How old is this phone?", "ফোনটা কত পুরনো?", "which year is it from?": the age asked
(`AGE`) is no complaint that goods are stale (`quality_old`); the line asks a fact of the
item, small talk.

Words are matched like cues (see `audio.market.phrases`); English's are heard in every
language.
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, at, end_at, forms_in

HAVE = "have_it"
OLD = "quality_old"

PAPERS = {
    "en": (
        "bill=; bills=; warranty; guarantee; receipt; invoice; papers=; "
        "warranty card; guarantee card"
    ),
    "hi": "बिल=; बिल्टी; वारंटी; गारंटी; रसीद; पक्का बिल; पर्ची; pakka bill; raseed; rasid",
    "ta": "பில்=; பில்லு; வாரண்டி; கேரண்டி; ரசீது; bill=; rasidhu",
    "te": "బిల్=; బిల్లు; వారంటీ; గ్యారంటీ; రసీదు; billu; rasidu",
    "bn": "বিল=; বিলটা; বিল্=; ওয়ারেন্টি; গ্যারান্টি; রসিদ; roshid",
    "mr": "बिल=; बिलं; वॉरंटी; वारंटी; गॅरंटी; पावती; pavti",
    "gu": "બિલ=; બીલ=; વોરંટી; ગેરંટી; પાવતી; રસીદ; pavti",
    "kn": "ಬಿಲ್=; ಬಿಲ್ಲು; ವಾರಂಟಿ; ಗ್ಯಾರಂಟಿ; ರಸೀದಿ; billu",
    "ml": "ബിൽ=; ബില്ല; വാറന്റി; ഗ്യാരന്റി; രസീത്; billum; billu",
    "pa": "ਬਿੱਲ=; ਬਿਲ=; ਵਾਰੰਟੀ; ਗਰੰਟੀ; ਗਾਰੰਟੀ; ਰਸੀਦ; raseed",
}
"""Per language, the papers an item comes with: asked of, they are the item's."""

ACCESSORIES = {
    "en": "box=; boxes=; charger; cable=; manual=; earphones; headphones",
    "hi": "डिब्बा; डिब्बे; बॉक्स; बाक्स; चार्जर; केबल; dibba; dabba; charger",
    "ta": "பாக்ஸ்; பெட்டி; டப்பா; சார்ஜர்; கேபிள்; box; petti; dabba",
    "te": "బాక్స్; డబ్బా; ఛార్జర్; చార్జర్; కేబుల్; dabba",
    "bn": "বক্স; বাক্স; প্যাকেট; চার্জার; কেবল; baksho; baksa",
    "mr": "बॉक्स; डबा; डब्बा; खोका; चार्जर; केबल; daba; dabba; khoka",
    "gu": "બોક્સ; ડબ્બો; ડબ્બા; ડબો; ચાર્જર; કેબલ; dabbo; dabba",
    "kn": "ಬಾಕ್ಸ್; ಡಬ್ಬ; ಪೆಟ್ಟಿಗೆ; ಚಾರ್ಜರ್; ಕೇಬಲ್; dabba",
    "ml": "ബോക്സ; പെട്ടി; ചാർജർ; ചാർജ്ജർ; കേബിൾ; petti",
    "pa": "ਡੱਬਾ; ਡੱਬੇ; ਬਾਕਸ; ਚਾਰਜਰ; ਕੇਬਲ; dabba",
}
"""Per language, what may come in the box with an item, or be sold on its own."""

THIS = {
    "en": "this=; its=; with it; original; comes with; come with",
    "hi": (
        "इसका; इसके; इसकी; इसमें; इसके साथ; साथ में; ये=; यह=; iska; iske; iski; "
        "ye=; saath; original; ओरिजिनल"
    ),
    "ta": "இதுக்கு; இதோட; இதுல; இது=; இந்த=; idhukku; idhoda; idhu=; indha; koodave; ஒரிஜினல்",
    "te": "దీనికి; దీని=; దీంతో; దీనితో; ఈ=; తో పాటు; deeniki; dheeniki; deenitho; ee=; ఒరిజినల్",
    "bn": "এটার; এটির; এর=; এটা; এই=; সাথে; সঙ্গে; etar; etir; sathe; shathe; অরিজিনাল",
    "mr": (
        "याचं; याचा; याची; याचे; याच्या; याबरोबर; सोबत; हा=; ही=; हे=; yacha; "
        "yachi; yache; yachya; sobat; ओरिजिनल"
    ),
    "gu": "આની; આના; આનું; આનો; આ=; સાથે; aani; aana; aanu; aa=; sathe; ઓરિજિનલ",
    "kn": "ಇದಕ್ಕೆ; ಇದರ; ಇದರ ಜೊತೆ; ಜೊತೆ; ಈ=; idakke; idara; jothe; ಒರಿಜಿನಲ್",
    "ml": "ഇതിന്റെ; ഇതിന്; ഇതിനു; ഇതിന്റെ കൂടെ; കൂടെ; ഈ=; ithinte; ithinu; koode; ഒറിജിനൽ",
    "pa": "ਇਹਦਾ; ਇਹਦੇ; ਇਹਦੀ; ਇਸਦਾ; ਇਸਦੇ; ਇਸ=; ਇਹ=; ਨਾਲ; ehda; ehde; isda; isde; naal; ਓਰੀਜਨਲ",
}
"""Per language, words pointing at the item shown."""

AGE = {
    "en": "how old; which year; what year; how many years",
    "hi": (
        "कितना पुराना; कितनी पुरानी; कितने पुराने; कितने साल; कौन से साल; "
        "किस साल; kitna purana; kitni purani; kitne purane; kitne saal; "
        "kaunse saal; kaun se saal; kis saal; kis year; kaunse year"
    ),
    "ta": (
        "எத்தனை வருஷ; எத்தனை வருட; எந்த வருஷ; எந்த வருட; எவ்வளவு பழச; எவ்ளோ பழச; "
        "ethana varusha*; ethanai varusha*; endha varusha*; evlo pazhas*"
    ),
    "te": (
        "ఎన్ని సంవత్సరా; ఎన్నేళ్ళ; ఏ సంవత్సర; ఎంత పాత; enni samvatsara*; "
        "ennella; e samvatsara*; entha paata*"
    ),
    "bn": (
        "কত পুরনো; কত পুরোনো; কত বছর; কোন সাল; কোন বছর; koto purono; "
        "koto purano; koto bochhor; kon sal*"
    ),
    "mr": (
        "किती जुना; किती जुनी; किती जुने; किती वर्ष; कोणत्या साल; कोणत्या वर्ष; "
        "kiti juna; kiti juni; kiti june; kiti varsh*; konatya sal*; konta varsh*; kontya varsh*; "
        "konatya varsh*; konta sal*; kontya sal*"
    ),
    "gu": (
        "કેટલો જૂનો; કેટલું જૂનું; કેટલી જૂની; કેટલા વર્ષ; કયા વર્ષ; કઈ સાલ; "
        "ketlo juno; ketlu junu; ketli juni; ketla varsh*; kai saal; kaya varsh*; kya varsh*; "
        "kai sal*; કઈ સાલ; કયા સાલ; kaya saal"
    ),
    "kn": ("ಎಷ್ಟು ಹಳೆ; ಎಷ್ಟು ವರ್ಷ; ಯಾವ ವರ್ಷ; eshtu hale*; eshtu varsha*; yaava varsha*; yava varsha*"),
    "ml": (
        "എത്ര പഴക്ക; എത്ര വർഷ; ഏത് വർഷ; ഏതു വർഷ; എത്ര പഴയ; ethra pazhakk*; "
        "ethra varsha*; ethra pazhaya*; eth varsha*"
    ),
    "pa": (
        "ਕਿੰਨਾ ਪੁਰਾਣਾ; ਕਿੰਨੀ ਪੁਰਾਣੀ; ਕਿੰਨੇ ਸਾਲ; ਕਿਹੜੇ ਸਾਲ; kinna purana; "
        "kinni purani; kinne saal; kehde saal; kehre saal"
    ),
}
"""Per language, the age of an item asked."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {"papers": PAPERS, "kit": ACCESSORIES, "this": THIS, "age": AGE}[table]
    return forms_in(language, source)


def _said(table: str, words: list[str], language: str) -> bool:
    return any(at(f, words, i) for i in range(len(words)) for f in _forms(table, language))


def age_asked(words: list[str], language: str) -> bool:
    """Whether the line asks how old the item is (no `quality_old` complaint)."""
    return _said("age", words, language)


def age_spans(words: list[str], language: str) -> list[tuple[int, int]]:
    """The spans of the words asking the item's age: their "how many" ("kiti varsha",
    "ethra varsham") asks no price."""
    return [
        (i, end)
        for i in range(len(words))
        for f in _forms("age", language)
        for end in [end_at(f, words, i)]
        if end is not None
    ]


def item_asked(words: list[str], language: str) -> bool:
    """Whether a "there is?" in the line asks after the item's papers or accessories, not
    the stall's stock (no `have_it`)."""
    if _said("papers", words, language):
        return True
    return _said("kit", words, language) and (
        _said("this", words, language) or age_asked(words, language)
    )
