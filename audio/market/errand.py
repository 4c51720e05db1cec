"""An errand told: "মেয়েকে স্কুলে দিয়ে আসি রোজ" (I drop my daughter at school), "घेऊन
येतो" (I'll bring it), "ಮಗನನ್ನ ಬಿಟ್ಟು ಬರ್ತೀನಿ" (I'll drop my son and come). A verb of coming
or going that takes leave alone ("আসি", "येतो", "ಬರ್ತೀನಿ") is, right after a verb of
taking, dropping or giving (`ERRAND`: "দিয়ে", "घेऊन", "ಬಿಟ್ಟು"), one verb with it: the
speaker tells of a trip made for someone, and takes no leave. A going after a verb of
going itself ("ಹೋಗಿ ಬರ್ತೀನಿ", "போயிட್டு வரேன்") still takes leave. Words are matched like
cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import end_at, forms_in

GOODBYE = "goodbye"

ERRAND = {
    "en": "",
    "hi": "छोड़ने; छोड़ के; छोड़कर; पहुँचाने; पहुंचाने; देने; लेने; लाने; chhodne; dene; lene; lane",
    "ta": "விட்டுட்டு; குடுத்துட்டு; கொடுத்துட்டு; வாங்கிட்டு; எடுத்துட்டு; கூட்டிட்டு; "
    "vittuttu; kuduthuttu; vaangittu; eduthuttu; koottittu",
    "te": "దింపి; దిగబెట్టి; ఇచ్చి; తీసుకుని; తీసుకొని; తెచ్చి; dimpi; ichi; teesukoni",
    "bn": "দিয়ে; নিয়ে; রেখে; পৌঁছে; ছেড়ে; তুলে; কিনে; এনে; diye; niye; rekhe; pouchhe",
    "mr": "घेऊन; देऊन; सोडून; पोचवून; पोहोचवून; ठेवून; आणून; sodun; gheun; deun",
    "gu": "મૂકવા; મૂકીને; આપવા; આપીને; લેવા; લઈને; લાવવા; mukva; aapva; leva",
    "kn": "ಬಿಟ್ಟು; ಕೊಟ್ಟು; ತಗೊಂಡು; ತೆಗೆದುಕೊಂಡು; ಇಟ್ಟು; ಕರ್ಕೊಂಡು; bittu; kottu; tagondu",
    "ml": "കൊടുത്തിട്ട്; ആക്കിയിട്ട്; വാങ്ങിയിട്ട്; എടുത്തിട്ട്; kodutthittu; aakkiyittu",
    "pa": "ਛੱਡਣ; ਛੱਡ ਕੇ; ਦੇਣ; ਲੈਣ; ਦੇ ਕੇ; ਲੈ ਕੇ; chhadan; chhad ke",
}
"""Per language, verbs of taking, dropping or giving that a coming or going right after
makes an errand (English's heard in every language)."""

_BEFORE = 3
"""Words an errand verb may take up before the coming."""


def errand_told(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """The hits without a goodbye that is only the coming of an errand (see above)."""
    return [h for h in hits if h.act != GOODBYE or not _after_errand(words, h.start, language)]


def _after_errand(words: list[str], start: int, language: str) -> bool:
    return any(
        end_at(f, words, i) == start
        for i in range(max(0, start - _BEFORE), start)
        for f in forms_in(language, ERRAND)
    )
