"""Goods said to come from a hill, a forest, the sea or a river, straight or from the
seller's own: "herbs straight from the Kolli hills", "जड़ी-बूटी सीधे कुमाऊँ के पहाड़ों
से", "கொல்லி மலையில இருந்து நேரா வந்த மூலிகை", "थेट सह्याद्रीच्या डोंगरातून", "honey from
our own forest", "ಬಿಳಿಗಿರಿ ಬೆಟ್ಟದಿಂದ ನೇರವಾಗಿ ಬಂದ". Whatever the place is called, a word of
such a place (`PLACES`, matched as a stem so its case endings follow it) with a word of
directness in its clause (`STRAIGHT`) or the seller's "own" right before it (`OWN`)
claims where the goods come from (`claim_origin`).

A line that already says another act keeps it ("fresh, straight from the hills this
morning" claims freshness); a place named with neither ("my brother is in the hills") is
small talk."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.inventory import ACTS
from audio.market.passes import Line
from audio.market.phrases import at, end_at, forms_in

ORIGIN = "claim_origin"

PLACES = {
    "en": "hill*; mountain*; forest*; jungle*; beach*; coast*; shore*; sea=; river*; lake*; "
    "estate*; plantation*",
    "hi": "पहाड; पर्वत; जंगल; समंदर; समुंदर; समुद्र; नदी; झील; घाटी; pahad*; jangal*",
    "ta": "மலை; காட்டு; காடு=; கடற்கரை; கடல்; ஏரி=; எஸ்டேட்; malai*; kaattu*",
    "te": "కొండ; అడవి; బీచ్; సముద్ర; నది; ఎస్టేట్; konda*; adavi*",
    "bn": "পাহাড়; জঙ্গল; সৈকত; সমুদ্র; নদী; বাগান; pahar*; jongol*",
    "mr": "डोंगर; जंगल; रानात; रानातून; समुद्र; किनाऱ्या; नदी; dongar*; jangal*",
    "gu": "ડુંગર; જંગલ; દરિયા; કાંઠ; નદી; પહાડ; dungar*; jangal*",
    "kn": "ಬೆಟ್ಟ; ಗುಡ್ಡ; ಕಾಡಿ; ಕಾಡು=; ಕಡಲ; ಸಮುದ್ರ; ನದಿ; ಎಸ್ಟೇಟ್; betta*; kaadu*",
    "ml": "മലയിൽ; മലമുകളിൽ; മലകളിൽ; കാട്ടിൽ; കാടിന്; കടപ്പുറ; കടലിൽ; പുഴയിൽ; എസ്റ്റേറ്റ്",
    "pa": "ਪਹਾੜ; ਜੰਗਲ; ਦਰਿਆ; ਨਦੀ; pahad*; jangal*",
}
"""Per language, a place goods are taken from: a hill, a forest, the sea, a river."""

STRAIGHT = {
    "en": "straight; direct; directly",
    "hi": "सीधे; सीधा; सीधी; seedhe; seedha; sidha; sidhe",
    "ta": "நேரா; நேரடியா; நேராக; நேரடியாக; nera; neradiya",
    "te": "నేరుగా; నేరుగ; neruga",
    "bn": "সোজা; সরাসরি; soja; sorasori",
    "mr": "थेट; thet",
    "gu": "સીધું; સીધી; સીધા; સીધો; sidhu; sidhi; sidha",
    "kn": "ನೇರವಾಗಿ; ನೇರ=; neravagi; nera",
    "ml": "നേരിട്ട്; നേരെ=; nerittu",
    "pa": "ਸਿੱਧੇ; ਸਿੱਧਾ; ਸਿੱਧੀ; ਸਿੱਧੀਆਂ; sidhe; sidha",
}
"""Per language, a word of directness: straight from the place."""

OWN = {
    "en": "our own; own; my own",
    "hi": "अपने; अपनी; हमारे अपने; apne",
    "ta": "சொந்த; எங்க சொந்த; sontha; sondha",
    "te": "సొంత; మా సొంత; sontha",
    "bn": "নিজেদের; নিজের; nijeder",
    "mr": "स्वतःच्या; आमच्याच; आमच्या स्वतःच्या; swatahchya",
    "gu": "પોતાના; પોતાની; અમારા જ; potana",
    "kn": "ನಮ್ಮದೇ; ಸ್ವಂತ; nammade; swanta",
    "ml": "സ്വന്തം; ഞങ്ങളുടെ സ്വന്തം; swantham",
    "pa": "ਆਪਣੇ; ਆਪਣੀ; ਸਾਡੇ ਆਪਣੇ; apne",
}
"""Per language, the seller's own, right before the place."""

OWN_GAP = 2
"""Words that may stand between the "own" and the place ("our own big forest")."""


def origin_place(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` with `claim_origin` where a place of `PLACES` is said straight or own, and
    the line says no other act but a courtesy."""
    words, language = line.words, line.language
    if any(not ACTS[h.act].weak for h in hits):
        return hits
    bounds = sorted({0, *line.punct, len(words)})
    places, straight, own = (forms_in(language, t) for t in (PLACES, STRAIGHT, OWN))
    for i in range(len(words)):
        for f in places:
            end = end_at(f, words, i)
            if end is None:
                continue
            lo = max(b for b in bounds if b <= i)
            hi = min(b for b in bounds if b >= end)
            direct = any(at(g, words, k) for k in range(lo, hi) for g in straight)
            owned = any(
                (e := end_at(g, words, k)) is not None and i - OWN_GAP <= e <= i
                for k in range(lo, i)
                for g in own
            )
            if direct or owned:
                return [*hits, Hit(ORIGIN, i, end)]
    return hits
