"""A bag said not needed: "no need for a bag, I've got my own", "you needn't give a bag",
"থলে লাগবে না", "ব্যাগ দিতে হবে না", "થેલીની જરૂર નથી", "ਲਿਫ਼ਾਫ਼ੇ ਦੀ ਲੋੜ ਨਹੀਂ". A word
of need denied (`NOT_NEEDED`) said in the bag word's clause, within `_REACH` words of it,
refuses the bag offered: the speaker has their own (`have_bag`), as a bag refused by a
plain "no" does (`audio.market.paying_meant`). English's "no need" refuses the need, no
way to pay and no bag by its "no" alone, and Bengali "হবে না" after a verb of giving is
"need not give", where "দাও না" asks ("please give").

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import end_at, forms_in

_REACH = 4

NOT_NEEDED = {
    "en": "no need; don't need; dont need; do not need; needn't; need not; not needed; "
    "not necessary; no necessity",
    "hi": "ज़रूरत नहीं; जरूरत नहीं; नहीं चाहिए; zarurat nahi; jarurat nahi; nahi chahiye",
    "ta": "தேவையில்ல; தேவை இல்ல; வேண்டாம்; thevaiyilla; thevai illa",
    "te": "అక్కర్లేదు; అవసరం లేదు; వద్దు; akkarledu; avasaram ledu",
    "bn": "লাগবে না; হবে না; দরকার নেই; দরকার নাই; lagbe na; hobe na; dorkar nei; darkar nei",
    "mr": "गरज नाही; लागणार नाही; नको; garaj nahi",
    "gu": "જરૂર નથી; નથી જોઈતી; નથી જોઈતો; નથી જોઈતું; જોઈતી નથી; જોઈતો નથી; jarur nathi; "
    "nathi joiti; nathi joito",
    "kn": "ಬೇಕಿಲ್ಲ; ಅಗತ್ಯ ಇಲ್ಲ; ಬೇಡ; bekilla",
    "ml": "ആവശ്യമില്ല; ആവശ്യം ഇല്ല; വേണ്ട; aavashyamilla; avashyamilla",
    "pa": "ਲੋੜ ਨਹੀਂ; ਨਹੀਂ ਚਾਹੀਦਾ; ਨਹੀਂ ਚਾਹੀਦੀ; ਜ਼ਰੂਰਤ ਨਹੀਂ; lod nahi; nahi chahida",
}
"""Per language, words that say a thing is not needed (English's heard in every
language)."""


def unneeded(
    words: list[str], start: int, end: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the bag word at [start, end) is said not needed (see above)."""
    lo = max([b for b in punct if b <= start] + [0, start - _REACH])
    hi = min([b for b in punct if b > start] + [len(words), end + _REACH])
    for i in range(lo, hi):
        if start <= i < end:
            continue
        for f in forms_in(language, NOT_NEEDED):
            stop = end_at(f, words, i)
            if stop is not None and stop <= hi and not (i < start < stop):
                return True
    return False
