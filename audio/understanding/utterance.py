"""Reading one transcript: the passes in order (the number passes in `numbers_read`), then
the intent and confidence (`intent_said`) and the quantity."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, lexicon_for
from audio.numbers import near_numbers, number_table
from audio.understanding.ages import tells_an_age
from audio.understanding.agreed_first import agreed_before_asking
from audio.understanding.agreed_paying import pays_as_agreed
from audio.understanding.agreed_weighed import agreed_then_weighed
from audio.understanding.amount_off import (
    counts_beside_amount_off,
    drop_amounts_off,
    lets_amount_go,
)
from audio.understanding.amounts import _classify_numbers
from audio.understanding.answered_yes import answered_yes
from audio.understanding.any_one import any_one_priced
from audio.understanding.asked_again import past_asked_again
from audio.understanding.auctions import invite_bids
from audio.understanding.bags import bag_refusals
from audio.understanding.bulk_asked import (
    buyer_takes,
    count_asked_if_taken,
    rate_recalled_before_count,
)
from audio.understanding.bulk_rates import bulk_after_rate
from audio.understanding.bundles import bundle_unit
from audio.understanding.buys_goods import buys_named_goods, good_in_a_promise, goods_said_fine
from audio.understanding.catalogue import Catalogue
from audio.understanding.clauses import (
    _auxiliary,
    _broken_off,
    _full_refused,
    _talk_besides,
    _unit_of_rate_after,
    superseded_prices,
)
from audio.understanding.clauses_words import NOT_A_RUPEE
from audio.understanding.closing import inside_closing
from audio.understanding.complaints import about_the_goods, goods_accepts
from audio.understanding.conditions import conditional_accepts, discount_promised_alone
from audio.understanding.confidence import _near_price_words
from audio.understanding.containers import kilo_or_whole
from audio.understanding.contents import contents_not_bought
from audio.understanding.corrected_rates import rate_kept_on_correction
from audio.understanding.corrected_shape import shape_kept_on_correction
from audio.understanding.count_and_take import counted_then_taken
from audio.understanding.counted_back import counts_said_back
from audio.understanding.counted_lots import count_then_lot_total, leaves_counted
from audio.understanding.covers_asked import asks_what_price_covers, asks_what_that_much_covers
from audio.understanding.deadlines import times_not_caps
from audio.understanding.distances import drop_way_comparatives
from audio.understanding.final_agreed import agreed_as_final
from audio.understanding.finals import final_said
from audio.understanding.floor_at import unrefuse_floors
from audio.understanding.garments import per_garment
from audio.understanding.goods_counts import count_beside_price, pieces_counted, pieces_named
from audio.understanding.goods_then_total import goods_then_total
from audio.understanding.guess_asked import guessed_after_asking
from audio.understanding.homonyms import mark_two_readings
from audio.understanding.hours import after_an_hour, counted_before_hour, time_of_day
from audio.understanding.instructions import gives_instructions
from audio.understanding.intent_said import intent_said
from audio.understanding.item_weights import item_weight_said
from audio.understanding.later_deals import later_deals
from audio.understanding.leaving import takes_leave
from audio.understanding.limits import unrefuse_limits
from audio.understanding.measured_goods import measured_goods
from audio.understanding.measurements import drop_measurements
from audio.understanding.moves import _comes_to, _live_refusals, pays_by
from audio.understanding.named_by_price import (
    drop_names_before_price,
    refuse_goods_named_by_price,
)
from audio.understanding.needed import goods_asked
from audio.understanding.negation import _negate
from audio.understanding.news import market_news
from audio.understanding.not_bought import drop_counts_not_bought
from audio.understanding.note_held import set_aside_paid_price
from audio.understanding.numbers_read import read_numbers
from audio.understanding.old_prices import old_beside_now
from audio.understanding.on_terms import accepts_on_terms
from audio.understanding.one_item_rates import rate_of_one_item, rate_of_one_unit
from audio.understanding.open_hours import drop_open_hours
from audio.understanding.own_cost import refusals_beside_gain, set_aside_own_cost
from audio.understanding.pack_sizes import pack_size_said
from audio.understanding.past_accepts import bought_before
from audio.understanding.past_prices import recalled_alone
from audio.understanding.people import drop_people_counts
from audio.understanding.periods import rates_for_a_period
from audio.understanding.plans import plan_names
from audio.understanding.promises import promised
from audio.understanding.quantity import one_asked_about, quantity_named
from audio.understanding.rate_asked import asks_going_rate
from audio.understanding.rate_now import rate_now_after_past
from audio.understanding.rates import _price_before_unit
from audio.understanding.reading import _joined
from audio.understanding.ready_by import hour_in_quarters
from audio.understanding.recalled import recalled_rate_unit, set_aside_recalled
from audio.understanding.reference_prices import (
    refuse_echo_before_reason,
    set_aside_reference_prices,
)
from audio.understanding.refused_at import cannot_at, refuse_named_prices
from audio.understanding.remarks import (
    agreed_before_change,
    elsewhere_at,
    greeting_at,
    later_at,
    shop_hours,
    tag_question_at,
)
from audio.understanding.repeated_totals import totals_repeating_rate
from audio.understanding.result import Intent, PriceMention, Understanding
from audio.understanding.shape import _per_unit
from audio.understanding.shopping_lists import list_asked
from audio.understanding.side_deals import (
    condition_counts_apart,
    rate_before_part,
    rate_lowered_on_count,
)
from audio.understanding.spans import (
    _one_before_price,
)
from audio.understanding.specs import drop_spec_numbers
from audio.understanding.stations import drop_station_talk
from audio.understanding.sum_asked import sum_asked
from audio.understanding.there_are import goods_there
from audio.understanding.together import counts_before_price
from audio.understanding.too_little import refuse_too_little
from audio.understanding.too_much_said import mark_too_much
from audio.understanding.totals import total_for_all
from audio.understanding.unpriced_counts import count_not_priced
from audio.understanding.vessels import held_by_rate
from audio.understanding.wanted import take_count_wanted
from audio.understanding.weighing import weighing_talk
from audio.understanding.whole_counts import whole_for_count
from audio.understanding.you_say import asked_not_offered


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

    spans = _one_before_price(reading, spans, language)
    leaves_counted(reading)  # "ನೂರು ಎಲೆಗೆ": a hundred leaves, no meal's leaf
    _classify_numbers(reading, spans)
    drop_way_comparatives(reading)  # "தூரம் கம்மி": the way is short, no floor
    mark_too_much(reading)  # "ਦੋ ਹਜ਼ਾਰ ਬਹੁਤ ਆ", "पंधराशे लई जास्त हाय": too much
    times_not_caps(reading)  # "रविवार तक सिल देना": by Sunday, no cap on the price
    reduced = drop_amounts_off(reading)  # "ten less than that": an amount off, no price
    people = drop_people_counts(reading)  # "we are six at home": heads, no price
    drop_station_talk(reading)  # "platform 6", "सात पंधराला सुटते": no price, no count
    drop_spec_numbers(reading)  # "Redmi Note 10", "6 GB", "85 percent", "fourth lane"
    plan_names(reading)  # "do a 399 recharge", "the 10-rupee pack": a name, no price
    drop_names_before_price(reading)  # "give the 150 one for 125": the name, no price
    counts_said_back(reading)  # "ಎರಡು ಸಿಮ್ ಇದೆ, ಎರಡಕ್ಕೂ ...": the count again, no ₹2
    drop_open_hours(reading)  # "open 7 to 1 and 5 to 9": hours, no price
    measured = drop_measurements(reading)  # "chest 38, waist 34": a tailor's sizes
    mark_two_readings(reading, reference_paise)  # "కిలో వేయి"; "साढ़े सात" for a phone: ₹7,500
    hours = [p for p in reading.prices if time_of_day(reading, p) or hour_in_quarters(reading, p)]
    reading.prices, reading.hours = [p for p in reading.prices if p not in hours], bool(hours)
    counted_before_hour(reading)  # "40 packets at five in the evening": a count
    rate_now_after_past(reading)  # "काल सत्तर होते, आज पासष्ट किलो": 65 a kilo
    _price_before_unit(reading, reply=has_outstanding_offer, reference_paise=reference_paise)
    counts_beside_amount_off(reading)  # "I'm taking 50 kilo, knock ten off": a count
    promise = discount_promised_alone(reading)  # "दस लो तो कम कर दूँगा": no ₹10, no price
    bids = invite_bids(reading)  # "lot 4, 1550 a quintal, who's going higher?": a call
    idiom = NOT_A_RUPEE.search(text)
    if idiom is not None:
        reading.not_a_rupee = True  # "won't pay a single rupee more": the idiom's refusal
        if reading.not_a_rupee_at < 0:
            # where the idiom starts: a "no" said before it, past a pause, is its own
            # ("eleven hundred no, twelve fifty, not a rupee less": 1,100 refused)
            reading.not_a_rupee_at = next(
                (k for k, t in enumerate(tokens) if t.start >= idiom.start()), -1
            )
    _negate(reading, language)
    refuse_named_prices(reading)  # "not for 90", "எண்பதுக்கு தர மாட்டேன்"
    unrefuse_floors(reading)  # "ఐదు వందల యాభైకి తగ్గదు": the floor, no refusal
    unrefuse_limits(reading)  # "45, it won't come down": the limit's "not"
    refuse_too_little(reading)  # "ninety is too less, can't give": refused, no floor
    refuse_goods_named_by_price(reading)  # "no, the twelve-rupee one was old stock"
    echoed_at = refuse_echo_before_reason(reading)  # "350, no madam, my cost is 360"
    set_aside_paid_price(reading, reference_paise)  # "a 500 note, change? it's 199"
    cost_at = set_aside_own_cost(reading)  # "I buy at 32 myself, I'd lose": no offer
    # "even in the mandi it's 900", also after a loss said in a clause of its own ("at
    # 350 I lose, sir, the dealer rate itself is 360")
    reference_at = set_aside_reference_prices(reading)
    if cost_at is None:
        cost_at = reference_at
    if cost_at is None:
        cost_at = echoed_at
    for price in reading.prices:
        if _full_refused(reading, price):
            price.negated = True  # "make it 99, I won't give a full hundred"
    replaced = _per_unit(reading, language)  # the list rate before "take six and it's 50"
    rate_kept_on_correction(reading)  # "kilo 40, no, 35, you take 20 kilo": 35 a kilo
    counts_before_price(reading)  # "all four together 520", "I'll take ten, 30 each"
    any_one_priced(reading)  # "any cup forty!", "எந்த சட்டையும் முன்னூறு": each
    goods_there(reading)  # "all together 200, there are 18 clothes": a count, no price
    count_beside_price(reading)  # "two churidars there are, for both 1200": 2 pieces
    measured_goods(reading)  # "half a kilo of murmura and a quarter of chana, fifty for all"
    goods_then_total(reading)  # "five notebooks, 250 in all", "300 for a hundred bricks"
    count_then_lot_total(reading)  # "వెయ్యి ఆకులు వెయ్యి రూపాయలు": 1,000 for 1,000 leaves
    whole_for_count(reading)  # "six glasses, the whole set 330", "எட்டு டம்ளர், மொத்தம் 400"
    rates_for_a_period(reading)  # "600 a month, up to four pieces a day": a rate
    wanted = take_count_wanted(reading, reference_paise)  # "ok, give two": no price
    rate_before_part(reading)  # "सेव एक सौ अस्सी किलो, पाव किलो पैंतालीस": 180 a kilo
    replaced += later_deals(reading)  # "give 30, I'll take two", "180; for a student, 160"
    drop_counts_not_bought(reading)  # "ten minutes' work", "for that money, two baskets"

    superseded = superseded_prices(reading) + replaced
    for rate, total in totals_repeating_rate(reading):  # "a load 3,500, two loads 7,000"
        superseded = [p for p in superseded if p is not rate] + [total]
    bulk = bulk_after_rate(reading)  # "58 a kilo, the whole sack 55": the rate stands
    bulk = bulk or rate_lowered_on_count(reading)  # "95 a kilo; take ten kilo, it's 90"
    if bulk is not None and buyer_takes(reading):
        bulk = None  # "60 a kilo; if I take five kilos, will you do 50?": the buyer's bid
    if bulk is not None:
        superseded = [p for p in superseded if p is not bulk[0]] + [bulk[1]]
        condition_counts_apart(reading, *bulk)  # "if you take the 30 kg sack": no quantity
    complaint = set_aside_recalled(reading, superseded)  # "kal 30 tha, aaj 45 kyun?"
    complaint = complaint and not (cost_at is not None and all(p.negated for p in reading.prices))
    complaint = complaint or sum_asked(reading) or lets_amount_go(reading) or kilo_or_whole(reading)
    complaint = complaint or asked_not_offered(reading, superseded)  # tag, elsewhere, echo
    complaint = complaint or guessed_after_asking(reading)  # "what's the price? is it 300?"
    complaint = complaint or asks_what_price_covers(reading)  # "700 means how many clothes?"
    complaint = complaint or asks_what_that_much_covers(reading)  # "इतने में फिटिंग भी?"
    complaint = complaint or asks_going_rate(reading)  # "आलू किलो का क्या चल रहा है?"
    complaint = complaint or rate_recalled_before_count(reading)  # "60 a kilo; if I take 5?"
    complaint = count_asked_if_taken(reading) or complaint  # "दस ले लूँ तो?": ten, asked
    past_alone = recalled_alone(reading, superseded)  # "last week it was 30": none now
    superseded += past_alone + old_beside_now(reading, superseded)  # "165, pehle 150 tha"
    asked_past = any(t.raw == "?" for t in tokens)  # "was it 30?", "why double? it was 100"
    complaint = complaint or (bool(past_alone) and asked_past)
    again = past_asked_again(reading, past_alone)  # "last time 150, give it at that"
    if again is not None:
        superseded, complaint = [p for p in superseded if p is not again], False
    standing = [
        p for p in reading.prices if not p.negated and p not in superseded and not complaint
    ]
    chosen = standing[-1] if standing else None
    if chosen is not None and chosen.per_unit is None and len(standing) == 1:
        rate_unit = _unit_of_rate_after(reading, chosen)
        if rate_unit is not None:
            chosen.per_unit, chosen.quantity = True, rate_unit  # "42.50 de dunga kilo ka"
    shape_kept_on_correction(reading, chosen)  # "gulal packet 70, sorry, 75": 75 a packet
    rate_of_one_item(reading, chosen)  # "एक तकिये का डेढ़ सौ": 150 for one, a piece
    rate_of_one_unit(reading, chosen)  # "a dozen rakhis, give them for 300": a dozen's
    if chosen is not None:
        total_for_all(reading, chosen)  # "do sau, dono kilo ka": a total for both
        if chosen.start == reading.summed_at and chosen.per_unit is None:
            chosen.per_unit = False  # "polish 30, laces 15, that makes 45": the sum
    if chosen is not None and chosen.per_unit is None:
        refused = [
            p for p in reading.prices if (p.negated or p in superseded) and p.end <= chosen.start
        ]
        if refused and refused[-1].per_unit and refused[-1].quantity is not None:
            # "kilo 60 nahi, 55": the counter is a rate of the same unit.
            chosen.per_unit, chosen.quantity = True, refused[-1].quantity
        elif refused and refused[-1].per_unit and _broken_off(reading, refused[-1]):
            chosen.per_unit = True  # "a metre 20, no no, 22": the same measure's rate
            chosen.each = chosen.each or refused[-1].each  # "one for 40... no no, 45"
    closing = inside_closing(reading)  # "no problem", "aur kuch nahi chahiye"
    refusals = [
        r for r in _live_refusals(reading, has_price=chosen is not None) if r not in closing
    ]
    if chosen is None and not has_outstanding_offer:
        # "zyada lagega" (I'll need more): too much needs a price to be too much.
        refusals = [
            start
            for cue, start, end in reading.occurrences
            if start in refusals and not (cue is Cue.TOO_MUCH and end - start == 1)
        ]
    if chosen is None:
        refusals = bag_refusals(reading, refusals)  # "no plastic, I have a bag"
        refusals += [cost_at] if cost_at is not None and has_outstanding_offer else []
    if chosen is not None and chosen.bound:
        refusals = [r for r in refusals if r < chosen.start]  # "... ఎక్కువ ఇవ్వను" bounds it
    refusals = refusals_beside_gain(reading, refusals, chosen is None and has_outstanding_offer)
    accepts = [
        start
        for cue, start, end in reading.occurrences
        if cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT)
        and not (reading.has(end, Cue.NEGATION) and end not in closing)
        and not (
            (reading.has(start - 1, Cue.NEGATION, Cue.NOT) or cannot_at(reading, start - 1))
            and _joined(reading, start)
        )
    ]  # "nahi chalega", "ਨਹੀਂ ਚੱਲਣਾ", "can't agree" refuse; "nahi... theek hai" turns round
    accepts = [
        a
        for a in accepts
        if a not in refusals and not _comes_to(reading, a) and not _auxiliary(reading, a)
    ]
    accepts = [a for a in accepts if a not in conditional_accepts(reading)]  # "if ok, pack"
    accepts = [a for a in accepts if a not in accepts_on_terms(reading.words, accepts)]
    accepts = [a for a in accepts if a not in buys_named_goods(reading, accepts)]  # "2 bakre gheto"
    accepts = [a for a in accepts if a not in good_in_a_promise(reading, accepts)]  # "સારું તળિયું"
    accepts = [a for a in accepts if a not in goods_said_fine(reading)]  # "ফোন একদম ঠিক আছে"
    accepts = [a for a in accepts if a not in counted_then_taken(reading, accepts)]  # "গুনে নিন"
    accepts = [a for a in accepts if a not in bought_before(reading, accepts)]  # "গত হপ্তায় ...নিলাম"
    accepts = answered_yes(reading, accepts, chosen, has_outstanding_offer)  # "haan, ..., 50"
    elsewhere = elsewhere_at(reading)
    if elsewhere is not None:
        # "I'll take it from the next cart", "doosri dukaan se le lunga": the buying verb
        # buys elsewhere; it agrees to nothing here, and with no price, in reply to one or
        # with that verb, it refuses ("my other shop is in lane 5" is only talk).
        if chosen is None and (accepts or has_outstanding_offer) and not shop_hours(reading):
            refusals = sorted({*refusals, elsewhere})  # not "the shop opposite closes at 9"
        accepts = []
    later = later_at(reading)
    if later is not None and after_an_hour(reading, later):
        later = None  # "come after four", "5 baje ke baad": the hour's "after", nothing put off
    if later is not None and chosen is None:
        # "na dada, pore kine nebo", "I'll take it later": the buying verb buys another
        # time; it agrees to nothing now, and in reply to a price it puts it off.
        if has_outstanding_offer:
            refusals = sorted({*refusals, later})
        accepts = []
    if chosen is None and not has_outstanding_offer and _talk_besides(reading) > 1:
        # "okay, looks like rain", "હા, આ વખતે ગરમી બહુ છે": with no price said and none on
        # the table, agreement before other talk agrees to nothing ("okay, done" does).
        accepts = []
        if refusals and min(refusals) == 0 and len(refusals) == 1 and later is None:
            refusals = []  # "No, last week's bananas went black": talk, nothing refused
    asks = any(t.raw == "?" for t in tokens)
    agreed = agreed_before_change(reading, accepts)  # "okay done, change for 500?"
    settled = has_outstanding_offer and agreed_before_asking(reading, accepts)  # "ok, done. when?"
    paying = pays_by(reading) and not pays_as_agreed(reading, accepts)  # "ok, paying cash"
    if chosen is None and (asks or paying or takes_leave(reading)) and not settled:
        # "gpay chalega?", "card ok?", "thaili milegi?", "ok, I'll go": a word of agreement
        # in a question, about how to pay, or before a goodbye agrees to no price.
        accepts = []
    accepts = [] if promised(reading, chosen is None or not has_outstanding_offer) else accepts
    goods_talk = chosen is None and about_the_goods(reading, has_outstanding_offer)
    talk = market_news(reading) or weighing_talk(reading) or tells_an_age(reading) or people
    talk = talk or gives_instructions(reading)  # "no ice, less sugar": nothing refused
    talk = talk or measured  # "took the measurements: chest 38": nothing refused
    talk = talk or promise  # "take ten and I'll make it less": the seller's terms
    # "3,000? the auction closed at 2,400, no way": the market's rate set aside as the
    # reason, in reply, refuses
    talk = talk and not (cost_at is not None and has_outstanding_offer and chosen is None)
    if chosen is None and (talk or reading.money_back or reading.asked_free) and elsewhere is None:
        # "it rained, that's why there's no crowd", "one minute, let me set the scale
        # right": the market's news or the weighing, no refusal and no agreement
        accepts, refusals, goods_talk = [], [], True
    if goods_talk and elsewhere is None:
        # "no no, these are rotten", "ok ok, but not stale ones": the goods, not the deal
        accepts, refusals = goods_accepts(reading, accepts, bool(refusals)), []
    accepts = accepts or (agreed if chosen is None and has_outstanding_offer else [])
    tag = tag_question_at(reading, unasked=not has_outstanding_offer and len(refusals) == 1)
    refusals = [r for r in refusals if chosen is not None or r != tag]  # "rain today, no?"
    greeting = greeting_at(reading) or range(0)
    questions = [
        o
        for o in reading.occurrences
        if o[0] is Cue.QUESTION and (o[1] not in greeting or o[2] > greeting.stop)
    ]  # "kaise ho?" greets; "kaise diye?", "how are you selling?" ask the price
    weak_questions = [  # "ಬೇರೆ ಏನೂ ಬೇಡ": nothing else, no "what"
        o for o in reading.occurrences if o[0] is Cue.WEAK_QUESTION and o[1] not in greeting
    ]
    weak_questions = [o for o in weak_questions if o[1] not in closing]
    weak_questions = [] if reading.phone and chosen is None else weak_questions  # a call
    cues = {o[0] for o in reading.occurrences}
    asked_one = one_asked_about(reading)  # "nariyal ek kitne ka?", "ஒண்ணு எவ்ளோ?"
    counted = goods_asked(reading, chosen, asked_one, bool(questions))  # "100 haar chahiye"
    asked_one, goods_counted = counted or (asked_one, None)
    chosen = None if counted else chosen  # "how much 1 coconut", "2 nariyal kitne ka"
    final = chosen is not None and final_said(reading, chosen)  # "final price 60", "800, not less"
    if final and chosen is not None and has_outstanding_offer:
        final = not agreed_as_final(reading, chosen, accepts, refusals, reference_paise)
    bound = chosen is not None and (chosen.bound or bool(cues & {Cue.CAP, Cue.CAP_BEFORE}))

    amount, confidence, intent = intent_said(
        reading,
        chosen,
        language=language,
        product=product,
        standing=standing,
        accepts=accepts,
        refusals=refusals,
        cues=cues,
        questions=questions,
        weak_questions=weak_questions,
        asks=asks,
        final=final,
        bound=bound,
        bids=bids,
        complaint=complaint,
        people=people,
        reduced=reduced,
        goods_talk=goods_talk,
        has_outstanding_offer=has_outstanding_offer,
        reference_paise=reference_paise,
    )

    contents_not_bought(reading)  # "एक पेटी में बीस किलो आता है": what a crate holds
    held_by_rate(reading, chosen)  # "a tray is 180, thirty eggs in it": what one holds
    count, unit = quantity_named(
        reading, chosen, intent, wanted=wanted, goods_counted=goods_counted, asked_one=asked_one
    )
    if complaint and chosen is None and intent is Intent.QUESTION and unit is None:
        unit = recalled_rate_unit(reading)  # "last week fifty a kilo, why sixty?": the kilo
    unit = pieces_counted(reading, chosen, count, unit)  # "both goats, 40,000 for both"
    count, unit = pieces_named(reading, chosen, count, unit)  # "300 diye chahiye"
    unit = bundle_unit(reading, chosen, unit)  # "a bundle 80", "three bundles for 200"
    unit = per_garment(reading, chosen, unit, intent is Intent.QUESTION)  # "ஒரு துணிக்கு 12"
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
        final=final,
    )
    understood = list_asked(reading, understood)  # "total? two kilo sugar, one packet tea"
    understood = pack_size_said(reading, understood)  # "this sugar packet is one kilo"
    understood = item_weight_said(reading, understood)  # "this razai is 2.5 kilo, 1,400"
    if agreed_then_weighed(reading, understood):
        return understood  # "okay, 36 it is, weigh it": the price agreed, no weight
    return count_not_priced(reading, understood)  # "ढाई सौ काजू तोल दो": 250 g, no price
