"""Structured negotiation acts: what was said, as data, so prices are never garbled.

The understanding step produces them from a transcript; the phrasebook renders them in
the listener's language from templates.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActKind(StrEnum):
    OFFER = "offer"
    COUNTER = "counter"
    ACCEPT = "accept"
    REJECT = "reject"
    QUESTION = "question"
    """A question about the price ("how much?", "kitne ka hai?")."""
    GREETING = "greeting"


@dataclass(frozen=True, slots=True)
class NegotiationAct:
    kind: ActKind
    amount_paise: int | None = None
    """The price in paise; per unit when `per_unit`, else the total."""
    per_unit: bool = True
    quantity: float | None = None
    unit: str | None = None
    """Canonical unit: kg, g, dozen, piece, litre, bunch."""
    product_names: dict[str, str] | None = None
    """The product's name per language code, so each listener hears it in theirs."""
    speaker: str | None = None
    """"customer" or "vendor"."""
    final: bool = False
    """The speaker called the price final ("last price 60")."""
