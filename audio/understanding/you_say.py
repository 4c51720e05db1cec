"""The other side's price said back in the present: "the shop next door gives it at 180,
and you're saying 220", "शेजारचा दीडशेला देतो आणि तुम्ही दोनशे सांगताय", "பக்கத்து கடைல
நூறு, நீங்க நூத்தி முப்பது சொல்றீங்க", "pasher dokan eksho dicche, apni eksho tirish
bolchen". "You" with a verb of saying or asking in the present ("you're asking", "आप … बोल
रहे हो", "మీరు … అంటున్నారు", "তমে … કહો છો", "ನೀವು … ಹೇಳ್ತೀರಾ", "ਤੁਸੀਂ … ਕਹਿੰਦੇ ਓ") puts
the price in that clause on the listener: the speaker names no price of their own. Said
last, the line compares (a question, no amount); a price of the speaker's own said after
it ("you're asking 500, I'll give you 400") stands, the echoed one set aside.

`asked_not_offered` gathers the line-wide readings that make a line a question with no
price of the speaker's own: a guess checked with a tag, another seller's price alone,
and this echo."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.also_this import also_asked
from audio.understanding.others_price import priced_elsewhere_alone
from audio.understanding.others_price_words import FIRST
from audio.understanding.reading import _Price, _Reading
from audio.understanding.recalled import _clause
from audio.understanding.tag_questions import checks_a_guess

# "You", the listener (typed and native, with "you're").
_YOU = frozenset(
    fold(w)
    for w in (
        "you", "you're", "youre", "u", "आप", "तुम", "aap", "tum", "तुम्ही", "tumhi",
        "आपनि", "আপনি", "তুমি", "apni", "tumi", "તમે", "tame", "మీరు", "meeru", "నువ్వు",
        "நீங்க", "நீங்கள்", "neenga", "ನೀವು", "neevu", "നിങ്ങൾ", "ningal", "ਤੁਸੀਂ", "tusi",
        "tussi",
        # "you" fused with "what", "why": "మీరేంటి … చెప్తున్నారు?" (what, you're saying …?)
        "మీరేంటి", "మీరేమిటి", "మీరెందుకు", "నువ్వేంటి", "meerenti", "meeremiti",
        "meerenduku", "nuvventi",
    )
)  # fmt: skip

# A verb of saying, telling or asking a price in the present, as a word's start (the
# past "you said" is `told_back`'s): "सांगताय", "சொல்றீங்க", "అంటున్నారు", "বলছেন",
# "ಹೇಳ್ತೀರಾ", "പറയുന്നു", "ਕਹਿੰਦੇ".
_SAY_NOW = tuple(
    fold(w)
    for w in (
        "say", "saying", "asking", "telling", "quoting", "tell",
        "बोलते", "कहते", "bolte", "kehte", "सांगताय", "सांगता", "म्हणताय", "मागताय",
        "sangtay", "mhantay", "சொல்றீங்க", "சொல்லுறீங்க", "கேக்குறீங்க", "கேட்கிறீங்க",
        "solreenga", "solringa", "kekkureenga", "అంటున్నారు", "అంటున్నావ", "చెబుతున్నార",
        "చెప్తున్నార", "అడుగుతున్నార", "antunnaru", "antunnav", "cheptunnaru", "বলছেন",
        "বলছ", "চাইছেন", "চাইছ", "bolchen", "bolcho", "chaichen", "ಹೇಳ್ತೀರ", "ಹೇಳ್ತಿದ್ದೀರ",
        "ಹೇಳ್ತಿದೀರ", "ಕೇಳ್ತೀರ", "ಕೇಳ್ತಿದ್ದೀರ", "ಅಂತೀರ", "heltir", "heltiddir", "keltir",
        "antir", "പറയുന്നു", "പറയുന്നത്", "ചോദിക്കുന്നു", "parayunnu", "chodikkunnu",
        "ਕਹਿੰਦੇ", "ਮੰਗਦੇ", "kehnde", "mangde",
    )
)  # fmt: skip
# The same said as two words: "बोल रहे", "ਕਹਿ ਰਹੇ", "કહો છો", "माँग रहे".
_SAY_NOW_PHRASES = frozenset(
    fold(w)
    for w in (
        "बोल रहे", "बोल रही", "बोल रहा", "कह रहे", "कह रही", "मांग रहे", "माँग रहे",
        "bol rahe", "bol rahi", "keh rahe", "kah rahe", "maang rahe", "mang rahe",
        "कहो छो", "કહો છો", "કહો છે", "માંગો છો", "kaho cho", "kaho chho", "mango cho",
        "ਕਹਿ ਰਹੇ", "ਮੰਗ ਰਹੇ", "keh rahe", "mang rahe",
    )
)  # fmt: skip


def _echoes(reading: _Reading, price: _Price) -> bool:
    """Whether `price` is said in a clause with "you" and a verb of saying it now, and
    no "I"."""
    words = reading.words
    start, stop = _clause(reading, price.start)
    clause = words[start:stop]
    if any(w in FIRST and w != "me" for w in clause) or not any(w in _YOU for w in clause):
        return False
    return any(w.startswith(_SAY_NOW) for w in clause) or any(
        " ".join(clause[k : k + 2]) in _SAY_NOW_PHRASES for k in range(len(clause) - 1)
    )


def echoed_now(reading: _Reading, superseded: list[_Price]) -> bool:
    """The last price is the listener's, said back ("you're saying 220"): True (a
    question, no amount). An echoed price before the speaker's own goes to
    `superseded`."""
    said = [p for p in reading.prices if not p.negated]
    live = [p for p in said if p not in superseded]
    echoed = [p for p in said if _echoes(reading, p)]
    if not echoed:
        return False
    if (live and live[-1] in echoed) or (not live and said[-1] in echoed):
        # "at the gate they give it for 1,400, why do you say 1,800?": the listener's
        # price questioned beside another seller's, and none of the speaker's own
        return True
    superseded += [p for p in echoed if p not in superseded]
    return False


def asked_not_offered(reading: _Reading, superseded: list[_Price]) -> bool:
    """A guess checked with a tag, another seller's price alone, or the listener's price
    said back, or a price asked again for other goods ("this one too for fifty?"): the line
    asks and names no price of the speaker's own."""
    return (
        checks_a_guess(reading)
        or priced_elsewhere_alone(reading, superseded)
        or echoed_now(reading, superseded)
        or also_asked(reading)
    )
