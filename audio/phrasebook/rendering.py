"""Saying an act from the tables: amounts in digits, quantities in the listener's units,
product names transliterated when missing, and the `MTEngine` over it."""

from __future__ import annotations

from audio.acts import ActKind, NegotiationAct
from audio.errors import EngineUnavailable
from audio.frames import Translation
from audio.phrasebook.tables import (
    CONFIRM_QUESTION,
    END_DEAL_QUESTION,
    FINAL,
    PHRASES,
    UNIT_ALIASES,
    Phrases,
    Unit,
)
from audio.transliteration import SUPPORTED_LANGUAGES as SCRIPT_LANGUAGES
from audio.transliteration import script_of, transliterate

PROVIDER = "phrasebook"

# Where a product name is missing in the listener's language, transliterate it from the
# best other spelling: one in the same script (hi for mr), then an Indic spelling (it
# carries vowel length and retroflexes that an English spelling hides), then English.
_NAME_SOURCES = ("hi", "mr", "bn", "as", "gu", "pa", "or", "ta", "te", "kn", "ml", "en")


def _digits(n: int) -> str:
    """Digits, with Indian grouping (1,25,000) from one lakh up; TTS reads smaller
    amounts best ungrouped."""
    s = str(n)
    if n < 100_000:
        return s
    head, tail = s[:-3], s[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


def _amount(paise: int, p: Phrases) -> tuple[str, str]:
    """(nominative, "for") forms: ("40 रुपये 50 पैसे", "40 रुपये 50 पैसे में")."""
    if paise < 0:
        raise ValueError(f"an amount cannot be negative ({paise} paise)")
    rupees, rest = divmod(paise, 100)
    if rupees and rest:
        head = f"{_digits(rupees)} {p.rupee[rupees != 1]} {rest}"
        return f"{head} {p.paise[rest != 1]}", f"{head} {p.paise_for[rest != 1]}"
    if rest:
        return f"{rest} {p.paise[rest != 1]}", f"{rest} {p.paise_for[rest != 1]}"
    return (
        f"{_digits(rupees)} {p.rupee[rupees != 1]}",
        f"{_digits(rupees)} {p.rupee_for[rupees != 1]}",
    )


def _number(q: float) -> str:
    if float(q).is_integer():
        return str(int(q))
    return f"{q:.3f}".rstrip("0").rstrip(".")


def _count(unit: Unit, n: str) -> str:
    return unit.count[n != "1"].format(n=n)


def _quantity(act: NegotiationAct, unit: str | None, p: Phrases, named: bool) -> str | None:
    """How much, in the listener's words: "2 किलो", "1 kilo 500 grams", "3টা"."""
    q = act.quantity
    if q is None:
        return None
    if q <= 0:
        raise ValueError(f"a quantity must be positive, got {q}")
    if unit is None:
        return _number(q)
    if unit not in p.units:
        return f"{_number(q)} {unit}"
    if unit == "kg" and not float(q).is_integer():
        # 1.5 kg is said "1 kilo 500 grams" (or "500 grams"): integers every voice reads.
        grams = round(q * 1000)
        kilos, rest = divmod(grams, 1000)
        parts = [_count(p.units["kg"], str(kilos))] if kilos else []
        if rest:
            parts.append(_count(p.units["g"], str(rest)))
        return " ".join(parts)
    if unit == "piece" and named and p.piece_with_product is not None:
        return p.piece_with_product.format(n=_number(q))
    return _count(p.units[unit], _number(q))


def product_name(act: NegotiationAct, language: str) -> str | None:
    """The product's name in `language`, transliterated from another spelling if needed."""
    return name_in(act.product_names, language)


def name_in(product_names: dict[str, str] | None, language: str) -> str | None:
    """A name in `language` from names per language, transliterated from the best other
    spelling when `language` has none."""
    names = {k: v.strip() for k, v in (product_names or {}).items() if v and v.strip()}
    if language in names:
        return names[language]
    if not names:
        return None
    script = script_of(language) if language in SCRIPT_LANGUAGES else None
    ordered = sorted(
        (lang for lang in names if lang in SCRIPT_LANGUAGES),
        key=lambda lang: (
            script_of(lang) != script,
            _NAME_SOURCES.index(lang) if lang in _NAME_SOURCES else len(_NAME_SOURCES),
        ),
    )
    if not ordered:
        return next(iter(names.values()))
    return transliterate(names[ordered[0]], ordered[0], language)


def _template(p: Phrases, kind: str, speaker: str, shape: str) -> str:
    shapes = {"deal": ("deal", "price"), "price": ("price",), "item": ("item", "none")}
    for who in (speaker, "any"):
        base = kind if who == "any" else f"{kind}.{who}"
        for s in shapes.get(shape, ("none",)):
            key = base if s == "price" else f"{base}:{s}"
            if key in p.templates:
                return p.templates[key]
    raise KeyError(f"no template for {kind}/{speaker}/{shape}")


def render(act: NegotiationAct, language: str) -> str:
    """Say `act` in `language` from that language's templates (digits for amounts)."""
    p = PHRASES.get(language)
    if p is None:
        raise EngineUnavailable(f"the phrasebook has no {language!r}", provider=PROVIDER)
    unit = UNIT_ALIASES.get(act.unit.strip().lower(), act.unit) if act.unit else None
    product = product_name(act, language)
    qty = _quantity(act, unit, p, named=product is not None)
    item_template = p.count_item if unit is None else p.item
    item = (
        item_template.format(qty=qty, product=product) if qty and product else qty or product or ""
    )

    kind = act.kind.value
    slots = {"item": item, "price": "", "deal": item, "deal_for": item}
    if act.amount_paise is not None:
        price, price_for = _amount(act.amount_paise, p)
        if act.per_unit and unit in p.units:
            u = p.units[unit]
            said = u.rate.format(price=price, price_for=price_for)
            said_for = (u.rate_for or u.rate).format(price=price, price_for=price_for)
        else:
            said = p.total.format(price=price, price_for=price_for)
            said_for = p.total_for.format(price=price, price_for=price_for)
        slots["price"] = price
        slots["deal"] = p.join.format(item=item, price=said) if item else said
        slots["deal_for"] = p.join_for.format(item=item, price=said_for) if item else said_for
        shape = "deal" if item else "price"
    else:
        # An offer or counter without a price is, in effect, asking for one.
        if act.kind in (ActKind.OFFER, ActKind.COUNTER):
            kind = ActKind.QUESTION.value
        shape = "item" if item else "none"
    if act.kind is ActKind.GREETING:
        shape = "none"
    speaker = act.speaker if act.speaker in ("vendor", "customer") else "any"
    text = _template(p, kind, speaker, shape).format(**slots)
    if p.capitalize and text:
        text = text[0].upper() + text[1:]
    if act.final and act.amount_paise is not None and act.kind in (ActKind.OFFER, ActKind.COUNTER):
        text = FINAL[language].format(text=text)
    return text


def say_price(amount_paise: int, language: str, *, unit: str | None = None) -> str:
    """An amount in `language`, as a rate when a unit is given: "38 रुपये किलो"."""
    p = PHRASES.get(language) or PHRASES["en"]
    price, price_for = _amount(amount_paise, p)
    canonical = UNIT_ALIASES.get(unit.strip().lower(), unit) if unit else None
    if canonical in p.units:
        return p.units[canonical].rate.format(price=price, price_for=price_for)
    return price


def say_quantity(quantity: float, unit: str, language: str) -> str:
    """A quantity in `language`: "250 ग्राम" (a quarter kilo), "1.5 dozen", "7 kilos"."""
    p = PHRASES.get(language) or PHRASES["en"]
    canonical = UNIT_ALIASES.get(unit.strip().lower(), unit)
    said = _quantity(NegotiationAct(ActKind.OFFER, quantity=quantity), canonical, p, named=False)
    assert said is not None
    return said


def confirm_prompt(act: NegotiationAct, language: str) -> str:
    """The price being accepted, then "shall I close the deal? say yes" in `language`."""
    p = PHRASES.get(language) or PHRASES["en"]
    template = CONFIRM_QUESTION.get(language) or CONFIRM_QUESTION["en"]
    price = ""
    if act.amount_paise is not None:
        price = _amount(act.amount_paise, p)[0]
        unit = UNIT_ALIASES.get(act.unit.strip().lower(), act.unit) if act.unit else None
        if act.per_unit and unit in p.units:
            u = p.units[unit]
            price = u.rate.format(price=price, price_for=_amount(act.amount_paise, p)[1])
    return template.format(price=price).lstrip(". ")


def end_deal_prompt(language: str) -> str:
    """ "Do you want to end this deal? Say yes" in `language` (English when it has none)."""
    return END_DEAL_QUESTION.get(language) or END_DEAL_QUESTION["en"]


def without_words(
    text: str, *, source: str, target: str, act: NegotiationAct | None, provider: str
) -> Translation | None:
    """What a free-text translator answers without its model: the same language, or
    nothing to say, passes through (as `provider`); an act is rendered here, so its
    amount stays exact whatever the model would say. None: the words need the model."""
    if source == target or (not text.strip() and act is None):
        return Translation(text, source, target, provider)
    if act is not None:
        return Translation(render(act, target), source, target, PROVIDER)
    return None


class PhrasebookMT:
    """`MTEngine` that renders acts from templates and passes free text through,
    transliterated into the listener's script and marked `untranslated`."""

    name = PROVIDER

    def supports(self, source: str, target: str) -> bool:
        """Whether the target has templates and the source a script we can read."""
        return target in PHRASES and (source == target or source in SCRIPT_LANGUAGES)

    async def translate(
        self, text: str, *, source: str, target: str, act: NegotiationAct | None = None
    ) -> Translation:
        """Render `act` in `target`; without an act, transliterate `text` (untranslated)."""
        if source == target:
            return Translation(text, source, target, self.name, untranslated=False)
        if act is not None:
            return Translation(render(act, target), source, target, self.name)
        return Translation(
            transliterate(text, source, target), source, target, self.name, untranslated=True
        )
