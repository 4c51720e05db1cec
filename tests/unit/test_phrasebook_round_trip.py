"""What the phrasebook says, the understanding hears back: every act, every language.

A listener's client may itself be a speaker of the product (a vendor's phone leg answers
through the same pipeline), and every rendering must survive the trip, so each act the
understanding can produce is rendered in each of the ten languages and read back in that
language: kind, amount, per unit or total, quantity, unit and the "final" mark must all
come back. Then offers are carried across all 90 ordered pairs of languages the way a
live turn carries them (understood in the speaker's language, rendered in the
listener's) and must keep amount and shape.
"""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from audio.acts import ActKind, NegotiationAct
from audio.interpret import act_from
from audio.phrasebook import LANGUAGES, render
from audio.understanding import Catalogue, CatalogueItem, Understanding, understand

TOMATO = {
    "hi": "टमाटर",
    "en": "tomatoes",
    "ta": "தக்காளி",
    "te": "టమాటా",
    "bn": "টমেটো",
    "mr": "टोमॅटो",
    "gu": "ટામેટાં",
    "kn": "ಟೊಮೆಟೊ",
    "ml": "തക്കാളി",
    "pa": "ਟਮਾਟਰ",
}
CATALOGUE = Catalogue([CatalogueItem("tomato", TOMATO)])
UNITS = ("kg", "g", "dozen", "piece", "litre", "bunch")
AMOUNTS = (4050, 3500, 25000, 150_000)


def _shapes() -> list[dict[str, object]]:
    """A rate ("40 a kilo"), a rate for a count ("2 kilo, 40 a kilo"), a total for a
    count ("2 kilo for 80") and a bare price, for every unit."""
    shapes: list[dict[str, object]] = [{"per_unit": True, "quantity": None, "unit": None}]
    for unit in UNITS:
        count = 250 if unit == "g" else 3
        shapes += [
            {"per_unit": True, "quantity": None, "unit": unit},
            {"per_unit": True, "quantity": count, "unit": unit},
            {"per_unit": False, "quantity": count, "unit": unit},
        ]
    return shapes


def _acts() -> list[NegotiationAct]:
    acts = []
    for kind in (ActKind.OFFER, ActKind.COUNTER):
        for shape, amount, named in itertools.product(_shapes(), AMOUNTS, (True, False)):
            acts.append(
                NegotiationAct(
                    kind,
                    amount_paise=amount,
                    product_names=TOMATO if named else None,
                    **shape,  # type: ignore[arg-type]
                )
            )
        acts.append(NegotiationAct(kind, amount_paise=6000, unit="kg", final=True))
    acts.append(NegotiationAct(ActKind.ACCEPT, amount_paise=4000, unit="kg"))
    acts.append(NegotiationAct(ActKind.ACCEPT, amount_paise=None))
    acts.append(NegotiationAct(ActKind.REJECT, amount_paise=None))
    acts.append(NegotiationAct(ActKind.QUESTION, product_names=TOMATO))
    acts.append(NegotiationAct(ActKind.QUESTION))
    return acts


ACTS = _acts()


def heard_back(act: NegotiationAct, text: str, language: str) -> NegotiationAct | None:
    # The other side's price on the table: a counter answers a different one, an accept
    # takes it.
    reference = None
    if act.amount_paise is not None and act.kind is not ActKind.OFFER:
        unit_price = act.amount_paise / (1 if act.per_unit else act.quantity or 1)
        reference = round(unit_price) + (0 if act.kind is ActKind.ACCEPT else 500)
    understood = _understood(text, language, act.kind is not ActKind.OFFER, reference)
    return act_from(understood, speaker=act.speaker or "vendor", product_names=act.product_names)


@cache
def _understood(
    text: str, language: str, outstanding: bool, reference: int | None
) -> Understanding:
    """`understand` is a pure function of these; the 90 pairs hear each source rendering
    nine times and each target rendering up to nine times, so each is read once."""
    return understand(
        text,
        language=language,
        catalogue=CATALOGUE,
        has_outstanding_offer=outstanding,
        reference_paise=reference,
    )


def shape(act: NegotiationAct | None) -> tuple[object, ...] | None:
    if act is None:
        return None
    rate_quantity = None if act.per_unit and act.quantity == 1 else act.quantity
    unit = act.unit
    if unit == "piece" and act.quantity is not None and not act.per_unit:
        unit = None  # "3 tomatoes for 40": a count of the product is a count of pieces
    return (act.kind, act.amount_paise, act.per_unit, rate_quantity, unit, act.final)


def _describe(act: NegotiationAct) -> str:
    return f"{act.kind} {act.amount_paise} per_unit={act.per_unit} q={act.quantity} {act.unit}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_act_reads_back_in_its_own_language(language: str) -> None:
    wrong = []
    for act in ACTS:
        for speaker in ("vendor", "customer"):
            said = _with_speaker(act, speaker)
            text = render(said, language)
            back = heard_back(said, text, language)
            if shape(back) != shape(said):
                wrong.append(f"{_describe(said)}: {text!r} → {shape(back)}")
    assert not wrong, f"{len(wrong)} of {2 * len(ACTS)}:\n" + "\n".join(wrong[:20])


def _with_speaker(act: NegotiationAct, speaker: str) -> NegotiationAct:
    return NegotiationAct(
        act.kind,
        amount_paise=act.amount_paise,
        per_unit=act.per_unit,
        quantity=act.quantity,
        unit=act.unit,
        product_names=act.product_names,
        speaker=speaker,
        final=act.final,
    )


OFFERS = [a for a in ACTS if a.kind in (ActKind.OFFER, ActKind.COUNTER) and a.product_names]


@pytest.mark.parametrize(
    ("source", "target"),
    [(s, t) for s in LANGUAGES for t in LANGUAGES if s != t],
)
def test_offers_keep_amount_and_shape_across_languages(source: str, target: str) -> None:
    wrong = []
    for act in OFFERS:
        said = _with_speaker(act, "customer")
        heard = heard_back(said, render(said, source), source)
        assert heard is not None, render(said, source)
        relayed = render(heard, target)
        back = heard_back(said, relayed, target)
        if shape(back) != shape(said):
            wrong.append(f"{_describe(said)}: {relayed!r} → {shape(back)}")
    assert not wrong, f"{len(wrong)} of {len(OFFERS)}:\n" + "\n".join(wrong[:10])
