"""The JSON views of negotiations, bids and hints that live events and snapshots carry."""

from __future__ import annotations

from typing import Any

from audio.acts import ActKind, NegotiationAct
from audio.vendor_phrases import hint_text
from models import Bid, Negotiation, Product
from server.domain.assistant import Hint


def hint_view(hint: Hint, language: str | None) -> dict[str, Any]:
    """The assistant's hint as the vendor's sockets get it, said in `language` if any."""
    view = hint.to_json()
    if language is not None:
        code, amount = hint.reason_code.value, hint.amount_paise
        view["text"] = hint_text(code, language, amount_paise=amount, unit=hint.unit)
        view["language"] = language
    return view


def offer_act(data: dict[str, Any]) -> NegotiationAct:
    return NegotiationAct(
        kind=ActKind.OFFER if data.get("bid_seq", 2) == 1 else ActKind.COUNTER,
        amount_paise=data["amount_paise"],
        per_unit=True,
        quantity=data.get("quantity"),
        unit=data.get("unit"),
        product_names=data.get("product_names"),
        speaker=data.get("side"),
    )


def accept_act(
    amount_paise: int, *, unit: str, product_names: dict[str, str], speaker: str
) -> NegotiationAct:
    """A deal at `amount_paise` a unit, as its accepter's words say it to the other side."""
    return NegotiationAct(
        ActKind.ACCEPT,
        amount_paise=amount_paise,
        unit=unit,
        product_names=product_names,
        speaker=speaker,
    )


def negotiation_view(n: Negotiation) -> dict[str, Any]:
    return {
        "id": n.id,
        "status": n.status.value,
        "quantity": n.quantity,
        "bid_count": n.bid_count,
        "latest_offer": (
            {"side": n.last_bid_side.value, "amount_paise": n.last_bid_amount_paise}
            if n.last_bid_side is not None
            else None
        ),
        "expires_at": n.expires_at.isoformat(),
        "end_reason": (
            {"text": n.end_reason, "language": n.end_reason_language, "side": n.ended_by.value}
            if n.end_reason and n.ended_by is not None
            else None
        ),
    }


def product_view(p: Product) -> dict[str, Any]:
    """The product as both sides of its negotiations may see it (never the floor price,
    which is the vendor's alone)."""
    return {
        "id": p.id,
        "names": dict(p.names),
        "unit": p.unit,
        "list_price_paise": p.list_price_paise,
        "stock": p.stock,
        "negotiable": p.negotiable,
        "is_active": p.is_active,
    }


def bid_view(b: Bid) -> dict[str, Any]:
    return {
        "id": b.id,
        "seq": b.seq,
        "side": b.side.value,
        "amount_paise": b.amount_paise,
        "quantity": b.quantity,
        "source": b.source.value,
        "transcript": b.transcript,
        "language": b.language,
        "utterance_id": b.utterance_id,
        "capped": b.capped,
        "created_at": b.created_at.isoformat(),
    }
