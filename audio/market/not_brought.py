"""A bag said not brought: "I didn't bring a bag", "थैला नहीं लाया", "થેલી નથી લાવ્યો", "பை
கொண்டு வரல". The "no" there denies the bringing, not the bag: the speaker has none and
needs one (`give_bag`), where a bag refused ("थैली नहीं चाहिए", "theli nathi joiti") says
they have their own (`have_bag`).

A bag word is said not brought when, in its clause and within `_REACH` words after it, a
word that says no (`audio.market.negation`) stands right before or after a verb of
bringing (`BROUGHT`), or a bringing said with its own "no" (`NOT_BROUGHT`: "ತಂದಿಲ್ಲ",
"আনিনি", "తేలేదు") stands; English's "didn't bring" before the bag is read the same.

A bag said forgotten (`FORGOT`: "थैला लाना भूल गई", "થેલી ભૂલી ગયો") in a line that asks
to be given one (`GIVE`) is not brought either; forgotten on a bus, with nothing asked,
it is small talk.

"Can I have a bag?" asks for one too (`ASKED_TO_HAVE`): its "I have" says no bag had."""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold
from audio.market.negation import is_negation
from audio.market.phrases import Form, at, forms_in

_REACH = 4

BROUGHT = {
    "en": "bring; brought; carry; carried",
    "hi": "लाया; लाई; लाए; लाये; लायी; laya; laaya; layi; laayi; laye; laaye",
    "mr": "आणली; आणला; आणले; आणलं; आणलेली; anli; aanli; anla; aanla; anle; aanle",
    "gu": "લાવ્યો; લાવી; લાવ્યા; લાવ્યાં; lavyo; laavyo; lavi; laavi; lavya; laavya",
    "pa": "ਲਿਆਇਆ; ਲਿਆਈ; ਲਿਆਂਦਾ; ਲਿਆਂਦੀ; ਲਿਆਏ; liaya; liyaya; liayi; liyandi; liyanda",
    "bn": "আনলাম; আনিনি; এনেছি; anlam; enechi",
}
"""Per language, verbs of having brought a thing, said beside a separate "no" (English's
heard in every language)."""

NOT_BROUGHT = {
    "en": "didn't bring; did not bring; forgot to bring; haven't brought; have not brought",
    "hi": "नहीं लाया; नहीं लाई; nahi laya; nahi laaya; nahin laya; nahi layi",
    "ta": "கொண்டு வரல; கொண்டு வரலை; கொண்டு வரவில்லை; கொண்டுவரல; எடுத்துட்டு வரல; "
    "எடுத்து வரல; kondu varala; kondu varale; eduthuttu varala",
    "te": "తేలేదు; తెచ్చుకోలేదు; తీసుకురాలేదు; తెచ్చలేదు; teledu; techukoledu; teesukuraledu; techaledu",
    "bn": "আনিনি; আনি নি; আনিনি; aanini; anini; ani ni",
    "kn": "ತಂದಿಲ್ಲ; ತಂದಿಲ್ಲಾ; ತರಲಿಲ್ಲ; tandilla; taralilla",
    "ml": "കൊണ്ടുവന്നില്ല; എടുത്തില്ല; konduvannilla; eduthilla",
    "gu": "લાવ્યો નથી; લાવી નથી; lavyo nathi; laavyo nathi; lavi nathi",
    "mr": "आणली नाही; आणला नाही; anli nahi; aanli nahi",
    "pa": "ਨਹੀਂ ਲਿਆਇਆ; ਨਹੀਂ ਲਿਆਈ; ਨਹੀਂ ਲਿਆਂਦਾ; nahi liaya; nahi liyaya",
}
"""Per language, a bringing said with its "no" (English's heard in every language)."""


