"""Reading one transcript: the passes in order (the number passes in `numbers_read`), then
the intent and confidence (`intent_said`) and the quantity."""

from __future__ import annotations

from audio.lexicon import TokenKind, lexicon_for
from audio.numbers import near_numbers, number_table
from audio.understanding.agreed_weighed import agreed_then_weighed
from audio.understanding.bundles import bundle_unit
from audio.understanding.catalogue import Catalogue
from audio.understanding.confidence import _near_price_words
from audio.understanding.contents import contents_not_bought
from audio.understanding.garments import per_garment
from audio.understanding.goods_counts import pieces_counted, pieces_named
from audio.understanding.intent_said import intent_said
from audio.understanding.item_weights import item_weight_said
from audio.understanding.mixed_goods import several_goods_priced
from audio.understanding.moves_said import moves_said
from audio.understanding.needed_counts import count_needed_or_taken
from audio.understanding.needed_for import count_of_use
from audio.understanding.numbers_read import read_numbers
from audio.understanding.one_plate import one_serving_packed
from audio.understanding.pack_sizes import pack_size_said
from audio.understanding.price_chosen import price_chosen
from audio.understanding.quantity import quantity_named
from audio.understanding.recalled import recalled_rate_unit
from audio.understanding.reels_counted import reels_counted
from audio.understanding.result import Intent, PriceMention, Understanding
from audio.understanding.saree_lengths import saree_length_said
from audio.understanding.set_aside import set_aside
from audio.understanding.shopping_lists import list_asked
from audio.understanding.unpriced_counts import count_not_priced
from audio.understanding.vessels import held_by_rate


def prepare(language: str) -> None:
    """Build `language`'s number, cue and look-alike tables now (they are built on first
    use otherwise; the largest take about half a second)."""
    number_table(language)
    lexicon_for(language)
    near_numbers(language)
    _near_price_words(language)


def understand(
    text: str,
    *,
    language: str,
    catalogue: Catalogue | None = None,
    has_outstanding_offer: bool = False,
    reference_paise: int | None = None,
) -> Understanding:
    """Read one transcript: the price said (in paise), per unit or total, quantity, unit,
    product and intent. `has_outstanding_offer` says whether the other side has an offer
    on the table, which makes a price a counter rather than an opening offer;
    `reference_paise` (the other side's latest price per unit, or the list price) picks
    between two readings of the same words ("seven fifty" for eggs is ₹7.50, for garlic
    ₹750), and makes "okay, 35" against 40 a counter rather than an accept.

    Confidence says whether to act on the price: it drops below the recording threshold
    (`audio.interpret.MIN_CONFIDENCE`) when two prices stand, when the words have two
    readings, or when a word the tables do not know, but that looks like a number, sits
    right beside the number: then the speaker is asked, never a guess recorded."""
    tokens, reading, spans = read_numbers(text, language, reference_paise)

    product: str | None = None
    if catalogue is not None:
        eligible = [t.kind is TokenKind.WORD and reading.is_plain(i) for i, t in enumerate(tokens)]
        found = catalogue.locate(tokens, eligible, language)
        if found is not None:
            product, reading.product_at = found[0].key, set(range(found[1], found[2]))

    aside = set_aside(
        reading,
        spans,
        text,
        tokens,
        language,
        has_outstanding_offer=has_outstanding_offer,
        reference_paise=reference_paise,
    )
    chosen, standing, complaint, wanted = price_chosen(
        reading, tokens, language, cost_at=aside.cost_at, reference_paise=reference_paise
    )
    moves = moves_said(
        reading,
        tokens,
        chosen,
        aside,
        has_outstanding_offer=has_outstanding_offer,
        reference_paise=reference_paise,
    )
    chosen = moves.chosen

    amount, confidence, intent = intent_said(
        reading,
        chosen,
        language=language,
        product=product,
        standing=standing,
        accepts=moves.accepts,
        refusals=moves.refusals,
        cues=moves.cues,
        questions=moves.questions,
        weak_questions=moves.weak_questions,
        asks=moves.asks,
        final=moves.final,
        bound=moves.bound,
        bids=aside.bids,
        complaint=complaint,
        people=aside.people,
        reduced=aside.reduced,
        goods_talk=moves.goods_talk,
        has_outstanding_offer=has_outstanding_offer,
        reference_paise=reference_paise,
    )

    contents_not_bought(reading)  # "एक पेटी में बीस किलो आता है": what a crate holds
    held_by_rate(reading, chosen)  # "a tray is 180, thirty eggs in it": what one holds
    count, unit = quantity_named(
        reading,
        chosen,
        intent,
        wanted=wanted,
        goods_counted=moves.goods_counted,
        asked_one=moves.asked_one,
    )
    if complaint and chosen is None and intent is Intent.QUESTION and unit is None:
        unit = recalled_rate_unit(reading)  # "last week fifty a kilo, why sixty?": the kilo
    unit = pieces_counted(reading, chosen, count, unit)  # "both goats, 40,000 for both"
    count, unit = pieces_named(reading, chosen, count, unit)  # "300 diye chahiye"
    unit = bundle_unit(reading, chosen, unit)  # "a bundle 80", "three bundles for 200"
    unit = per_garment(reading, chosen, unit, intent is Intent.QUESTION)  # "ஒரு துணிக்கு 12"
    count, unit = reels_counted(reading, chosen, count, unit)  # "two reels of thread"
    mentions = tuple(
        PriceMention(p.paise, tokens[p.start].start, tokens[p.end - 1].end, p.negated, p.per_unit)
        for p in reading.prices
    )
    understood = Understanding(
        intent=intent,
        amount_paise=amount,
        per_unit=chosen.per_unit if chosen is not None else None,
        quantity=count,
        unit=unit,
        product=product,
        confidence=round(confidence, 2),
        mentions=mentions,
        language=language,
        final=moves.final,
    )
    understood = list_asked(reading, understood)  # "total? two kilo sugar, one packet tea"
    understood = pack_size_said(reading, understood)  # "this sugar packet is one kilo"
    understood = item_weight_said(reading, understood)  # "this razai is 2.5 kilo, 1,400"
    understood = saree_length_said(reading, understood)  # "is the saree 5.5 metres?"
    understood = several_goods_priced(reading, chosen, understood)  # "4 rotis and dal for 70"
    understood = count_of_use(reading, understood)  # "planks for three doors": no count
    understood = one_serving_packed(reading, chosen, understood)  # "OK 90, pack one plate"
    if agreed_then_weighed(reading, understood):
        return understood  # "okay, 36 it is, weigh it": the price agreed, no weight
    understood = count_not_priced(reading, understood)  # "ढाई सौ काजू तोल दो": 250 g, no price
    return count_needed_or_taken(reading, understood)  # "आम्हाला पाचशे लागतील", "do razai le lo"
