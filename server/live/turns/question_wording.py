"""How a price question reads: the price heard as a yes would record it, the question
asked of its speaker in any language, and the `confirm_price` event that carries it
(asked by `server.live.turns.questions`)."""

from __future__ import annotations

from typing import Any

from audio.acts import ActKind, NegotiationAct
from audio.confirmations import above_list, ask_price, ask_total
from audio.understanding import Understanding
from server.live.events import ConfirmPrice
from server.live.prices import TotalSaid, unit_price
from server.live.turns.rules import PriceQuestion


def heard_price(
    amount_paise: int | None,
    per_unit: bool | None,
    quantity: float | None,
    said_unit: str | None,
    unit: str,
) -> NegotiationAct:
    """The price heard, as what a yes would record: a bare price is per unit of the
    product (sold by `unit`)."""
    per_unit = per_unit is not False
    return NegotiationAct(
        ActKind.OFFER,
        amount_paise=amount_paise,
        per_unit=per_unit,
        quantity=quantity,
        unit=(said_unit or unit) if per_unit else said_unit,
    )


def heard_understood(understood: Understanding, unit: str) -> NegotiationAct:
    return heard_price(
        understood.amount_paise, understood.per_unit, understood.quantity, understood.unit, unit
    )


def question_text(
    heard: NegotiationAct,
    *,
    rate_paise: int,
    quantity: int,
    unit: str,
    said: TotalSaid | None,
    list_price_paise: int | None,
    language: str,
) -> str:
    """The price question in `language`: "Did you say {the price heard}?", or for a total
    the record cannot keep as said the total heard and what a yes records (`rate_paise`
    for `quantity` of `unit`); after either, for a shopper's rate above the list price,
    that a yes records the list price."""
    if said is not None:
        text = ask_total(
            heard_total_paise=said.amount_paise,
            heard_quantity=said.quantity,
            heard_unit=said.unit,
            rate_paise=rate_paise,
            quantity=quantity,
            unit=unit,
            language=language,
        )
    else:
        text = ask_price(heard, language)
    if list_price_paise is not None:
        said_above = above_list(
            list_price_paise=list_price_paise, quantity=quantity, unit=unit, language=language
        )
        text = f"{text} {said_above}"
    return text


def asked_in(data: dict[str, Any], unit: str, language: str) -> str | None:
    """The question of a `confirm_price` event (its data as the room carries it) in
    `language`, for a product sold by `unit`: each screen of the speaker's side reads it
    in its own (a console watching the vendor's phone leg, chosen in another language than
    the call's). None when the event does not say what a yes records."""
    recorded, total = data.get("unit_price_paise"), data.get("total_paise")
    if not isinstance(recorded, int) or not isinstance(total, int) or recorded <= 0:
        return None
    quantity = total // recorded  # `total_paise` is what a yes records per unit, times it
    heard = heard_price(
        data["amount_paise"], data["per_unit"], data["quantity"], data["unit"], unit
    )
    said = None
    if data.get("said_total_paise") is not None:
        said = TotalSaid(data["said_total_paise"], data["said_quantity"], data["said_unit"])
    return question_text(
        heard,
        # With a list price, `unit_price_paise` is it: the rate heard is worked out again
        # as it was for the question (`PriceQuestions.ask`).
        rate_paise=unit_price(heard, quantity),
        quantity=quantity,
        unit=unit,
        said=said,
        list_price_paise=data.get("list_price_paise"),
        language=language,
    )


def confirm_event(
    question: PriceQuestion, unit: str, language: str, expires_in: float
) -> ConfirmPrice:
    """The `confirm_price` event asking `question` in `language`."""
    understood = question.understood
    assert understood.amount_paise is not None
    said = question.said
    text = question_text(
        heard_understood(understood, unit),
        rate_paise=question.unit_price_paise,
        quantity=question.quantity,
        unit=unit,
        said=said,
        list_price_paise=question.list_price_paise,
        language=language,
    )
    recorded = question.unit_price_paise
    if question.list_price_paise is not None:
        recorded = question.list_price_paise
    return ConfirmPrice(
        utterance_id=question.utterance_id,
        text=text,
        language=language,
        heard=question.heard,
        amount_paise=understood.amount_paise,
        per_unit=understood.per_unit,
        quantity=understood.quantity,
        unit=understood.unit,
        unit_price_paise=recorded,
        expires_in=expires_in,
        total_paise=recorded * question.quantity,
        said_total_paise=said.amount_paise if said else None,
        said_quantity=said.quantity if said else None,
        said_unit=said.unit if said else None,
        list_price_paise=question.list_price_paise,
    )
