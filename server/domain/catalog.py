"""A vendor's catalogue: products with per-language names and prices in paise."""

from __future__ import annotations

import asyncio
import unicodedata
from functools import lru_cache
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import Product, Role, utcnow
from server.domain import audit, news
from server.domain.context import Actor
from server.domain.errors import Forbidden, InvalidInput, NameTaken, NotFound, ProductChanged
from server.domain.languages import LANGUAGES, bidi_control, visible
from server.domain.shown_names import READERS, shown_names

EDITABLE = frozenset(
    {"names", "unit", "list_price_paise", "floor_price_paise", "stock", "negotiable", "is_active"}
)


def _check_prices(list_price: int, floor_price: int, stock: int) -> None:
    if list_price <= 0:
        raise InvalidInput("The list price must be more than zero paise.")
    if floor_price <= 0:
        raise InvalidInput("The floor price must be more than zero paise.")
    if floor_price > list_price:
        raise InvalidInput(
            f"The floor price (₹{floor_price / 100:.2f}) cannot be above the list price "
            f"(₹{list_price / 100:.2f})."
        )
    if stock < 0:
        raise InvalidInput("Stock cannot be negative.")


def _check_names(names: dict[str, str]) -> None:
    if not names or not any(v.strip() for v in names.values()):
        raise InvalidInput("Give the product a name in at least one language.")
    unknown = sorted(set(names) - LANGUAGES)
    if unknown:
        raise InvalidInput(
            f"Names are given per supported language ({', '.join(sorted(LANGUAGES))}); "
            f"not {', '.join(unknown)}."
        )
    for language, name in names.items():
        if not visible(name):
            raise InvalidInput(f"The {language} name shows nothing; write the product's name.")
        control = bidi_control(name)
        if control is not None:
            raise InvalidInput(
                f"The {language} name holds a text-direction control ({control}), which can "
                "make it read as something else; remove it."
            )


_LOOK_ALIKE = str.maketrans(
    {
        # Cyrillic letters drawn as Latin ones (lower case: names are case folded first).
        "а": "a", "в": "b", "е": "e", "ё": "ë", "і": "i", "ї": "ï", "ј": "j", "к": "k",
        "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x",
        "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y", "ɡ": "g",
        # Greek.
        "α": "a", "β": "b", "γ": "y", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k",
        "μ": "m", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
        # Latin letters drawn as others.
        "ı": "i", "ɑ": "a", "ɩ": "i",
        # Joiners draw nothing between letters that do not join; where they shape
        # letters, the same word with and without them is still the same word.
        "\u200c": None, "\u200d": None,
    }
)  # fmt: skip
"""A small table of the commonest Latin, Cyrillic and Greek look-alikes (after case
folding): enough that "Potato" with a Cyrillic "о" is the Latin "Potato"."""


def look_alike_key(name: str) -> str:
    """What a name looks like: compatibility forms unfolded and composed (NFKC: "ﬁ" is
    "fi", a combining accent is the precomposed one), case folded, look-alike letters of
    other alphabets read as the Latin ones they are drawn as, joiners dropped, runs of
    space made one. Two names with one key look the same on a phone's screen."""
    folded = unicodedata.normalize("NFKC", name).casefold().translate(_LOOK_ALIKE)
    return " ".join(folded.split())


async def _check_names_apart(
    session: AsyncSession, vendor_id: int, names: dict[str, str], product_id: int | None
) -> None:
    """Refuse names that would show like another of the stall's products' to some
    shopper (`NameTaken`, 409): the shopper's list and the vendor's notices would show
    two rows nobody can tell apart. First the names in one language are compared, then
    the names each reader is shown (`shown_names`: "टमाटर" given as Marathi is what a
    Hindi reader sees of a Hindi "टमाटर"; a Hindi "टमाटर" is "tamaatar" to an English
    reader, like an English "Tamaatar"). Products withdrawn from sale do not count."""
    wanted = {lang: look_alike_key(name) for lang, name in names.items() if name.strip()}
    query = select(Product.id, Product.names).where(
        Product.vendor_id == vendor_id, Product.is_active
    )
    if product_id is not None:
        query = query.where(Product.id != product_id)
    others = [other for _other_id, other in (await session.execute(query)).all()]
    for other in others:
        for lang, key in wanted.items():
            theirs = other.get(lang)
            if theirs and look_alike_key(theirs) == key:
                raise NameTaken(
                    f"Another of your products is already called {theirs!r} ({lang}), "
                    f"and {names[lang]!r} would look the same to shoppers; give this one "
                    "a name that tells them apart.",
                    language=lang,
                )
    # Shown names are transliterations, remembered per product; a big stall's first
    # comparison runs off the event loop.
    if len(others) > _INLINE_COMPARISONS:
        clash = await asyncio.to_thread(_shown_alike, names, others)
    else:
        clash = _shown_alike(names, others)
    if clash is not None:
        reader, theirs, shown = clash
        raise NameTaken(
            f"Another of your products, {theirs!r}, is shown as {shown!r} to shoppers reading "
            f"the {reader} list, and so would this one be; give this one a name that tells "
            "them apart.",
            language=reader,
        )


