"""A network said missing beside a way to pay that needs it: "cash tharen, QR scan panna
net illa" (I'll give cash, there's no net to scan the QR), "नकद दूँगा, स्कैन के लिए नेट नहीं
है", "I'll pay cash, no signal for the scan". The "no" is the network's, so it stands
further from the UPI or card it fails than a "no" said of the way itself
(`audio.market.negation`), yet it fails that way all the same: the way to pay the
speaker means is the other one said (cash).

A way to pay other than cash is failed when its clause holds a word for the network
(`NETWORK`) with a word for no, or one for not working, at most `_NEAR` words from it,
either side ("net illa", "no signal", "नेटवर्क नहीं"), or one for not working anywhere
after it in the clause ("the UPI server is down since this morning"). Cash needs no
network: "net nahi hai to cash de deta hoon" still pays cash. A way distrusted fails the
same way: a word for trust (`TRUST`) with a word for no near it in the way's clause
("मैं नकद दूँगा, ऑनलाइन पेमेंट पर भरोसा नहीं", "cash tharen, online-la nambikkai illa"),
however many words stand between the way and the trust. So does a way called a hassle
in its clause ("UPI ची भानगड नको, रोख घ्या", "cash le lo, UPI ka jhanjhat kaun kare",
`HASSLE`), unless the hassle itself is denied by the word before it ("UPI karo, koi
jhanjhat nahi", "no hassle": `NO_HASSLE`). A "no" beside a network word is the
network's (`network_nos`): it refuses no way to pay said nearer to it ("I'll give cash,
no signal for the QR" pays cash).
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold, is_indic
from audio.market.negation import is_negation, says_broken

_NEAR = 2

NETWORK = (
    "net; network; signal; signals; internet; range; data; नेट; नेटवर्क; सिग्नल; इंटरनेट; "
    "रेंज; நெட்; நெட்வொர்க்; சிக்னல்; ரேஞ்ச்; నెట్; నెట్వర్క్; సిగ్నల్; రేంజ్; নেট; "
    "নেটওয়ার্ক; সিগন্যাল; ইন্টারনেট; નેટ; નેટવર્ક; સિગ્નલ; ನೆಟ್; ನೆಟ್ವರ್ಕ್; ಸಿಗ್ನಲ್; ರೇಂಜ್; "
    "നെറ്റ്; നെറ്റ്‌വർക്ക്; സിഗ്നൽ; റേഞ്ച്; ਨੈੱਟ; ਨੈੱਟਵਰਕ; ਸਿਗਨਲ; ਨੈਟ; nettu; nett; server; "
    "सर्वर; சர்வர்; సర్వర్; সার্ভার; સર્વર; ಸರ್ವರ್; സെർവർ; ਸਰਵਰ"
)
"""Words for the network a way to pay goes through (native script or romanized)."""

TRUST = (
    "trust; bharosa; bharosaa; vishwas; bharoso; nambikkai; nammakam; nambike; vishwasam; "
    "yakeen; bhorsa; भरोसा; विश्वास; यकीन; ભરોસો; વિશ્વાસ; ਭਰੋਸਾ; ਯਕੀਨ; ਵਿਸ਼ਵਾਸ; ভরসা; "
    "বিশ্বাস; நம்பிக்கை; నమ్మకం; ನಂಬಿಕೆ; ವಿಶ್ವಾಸ; വിശ്വാസം"
)
"""Words for trust: with a "no" near them they say a way to pay is not trusted."""

HASSLE = (
    "hassle; headache; jhanjhat; jhanjat; jhamela; bhangad; lafda; lafra; thalaivali; "
    "thalanoppi; ragale; thalavedana; झंझट; झमेला; लफड़ा; भानगड; कटकट; ઝંઝટ; ઝમેલા; "
    "ਝੰਜਟ; ਝਮੇਲਾ; ਸਿਰਦਰਦੀ; ঝামেলা; தொல்லை; தலைவலி; తలనొప్పి; ರಗಳೆ; ತಲೆನೋವು; "
    "തലവേദന; ഏടാകൂട"
)
"""Words for a hassle: a way to pay called one is not the way meant."""

NO_HASSLE = "no; koi; कोई; ਕੋਈ; કોઈ; কোনো; kono; कसलीही; kasli; எந்த; ఏ; ಯಾವ; ഒരു"
"""Words before a hassle that deny it ("UPI karo, koi jhanjhat nahi", "no hassle")."""

NEEDS_NETWORK = frozenset({"pay_upi", "pay_card"})


@lru_cache(maxsize=5)
def _said(table: str) -> frozenset[str]:
    return frozenset(fold(w.strip()) for w in table.split(";") if w.strip())


def _in(word: str, table: str) -> bool:
    said = _said(table)
    return word in said or (
        is_indic(word) and any(len(w) >= 3 and word.startswith(w) for w in said if is_indic(w))
    )


def _is_network(word: str) -> bool:
    return _in(word, NETWORK)


def net_down(words: list[str], start: int, end: int, punct: frozenset[int], language: str) -> bool:
    """Whether the way to pay at [start, end) is said in a clause whose network is said
    missing or down, or the way itself not trusted or called a hassle (see above)."""
    lo = max([b for b in punct if b <= start], default=0)
    hi = min([b for b in punct if b >= end], default=len(words))
    for i in range(lo, hi):
        if _in(words[i], HASSLE) and not (i > lo and _in(words[i - 1], NO_HASSLE)):
            return True
        if not (_is_network(words[i]) or _in(words[i], TRUST)):
            continue
        near = range(max(lo, i - _NEAR), min(hi, i + _NEAR + 1))
        if any(
            j != i and (is_negation(words[j], language) or says_broken(words[j], language))
            for j in near
        ) or any(says_broken(words[j], language) for j in range(i + 1, hi)):
            return True
    return False


def network_nos(words: list[str], language: str) -> frozenset[int]:
    """The indices of the words for no said right beside a network word ("no signal",
    "net illa") or a word for trust: they say the network is missing or the way
    distrusted (`net_down`), not that a way to pay nearer them is refused."""
    return frozenset(
        j
        for i, word in enumerate(words)
        if _is_network(word) or _in(word, TRUST)
        for j in (i - 1, i + 1)
        if 0 <= j < len(words) and is_negation(words[j], language)
    )
