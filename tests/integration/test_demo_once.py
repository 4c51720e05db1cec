"""Demo data loads once when several processes start together on an empty database.

Workers of `serve --workers N` each load the demo data at start-up; without a lock both
found no demo vendor, both inserted one, and the loser died on the unique phone number
("Child process failed to start").
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

from sqlalchemy import func, select

from models import Product, User
from server import migrate
from server.db import create_engine
from server.demo import DEMO_CUSTOMER_PHONE, DEMO_VENDOR_PHONE, PRODUCTS
from tests.integration.test_one_migrator import ROOT, fresh_url  # noqa: F401 - a fixture


def start_demo(url: str, at: float) -> subprocess.Popen[str]:
    """`vyaparmitra demo` in a process of its own, started at the wall-clock moment `at`
    (after its imports), so that several run truly together."""
    code = (
        "import time; import server.demo, server.db, server.security; from server.cli import main; "
        f"time.sleep(max(0.0, {at} - time.time())); main(['demo'])"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "VYAPAR_ENV": "test",
        "VYAPAR_DATABASE_URL": url,
        "VYAPAR_AUTO_MIGRATE": "false",
        "VYAPAR_SECRET_KEY": "demo-once-secret-" + "d" * 32,
    }
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


async def count_rows(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            users = await conn.scalar(
                select(func.count())
                .select_from(User)
                .where(User.phone.in_([DEMO_VENDOR_PHONE, DEMO_CUSTOMER_PHONE]))
            )
            products = await conn.scalar(select(func.count()).select_from(Product))
    finally:
        await engine.dispose()
    return int(users or 0), int(products or 0)


def test_concurrent_demo_loads_all_succeed(fresh_url: str) -> None:  # noqa: F811
    migrate.upgrade(fresh_url)  # migrated already, so that the loads start together
    at = time.time() + 4  # every process has imported the server by then
    procs = [start_demo(fresh_url, at) for _ in range(6)]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, "\n".join(outputs)
    # Each process reports the same vendor and products: one set of rows, found by all.
    vendors = {line for out in outputs for line in out.splitlines() if "demo vendor" in line}
    assert len(vendors) == 1, outputs
    assert asyncio.run(count_rows(fresh_url)) == (2, len(PRODUCTS))
