"""What one utterance means: the intent, the price that stands and every price heard."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Intent(StrEnum):
    """What the speaker did; the negotiation domain maps these onto its transitions."""

    OFFER = "offer"
    COUNTER = "counter"
    ACCEPT = "accept"
    REJECT = "reject"
    QUESTION = "question"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PriceMention:
    """One price heard in the utterance, whether or not it is the one that stands."""

    amount_paise: int
    start: int
    """Character offset in the original text of the first token (number or currency)."""
    end: int
    """Character offset just past its last token (number, currency or paise word)."""
    negated: bool
    """Said only to be refused: "300 nahi, 250" negates 300."""
    per_unit: bool | None
    """True for a rate ("40 per kilo"), False for a total, None when nothing says."""


@dataclass(frozen=True, slots=True)
class Understanding:
    """What one utterance means for the negotiation; `amount_paise` is the last price
    said that was not refused, and `per_unit`, `quantity`, `unit` describe that price."""

    intent: Intent
    amount_paise: int | None
    per_unit: bool | None
    quantity: float | None
    unit: str | None
    """Canonical unit: kg, g, dozen, piece, litre, bunch."""
    product: str | None
    """The matched catalogue item's key."""
    confidence: float
    """0..1: lower when prices compete, cues disagree, or nothing was recognised."""
    mentions: tuple[PriceMention, ...]
    language: str
    final: bool = False
    """The speaker called the price final ("final price 60", "last 250"): an offer that
    asks for a yes or a no, never an accept by itself."""

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict of every field, mentions included."""
        return {
            "intent": str(self.intent),
            "amount_paise": self.amount_paise,
            "per_unit": self.per_unit,
            "quantity": self.quantity,
            "unit": self.unit,
            "product": self.product,
            "confidence": self.confidence,
            "language": self.language,
            "final": self.final,
            "mentions": [
                {
                    "amount_paise": m.amount_paise,
                    "start": m.start,
                    "end": m.end,
                    "negated": m.negated,
                    "per_unit": m.per_unit,
                }
                for m in self.mentions
            ],
        }
