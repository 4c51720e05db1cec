"""The offline translation provider: negotiation acts rendered from templates.

Prices are never trusted to free-text translation. The understanding step turns what a
speaker said into a `NegotiationAct` (amount in paise, quantity, unit, product); this
module says that act again in the listener's language from hand-written templates, so
"40 रुपये किलो" reaches a Tamil listener as "கிலோ 40 ரூபாய்" and never as a garbled number.

Amounts are written in digits ("40 रुपये 50 पैसे"): TTS voices read digits in their own
language and a reader sees the exact figure. Paise are said only when non-zero, and
amounts from one lakh up get Indian grouping (1,25,000).

Free text (no act) is not translated: it passes through, transliterated into the
listener's script, and the `Translation` says `untranslated=True`, so the listener is
told they are hearing the speaker's words rather than a silent mistranslation.

`tables` holds each language's words and templates (data); `rendering` says an act from
them. Shapes are what the act carries: "deal" (item and price), "price", "item" (product
or quantity, no price) and "none". A template for "price" serves "deal" too unless a
language needs its own (English needs "at" and "for" only when an item comes first).
"""

from audio.phrasebook.rendering import (
    PROVIDER,
    PhrasebookMT,
    confirm_prompt,
    end_deal_prompt,
    name_in,
    product_name,
    render,
    say_price,
    say_quantity,
    without_words,
)
from audio.phrasebook.tables import (
    CONFIRM_QUESTION,
    END_DEAL_QUESTION,
    FINAL,
    LANGUAGES,
    PHRASES,
    UNIT_ALIASES,
    Phrases,
    Unit,
)

__all__ = [
    "CONFIRM_QUESTION",
    "END_DEAL_QUESTION",
    "FINAL",
    "LANGUAGES",
    "PHRASES",
    "PROVIDER",
    "UNIT_ALIASES",
    "PhrasebookMT",
    "Phrases",
    "Unit",
    "confirm_prompt",
    "end_deal_prompt",
    "name_in",
    "product_name",
    "render",
    "say_price",
    "say_quantity",
    "without_words",
]