FORGOT = {
    "en": "forgot; forgotten",
    "hi": "भूल गई; भूल गया; भूल गए; bhool gayi; bhool gaya; bhul gayi; bhul gaya; bhool gai",
    "ta": "மறந்துட்டேன்; மறந்துட்டு; மறந்துபோச்சு; maranthuten; marandhutten; maranthutten",
    "te": "మర్చిపోయా; మరిచిపోయా; marchipoya; marachipoya",
    "bn": "ভুলে গেছি; ভুলে গেলাম; bhule gechi; bhule gelam",
    "mr": "विसरले; विसरलो; विसरला; विसरली; visarle; visarlo; visarli",
    "gu": "ભૂલી ગઈ; ભૂલી ગયો; ભૂલી ગયા; bhuli gai; bhuli gayi; bhuli gayo; bhuli gaya",
    "kn": "ಮರೆತೆ; ಮರೆತುಬಿಟ್ಟೆ; ಮರೆತುಹೋಯ್ತು; marete; marethe; maretubitte",
    "ml": "മറന്നു; മറന്നുപോയി; marannu; marannupoyi",
    "pa": "ਭੁੱਲ ਗਈ; ਭੁੱਲ ਗਿਆ; ਭੁੱਲ ਗਏ; bhul gayi; bhul gaya; bhull gayi",
}
"""Per language, a thing said forgotten (English's heard in every language)."""

GIVE = {
    "en": "give; can i have; can i get",
    "hi": "दे दो; दे दीजिए; दीजिए; दो=; de do; dedo; dijiye",
    "ta": "குடுங்க; கொடுங்க; தாங்க; kudunga; kodunga; thaanga",
    "te": "ఇవ్వండి; ఇవ్వు; ivvandi; ivvu",
    "bn": "দিন; দাও; দেবেন; din=; dao; deben",
    "mr": "द्या; दे ना; dya; dyaa",
    "gu": "આપો; આપજો; આપશો; aapo; apo; aapjo; apjo",
    "kn": "ಕೊಡಿ; ಕೊಡ್ತೀರಾ; kodi; kodtira",
    "ml": "തരൂ; തരാമോ; താ=; tharo; tharu; tharamo",
    "pa": "ਦੇ ਦਿਓ; ਦਿਓ; ਦੇਦੋ; de dio; dedo; dio",
}
"""Per language, a request to be given a thing."""


ASKED_TO_HAVE = "can i have; could i have; may i have; can i get; could i get; can we have"
"""English requests to be given a thing, said before it, that hold the words "I have"."""


@lru_cache(maxsize=1)
def _asked() -> tuple[Form, ...]:
    return forms_in("en", {"en": ASKED_TO_HAVE})


@lru_cache(maxsize=16)
def _brought(language: str) -> frozenset[str]:
    return frozenset(
        fold(w) for lang in {language, "en"} for w in BROUGHT.get(lang, "").split("; ") if w
    )


@lru_cache(maxsize=16)
def _forgot_given(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...]]:
    return forms_in(language, FORGOT), forms_in(language, GIVE)


def _forgotten(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether a word of forgetting stands in [start, end) and a request to be given one
    anywhere in the line ("thelo lavanu bhuli gayo, ek aapo")."""
    forgot, give = _forgot_given(language)
    return any(at(f, words, i) for f in forgot for i in range(start, end)) and any(
        at(f, words, i) for f in give for i in range(len(words))
    )


def _bringing(word: str, language: str) -> bool:
    return any(word == b or (len(b) >= 4 and word.startswith(b)) for b in _brought(language))


def not_brought(words: list[str], start: int, punct: frozenset[int], language: str) -> bool:
    """Whether the bag word (or the words of having it) at `start` is said not brought or
    asked for with "can I have" (see above)."""
    end = min([b for b in punct if b > start] + [len(words), start + 1 + _REACH])
    if _forgotten(words, start + 1, end, language):
        return True
    for i in range(start + 1, end):
        if any(at(f, words, i) for f in forms_in(language, NOT_BROUGHT)):
            return True
        if _bringing(words[i], language) and (
            is_negation(words[i - 1], language)
            or (i + 1 < end and is_negation(words[i + 1], language))
        ):
            return True
    lo = max([b for b in punct if b <= start] + [0, start - 5])
    if language == "en" and _forgotten(words, lo, start, language):
        return True  # "forgot my bag, give me one"
    return any(
        at(f, words, i) for i in range(lo, start) for f in (*forms_in("en", NOT_BROUGHT), *_asked())
    )
