"""Fixtures shared by the integration tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from tests.conftest import REDIS_URL, need


@pytest.fixture
async def redis() -> AsyncIterator[Any]:
    """A client of the test run's Redis (skipped without one), closed afterwards."""
    client = aioredis.from_url(need(REDIS_URL, "Redis"))
    try:
        yield client
    finally:
        await client.aclose()
