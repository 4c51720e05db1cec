"""A count in a market act is no price: "দুটো কাঁচালঙ্কা ফাউ দেবেন" (put two chillies in
free), "ಎರಡು ಮೆಣಸಿನಕಾಯಿ ಸುಮ್ಮನೆ ಹಾಕಿ ಅಣ್ಣ", "दोन मिरच्या वरून टाका". Where the goods are
not in the room's catalogue, understanding reads the bare number as a price and doubts
it; the speaker would be asked "₹2?" and the act never reach the listener.

When the line says an act that counts goods (`COUNTING`) and understanding doubted its
price (confidence under the caller's threshold), every price it heard was a bare number
(no currency word or sign anywhere in the line), one number and a small one, neither
refused nor said as a rate,
the number counts the goods: the understanding comes back with no price, so the act is
said to the listener. A price said with a currency word ("দশ টাকার ধনেপাতা ফাউ দিন") or
heard with confidence always stays.

A count to pack after a tasting ("एक खाऊन बघते, मग दहा पॅक करा") counts the goods to
pack where the packing follows the number in its clause.

A count of goods found damaged ("இதுல மூணு நாலு உடைஞ்சிருக்கு", three or four of
these are broken) counts the goods only where the damage follows the number in its own
clause.

A discount asked with the count of goods taken as its reason ("थोड़ा कम कर दो, तीन
किताबें ले रही हूँ", "একটু কম করুন, তিনটে বই নিচ্ছি") counts the goods only where the
number is followed by the goods and a word of taking (`TAKING`), so "कम करो, बीस में
ले लूँगी" (reduce it, I'll take it for twenty) stays an offer of ₹20: a word
understanding reads (a case word, a unit) between the number and the taking leaves the
price.
"""

from __future__ import annotations

import re
from dataclasses import replace

from audio.languages.base import Cue
from audio.lexicon import TokenKind, lexicon_for, tokenize
from audio.market.count_taken import counted_number, only_taking_asked
from audio.market.cue_hits import cue_hits
from audio.market.lots import is_lot, is_together
from audio.market.phrases import at, forms
from audio.market.recognise import market_act
from audio.market.taking_words import TAKING, TAKING_NOW, THESE
from audio.number_tables import number_table
from audio.numbers import find_numbers
from audio.understanding import Catalogue, Intent, PriceMention, Understanding

COUNTING = ("ask_extra", "ask_discount", "quality_soft", "that_is_all", "taste")
"""Acts whose numbers count goods: "two chillies free", "reduce it, I'm taking three",
"three or four of these are broken", "these two are enough", "let me taste one, then
pack ten"."""

NEEDS_PACKING = frozenset({"taste"})
"""Acts whose number counts goods only when the packing of them follows it in its clause
("ஒண்ணு சாப்பிட்டு பாக்கறேன், அப்புறம் பத்து கட்டுங்க", I'll eat one and see, then tie up
ten): the tasting comes first and the count is what to pack after it; "கட்டுங்க" alone
may ask to pay."""

NEEDS_DAMAGE = frozenset({"quality_soft"})
"""Acts whose number counts goods only when the damage is said in the number's own clause
after it ("மூணு நாலு உடைஞ்சிருக்கு", three or four are broken): "soft ones, 20?" or "20,
but these are soft" keep their price."""

NEEDS_THESE = frozenset({"that_is_all"})
"""Acts whose number counts goods only when "these" comes right before it and the act
follows it in its clause ("ఇవి రెండు చాలు", these two are enough): "50 is enough" or
"bas 50 kaafi hai" names a sum and keeps its price."""


TAKING_BEFORE = forms("taking; buying")
"""A taking said going on right before the count, as English says it ("taking twenty,
knock a bit off")."""

NEEDS_TAKING = frozenset({"ask_discount"})
"""Acts whose number counts goods only when the goods and a word of taking follow it."""


_MOST_PAISE = 20_00
"""The most a bare count of goods asked free reads as (20): a larger number, or two
numbers ("দুটো লঙ্কা ফাউ, আর পঞ্চাশ দিচ্ছি"), may be a price and is asked about."""


def currency_said(text: str, language: str) -> bool:
    tokens = tokenize(text)
    if any(t.kind is TokenKind.SIGN and t.norm != "?" for t in tokens):
        return True
    words = [t.norm for t in tokens]
    for lang in {language, "en"}:
        lexicon = lexicon_for(lang)
        for i in range(len(words)):
            if any(p.cue in (Cue.CURRENCY, Cue.PAISE) for p in lexicon.lookup(words, i)):
                return True
    return False


