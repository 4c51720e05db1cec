"""The last passes over a line's hits (`audio.market.heard`): what is asked of the goods'
age, place or papers, and who is coming, leaving or meant.

Stock asked of the item's own papers or box ("इसका बिल है?") or of a place is asked for
no stock, nor is staleness of its age asked ("how old is this phone?":
`audio.market.item_papers`), nor a used item named "old" in a price question or a
question whether the stall buys it ("पुरानी पेटी का क्या लोगे?": `audio.market.used_goods`),
nor a wait asked about the hours ("रोज़ कितने बजे तक रुकते हो?"); another's coming ("the
truck will come in an hour") is not the speaker's, nor is a person's not coming goods
finished (`audio.market.person_absent`), nor "old" said of a parent's keepsake a doubt
(`audio.market.keepsake`); seed asked whether it will sprout doubts its age and stock
asked whether it has come asks for it (`audio.market.seed_stock`). Rust seen keeps the
goods' age complained of, though "how many years" is wondered (`audio.market.rusted`),
and one's own old things told of as still at home or in use ("grandpa's trunk is still
at home, like new") say no age, origin or stock (`audio.market.kept_at_home`)."""

from __future__ import annotations

from audio.market.aged_praised import age_praised
from audio.market.any_told import any_told
from audio.market.asked_after import asked_after
from audio.market.coming import brought, later_coming
from audio.market.container_brought import container_brought
from audio.market.cue_hits import Hit
from audio.market.errand import errand_told
from audio.market.greet_open import open_asked
from audio.market.have_place import HAVE, place_asked
from audio.market.home_place import LAND_TOLD, TOLD, home_told, land_told
from audio.market.hours_asked import hours_asked, in_hours
from audio.market.house_old import house_old
from audio.market.item_papers import age_asked, age_spans, item_asked
from audio.market.keepsake import keepsake
from audio.market.kept_at_home import kept_at_home
from audio.market.kin_still import kin_whereabouts
from audio.market.kind_after import kind_after
from audio.market.leaving import GOODBYE, blessed, come_again, left_with_thanks
from audio.market.left_only import left_only
from audio.market.lot_described import lot_as_place, lot_described
from audio.market.otherwise import rhetorical
from audio.market.own_damaged import own_damaged
from audio.market.passes import Line, Pass
from audio.market.person_absent import person_absent
from audio.market.person_came import TRAVELLED, travel_told
from audio.market.price_news import price_news
from audio.market.ready_by_then import ready_by_then
from audio.market.restock import restocked
from audio.market.rusted import rusted
from audio.market.seed_stock import seed_stock
from audio.market.spans_asked import span_asked
from audio.market.speaker import SPEAKER_ACTS, farewell, someone_else
from audio.market.stall_more import stall_more
from audio.market.used_goods import used_named
from audio.market.wait_first import wait_first
from audio.market.which_for_it import which_for_it


