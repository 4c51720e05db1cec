"""Rust seen on the goods is a complaint of their age whatever is asked beside it: "इस ताले
में जंग लगी है, पता नहीं कितने साल से पड़ा है", "இந்த பூட்டு துருப்பிடிச்சிருக்கு, எத்தனை
வருஷமா கிடக்குதோ". The "how many years" wonders how long the goods lay unsold, no age of
an item asked (`audio.market.item_papers.age_asked`): a word of rust (`RUST`) in the line
keeps `quality_old`. Rust on things of the speaker's house ("ಈ ಸಲ ಮಳೆ ಜಾಸ್ತಿ, ಮನೆ ಬೀಗ
ಎಲ್ಲಾ ತುಕ್ಕು ಹಿಡಿದಿದೆ", so much rain, the house's locks have all rusted) is small talk of
one's own things: no complaint of the goods.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import first_span, forms_in

OLD = "quality_old"

RUST = {
    "en": "rusted; rusty; rust=",
    "hi": "जंग लग*; ज़ंग लग*; जंग खा*; jang lag*; zang lag*",
    "ta": "துருப்பிடி; துரு பிடி; துருப் பிடி; thurupidi*; thuru pidi*",
    "te": "తుప్పు; tuppu*",
    "bn": "মরচে; মর্চে; morche",
    "mr": "गंज=; गंजल; गंजून; ganj=",
    "gu": "કાટ=; કાટ લાગ; kaat lag*",
    "kn": "ತುಕ್ಕು; tukku",
    "ml": "തുരുമ്പ; thurumb*",
    "pa": "ਜੰਗਾਲ; jangal*",
}
"""Per language, rust on the goods."""

HOUSE = {
    "en": "house; home; at my place",
    "hi": "घर; ghar*",
    "ta": "வீட்டு; வீட்டில; வீடு; veettu*; veedu",
    "te": "ఇంటి; ఇంట్లో; ఇల్లు; inti*; intlo; illu",
    "bn": "বাড়ি; বাড়ির; বাড়িতে; bari*; barir",
    "mr": "घर; घरा*; घरच*; घरी; ghar*",
    "gu": "ઘર; ઘરે; ઘરના; ઘરની; ghar*",
    "kn": "ಮನೆ; ಮನೆಯ; ಮನೇಲಿ; ಮನೆಲಿ; mane*",
    "ml": "വീട്; വീട്ടി*; veed*; veett*",
    "pa": "ਘਰ; ਘਰੇ; ghar*",
}
"""Per language, the speaker's house: rust there is on their own things."""


def rusted(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` with the age complained of where rust is said (see above)."""
    if any(h.act == OLD for h in hits):
        return hits
    words, language = line.words, line.language
    rust = first_span(forms_in(language, RUST), words)
    if rust is None or first_span(forms_in(language, HOUSE), words) is not None:
        return hits  # no rust, or rust on their own things at home
    return [*hits, Hit(OLD, *rust)]
