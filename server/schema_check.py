"""Whether the database's schema is the one this server's code needs, for `/readyz`: a
database migrated down under a running server (`vyaparmitra db downgrade`) makes the
server not ready, naming `vyaparmitra db upgrade`, while its routes answer 503
`database_unavailable` (server/outages.py `schema_behind`). A database at a revision this
code does not have (newer code migrated it) makes it not ready too, saying what works
there: the newer code, or a downgrade done with it (this code's `db upgrade` cannot walk
from a revision it does not know). One small query, its answer kept a few seconds."""

from __future__ import annotations

import asyncio
import time

from sqlalchemy import exc as sa
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from server.outages import schema_behind
from server.revisions import head_revision, known_revisions

SCHEMA_CHECK_SECONDS = 5.0
"""How long one reading of the database's revision answers `/readyz`."""


class SchemaCheck:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self._checked_at: float | None = None
        self._answer: str | None = None

    async def behind(self, conn: AsyncConnection) -> str | None:
        """None when the database is at this code's head revision; else what to do."""
        now = time.monotonic()
        if self._checked_at is not None and now - self._checked_at < SCHEMA_CHECK_SECONDS:
            return self._answer
        head = await asyncio.to_thread(head_revision, self.database_url)
        known = await asyncio.to_thread(known_revisions, self.database_url)
        try:
            result = await conn.execute(text("SELECT version_num FROM alembic_version"))
            current = result.scalar()
        except sa.DBAPIError as exc:
            if not schema_behind(exc):
                raise
            current = None  # never migrated
        answer = None
        if current is not None and current not in known:
            answer = (
                f"error: schema at {current}, newer than this server's code (it needs "
                f"{head}): deploy the newer code, or downgrade the database to {head} with it"
            )
        elif current != head:
            answer = (
                f"error: schema at {current or '<base>'}, this server needs {head}; "
                "run `vyaparmitra db upgrade`"
            )
        self._checked_at, self._answer = time.monotonic(), answer
        return answer