_INLINE_COMPARISONS = 50


def _shown_alike(
    names: dict[str, str], others: list[dict[str, str]]
) -> tuple[str, str, str] | None:
    """The first reader language in which `names` would be shown like one of `others`:
    (language, the other's name as written, what both show as); None if none."""
    mine = _reader_keys(_names_key(names))
    for other in others:
        theirs = _reader_keys(_names_key(other))
        for reader, key, their_key in zip(READERS, mine, theirs, strict=True):
            if key and key == their_key:
                shown = shown_names(other)[reader]
                written = next((v for v in other.values() if v.strip()), shown)
                return reader, written, shown
    return None


def _names_key(names: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(names.items()))


@lru_cache(maxsize=20_000)
def _reader_keys(names: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The `look_alike_key` of the name each reader (`READERS`) is shown; "" for none.
    Remembered: a stall's other products are compared again on every new name."""
    shown = shown_names(dict(names))
    return tuple(look_alike_key(shown[reader]) if shown[reader] else "" for reader in READERS)


def _composed(names: dict[str, str]) -> dict[str, str]:
    """Names in Unicode's composed form (NFC), as they are stored and compared."""
    return {lang: unicodedata.normalize("NFC", name) for lang, name in names.items()}


def _check_unit(unit: str) -> str:
    """A unit is a short word a listener hears ("kg", "dozen", "गड्डी"): it must show
    something and hold no line break or other control character; outer spaces go."""
    unit = unit.strip()
    if not visible(unit) or any(unicodedata.category(c) == "Cc" for c in unit):
        raise InvalidInput("The unit shows nothing readable; write it as a word (kg, dozen).")
    control = bidi_control(unit)
    if control is not None:
        raise InvalidInput(
            f"The unit holds a text-direction control ({control}), which can make it read "
            "as something else; remove it."
        )
    return unit


async def create_product(
    session: AsyncSession,
    actor: Actor,
    *,
    names: dict[str, str],
    unit: str,
    list_price_paise: int,
    floor_price_paise: int | None = None,
    stock: int = 0,
    negotiable: bool = True,
) -> Product:
    if actor.role is not Role.VENDOR or actor.user_id is None:
        raise Forbidden("Only vendors can add products.")
    floor = list_price_paise if floor_price_paise is None else floor_price_paise
    names = _composed(names)
    _check_names(names)
    await _check_names_apart(session, actor.user_id, names, None)
    unit = _check_unit(unit)
    _check_prices(list_price_paise, floor, stock)
    product = Product(
        vendor_id=actor.user_id,
        names=names,
        unit=unit,
        list_price_paise=list_price_paise,
        floor_price_paise=floor,
        stock=stock,
        negotiable=negotiable,
    )
    session.add(product)
    await session.flush()
    audit.record(
        session,
        actor,
        action="product.created",
        entity_type="product",
        entity_id=product.id,
        detail={"list_price_paise": list_price_paise, "stock": stock},
    )
    return product


async def update_product(
    session: AsyncSession,
    actor: Actor,
    product_id: int,
    changes: dict[str, Any],
    *,
    expected_stock: int | None = None,
) -> Product:
    """Change the fields in `changes`; the others are left as they are.

    The stock moves on its own (a sale takes it, a lapsed reservation gives it back), so
    a new `stock` is set only with the stock the vendor saw (`expected_stock`) and only if
    it is still that: a compare-and-set in one UPDATE, so a sale committed between the
    vendor's read and this write is never written over. When it moved on, nothing is
    saved and `ProductChanged` carries the current product. An edit without `stock`
    never writes the stock column. Once committed, the rooms of the product's open
    negotiations are told the product as it now is (`news.mark_product_changed`)."""
    product = await session.get(Product, product_id)
    if product is None:
        raise NotFound(f"Product {product_id} does not exist.")
    if product.vendor_id != actor.user_id:
        raise Forbidden("Only the vendor who sells this product can change it.")
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    if "stock" in changes and expected_stock is None:
        raise InvalidInput(
            "Setting the stock needs the stock you last saw (expected_stock): it changes "
            "with every sale, and a stock read before a sale would put the sold goods back."
        )
    if "names" in changes:
        changes = {**changes, "names": _composed(changes["names"])}
    names = changes.get("names", product.names)
    _check_names(names)
    if "names" in changes or (changes.get("is_active") and not product.is_active):
        await _check_names_apart(session, product.vendor_id, names, product.id)
    if "unit" in changes:
        changes = {**changes, "unit": _check_unit(changes["unit"])}
    _check_prices(
        changes.get("list_price_paise", product.list_price_paise),
        changes.get("floor_price_paise", product.floor_price_paise),
        changes.get("stock", product.stock),
    )
    before = {k: getattr(product, k) for k in changes}
    if "stock" in changes:
        changes = dict(changes)
        stock = changes.pop("stock")
        written = await session.execute(
            update(Product)
            .where(Product.id == product.id, Product.stock == expected_stock)
            .values(stock=stock, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        await session.refresh(product)
        if written.rowcount != 1:  # type: ignore[attr-defined]
            raise ProductChanged(
                f"The stock of {product.name_in('en')} is {product.stock} now, not "
                f"{expected_stock}: it changed since you read it (a sale, or a reservation "
                "given back). Nothing was saved; check the stock and save again.",
                product=shown_to_owner(product),
            )
        before["stock"] = expected_stock
        after = {**changes, "stock": stock}
    else:
        after = changes
    for key, value in changes.items():
        setattr(product, key, value)
    await session.flush()
    audit.record(
        session,
        actor,
        action="product.updated",
        entity_type="product",
        entity_id=product.id,
        detail={"before": before, "after": after},
    )
    news.mark_product_changed(session, product.id)
    return product


def shown_to_owner(product: Product) -> dict[str, Any]:
    """The product as its vendor sees it (the API's `ProductOut` for the owner)."""
    return {
        "id": product.id,
        "vendor_id": product.vendor_id,
        "names": product.names,
        "unit": product.unit,
        "list_price_paise": product.list_price_paise,
        "floor_price_paise": product.floor_price_paise,
        "stock": product.stock,
        "negotiable": product.negotiable,
        "is_active": product.is_active,
    }


async def get_product(session: AsyncSession, product_id: int) -> Product:
    product = await session.get(Product, product_id)
    if product is None or not product.is_active:
        raise NotFound(f"Product {product_id} does not exist.")
    return product


async def list_vendor_products(
    session: AsyncSession,
    vendor_id: int,
    *,
    include_inactive: bool = False,
    in_stock: bool = False,
    after: int | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[Product]:
    """A vendor's products by id; a page of them with `after` (an id), `offset`, `limit`."""
    query = select(Product).where(Product.vendor_id == vendor_id).order_by(Product.id)
    if not include_inactive:
        query = query.where(Product.is_active.is_(True))
    if in_stock:
        query = query.where(Product.stock > 0)
    if after is not None:
        query = query.where(Product.id > after)
    return list(await session.scalars(query.offset(offset).limit(limit)))


_SEARCH_CHUNK = 500


def folded(text: str) -> str:
    """`text` as a search compares it: compatibility forms unfolded, Latin accents
    dropped (é → e; the vowel signs and nuktas of Indian scripts are letters, kept),
    case folded, runs of space made one. The pages fold the same way (`static/finding.js`)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return " ".join(bare.casefold().split())


def name_matches(names: dict[str, str], query: str) -> bool:
    """Whether any of a product's names, in any language or script, contains `query`
    (already `folded`)."""
    return any(query in folded(name) for name in names.values() if name)


async def find_vendor_products(
    session: AsyncSession,
    vendor_id: int,
    query: str,
    *,
    in_stock: bool = False,
    after: int | None = None,
    limit: int,
) -> list[Product]:
    """Up to `limit` of a vendor's active products, by id after `after`, one of whose
    names contains `query` as typed (compared `folded`): read a chunk at a time, so a
    big stall's search never holds all of it."""
    wanted = folded(query)
    found: list[Product] = []
    while len(found) < limit:
        chunk = await list_vendor_products(
            session, vendor_id, in_stock=in_stock, after=after, limit=_SEARCH_CHUNK
        )
        found += [p for p in chunk if name_matches(p.names, wanted)]
        if len(chunk) < _SEARCH_CHUNK:
            break
        after = chunk[-1].id
    return found[:limit]