def count_not_price(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where the price is a count of goods in a
    market act ("দুটো কাঁচালঙ্কা ফাউ দেবেন"), or None where the price stands."""
    if understood.amount_paise is None:
        return None
    if (
        not bulk_counted(understood, text, language, catalogue)
        and not _counted(understood, text, language, catalogue, min_confidence)
        and not taken_then_discount(understood, text, language, catalogue)
    ):
        return None
    return replace(understood, intent=Intent.OTHER, amount_paise=None, per_unit=None, mentions=())


def _counted(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    min_confidence: float,
) -> bool:
    """A doubted small bare number said with an act that counts goods."""
    assert understood.amount_paise is not None
    mentions = understood.mentions
    if len(mentions) == 2 and _count_range(mentions, text):
        mentions = mentions[1:]
    if len(mentions) > 1 or understood.amount_paise > _MOST_PAISE:
        return False
    confident = understood.confidence >= min_confidence
    if (confident or any(m.per_unit for m in understood.mentions)) and not _bunches_on_top(
        understood, text, language, catalogue
    ):
        return False
    if any(m.negated for m in understood.mentions):
        return False
    act = market_act(text, language, catalogue)
    if act is None or act.act not in COUNTING or currency_said(text, language):
        return False
    mention = mentions[0]
    if act.act in NEEDS_DAMAGE:
        return _damage_after(mention, text, language, catalogue)
    if act.act in NEEDS_THESE:
        return _these_enough(mention, text, language, catalogue)
    if act.act in NEEDS_PACKING:
        return _act_after(mention, text, language, catalogue) == "pack_it" or _tied_after(
            mention, text, language, catalogue
        )
    if act.act not in NEEDS_TAKING:
        return True
    return (
        _goods_taken(mention, text, language)
        or _taken_first(mention, text, language, catalogue)
        or _taken_now(mention, text, language)
    )


_RANGE_MOST = 1000
"""The largest count (in paise as read) of a range of counts: "two or three"."""

_OR = frozenset(
    {"", "-", "–", "or", "ya", "या", "अथवा", "किंवा", "কিংবা", "বা", "অথবা", "లేదా", "ಅಥವಾ",
     "அல்லது", "അല്ലെങ്കിൽ", "ਜਾਂ", "કે", "અથવા"}
)  # fmt: skip
"""What may stand between the two numbers of a range of counts."""


def _count_range(mentions: tuple[PriceMention, ...], text: str) -> bool:
    """Whether two numbers read as prices are one count said as a range of two next
    numbers ("two or three of these are chipped", "రెండు మూడు", "দু-তিনটে"): small, the
    second one more than the first, with nothing but "or" or a dash between them."""
    first, second = mentions
    between = text[first.end : second.start].strip().lower()
    return (
        second.amount_paise == first.amount_paise + 100
        and second.amount_paise <= _RANGE_MOST
        and between in _OR
    )


def taken_then_discount(
    understood: Understanding, text: str, language: str, catalogue: Catalogue | None
) -> bool:
    """Whether the one number of a discount asked is the count the speaker says taken
    first, however sure understanding was of it as a price, and whatever the number: "दस
    ले रहा हूँ, थोड़ा कम करो", "दहा घेतो, थोडं कमी करा", "દસ લઉં છું, થોડું ઓછું કરો",
    "taking twenty, knock a bit off" (in English the taking before it). Nobody names a
    price and then asks the other side to bring it down: the number, with a word of taking
    beside it, counts the goods, and the discount is asked only after them. A currency
    word, a refusal, a rate or a second number leaves the price; so does a discount asked
    first ("कम करो, बीस ले लूँगी")."""
    if len(understood.mentions) != 1 or currency_said(text, language):
        return False
    mention = understood.mentions[0]
    if mention.negated or mention.per_unit:
        return False
    act = market_act(text, language, catalogue)
    if act is None or act.act != "ask_discount":
        return False
    if market_act(text[: mention.start], language, catalogue) is not None:
        return False
    after, before = _words(text[mention.end :]), _words(text[: mention.start])
    taking = TAKING.get(language, ()) + TAKING["en"]
    now = TAKING_NOW.get(language, ()) + TAKING_NOW["en"] + TAKING_BEFORE
    if not (after and any(at(f, after, 0) for f in taking)) and not any(
        at(f, before, len(before) - len(f)) for f in now if 0 < len(f) <= len(before)
    ):
        return False
    clause = re.split(r"[,.;!?।]", text[mention.end :], maxsplit=1)[0]
    return market_act(clause, language, catalogue) is None


def _bunches_on_top(
    understood: Understanding, text: str, language: str, catalogue: Catalogue | None
) -> bool:
    """Whether a rate read with confidence is a count of goods asked on top: "दोन
    मेथीच्या जुड्या वरून टाका" (two bunches of methi, on top) reads as "₹2 a bunch", but
    the number is followed by the goods (a word no price reading knows) before the unit,
    the line asks something extra (`ask_extra`) and says no currency: nobody named a
    rate. "दहाची जुडी" (a ten-rupee bunch) puts the unit right after the number and
    stays a price."""
    if len(understood.mentions) != 1 or not understood.mentions[0].per_unit:
        return False
    act = market_act(text, language, catalogue)
    if act is None or act.act != "ask_extra" or currency_said(text, language):
        return False
    after = [t.norm for t in tokenize(text[understood.mentions[0].end :])]
    after = [w for w in after if w.strip()]
    return bool(after) and not lexicon_for(language).lookup(after, 0)


def bulk_counted(
    understood: Understanding, text: str, language: str, catalogue: Catalogue | None
) -> bool:
    """Whether the numbers of a bulk question count the goods: "200 garlands and 3 kg
    petals for a wedding, what's your wholesale rate?", "૧૦૦ હાર અને ૫ કિલો ગુલાબ જોઈએ,
    જથ્થાબંધ શું ભાવ?", "सौ दीये और तीन किलो बत्ती, होलसेल भाव क्या है?". The line asks
    the bulk rate after its last number (in digits or in words), each price heard is
    followed by the goods (a word no price reading knows), whatever the number, and no
    currency is said; "wholesale 150 a kilo, ok?" names a rate and stays a price. Lots
    ("80 boxes", "150 बोरी": `audio.market.lots`) are goods counted, though understanding
    knows them as units, and a count right before a word of taking together ("if I take
    50 together", "পঞ্চাশটা একসাথে নিলে": `audio.market.lots`) counts the goods, as
    does one taken on a condition ("if I take forty, what rate each?", "पचास ले लूँ तो
    एक का क्या लगाओगे?": `audio.market.count_taken`), the taking alone asked after it
    too ("પાંચ લઉં તો?", if I take five?)."""
    if not understood.mentions or any(m.negated for m in understood.mentions):
        return False
    act = market_act(text, language, catalogue)
    if act is None or act.act != "bulk_price" or currency_said(text, language):
        return False
    last = _last_number_end(text, language, understood.mentions)
    if last is None:
        return False
    number = counted_number(tokenize(text), text, language)
    tail = market_act(text[last:], language, catalogue)
    if (tail is None or tail.act not in ("bulk_price", "ask_price")) and not (
        number is not None
        and number[1] == last
        and only_taking_asked(text[number[0] : number[1]], text[last:], language)
    ):
        return False
    lexicon = lexicon_for(language)
    for mention in understood.mentions:
        if number is not None and number[0] <= mention.start and mention.end <= number[1]:
            continue  # "if I take forty, what rate?": the count taken
        after = [t.norm for t in tokenize(text[mention.end :]) if t.kind is TokenKind.WORD]
        known = lexicon.lookup(after, 0) if after else ()
        if not after or (known and not is_lot(after[0], language) and not is_together(after)):
            return False
    return True


def _last_number_end(text: str, language: str, mentions: tuple[PriceMention, ...]) -> int | None:
    """Where the line's last number ends, in digits or in words ("सौ दीये और तीन किलो
    बत्ती": after "तीन"), or None where it says none."""
    tokens = tokenize(text)
    ends = [t.end for t in tokens if t.kind is TokenKind.NUMBER]
    ends += [m.end for m in mentions]
    norms = [t.norm for t in tokens]
    # a word that is a number only maybe ("will you do?": Hindi "do", two) ends none
    spans = find_numbers(norms, number_table(language))
    ends += [tokens[s.end - 1].end for s in spans if not s.ambiguous]
    return max(ends, default=None)


def _words(text: str) -> list[str]:
    return [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD]


def _taken_now(mention: PriceMention, text: str, language: str) -> bool:
    """Whether the count is said taken now, right after the number or right before it, a
    reason for the discount asked before it ("கொஞ்சம் குறைச்சு கொடுங்க, மூணு
    வாங்கறேன்", "knock a bit off, I'm buying three"); "कम करो, बीस ले लूँगी" takes at
    a sum to come and keeps its price."""
    now = TAKING_NOW.get(language, ()) + TAKING_NOW["en"]
    before, after = _words(text[: mention.start]), _words(text[mention.end :])
    if after and any(at(f, after, 0) for f in now):
        return True
    return any(at(f, before, len(before) - len(f)) for f in now if 0 < len(f) <= len(before))


def _act_after(
    mention: PriceMention, text: str, language: str, catalogue: Catalogue | None
) -> str | None:
    """The market act said after the number, in its clause."""
    clause = re.split(r"[,.;!?।]", text[mention.end :], maxsplit=1)[0]
    said = market_act(clause, language, catalogue)
    return said.act if said is not None else None


def _tied_after(
    mention: PriceMention, text: str, language: str, catalogue: Catalogue | None
) -> bool:
    """Whether the goods counted are to be tied after a tasting said before the number:
    "ஒண்ணு டேஸ்ட் பண்றேன், அப்புறம் பத்து கட்டுங்க" (I'll taste one, then tie up ten).
    The word for tying there (`~கட்டுங்க`) also says "pay", and alone it is heard only
    in its packing frame; after a tasting, with the count right before it in its clause,
    it ties up the goods tasted."""
    said = market_act(text[: mention.start], language, catalogue)
    if said is None or said.act != "taste":
        return False
    clause = re.split(r"[,.;!?।]", text[mention.end :], maxsplit=1)[0]
    words = _words(clause)
    hits = cue_hits(words, language) if words else []
    return any(h.act == "pack_it" and h.start == 0 for h in hits)


def _these_enough(
    mention: PriceMention, text: str, language: str, catalogue: Catalogue | None
) -> bool:
    """Whether "these" comes right before the number and the act follows it in its clause
    ("ivi rendu chalu", "these two will do")."""
    before = _words(text[: mention.start])
    these = THESE.get(language, ()) + THESE["en"]
    if not before or not any(at(f, before, len(before) - len(f)) for f in these if f):
        return False
    return _act_after(mention, text, language, catalogue) in NEEDS_THESE


def _damage_after(
    mention: PriceMention, text: str, language: str, catalogue: Catalogue | None
) -> bool:
    """Whether the goods counted are said damaged in the number's clause after it, and
    nothing before the number says the act ("இதுல மூணு நாலு உடைஞ்சிருக்கு")."""
    if market_act(text[: mention.start], language, catalogue) is not None:
        return False
    return _act_after(mention, text, language, catalogue) in NEEDS_DAMAGE


def _taken_first(
    mention: PriceMention, text: str, language: str, catalogue: Catalogue | None
) -> bool:
    """Whether the count is said taken before the discount is asked: "तीन ले रही हूँ,
    थोड़ा कम करो", "taking three, make it less" (a word of taking right after the number,
    or right before it, and the discount asked only after them), while "कम करो, बीस ले
    लूँगी" asks the discount first and keeps its price."""
    if market_act(text[: mention.start], language, catalogue) is not None:
        return False
    tokens = tokenize(text)
    before = [t.norm for t in tokens if t.end <= mention.start and t.kind is TokenKind.WORD]
    after = [t.norm for t in tokenize(text[mention.end :]) if t.kind is TokenKind.WORD]
    taking = TAKING.get(language, ()) + TAKING["en"]
    if after and any(at(f, after, 0) for f in taking):
        return True
    return any(at(f, before, len(before) - len(f)) for f in taking if 0 < len(f) <= len(before))


def _goods_taken(mention: PriceMention, text: str, language: str) -> bool:
    """Whether the goods and a word of taking follow the number: "तीन किताबें ले रही
    हूँ" (one or two words no price reading knows, then the taking)."""
    words = [t.norm for t in tokenize(text[mention.end :]) if t.kind is TokenKind.WORD]
    lexicon = lexicon_for(language)
    taking = TAKING.get(language, ())
    for k in (1, 2):
        if len(words) > k and any(at(f, words, k) for f in taking):
            return all(not lexicon.lookup(words, i) for i in range(k))
    return False
