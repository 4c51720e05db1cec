"""Demo data: a vendor with a few products and a stall QR code. Idempotent.

Workers that start together (`serve --workers N`) each load it: `load_demo_once` holds
the migration lock meanwhile, so the second finds the first one's rows instead of
racing to insert the same phone numbers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Product, QRKind, Role, User
from server import migration_lock
from server.domain import accounts, catalog, qr
from server.domain.context import Actor
from server.security import Passwords
from server.settings import Settings

log = logging.getLogger("vyaparmitra.demo")

DEMO_VENDOR_PHONE = "+919800000001"
DEMO_VENDOR_PASSWORD = "demo-vendor-pass"  # noqa: S105 - printed in the README on purpose
DEMO_CUSTOMER_PHONE = "+919800000002"
DEMO_CUSTOMER_PASSWORD = "demo-customer-pass"  # noqa: S105

PRODUCTS: list[dict[str, object]] = [
    {
        "names": {
            "en": "Tomato",
            "hi": "टमाटर",
            "ta": "தக்காளி",
            "te": "టమాటా",
            "bn": "টমেটো",
            "mr": "टोमॅटो",
        },
        "unit": "kg",
        "list_price_paise": 4000,
        "floor_price_paise": 3200,
        "stock": 50,
    },
    {
        "names": {
            "en": "Onion",
            "hi": "प्याज",
            "ta": "வெங்காயம்",
            "te": "ఉల్లిపాయ",
            "bn": "পেঁয়াজ",
            "mr": "कांदा",
        },
        "unit": "kg",
        "list_price_paise": 3500,
        "floor_price_paise": 2800,
        "stock": 80,
    },
    {
        "names": {
            "en": "Potato",
            "hi": "आलू",
            "ta": "உருளைக்கிழங்கு",
            "te": "బంగాళాదుంప",
            "bn": "আলু",
            "mr": "बटाटा",
        },
        "unit": "kg",
        "list_price_paise": 3000,
        "floor_price_paise": 2400,
        "stock": 100,
    },
    {
        "names": {
            "en": "Alphonso mango",
            "hi": "हापुस आम",
            "ta": "அல்போன்சா மாம்பழம்",
            "te": "అల్ఫోన్సో మామిడి",
            "bn": "আলফোনসো আম",
            "mr": "हापूस आंबा",
        },
        "unit": "dozen",
        "list_price_paise": 60000,
        "floor_price_paise": 48000,
        "stock": 20,
    },
]


@dataclass(frozen=True)
class DemoData:
    vendor_id: int
    customer_id: int
    product_ids: list[int]
    stall_url: str
    stall_token: str


async def load_demo_once(
    sessions: async_sessionmaker[AsyncSession], settings: Settings, passwords: Passwords
) -> DemoData:
    """`load_demo` in a transaction of its own, one process at a time per database (the
    migration lock: an advisory lock on PostgreSQL, a file lock on SQLite)."""
    async with (
        migration_lock.migration_lock_async(
            settings.database_url, settings.db_answer_timeout_seconds
        ),
        sessions() as session,
        session.begin(),
    ):
        return await load_demo(session, settings, passwords)


async def load_demo(session: AsyncSession, settings: Settings, passwords: Passwords) -> DemoData:
    """Create (or find) the demo vendor, customer, products and stall QR."""
    system = Actor.system()
    vendor = await session.scalar(select(User).where(User.phone == DEMO_VENDOR_PHONE))
    if vendor is None:
        vendor = await accounts.register_user(
            session,
            system,
            name="Ramesh Kumar",
            role=Role.VENDOR,
            password_hash=await passwords.hash(DEMO_VENDOR_PASSWORD),
            phone=DEMO_VENDOR_PHONE,
            language="ta",
            business_name="Ramesh Sabzi Bhandar",
        )
    customer = await session.scalar(select(User).where(User.phone == DEMO_CUSTOMER_PHONE))
    if customer is None:
        customer = await accounts.register_user(
            session,
            system,
            name="Priya Sharma",
            role=Role.CUSTOMER,
            password_hash=await passwords.hash(DEMO_CUSTOMER_PASSWORD),
            phone=DEMO_CUSTOMER_PHONE,
            language="hi",
        )
    vendor_actor = Actor(user_id=vendor.id, role=Role.VENDOR)
    existing = {
        p.names.get("en"): p
        for p in await session.scalars(select(Product).where(Product.vendor_id == vendor.id))
    }
    product_ids = []
    for spec in PRODUCTS:
        names = spec["names"]
        assert isinstance(names, dict)
        product = existing.get(names["en"])
        if product is None:
            product = await catalog.create_product(session, vendor_actor, **spec)  # type: ignore[arg-type]
        product_ids.append(product.id)
    stall = await qr.stall_qr_for(session, vendor.id)
    if stall is None:
        issued = await qr.issue_qr(
            session,
            vendor_actor,
            kind=QRKind.STALL,
            ttl_seconds=settings.qr_stall_ttl_seconds,
            secret=settings.secret_key,
        )
        stall = issued.session
    token = qr.sign_token(stall.nonce, settings.secret_key)
    url = f"{settings.public_base_url.rstrip('/')}/s/{token}"
    return DemoData(vendor.id, customer.id, product_ids, url, token)
