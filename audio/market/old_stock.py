"""Old stock doubted: "looks like old stock, insects have got in", "ये पुराना माल लग रहा है,
इसमें कीड़े लग गए हैं", "ಹಳೇ ಸ್ಟಾಕ್ ತರ ಕಾಣ್ತಿದೆ", "is this last year's seed? it won't sprout
well", "हे मागच्या वर्षीचं आहे ना? नीट उगवणार नाही".

Old goods or last year's named (`AGED`) are a doubt that the goods are stale
(`quality_old`) where the line doubts them: a word of seeming (`DOUBT`: "looks like",
"लग रहा", "दिसतोय"), pests in the goods ("कीड़े लग गए", "ಹುಳ ಬಂದಿದೆ") or a sprouting
said not to come ("नहीं उगेगा", "ಮೊಳಕೆ ಬರಲ್ಲ"), or a question right after them ("last
year's?", "ગયા વર્ષનું બિયારણ છે?"). The doubt is meant over the stock asked, the lot or
the freshness its words may also hold ("पुराना माल" is no "पूरा माल", the whole lot).
Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import first_span, forms_in

OLD = "quality_old"
YIELDS = frozenset({"have_it", "bulk_price", "claim_fresh"})
"""Acts the doubt is meant over; a price asked ("last year's rate?") is no doubt."""

AGED = {
    "en": "old stock; old goods; old lot; last year's; from last year; last season's",
    "hi": "पुराना माल; पुराने माल; पुराना स्टॉक; पुराना स्टाक; पिछले साल का; पिछले साल की; "
    "पिछले साल के; पिछले बरस का; purana maal; purana stock; pichhle saal ka; pichle saal ka",
    "ta": "பழைய சரக்கு; பழைய ஸ்டாக்; போன வருஷ; போன வருஷத்து; போன வருட; போன வருசத்து; "
    "pazhaya sarakku; pona varusha*",
    "te": "పాత సరుకు; పాత స్టాక్; పోయిన సంవత్సరం; పోయిన ఏడాది; కిందటి ఏడాది; కిందటేడాది; "
    "పోయినేడాది; patha saruku; poyina samvatsaram",
    "bn": "পুরোনো মাল; পুরনো মাল; পুরোনো স্টক; পুরনো স্টক; গত বছরের; গেল বছরের; purono maal; goto bochorer",
    "mr": "जुना माल; जुना स्टॉक; जुनाच माल; मागच्या वर्षीच; मागल्या वर्षीच; गेल्या वर्षीच; "
    "मागच्या वर्षाच; juna maal; magchya varshich*",
    "gu": "જૂનો માલ; જૂનો સ્ટોક; જુનો માલ; ગયા વર્ષન; ગયા વરસન; ગયે વરસન; juno maal; gaya varshan*",
    "kn": "ಹಳೇ ಸ್ಟಾಕ್; ಹಳೆ ಸ್ಟಾಕ್; ಹಳೇ ಮಾಲು; ಹಳೆ ಮಾಲು; ಹಳೇ ಮಾಲ್; ಹೋದ ವರ್ಷದ; ಕಳೆದ ವರ್ಷದ; "
    "hale stock; hode varshada",
    "ml": "പഴയ സ്റ്റോക്ക; പഴയ ചരക്ക; കഴിഞ്ഞ കൊല്ലത്തെ; കഴിഞ്ഞ വർഷത്തെ; pazhaya stock",
    "pa": "ਪੁਰਾਣਾ ਮਾਲ; ਪੁਰਾਣੇ ਮਾਲ; ਪੁਰਾਣਾ ਸਟਾਕ; ਪਿਛਲੇ ਸਾਲ ਦਾ; ਪਿਛਲੇ ਸਾਲ ਦੀ; ਪਿਛਲੇ ਸਾਲ ਦੇ; "
    "purana maal; pichhle saal da",
}
"""Per language, old goods or last year's named (English's heard in every language)."""

DOUBT = {
    "en": "looks like; look like; seems; insects; weevils; worms; bugs have; won't sprout; "
    "will not sprout; won't germinate; will not germinate; won't grow",
    "hi": "लग रहा; लग रही; लग रहे; लगता है; दिख रहा; दिख रही; कीड़े; कीड़ा; घुन; सुरसुरी; "
    "इल्ली; नहीं उगेगा; नहीं उगेगी; नहीं उगेंगे; ना उगेगा; lag raha; keede; ghun",
    "ta": "மாதிரி இருக்கு; போல இருக்கு; பூச்சி; புழு; வண்டு; முளைக்காது; mathiri iruku",
    "te": "లా ఉంది; లాగా ఉంది; లాగ ఉంది; పురుగు; పురుగులు; మొలకెత్తదు; మొలకెత్తవు; మొలక రాదు; purugu",
    "bn": "মনে হচ্ছে; লাগছে; পোকা; ঘুণ; গজাবে না; অঙ্কুর হবে না; mone hocche; poka",
    "mr": "दिसतोय; दिसतंय; दिसते; दिसतो; वाटतोय; वाटतंय; किडे; कीड; अळ्या; उगवणार नाही; "
    "उगवणार नाहीत; उगणार नाही; distoy; kide",
    "gu": "લાગે છે; લાગે; દેખાય છે; જીવાત; ઈયળ; કીડા; ઊગશે નહીં; ઉગશે નહીં; ઊગશે નહિ; lage che; jivat",
    "kn": "ತರ ಕಾಣ್ತಿದೆ; ತರ ಇದೆ; ಹಾಗೆ ಕಾಣ್ತಿದೆ; ಕಾಣ್ತಿದೆ; ಹುಳ; ಹುಳು; ಮೊಳಕೆ ಬರಲ್ಲ; ಮೊಳಕೆ ಬರೋದಿಲ್ಲ; huLa; hula",
    "ml": "പോലെ തോന്നുന്നു; പോലെ ഉണ്ട്; പ്രാണി; പുഴു; ചെള്ള; മുളയ്ക്കില്ല; മുളക്കില്ല",
    "pa": "ਲੱਗਦਾ; ਲੱਗਦੀ; ਲਗਦਾ; ਸੁਸਰੀ; ਕੀੜੇ; ਸੁੰਡੀ; ਨਹੀਂ ਉੱਗੇਗਾ; ਨਹੀਂ ਉੱਗੇਗੀ; ਨਹੀਂ ਉੱਗਣਗੇ; ਨਹੀਂ ਉਗੇਗਾ; lagda; susri",
}
"""Per language, a doubt of the goods: a word of seeming, pests in them, or a sprouting
said not to come (English's heard in every language)."""

_ASKED = 3
"""Words after old goods named within which a question mark asks about them."""


def old_stock(hits: list[Hit], words: list[str], language: str, punct: frozenset[int]) -> list[Hit]:
    """`hits` with old goods doubted read as `quality_old` (see above)."""
    aged = forms_in(language, AGED)
    span = first_span(aged, words)
    if span is None or any(h.act == "ask_price" for h in hits):
        return hits
    start, end = span
    asked = "?" in words[end : end + _ASKED]
    if not asked and first_span(forms_in(language, DOUBT), words) is None:
        return hits
    kept = [h for h in hits if h.act not in YIELDS and h.act != OLD]
    return [*kept, Hit(OLD, start, end)]
