"""The intent of a transcript once its price is chosen and its cues weighed: a price move
(`audio.understanding.priced`), a rejection, a question, an accept or other talk, with its
confidence (`audio.understanding.utterance` decides what goes in)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.bags import packs_in_bag
from audio.understanding.buys_goods import choosing_after_count
from audio.understanding.closing import gives_past_idiom
from audio.understanding.corrections import settles_after_a_number, settles_on_unheard
from audio.understanding.count_and_take import asks_to_count
from audio.understanding.handover import hands_over
from audio.understanding.moves import asks_it_lower
from audio.understanding.people import asks_how_much_to_buy
from audio.understanding.priced import price_move
from audio.understanding.reading import _Price, _Reading, _word_set
from audio.understanding.refused_aside import describes_only, refuses_aside
from audio.understanding.remarks import (
    refused_after_asking,
    refused_after_echo,
)
from audio.understanding.restated import both_said_back
from audio.understanding.result import Intent
from audio.understanding.said import at_price_said
from audio.understanding.weighing import weighed


def intent_said(
    reading: _Reading,
    chosen: _Price | None,
    *,
    language: str,
    product: str | None,
    standing: list[_Price],
    accepts: list[int],
    refusals: list[int],
    cues: set[Cue],
    questions: list[tuple[Cue, int, int]],
    weak_questions: list[tuple[Cue, int, int]],
    asks: bool,
    final: bool,
    bound: bool,
    bids: bool,
    complaint: bool,
    people: bool,
    reduced: bool,
    goods_talk: bool,
    has_outstanding_offer: bool,
    reference_paise: int | None,
) -> tuple[int | None, float, Intent]:
    """The amount (paise) of a price move, the confidence and the intent."""
    amount: int | None = None
    if chosen is not None:
        amount, confidence, intent = price_move(
            reading,
            chosen,
            standing=standing,
            accepts=accepts,
            refusals=refusals,
            cues=cues,
            asks=asks,
            final=final,
            bound=bound,
            bids=bids,
            reply=has_outstanding_offer,
            reference_paise=reference_paise,
        )
    elif (reading.bought_instead or reading.refused_uncued or reading.too_little) and not accepts:
        # "350? For that I'd buy new shoes"; "എഴുനൂറ് പോരാ" (700 isn't enough)
        intent, confidence = Intent.REJECT, 0.8
    elif complaint:
        intent, confidence = Intent.QUESTION, 0.8
    elif has_outstanding_offer and not (refusals or asks) and at_price_said(reading):
        intent, confidence = Intent.ACCEPT, 0.8  # "give it at the price you said"
    elif (
        questions
        and not refused_after_asking(reading, questions, refusals)
        and not (people and asks_how_much_to_buy(reading))
    ):
        intent, confidence = Intent.QUESTION, 0.9
    elif not goods_talk and not weighed(reading) and (reduced or _asks_less(reading)):
        # "thoda kam hoga?", "kam kar do" ask for a better price; "kam nahi hoga" refuses
        if (
            (asks and not refused_after_echo(reading, refusals))
            or asks_it_lower(reading, refusals)
            or _word_set(language, "yes_no_words").found(reading.words)
        ):
            intent, confidence = Intent.QUESTION, 0.8
        else:
            intent, confidence = Intent.REJECT, 0.8
    elif has_outstanding_offer and not refusals and not asks and packs_in_bag(reading):
        # "give it, put it in the bag": the goods bought at the price on the table
        intent, confidence = Intent.ACCEPT, 0.7 if not accepts else 0.9
    elif (
        has_outstanding_offer
        and not (refusals or accepts or asks)
        and (hands_over(reading) or gives_past_idiom(reading))
        and not asks_to_count(reading)  # "গুনে নিন, তিরিশটা আছে": count them, no deal
        and not choosing_after_count(reading)  # "ಎರಡು ಡಜನ್ ತಗೋತೀನಿ, ಆದ್ರೆ ದೊಡ್ಡದು ಮಾತ್ರ"
    ):
        # "le jao didi, aapke liye", "ತಗೊಳ್ಳಿ ಅಕ್ಕ": the goods handed over at the price asked
        intent, confidence = Intent.ACCEPT, 0.8
    elif accepts or refusals:
        last_accept = max(accepts, default=-1)
        last_refusal = max(refusals, default=-1)
        intent = Intent.ACCEPT if last_accept > last_refusal else Intent.REJECT
        confidence = 0.6 if accepts and refusals else 0.9
        if (
            intent is Intent.REJECT
            and not has_outstanding_offer
            and (refuses_aside(reading) or describes_only(reading, refusals))
        ):
            # "no power today, I'll give them tomorrow", "we don't give the rope with
            # the goat", "no sugar in it, right?": with no price said and none on the
            # table, a "no" of a time, of what comes along or describing refuses no price
            intent, confidence = Intent.OTHER, 0.3
        if intent is Intent.ACCEPT and (
            settles_on_unheard(reading) or settles_after_a_number(reading)
        ):
            # "saath... accha paisath de dungi" (a price the tables missed), "चालीस
            # किलो... अच्छा पैंतालीस" (thinking aloud between two numbers): asked
            confidence = 0.5
        if intent is Intent.ACCEPT and reference_paise and both_said_back(reading):
            amount = reference_paise  # "fine, give the two jars": the price on the table
        if intent is Intent.ACCEPT and refusals:
            # "থাক, ... নেব", "rehne do ... le lenge": a refusal and an agreement in one
            # breath is a doubtful accept, and a doubtful accept is no accept: asked.
            confidence = 0.5
    elif (weak_questions and not goods_talk) or (
        asks and (product is not None or Cue.FINAL in cues)
    ):
        intent, confidence = Intent.QUESTION, 0.7
    else:
        intent, confidence = Intent.OTHER, 0.3 if product or reading.quantities else 0.2
    return amount, confidence, intent


def _asks_less(reading: _Reading) -> bool:
    """A word asking for less is said, not one calling a price too little."""
    words = [w for k, w in enumerate(reading.words) if k not in reading.too_little]
    return reading.less.found(words)
