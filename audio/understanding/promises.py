"""A promise backed by a word of agreement: "I'll have it at the hall by six, for sure",
"कल सुबह घर पहुँचा दूँगा, पक्का", "நாளைக்கு கொண்டு வந்து தருவேன், கண்டிப்பா", and a phone
number or a request to call ("note my number, 98450 ..., call any time, okay").

An accept agrees to the other side's price. "Pakka", "sure", "ok" beside the speaker's own
promise to bring or deliver the goods, or beside a number to call, backs that promise or
request and agrees to no price: with no price said the line is talk (`other`). "पक्का, ले
लेता हूँ" and "ok done" promise nothing of the kind and stay accepts; a price said beside
the promise ("पचास में पहुँचा दूँगा") is read as usual.

Entries are phrases of words; a word ending in "-" is matched as a word's start.
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import tokenize
from audio.understanding.reading import _Reading

# First-person promises to bring, deliver or send, and requests to call.
# fmt: off
_PROMISES: dict[str, tuple[str, ...]] = {
    "en": ("i'll deliver", "i will deliver", "i'll bring", "i will bring", "i'll send",
           "i will send", "i'll have it", "i will have it", "i'll drop it", "call any time",
           "call anytime", "call me", "give me a call", "ring me", "note my number",
           "note down my number", "my number is", "phone me", "i'll drop",
           "i will drop"),
    "hi": ("पहुँचा दूँ-", "पहुंचा दूं-", "पहुँचा दूं-", "पहुंचा दूँ-", "पहुँचा देंगे",
           "पहुंचा देंगे", "भिजवा दूँ-", "भिजवा दूं-", "ले आऊँगा", "ले आऊंगा", "pahucha dunga",
           "pahuncha dunga", "pahucha denge", "pahuncha denge", "pahucha dungi", "pahuncha dungi",
           "bhijwa dunga", "le aaunga", "फ़ोन कर-", "फोन कर-", "कॉल कर-", "phone kar-",
           "call kar-", "मेरा नंबर", "mera number"),
    "ta": ("கொண்டு வந்து", "கொண்டு வரு-", "கொண்டு வந்துடு-", "கொண்டுவந்து", "kondu vandhu",
           "kondu varu-", "kondu vandhudu-", "கூப்பிடுங்க", "போன் பண்ணு-", "kooppidunga",
           "phone pannu-", "என் நம்பர்", "en number"),
    "te": ("తెచ్చి ఇస్తా-", "తెచ్చిస్తా-", "తెస్తా-", "పంపిస్తా-", "techi ista-",
           "testa-", "pampista-", "repu ichest-", "repu icchest-", "repu ista-",
           "రేపు ఇచ్చేస్తా-", "రేపు ఇస్తా-", "ఫోన్ చేయ-", "ఫోన్ చెయ్య-", "phone cheya-",
           "నా నంబర్", "na number"),
    "bn": ("পৌঁছে দেব", "পৌঁছে দিয়ে যাব", "পাঠিয়ে দেব", "দিয়ে যাব", "pouchhe debo",
           "pouche debo", "pathiye debo", "diye jabo", "ফোন কর-", "phone kor-", "আমার নম্বর",
           "amar number"),
    "mr": ("पोचवून देई-", "पोहोचवून देई-", "पोचवी-", "पोहोचवी-", "पाठवून देई-", "आणून देई-",
           "pochvin", "pochvun dein", "pohochvin", "anun dein", "pohochavto", "pochavto",
           "pohochavte", "pohochavun deto", "anun deto", "फोन कर-", "फोन करा",
           "phone kara", "माझा नंबर", "majha number"),
    "gu": ("પહોંચાડી દઈ-", "પહોંચાડી દે-", "પહોંચાડીશ", "મોકલી દઈ-", "લઈ આવી-", "pahonchadi dai-",
           "pahonchadish", "mokli dai-", "ફોન કર-", "phone kar-", "મારો નંબર", "maro number"),
    "kn": ("ತಂದು ಕೊಡ್ತೀ-", "ತಂದುಕೊಡ್ತೀ-", "ತಂದು ಕೊಡುತ್ತೀ-", "ಕಳಿಸ್ತೀ-", "ತಲುಪಿಸ್ತೀ-",
           "thandu kodthi-", "tandu kodti-", "kalisti-", "ಫೋನ್ ಮಾಡಿ", "phone maadi", "phone madi",
           "ನನ್ನ ನಂಬರ್", "nanna number"),
    "ml": ("എത്തിച്ചു തര-", "എത്തിച്ച് തര-", "എത്തിക്കാം", "കൊണ്ടുവന്നു തര-", "കൊണ്ടു തര-",
           "ethichu thara-", "ethichu tharaam", "ethikkam", "kondu thara-", "വിളിച്ചോ",
           "വിളിക്ക്", "vilicho", "എന്റെ നമ്പർ", "ente number"),
    "pa": ("ਪਹੁੰਚਾ ਦਿਆਂ-", "ਪਹੁੰਚਾ ਦੇਵਾਂ-", "ਭੇਜ ਦਿਆਂ-", "ਲੈ ਆਵਾਂ-", "pahuncha dewanga",
           "pahuncha diyanga", "bhej dewanga", "pahuncha dawanga", "pahuncha devanga",
           "pahuncha dawangi", "ਫ਼ੋਨ ਕਰ-", "ਫੋਨ ਕਰ-", "phone kar-", "ਮੇਰਾ ਨੰਬਰ",
           "mera number"),
}
# fmt: on


def _entry(phrase: str) -> tuple[tuple[str, bool], ...]:
    """Each word of `phrase` folded, and whether it is matched as a word's start."""
    words = phrase.split()
    parts: list[tuple[str, bool]] = []
    for word in words:
        stem = word.endswith("-")
        norms = [t.norm for t in tokenize(word.rstrip("-"))]
        parts += [(n, False) for n in norms[:-1]] + [(norms[-1], stem)] if norms else []
    return tuple(parts)


@cache
def _entries(language: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    said = {*_PROMISES.get(language, ()), *_PROMISES["en"], *_PROMISES["hi"]}
    return tuple(e for e in (_entry(p) for p in said) if e)


def _matches(words: list[str], i: int, entry: tuple[tuple[str, bool], ...]) -> bool:
    if i + len(entry) > len(words):
        return False
    return all(
        words[i + j].startswith(w) if stem else words[i + j] == w
        for j, (w, stem) in enumerate(entry)
    )


def promised(reading: _Reading, unpriced: bool = True) -> bool:
    """Whether the line promises to bring or deliver the goods, or gives a number to call:
    its words of agreement back that promise, not a price. `unpriced`: no price is said,
    or none is on the table to agree to ("पचास में पहुँचा दूँगा, पक्का" offers 50); a price
    said against one on the table may still agree to it, and is left to the price's move."""
    if not unpriced:
        return False
    if reading.phone:
        return True
    words = list(reading.words)
    entries = _entries(reading.language)
    return any(_matches(words, i, e) for i in range(len(words)) for e in entries)
