"""Fixtures: one app per test on SQLite *and* PostgreSQL, real Redis where asked.

PostgreSQL and Redis come from `scripts/services.sh` (the test command starts them). Run
outside it, tests that need them are skipped, unless VYAPAR_TEST_REQUIRE_SERVICES=1,
which turns a missing service into a failure (CI sets it). Under pytest-xdist each
worker gets its own database and Redis server (tests/workers.py).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, create_engine, text

import models
from server import migrate, sync_db
from server.app import create_app
from server.settings import Settings
from tests import workers

POSTGRES_URL, REDIS_URL = workers.isolate(
    os.environ.get("VYAPAR_TEST_POSTGRES_URL"), os.environ.get("VYAPAR_TEST_REDIS_URL")
)
REQUIRE = os.environ.get("VYAPAR_TEST_REQUIRE_SERVICES") == "1"


def need(url: str | None, what: str) -> str:
    if url:
        return url
    if REQUIRE:
        pytest.fail(f"{what} is required (VYAPAR_TEST_REQUIRE_SERVICES=1) but not configured")
    pytest.skip(f"{what} not configured; run scripts/test.sh")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under `-m serial` (the second run of scripts/test.sh) only the files that mark tests
    `serial` are imported: the others hold none, and importing them all costs every
    process seconds."""
    if config.getoption("markexpr") != "serial" or collection_path.suffix != ".py":
        return None
    if not collection_path.name.startswith("test_"):
        return None
    return b"mark.serial" not in collection_path.read_bytes() or None


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    migrate.upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_migrated() -> str:
    url = need(POSTGRES_URL, "PostgreSQL")
    engine = create_engine(sync_db.sync_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    migrate.upgrade(url)
    return url


_CLEANERS: dict[str, Engine] = {}
_EMPTY_EVERY_TABLE = "".join(
    f"DELETE FROM {table.name};" for table in reversed(models.Base.metadata.sorted_tables)
) + (
    "SELECT setval(c.oid, 1, false) FROM pg_class c"
    " JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind = 'S' AND n.nspname = current_schema();"
)
"""Every table emptied, children first, and every id restarting at 1: what `TRUNCATE …
RESTART IDENTITY` does, at a millisecond instead of its 40 ms (TRUNCATE makes new files
for every table; the tables of a test hold a few rows)."""


def truncate_postgres(url: str) -> None:
    engine = _CLEANERS.get(url)
    if engine is None:  # one connection per worker, kept: connecting costs more than this
        engine = _CLEANERS[url] = create_engine(sync_db.sync_url(url), pool_size=1)
    with engine.begin() as conn:
        conn.exec_driver_sql(_EMPTY_EVERY_TABLE, execution_options={"no_parameters": True})


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test, once per database."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "test.db"
        shutil.copy(template, path)
        yield f"sqlite+aiosqlite:///{path}"
    else:
        url: str = request.getfixturevalue("postgres_migrated")
        truncate_postgres(url)
        yield url


@pytest.fixture
def postgres_url(postgres_migrated: str) -> str:
    truncate_postgres(postgres_migrated)
    return postgres_migrated


TEST_SECRET_KEY = "test-secret-" + "x" * 40
"""The secret key of the test settings (`make_settings`)."""


def make_settings(database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "env": "test",
        "database_url": database_url,
        "secret_key": TEST_SECRET_KEY,
        "auto_migrate": False,
        "demo_data": False,
        "sweep_interval_seconds": 0,
        "rate_limit_auth": "10000/minute",
        "rate_limit_bids": "10000/minute",
        "rate_limit_general": "10000/minute",
        "rate_limit_sockets": "10000/minute",
        "rate_limit_joins": "10000/minute",
        "rate_limit_stall_deals": "10000/minute",
        "rate_limit_sign_ins": "10000/minute",
        # Tests open many deals for one shopper; the bound has tests of its own.
        "max_open_negotiations_per_stall": 0,
        "password_hash_time_cost": 1,
        "password_hash_memory_kib": 64,
        "public_base_url": "http://vyapar.test",
        "log_json": False,
        "warm_engines": False,
        # The protocol clients of the tests answer no heartbeat and stream phone media only
        # while talking; the tests of heartbeats and silent phone legs turn these on.
        "ws_ping_seconds": 0,
        "phone_silence_seconds": 0,
        # A shared test machine runs late at times; the tests of load shedding turn these on.
        "max_loop_lag_ms": 0,
        "max_wait_ms": 0,
    }
    values.update(overrides)
    return Settings(**values)


@asynccontextmanager
async def running_app(settings: Settings) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://vyapar.test") as c:
            yield app, c


@pytest.fixture
async def app_client(database_url: str) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    async with running_app(make_settings(database_url)) as pair:
        yield pair


@pytest.fixture
def app(app_client: tuple[FastAPI, httpx.AsyncClient]) -> FastAPI:
    return app_client[0]


@pytest.fixture
def client(app_client: tuple[FastAPI, httpx.AsyncClient]) -> httpx.AsyncClient:
    return app_client[1]


class Api:
    """Short helpers over the HTTP API, so tests read as the story they tell."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    @staticmethod
    def auth(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    async def register(self, role: str = "customer", **fields: Any) -> dict[str, Any]:
        body = {
            "name": fields.pop("name", f"{role} {uuid.uuid4().hex[:6]}"),
            "phone": fields.pop("phone", "+919" + str(uuid.uuid4().int)[:9]),
            "password": fields.pop("password", "correct horse battery"),
            "role": role,
            "language": fields.pop("language", "hi" if role == "customer" else "ta"),
            **fields,
        }
        r = await self.client.post("/api/auth/register", json=body)
        assert r.status_code == 201, r.text
        data: dict[str, Any] = r.json()
        return data

    async def product(self, vendor_token: str, **fields: Any) -> dict[str, Any]:
        body = {
            "names": {"en": "Tomato", "hi": "टमाटर"},
            "unit": "kg",
            "list_price_paise": 4000,
            "floor_price_paise": 3200,
            "stock": 50,
            **fields,
        }
        r = await self.client.post("/api/products", json=body, headers=self.auth(vendor_token))
        assert r.status_code == 201, r.text
        data: dict[str, Any] = r.json()
        return data

    async def open(
        self, customer_token: str, product_id: int, quantity: int = 1, **fields: Any
    ) -> dict[str, Any]:
        r = await self.client.post(
            "/api/negotiations",
            json={"product_id": product_id, "quantity": quantity, **fields},
            headers=self.auth(customer_token),
        )
        assert r.status_code == 201, r.text
        data: dict[str, Any] = r.json()
        return data

    async def bid(
        self, token: str, negotiation_id: int, amount_paise: int, **fields: Any
    ) -> httpx.Response:
        return await self.client.post(
            f"/api/negotiations/{negotiation_id}/bids",
            json={"amount_paise": amount_paise, **fields},
            headers=self.auth(token),
        )

    async def accept(self, token: str, negotiation_id: int, **fields: Any) -> httpx.Response:
        return await self.client.post(
            f"/api/negotiations/{negotiation_id}/accept",
            json=fields or None,
            headers=self.auth(token),
        )

    async def get(self, token: str, path: str) -> httpx.Response:
        return await self.client.get(path, headers=self.auth(token))


@pytest.fixture
def api(client: httpx.AsyncClient) -> Api:
    return Api(client)


@pytest.fixture
async def market(api: Api) -> dict[str, Any]:
    """A vendor with one product (₹40/kg list, ₹32 floor, 50 kg) and a customer."""
    vendor = await api.register("vendor", business_name="Ramesh Sabzi")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    return {
        "vendor": vendor,
        "customer": customer,
        "product": product,
        "v": vendor["token"],
        "c": customer["token"],
    }
