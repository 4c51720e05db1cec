"""Goods said to come from a named region, a port or the speaker's own land claim their
origin: "this henna is from Sojat, Rajasthan", "ఈ ముక్కుపుడకలు జైపూర్ నుంచి తెచ్చాను",
"ਬੀਜ ਸਿੱਧਾ ਪੀਏਯੂ ਲੁਧਿਆਣੇ ਤੋਂ ਆਇਆ", "बंदर से सीधी आई मछली", "আমাদের নিজেদের জঙ্গলের মধু".

- A region (`REGIONS`: states and craft towns the growing regions of
  `audio.market.places` leave out) is heard as those are (`places.place_named`'s rules:
  no "in" or "to" beside it, no word of travel in the line), and not after "I" or "we"
  in its clause (`SPEAKER`: "I'm from Rajasthan" tells the speaker's home).
- A port (`PORT`: "बंदर" is a port on the coast, as well as a monkey) claims the origin
  only with "from" said with it (`FROM`, or fused to it: "बंदरावरून", "बंदरातून"): the
  monkeys that ate the crop are no goods' origin.
- "Our own" (`OWN`) with a place goods come from after it (`SOURCE`: forest, garden,
  farm, village, hills) claims them grown or made there.

Hits of travel, the speaker's home or land are still judged by the passes after this one
(`audio.market.home_place`, `audio.market.person_came`). Words are matched like cues
(see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, end_at, forms_in
from audio.market.places import LOCATIVE, TRAVEL

ORIGIN = "claim_origin"

REGIONS = {
    "en": "rajasthan; sojat; ludhiana; kannauj; assam; kerala; himachal; punjab; gujarat; "
    "bengal; odisha; orissa; andhra; karnataka; konkan; jaipur",
    "hi": "राजस्थान; सोजत; लुधियाना; कन्नौज; असम; केरल; हिमाचल; पंजाब; गुजरात; बंगाल; ओडिशा; कोंकण",
    "ta": "ராஜஸ்தான; சோஜத; ஜெய்ப்பூர; ஜெய்பூர; லூதியானா; அசாம; கேரள; ஹிமாச்சல; பஞ்சாப; "
    "குஜராத; பெங்கால; ஒடிசா; கொங்கண",
    "te": "రాజస్థాన; సోజత; జైపూర; జయపుర; లుధియానా; అస్సాం; కేరళ; హిమాచల; పంజాబ; గుజరాత; బెంగాల; ఒడిశా; కొంకణ",
    "bn": "রাজস্থান; সোজত; জয়পুর; লুধিয়ানা; আসাম; অসম; কেরল; হিমাচল; পাঞ্জাব; গুজরাট; ওড়িশা",
    "mr": "राजस्थान; सोजत; जयपूर; लुधियाना; कन्नौज; आसाम; केरळ; हिमाचल; पंजाब; गुजरात; बंगाल; कोकण",
    "gu": "રાજસ્થાન; સોજત; લુધિયાણા; કનોજ; આસામ; કેરળ; હિમાચલ; પંજાબ; બંગાળ; ઓડિશા; કોંકણ",
    "kn": "ರಾಜಸ್ಥಾನ; ಸೋಜತ; ಜೈಪುರ; ಲುಧಿಯಾನ; ಅಸ್ಸಾಂ; ಕೇರಳ; ಹಿಮಾಚಲ; ಪಂಜಾಬ; ಗುಜರಾತ; ಬಂಗಾಳ; ಒಡಿಶಾ; ಕೊಂಕಣ",
    "ml": "രാജസ്ഥാന; സോജത; ജയ്പൂര; ജയ്‌പൂര; ലുധിയാന; ആസാമ; ഹിമാചല; പഞ്ചാബ; ഗുജറാത്ത; ബംഗാള; ഒഡീഷ; കൊങ്കണ",
    "pa": "ਰਾਜਸਥਾਨ; ਸੋਜਤ; ਲੁਧਿਆਣ; ਪੀਏਯੂ; ਕਨੌਜ; ਅਸਾਮ; ਕੇਰਲ; ਹਿਮਾਚਲ; ਗੁਜਰਾਤ; ਬੰਗਾਲ",
}
"""Per language, states and towns goods are known to come from, beyond the growing regions
of `audio.market.places` (written as stems: case endings follow them)."""

PORT = {
    "en": "port; harbour; harbor; jetty",
    "hi": "बंदरगाह; बंदर=; bandar",
    "ta": "துறைமுக; ஹார்பர",
    "te": "హార్బర; ఓడరేవ",
    "bn": "বন্দর; ঘাট=",
    "mr": "बंदर; धक्क; bandar*",
    "gu": "બંદર; bandar*",
    "kn": "ಬಂದರ; ಹಾರ್ಬರ",
    "ml": "ഹാർബ; തുറമുഖ",
    "pa": "ਬੰਦਰਗਾਹ",
}
"""Per language, a port or a fishing harbour the catch is landed at."""

FROM = {
    "en": "from",
    "hi": "से=; se=",
    "ta": "இருந்து; இருந்த; லிருந்து; irundhu",
    "te": "నుంచి; నుండి; nunchi",
    "bn": "থেকে; theke",
    "mr": "वरून; हून; तून; varun",
    "gu": "થી=; થી; માંથી; thi=",
    "kn": "ಇಂದ; ನಿಂದ; inda",
    "ml": "നിന്ന; ninn*",
    "pa": "ਤੋਂ; ਤੋ=; ton",
}
"""Per language, "from", apart or fused to the port's name ("बंदरावरून")."""