def _aged(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    if any(h.act == HAVE for h in hits) and (
        place_asked(words, language) or item_asked(words, language) or age_asked(words, language)
    ):
        hits = [h for h in hits if h.act != HAVE]
    hits = age_praised(hits, words, language)
    hits = used_named(hits, words, language, punct)
    hits = house_old(hits, words, language)
    if any(h.act in ("quality_old", "ask_price") for h in hits) and age_asked(words, language):
        aged = age_spans(words, language)
        hits = [
            h
            for h in hits
            if h.act != "quality_old"
            and not (h.act == "ask_price" and any(s <= h.start < e for s, e in aged))
        ]
    return [
        h
        for h in hits
        if not (h.act == "ask_price" and in_hours(words, h.start, language))
        and not (h.act == "ask_price" and span_asked(words, h.end))
        and not (
            h.act == "have_it" and hours_asked(words, h.start, h.end, language, punct, daily=False)
        )
    ]


def _speaker(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    hits += [
        Hit(GOODBYE, s, e) for s, e in left_with_thanks(words, language, {h.act for h in hits})
    ]
    hits = restocked(hits, words, language, punct)
    hits = _coming(hits, words, language, punct)
    opened = min((h.start for h in hits if h.act == "greet"), default=None)
    if opened is not None:
        hits = [
            h for h in hits if h.act != HAVE or not open_asked(words, opened, h.start, language)
        ]
    if any(h.act in SPEAKER_ACTS for h in hits) and someone_else(words, language):
        hits = [
            h
            for h in hits
            if h.act not in SPEAKER_ACTS or (h.act == GOODBYE and farewell(words[h.start : h.end]))
        ]
    hits += [Hit(GOODBYE, s, e) for s, e in blessed(words, language)]
    hits = errand_told(hits, words, language)
    hits = ready_by_then(hits, words, language)
    return left_only(hits, words, language, punct)


def _told(hits: list[Hit], line: Line) -> list[Hit]:
    words, language, punct = line.words, line.language, line.punct
    hits = any_told(hits, words, punct)
    if any(h.act in TOLD for h in hits) and home_told(words, language):
        hits = [h for h in hits if h.act not in TOLD]
    if any(h.act in LAND_TOLD for h in hits):
        hits = _land_left(hits, words, language, punct)
    hits = keepsake(person_absent(hits, words, language, punct), words, language, punct)
    hits = seed_stock(hits, words, language, punct)
    hits = own_damaged(container_brought(hits, words, language, punct), words, language, punct)
    hits = kin_whereabouts(hits, words, language, punct)
    hits = price_news(hits, words, language, punct)
    if any(h.act in TRAVELLED for h in hits):
        hits = [
            h
            for h in hits
            if h.act not in TRAVELLED or not travel_told(words, h.start, language, punct)
        ]
    return hits


def _more(hits: list[Hit], line: Line) -> list[Hit]:
    return stall_more(hits, line.words, line.language, line.punct)


def _described(hits: list[Hit], line: Line) -> list[Hit]:
    words, language = line.words, line.language
    return rhetorical(
        lot_described(
            lot_as_place(asked_after(hits, words, language, line.punct), words, language), words
        ),
        words,
        language,
    )


def _land_left(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without the claims, complaints and calls to look said in a clause about the
    land of the speaker's own place (`audio.market.home_place`): "ਸਾਡੇ ਪਿੰਡ ਦੀ ਜ਼ਮੀਨ ਦੇ ਭਾਅ
    ਵੱਧ ਗਏ" claims no origin, while "…, ਖੇਤ ਤੋਂ ਸਿੱਧੀ" in a clause of its own still does."""

    def clause(k: int) -> int:
        return max((b for b in punct if b <= k), default=0)

    land = {clause(j) for j in land_told(words, language)}
    return [h for h in hits if h.act not in LAND_TOLD or clause(h.start) not in land]


def _coming(hits: list[Hit], words: list[str], language: str, punct: frozenset[int]) -> list[Hit]:
    """The speaker's coming as it is meant (`audio.market.coming`): after a word of bringing
    ("ಕರ್ಕೊಂಡು ಬರ್ತೀನಿ") no leaving nor coming back, and with a later time ("সন্ধেবেলা
    আসছি") a coming back, no goodbye, nor goods said come in the morning ("നാളെ രാവിലെ
    വന്നു വാങ്ങിക്കോളാം", I'll come tomorrow morning and buy it)."""
    hits = [
        h
        for h in hits
        if h.act not in SPEAKER_ACTS
        or not any(brought(words, k, language) for k in range(h.start, h.end))
    ]
    span = later_coming(words, language, punct)
    if span is not None:  # "നാളെ രാവിലെ വന്നു വാങ്ങിക്കോളാം": the speaker's coming, no goods come
        hits = [h for h in hits if h.act != "claim_fresh" or not span[0] < h.end <= span[1]]
    if span is None and any(h.act == "thanks" for h in hits):
        hits = [
            Hit(GOODBYE, h.start, h.end)
            if h.act == "come_back_later" and come_again(words, h.start, h.end, language)
            else h
            for h in hits
        ]
    if span is None or any(h.act == "come_back_later" for h in hits):
        return hits
    return [h for h in hits if h.act != "goodbye"] + [Hit("come_back_later", *span)]


ASKED: tuple[Pass, ...] = (
    _aged,
    rusted,
    _speaker,
    _told,
    _more,
    _described,
    kind_after,
    wait_first,
    kept_at_home,
    which_for_it,
)
"""The last passes, in order."""
