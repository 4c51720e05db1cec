"""Taking said on the speaker's own terms: "if you give it for 150, I'll take it", "दो
हज़ार में दो तो ले लूँगी", "শাল দুহাজারে দিলে নেব", "ரெண்டாயிரத்துக்கு குடுத்தா
எடுத்துக்கறேன்", "दीडशेला दिलं तर घेईन". The other side has not given at that price: the
taking hangs on it, so the words of taking agree to nothing and the price is an offer."""

from __future__ import annotations

from audio.lexicon import fold

# A verb of giving in its conditional form, one word: "if (you) give".
_GIVEN_IF = frozenset(
    fold(w)
    for w in (
        "দিলে", "dile",
        "குடுத்தா", "கொடுத்தா", "குடுத்தால்", "கொடுத்தால்", "தந்தா", "தந்தால்",
        "குடுத்தீங்கன்னா", "கொடுத்தீங்கன்னா", "தந்தீங்கன்னா", "kudutha", "kodutha", "thantha",
        "ఇస్తే", "ఇచ్చేస్తే", "ఇస్తారంటే", "isthe", "iste", "ichesthe",
        "ಕೊಟ್ರೆ", "ಕೊಟ್ಟರೆ", "ಕೊಡೋದಾದ್ರೆ", "ಕೊಡುವುದಾದರೆ", "kotre", "kottare",
        "തന്നാൽ", "തന്നാല്", "തരുകയാണെങ്കിൽ", "തരുവാണേൽ", "തരാമെങ്കിൽ", "കൊടുത്താൽ",
        "thannal", "tharukayanenkil",
        "दिल्यास", "दिलेस", "dilyas",
    )
)  # fmt: skip
# A verb of giving, then the "then" word: "दो तो", "देते हो तो", "दिलं तर", "આપો તો",
# "ਦਿਓ ਤਾਂ", "দেন তো".
_GIVE = frozenset(
    fold(w)
    for w in (
        "दो", "दोगे", "दें", "देंगे", "दीजिए", "देते", "देती", "दे", "doge", "dete", "dijiye",
        "दिलं", "दिले", "दिला", "दिलात", "दिलंत", "द्याल", "देणार", "देता", "dila", "dilat",
        "આપો", "આપશો", "આપતા", "આપી", "aapo", "apo", "aapsho",
        "ਦਿਓ", "ਦਿਓਗੇ", "ਦਿੰਦੇ", "ਦੇਵੋ", "ਦੇਵੋਗੇ", "dio", "deo", "dinde",
        "দেন", "দাও", "দিন", "দেবেন", "den", "dao", "deben",
    )
)  # fmt: skip
_THEN = frozenset(fold(w) for w in ("तो", "toh", "તો", "ਤਾਂ", "taan", "तर", "tar", "তো"))
# English: "if you give / do / make / sell / let it go for ...".
_EN_GIVE = frozenset(("give", "do", "make", "sell", "let", "can", "could", "will", "are"))
_TAKE_BY = 3
"""The most words between the give verb and its "then": "देते हो तो", "देणार असाल तर"."""


def _terms_end(words: list[str]) -> int | None:
    """Where the first condition of giving ends, or None."""
    for k, word in enumerate(words):
        if word in _GIVEN_IF:
            return k + 1
        if word in _GIVE:
            then = next(
                (j for j in range(k + 1, k + _TAKE_BY + 1) if j < len(words) and words[j] in _THEN),
                None,
            )
            if then is not None:
                return then + 1
        if (
            word == "if"
            and k + 2 < len(words)
            and words[k + 1] == "you"
            and words[k + 2] in _EN_GIVE
        ):
            return k + 3
    return None


def accepts_on_terms(words: list[str], accepts: list[int]) -> list[int]:
    """The words of taking (at `accepts`) said after a condition of giving."""
    end = _terms_end(words)
    return [a for a in accepts if end is not None and a >= end]
