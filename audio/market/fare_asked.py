"""A fare or a charge asked with "what will you take for": "ਰਿਕਸ਼ੇ ਵਾਲੇ, ਬੱਸ ਅੱਡੇ ਦਾ ਕੀ
ਲਵੇਂਗਾ?", "ਮੰਡੀ ਤੱਕ ਕੀ ਲਏਂਗਾ?", "भैया, स्टेशन तक क्या लेगा?". A word of "for" or "till"
(`FOR`), "what" and a verb of taking to come (`TAKE`), said as to a friend or a driver
as much as politely, asks the price of the ride or the goods (`ask_price`). "What will you
have?" with no "for" before it offers tea, no price asked. Words are matched like cues
(see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, first_span, forms

ACT = "ask_price"

FOR = {
    "hi": "का; के; की; तक; ka; ke; ki; tak",
    "pa": "ਦਾ; ਦੇ; ਦੀ; ਤੱਕ; ਤਕ; da; de; di; tak",
}
"""Per language, "for" or "till" before "what"."""

WHAT = {"hi": "क्या; kya", "pa": "ਕੀ=; ki="}
"""Per language, "what"."""

TAKE = {
    "hi": "लेगा; लेगी; लोगे; लोगी; लेंगे; लीजिएगा; lega; legi; loge; lenge",
    "pa": "ਲਵੇਂਗਾ; ਲਵੇਂਗੀ; ਲਏਂਗਾ; ਲਏਂਗੀ; ਲੈਂਗਾ; ਲਓਗੇ; ਲਵੋਗੇ; ਲਉਗੇ; ਲੈਣਗੇ; ਲੈਣਾ; lavenga; laenga; loge; lavoge",
}
"""Per language, the verb of taking to come ("will you take")."""


@cache
def _forms(language: str) -> tuple[Form, ...]:
    if language not in FOR:
        return ()
    return forms(
        "; ".join(
            f"{f} {w} {t}"
            for f in FOR[language].split("; ")
            for w in WHAT[language].split("; ")
            for t in TAKE[language].split("; ")
        )
    )


def fare_asked(words: list[str], language: str) -> tuple[int, int] | None:
    """The span of a charge asked with "what will you take for" (see above), or None."""
    return first_span(_forms(language), words)
