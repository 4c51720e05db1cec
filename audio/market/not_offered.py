"""A sum in a market act that nobody offers: the note to be broken ("একশো টাকা ভাঙিয়ে
দিতে পারবেন?", can you break a hundred?), the exact sum asked for want of change ("no
change, give exactly forty"), and the vendor's price echoed in scorn ("इस बाल्टी के तीन
सौ? लूट है ये", three hundred for this bucket? it's robbery).

Understanding reads the number in such a line as a price, an offer or a doubted one, and
the listener would be handed a move nobody made or the speaker asked "₹300?". The line
is the act: understanding comes back with no price, so the act reaches the listener.

- change: one sum said, no rate, not refused; asking for change (`NOTE`), a note's
  sum (100, 200, 500, 2000), or another sum, doubted or told as what the goods came to
  (`CAME_TO`), with a note's value beside it (the goods' cost the change is for; "500 का
  छुट्टा है? 480 में दे दो" stays an offer); saying there is none (`EXACT`), with a word for "exactly"
  ("सरिग्गा", "बरोबर") or one for "right" just before the sum ("ठीक बीस", "correcta
  20"): "no change, give it for 480" stays an offer;
- a verb that is also a number (`PUT`): te "వెయ్యి" is "put" and "a thousand"; in a
  request for extra ("ఎక్స్‌ట్రా వెయ్యి, ఫ్రీగా") with no rupee word it is the verb;
- money sent (`PAID`): one sum in a line that says it was sent or paid, in the past
  (`SENT`: "sent 80 on GPay, check", "80 भेज दिए", "80 ಕಳಿಸಿದೀನಿ"), is what was paid,
  no offer; "give it for 80, I'll send it on GPay" keeps its price;
- an echo (`ECHOED`): one sum, a question mark ending its clause (the sum and the goods
  only: "four hundred for this mug?"), and the scorn said after it, or a "who" within
  three words of the sum ("far too dear, who pays 700?", "700 कौन देगा?"); "two
  hundred, will you give it?" and "too dear, for two hundred?" keep their price.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from audio.lexicon import TokenKind, fold, tokenize
from audio.market.much_scorned import dismayed_echo
from audio.market.phrases import Form, at, forms, forms_in
from audio.market.recognise import market_act
from audio.numbers import find_numbers, number_table
from audio.understanding import Catalogue, Intent, Understanding

NOTE = "need_change"
"""The act whose sum, a note's, is the note to break."""

_NOTES = frozenset({100_00, 200_00, 500_00, 2000_00})

EXACT = "no_change"
"""The act whose sum, said with a word for "exactly", is the exact amount asked."""

_EXACTLY = frozenset(
    fold(w)
    for w in (
        "exactly exact exact-a ठीक-ठीक पूरे पूरा ekdum सरिग्गा సరిగ్గా sariggaa sarigga "
        "बरोबर barobar சரியா சரியாக sariya ঠিক-ঠিক পুরো ঠিকঠাক બરાબર barabar ಸರಿಯಾಗಿ "
        "ಕರೆಕ್ಟಾಗಿ കൃത്യം കൃത്യമായി krithyam ਪੂਰੇ ਪੂਰਾ ਠੀਕ-ਠੀਕ"
    ).split()
)

_RIGHT_BEFORE = frozenset(
    fold(w)
    for w in (
        "ठीक theek thik ঠিক ਠੀਕ correct correcta correctaa கரெக்டா கரெக்ட்டா సరిగా కరెక్ట్‌గా ಕರೆಕ್ಟ್ ಸರಿ"
    ).split()
)
"""Words for "right" that say "exactly" only just before the sum ("ठीक बीस दो", exactly
twenty; "ठीक है, बीस दो" agrees)."""

PUT = "ask_extra"
"""The act whose sum, said as a word that is also "put", is the verb."""

_PUT_WORDS = frozenset(fold(w) for w in ("వెయ్యి", "veyyi", "veyi"))
_RUPEE = ("రూపాయ", "రూ", "rupay", "rs", "₹")

PAID = "paid_check"
"""The act whose sum, said with a verb of sending or paying in the past, was paid."""

