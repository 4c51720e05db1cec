"""Today's price beside an old or a printed one: "165 now, it was 150 before", "एक सौ
पैंसठ, पहले डेढ़ सौ था", "ఇప్పుడు డజను తొంభై, పోయిన వారం ఎనభై నాలుగు ఉండేది", "170
for you, though the MRP is 190". A price said after today's (or after today's price
refused: "80 for one? Too costly, last week it was 60"), in a clause of its own dated by
a word of the past (one that is also "tomorrow" or "first", "kal", with a verb of the
past: "was", "था", "ছিল", "இருந்துச்சு"), or named as the printed price (MRP), is a
remark: today's price stands. A price of the past
said first ("it was 30 last week, give it for 28") is `recalled.py`'s; every price of
the past ("kal to pachas tha") is `past_prices.py`'s."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.from_tomorrow import priced_for_later
from audio.understanding.past_prices import _dates
from audio.understanding.reading import _Price, _Reading
from audio.understanding.recalled import _clause, _found
from audio.understanding.recalled_words import PAST

# The printed price: "MRP", "एमआरपी", "எம்ஆர்பி", "the printed price", "छपा हुआ".
_PRINTED = frozenset(
    fold(w)
    for w in (
        "mrp", "m.r.p", "printed", "एमआरपी", "छपा", "छपी", "प्रिंटेड", "এমআরপি", "ছাপা",
        "எம்ஆர்பி", "ఎంఆర్పీ", "ఎమ్మార్పీ", "ಎಂಆರ್‌ಪಿ", "ಎಂಆರ್ಪಿ", "എംആർപി", "ਐਮਆਰਪੀ",
        "એમઆરપી", "छापलेली", "छापील", "प्रिंट", "அச்சு", "அச்சடிச்ச", "பிரிண்ட்",
        "ప్రింట్", "ప్రింటు", "ముద్రిత", "છાપેલી", "છાપેલ", "છાપેલો", "ಪ್ರಿಂಟ್", "ಮುದ್ರಿತ",
        "പ്രിന്റ്", "അച്ചടിച്ച", "ਛਪੀ", "ਛਪਿਆ", "ਪ੍ਰਿੰਟ", "লেখা",
    )
)  # fmt: skip


def _remark(reading: _Reading, price: _Price, past: list[int]) -> tuple[bool, bool]:
    """Whether the price is said as the printed one, or as one of the past."""
    words = reading.words
    start, stop = _clause(reading, price.start)
    printed = any(words[k] in _PRINTED for k in range(start, stop))
    # a word only of the past dates it alone ("நேத்து 60 தான்"); "kal" needs "tha" (`_dates`)
    # a word read as part of a number is none of the past ("nine hundred", never "ninne")
    dated = any(
        start <= k < stop and reading.number_at[k] is None and _dates(words, k, (start, stop))
        for k in past
    )
    return printed, dated


def old_beside_now(reading: _Reading, superseded: list[_Price]) -> list[_Price]:
    """The printed prices, and the prices of the past said after today's, to set aside
    when today's price is said in a clause of its own. Today's price may itself be one
    set aside or refused already, asked back in scorn ("80 for one? Too costly, last week it was
    60"): the price of the past after it is still a remark, no counter."""
    live = [p for p in reading.prices if not p.negated and p not in superseded]
    said = reading.prices  # refused ones too: "80? too costly" is today's, refused
    if len(said) < 2 or not live:
        return []
    later = priced_for_later(reading, live)  # "today 280, from tomorrow 300"
    if later:
        return later
    past = _found(reading.words, PAST)
    remarks: list[_Price] = []
    now: list[_Price] = []
    for price in said:
        printed, dated = _remark(reading, price, past)
        if printed:
            remarks.append(price)
        elif dated and now:
            remarks.append(price)  # said after a price of today
        elif not dated:
            now.append(price)
    if (
        not now
        or not remarks
        or any(_clause(reading, p.start) == _clause(reading, now[-1].start) for p in remarks)
    ):
        return []
    return [p for p in remarks if p in live]
