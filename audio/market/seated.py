"""A wait asked by seating: "sit a moment, his shave is nearly done", "बैठिए, इनकी दाढ़ी
बस हो गई", "ಸ್ವಲ್ಪ ಕೂತ್ಕೊಳ್ಳಿ, ಇವರದು ಮುಗಿದ ಮೇಲೆ ನಿಮ್ದು", "একটু বসুন দাদা". At a barber's,
a tailor's or a repair stall the one who asks a customer to sit asks them to wait their
turn (`wait`); the other customer's work said done or nearly done after it ("ಇವರದು ಮುಗಿದ
ಮೇಲೆ", "முடிஞ்சதும்") is the turn's end, no deal.

A clause is such a wait when it holds the verb of sitting said to the listener (`SIT`)
and nothing else but softeners ("a moment", "जरा", "একটু", "ಸ್ವಲ್ಪ", "കാസేపు"), terms of
address or the verb again. A line that offers tea or water or welcomes ("बैठिए, चाय
पीजिए", "बसा, चहा घ्या", "आइए, बैठिए") is hospitality, and one with a question after it
("বসুন, কী নেবেন?") asks what the customer wants: no wait. Words are matched like cues
(see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from audio.market.phrases import Form, at, forms_in
from audio.understanding.address import ADDRESS

SIT = {
    "en": "sit=; have a seat; take a seat; sit down",
    "hi": "बैठिए=; बैठिये=; बैठो=; बैठ जाइए; बैठ जाओ; बैठ जाइये; baithiye=; baitho=; "
    "baith jaiye; baith jao",
    "ta": "உட்காருங்க=; உக்காருங்க=; உட்காருங்கள்=; உக்காரு=; ukkarunga=; utkarunga=",
    "te": "కూర్చోండి=; కూర్చో=; కూర్చోండమ్మా=; koorchondi=; kurchondi=; kurcho=",
    "kn": "ಕೂತ್ಕೊಳ್ಳಿ=; ಕೂತುಕೊಳ್ಳಿ=; ಕೂರಿ=; ಕುಳಿತುಕೊಳ್ಳಿ=; ಕೂತ್ಕೊಳಿ=; kootkolli=; kutkolli=; kutkoli=; koori=",
    "ml": "ഇരിക്ക്=; ഇരിക്കൂ=; ഇരുന്നോ=; ഇരിക്കണേ=; irikku=; irikkoo=; irunno=",
    "bn": "বসুন=; বসো=; বোসো=; বসেন=; bosun=; boso=",
    "mr": "बसा=; basa=",
    "gu": "બેસો=; બેસજો=; beso=; besjo=",
    "pa": "ਬੈਠੋ=; ਬੈਠ ਜਾਓ; baitho=",
}
"""Per language, the verb of sitting said to the listener (English's heard in every language)."""

SOFT = {
    "en": "please; a moment; a minute; a bit; for a bit; for a moment; just; for a while; "
    "a while; for some time",
    "hi": "जरा=; ज़रा=; थोड़ा=; थोड़ी=; ना=; जी=; देर=; zara=; jara=; thoda=; thodi=; na=; der=",
    "ta": "கொஞ்சம்=; கொஞ்ச=; நேரம்=; konjam=; konja=; neram=",
    "te": "కాసేపు=; కొంచెం=; కొద్దిసేపు=; అండి=; kasepu=; konchem=",
    "kn": "ಸ್ವಲ್ಪ=; ಹೊತ್ತು=; swalpa=; hottu=",
    "ml": "ഒന്ന്=; കുറച്ച്=; കുറച്ചു=; നേരം=; onnu=; kurachu=; neram=",
    "bn": "একটু=; ektu=; একটুখানি=",
    "mr": "जरा=; थोडं=; थोडा=; वेळ=; jara=; vel=",
    "gu": "જરા=; ને=; થોડી=; થોડું=; વાર=; jara=; ne=; vaar=",
    "pa": "ਜ਼ਰਾ=; ਜਰਾ=; ਥੋੜ੍ਹਾ=; ਥੋੜਾ=; ਥੋੜ੍ਹੀ=; ਥੋੜੀ=; ਦੇਰ=; zara=; der=",
}
"""Per language, softeners said with the verb of sitting ("जरा", "একটু", "a moment", "a
while": "थोड़ी देर", "થોડી વાર", "ಸ್ವಲ್ಪ ಹೊತ್ತು")."""

TERMS = {
    "en": "aunty; uncle; boss",
    "hi": "साहब=; भाई साहब; दादा=; आंटी=; अंकल=; aunty; uncle; sahab",
    "te": "మేడం=; అమ్మా=; సార్=; madam",
    "mr": "ताई=; काका=; दादा=; मावशी=; tai=; kaka=",
}
"""Per language, terms of address beside the project's shared ones (`ADDRESS`)."""

HOSTED = {
    "en": "tea; coffee; water; welcome; come in",
    "hi": "चाय; पानी; कॉफी; आइए; आइये; chai; chay; pani; aaiye; aaiye",
    "ta": "டீ=; காபி; தண்ணி; வாங்க=; tea; kaapi",
    "te": "టీ=; కాఫీ; నీళ్ళు; రండి=; randi=",
    "kn": "ಟೀ=; ಕಾಫಿ; ನೀರು; ಬನ್ನಿ=; banni=",
    "ml": "ചായ; കാപ്പി; വെള്ളം; വരൂ=; വാ=; chaya; kaapi",
    "bn": "চা=; কফি; জল=; আসুন=; cha=; asun=",
    "mr": "चहा; पाणी; कॉफी; या=; chaha",
    "gu": "ચા=; પાણી; કોફી; આવો=; cha=; aavo=",
    "pa": "ਚਾਹ=; ਪਾਣੀ; ਆਓ=; chaa=; aao=",
}
"""Per language, words of a host's offer or welcome: the sitting is hospitality."""

FINISHED = "deal"
"""The act a finishing word says ("முடிஞ்சதும்", "ಮುಗೀತು"), of the other customer's work
beside a seated wait."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"sit": SIT, "soft": SOFT, "terms": TERMS, "hosted": HOSTED}[table])


def _any_at(table: str, words: list[str], i: int, language: str) -> int:
    """The length of a phrase of `table` standing at `i` (0 when none)."""
    for f in _forms(table, language):
        if at(f, words, i):
            return len(f)
    return 0


def seated_wait(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The clauses that ask to wait by seating (see above)."""
    if "?" in words or any(_any_at("hosted", words, i, language) for i in range(len(words))):
        return []
    cuts = sorted({0, len(words), *(b for b in punct if 0 < b < len(words))})
    spans: list[tuple[int, int]] = []
    for lo, hi in pairwise(cuts):
        i, sat = lo, False
        while i < hi:
            n = _any_at("sit", words, i, language)
            sat = sat or n > 0
            n = n or _any_at("soft", words, i, language) or _any_at("terms", words, i, language)
            if not n and words[i] in ADDRESS:
                n = 1
            if not n:
                break
            i += n
        if sat and i >= hi:
            spans.append((lo, hi))
    return spans