SENT = (
    "sent; paid; transferred; भेज दिए; भेज दिया; भेज दिये; भेजे=; भेजा=; कर दिए; "
    "कर दिया; कर दिये; bhej diye; bhej diya; bhej diye; kar diya; kar diye; அனுப்பிட்ட; "
    "அனுப்பியாச்சு; அனுப்பினேன்; பண்ணிட்ட; பண்ணியாச்சு; போட்டாச்சு; anuppitten; "
    "anuppiyachu; panniten; పంపా; పంపించా; పంపాను; చేశా; చేసా; pampanu; pampinchanu; "
    "chesanu; পাঠিয়ে দিয়েছি; পাঠিয়েছি; পাঠালাম; করে দিয়েছি; করেছি; pathiyechi; "
    "pathiye diyechi; पाठवल; केलं; केले; pathavle; મોકલી દીધ; મોકલ્યા; કરી દીધ; કર્યા; "
    "mokli didh*; mokalya; ಕಳಿಸಿದ; ಕಳಿಸಿದೀ; ಕಳಿಸಿದ್ದೀ; ಮಾಡಿದೀ; ಮಾಡಿದ್ದೀ; ಹಾಕಿದೀ; "
    "ಹಾಕಿದ್ದೀ; kalisidini; kaliside; അയച്ചിട്ടുണ്ട്; അയച്ചു; ചെയ്തു; ayachu; ayachittund*; "
    "ਭੇਜ ਦਿੱਤੇ; ਭੇਜ ਦਿੱਤਾ; ਕਰ ਦਿੱਤਾ; ਕਰ ਦਿੱਤੇ; ਪਾ ਦਿੱਤੇ; bhej ditte; bhej dita; kar ditta"
)
"""Verbs of sending or paying, said of the past."""


@lru_cache(maxsize=1)
def _sent() -> tuple[Form, ...]:
    return forms(SENT)


def _paid(text: str) -> bool:
    words = [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD]
    return any(at(f, words, i) for i in range(len(words)) for f in _sent())


_NOTE_WORDS = tuple(fold(w) for w in "note नोट নোট નોટ ನೋಟ ನೋಟು நோட்டு நோட் నోటు నోట్ നോട്ട ਨੋਟ".split())
"""A currency note, named (with endings: "नोटवर", "নোটের", "ನೋಟಿದೆ"), a notebook aside."""


def _note_named(text: str) -> bool:
    """Whether `text` names a note of money: in a request for change the note's value is
    the note (understanding has taken it as such) and the one sum left is the goods' cost
    the change is wanted for ("500 का नोट है, तीस के लिए छुट्टे हैं?"), no offer."""
    words = [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD]
    return any(
        w.startswith(n) and not w.startswith(fold("notebook")) and "बुक" not in w
        for w in words
        for n in _NOTE_WORDS
    )


def _note_valued(text: str, language: str, start: int, end: int) -> bool:
    """Whether a note's value stands in `text` as a number, in digits or words, apart from
    the one sum at [start, end) (character offsets): "ಅಣ್ಣ, 500 ಕ್ಕೆ ಚಿಲ್ಲರೆ ಇದೆಯಾ? ಟೀ 20 ಆಯ್ತಲ್ವಾ?" asks
    change for the 500 (understanding has set it aside), and the 20 is the tea's cost."""
    tokens = tokenize(text)
    return any(
        not start <= tokens[n.start].start < end and round(n.value * 100) in _NOTES
        for n in find_numbers([t.norm for t in tokens], number_table(language))
    )


CAME_TO = {
    "en": "came; comes; was; were; is; total",
    "hi": "हुए; हुई; हुआ; हो गए; थी=; था=; थे=; hue; hui; hua; thi; tha; the",
    "ta": "ஆச்சு; ஆகுது; ஆனது; தானே; aachu; aagudhu; thaane",
    "te": "అయింది; అయ్యింది; అవుతుంది; కదా; ayindi; avutundi; kada",
    "bn": "হল; হলো; হয়েছে; হয়; ছিল; holo; hoyeche; chhilo",
    "mr": "झाला; झाले; झाली; झालं; होता; होते; jhala; zala; jhale; zale",
    "gu": "થઈ; થયા; થયું; થાય; હતી; હતા; thai; thaya; thay",
    "kn": "ಆಯ್ತ; ಆಯಿತ; ಆಗುತ್ತ; ಆಗತ್ತ; aaytu; aytu; aagutte",
    "ml": "ആയി; ആകും; അല്ലേ; aayi; aakum; alle",
    "pa": "ਹੋਏ; ਹੋਈ; ਹੋਇਆ; ਸੀ=; hoye; hoi; hoya",
}
"""Per language, words that tell what the goods came to ("the tea came to 20, no?",
"बीस की चाय थी ना"): the sum said with one is the goods' cost, no offer."""

_COST_NEAR = 3
"""Words after the sum a word of `CAME_TO` may stand."""


def _cost_told(text: str, language: str, end: int) -> bool:
    """Whether a word of `CAME_TO` follows the sum ending at `end` (a character offset)
    within `_COST_NEAR` words."""
    after = [t.norm for t in tokenize(text[end:]) if t.kind is TokenKind.WORD][:_COST_NEAR]
    return any(at(f, after, i) for i in range(len(after)) for f in forms_in(language, CAME_TO))