OWN = {
    "en": "our own; my own",
    "hi": "अपने; अपनी; हमारे अपने; apne; apni",
    "ta": "சொந்த; எங்க சொந்த; sondha; sontha",
    "te": "సొంత; మా సొంత; sontha",
    "bn": "নিজেদের; নিজের; nijeder; nijer",
    "mr": "स्वतःच्या; आमच्याच; swatahchya; amchyach",
    "gu": "પોતાના; પોતાની; પોતાનું; અમારા પોતાના; potana; potani",
    "kn": "ನಮ್ಮದೇ; ಸ್ವಂತ; nammade; swanta",
    "ml": "സ്വന്തം; swantham",
    "pa": "ਆਪਣੇ; ਆਪਣੀ; ਸਾਡੇ ਆਪਣੇ; apne; apni",
}
"""Per language, "our own" said of where goods come from."""

SOURCE = {
    "en": "forest; forests; jungle; garden; farm; field; fields; orchard; village; hills; "
    "trees; hives; land",
    "hi": "जंगल; बाग; बगीच; खेत; गांव; गाँव; पहाड़; पेड़; jangal; baag; khet; gaon",
    "ta": "காட்டு; காடு; தோட்ட; தோப்பு; வயல; ஊர்; மலை; kaattu; thottam",
    "te": "అడవి; తోట; పొలం; ఊరి; కొండ; చెట్ల; adavi; thota; polam",
    "bn": "জঙ্গল; বাগান; খেত; ক্ষেত; গ্রাম; পাহাড়; গাছ; jongol; bagan",
    "mr": "रान; जंगल; बाग; शेत; मळ; गाव; डोंगर; ran; jangal; shet",
    "gu": "જંગલ; વાડી; બાગ; ખેતર; ગામ; ડુંગર; jangal; vadi; khetar",
    "kn": "ಕಾಡಿನ; ಕಾಡು; ತೋಟ; ಹೊಲ; ಊರಿನ; ಬೆಟ್ಟ; kaadu; tota",
    "ml": "കാട്ടി; കാട്; തോട്ട; പറമ്പ; വയല; നാട്ടി; മല=; മലയി; kaatt*; thottam",
    "pa": "ਜੰਗਲ; ਬਾਗ; ਬਾਗ਼; ਖੇਤ; ਪਿੰਡ; ਪਹਾੜ; jangal; baag; khet; pind",
}
"""Per language, a place goods grow or are made at, said after "our own"."""

