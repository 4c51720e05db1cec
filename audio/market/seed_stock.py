"""Seed and new stock talk at a seed or grain shop: "is this last year's seed? will it
sprout?", "has the soybean seed come?", "no, this year's new stock, came the day before
yesterday".

- A germination asked (`SPROUT`: "will it sprout?", "उगेगा ना?", "முளைக்குமா?", "ಮೊಳಕೆ
  ಬರುತ್ತಾ?") doubts the goods are old (`quality_old`): seed that will not sprout is
  stale seed. Said without a question ("सब उगेगा", all of it will grow) it is no doubt.
  With it, "is this ...?" (`have_it`, a frame) asks nothing of stock.
- Goods or seed asked whether they have come (`STOCK` right before `CAME_ASKED`: "सोयाबीन
  का बीज आया क्या?", "सोयाबीनचं बियाणं आलं का?", "ಸೋಯಾಬೀನ್ ಬೀಜ ಬಂತಾ?") asks whether the
  stall has them (`have_it`): no money asked whether it came (`paid_check`).
- This year's new stock or crop said (`NEW_CROP`: "इस साल का नया माल", "ಈ ವರ್ಷದ ಹೊಸ
  ಬೆಳೆ", "new crop") outside a question claims the goods fresh (`claim_fresh`).

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.cue_hits import Hit
from audio.market.phrases import Form, end_at, forms_in

OLD = "quality_old"
HAVE = "have_it"
FRESH = "claim_fresh"
PAID = "paid_check"

SPROUT = {
    "en": "will it sprout; will they sprout; will these sprout; will it germinate; "
    "will they germinate; will these germinate; does it sprout; do they sprout",
    "hi": "उगेगा; उगेगी; उगेंगे; अंकुर आएगा; अंकुर निकलेगा; ugega; ugegi; ugenge",
    "ta": "முளைக்குமா; முளை வருமா; முளைக்குமான்னு; mulaikkuma",
    "te": "మొలకెత్తుతుందా; మొలకెత్తుతాయా; మొలక వస్తుందా; మొలకలు వస్తాయా; molakettutunda",
    "bn": "গজাবে; অঙ্কুর হবে; অঙ্কুর বেরোবে; gojabe",
    "mr": "उगवेल; उगवतील; उगेल; मोड येईल; ugvel; ugavel",
    "gu": "ઊગશે; ઉગશે; ફણગો ફૂટશે; ugshe",
    "kn": "ಮೊಳಕೆ ಬರುತ್ತಾ; ಮೊಳಕೆ ಬರುತ್ತಾ; ಮೊಳಕೆ ಒಡೆಯುತ್ತಾ; ಹುಟ್ಟುತ್ತಾ; molake barutta",
    "ml": "മുളയ്ക്കുമോ; മുളക്കുമോ; മുള വരുമോ; mulaykkumo; mulakkumo",
    "pa": "ਉੱਗੇਗਾ; ਉੱਗੇਗੀ; ਉੱਗਣਗੇ; ਉੱਗੂ; ਉਗੇਗਾ; uggega; ugega",
}
"""Per language, a germination asked (English's heard in every language)."""

_SELF_ASKING = frozenset({"ta", "te", "kn", "ml"})
"""Languages whose germination forms above carry their own question ending ("-ā", "-ō")."""

STOCK = {
    "en": "seed; seeds; stock; crop; fertiliser; fertilizer; saplings",
    "hi": "बीज; माल=; स्टॉक; खाद=; पौध; beej; maal; stock",
    "ta": "விதை; சரக்கு; ஸ்டாக்; உரம்; vidhai; vithai; sarakku",
    "te": "విత్తన; సరుకు; స్టాక్; ఎరువు; vittanam; saruku",
    "bn": "বীজ; মাল=; স্টক; beej; maal",
    "mr": "बियाण; बी=; माल=; स्टॉक; खत=; biyane; maal",
    "gu": "બિયારણ; બી=; માલ=; સ્ટોક; ખાતર; biyaran; maal",
    "kn": "ಬೀಜ; ಸ್ಟಾಕ್; ಮಾಲು; ಗೊಬ್ಬರ; beeja; stock",
    "ml": "വിത്ത; സ്റ്റോക്ക; വളം; vithu; stock",
    "pa": "ਬੀਜ; ਮਾਲ=; ਸਟਾਕ; ਖਾਦ=; beej; maal",
}
"""Per language, seed or stock: the goods whose coming is asked."""

CAME_ASKED = {
    "en": "come in ?; come ?; arrived ?; come yet; arrived yet; in yet",
    "hi": "आया क्या; आ गया क्या; आई क्या; आ गई क्या; आए क्या; आया ?; आ गया ?; आई ?; "
    "aaya kya; aa gaya kya; aayi kya",
    "ta": "வந்துடுச்சா; வந்துச்சா; வந்துருச்சா; வந்திருக்கா; vandhucha; vanthucha; vanduducha",
    "te": "వచ్చిందా; వచ్చాయా; వచ్చేసిందా; vachinda; vacchinda",
    "bn": "এসেছে ?; এল ?; এলো ?; এসেছে কি; esheche ?; eseche ?",
    "mr": "आलं का; आला का; आली का; आले का; आलंय का; aala ka; aala ka ?",
    "gu": "આવ્યું ?; આવ્યો ?; આવી ?; આવ્યા ?; આવી ગયું ?; આવ્યું કે; aavyu ?",
    "kn": "ಬಂತಾ; ಬಂದಿದೆಯಾ; ಬಂದಿದ್ಯಾ; bantha; banta",
    "ml": "വന്നോ; വന്നിട്ടുണ്ടോ; vanno; vannittundo",
    "pa": "ਆ ਗਿਆ ?; ਆਇਆ ?; ਆ ਗਈ ?; ਆਈ ?; ਆ ਗਏ ?; ਆਇਆ ਕਿ; aa gaya ?",
}
"""Per language, "has it come?" (English's heard in every language)."""

NEW_CROP = {
    "en": "this year's new; this year's stock; this year's crop; new crop; this season's crop",
    "hi": "इस साल का नया; इस साल की नई; इस साल के नए; नई फसल; नई फ़सल; is saal ka naya; nayi fasal",
    "ta": "இந்த வருஷ புது; இந்த வருஷத்து புது; இந்த வருட புது; புது சரக்கு; புது விளைச்சல்; pudhu sarakku",
    "te": "ఈ సంవత్సరం కొత్త; ఈ ఏడాది కొత్త; కొత్త సరుకు; కొత్త పంట; kotha saruku; kotta panta",
    "bn": "এ বছরের নতুন; এই বছরের নতুন; নতুন ফসল; নতুন মাল; notun fosol; notun maal",
    "mr": "यंदाचा नवा; यंदाचं नवं; यंदाची नवी; यंदाचे नवे; या वर्षीचा नवा; नवं पीक; नवीन पीक; yandacha nava",
    "gu": "આ વર્ષનો નવો; આ વર્ષનું નવું; આ વર્ષની નવી; નવો પાક; navo paak",
    "kn": "ಈ ವರ್ಷದ ಹೊಸ; ಹೊಸ ಬೆಳೆ; ಹೊಸ ಸ್ಟಾಕ್; ee varshada hosa; hosa bele",
    "ml": "ഈ കൊല്ലത്തെ പുതിയ; ഈ വർഷത്തെ പുതിയ; പുതിയ വിള; puthiya vila",
    "pa": "ਇਸ ਸਾਲ ਦਾ ਨਵਾਂ; ਇਸ ਸਾਲ ਦੀ ਨਵੀਂ; ਇਸ ਸਾਲ ਦੇ ਨਵੇਂ; ਨਵੀਂ ਫ਼ਸਲ; ਨਵੀਂ ਫਸਲ; navi fasal",
}
"""Per language, this year's new stock or crop (English's heard in every language)."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    chosen = {"sprout": SPROUT, "stock": STOCK, "came": CAME_ASKED, "new": NEW_CROP}[table]
    return forms_in(language, chosen)


def _spans(table: str, words: list[str], language: str) -> list[tuple[int, int]]:
    out = []
    for i in range(len(words)):
        ends = [end_at(f, words, i) for f in _forms(table, language)]
        found = max((e for e in ends if e is not None), default=None)
        if found is not None:
            out.append((i, found))
    return out


def _clause(k: int, words: list[str], punct: frozenset[int]) -> tuple[int, int]:
    lo = max((b for b in punct if b <= k), default=0)
    return lo, min((b for b in punct if b > k), default=len(words))


def seed_stock(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` with seed and stock talk read as it is meant (see above)."""
    out = list(hits)
    asked = [
        (s, e)
        for s, e in _spans("sprout", words, language)
        if "?" in words[e : e + 3] or (language in _SELF_ASKING and not s < e - 3)
    ]
    if asked:
        out = [h for h in out if h.act != HAVE] + [Hit(OLD, s, e) for s, e in asked]
    stock_ends = {e for _, e in _spans("stock", words, language)}
    came = [(s, e) for s, e in _spans("came", words, language) if s in stock_ends]
    if came:
        out = [h for h in out if h.act != PAID or not any(s <= h.start < e for s, e in came)]
        out += [Hit(HAVE, s, e) for s, e in came]
    for s, e in _spans("new", words, language):
        lo, hi = _clause(s, words, punct)
        if "?" not in words[lo : hi + 1]:
            out.append(Hit(FRESH, s, e))
    return out