ECHOED = frozenset({"too_expensive"})
"""Acts whose doubted sum, asked back, is the other side's price repeated."""


def sum_not_offered(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where the sum is no offer (see above), or
    None where the price stands."""
    if understood.amount_paise is None:
        return None
    if len(understood.mentions) == 2:
        return _echo_of_count(understood, text, language, catalogue)
    if len(understood.mentions) != 1:
        return None
    mention = understood.mentions[0]
    if mention.negated:
        return None
    act = market_act(text, language, catalogue)
    if act is None:
        return None
    if mention.per_unit and act.act not in ECHOED:
        return None
    if act.act == NOTE:
        said = (
            understood.amount_paise in _NOTES
            or _note_named(text)
            or (
                (understood.confidence < min_confidence or _cost_told(text, language, mention.end))
                and _note_valued(text, language, mention.start, mention.end)
            )
        )
    elif act.act == PUT:
        said = fold(text[mention.start : mention.end].strip()) in _PUT_WORDS and not any(
            r in text.lower() for r in _RUPEE
        )
    elif act.act == PAID:
        said = _paid(text)
    elif act.act == EXACT:
        before = text[: mention.start].split()[-1:]
        said = any(fold(w.strip(",.?!")) in _EXACTLY for w in text.split()) or any(
            fold(w.strip(",.?!")) in _RIGHT_BEFORE for w in before
        )
    else:
        said = act.act in ECHOED and (
            _asked_back(text, mention.end)
            or _who_pays(text, mention.start, mention.end)
            or dismayed_echo(text, language, mention.start, mention.end)
        )
    if not said:
        return None
    return replace(understood, intent=Intent.OTHER, amount_paise=None, per_unit=None, mentions=())


_MOST_COUNTED = 60
"""A count of goods or hands said before an echoed price is no larger than this."""


def _echo_of_count(
    understood: Understanding, text: str, language: str, catalogue: Catalogue | None
) -> Understanding | None:
    """The understanding without its price where the line echoes the other side's price
    for a count of goods or work in scorn ("ਦੋ ਹੱਥਾਂ ਦੇ 800? ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੈ", 800 for two
    hands? too much; "రెండు చేతులకి ఎనిమిది వందలా? చాలా ఎక్కువ"): the second sum is refused
    and asked back, the first a small whole count with the goods named after it, in the
    same clause as the echo. Understanding, the echo refused, takes the count for a
    price; the line is the complaint, no price."""
    count, echo = understood.mentions
    if count.negated or not echo.negated or count.amount_paise != understood.amount_paise:
        return None
    if count.amount_paise % 100 or not 2 <= count.amount_paise // 100 <= _MOST_COUNTED:
        return None
    between = text[count.end : echo.start]
    if any(c in ",.!?;:।" for c in between) or not any(c.isalpha() for c in between):
        return None
    if any(c.isdigit() or c in "₹" for c in text[count.start : count.end]):
        return None  # a count said in words: "₹2", "2 रुपये" would be money
    act = market_act(text, language, catalogue)
    if act is None or act.act not in ECHOED or not _asked_back(text, echo.end):
        return None
    return replace(understood, intent=Intent.OTHER, amount_paise=None, per_unit=None, mentions=())


_WHO = frozenset(
    fold(w)
    for w in (
        "who who'd whod कौन kaun kon யார் யாரு yaar yaaru ఎవరు evaru evadu কে কে-ই ke কোন "
        "कोण કોણ ಯಾರು yaaru yaru ആര് ആരാ aaru aara ਕੌਣ"
    ).split()
)
"""Words for "who": "who pays 700?" asks nobody for a price."""


def _who_pays(text: str, start: int, end: int) -> bool:
    """Whether a "who" stands within three words of the sum (at [start, end), character
    offsets): "this bag is far too dear, who pays 700?", "700 কে দেবে?" scorn the price."""
    before = [fold(w.strip(",.?!'")) for w in text[:start].split()[-3:]]
    after = [fold(w.strip(",.?!'")) for w in text[end:].split()[:3]]
    return any(w in _WHO for w in before + after)


def _asked_back(text: str, end: int) -> bool:
    """Whether a question mark ends the sum's clause (the sum ending at `end`, a character
    offset, with only the goods between: "400 for this mug? robbery"), and words follow
    it."""
    rest = text[end:]
    mark = rest.find("?")
    if mark < 0 or any(c in ",.!;:" for c in rest[:mark]) or len(rest[:mark].split()) > 5:
        return False
    return any(c.isalnum() for c in rest[mark + 1 :])