SPEAKER = {
    "en": "i; i'm; im; we; we're",
    "hi": "मैं; हम=; main; hum",
    "ta": "நான்; நாங்க; naan; naanga",
    "te": "నేను; మేము; nenu; memu",
    "bn": "আমি; আমরা; ami; amra",
    "mr": "मी=; आम्ही; mi=; amhi",
    "gu": "હું; અમે; hu=; ame",
    "kn": "ನಾನು; ನಾವು; naanu; naavu",
    "ml": "ഞാൻ; ഞങ്ങൾ; njan",
    "pa": "ਮੈਂ; ਅਸੀਂ; main; asi",
}
"""Per language, "I" and "we": said before a region in its clause ("मैं राजस्थान से हूँ",
I am from Rajasthan) the region is the speaker's home, no goods' origin (the speaker's
bringing goods from it, so said, is left unheard rather than misheard)."""

_OWN_REACH = 2
"""Words between "our own" and the place after it ("our own family forest")."""


def _regions(words: list[str], language: str, punct: frozenset[int]) -> list[tuple[int, int]]:
    if any(at(f, words, i) for i in range(len(words)) for f in forms_in(language, TRAVEL)):
        return []
    out = []
    for i in range(len(words)):
        if _spoken_of_self(words, i, language, punct):
            continue
        for f in forms_in(language, REGIONS):
            end = end_at(f, words, i)
            if end is None:
                continue
            beside = [k for k in (i - 1, end) if 0 <= k < len(words)]
            locative = forms_in(language, LOCATIVE)
            if not any(at(g, words, k) for k in beside for g in locative):
                out.append((i, end))
            break
    return out


def ports_named(words: list[str], language: str) -> list[tuple[int, int]]:
    """The spans of ports said with "from" (see above)."""
    out = []
    for i in range(len(words)):
        for f in forms_in(language, PORT):
            end = end_at(f, words, i)
            if end is None:
                continue
            fused = any(words[end - 1].endswith(s[-1][0]) for s in forms_in(language, FROM))
            apart = end < len(words) and any(at(g, words, end) for g in forms_in(language, FROM))
            if fused or apart:
                out.append((i, end + (0 if fused else 1)))
            break
    return out


def _spoken_of_self(words: list[str], i: int, language: str, punct: frozenset[int]) -> bool:
    """Whether "I" or "we" stands before word `i` in its clause (`SPEAKER`)."""
    lo = max([b for b in punct if b <= i] + [0])
    speakers = forms_in(language, SPEAKER)
    return any(at(f, words, k) for k in range(lo, i) for f in speakers)


def _own(words: list[str], language: str, punct: frozenset[int]) -> list[tuple[int, int]]:
    """ "Our own" with a place after it, not after "I" or "we" in its clause ("मैं अपने गाँव
    से आया हूँ", I've come from my village, tells where the speaker comes from)."""
    out = []
    for i in range(len(words)):
        if _spoken_of_self(words, i, language, punct):
            continue
        ends = [end_at(f, words, i) for f in forms_in(language, OWN)]
        end = max((e for e in ends if e is not None), default=None)
        if end is None:
            continue
        for k in range(end, min(len(words), end + _OWN_REACH + 1)):
            got = [end_at(f, words, k) for f in forms_in(language, SOURCE)]
            last = max((e for e in got if e is not None), default=None)
            if last is not None:
                out.append((i, last))
                break
    return out


def origin_told(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` with the origin claimed by a region, a port or "our own" land (see above),
    where no origin and no price question is heard already ("how much is this Rajasthani
    henna?" asks the price)."""
    if any(h.act in (ORIGIN, "ask_price") for h in hits):
        return hits
    spans = (
        _regions(words, language, punct)
        + ports_named(words, language)
        + _own(words, language, punct)
    )
    return hits + [Hit(ORIGIN, s, e) for s, e in spans[:1]]
